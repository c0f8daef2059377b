/* The fd cache test: reuses fd numbers in every way a table can change
 * and, at each checkpoint, prints "CHECK tag fd link" with what
 * /proc/self/fd/N says at that moment, then calls fsync(fd): the trace's
 * fsync lines must carry the same annotation, in the same order.
 *   fd_reuse DIR          runs everything in the scratch directory DIR
 * Checkpoints are strictly sequential (threads and children are waited
 * for), so the order of CHECK lines is the order of fsync lines. */
#include <errno.h>
#include <fcntl.h>
#include <linux/io_uring.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef CLOSE_RANGE_UNSHARE
#define CLOSE_RANGE_UNSHARE (1U << 1)
#endif

static const char *dir;

static void check(const char *tag, int fd)
{
	char path[64], link[4096];
	/* a thread that unshared its table has its own */
	snprintf(path, sizeof(path), "/proc/thread-self/fd/%d", fd);
	ssize_t n = readlink(path, link, sizeof(link) - 1);
	if (n < 0)
		n = 0;
	link[n] = '\0';
	/* the deleted mark strace moves out of the brackets: the program
	 * knows which files it unlinked, the test computes the rest */
	printf("CHECK %s %d %s\n", tag, fd, n ? link : "-");
	fflush(stdout);
	fsync(fd);
}

static int make(const char *name)
{
	char path[4096];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	int fd = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0600);
	if (fd < 0) {
		perror(path);
		exit(1);
	}
	return fd;
}

/* opens name at exactly fd (which must be the lowest free number) */
static int make_at(const char *name, int want)
{
	int fd = make(name);
	if (fd != want) {
		fprintf(stderr, "expected fd %d for %s, got %d\n", want, name,
			fd);
		exit(1);
	}
	return fd;
}

/* a pipe whose read end is exactly fd; the fds come back through memory,
 * not as a return value, so only the cache's invalidation can be right */
static int pipe_at(int want)
{
	int p[2];
	if (pipe2(p, O_CLOEXEC) < 0 || p[0] != want) {
		fprintf(stderr, "expected a pipe at %d, got %d\n", want, p[0]);
		exit(1);
	}
	close(p[1]);
	return p[0];
}

static void close_reopen(void)
{
	int fd = make("a");
	check("open", fd);
	close(fd);
	make_at("b", fd);
	check("close-reopen", fd);
	close(fd);
	pipe_at(fd);
	check("close-pipe", fd);
	close(fd);
}

static void reuse_close_range(void)
{
	int a = make("r1"), b = make("r2"), c = make("r3");
	check("range-before", b);
	syscall(SYS_close_range, a, c, 0);
	pipe_at(a);
	make_at("r5", b);
	check("close_range-pipe", a);
	check("close_range", b);
	/* CLOSE_RANGE_CLOEXEC closes nothing now */
	syscall(SYS_close_range, a, b, 4 /* CLOSE_RANGE_CLOEXEC */);
	check("close_range-cloexec", a);
	close(a);
	close(b);
}

static void reuse_dup(void)
{
	int a = make("d1"), b = make("d2");
	check("dup-target-before", b);
	dup2(a, b);
	check("dup2", b);
	int c = make("d3");
	dup3(c, b, O_CLOEXEC);
	check("dup3", b);
	close(b);
	int d = dup(c);
	check("dup", d);
	close(d);
	int e = fcntl(a, F_DUPFD, d);
	check("F_DUPFD", e);
	close(e);
	int f = fcntl(c, F_DUPFD_CLOEXEC, d);
	check("F_DUPFD_CLOEXEC", f);
	close(f);
	/* a failed dup2 leaves the target alone */
	int g = make("d4");
	errno = 0;
	dup2(1000, g);
	check("dup2-failed", g);
	close(g);
	close(a);
	close(c);
}

static void failed_calls(void)
{
	char path[4096];
	snprintf(path, sizeof(path), "%s/missing/x", dir);
	int fd = open(path, O_RDONLY);
	if (fd >= 0)
		exit(1);
	fd = make("retry");
	check("open-retried", fd);
	close(fd + 100); /* EBADF: nothing changes */
	check("close-failed-other", fd);
	close(fd);
	close(fd); /* EBADF */
	fd = make("retry2");
	check("after-double-close", fd);
	close(fd);
}

static void names_change(void)
{
	char a[4096], b[4096];
	int fd = make("n1");
	check("rename-before", fd);
	snprintf(a, sizeof(a), "%s/n1", dir);
	snprintf(b, sizeof(b), "%s/n2", dir);
	rename(a, b);
	check("renamed", fd);
	unlink(b);
	check("unlinked", fd);
	close(fd);
}

static void scm_rights(void)
{
	int sp[2];
	socketpair(AF_UNIX, SOCK_DGRAM, 0, sp);
	int x = make("s1");
	int victim = make("s2");
	check("scm-before", victim);
	char cbuf[CMSG_SPACE(sizeof(int))];
	struct iovec io = {"x", 1};
	struct msghdr m = {.msg_iov = &io,
			   .msg_iovlen = 1,
			   .msg_control = cbuf,
			   .msg_controllen = sizeof(cbuf)};
	struct cmsghdr *cm = CMSG_FIRSTHDR(&m);
	cm->cmsg_level = SOL_SOCKET;
	cm->cmsg_type = SCM_RIGHTS;
	cm->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(cm), &x, sizeof(int));
	sendmsg(sp[0], &m, 0);
	close(victim);
	char buf[4];
	io.iov_base = buf;
	m.msg_controllen = sizeof(cbuf);
	recvmsg(sp[1], &m, 0);
	int got;
	memcpy(&got, CMSG_DATA(CMSG_FIRSTHDR(&m)), sizeof(int));
	check("scm_rights", got);
	close(got);
	close(x);
	close(sp[0]);
	close(sp[1]);
}

static void pidfd_steal(void)
{
	int pidfd = (int)syscall(SYS_pidfd_open, getpid(), 0);
	int src = make("p1");
	int victim = make("p2");
	check("getfd-before", victim);
	close(victim);
	int got = (int)syscall(SYS_pidfd_getfd, pidfd, src, 0);
	check("pidfd_getfd", got);
	close(got);
	close(src);
	close(pidfd);
}

/* another process taking a copy of our fd cannot change our table */
static void getfd_by_child(void)
{
	int fd = make("q1");
	check("getfd-child-before", fd);
	pid_t p = fork();
	if (p == 0) {
		int pidfd = (int)syscall(SYS_pidfd_open, getppid(), 0);
		int got = (int)syscall(SYS_pidfd_getfd, pidfd, fd, 0);
		check("getfd-in-child", got);
		_exit(0);
	}
	waitpid(p, NULL, 0);
	check("getfd-child-parent", fd);
	close(fd);
}

/* ---- threads share the table ---- */

static int shared_fd;

static void *thread_replaces(void *arg)
{
	(void)arg;
	close(shared_fd);
	pipe_at(shared_fd);
	check("thread-replaced", shared_fd);
	return NULL;
}

static void *thread_unshares(void *arg)
{
	(void)arg;
	check("unshare-before", shared_fd);
	unshare(CLONE_FILES);
	close(shared_fd);
	pipe_at(shared_fd);
	check("unshared-thread", shared_fd);
	return NULL;
}

static void threads(void)
{
	pthread_t t;
	shared_fd = make("t1");
	check("thread-before", shared_fd);
	pthread_create(&t, NULL, thread_replaces, NULL);
	pthread_join(t, NULL);
	check("thread-main", shared_fd);
	close(shared_fd);

	shared_fd = make("u1");
	check("unshare-main-before", shared_fd);
	pthread_create(&t, NULL, thread_unshares, NULL);
	pthread_join(t, NULL);
	check("unshare-main-after", shared_fd);
	close(shared_fd);
}

/* ---- processes: fork copies, CLONE_FILES shares ---- */

static void forked(void)
{
	int fd = make("f1");
	check("fork-before", fd);
	pid_t p = fork();
	if (p == 0) {
		close(fd);
		pipe_at(fd);
		check("fork-child", fd);
		_exit(0);
	}
	waitpid(p, NULL, 0);
	check("fork-parent", fd);
	close(fd);
}

static int clone_child(void *arg)
{
	int fd = *(int *)arg;
	close(fd);
	pipe_at(fd);
	check("clone-files-child", fd);
	return 0;
}

static void clone_files(void)
{
	int fd = make("c1");
	check("clone-files-before", fd);
	/* a process (not a thread) sharing our table */
	pid_t p = (pid_t)syscall(SYS_clone, CLONE_FILES | SIGCHLD, NULL, NULL,
				 NULL, 0);
	if (p == 0)
		_exit(clone_child(&fd));
	waitpid(p, NULL, 0);
	check("clone-files-parent", fd);
	close(fd);
}

static void chdirs(void)
{
	char sub[4096];
	snprintf(sub, sizeof(sub), "%s/sub", dir);
	mkdir(sub, 0700);
	int d = open(sub, O_RDONLY | O_DIRECTORY);
	check("dirfd", d);
	fchdir(d);
	int fd = open("in-sub", O_CREAT | O_RDWR, 0600);
	check("relative-after-fchdir", fd);
	close(fd);
	chdir(dir);
	close(d);
}

static void io_uring_close(void)
{
	struct io_uring_params p;
	memset(&p, 0, sizeof(p));
	int ring = (int)syscall(SYS_io_uring_setup, 4, &p);
	if (ring < 0)
		return; /* not available: nothing to check */
	size_t sq_len = p.sq_off.array + p.sq_entries * sizeof(unsigned);
	void *sq = mmap(NULL, sq_len, PROT_READ | PROT_WRITE, MAP_SHARED, ring,
			IORING_OFF_SQ_RING);
	struct io_uring_sqe *sqes =
		mmap(NULL, p.sq_entries * sizeof(*sqes), PROT_READ | PROT_WRITE,
		     MAP_SHARED, ring, IORING_OFF_SQES);
	if (sq == MAP_FAILED || sqes == MAP_FAILED) {
		close(ring);
		return;
	}
	int fd = make("i1");
	check("uring-before", fd);
	unsigned *tail = (unsigned *)((char *)sq + p.sq_off.tail);
	unsigned *array = (unsigned *)((char *)sq + p.sq_off.array);
	memset(&sqes[0], 0, sizeof(sqes[0]));
	sqes[0].opcode = IORING_OP_CLOSE;
	sqes[0].fd = fd;
	array[0] = 0;
	__atomic_store_n(tail, *tail + 1, __ATOMIC_RELEASE);
	syscall(SYS_io_uring_enter, ring, 1, 1, IORING_ENTER_GETEVENTS, NULL,
		0);
	int pp[2];
	if (pipe2(pp, O_CLOEXEC) == 0) {
		if (pp[0] == fd)
			check("uring-closed", fd);
		close(pp[0]);
		close(pp[1]);
	}
	munmap(sq, sq_len);
	munmap(sqes, p.sq_entries * sizeof(*sqes));
	close(ring);
}

/* ---- execve closes close-on-exec fds ---- */

static void before_exec(char *self)
{
	int keep = make("e-keep");
	fcntl(keep, F_SETFD, 0);
	int gone = make("e-gone"); /* O_CLOEXEC */
	/* far from the fds the dynamic loader reuses after exec */
	int far = fcntl(gone, F_DUPFD_CLOEXEC, 50);
	check("exec-keep-before", keep);
	check("exec-gone-before", gone);
	check("exec-far-before", far);
	char k[16], g[16];
	snprintf(k, sizeof(k), "%d", keep);
	snprintf(g, sizeof(g), "%d", gone);
	execl("/proc/self/exe", self, dir, "after-exec", k, g, (char *)NULL);
	perror("execl");
	exit(1);
}

static char *self_name;
static int thread_keep;

/* the second execve is a thread's: it takes over the leader's pid */
static void *thread_execs(void *arg)
{
	(void)arg;
	int far = make("t-gone");
	if (far != 60 && dup3(far, 60, O_CLOEXEC) == 60)
		close(far);
	check("thread-exec-far-before", 60);
	char k[16];
	snprintf(k, sizeof(k), "%d", thread_keep);
	execl("/proc/self/exe", self_name, dir, "after-thread-exec", k,
	      (char *)NULL);
	perror("execl");
	exit(1);
}

static void after_exec(int keep, int gone)
{
	check("exec-keep-after", keep);
	check("exec-far-closed", 50);
	pipe_at(gone);
	check("exec-gone-reused", gone);
	close(gone);
	thread_keep = keep;
	pthread_t t;
	pthread_create(&t, NULL, thread_execs, NULL);
	pause();
}

static void after_thread_exec(int keep)
{
	check("thread-exec-keep-after", keep);
	check("thread-exec-far-closed", 60);
	close(keep);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: fd_reuse DIR\n");
		return 2;
	}
	dir = argv[1];
	if (chdir(dir) < 0)
		return 1;
	self_name = argv[0];
	if (argc == 5 && strcmp(argv[2], "after-exec") == 0)
		after_exec(atoi(argv[3]), atoi(argv[4]));
	if (argc == 4 && strcmp(argv[2], "after-thread-exec") == 0) {
		after_thread_exec(atoi(argv[3]));
		printf("DONE\n");
		return 0;
	}
	close_reopen();
	reuse_close_range();
	reuse_dup();
	failed_calls();
	names_change();
	scm_rights();
	pidfd_steal();
	threads();
	forked();
	getfd_by_child();
	clone_files();
	chdirs();
	io_uring_close();
	before_exec(argv[0]);
	return 1;
}
