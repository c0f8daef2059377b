/* Values strace prints in parts or as composed text, each of which shows
 * differently under -X raw and -X verbose: capability words, statx's sync
 * type, mount's magic, swapon's priority, clone's exit signal, mmap's page
 * size bits, file modes and devices, UTIME_NOW, return comments (prctl,
 * fcntl, sched_getscheduler). Every call either fails harmlessly or
 * changes nothing outside this process. */
#include <fcntl.h>
#include <linux/capability.h>
#include <linux/securebits.h>
#include <sched.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	/* capability sets: the low word, the high word, unknown bits */
	struct __user_cap_header_struct h = {_LINUX_CAPABILITY_VERSION_3, 0};
	struct __user_cap_data_struct d[2] = {{0, 0, 0}, {1, 0x80000000, 0}};
	syscall(SYS_capset, &h, d);
	d[0].effective = 5;
	d[1].effective = 0x1ff | 0x8000;
	syscall(SYS_capset, &h, d);
	d[1].effective = 0;
	syscall(SYS_capset, &h, d);

	/* statx: the sync type first (AT_STATX_SYNC_AS_STAT is 0) */
	char sx[512];
	syscall(SYS_statx, AT_FDCWD, "/nonexist", 0, 0, sx);
	syscall(SYS_statx, AT_FDCWD, "/nonexist", 0x4000, 0, sx);
	syscall(SYS_statx, AT_FDCWD, "/nonexist", 0x6000 | AT_EMPTY_PATH, 0,
		sx);
	syscall(SYS_statx, AT_FDCWD, "/nonexist", 0x80000000, 0, sx);

	/* mount's MS_MGC_VAL, swapon's priority */
	syscall(SYS_mount, "/x", "/nonexist", "tmpfs", 0xc0ed0000UL, 0);
	syscall(SYS_mount, "/x", "/nonexist", "tmpfs", 0xc0ed0000UL | 1, 0);
	syscall(SYS_swapon, "/nonexist", 0x8000 | 0x80000 | 3);
	syscall(SYS_swapon, "/nonexist", 7);

	/* clone's exit signal after the flags; SIGCHLD blocked so that no
	 * signal line races the wait */
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	sigprocmask(SIG_BLOCK, &set, NULL);
	long pid = syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0);
	if (pid == 0)
		_exit(0);
	waitpid((pid_t)pid, NULL, 0);
	pid = syscall(SYS_clone, CLONE_FILES | SIGCHLD, 0, 0, 0, 0);
	if (pid == 0)
		_exit(0);
	waitpid((pid_t)pid, NULL, 0);
	syscall(SYS_clone, CLONE_NEWPID | CLONE_THREAD | 127, 0, 0, 0, 0);

	/* mmap's page size bits, with and without MAP_HUGETLB */
	syscall(SYS_mmap, 0, 4096, PROT_READ,
		MAP_PRIVATE | MAP_ANONYMOUS | 0x4000000, -1, 0);
	syscall(SYS_mmap, 0, 4096, PROT_READ | 0x10,
		MAP_PRIVATE | MAP_ANONYMOUS | MAP_HUGETLB | (21 << 26), -1, 0);
	syscall(SYS_mmap, 0, 4096, 0x10, 0x100000000UL | MAP_PRIVATE, -1, 0);

	/* modes and devices */
	mknod("/nonexist/x", S_IFCHR | 0600, makedev(1, 3));
	mknod("/nonexist/x", 0170000 | 0600, makedev(1, 3));
	mknod("/nonexist/x", S_IFIFO | S_ISUID | 0600, 0);
	mknod("/nonexist/x", 0600, 0);
	struct stat st;
	stat("/dev/null", &st);

	/* UTIME_NOW, UTIME_OMIT: a struct under -X raw */
	struct timespec ts[2] = {{5, UTIME_OMIT}, {6, UTIME_NOW}};
	utimensat(AT_FDCWD, "/nonexist", ts, 0);

	/* return comments */
	sched_getscheduler(0);
	prctl(PR_GET_DUMPABLE);
	prctl(PR_GET_SECUREBITS);
	prctl(PR_GET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS);
	int fd = open("/dev/null", O_RDONLY);
	fcntl(fd, F_GETFD);
	fcntl(fd, F_SETFD, FD_CLOEXEC);
	fcntl(fd, F_GETFD);
	fcntl(fd, F_GETFL);
	close(fd);
	return 0;
}
