/* --chase: from the call a thread is blocked in to the processes that
 * could end it — the other end of a pipe, FIFO or socket (the --peers
 * lookup), the children a wait is for, the holder of a file lock (from
 * /proc/locks) — or, when no process can be named, why the chain ends
 * there. Reads /proc, the thread's memory (process_vm_readv) and
 * sock_diag; never the thread's registers by ptrace. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/net.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "arch/arch.h"
#include "fdinfo/fdinfo.h"
#include "report/chase.h"

#ifndef F_OFD_SETLKW
#define F_OFD_SETLKW 38
#endif
#define F_SETLKW64_I386 14  /* asm-generic/fcntl.h, 32-bit */
#define FUTEX_CMD_MASK 0x7f /* without FUTEX_PRIVATE_FLAG, CLOCK_REALTIME */
#define FUTEX_TID_MASK 0x3fffffffu

#define MAX_POLL_FDS 256

void chase_add_edge(struct chase_thread *t, pid_t to, int fd, const char *fmt,
		    ...)
{
	for (unsigned i = 0; i < t->nedges; i++)
		if (t->edges[i].to == to)
			return; /* the first reason to follow it is enough */
	if (t->nedges == CHASE_MAX_EDGES)
		return;
	if (!t->edges)
		t->edges = xcalloc(CHASE_MAX_EDGES, sizeof(*t->edges));
	struct chase_edge *e = &t->edges[t->nedges++];
	e->to = to;
	e->fd = fd;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(e->reason, sizeof(e->reason), fmt, ap);
	va_end(ap);
}

/* Where a wait leads when it names no process: the reasons gathered
 * from each thing waited on (a poll may wait on several), joined. */
struct dead_ends {
	struct strbuf text;
	unsigned n;
};

static void dead_end(struct dead_ends *d, const char *fmt, ...)
	PRINTF_LIKE(2, 3);

static void dead_end(struct dead_ends *d, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (d->n++)
		sb_puts(&d->text, "; ");
	sb_puts(&d->text, buf);
}

static int32_t targ(const struct chase_thread *t, int i)
{
	return (int32_t)t->args[i];
}

static bool is_call(const struct chase_thread *t, enum sysent_id id)
{
	return t->desc == &sysent[id];
}

static int mem_get(const struct chase_thread *t, uint64_t addr, void *buf,
		   size_t len)
{
	if (!addr || t->no_mem)
		return -1;
	struct iovec local = {buf, len};
	struct iovec remote = {(void *)(uintptr_t)addr, len};
	return process_vm_readv(t->tid, &local, 1, &remote, 1, 0) ==
			       (ssize_t)len
		       ? 0
		       : -1;
}

static void add_note(struct chase_thread *t, const char *fmt, ...)
	PRINTF_LIKE(2, 3);

/* a remark on the thread's edges, after those made already */
static void add_note(struct chase_thread *t, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	char *old = t->note;
	t->note = chase_strdupf("%s%s%s", old ? old : "", old ? "; " : "", buf);
	free(old);
}

/* ---- pipes, FIFOs and sockets ---- */

enum { WANT_IN = 1, WANT_OUT = 2 };

static const char *sock_name(const struct fd_end *e)
{
	return e->proto ? e->proto : "socket";
}

/* the holders of the other end as edges; the process itself is noted,
 * and followed only when nobody else holds it (a self-deadlock, unless
 * another of its threads does the job) */
static void holder_edges(struct chase_thread *t, const struct chase_proc *p,
			 int fd, const struct fd_end *e, const char *reason,
			 const char *end_name, struct dead_ends *d)
{
	unsigned others = 0;
	int self_fd = -1;
	for (unsigned i = 0; i < e->nholders; i++) {
		if (e->holders[i].pid == p->pid) {
			self_fd = e->holders[i].fds[0];
			continue;
		}
		others++;
		chase_add_edge(t, e->holders[i].pid, fd, "%s", reason);
	}
	if (self_fd >= 0 && others) {
		add_note(t, "it holds the %s itself too (fd %d)", end_name,
			 self_fd);
	} else if (self_fd >= 0) {
		chase_add_edge(t, p->pid, fd, "%s", reason);
		add_note(t, "nobody else holds the %s: only itself (fd %d)",
			 end_name, self_fd);
	}
	if (!e->nholders) {
		if (e->unreadable)
			dead_end(d,
				 "fd %d: no process holding the %s can be "
				 "seen (%u processes' fds could not be read: "
				 "run as root)",
				 fd, end_name, e->unreadable);
		else
			dead_end(d,
				 "fd %d: no process holding the %s can be "
				 "seen (one in another pid namespace?)",
				 fd, end_name);
		t->may_go_on = true;
	}
}

static void follow_pipe(struct chase_thread *t, const struct chase_proc *p,
			int fd, const struct fd_end *e, int want, bool poll,
			struct dead_ends *d)
{
	const char *what = e->kind == FD_END_FIFO ? "FIFO" : "pipe";
	char reason[160];
	/* a FIFO opened O_RDWR is both ends */
	if (e->accmode == O_RDWR)
		want = WANT_IN | WANT_OUT;
	if (want & WANT_IN) {
		snprintf(reason, sizeof(reason), "%s %s written by",
			 poll ? "polls" : "reads", what);
		holder_edges(t, p, fd, e, reason, "write end", d);
	} else {
		snprintf(reason, sizeof(reason), "%s full %s read by",
			 poll ? "polls a" : "writes to a", what);
		holder_edges(t, p, fd, e, reason, "read end", d);
	}
}

static void follow_socket(struct chase_thread *t, const struct chase_proc *p,
			  int fd, const struct fd_end *e, int want, bool poll,
			  struct dead_ends *d)
{
	const char *name = sock_name(e);
	const char *text = e->text ? e->text : e->link;
	char reason[160];
	if (e->listening) {
		dead_end(d, "fd %d: listens on %s: nobody connects", fd, text);
		t->may_go_on = true;
		return;
	}
	if (!e->found || (!e->inet && !e->unix_family)) {
		dead_end(d,
			 "fd %d: %s: no process can be named at its other "
			 "end",
			 fd, text);
		t->may_go_on = true;
		return;
	}
	if (e->inet && !e->peer_addr[0]) {
		dead_end(d,
			 "fd %d: %s is not connected: anyone may send to "
			 "it",
			 fd, text);
		t->may_go_on = true;
		return;
	}
	if (e->inet && e->remote) {
		dead_end(d,
			 "fd %d: the other end, %s, is not on this "
			 "machine (or in another network namespace)",
			 fd, e->peer_addr);
		t->may_go_on = true;
		return;
	}
	if (want & WANT_IN)
		snprintf(reason, sizeof(reason), "%s %s %s",
			 poll ? "polls" : "reads", name,
			 e->pending ? "not accepted yet by" : "from");
	else
		snprintf(reason, sizeof(reason), "%s full %s socket read by",
			 poll ? "polls a" : "writes to a", name);
	if (e->unix_family && !e->nholders && e->stream) {
		dead_end(d,
			 "fd %d: %s: no process holds its other end (a "
			 "connection its listener has not accepted yet?)",
			 fd, text);
		t->may_go_on = true;
		return;
	}
	if (e->unix_family && !e->nholders && !e->stream) {
		dead_end(d,
			 "fd %d: %s: an unconnected datagram socket: anyone "
			 "may send to it",
			 fd, text);
		t->may_go_on = true;
		return;
	}
	holder_edges(t, p, fd, e, reason,
		     e->pending ? "listening socket" : "other end", d);
}

static bool is_terminal(const char *link)
{
	return !strncmp(link, "/dev/pts/", 9) ||
	       !strncmp(link, "/dev/tty", 8) || !strcmp(link, "/dev/console");
}

/* one fd waited on for input (WANT_IN) or room (WANT_OUT) */
static void follow_fd(struct chase *ch, struct chase_thread *t,
		      const struct chase_proc *p, int fd, int want, bool poll,
		      struct dead_ends *d)
{
	struct fd_end e;
	if (fd < 0 || fd_end_read(&ch->cfg, t->tid, fd, &e) < 0) {
		dead_end(d, "fd %d is not open (any more)", fd);
		t->may_go_on = true;
		return;
	}
	const char *text = e.text ? e.text : e.link;
	switch (e.kind) {
	case FD_END_PIPE:
	case FD_END_FIFO: follow_pipe(t, p, fd, &e, want, poll, d); break;
	case FD_END_SOCKET: follow_socket(t, p, fd, &e, want, poll, d); break;
	case FD_END_DEV:
		if (is_terminal(e.link))
			dead_end(d,
				 "fd %d: the terminal %s: it waits for "
				 "someone to type",
				 fd, e.link);
		else
			dead_end(d,
				 "fd %d: the device %s: the device "
				 "(its driver) must answer",
				 fd, text);
		t->may_go_on = true;
		break;
	case FD_END_FILE:
		dead_end(d,
			 "fd %d: the file %s: its file system must answer "
			 "(a network or FUSE mount?)",
			 fd, text);
		t->may_go_on = true;
		break;
	default:
		if (!strcmp(e.link, "anon_inode:[timerfd]"))
			dead_end(d, "fd %d: a timerfd: it waits for its timer",
				 fd);
		else if (!strcmp(e.link, "anon_inode:[signalfd]"))
			dead_end(d, "fd %d: a signalfd: it waits for a signal",
				 fd);
		else if (!strcmp(e.link, "anon_inode:inotify"))
			dead_end(d,
				 "fd %d: inotify: it waits for changes to "
				 "the files it watches",
				 fd);
		else
			dead_end(d,
				 "fd %d: %s: who would wake it cannot be "
				 "told from /proc",
				 fd, text);
		t->may_go_on = true;
		break;
	}
	fd_end_release(&e);
}

/* ---- poll, select, epoll ---- */

/* a timeout in ms; -1 when it waits for ever */
static void note_timeout(struct chase_thread *t, long long ms,
			 struct dead_ends *d)
{
	if (ms < 0)
		return;
	t->may_go_on = true;
	dead_end(d, "it returns by itself after its timeout (%lld ms)", ms);
}

/* a struct timespec (or timeval: usec) at addr; -1 for NULL (for ever) */
static long long timeout_at(const struct chase_thread *t, uint64_t addr,
			    bool usec, bool time64)
{
	if (!addr)
		return -1;
	int64_t sec, frac;
	if (t->pers == PERS_I386 && !time64) {
		int32_t v[2];
		if (mem_get(t, addr, v, sizeof(v)) < 0)
			return 0;
		sec = v[0];
		frac = v[1];
	} else {
		int64_t v[2];
		if (mem_get(t, addr, v, sizeof(v)) < 0)
			return 0;
		sec = v[0];
		frac = v[1];
	}
	return sec * 1000 + (usec ? frac / 1000 : frac / 1000000);
}

static void follow_poll(struct chase *ch, struct chase_thread *t,
			const struct chase_proc *p, struct dead_ends *d)
{
	uint64_t n = t->args[1] < MAX_POLL_FDS ? t->args[1] : MAX_POLL_FDS;
	struct pollfd fds[MAX_POLL_FDS];
	if (mem_get(t, t->args[0], fds, n * sizeof(fds[0])) < 0) {
		dead_end(d, "its pollfd array cannot be read");
		t->may_go_on = true;
		return;
	}
	for (unsigned i = 0; i < n; i++) {
		int want = (fds[i].events & (POLLIN | POLLPRI | POLLRDHUP)
				    ? WANT_IN
				    : 0) |
			   (fds[i].events & POLLOUT ? WANT_OUT : 0);
		if (fds[i].fd >= 0 && want)
			follow_fd(ch, t, p, fds[i].fd,
				  want & WANT_IN ? WANT_IN : want, true, d);
	}
	if (is_call(t, ENT_poll))
		note_timeout(t, targ(t, 2), d);
	else
		note_timeout(t,
			     timeout_at(t, t->args[2], false,
					is_call(t, ENT_ppoll_time64)),
			     d);
}

static void follow_select(struct chase *ch, struct chase_thread *t,
			  const struct chase_proc *p, struct dead_ends *d)
{
	int nfds = targ(t, 0);
	if (nfds > 8192)
		nfds = 8192;
	unsigned char sets[2][1024];
	size_t bytes = nfds > 0 ? ((size_t)nfds + 63) / 64 * 8 : 0;
	if (t->pers == PERS_I386)
		bytes = nfds > 0 ? ((size_t)nfds + 31) / 32 * 4 : 0;
	for (int s = 0; s < 2; s++) {
		memset(sets[s], 0, sizeof(sets[s]));
		if (t->args[1 + s] &&
		    mem_get(t, t->args[1 + s], sets[s], bytes) < 0)
			memset(sets[s], 0, sizeof(sets[s]));
	}
	for (int fd = 0; fd < nfds; fd++) {
		bool in = sets[0][fd / 8] & (1u << (fd % 8));
		bool out = sets[1][fd / 8] & (1u << (fd % 8));
		if (in || out)
			follow_fd(ch, t, p, fd, in ? WANT_IN : WANT_OUT, true,
				  d);
	}
	bool usec =
		!is_call(t, ENT_pselect6) && !is_call(t, ENT_pselect6_time64);
	note_timeout(t,
		     timeout_at(t, t->args[4], usec,
				is_call(t, ENT_pselect6_time64)),
		     d);
}

/* the fds an epoll instance watches, from /proc/PID/fdinfo/EPFD:
 * "tfd: 5 events: 19 data: ... ino:a4d sdev:8" */
static void follow_epoll(struct chase *ch, struct chase_thread *t,
			 const struct chase_proc *p, struct dead_ends *d)
{
	char path[96], link[128];
	int epfd = targ(t, 0);
	snprintf(path, sizeof(path), "/proc/%d/fdinfo/%d", (int)t->tid, epfd);
	FILE *f = fopen(path, "re");
	if (!f) {
		dead_end(d, "cannot read %s: %s", path, strerror(errno));
		t->may_go_on = true;
		return;
	}
	char line[512];
	unsigned watched = 0;
	while (fgets(line, sizeof(line), f) && watched < CHASE_MAX_EDGES) {
		int tfd;
		unsigned events;
		if (sscanf(line, "tfd: %d events: %x", &tfd, &events) != 2)
			continue;
		const char *ino = strstr(line, " ino:");
		unsigned long long want_ino =
			ino ? strtoull(ino + 5, NULL, 16) : 0;
		/* the fd may have been closed or reused since it was added
		 * (the epoll entry lives while the file does) */
		snprintf(path, sizeof(path), "/proc/%d/fd/%d", (int)t->tid,
			 tfd);
		struct stat st;
		if (stat(path, &st) < 0 ||
		    (want_ino && st.st_ino != want_ino)) {
			ssize_t n = readlink(path, link, sizeof(link) - 1);
			link[n > 0 ? n : 0] = '\0';
			dead_end(d,
				 "epoll watches an fd that was %d, now "
				 "closed or another file",
				 tfd);
			t->may_go_on = true;
			continue;
		}
		int want = (events & (POLLIN | POLLPRI | POLLRDHUP) ? WANT_IN
								    : 0) |
			   (events & POLLOUT ? WANT_OUT : 0);
		if (want)
			follow_fd(ch, t, p, tfd,
				  want & WANT_IN ? WANT_IN : want, true, d);
		watched++;
	}
	fclose(f);
	if (!watched && !d->n) {
		dead_end(d, "its epoll instance (fd %d) watches nothing", epfd);
		t->may_go_on = true;
	}
	if (is_call(t, ENT_epoll_pwait2))
		note_timeout(t, timeout_at(t, t->args[3], false, true), d);
	else
		note_timeout(t, targ(t, 3), d);
}

/* ---- waits for children ---- */

static long pgrp_of(pid_t pid)
{
	char path[64], buf[1024];
	snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t n = fd < 0 ? -1 : read(fd, buf, sizeof(buf) - 1);
	if (fd >= 0)
		close(fd);
	if (n <= 0)
		return -1;
	buf[n] = '\0';
	const char *p = strrchr(buf, ')');
	long ppid, pgrp;
	char st;
	if (!p || sscanf(p + 1, " %c %ld %ld", &st, &ppid, &pgrp) != 3)
		return -1;
	return pgrp;
}

static pid_t pidfd_target(pid_t tid, int fd)
{
	char path[64], buf[512];
	snprintf(path, sizeof(path), "/proc/%d/fdinfo/%d", (int)tid, fd);
	FILE *f = fopen(path, "re");
	if (!f)
		return -1;
	pid_t pid = -1;
	while (fgets(buf, sizeof(buf), f))
		if (sscanf(buf, "Pid: %d", &pid) == 1)
			break;
	fclose(f);
	return pid;
}

/* which: the pid, 0 for any child, or -pgrp */
static void follow_wait(struct chase_thread *t, const struct chase_proc *p,
			const char *call, long which, struct dead_ends *d)
{
	pid_t kids[CHASE_MAX_EDGES];
	unsigned n = chase_children(p->pid, kids, CHASE_MAX_EDGES);
	unsigned found = 0;
	bool waits_for_us = false;
	for (unsigned i = 0; i < n; i++) {
		if (which > 0 && kids[i] != which)
			continue;
		if (which < 0 && pgrp_of(kids[i]) != -which)
			continue;
		if (kids[i] == getpid()) {
			/* the shell sctrace was started from */
			waits_for_us = true;
			continue;
		}
		chase_add_edge(t, kids[i], -1, "waits in %s for", call);
		found++;
	}
	if (!found && waits_for_us) {
		dead_end(d, "it waits for sctrace itself (pid %d)",
			 (int)getpid());
		t->may_go_on = true;
		return;
	}
	if (!found && which > 0) {
		/* not a child we can see; follow it all the same */
		char path[32];
		snprintf(path, sizeof(path), "/proc/%ld", which);
		if (access(path, F_OK) == 0) {
			chase_add_edge(t, (pid_t)which, -1, "waits in %s for",
				       call);
			found++;
		}
	}
	if (!found) {
		dead_end(d, "it waits for a child, but none that it waits for "
			    "can be seen");
		t->may_go_on = true;
	}
}

static void follow_wait_call(struct chase_thread *t, const struct chase_proc *p,
			     struct dead_ends *d)
{
	if (is_call(t, ENT_waitid)) {
		int idtype = targ(t, 0);
		long id = targ(t, 1);
		if (idtype == P_PID)
			follow_wait(t, p, "waitid", id, d);
		else if (idtype == P_PGID)
			follow_wait(t, p, "waitid",
				    -(id ? id : pgrp_of(p->pid)), d);
		else if (idtype == 3 /* P_PIDFD */)
			follow_wait(t, p, "waitid",
				    pidfd_target(t->tid, (int)id), d);
		else
			follow_wait(t, p, "waitid", 0, d);
		return;
	}
	const char *name = is_call(t, ENT_waitpid) ? "waitpid" : "wait4";
	long pid = targ(t, 0);
	if (pid == -1)
		follow_wait(t, p, name, 0, d);
	else if (pid == 0)
		follow_wait(t, p, name, -pgrp_of(p->pid), d);
	else
		follow_wait(t, p, name, pid, d);
}

/* ---- file locks ---- */

/* "1: -> FLOCK  ADVISORY  WRITE 1234 fe:00:10952880 0 EOF" */
struct lock_line {
	long id;
	int depth; /* the number of "->": a waiter, and on whom */
	char type[16];
	long pid;
	unsigned maj, min;
	unsigned long long ino;
};

static bool parse_lock(const char *s, struct lock_line *l)
{
	char *end;
	l->id = strtol(s, &end, 10);
	if (end == s || *end != ':')
		return false;
	s = end + 1;
	l->depth = 0;
	for (;;) {
		while (*s == ' ')
			s++;
		if (strncmp(s, "->", 2) != 0)
			break;
		l->depth++;
		s += 2;
	}
	char mode[16], rw[16];
	return sscanf(s, "%15s %15s %15s %ld %x:%x:%llu", l->type, mode, rw,
		      &l->pid, &l->maj, &l->min, &l->ino) == 7;
}

/* processes with the file open whose fdinfo shows a lock held on it
 * (an OFD lock, or a flock whose taker has exited: /proc/locks then
 * names no living process) */
static void lock_holders_by_fd(struct chase_thread *t,
			       const struct chase_proc *p, int fd,
			       const struct stat *file, const char *reason)
{
	DIR *proc = opendir("/proc");
	if (!proc)
		return;
	struct dirent *de;
	char path[300], buf[4096];
	while ((de = readdir(proc))) {
		if (de->d_name[0] < '1' || de->d_name[0] > '9')
			continue;
		snprintf(path, sizeof(path), "/proc/%s/fd", de->d_name);
		DIR *fds = opendir(path);
		if (!fds)
			continue;
		struct dirent *fe;
		while ((fe = readdir(fds))) {
			if (fe->d_name[0] < '0' || fe->d_name[0] > '9')
				continue;
			struct stat st;
			if (fstatat(dirfd(fds), fe->d_name, &st, 0) < 0 ||
			    st.st_dev != file->st_dev ||
			    st.st_ino != file->st_ino)
				continue;
			snprintf(path, sizeof(path), "/proc/%s/fdinfo/%s",
				 de->d_name, fe->d_name);
			int f = open(path, O_RDONLY | O_CLOEXEC);
			ssize_t n = f < 0 ? -1 : read(f, buf, sizeof(buf) - 1);
			if (f >= 0)
				close(f);
			if (n <= 0)
				continue;
			buf[n] = '\0';
			/* held locks only: waiters are not listed there */
			pid_t pid = (pid_t)atoi(de->d_name);
			if (strstr(buf, "\nlock:") &&
			    !(pid == p->pid && atoi(fe->d_name) == fd))
				chase_add_edge(t, pid, fd, "%s", reason);
		}
		closedir(fds);
	}
	closedir(proc);
}

static void follow_lock(struct chase *ch, struct chase_thread *t,
			const struct chase_proc *p, int fd, const char *kind,
			struct dead_ends *d)
{
	char path[64];
	struct stat st;
	snprintf(path, sizeof(path), "/proc/%d/fd/%d", (int)t->tid, fd);
	struct fd_end e;
	bool have = fd_end_read(&ch->cfg, t->tid, fd, &e) == 0;
	char reason[400];
	snprintf(reason, sizeof(reason), "waits for %s on %s held by", kind,
		 have && e.text ? e.text : path);
	if (have)
		fd_end_release(&e);
	if (stat(path, &st) < 0) {
		dead_end(d, "cannot stat %s: %s", path, strerror(errno));
		t->may_go_on = true;
		return;
	}
	FILE *f = fopen("/proc/locks", "re");
	if (!f) {
		dead_end(d, "cannot read /proc/locks: %s", strerror(errno));
		t->may_go_on = true;
		return;
	}
	struct lock_line lines[512];
	unsigned n = 0;
	char buf[512];
	while (n < ARRAY_SIZE(lines) && fgets(buf, sizeof(buf), f))
		if (parse_lock(buf, &lines[n]) &&
		    lines[n].maj == major(st.st_dev) &&
		    lines[n].min == minor(st.st_dev) &&
		    lines[n].ino == (unsigned long long)st.st_ino)
			n++;
	fclose(f);
	/* our wait: a "->" line of ours; an OFD lock shows no pid */
	bool ofd = !strcmp(kind, "an OFD lock");
	int mine = -1;
	for (unsigned i = 0; i < n && mine < 0; i++)
		if (lines[i].depth &&
		    (lines[i].pid == p->pid || (ofd && lines[i].pid == -1)))
			mine = (int)i;
	unsigned before = t->nedges;
	bool dead_holder = false;
	if (mine >= 0) {
		/* what blocks it is the nearest line above with the same
		 * id, one level up */
		for (int i = mine - 1; i >= 0; i--) {
			if (lines[i].id != lines[mine].id ||
			    lines[i].depth != lines[mine].depth - 1)
				continue;
			char proc[32];
			snprintf(proc, sizeof(proc), "/proc/%ld", lines[i].pid);
			if (lines[i].pid > 0 && access(proc, F_OK) == 0)
				chase_add_edge(t, (pid_t)lines[i].pid, fd, "%s",
					       reason);
			else
				dead_holder = true;
			break;
		}
	}
	if (t->nedges == before && (mine < 0 || dead_holder))
		lock_holders_by_fd(t, p, fd, &st, reason);
	if (t->nedges == before) {
		dead_end(d, "%s: /proc/locks names no holder that can be seen",
			 reason);
		t->may_go_on = true;
	}
}

/* ---- the call ---- */

static void follow_futex(struct chase_thread *t, struct dead_ends *d)
{
	int op = targ(t, 1) & FUTEX_CMD_MASK;
	t->may_go_on = true;
	if (op == 6 /* FUTEX_LOCK_PI */ || op == 13 /* FUTEX_LOCK_PI2 */) {
		/* a PI futex's word holds its owner's tid */
		uint32_t word;
		if (mem_get(t, t->args[0], &word, sizeof(word)) == 0 &&
		    (word & FUTEX_TID_MASK)) {
			pid_t owner = (pid_t)(word & FUTEX_TID_MASK);
			pid_t tgid = chase_tgid(owner);
			if (tgid > 0) {
				t->may_go_on = false;
				chase_add_edge(t, tgid, -1,
					       "waits for a PI mutex held by "
					       "thread %d of",
					       (int)owner);
				return;
			}
		}
	}
	dead_end(d,
		 "a futex: a lock, condition or other wait among its own "
		 "threads (or in shared memory); who holds it cannot be told "
		 "from /proc");
}

/* the fd a socketcall(2) (i386) works on, and how it waits */
static bool socketcall_fd(const struct chase_thread *t, int *fd, int *how)
{
	uint32_t a0;
	if (mem_get(t, t->args[1], &a0, sizeof(a0)) < 0)
		return false;
	*fd = (int32_t)a0;
	switch (targ(t, 0)) {
	case SYS_RECV:
	case SYS_RECVFROM:
	case SYS_RECVMSG:
	case SYS_RECVMMSG: *how = WANT_IN; return true;
	case SYS_SEND:
	case SYS_SENDTO:
	case SYS_SENDMSG:
	case SYS_SENDMMSG: *how = WANT_OUT; return true;
	case SYS_ACCEPT:
	case SYS_ACCEPT4: *how = 0; return true;
	default: return false;
	}
}

static bool reads_fd0(const struct chase_thread *t)
{
	static const enum sysent_id ids[] = {
		ENT_read,    ENT_readv,	   ENT_pread64,
		ENT_preadv,  ENT_preadv2,  ENT_recvfrom,
		ENT_recvmsg, ENT_recvmmsg, ENT_recvmmsg_time64,
	};
	for (size_t i = 0; i < ARRAY_SIZE(ids); i++)
		if (is_call(t, ids[i]))
			return true;
	return false;
}

static bool writes_fd0(const struct chase_thread *t)
{
	static const enum sysent_id ids[] = {
		ENT_write,    ENT_writev,     ENT_pwrite64, ENT_pwritev,
		ENT_pwritev2, ENT_sendto,     ENT_sendmsg,  ENT_sendmmsg,
		ENT_sendfile, ENT_sendfile64, ENT_vmsplice,
	};
	for (size_t i = 0; i < ARRAY_SIZE(ids); i++)
		if (is_call(t, ids[i]))
			return true;
	return false;
}

static void follow_accept(struct chase *ch, struct chase_thread *t, int fd,
			  struct dead_ends *d)
{
	struct fd_end e;
	t->may_go_on = true;
	if (fd_end_read(&ch->cfg, t->tid, fd, &e) < 0) {
		dead_end(d, "fd %d is not open (any more)", fd);
		return;
	}
	dead_end(d, "it waits in accept on %s: nobody connects",
		 e.text ? e.text : e.link);
	fd_end_release(&e);
}

static void follow_connect(struct chase *ch, struct chase_thread *t, int fd,
			   struct dead_ends *d)
{
	struct fd_end e;
	t->may_go_on = true;
	if (fd_end_read(&ch->cfg, t->tid, fd, &e) < 0) {
		dead_end(d, "fd %d is not open (any more)", fd);
		return;
	}
	if (e.inet && e.pending) {
		/* a local listener that does not take the connection: its
		 * backlog is full */
		for (unsigned i = 0; i < e.nholders; i++)
			chase_add_edge(t, e.holders[i].pid, fd,
				       "connects to a full listen queue of");
		if (e.nholders)
			t->may_go_on = false;
	}
	if (!t->nedges)
		dead_end(d, "connects %s%s: the other end does not answer yet",
			 e.peer_addr[0] ? "to " : "",
			 e.peer_addr[0] ? e.peer_addr
					: (e.text ? e.text : e.link));
	fd_end_release(&e);
}

static void follow_call(struct chase *ch, struct chase_proc *p,
			struct chase_thread *t, struct dead_ends *d)
{
	int fd0 = targ(t, 0);
	int fd, how;
	if (reads_fd0(t)) {
		follow_fd(ch, t, p, fd0, WANT_IN, false, d);
	} else if (writes_fd0(t)) {
		follow_fd(ch, t, p, fd0, WANT_OUT, false, d);
	} else if (is_call(t, ENT_splice) || is_call(t, ENT_tee)) {
		/* blocked on its input or its output: wchan tells */
		int out = is_call(t, ENT_tee) ? targ(t, 1) : targ(t, 2);
		bool writing = strstr(t->wchan, "writ") != NULL;
		bool reading = strstr(t->wchan, "read") != NULL;
		if (!writing)
			follow_fd(ch, t, p, fd0, WANT_IN, false, d);
		if (!reading)
			follow_fd(ch, t, p, out, WANT_OUT, false, d);
	} else if (is_call(t, ENT_socketcall) && socketcall_fd(t, &fd, &how)) {
		if (how)
			follow_fd(ch, t, p, fd, how, false, d);
		else
			follow_accept(ch, t, fd, d);
	} else if (is_call(t, ENT_accept) || is_call(t, ENT_accept4)) {
		follow_accept(ch, t, fd0, d);
	} else if (is_call(t, ENT_connect)) {
		follow_connect(ch, t, fd0, d);
	} else if (is_call(t, ENT_poll) || is_call(t, ENT_ppoll) ||
		   is_call(t, ENT_ppoll_time64)) {
		follow_poll(ch, t, p, d);
	} else if (is_call(t, ENT_select) || is_call(t, ENT__newselect) ||
		   is_call(t, ENT_pselect6) ||
		   is_call(t, ENT_pselect6_time64)) {
		follow_select(ch, t, p, d);
	} else if (is_call(t, ENT_epoll_wait) || is_call(t, ENT_epoll_pwait) ||
		   is_call(t, ENT_epoll_pwait2)) {
		follow_epoll(ch, t, p, d);
	} else if (is_call(t, ENT_wait4) || is_call(t, ENT_waitid) ||
		   is_call(t, ENT_waitpid)) {
		follow_wait_call(t, p, d);
	} else if (is_call(t, ENT_flock)) {
		follow_lock(ch, t, p, fd0, "flock", d);
	} else if ((is_call(t, ENT_fcntl) || is_call(t, ENT_fcntl64)) &&
		   (targ(t, 1) == F_SETLKW || targ(t, 1) == F_OFD_SETLKW ||
		    (is_call(t, ENT_fcntl64) &&
		     targ(t, 1) == F_SETLKW64_I386))) {
		follow_lock(ch, t, p, fd0,
			    targ(t, 1) == F_OFD_SETLKW ? "an OFD lock"
						       : "a POSIX lock",
			    d);
	} else if (is_call(t, ENT_futex) || is_call(t, ENT_futex_time64)) {
		follow_futex(t, d);
	} else if (is_call(t, ENT_nanosleep) ||
		   is_call(t, ENT_clock_nanosleep) ||
		   is_call(t, ENT_clock_nanosleep_time64)) {
		dead_end(d, "it sleeps for a time it chose");
		t->may_go_on = true;
	} else if (is_call(t, ENT_pause) || is_call(t, ENT_rt_sigsuspend) ||
		   is_call(t, ENT_sigsuspend) ||
		   is_call(t, ENT_rt_sigtimedwait) ||
		   is_call(t, ENT_rt_sigtimedwait_time64)) {
		dead_end(d, "it waits for a signal");
		t->may_go_on = true;
	} else if (is_call(t, ENT_restart_syscall)) {
		dead_end(d, "it resumes a call that a signal interrupted "
			    "(a sleep, a poll or a futex wait: see wchan)");
		t->may_go_on = true;
	} else {
		dead_end(d, "sctrace does not know who could end %s",
			 t->desc ? t->desc->name : "this call");
		t->may_go_on = true;
	}
}

void chase_thread_edges(struct chase *ch, struct chase_proc *p,
			struct chase_thread *t)
{
	struct dead_ends d = {0};
	if ((t->state == 'Z' || t->state == 'X') && p->nthreads == 1) {
		dead_end(&d,
			 "it has exited; its parent, pid %d, has not "
			 "waited for it yet",
			 (int)p->ppid);
		t->may_go_on = true;
	} else if (t->state == 'Z' || t->state == 'X') {
		dead_end(&d, "this thread has exited");
		t->may_go_on = true;
	} else if (t->state == 'T') {
		dead_end(&d, "it is stopped by a signal: it waits for SIGCONT");
		t->may_go_on = true;
	} else if (t->state == 't') {
		dead_end(&d, "it is stopped by its tracer, pid %d",
			 (int)p->tracer);
		t->may_go_on = true;
	} else if (t->state == 'R' || t->sys == CS_RUNNING) {
		dead_end(&d, "it is running: not blocked");
		t->may_go_on = true;
	} else if (t->sys == CS_UNREAD) {
		dead_end(&d,
			 "the call it is in cannot be read (run sctrace as "
			 "root or as its user; sctrace --doctor -p %d says "
			 "what stands in the way)",
			 (int)p->pid);
		t->may_go_on = true;
	} else if (t->kthread) {
		dead_end(&d, "it is a kernel thread: it makes no system calls");
		t->may_go_on = true;
	} else if (t->sys == CS_OUTSIDE) {
		dead_end(&d,
			 "it is blocked in the kernel outside a system call "
			 "(a page fault?)");
		t->may_go_on = true;
	} else if (!t->desc) {
		dead_end(&d, "sctrace does not know this call");
		t->may_go_on = true;
	} else {
		follow_call(ch, p, t, &d);
	}
	if (d.n && !t->nedges)
		t->end = xstrdup(sb_cstr(&d.text));
	else if (d.n)
		add_note(t, "%s", sb_cstr(&d.text));
	sb_free(&d.text);
}
