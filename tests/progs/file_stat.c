/* stat, lstat, fstat, newfstatat, statx, statfs, fstatfs, ustat on the
 * fixture (data/ in the current directory), devices and failing calls.
 * statfs only on file systems whose counters do not move (/proc, /sys). */
#include <fcntl.h>
#include <linux/stat.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <unistd.h>

int main(void)
{
	struct stat st;
	struct statx sx;
	struct statfs sf;
	int p[2];
	syscall(SYS_stat, "data/a.txt", &st);
	syscall(SYS_stat, "data", &st);
	syscall(SYS_lstat, "data/link", &st);
	syscall(SYS_lstat, "/dev/null", &st);
	syscall(SYS_stat, "nonexist", &st);
	syscall(SYS_stat, "data/a.txt", (void *)8);
	syscall(SYS_stat, "data/a.txt", NULL);
	syscall(SYS_stat, (void *)8, &st);
	int fd = open("data/a.txt", O_RDONLY);
	syscall(SYS_fstat, fd, &st);
	syscall(SYS_fstat, -1, &st);
	syscall(SYS_fstat, 0x100000000ULL | fd, &st);
	syscall(SYS_newfstatat, AT_FDCWD, "data", &st,
		AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT);
	syscall(SYS_newfstatat, fd, "", &st, AT_EMPTY_PATH);
	syscall(SYS_newfstatat, AT_FDCWD, "", &st, 0);
	syscall(SYS_newfstatat, AT_FDCWD, "data", &st, 0xffffffff);
	syscall(SYS_statx, AT_FDCWD, "data/a.txt", AT_STATX_SYNC_AS_STAT,
		STATX_BASIC_STATS, &sx);
	syscall(SYS_statx, AT_FDCWD, "data/link",
		AT_STATX_FORCE_SYNC | AT_SYMLINK_NOFOLLOW,
		STATX_TYPE | STATX_SIZE, &sx);
	syscall(SYS_statx, AT_FDCWD, "/dev/null", AT_STATX_DONT_SYNC,
		STATX_TYPE | STATX_MODE | 0x80000000, &sx);
	syscall(SYS_statx, AT_FDCWD, "/dev/null", 0, 0xffffffff, &sx);
	syscall(SYS_statx, AT_FDCWD, "nonexist", 0x6000, 0, &sx);
	syscall(SYS_statx, AT_FDCWD, "nonexist", 0xffffffff, 0x7ff, &sx);
	syscall(SYS_statx, AT_FDCWD, "nonexist", 0x100, 0x800, &sx);
	syscall(SYS_statx, fd, "", AT_EMPTY_PATH, STATX_MODE, (void *)8);
	syscall(SYS_statfs, "/proc", &sf);
	syscall(SYS_statfs, "/sys", &sf);
	syscall(SYS_statfs, "nonexist", &sf);
	syscall(SYS_statfs, "/proc", (void *)8);
	if (pipe(p) == 0)
		syscall(SYS_fstatfs, p[0], &sf);
	syscall(SYS_fstatfs, -1, &sf);
	syscall(SYS_ustat, makedev(8, 1), &sf);
	syscall(SYS_ustat, 0x100000801ULL, &sf);
	return 0;
}
