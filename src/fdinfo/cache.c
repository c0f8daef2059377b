/* The fd cache: what each fd of each traced fd table refers to, read from
 * /proc once and then kept until a call changes it.
 *
 * An entry is only ever made from /proc, never inferred from a call, so
 * a failed or odd call cannot poison it. Calls that remove or replace an
 * fd (close, close_range, dup2/dup3, io_uring, execve) drop entries;
 * calls that create fds need nothing, since they use numbers that were
 * free, but the returned fd is dropped too, for safety. While a thread
 * is inside a call that changes its table, every thread of that table
 * reads /proc instead (the kernel may already have made the change).
 * A table shared with a task we do not trace is never cached.
 *
 * Paths can change under an open fd (rename, unlink: "(deleted)"), so
 * path entries also carry the process-wide path generation, bumped by
 * every rename/unlink/mount of a traced process; socket details are
 * good until a bind/connect/listen on that same socket. */
#include <fcntl.h>
#include <linux/kcmp.h>
#include <stdio.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "arch/arch.h"
#include "config.h"
#include "decode/decode.h"
#include "engine/tracee.h"
#include "fdinfo/fdinfo.h"
#include "fdinfo/internal.h"

#ifndef CLOSE_RANGE_UNSHARE
#define CLOSE_RANGE_UNSHARE (1U << 1)
#endif
#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif

/* fds above this are described each time, not cached */
#define SLOT_MAX (1u << 20)

struct fdworld fdworld;

/* one fd table (shared by CLONE_FILES) */
struct fdgroup {
	unsigned refs;
	unsigned changing; /* members inside a call that changes the table */
	bool unreliable;   /* shared with a task we do not trace */
	struct fdentry **slot;
	unsigned nslot;
	struct fdgroup *next; /* every table, for kcmp */
	struct fdview *members;
};

/* cwd and root (shared by CLONE_FS) */
struct fsgroup {
	unsigned refs;
	unsigned changing;
	bool unreliable;
	char *cwd;
	bool have_cwd;
	uint32_t gen;
	struct fsgroup *next;
	struct fdview *members;
};

/* t->fdcache: one thread's tables */
struct fdview {
	struct tracee *t;
	struct fdgroup *fds;
	struct fsgroup *fs;
	struct fdview *next_fds, *next_fs; /* the groups' member lists */
	/* what the call in flight counts in (released at its exit) */
	struct fdgroup *counted_fds;
	struct fsgroup *counted_fs;
	bool counted_path;
	bool counted_sock; /* in fdworld.sock_changing */
	uint64_t sock_ino; /* in sock_changes[] */
};

static struct fdgroup *all_fdgroups;
static struct fsgroup *all_fsgroups;

/* ---- what each call does to the tables ---- */

enum effect {
	FX_NONE,
	FX_CLOSE,	/* close(fd) */
	FX_CLOSE_RANGE, /* close_range(first, last, flags) */
	FX_DUP,		/* dup(old) */
	FX_DUP2,	/* dup2/dup3(old, new) */
	FX_FCNTL,	/* F_DUPFD* */
	FX_IO_URING,	/* may close or install anything */
	FX_CLONE,	/* clone, clone3 */
	FX_FORK,	/* fork, vfork */
	FX_UNSHARE,
	FX_CHDIR,      /* chdir, fchdir */
	FX_ROOT,       /* chroot, pivot_root, setns: paths change */
	FX_NAMES,      /* rename, unlink, mount...: paths may change */
	FX_SOCKADDR,   /* bind, connect, listen */
	FX_SOCKETCALL, /* i386: any of the socket calls */
	FX_RECVFD,     /* recvmsg, recvmmsg, pidfd_getfd: new holders */
};

static const uint8_t effect_of[SYSENT_COUNT] = {
	[ENT_close] = FX_CLOSE,
	[ENT_close_range] = FX_CLOSE_RANGE,
	[ENT_dup] = FX_DUP,
	[ENT_dup2] = FX_DUP2,
	[ENT_dup3] = FX_DUP2,
	[ENT_fcntl] = FX_FCNTL,
	[ENT_fcntl64] = FX_FCNTL,
	[ENT_io_uring_enter] = FX_IO_URING,
	[ENT_clone] = FX_CLONE,
	[ENT_clone3] = FX_CLONE,
	[ENT_fork] = FX_FORK,
	[ENT_vfork] = FX_FORK,
	[ENT_unshare] = FX_UNSHARE,
	[ENT_chdir] = FX_CHDIR,
	[ENT_fchdir] = FX_CHDIR,
	[ENT_chroot] = FX_ROOT,
	[ENT_pivot_root] = FX_ROOT,
	[ENT_setns] = FX_ROOT,
	[ENT_rename] = FX_NAMES,
	[ENT_renameat] = FX_NAMES,
	[ENT_renameat2] = FX_NAMES,
	[ENT_unlink] = FX_NAMES,
	[ENT_unlinkat] = FX_NAMES,
	[ENT_rmdir] = FX_NAMES,
	[ENT_mount] = FX_NAMES,
	[ENT_umount] = FX_NAMES,
	[ENT_umount2] = FX_NAMES,
	[ENT_move_mount] = FX_NAMES,
	[ENT_mq_unlink] = FX_NAMES,
	[ENT_bind] = FX_SOCKADDR,
	[ENT_connect] = FX_SOCKADDR,
	[ENT_listen] = FX_SOCKADDR,
	[ENT_socketcall] = FX_SOCKETCALL,
	[ENT_recvmsg] = FX_RECVFD,
	[ENT_recvmmsg] = FX_RECVFD,
	[ENT_recvmmsg_time64] = FX_RECVFD,
	[ENT_pidfd_getfd] = FX_RECVFD,
};

static enum effect effect(const struct call *c)
{
	if (!c->desc || c->desc < sysent || c->desc >= sysent + SYSENT_COUNT)
		return FX_NONE;
	return (enum effect)effect_of[c->desc - sysent];
}

/* which of the effects the decode-fds bits make us care about */
static bool effect_wanted(const struct config *cfg, enum effect fx)
{
	switch (fx) {
	case FX_NONE: return false;
	case FX_CHDIR:
	case FX_ROOT:
	case FX_NAMES:
		return (cfg->decode_fds & (DECODE_FD_PATH | DECODE_FD_DEV)) ||
		       cfg->peers;
	case FX_SOCKADDR:
	case FX_SOCKETCALL: return (cfg->decode_fds & DECODE_FD_SOCKET) != 0;
	case FX_FORK:
	case FX_RECVFD: return cfg->peers;
	case FX_DUP:
	case FX_FCNTL: return false; /* seen when shown: saves a readlink */
	default: return true;
	}
}

void fdinfo_required_calls(const struct config *cfg, struct syscall_set *set)
{
	if (!cfg->decode_fds)
		return;
	for (int pers = 0; pers < PERS_COUNT; pers++)
		for (long nr = 0; nr < arch_nr_max(pers); nr++) {
			const struct syscall_desc *d = arch_syscall(pers, nr);
			struct call c = {.desc = d};
			if (d && effect_wanted(cfg, effect(&c)))
				sysset_add(set, pers, nr);
		}
}

/* ---- groups ---- */

static struct fdgroup *fdgroup_new(void)
{
	struct fdgroup *g = xcalloc(1, sizeof(*g));
	g->next = all_fdgroups;
	all_fdgroups = g;
	return g;
}

static void fdgroup_flush(struct fdgroup *g)
{
	for (unsigned i = 0; i < g->nslot; i++) {
		fdentry_free(g->slot[i]);
		g->slot[i] = NULL;
	}
}

static void fdgroup_unref(struct fdgroup *g)
{
	if (!g || --g->refs)
		return;
	fdgroup_flush(g);
	free(g->slot);
	for (struct fdgroup **pp = &all_fdgroups; *pp; pp = &(*pp)->next)
		if (*pp == g) {
			*pp = g->next;
			break;
		}
	free(g);
}

static struct fsgroup *fsgroup_new(void)
{
	struct fsgroup *g = xcalloc(1, sizeof(*g));
	g->next = all_fsgroups;
	all_fsgroups = g;
	return g;
}

static void fsgroup_unref(struct fsgroup *g)
{
	if (!g || --g->refs)
		return;
	free(g->cwd);
	for (struct fsgroup **pp = &all_fsgroups; *pp; pp = &(*pp)->next)
		if (*pp == g) {
			*pp = g->next;
			break;
		}
	free(g);
}

static void join_fds(struct fdview *v, struct fdgroup *g)
{
	g->refs++;
	v->fds = g;
	v->next_fds = g->members;
	g->members = v;
}

static void leave_fds(struct fdview *v)
{
	struct fdgroup *g = v->fds;
	if (!g)
		return;
	for (struct fdview **pp = &g->members; *pp; pp = &(*pp)->next_fds)
		if (*pp == v) {
			*pp = v->next_fds;
			break;
		}
	v->fds = NULL;
	fdgroup_unref(g);
}

static void join_fs(struct fdview *v, struct fsgroup *g)
{
	g->refs++;
	v->fs = g;
	v->next_fs = g->members;
	g->members = v;
}

static void leave_fs(struct fdview *v)
{
	struct fsgroup *g = v->fs;
	if (!g)
		return;
	for (struct fdview **pp = &g->members; *pp; pp = &(*pp)->next_fs)
		if (*pp == v) {
			*pp = v->next_fs;
			break;
		}
	v->fs = NULL;
	fsgroup_unref(g);
}

/* 1 when a and b share the resource, 0 when not, -1 when kcmp cannot
 * tell */
static int shares(pid_t a, pid_t b, int type)
{
	long r = syscall(SYS_kcmp, a, b, type, 0L, 0L);
	return r < 0 ? -1 : r == 0;
}

static pid_t pid_of(const struct fdview *v)
{
	return v->t->mem.pid;
}

/* A thread we meet without having seen its creation (attached with -p,
 * or its first stop came before its parent's clone event): find the
 * tables it shares with traced threads, else give it its own. When the
 * kernel cannot say, the table is not cached. */
static struct fdview *view_new(struct tracee *t)
{
	struct fdview *v = xcalloc(1, sizeof(*v));
	v->t = t;
	pid_t pid = t->mem.pid;
	bool unsure = false;
	for (struct fdgroup *g = all_fdgroups; g && !v->fds; g = g->next) {
		if (!g->members)
			continue;
		int r = shares(pid, pid_of(g->members), KCMP_FILES);
		if (r > 0)
			join_fds(v, g);
		else if (r < 0)
			unsure = true;
	}
	if (!v->fds) {
		join_fds(v, fdgroup_new());
		v->fds->unreliable = unsure;
	}
	unsure = false;
	for (struct fsgroup *g = all_fsgroups; g && !v->fs; g = g->next) {
		if (!g->members)
			continue;
		int r = shares(pid, pid_of(g->members), KCMP_FS);
		if (r > 0)
			join_fs(v, g);
		else if (r < 0)
			unsure = true;
	}
	if (!v->fs) {
		join_fs(v, fsgroup_new());
		v->fs->unreliable = unsure;
	}
	t->fdcache = v;
	return v;
}

static struct fdview *view_of(struct tracee *t)
{
	return t->fdcache ? t->fdcache : view_new(t);
}

/* ---- entries ---- */

static void forget_fd(struct fdgroup *g, int64_t fd)
{
	if (fd < 0 || fd >= g->nslot)
		return;
	fdentry_free(g->slot[fd]);
	g->slot[fd] = NULL;
}

static void forget_range(struct fdgroup *g, uint64_t first, uint64_t last)
{
	if (last >= g->nslot)
		last = g->nslot ? g->nslot - 1 : 0;
	for (uint64_t fd = first; fd <= last && fd < g->nslot; fd++)
		forget_fd(g, (int64_t)fd);
}

static bool is_path_kind(const struct fdentry *e)
{
	return e->kind == FDK_FILE || e->kind == FDK_DEV || e->kind == FDK_FIFO;
}

/* ---- sockets whose address a traced call changes ----
 * bind, connect and listen change what sock_diag says of one socket:
 * entries read before the change are stale, and while the call is in
 * flight the socket is not cached. Other sockets keep their entries, as
 * strace keeps what it saw. When the socket cannot be named (or the
 * table is full), every socket entry read before is stale. */

#define NSOCKCHANGES 256

static struct sock_change {
	uint64_t ino;
	uint32_t gen; /* fdworld.sock_gen after the last change */
	unsigned inflight;
} sock_changes[NSOCKCHANGES];
static unsigned nsock_changes;

static struct sock_change *sock_change_find(uint64_t ino, bool add)
{
	unsigned h = (unsigned)((ino * 0x9e3779b97f4a7c15ull) >> 56);
	for (unsigned i = 0; i < NSOCKCHANGES; i++) {
		struct sock_change *c = &sock_changes[(h + i) % NSOCKCHANGES];
		if (c->ino == ino)
			return c;
		if (c->ino)
			continue;
		if (!add || nsock_changes >= NSOCKCHANGES / 2)
			return NULL;
		c->ino = ino;
		nsock_changes++;
		return c;
	}
	return NULL;
}

/* forgets the changes (all entries older become stale), keeping the
 * calls still in flight */
static void sock_changes_reset(void)
{
	struct sock_change keep[NSOCKCHANGES];
	unsigned n = 0;
	for (unsigned i = 0; i < NSOCKCHANGES; i++)
		if (sock_changes[i].ino && sock_changes[i].inflight)
			keep[n++] = sock_changes[i];
	memset(sock_changes, 0, sizeof(sock_changes));
	nsock_changes = 0;
	fdworld.sock_floor = ++fdworld.sock_gen;
	for (unsigned i = 0; i < n; i++)
		*sock_change_find(keep[i].ino, true) = keep[i];
}

static bool sock_cacheable(uint64_t ino)
{
	if (fdworld.sock_changing)
		return false;
	struct sock_change *c = sock_change_find(ino, false);
	return !c || !c->inflight;
}

static bool sock_current(const struct fdentry *e)
{
	if (fdworld.sock_changing || e->gen < fdworld.sock_floor)
		return false;
	struct sock_change *c = sock_change_find(e->ino, false);
	return !c || (!c->inflight && c->gen <= e->gen);
}

static bool entry_valid(const struct fdentry *e)
{
	if (is_path_kind(e))
		return e->gen == fdworld.path_gen && !fdworld.path_changing;
	if (e->kind == FDK_SOCKET)
		return e->final && sock_current(e);
	return e->final;
}

static struct fdentry *scratch;

static struct fdentry *use_scratch(struct fdentry *e)
{
	fdentry_free(scratch);
	scratch = e;
	return e;
}

static void store(struct fdgroup *g, int fd, struct fdentry *e)
{
	if ((unsigned)fd >= g->nslot) {
		unsigned n = g->nslot ? g->nslot : 64;
		while (n <= (unsigned)fd)
			n *= 2;
		g->slot = xrealloc(g->slot, n * sizeof(*g->slot));
		memset(g->slot + g->nslot, 0,
		       (n - g->nslot) * sizeof(*g->slot));
		g->nslot = n;
	}
	g->slot[fd] = e;
}

/* after a successful dup: to is the open file from is */
static void copy_entry(struct fdgroup *g, int64_t from, int64_t to)
{
	if (g->unreliable || g->changing || from < 0 || from >= g->nslot ||
	    to < 0 || to >= SLOT_MAX || from == to)
		return;
	struct fdentry *e = g->slot[from];
	if (e && entry_valid(e))
		store(g, (int)to, fdentry_copy(e));
}

struct fdentry *fdcache_lookup(struct tracee *t, const struct config *cfg,
			       pid_t pid, int fd)
{
	struct fdgroup *g = t ? view_of(t)->fds : NULL;
	if (!g || g->unreliable || g->changing || (unsigned)fd >= SLOT_MAX)
		return use_scratch(fd_describe(cfg, pid, fd));
	struct fdentry *e = (unsigned)fd < g->nslot ? g->slot[fd] : NULL;
	if (e) {
		if (entry_valid(e))
			return e;
		if (e->kind == FDK_SOCKET && sock_cacheable(e->ino)) {
			/* the same socket; only what the kernel says of it
			 * may have changed */
			fd_describe_socket(cfg, e);
			e->gen = fdworld.sock_gen;
			return e;
		}
		forget_fd(g, fd);
	}
	e = fd_describe(cfg, pid, fd);
	if (!e)
		return NULL;
	e->gen = e->kind == FDK_SOCKET ? fdworld.sock_gen : fdworld.path_gen;
	if ((is_path_kind(e) && fdworld.path_changing) ||
	    (e->kind == FDK_SOCKET && !sock_cacheable(e->ino)))
		return use_scratch(e);
	store(g, fd, e);
	return e;
}

const char *fdcache_cwd(struct tracee *t, const struct config *cfg, pid_t pid)
{
	static char *uncached;
	struct fsgroup *g = t ? view_of(t)->fs : NULL;
	if (!g || g->unreliable || g->changing || fdworld.path_changing) {
		free(uncached);
		uncached = cwd_describe(cfg, pid);
		return uncached;
	}
	if (!g->have_cwd || g->gen != fdworld.path_gen) {
		free(g->cwd);
		g->cwd = cwd_describe(cfg, pid);
		g->have_cwd = true;
		g->gen = fdworld.path_gen;
	}
	return g->cwd;
}

/* ---- what the engine reports ---- */

static bool changes_fds(enum effect fx)
{
	return fx == FX_CLOSE || fx == FX_CLOSE_RANGE || fx == FX_DUP2 ||
	       fx == FX_IO_URING;
}

static bool changes_fs(enum effect fx)
{
	return fx == FX_CHDIR || fx == FX_ROOT || fx == FX_UNSHARE;
}

static bool changes_paths(enum effect fx)
{
	return fx == FX_NAMES || fx == FX_ROOT || fx == FX_UNSHARE;
}

static bool changes_sockets(enum effect fx)
{
	return fx == FX_SOCKADDR || fx == FX_SOCKETCALL;
}

static void release(struct fdview *v)
{
	if (v->counted_fds) {
		v->counted_fds->changing--;
		fdgroup_unref(v->counted_fds);
		v->counted_fds = NULL;
	}
	if (v->counted_fs) {
		v->counted_fs->changing--;
		fsgroup_unref(v->counted_fs);
		v->counted_fs = NULL;
	}
	if (v->counted_path) {
		fdworld.path_changing--;
		v->counted_path = false;
	}
	if (v->counted_sock) {
		fdworld.sock_changing--;
		v->counted_sock = false;
		sock_changes_reset();
	}
	if (v->sock_ino) {
		struct sock_change *c = sock_change_find(v->sock_ino, false);
		if (c) {
			c->inflight--;
			c->gen = ++fdworld.sock_gen;
		}
		v->sock_ino = 0;
	}
}

/* the inode of a socket fd, from the cache or /proc; 0 if not a socket */
static uint64_t socket_ino(struct fdview *v, pid_t pid, int fd)
{
	struct fdgroup *g = v->fds;
	if (fd < 0)
		return 0;
	if ((unsigned)fd < g->nslot && g->slot[fd] &&
	    g->slot[fd]->kind == FDK_SOCKET)
		return g->slot[fd]->ino;
	char path[64], link[64];
	snprintf(path, sizeof(path), "/proc/%d/fd/%d", (int)pid, fd);
	ssize_t n = readlink(path, link, sizeof(link) - 1);
	if (n <= 0)
		return 0;
	link[n] = '\0';
	if (strncmp(link, "socket:[", 8) != 0)
		return 0;
	return strtoull(link + 8, NULL, 10);
}

void fdinfo_syscall_entry(struct call *c)
{
	if (!c->cfg->decode_fds || !c->t)
		return;
	struct fdview *v = view_of(c->t);
	release(v); /* an entry without an exit (attached mid-call) */
	enum effect fx = effect(c);
	if (fx == FX_NONE || !effect_wanted(c->cfg, fx))
		return;
	if (changes_fds(fx)) {
		v->counted_fds = v->fds;
		v->fds->refs++;
		v->fds->changing++;
	}
	if (changes_fs(fx)) {
		v->counted_fs = v->fs;
		v->fs->refs++;
		v->fs->changing++;
	}
	if (changes_paths(fx)) {
		fdworld.path_changing++;
		v->counted_path = true;
	}
	if (changes_sockets(fx)) {
		uint64_t ino = fx == FX_SOCKADDR
				       ? socket_ino(v, c->mem->pid,
						    (int32_t)c->args[0])
				       : 0;
		struct sock_change *sc =
			ino ? sock_change_find(ino, true) : NULL;
		if (!sc && ino) {
			sock_changes_reset();
			sc = sock_change_find(ino, true);
		}
		if (sc) {
			sc->inflight++;
			v->sock_ino = ino;
		} else {
			fdworld.sock_changing++;
			v->counted_sock = true;
		}
	}
}

/* the invalidations a call may have caused, whether it succeeded or not
 * (close releases the fd even when it fails; a thread may die inside) */
static void invalidate(struct fdview *v, const struct call *c, enum effect fx)
{
	switch (fx) {
	case FX_CLOSE: forget_fd(v->fds, (int32_t)c->args[0]); break;
	case FX_CLOSE_RANGE:
		if (!(c->args[2] & CLOSE_RANGE_CLOEXEC))
			forget_range(v->fds, (uint32_t)c->args[0],
				     (uint32_t)c->args[1]);
		break;
	case FX_DUP2: forget_fd(v->fds, (int32_t)c->args[1]); break;
	case FX_IO_URING: fdgroup_flush(v->fds); break;
	case FX_NAMES:
	case FX_ROOT:
	case FX_UNSHARE: fdworld.path_gen++; break;
	case FX_SOCKADDR:
	case FX_SOCKETCALL:
		/* release() marks the socket changed, whatever the result: a
		 * connect failing with EINPROGRESS has bound it */
		break;
	default: break;
	}
	if (changes_fs(fx) && v->fs)
		v->fs->have_cwd = false;
}

static uint64_t clone_flags_of(struct tracee *parent, bool at_exit,
			       bool *known);

/* the caller now has a table of its own (unshare, close_range) */
static void split_fds(struct fdview *v)
{
	if (v->fds->refs - (v->counted_fds == v->fds) == 1)
		return; /* it had it alone */
	leave_fds(v);
	join_fds(v, fdgroup_new());
}

static void split_fs(struct fdview *v)
{
	if (v->fs->refs - (v->counted_fs == v->fs) == 1)
		return;
	leave_fs(v);
	join_fs(v, fsgroup_new());
}

void fdinfo_syscall_exit(struct call *c)
{
	if (!c->cfg->decode_fds || !c->t)
		return;
	struct fdview *v = view_of(c->t);
	enum effect fx = effect(c);
	bool ok = !c->err;
	int64_t dup_from = -1;
	if (effect_wanted(c->cfg, fx))
		invalidate(v, c, fx);
	switch (fx) {
	case FX_CLOSE_RANGE:
		if (ok && (c->args[2] & CLOSE_RANGE_UNSHARE))
			split_fds(v);
		break;
	case FX_DUP:
	case FX_DUP2: dup_from = (int32_t)c->args[0]; break;
	case FX_FCNTL: {
		uint32_t cmd = (uint32_t)c->args[1];
		if (cmd == F_DUPFD || cmd == F_DUPFD_CLOEXEC)
			dup_from = (int32_t)c->args[0];
		break;
	}
	case FX_UNSHARE:
		if (ok && (c->args[0] & CLONE_FILES))
			split_fds(v);
		if (ok && (c->args[0] & CLONE_FS))
			split_fs(v);
		if (ok && (c->args[0] & CLONE_NEWNET))
			sock_changes_reset();
		break;
	case FX_CLONE:
		/* a followed child was seen at its clone event */
		if (ok && c->rval > 0 && !c->cfg->follow_forks) {
			/* the child shares with us and is not traced:
			 * its changes would go unseen */
			bool known;
			uint64_t fl = clone_flags_of(c->t, true, &known);
			if (!known || (fl & CLONE_FILES))
				v->fds->unreliable = true;
			if (!known || (fl & CLONE_FS))
				v->fs->unreliable = true;
			if (!(fl & CLONE_THREAD))
				fdworld.peer_epoch++;
		}
		break;
	case FX_FORK:
		if (ok && !c->cfg->follow_forks)
			fdworld.peer_epoch++;
		break;
	case FX_RECVFD:
		if (ok)
			fdworld.peer_epoch++;
		break;
	default: break;
	}
	/* a new fd uses a number that was free; drop whatever we held */
	if (ok && c->desc && c->desc->ret == ret_fd)
		forget_fd(v->fds, c->rval);
	release(v);
	if (ok && dup_from >= 0) {
		/* the new fd is the same open file as the old one */
		forget_fd(v->fds, c->rval);
		copy_entry(v->fds, dup_from, c->rval);
		/* a new holder, if it is a pipe or socket (or unknown) */
		struct fdentry *e = (uint64_t)dup_from < v->fds->nslot
					    ? v->fds->slot[dup_from]
					    : NULL;
		if (!e || e->kind == FDK_PIPE || e->kind == FDK_SOCKET ||
		    e->kind == FDK_FIFO)
			fdworld.peer_epoch++;
	}
}

/* the flags of the clone in flight in parent: at its exit, or at its
 * clone event (when the call's entry was seen; a fork or vfork hidden by
 * seccomp is not) */
static uint64_t clone_flags_of(struct tracee *parent, bool at_exit, bool *known)
{
	struct call *c = &parent->call;
	*known = true;
	if (!at_exit && !(parent->flags & TF_INSYSCALL))
		return 0;
	if (c->desc == &sysent[ENT_clone])
		return c->args[0];
	if (c->desc == &sysent[ENT_clone3]) {
		uint64_t flags;
		if (mem_read(&parent->mem, c->args[0], &flags, sizeof(flags)) ==
		    0)
			return flags;
		*known = false;
		return 0;
	}
	return 0; /* fork, vfork */
}

void fdinfo_clone(struct tracee *parent, struct tracee *child)
{
	const struct config *cfg = parent->call.cfg;
	if (!cfg || !cfg->decode_fds)
		return;
	struct fdview *pv = view_of(parent);
	bool known;
	uint64_t fl = clone_flags_of(parent, false, &known);
	if (!(fl & CLONE_THREAD))
		fdworld.peer_epoch++;
	struct fdview *cv = child->fdcache;
	if (!cv) {
		cv = xcalloc(1, sizeof(*cv));
		cv->t = child;
		child->fdcache = cv;
		/* a table not shared starts empty: the copy is correct, but
		 * re-reading what the child uses costs less than copying
		 * what the parent had */
		join_fds(cv, (fl & CLONE_FILES) ? pv->fds : fdgroup_new());
		join_fs(cv, (fl & CLONE_FS) ? pv->fs : fsgroup_new());
	} else {
		/* it ran before this event and found its tables by kcmp;
		 * when kcmp could not tell, join now and start afresh */
		if ((fl & CLONE_FILES) && cv->fds != pv->fds) {
			leave_fds(cv);
			join_fds(cv, pv->fds);
			fdgroup_flush(pv->fds);
		}
		if ((fl & CLONE_FS) && cv->fs != pv->fs) {
			leave_fs(cv);
			join_fs(cv, pv->fs);
			pv->fs->have_cwd = false;
		}
	}
	if (!known) {
		cv->fds->unreliable = pv->fds->unreliable = true;
		cv->fs->unreliable = pv->fs->unreliable = true;
	}
}

void fdinfo_exec(struct tracee *t)
{
	const struct config *cfg = t->call.cfg;
	if (!cfg || !cfg->decode_fds)
		return;
	struct fdview *v = view_of(t);
	/* execve gives the process a table of its own (other sharers keep
	 * theirs unchanged; other threads are gone) and closes the
	 * close-on-exec fds in it: start from an empty cache rather than
	 * guess which ones went. comm changed: the peer index re-reads. */
	leave_fds(v);
	join_fds(v, fdgroup_new());
	fdworld.peer_epoch++;
}

void fdinfo_forget(struct tracee *t)
{
	struct fdview *v = t->fdcache;
	if (!v)
		return;
	/* a thread that died inside a call may have made its change */
	if (v->counted_fds || v->counted_fs || v->counted_path ||
	    v->counted_sock || v->sock_ino)
		invalidate(v, &t->call, effect(&t->call));
	release(v);
	leave_fds(v);
	leave_fs(v);
	free(v);
	t->fdcache = NULL;
}
