/* --peers: the processes holding the other end of a pipe, FIFO or socket.
 *
 * The kernel has no index from an inode to its holders, so one scan of
 * /proc/PID/fd/N builds one: pipe and socket inodes (and the FIFOs asked
 * about) to (pid, fd, access mode). The scan is repeated only when a
 * traced process did something that adds holders (fork, dup, fd passing,
 * execve), when an inode not seen yet is asked about, or when a holder
 * found earlier is gone (it exited, or closed the fd after passing it
 * on): every holder is checked by one readlink before it is printed.
 * Holders are processes (thread group leaders); see docs/peers.md. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "fdinfo/internal.h"

struct holder {
	int pid;
	int fd;
	int8_t accmode; /* pipes and FIFOs; -1 when unknown */
};

struct inode_rec {
	char kind; /* 'p' pipe, 's' socket, 'f' FIFO */
	uint64_t dev, ino;
	unsigned n, cap;
	struct holder *h;
	struct inode_rec *next;
};

#define NBUCKETS 4096
#define NFIFOS 64

static struct {
	struct inode_rec *bucket[NBUCKETS];
	bool built;
	uint32_t epoch;
	unsigned unreadable; /* processes whose fds the last scan could not
				read (another user's, without privilege) */
	/* FIFO paths asked about: only links to these are stat'ed */
	char *fifo[NFIFOS];
	unsigned nfifo;
} idx;

static unsigned bucket_of(char kind, uint64_t dev, uint64_t ino)
{
	uint64_t h = (ino * 0x9e3779b97f4a7c15ull) ^ dev ^ (uint64_t)kind;
	return (unsigned)(h >> 52) & (NBUCKETS - 1);
}

static struct inode_rec *rec_find(char kind, uint64_t dev, uint64_t ino)
{
	for (struct inode_rec *r = idx.bucket[bucket_of(kind, dev, ino)]; r;
	     r = r->next)
		if (r->kind == kind && r->ino == ino && r->dev == dev)
			return r;
	return NULL;
}

static struct inode_rec *rec_get(char kind, uint64_t dev, uint64_t ino)
{
	struct inode_rec *r = rec_find(kind, dev, ino);
	if (r)
		return r;
	unsigned b = bucket_of(kind, dev, ino);
	r = xcalloc(1, sizeof(*r));
	r->kind = kind;
	r->dev = dev;
	r->ino = ino;
	r->next = idx.bucket[b];
	idx.bucket[b] = r;
	return r;
}

static void rec_add(struct inode_rec *r, int pid, int fd, int accmode)
{
	if (r->n == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 4;
		r->h = xrealloc(r->h, r->cap * sizeof(*r->h));
	}
	r->h[r->n++] = (struct holder){pid, fd, (int8_t)accmode};
}

static void index_clear(void)
{
	for (unsigned b = 0; b < NBUCKETS; b++) {
		struct inode_rec *r = idx.bucket[b];
		while (r) {
			struct inode_rec *next = r->next;
			free(r->h);
			free(r);
			r = next;
		}
		idx.bucket[b] = NULL;
	}
}

static bool wanted_fifo(const char *link)
{
	for (unsigned i = 0; i < idx.nfifo; i++)
		if (strcmp(idx.fifo[i], link) == 0)
			return true;
	return false;
}

static void scan_process(int pid)
{
	char path[64], link[4096];
	snprintf(path, sizeof(path), "/proc/%d/fd", pid);
	DIR *d = opendir(path);
	if (!d) {
		if (errno == EACCES || errno == EPERM)
			idx.unreadable++;
		return;
	}
	struct dirent *de;
	while ((de = readdir(d))) {
		if (de->d_name[0] < '0' || de->d_name[0] > '9')
			continue;
		ssize_t n = readlinkat(dirfd(d), de->d_name, link,
				       sizeof(link) - 1);
		if (n <= 0)
			continue;
		link[n] = '\0';
		int fd = atoi(de->d_name);
		if (strncmp(link, "pipe:[", 6) == 0) {
			rec_add(rec_get('p', 0, strtoull(link + 6, NULL, 10)),
				pid, fd, fd_accmode(pid, fd));
		} else if (strncmp(link, "socket:[", 8) == 0) {
			rec_add(rec_get('s', 0, strtoull(link + 8, NULL, 10)),
				pid, fd, -1);
		} else if (link[0] == '/' && wanted_fifo(link)) {
			struct stat st;
			char fdpath[96];
			snprintf(fdpath, sizeof(fdpath), "%s/%s", path,
				 de->d_name);
			if (stat(fdpath, &st) == 0 && S_ISFIFO(st.st_mode))
				rec_add(rec_get('f', st.st_dev, st.st_ino), pid,
					fd, fd_accmode(pid, fd));
		}
	}
	closedir(d);
}

static void scan(void)
{
	index_clear();
	idx.unreadable = 0;
	int self = (int)getpid();
	DIR *d = opendir("/proc");
	if (d) {
		struct dirent *de;
		while ((de = readdir(d))) {
			if (de->d_name[0] < '1' || de->d_name[0] > '9')
				continue;
			int pid = atoi(de->d_name);
			if (pid != self) /* our own fds are not the tracee's */
				scan_process(pid);
		}
		closedir(d);
	}
	idx.built = true;
	idx.epoch = fdworld.peer_epoch;
}

/* whether every holder still holds it */
static bool rec_current(const struct inode_rec *r)
{
	char path[64], link[4096], want[64];
	if (r->kind == 'p')
		snprintf(want, sizeof(want), "pipe:[%llu]",
			 (unsigned long long)r->ino);
	else
		snprintf(want, sizeof(want), "socket:[%llu]",
			 (unsigned long long)r->ino);
	for (unsigned i = 0; i < r->n; i++) {
		snprintf(path, sizeof(path), "/proc/%d/fd/%d", r->h[i].pid,
			 r->h[i].fd);
		if (r->kind == 'f') {
			struct stat st;
			if (stat(path, &st) < 0 || st.st_ino != r->ino ||
			    st.st_dev != r->dev)
				return false;
			continue;
		}
		ssize_t n = readlink(path, link, sizeof(link) - 1);
		if (n <= 0)
			return false;
		link[n] = '\0';
		if (strcmp(link, want) != 0)
			return false;
	}
	return true;
}

/* the holders of an inode, the index refreshed as the header says */
static const struct inode_rec *holders_of(char kind, uint64_t dev, uint64_t ino)
{
	bool scanned = false;
	if (!idx.built || idx.epoch != fdworld.peer_epoch) {
		scan();
		scanned = true;
	}
	struct inode_rec *r = rec_find(kind, dev, ino);
	if (!scanned && (!r || !rec_current(r))) {
		scan();
		r = rec_find(kind, dev, ino);
	}
	/* remembered as held by nobody until the next scan */
	return r ? r : rec_get(kind, dev, ino);
}

/* ---- what is printed ---- */

static void escape_comm(char *out, size_t size, const char *s, size_t len)
{
	struct strbuf sb = {0};
	size_t start = 0;
	/* commas separate holders */
	for (size_t i = 0; i <= len; i++) {
		if (i < len && s[i] != ',')
			continue;
		escape_annotation(&sb, s + start, i - start, 0);
		if (i < len)
			sb_puts(&sb, i + 1 < len && s[i + 1] >= '0' &&
						     s[i + 1] <= '7'
					     ? "\\054"
					     : "\\54");
		start = i + 1;
	}
	snprintf(out, size, "%s", sb_cstr(&sb));
	sb_free(&sb);
}

/* read each time: a process may rename itself (prctl) at any moment */
static void comm_of(int pid, char *out, size_t size)
{
	char path[64], buf[64];
	snprintf(path, sizeof(path), "/proc/%d/comm", pid);
	int f = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t n = f < 0 ? -1 : read(f, buf, sizeof(buf) - 1);
	if (f >= 0)
		close(f);
	if (n < 0)
		n = 0;
	if (n > 0 && buf[n - 1] == '\n')
		n--;
	escape_comm(out, size, buf, (size_t)n);
}

static int tgid_of(pid_t tid)
{
	static pid_t last_tid;
	static int last_tgid;
	if (tid == last_tid)
		return last_tgid;
	char path[64], buf[1024];
	snprintf(path, sizeof(path), "/proc/%d/status", (int)tid);
	int f = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t n = f < 0 ? -1 : read(f, buf, sizeof(buf) - 1);
	if (f >= 0)
		close(f);
	int tgid = (int)tid;
	if (n > 0) {
		buf[n] = '\0';
		const char *p = strstr(buf, "\nTgid:");
		if (p)
			tgid = atoi(p + 6);
	}
	last_tid = tid;
	last_tgid = tgid;
	return tgid;
}

static void add_peer(struct peer_set *out, int pid, int fd)
{
	struct fd_peer *p = NULL;
	for (unsigned i = 0; i < out->n; i++)
		if (out->peers[i].pid == pid)
			p = &out->peers[i];
	if (!p) {
		if (out->n == PEERS_MAX)
			return;
		/* in pid order */
		unsigned at = out->n;
		while (at > 0 && out->peers[at - 1].pid > pid)
			at--;
		memmove(&out->peers[at + 1], &out->peers[at],
			(out->n - at) * sizeof(out->peers[0]));
		out->n++;
		p = &out->peers[at];
		memset(p, 0, sizeof(*p));
		p->pid = pid;
		comm_of(pid, p->comm, sizeof(p->comm));
	}
	if (p->nfds < ARRAY_SIZE(p->fds)) {
		unsigned at = p->nfds;
		while (at > 0 && p->fds[at - 1] > fd)
			at--;
		memmove(&p->fds[at + 1], &p->fds[at],
			(p->nfds - at) * sizeof(p->fds[0]));
		p->fds[at] = fd;
		p->nfds++;
	}
}

static void remember_fifo(const char *link)
{
	if (wanted_fifo(link) || idx.nfifo == NFIFOS)
		return;
	idx.fifo[idx.nfifo++] = xstrdup(link);
	idx.built = false; /* scan again, now looking for it */
}

unsigned peers_find(const struct config *cfg, pid_t pid, int fd,
		    const struct fdentry *e, struct peer_set *out)
{
	(void)cfg;
	out->n = 0;
	out->dir = 0;
	char kind;
	uint64_t dev = 0, ino;
	int want_mode = -1; /* -1: any holder */
	if (e->kind == FDK_PIPE || e->kind == FDK_FIFO) {
		struct fdentry *m = (struct fdentry *)e;
		if (!m->have_accmode) {
			m->accmode = (uint8_t)fd_accmode(pid, fd);
			m->have_accmode = true;
		}
		kind = e->kind == FDK_PIPE ? 'p' : 'f';
		dev = e->dev;
		ino = e->ino;
		if (kind == 'f')
			remember_fifo(e->link);
		if (m->accmode == O_RDONLY) {
			out->dir = FD_PEERS_FROM;
			want_mode = O_WRONLY;
		} else if (m->accmode == O_WRONLY) {
			out->dir = FD_PEERS_TO;
			want_mode = O_RDONLY;
		} else {
			out->dir = FD_PEERS_BOTH;
		}
	} else if (e->kind == FDK_SOCKET && e->sock && e->sock->found) {
		struct fdentry *m = (struct fdentry *)e;
		kind = 's';
		out->dir = FD_PEERS_BOTH;
		if (e->sock->proto == SP_UNIX ||
		    e->sock->proto == SP_UNIX_STREAM) {
			ino = e->sock->peer;
		} else if (m->peer_known) {
			ino = m->peer_ino;
		} else {
			bool pending;
			ino = sockdiag_inet_peer(e->sock, &pending);
			if (!pending && e->final) {
				m->peer_ino = ino;
				m->peer_known = true;
			}
		}
		if (!ino)
			return 0;
	} else {
		return 0;
	}
	const struct inode_rec *r = holders_of(kind, dev, ino);
	int self = tgid_of(pid);
	for (unsigned i = 0; i < r->n; i++) {
		const struct holder *h = &r->h[i];
		if (h->pid == self && h->fd == fd)
			continue; /* the fd being printed */
		/* a pipe end opened O_RDWR (a FIFO) is both */
		if (want_mode >= 0 && h->accmode != want_mode &&
		    h->accmode != O_RDWR)
			continue;
		add_peer(out, h->pid, h->fd);
	}
	return out->n;
}

unsigned peers_unreadable(void)
{
	return idx.unreadable;
}
