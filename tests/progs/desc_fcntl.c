/* fcntl, every command with its argument, and flock: the returns strace
 * annotates (F_GETFD, F_GETFL, F_GETSIG, F_GETLEASE, F_GET_SEALS), locks
 * held by a child (l_pid), unknown commands and flag bits, values wider
 * than the kernel's int. Works in the current directory. */
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static long f(int fd, long cmd, unsigned long arg)
{
	return syscall(SYS_fcntl, fd, cmd, arg);
}

int main(void)
{
	int fd = open("desc_fcntl.tmp", O_RDWR | O_CREAT | O_TRUNC, 0644);
	int p[2];
	/* the child's death must not race with our calls in the trace */
	sigset_t chld;
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);
	pipe(p);
	pid_t child = fork();
	if (child == 0) {
		struct flock fl = {.l_type = F_WRLCK,
				   .l_whence = SEEK_SET,
				   .l_start = 5,
				   .l_len = 10};
		fcntl(fd, F_SETLK, &fl);
		write(p[1], "x", 1);
		pause();
		_exit(0);
	}
	char ch;
	read(p[0], &ch, 1);

	f(fd, F_DUPFD, 10);
	f(fd, F_DUPFD_CLOEXEC, 0);
	f(fd, F_DUPFD, 0x100000003UL);
	f(fd, F_GETFD, 0);
	f(fd, F_SETFD, FD_CLOEXEC);
	f(fd, F_GETFD, 0);
	f(fd, F_SETFD, 0);
	f(fd, F_GETFD, 0);
	f(fd, F_SETFD, 6);
	f(fd, F_SETFD, 0xffffffffffffffffUL);
	f(fd, F_GETFL, 0x55);
	f(fd, F_SETFL, O_NONBLOCK | O_APPEND);
	f(fd, F_GETFL, 0);
	f(fd, F_SETFL, 0x100000000UL | O_RDWR);
	f(0x100000000L | fd, 0x100000001L, 0);

	struct flock fl = {.l_type = F_RDLCK, .l_whence = SEEK_SET};
	f(fd, F_GETLK, (unsigned long)&fl);
	fl.l_type = F_WRLCK;
	fl.l_start = 30;
	fl.l_len = 20;
	fl.l_whence = SEEK_CUR;
	f(fd, F_SETLK, (unsigned long)&fl);
	f(fd, F_SETLKW, (unsigned long)&fl);
	fl.l_type = F_UNLCK;
	f(fd, F_SETLK, (unsigned long)&fl);
	fl.l_type = 7;
	fl.l_whence = 9;
	f(fd, F_SETLK, (unsigned long)&fl);
	f(fd, F_SETLK, 1);
	f(fd, F_GETLK, 1);
	f(fd, F_GETLK, 0);
	struct flock ofd = {
		.l_type = F_RDLCK, .l_whence = SEEK_SET, .l_start = 100};
	f(fd, F_OFD_GETLK, (unsigned long)&ofd);
	ofd.l_pid = 5;
	f(fd, F_OFD_GETLK, (unsigned long)&ofd);
	ofd.l_pid = 0;
	ofd.l_type = F_WRLCK;
	f(fd, F_OFD_SETLK, (unsigned long)&ofd);
	ofd.l_type = F_UNLCK;
	f(fd, F_OFD_SETLKW, (unsigned long)&ofd);

	f(fd, F_GETOWN, 0);
	f(fd, F_SETOWN, getpid());
	f(fd, F_GETOWN, 0);
	f(fd, F_SETOWN, 0x100000005UL);
	struct f_owner_ex ox = {F_OWNER_PGRP, 0};
	f(fd, F_SETOWN_EX, (unsigned long)&ox);
	f(fd, F_GETOWN_EX, (unsigned long)&ox);
	ox.type = 9;
	f(fd, F_SETOWN_EX, (unsigned long)&ox);
	f(fd, F_GETOWN_EX, 1);
	f(fd, F_SETOWN_EX, 0);
	f(fd, F_GETSIG, 0);
	f(fd, F_SETSIG, SIGIO);
	f(fd, F_GETSIG, 0);
	f(fd, F_SETSIG, SIGRTMIN + 3);
	f(fd, F_GETSIG, 0);
	f(fd, F_SETSIG, 100);
	f(fd, F_SETSIG, 0);

	int rd = open("desc_fcntl2.tmp", O_RDONLY | O_CREAT, 0644);
	f(rd, F_SETLEASE, F_RDLCK);
	f(rd, F_GETLEASE, 0);
	f(rd, F_SETLEASE, F_UNLCK);
	f(rd, F_GETLEASE, 0);
	f(rd, F_SETLEASE, 5);
	f(rd, F_SETLEASE, 0xffffffffffffffffUL);
	f(fd, F_NOTIFY, DN_ACCESS | DN_MODIFY | 0x100);
	int dir = open(".", O_RDONLY);
	f(dir, F_NOTIFY,
	  DN_CREATE | DN_DELETE | DN_RENAME | DN_ATTRIB | DN_MULTISHOT);
	f(dir, F_NOTIFY, 0);
	f(dir, F_NOTIFY, 0x100);
	f(p[0], F_GETPIPE_SZ, 0);
	f(p[0], F_SETPIPE_SZ, 8192);
	f(fd, F_SETPIPE_SZ, 0xffffffffUL);
	int m = memfd_create("seals", MFD_ALLOW_SEALING);
	f(m, F_GET_SEALS, 0);
	f(m, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE);
	f(m, F_GET_SEALS, 0);
	f(m, F_ADD_SEALS, 0x100);
	f(m, F_ADD_SEALS, 0);
	f(fd, F_GET_SEALS, 0);
	uint64_t hint = 2;
	f(fd, 1036 /* F_SET_RW_HINT */, (unsigned long)&hint);
	f(fd, 1035 /* F_GET_RW_HINT */, (unsigned long)&hint);
	f(fd, 17 /* F_GETOWNER_UIDS */, 0);
	f(fd, 1029 /* F_CANCELLK */, 0);
	f(fd, 1027, 0);
	f(fd, 12345, 6);
	f(-1, F_GETFD, 0);

	flock(fd, LOCK_SH);
	flock(fd, LOCK_EX | LOCK_NB);
	flock(fd, LOCK_UN);
	flock(fd, LOCK_SH | LOCK_NB | 0x40);
	flock(fd, 0);
	flock(fd, 0xc0);
	flock(fd, 0x100);

	kill(child, SIGKILL);
	waitpid(child, NULL, 0);
	unlink("desc_fcntl.tmp");
	unlink("desc_fcntl2.tmp");
	return 0;
}
