/* The --why recorder: a sink that keeps, for every traced process, its
 * distinct failing calls (examined at their exit, while the thread is
 * stopped), the last things it wrote to stderr or a tty, its children and
 * how it ended. It sees every call, also those the trace hides, so the
 * report does not depend on -e, -P or -Z. The report is why_report.c. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "config.h"
#include "decode/decode.h"
#include "engine/session.h"
#include "report/report.h"
#include "report/why.h"
#include "xlat/errno.h"

/* how many failures are examined (each costs a few lstat or /proc reads
 * while the tracee waits) */
#define EXAMINE_PER_KIND 32 /* per process, per syscall and errno */
#define EXAMINE_TOTAL 20000
#define FAILS_PER_PROCESS 512
#define WRITE_KEEP 512 /* bytes kept of each write to stderr or a tty */

struct why_sink {
	struct sink sink;
	struct why_state st;
};

static int entity_of(const struct call *c)
{
	if (c->desc >= sysent && c->desc < sysent + SYSENT_COUNT)
		return (int)(c->desc - sysent);
	return -1;
}

/* ---- processes and threads ---- */

static void read_identity(pid_t tid, pid_t *tgid, pid_t *ppid, char *comm,
			  size_t clen)
{
	char path[64], status[4096], buf[64];
	*tgid = tid;
	*ppid = 0;
	snprintf(path, sizeof(path), "/proc/%d/status", (int)tid);
	if (procfs_read(path, status, sizeof(status)) <= 0)
		return;
	if (procfs_status_field(status, "Tgid", buf, sizeof(buf)))
		*tgid = (pid_t)atoi(buf);
	if (procfs_status_field(status, "PPid", buf, sizeof(buf)))
		*ppid = (pid_t)atoi(buf);
	procfs_status_field(status, "Name", comm, clen);
}

/* the running process with this pid (a pid is reused after an exit) */
static struct why_proc *proc_find(struct why_state *st, pid_t pid)
{
	for (struct why_proc *p =
		     st->live[(unsigned)pid % ARRAY_SIZE(st->live)];
	     p; p = p->live_next)
		if (p->pid == pid)
			return p;
	return NULL;
}

static void proc_ended(struct why_state *st, struct why_proc *p)
{
	struct why_proc **pp =
		&st->live[(unsigned)p->pid % ARRAY_SIZE(st->live)];
	while (*pp && *pp != p)
		pp = &(*pp)->live_next;
	if (*pp)
		*pp = p->live_next;
	p->ended = true;
}

static struct why_thread *thread_of(struct why_state *st, struct tracee *t)
{
	if (t->why)
		return t->why;
	pid_t tgid, ppid;
	char comm[32] = "";
	read_identity(t->pid, &tgid, &ppid, comm, sizeof(comm));
	struct why_proc *p = proc_find(st, tgid);
	if (!p) {
		p = xcalloc(1, sizeof(*p));
		p->pid = tgid;
		p->ppid = ppid;
		p->core_limit = -1;
		snprintf(p->comm, sizeof(p->comm), "%s", comm);
		/* -p of a thread: its process is the one named */
		p->top = (t->flags & (TF_OUR_CHILD | TF_ATTACHED)) != 0;
		p->next = st->procs;
		st->procs = p;
		unsigned b = (unsigned)tgid % ARRAY_SIZE(st->live);
		p->live_next = st->live[b];
		st->live[b] = p;
	}
	struct why_thread *th = xcalloc(1, sizeof(*th));
	th->proc = p;
	if (t->pid == p->pid)
		p->leader_seen = true;
	th->next = st->threads;
	if (th->next)
		th->next->prev = th;
	st->threads = th;
	t->why = th;
	return th;
}

static void update_comm(struct why_proc *p, pid_t tid)
{
	char path[64], buf[64];
	snprintf(path, sizeof(path), "/proc/%d/comm", (int)tid);
	if (procfs_read(path, buf, sizeof(buf)) > 0) {
		buf[strcspn(buf, "\n")] = '\0';
		snprintf(p->comm, sizeof(p->comm), "%s", buf);
	}
}

/* ---- what an fd is: stderr, a tty, or neither ---- */

enum { FD_UNKNOWN, FD_MESSAGE_STDERR, FD_MESSAGE_TTY, FD_OTHER };

static bool is_tty_path(const char *l)
{
	return strncmp(l, "/dev/pts/", 9) == 0 ||
	       strncmp(l, "/dev/tty", 8) == 0 || strcmp(l, "/dev/console") == 0;
}

static int fd_class(struct why_proc *p, pid_t tid, int fd)
{
	if (fd < 0 || fd >= WHY_FDCACHE)
		return FD_OTHER;
	if (p->fdclass[fd] != FD_UNKNOWN)
		return p->fdclass[fd];
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/fd/%d", (int)tid, fd);
	char *l = why_readlink(path);
	int cls = FD_OTHER;
	if (fd == 2)
		cls = l && strcmp(l, "/dev/null") == 0 ? FD_OTHER
						       : FD_MESSAGE_STDERR;
	else if (l && is_tty_path(l))
		cls = FD_MESSAGE_TTY;
	free(l);
	p->fdclass[fd] = (uint8_t)cls;
	return cls;
}

static void fd_forget(struct why_proc *p, int64_t fd)
{
	if (fd >= 0 && fd < WHY_FDCACHE)
		p->fdclass[fd] = FD_UNKNOWN;
}

/* ---- messages ---- */

/* the last `keep` bytes the call wrote, from its buffer or its iovecs */
static size_t written_tail(const struct call *c, int ent, char *out,
			   size_t keep)
{
	uint64_t n = (uint64_t)c->rval;
	if (ent == ENT_write || ent == ENT_pwrite64) {
		uint64_t off = n > keep ? n - keep : 0;
		size_t len = (size_t)(n - off);
		if (mem_read(c->mem, c->args[1] + off, out, len) < 0)
			return 0;
		return len;
	}
	/* writev family: the iovecs cover the written bytes in order */
	unsigned cnt = (unsigned)MIN(c->args[2], 64);
	size_t ws = c->mem->wordsize == 4 ? 4 : 8;
	unsigned char iov[64 * 16];
	if (!cnt || mem_read(c->mem, c->args[1], iov, cnt * 2 * ws) < 0)
		return 0;
	uint64_t want_from = n > keep ? n - keep : 0, pos = 0;
	size_t got = 0;
	for (unsigned i = 0; i < cnt && pos < n; i++) {
		uint64_t base = 0, len = 0;
		memcpy(&base, iov + i * 2 * ws, ws);
		memcpy(&len, iov + i * 2 * ws + ws, ws);
		if (len > n - pos)
			len = n - pos;
		uint64_t end = pos + len;
		if (end > want_from) {
			uint64_t skip = want_from > pos ? want_from - pos : 0;
			size_t part = (size_t)(len - skip);
			if (got + part > keep)
				part = keep - got;
			if (mem_read(c->mem, base + skip, out + got, part) < 0)
				return got;
			got += part;
		}
		pos = end;
	}
	return got;
}

static void capture_write(struct why_proc *p, pid_t tid, const struct call *c,
			  int ent, unsigned long long seq)
{
	if (c->rval <= 0)
		return;
	int cls = fd_class(p, tid, (int)c->args[0]);
	if (cls != FD_MESSAGE_STDERR && cls != FD_MESSAGE_TTY)
		return;
	char buf[WRITE_KEEP];
	size_t n = written_tail(c, ent, buf, sizeof(buf));
	if (!n)
		return;
	struct why_write *w = &p->writes[p->nwrites % WHY_WRITES];
	free(w->data);
	w->data = xmalloc(n);
	memcpy(w->data, buf, n);
	w->len = n;
	w->seq = seq;
	w->stderr_fd = cls == FD_MESSAGE_STDERR;
	p->nwrites++;
}

/* ---- the rendered call ---- */

/* where the call starts in a rendered line, after pid, time and -i */
static const char *find_call(const char *line, const char *name, bool *resumed)
{
	size_t n = strlen(name);
	for (const char *p = line; (p = strstr(p, name)); p++) {
		if (p[n] == '(' &&
		    (p == line || p[-1] == ' ' || p[-1] == ']')) {
			*resumed = false;
			return p;
		}
		if (p >= line + 5 && strncmp(p - 5, "<... ", 5) == 0 &&
		    strncmp(p + n, " resumed>", 9) == 0) {
			*resumed = true;
			return p - 5;
		}
	}
	return NULL;
}

/* the -a padding before " = " is for columns, not for a report */
static void squeeze_padding(char *s)
{
	char *best = NULL;
	for (char *p = strchr(s, ')'); p; p = strchr(p + 1, ')'))
		if (p[1] == ' ' && p[2] == ' ') {
			char *q = p + 1;
			while (*q == ' ')
				q++;
			if (*q == '=' && q[1] == ' ')
				best = p;
		}
	if (!best)
		return;
	char *q = best + 1;
	while (*q == ' ')
		q++;
	memmove(best + 2, q, strlen(q) + 1);
}

static char *render_line(struct why_state *st, struct why_thread *th,
			 const struct call *c, const char *line)
{
	if (!line)
		return NULL;
	size_t len = strlen(line);
	while (len && line[len - 1] == '\n')
		len--;
	if (st->json) {
		if (!len || line[0] != '{' || line[len - 1] != '}')
			return NULL;
		char *r = xmalloc(len + 1);
		memcpy(r, line, len);
		r[len] = '\0';
		return r;
	}
	struct strbuf sb = {0};
	bool resumed;
	const char *p = find_call(line, c->desc->name, &resumed);
	if (!p)
		return NULL;
	if (resumed) {
		/* the entry half was written before another record */
		bool r2;
		const char *e = th->entry.len ? find_call(sb_cstr(&th->entry),
							  c->desc->name, &r2)
					      : NULL;
		if (!e || r2)
			return NULL;
		sb_puts(&sb, e);
		if (th->more_args && sb.len && sb.buf[sb.len - 1] != '(')
			sb_puts(&sb, ", ");
		p = strchr(p, '>') + 1;
	}
	sb_add(&sb, p, (size_t)(line + len - p));
	char *r = xstrdup(sb_cstr(&sb));
	sb_free(&sb);
	squeeze_padding(r);
	return r;
}

/* ---- failing calls ---- */

static bool opens_or_execs(int ent);

static bool ignored_errno(int err)
{
	/* the ordinary outcomes of non-blocking and interrupted calls */
	return err == EAGAIN || err == EINTR || err == EINPROGRESS ||
	       err == EALREADY || errno_is_restart(err) || err == 0;
}

static bool routine_errno(int err, int ent)
{
	switch (err) {
	case ENOTTY:
	case ECHILD:
	case ESPIPE:
	case ENOSYS:
	case ENODATA:
	case EOPNOTSUPP:
	case ENOPROTOOPT:
	case EEXIST: return true;
	case EINVAL:
		return ent == ENT_ioctl || ent == ENT_readlink ||
		       ent == ENT_readlinkat;
	}
	return false;
}

/* calls that ask whether something exists: their ENOENT is an answer,
 * not by itself a failure (the dynamic loader's probes, PATH searches) */
static bool is_probe(int err, int ent)
{
	if (err != ENOENT && err != ENOTDIR)
		return false;

	switch (ent) {
	case ENT_access:
	case ENT_faccessat:
	case ENT_faccessat2:
	case ENT_stat:
	case ENT_lstat:
	case ENT_newfstatat:
	case ENT_statx:
	case ENT_readlink:
	case ENT_readlinkat:
	case ENT_statfs: return true;
	}
	return false;
}

static uint64_t fnv(uint64_t h, const void *data, size_t len)
{
	const unsigned char *p = data;
	for (size_t i = 0; i < len; i++) {
		h ^= p[i];
		h *= 1099511628211ULL;
	}
	return h;
}

static char *read_path_arg(const struct call *c, uint64_t addr)
{
	if (!addr)
		return NULL;
	char buf[PATH_MAX];
	ssize_t n = mem_read_str(c->mem, addr, buf, sizeof(buf));
	if (n <= 0 || buf[n - 1] != '\0')
		return NULL;
	return xstrdup(buf);
}

/* the address argument of connect, bind and sendto, if any */
static bool addr_arg(int ent, int *arg, int *len_arg)
{
	switch (ent) {
	case ENT_connect:
	case ENT_bind:
		*arg = 1;
		*len_arg = 2;
		return true;
	case ENT_sendto:
		*arg = 4;
		*len_arg = 5;
		return true;
	}
	return false;
}

static struct why_fail *fail_new(const struct call *c, int ent)
{
	struct why_fail *f = xcalloc(1, sizeof(*f));
	f->name = c->desc->name;
	f->ent = ent;
	f->err = c->err;
	f->routine = routine_errno(c->err, ent);
	for (int i = 0; i < c->desc->nargs && f->npaths < 2; i++) {
		if (c->desc->args[i].print != arg_path)
			continue;
		char *p = read_path_arg(c, c->args[i]);
		if (p)
			f->given[f->npaths++] = p;
	}
	int a, l;
	if (addr_arg(ent, &a, &l) && c->args[a])
		why_read_addr(c, a, l, &f->addr);
	f->probe = is_probe(c->err, ent);
	/* the dynamic loader looks for this in every process, the C library
	 * for message catalogues and locales it often does not find */
	if (c->err == ENOENT && f->npaths &&
	    (strcmp(f->given[0], "/etc/ld.so.preload") == 0 ||
	     ((ent == ENT_open || ent == ENT_openat) &&
	      strstr(f->given[0], "/locale/"))))
		f->routine = true;
	uint64_t h = 1469598103934665603ULL;
	h = fnv(h, &c->nr, sizeof(c->nr));
	h = fnv(h, &c->pers, sizeof(c->pers));
	h = fnv(h, &c->err, sizeof(c->err));
	for (int i = 0; i < f->npaths; i++)
		h = fnv(h, f->given[i], strlen(f->given[i]) + 1);
	h = fnv(h, &f->addr.family, sizeof(f->addr.family));
	h = fnv(h, f->addr.ip, sizeof(f->addr.ip));
	h = fnv(h, &f->addr.port, sizeof(f->addr.port));
	if (f->addr.unix_path)
		h = fnv(h, f->addr.unix_path, strlen(f->addr.unix_path));
	f->key = h;
	return f;
}

static void fail_free(struct why_fail *f)
{
	for (int i = 0; i < f->npaths; i++)
		free(f->given[i]);
	free(f->fdpath);
	free(f->addr.unix_path);
	free(f->line);
	if (f->ex) {
		why_explain_free(f->ex);
		free(f->ex);
	}
	free(f);
}

static bool same_failure(const struct why_fail *f, const struct call *c,
			 uint64_t key)
{
	return f->key == key && f->err == c->err &&
	       strcmp(f->name, c->desc->name) == 0;
}

/* which failures are worth a look at the system */
static bool examinable(const struct why_fail *f)
{
	switch (f->err) {
	case EACCES:
	case EPERM:
	case ENOENT:
	case ENOTDIR:
	case ELOOP:
	case ECONNREFUSED:
	case EADDRINUSE:
	case EMFILE:
	case ENFILE:
	case ENOSPC:
	case EDQUOT: return true;
	}
	return false;
}

static void examine(struct why_state *st, struct why_proc *p, pid_t tid,
		    const struct call *c, struct why_fail *f)
{
	if (!examinable(f))
		return;
	/* a search along a path can fail hundreds of times: a few of each
	 * kind are examined, and every other kind still is */
	unsigned kind = ((unsigned)(f->ent + 1) * 131u + (unsigned)f->err) % 64;
	if (st->analyses >= EXAMINE_TOTAL ||
	    p->examined[kind] >= EXAMINE_PER_KIND) {
		f->budget_exhausted = true;
		return;
	}
	st->analyses++;
	p->examined[kind]++;
	struct why_explain *ex = xcalloc(1, sizeof(*ex));
	ex->soft = ex->hard = ex->used = -1;
	ex->unpriv_port_start = -1;
	ex->addr = f->addr;
	ex->addr.unix_path =
		f->addr.unix_path ? xstrdup(f->addr.unix_path) : NULL;
	if (f->err == EACCES || f->err == EPERM)
		why_read_creds(tid, &ex->creds);
	/* why_explain_* fill ex */
	struct why_look lk = {.tid = tid, .pid = p->pid, .mounts = &st->mounts};
	bool done = false;
	if (f->addr.family)
		done = why_explain_net(&lk, c, ex);
	if (!done && f->npaths)
		done = why_explain_paths(&lk, c, ex);
	if (!done)
		done = why_explain_limits(&lk, c, ex);
	if (!done && (f->err == EACCES || f->err == EPERM) && ex->creds.ok &&
	    ex->creds.seccomp == 2)
		ex->cause = WC_SECCOMP;
	f->ex = ex;
}

static void record_failure(struct why_state *st, struct why_thread *th,
			   struct tracee *t, const struct call *c,
			   const char *line)
{
	struct why_proc *p = th->proc;
	int ent = entity_of(c);
	struct why_fail *f = fail_new(c, ent);
	for (int i = p->nfails - 1; i >= 0; i--) {
		struct why_fail *o = p->fails[i];
		if (!same_failure(o, c, f->key))
			continue;
		o->count++;
		o->seq_last = t->seq;
		o->t_last = t->entry_mono;
		if (!o->routine)
			p->last_fail_seq = t->seq;
		fail_free(f);
		return;
	}
	f->tid = t->pid;
	f->count = 1;
	f->seq_first = f->seq_last = t->seq;
	f->t_first = f->t_last = t->entry_mono;
	f->line = render_line(st, th, c, line);
	if (c->err == ENOENT && opens_or_execs(ent) && f->npaths && !f->probe) {
		f->search = true;
		p->searching++;
	}
	/* what the fd was: a message names the file, not the fd */
	if (c->desc->nargs && c->desc->args[0].print == arg_fd &&
	    (int32_t)c->args[0] >= 0) {
		char path[64];
		snprintf(path, sizeof(path), "/proc/%d/fd/%d", (int)t->pid,
			 (int)(int32_t)c->args[0]);
		f->fdpath = why_readlink(path);
	}
	if (!f->routine)
		p->last_fail_seq = t->seq;
	examine(st, p, t->pid, c, f);
	if (p->nfails == FAILS_PER_PROCESS) {
		/* forget the oldest failure that did not repeat */
		int victim = 0;
		for (int i = 0; i < p->nfails; i++)
			if (p->fails[i]->count == 1) {
				victim = i;
				break;
			}
		if (p->fails[victim]->search && !p->fails[victim]->probe)
			p->searching--;
		fail_free(p->fails[victim]);
		memmove(&p->fails[victim], &p->fails[victim + 1],
			sizeof(p->fails[0]) * (size_t)(p->nfails - victim - 1));
		p->nfails--;
	}
	if (p->nfails == p->capfails) {
		p->capfails = p->capfails ? p->capfails * 2 : 16;
		p->fails = xrealloc(p->fails,
				    sizeof(p->fails[0]) * (size_t)p->capfails);
	}
	p->fails[p->nfails++] = f;
}

/* ---- successful calls that matter ---- */

static const char *base_name(const char *p)
{
	const char *s = strrchr(p, '/');
	return s ? s + 1 : p;
}

/* A file opened or executed here after it was not found elsewhere: the
 * failures were a search along a path (the dynamic loader, PATH, include
 * directories), not the problem. */
static void found_elsewhere(struct why_proc *p, const char *path)
{
	const char *base = base_name(path);
	for (int i = 0; i < p->nfails && p->searching; i++) {
		struct why_fail *f = p->fails[i];
		if (!f->search || f->probe || !f->npaths ||
		    strcmp(base_name(f->given[0]), base) != 0 ||
		    strcmp(f->given[0], path) == 0)
			continue;
		f->probe = true;
		f->found = true;
		p->searching--;
	}
}

/* the path argument of an open or execve, read now */
static char *path_of(const struct call *c, int ent)
{
	int arg = ent == ENT_open || ent == ENT_execve || ent == ENT_creat ? 0
									   : 1;
	return read_path_arg(c, c->args[arg]);
}

static bool opens_or_execs(int ent)
{
	return ent == ENT_open || ent == ENT_openat || ent == ENT_openat2 ||
	       ent == ENT_creat || ent == ENT_execve || ent == ENT_execveat;
}

static void after_success(struct why_proc *p, struct why_thread *th,
			  struct tracee *t, const struct call *c, int ent)
{
	if (p->searching && opens_or_execs(ent)) {
		/* execve's memory is gone at its exit: read at its entry */
		bool exec = ent == ENT_execve || ent == ENT_execveat;
		char *path = exec ? th->exec_path : path_of(c, ent);
		if (path)
			found_elsewhere(p, path);
		free(path);
		if (exec)
			th->exec_path = NULL;
	}
	switch (ent) {
	case ENT_write:
	case ENT_pwrite64:
	case ENT_writev:
	case ENT_pwritev:
	case ENT_pwritev2: capture_write(p, t->pid, c, ent, t->seq); return;
	case ENT_close: fd_forget(p, (int32_t)c->args[0]); return;
	case ENT_close_range:
		for (uint64_t fd = (uint32_t)c->args[0];
		     fd <= (uint32_t)c->args[1] && fd < WHY_FDCACHE; fd++)
			p->fdclass[fd] = FD_UNKNOWN;
		return;
	case ENT_pipe:
	case ENT_pipe2:
	case ENT_socketpair:
		/* the new fds are in memory: forget them all */
		memset(p->fdclass, 0, sizeof(p->fdclass));
		return;
	case ENT_execve:
	case ENT_execveat:
		memset(p->fdclass, 0, sizeof(p->fdclass));
		update_comm(p, t->pid);
		return;
	case ENT_fork:
	case ENT_vfork: p->children++; return;
	case ENT_clone:
		if (!(c->args[0] & CLONE_THREAD))
			p->children++;
		return;
	case ENT_clone3: {
		uint64_t flags = 0;
		if (mem_read(c->mem, c->args[0], &flags, sizeof(flags)) == 0 &&
		    !(flags & CLONE_THREAD))
			p->children++;
		return;
	}
	case ENT_fcntl:
		fd_forget(p,
			  c->rval); /* F_DUPFD; other commands return no fd */
		return;
	}
	if (c->desc->ret == ret_fd)
		fd_forget(p, c->rval);
}

/* ---- the sink hooks ---- */

static void why_entry(struct sink *k, struct session *s, struct tracee *t,
		      const struct call *c)
{
	struct why_sink *w = (struct why_sink *)k;
	if (t->flags & TF_STARTUP)
		return;
	struct why_thread *th = thread_of(&w->st, t);
	int ent = entity_of(c);
	if (th->proc->searching && (ent == ENT_execve || ent == ENT_execveat)) {
		free(th->exec_path);
		th->exec_path = path_of(c, ent);
	}
	/* a text line may be cut in two by another process's record: keep
	 * its first half */
	if (!w->st.json && (t->flags & TF_DECODED) && s->ops->splits) {
		sb_reset(&th->entry);
		sb_add(&th->entry, t->line.buf.buf, t->line.buf.len);
		th->more_args = t->line.more_args;
	}
}

static void why_exit_call(struct sink *k, struct session *s, struct tracee *t,
			  const struct call *c, const struct timespec *wall,
			  const struct timespec *sys, const char *line)
{
	struct why_sink *w = (struct why_sink *)k;
	(void)s;
	(void)wall;
	(void)sys;
	if ((t->flags & TF_STARTUP) || !c->desc)
		return;
	struct why_thread *th = thread_of(&w->st, t);
	if (!c->exiting) {
		/* exit_group and exit: the process is about to end */
		if (entity_of(c) == ENT_exit_group)
			update_comm(th->proc, t->pid);
		return;
	}
	if (!c->err) {
		after_success(th->proc, th, t, c, entity_of(c));
		return;
	}
	if (ignored_errno(c->err))
		return;
	record_failure(&w->st, th, t, c, line);
}

static bool core_signal(int sig)
{
	switch (sig) {
	case SIGQUIT:
	case SIGILL:
	case SIGTRAP:
	case SIGABRT:
	case SIGBUS:
	case SIGFPE:
	case SIGSEGV:
	case SIGXCPU:
	case SIGXFSZ:
	case SIGSYS: return true;
	}
	return false;
}

/* a core-dumping signal the process neither catches nor ignores: read its
 * RLIMIT_CORE now, while it still exists */
static void why_signal(struct sink *k, struct session *s, struct tracee *t,
		       int sig)
{
	struct why_sink *w = (struct why_sink *)k;
	(void)s;
	if ((t->flags & TF_STARTUP) || !core_signal(sig))
		return;
	struct why_proc *p = thread_of(&w->st, t)->proc;
	char path[64], buf[8192], v[128];
	snprintf(path, sizeof(path), "/proc/%d/status", (int)t->pid);
	if (procfs_read(path, buf, sizeof(buf)) <= 0)
		return;
	unsigned long long caught = 0, ignored = 0;
	if (procfs_status_field(buf, "SigCgt", v, sizeof(v)))
		caught = strtoull(v, NULL, 16);
	if (procfs_status_field(buf, "SigIgn", v, sizeof(v)))
		ignored = strtoull(v, NULL, 16);
	if (((caught | ignored) >> (sig - 1)) & 1)
		return;
	p->core_signal = true;
	snprintf(path, sizeof(path), "/proc/%d/limits", (int)p->pid);
	if (procfs_read(path, buf, sizeof(buf)) <= 0)
		return;
	const char *l = strstr(buf, "Max core file size");
	if (!l)
		return;
	char soft[32];
	if (sscanf(l + strlen("Max core file size"), " %31s", soft) == 1)
		p->core_limit =
			strcmp(soft, "unlimited") == 0 ? -2 : atoll(soft);
}

static void thread_free(struct why_state *st, struct why_thread *th)
{
	if (th->prev)
		th->prev->next = th->next;
	else
		st->threads = th->next;
	if (th->next)
		th->next->prev = th->prev;
	sb_free(&th->entry);
	free(th->exec_path);
	free(th);
}

/* A process that exited 0 is not the one that failed: of its failures
 * only those that may be a retry loop are kept, and nothing of what it
 * wrote, so that a long -f run (a build) does not grow without bound. */
static void forget_details(struct why_proc *p)
{
	int kept = 0;
	for (int i = 0; i < p->nfails; i++) {
		struct why_fail *f = p->fails[i];
		if (f->count >= 3 && !f->routine)
			p->fails[kept++] = f;
		else
			fail_free(f);
	}
	p->nfails = kept;
	p->searching = 0;
	for (int i = 0; i < WHY_WRITES; i++) {
		free(p->writes[i].data);
		p->writes[i].data = NULL;
		p->writes[i].len = 0;
	}
	p->nwrites = 0;
}

static void why_exit_proc(struct sink *k, struct session *s, struct tracee *t,
			  int wstatus)
{
	struct why_sink *w = (struct why_sink *)k;
	struct why_thread *th = thread_of(&w->st, t);
	struct why_proc *p = th->proc;
	thread_free(&w->st, th);
	t->why = NULL;
	/* the leader's status is the process's; a thread traced alone
	 * (-p TID) stands for its process */
	if (t->pid != p->pid && p->leader_seen)
		return;
	proc_ended(&w->st, p);
	p->wstatus = wstatus;
	p->end_seq = s->seq;
	clock_gettime(CLOCK_MONOTONIC, &p->end_time);
	bool ok = WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 0;
	if (ok && !p->top)
		forget_details(p);
	/* the report follows a parent down to the child that failed last:
	 * a sibling that failed before is not looked at any more */
	struct why_proc *parent = ok ? NULL : proc_find(&w->st, p->ppid);
	if (parent) {
		if (parent->last_failed_child)
			forget_details(parent->last_failed_child);
		parent->last_failed_child = p;
	}
}

static void why_finish(struct sink *k, struct session *s, struct output *out)
{
	struct why_sink *w = (struct why_sink *)k;
	struct why_state *st = &w->st;
	st->interrupted = engine_interrupted;
	why_report(st, out);
	output_flush(out);

	for (struct why_thread *th = st->threads, *n; th; th = n) {
		n = th->next;
		sb_free(&th->entry);
		free(th->exec_path);
		free(th);
	}
	for (struct why_proc *p = st->procs, *n; p; p = n) {
		n = p->next;
		for (int i = 0; i < p->nfails; i++)
			fail_free(p->fails[i]);
		free(p->fails);
		for (int i = 0; i < WHY_WRITES; i++)
			free(p->writes[i].data);
		free(p);
	}
	/* the tracees that remain point at freed records no more */
	struct proctab_iter it;
	for (struct tracee *t = tracee_first(&s->procs, &it); t;
	     t = tracee_next(&s->procs, &it))
		t->why = NULL;
	st->threads = NULL;
	st->procs = NULL;
	why_mounts_free(&st->mounts);
}

static void why_destroy(struct sink *k)
{
	free(k);
}

struct sink *why_sink_new(const struct config *cfg)
{
	if (!cfg->why)
		return NULL;
	struct why_sink *w = xcalloc(1, sizeof(*w));
	w->sink.syscall_entry = why_entry;
	w->sink.syscall_exit = why_exit_call;
	w->sink.signal = why_signal;
	w->sink.exit = why_exit_proc;
	w->sink.finish = why_finish;
	w->sink.destroy = why_destroy;
	/* the failing call is shown as the trace would show it, also when
	 * the trace hides it */
	w->sink.wants_decoding = true;
	/* a failure may be in any call, also one the trace excludes */
	w->sink.needs_every_call = true;
	w->st.cfg = cfg;
	w->st.json = cfg->json;
	return &w->sink;
}
