/* Every kind of fd that is not a socket, for the -y/-yy differential
 * cases: files with odd names, directories, devices, deleted files,
 * O_TMPFILE, memfd, pipes, FIFOs, anon inodes (eventfd, timerfd,
 * signalfd, epoll, inotify, fanotify, userfaultfd, pidfd), namespace
 * fds. Each fd is shown by fsync, dup and close, whose lines strace
 * annotates. Runs in the current (scratch) directory. */
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/fanotify.h>
#include <sys/inotify.h>
#include <sys/mman.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <unistd.h>

static void show(int fd)
{
	if (fd < 0)
		return;
	fsync(fd);
	int d = dup(fd);
	close(d);
	close(fd);
}

static void odd_names(void)
{
	static const char *const names[] = {
		"plain", "a b",	 "a>b",	 "a<b",		"a<1",
		"a\nb",	 "a\"b", "a\\b", "caf\xc3\xa9", "\x01x",
		"\x7f",	 "\xff", "a\tb", "x (deleted)",
	};
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		int fd = open(names[i], O_CREAT | O_RDWR, 0600);
		show(fd);
		unlink(names[i]);
	}
}

static void deleted(void)
{
	int fd = open("gone", O_CREAT | O_RDWR, 0600);
	unlink("gone");
	show(fd);
	/* a new file by the same name: the fd still refers to the old */
	fd = open("again", O_CREAT | O_RDWR, 0600);
	unlink("again");
	int other = open("again", O_CREAT | O_RDWR, 0600);
	show(fd);
	close(other);
	unlink("again");
	/* unlinked, but another name remains */
	fd = open("one", O_CREAT | O_RDWR, 0600);
	link("one", "two");
	unlink("one");
	show(fd);
	unlink("two");
	mkdir("dir", 0700);
	fd = open("dir", O_RDONLY | O_DIRECTORY);
	rmdir("dir");
	show(fd);
	show(open(".", O_TMPFILE | O_RDWR, 0600));
	show(memfd_create("mem", 0));
	show(memfd_create("we<ird>", MFD_CLOEXEC));
}

static void devices(void)
{
	show(open("/dev/null", O_RDWR));
	show(open("/dev/zero", O_RDONLY));
	int m = posix_openpt(O_RDWR | O_NOCTTY);
	if (m >= 0 && grantpt(m) == 0 && unlockpt(m) == 0) {
		const char *pts = ptsname(m);
		if (pts)
			show(open(pts, O_RDWR | O_NOCTTY));
	}
	show(m);
	show(open("/", O_RDONLY | O_DIRECTORY));
	show(open("/proc/self/ns/net", O_RDONLY));
	mkfifo("fifo", 0600);
	show(open("fifo", O_RDWR));
	unlink("fifo");
}

static void anon(void)
{
	int p[2];
	if (pipe(p) == 0) {
		show(p[0]);
		show(p[1]);
	}
	show(eventfd(0, 0));
	show(timerfd_create(CLOCK_MONOTONIC, 0));
	sigset_t m;
	sigemptyset(&m);
	sigaddset(&m, SIGUSR1);
	show(signalfd(-1, &m, 0));
	show(epoll_create1(0));
	show(inotify_init1(0));
	show(fanotify_init(0, 0));
	show((int)syscall(SYS_userfaultfd, 0));
	/* getpid's line lets the harness map the pid in pid:N */
	show((int)syscall(SYS_pidfd_open, getpid(), 0));
}

int main(void)
{
	odd_names();
	deleted();
	devices();
	anon();
	return 0;
}
