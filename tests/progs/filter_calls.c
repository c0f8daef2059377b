/* A deterministic mix of calls for the filter tests: file and fd calls
 * that succeed and fail, a symlink, a child and a thread (each waited
 * for, so that the order of lines is fixed), a signal raised to itself,
 * socket and vector I/O for -e read=/write=, and a program's own seccomp
 * filter. Run from a directory holding data/a.txt and data/link -> a.txt
 * (the differential fixture).
 *   filter_calls [MODE...]   files fork thread signal io sandbox exec
 *                            (default: files fork thread signal io) */
#include <errno.h>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

static void files(void)
{
	char buf[64];
	struct stat st;
	int fd = openat(AT_FDCWD, "data/a.txt", O_RDONLY);
	if (read(fd, buf, sizeof(buf)) < 0 || fstat(fd, &st) < 0)
		_exit(2);
	lseek(fd, 0, SEEK_SET);
	int fd2 = dup(fd);
	dup2(fd, 9);
	void *m = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 0);
	munmap(m, 4096);
	close(fd2);
	close(9);
	close(fd);
	openat(AT_FDCWD, "data/nosuch", O_RDONLY);
	stat("data/link", &st);
	lstat("data/link", &st);
	access("data/a.txt", R_OK);
	access("data/nosuch", R_OK);
	if (readlink("data/link", buf, sizeof(buf)) < 0)
		_exit(2);
	fd = open("data/link", O_RDONLY);
	if (pread(fd, buf, 4, 1) < 0)
		_exit(2);
	close(fd);
	if (!getcwd(buf, sizeof(buf)) && errno != ERANGE)
		_exit(2);
	mkdir("newdir", 0755);
	mkdir("newdir", 0755);
	rmdir("newdir");
	unlink("data/nosuch");
	if (chdir("data") < 0 || chdir("..") < 0)
		_exit(2);
	int p[2];
	if (pipe(p) < 0 || write(p[1], "x", 1) != 1)
		_exit(2);
	struct pollfd pfd = { .fd = p[0], .events = POLLIN };
	poll(&pfd, 1, 0);
	fd_set set;
	FD_ZERO(&set);
	FD_SET(p[0], &set);
	struct timeval tv = { 0, 0 };
	select(p[0] + 1, &set, NULL, NULL, &tv);
	close(p[0]);
	close(p[1]);
	getpid();
	getppid();
	struct utsname u;
	uname(&u);
	kill(getpid(), 0);
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	if (write(1, "files done\n", 11) != 11)
		_exit(2);
}

static void forked(void)
{
	pid_t pid = fork();
	if (pid == 0) {
		char buf[16];
		int fd = open("data/a.txt", O_RDONLY);
		if (read(fd, buf, sizeof(buf)) < 0)
			_exit(2);
		close(fd);
		open("data/nosuch", O_RDONLY);
		_exit(3);
	}
	int status;
	waitpid(pid, &status, 0);
}

static void *thread_main(void *arg)
{
	(void)arg;
	char buf[16];
	int fd = open("data/a.txt", O_RDONLY);
	if (read(fd, buf, sizeof(buf)) < 0)
		return NULL;
	close(fd);
	return NULL;
}

static void threaded(void)
{
	pthread_t th;
	pthread_create(&th, NULL, thread_main, NULL);
	pthread_join(th, NULL);
}

static void on_usr1(int sig)
{
	(void)sig;
	if (write(1, "usr1\n", 5) != 5)
		_exit(2);
}

static void signalled(void)
{
	struct sigaction sa = { 0 };
	sa.sa_handler = on_usr1;
	sigaction(SIGUSR1, &sa, NULL);
	raise(SIGUSR1);
	signal(SIGUSR1, SIG_DFL);
}

static void io(void)
{
	int sv[2];
	char buf[64];
	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) < 0)
		_exit(2);
	send(sv[0], "hello", 5, 0);
	recv(sv[1], buf, sizeof(buf), 0);
	struct iovec v[3] = { { "abc", 3 }, { "de", 2 }, { "0123456789abcdefghij", 20 } };
	if (writev(sv[0], v, 3) != 25)
		_exit(2);
	char r1[4], r2[64];
	struct iovec rv[2] = { { r1, 4 }, { r2, sizeof(r2) } };
	if (readv(sv[1], rv, 2) != 25)
		_exit(2);
	struct msghdr m = { 0 };
	m.msg_iov = v;
	m.msg_iovlen = 2;
	sendmsg(sv[0], &m, 0);
	struct msghdr rm = { 0 };
	rm.msg_iov = rv;
	rm.msg_iovlen = 2;
	recvmsg(sv[1], &rm, 0);
	write(sv[0], "", 0);
	close(sv[0]);
	close(sv[1]);
	if (write(1, "io done\n", 8) != 8)
		_exit(2);
}

/* the program's own filter: getcwd fails with EPERM, uname with EACCES */
static void sandbox(void)
{
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_getcwd, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_uname, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EACCES),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = { sizeof(f) / sizeof(f[0]), f };
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	if (syscall(__NR_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) < 0)
		_exit(2);
	char buf[64];
	if (getcwd(buf, sizeof(buf)) || errno != EPERM)
		_exit(4);
	struct utsname u;
	uname(&u);
	int fd = open("data/a.txt", O_RDONLY);
	close(fd);
}

int main(int argc, char **argv)
{
	static const char *const dflt[] = { "files", "fork", "thread",
					    "signal", "io" };
	int n = argc > 1 ? argc - 1 : 5;
	for (int i = 0; i < n; i++) {
		const char *mode = argc > 1 ? argv[i + 1] : dflt[i];
		if (strcmp(mode, "files") == 0)
			files();
		else if (strcmp(mode, "fork") == 0)
			forked();
		else if (strcmp(mode, "thread") == 0)
			threaded();
		else if (strcmp(mode, "signal") == 0)
			signalled();
		else if (strcmp(mode, "io") == 0)
			io();
		else if (strcmp(mode, "sandbox") == 0)
			sandbox();
		else if (strcmp(mode, "exec") == 0)
			execl("/bin/cat", "cat", "data/a.txt", (char *)NULL);
		else
			return 2;
	}
	return 0;
}
