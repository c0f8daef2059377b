/* access, readlink, mkdir, rmdir, unlink, rename, link, symlink, chmod,
 * chown, utime*, truncate, getcwd, chdir, chroot, pivot_root, mknod,
 * uselib, acct, swapon/swapoff in a scratch directory ft/, with flags
 * strace names, unknown bits and failing calls. Nothing here changes the
 * system: chroot, pivot_root, acct, swapon fail on missing paths. */
#include <fcntl.h>
#include <linux/fs.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	char buf[256];
	memset(buf, 'x', sizeof(buf));
	mkdir("ft", 0755);
	if (chdir("ft"))
		return 1;
	int fd = open("f", O_WRONLY | O_CREAT, 0644);
	symlink("f", "l");
	symlink("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "ll");
	syscall(SYS_access, "f", F_OK);
	syscall(SYS_access, "f", R_OK | W_OK | X_OK);
	syscall(SYS_access, "f", 0x10 | R_OK);
	syscall(SYS_faccessat, AT_FDCWD, "f", W_OK);
	syscall(SYS_faccessat2, AT_FDCWD, "f", W_OK,
		AT_EACCESS | AT_SYMLINK_NOFOLLOW);
	syscall(SYS_faccessat2, AT_FDCWD, "f", 0, 0);
	syscall(SYS_faccessat2, AT_FDCWD, "nonexist", 0, 0xffffffff);
	syscall(SYS_readlink, "l", buf, sizeof(buf));
	syscall(SYS_readlink, "ll", buf, 10);
	syscall(SYS_readlink, "f", buf, sizeof(buf));
	syscall(SYS_readlink, "l", (void *)8, sizeof(buf));
	syscall(SYS_readlinkat, AT_FDCWD, "ll", buf, sizeof(buf));
	syscall(SYS_mkdir, "sub", 0755);
	syscall(SYS_mkdir, "nonexist/x", 0xffffffff);
	syscall(SYS_mkdirat, AT_FDCWD, "sub2", 01777);
	syscall(SYS_rmdir, "sub2");
	syscall(SYS_unlinkat, AT_FDCWD, "sub", AT_REMOVEDIR);
	syscall(SYS_unlinkat, AT_FDCWD, "nonex", 0);
	syscall(SYS_unlinkat, AT_FDCWD, "nonex", 0xffffffff);
	syscall(SYS_unlink, "nonex");
	syscall(SYS_rename, "f", "g");
	syscall(SYS_renameat, AT_FDCWD, "g", AT_FDCWD, "f");
	syscall(SYS_renameat2, AT_FDCWD, "f", AT_FDCWD, "g", RENAME_NOREPLACE);
	syscall(SYS_renameat2, AT_FDCWD, "g", AT_FDCWD, "l",
		RENAME_EXCHANGE | RENAME_WHITEOUT | 0x80);
	syscall(SYS_renameat2, AT_FDCWD, "g", AT_FDCWD, "f", 0);
	syscall(SYS_renameat2, AT_FDCWD, "nonex", AT_FDCWD, "nonex2",
		0xffffffff);
	syscall(SYS_link, "f", "h");
	syscall(SYS_linkat, AT_FDCWD, "f", AT_FDCWD, "h2", AT_SYMLINK_FOLLOW);
	syscall(SYS_linkat, AT_FDCWD, "f", AT_FDCWD, "h3", 0);
	syscall(SYS_linkat, AT_FDCWD, "nonex", AT_FDCWD, "h4", 0xffffffff);
	syscall(SYS_symlink, "target", "s");
	syscall(SYS_symlinkat, "target", AT_FDCWD, "s2");
	syscall(SYS_chmod, "f", 04755);
	syscall(SYS_chmod, "f", 0170644);
	syscall(SYS_chmod, "nonexist", 0x1ffffffffULL);
	syscall(SYS_fchmod, fd, 0644);
	syscall(SYS_fchmodat, AT_FDCWD, "f", 0600);
	syscall(SYS_fchmodat, AT_FDCWD, "nonexist", 0, 0xffffffff);
	syscall(SYS_chown, "f", -1, -1);
	syscall(SYS_chown, "f", 0, 1000);
	syscall(SYS_lchown, "l", 65534, -1);
	syscall(SYS_fchown, fd, -1, 0);
	syscall(SYS_fchownat, AT_FDCWD, "l", 0, 0, AT_SYMLINK_NOFOLLOW);
	syscall(SYS_fchownat, fd, "", 0, 0, AT_EMPTY_PATH);
	syscall(SYS_fchownat, AT_FDCWD, "nonexist", 0, 0, 0xffffffff);
	long ub[2] = {1700000000, 1700000001};
	syscall(SYS_utime, "f", ub);
	syscall(SYS_utime, "f", NULL);
	syscall(SYS_utime, "f", (void *)8);
	struct timeval tv[2] = {{1700000000, 5}, {1700000001, 6}};
	syscall(SYS_utimes, "f", tv);
	syscall(SYS_utimes, "f", NULL);
	struct timeval tv2[2] = {{0, 0}, {0, 1000000}};
	syscall(SYS_utimes, "nonexist", tv2);
	syscall(SYS_futimesat, AT_FDCWD, "f", tv);
	struct timespec ts[2] = {{1700000000, 5}, {0, UTIME_NOW}};
	syscall(SYS_utimensat, AT_FDCWD, "f", ts, 0);
	struct timespec ts2[2] = {{0, UTIME_OMIT}, {1, UTIME_NOW}};
	syscall(SYS_utimensat, AT_FDCWD, "f", ts2, AT_SYMLINK_NOFOLLOW);
	struct timespec ts3[2] = {{1, 2000000000}, {-1, 5}};
	syscall(SYS_utimensat, AT_FDCWD, "nonexist", ts3, 0);
	struct timespec ts4[2] = {{0, 0}, {0, -1}};
	syscall(SYS_utimensat, AT_FDCWD, "nonexist", ts4, 0);
	syscall(SYS_utimensat, AT_FDCWD, "f", NULL, 0);
	syscall(SYS_utimensat, AT_FDCWD, "f", (void *)8, 0);
	syscall(SYS_utimensat, fd, NULL, NULL, 0);
	syscall(SYS_utimensat, AT_FDCWD, "nonexist", NULL, 0xffffffff);
	syscall(SYS_truncate, "f", 10);
	syscall(SYS_truncate, "f", 0xffffffffULL);
	syscall(SYS_truncate, "nonexist", -1LL);
	syscall(SYS_getcwd, buf, sizeof(buf));
	syscall(SYS_getcwd, buf, 2);
	syscall(SYS_getcwd, (void *)8, 100);
	syscall(SYS_chdir, "..");
	syscall(SYS_chdir, "ft");
	syscall(SYS_chdir, NULL);
	syscall(SYS_chroot, "nonexist");
	syscall(SYS_pivot_root, "nonexist", "nonexist2");
	syscall(SYS_mknod, "fifo", S_IFIFO | 0644, 0);
	syscall(SYS_mknod, "cdev", S_IFCHR | 0600, makedev(1, 3));
	syscall(SYS_mknodat, AT_FDCWD, "bdev", S_IFBLK | 0600,
		makedev(259, 65536 + 3));
	syscall(SYS_mknodat, AT_FDCWD, "reg", S_IFREG | 0600, makedev(1, 3));
	syscall(SYS_mknodat, AT_FDCWD, "sock", S_IFSOCK | 0600, 0);
	syscall(SYS_mknodat, AT_FDCWD, "x", 0600, 0);
	syscall(SYS_mknod, "nonexist/x", 04600, 0);
	syscall(SYS_mknod, "nonexist/x", S_IFIFO | 04600, 0);
	syscall(SYS_mknod, "nonexist/x", S_IFIFO | 01000, 0);
	syscall(SYS_mknod, "nonexist/x", 0xffffffff, 0xffffffffffffffffULL);
	syscall(SYS_mknod, "nonexist/x", S_IFCHR | (0xffffffff & ~S_IFMT),
		makedev(0xfff, 0xfffff));
	syscall(SYS_mknod, "nonexist/x", S_IFCHR, 0x123456789abcdefULL);
	syscall(SYS_mknod, "nonexist/x", 0100000 | 07777, 0);
	syscall(SYS_mknod, "nonexist/x", 0110000 | 0777, 0);
	syscall(SYS_uselib, "nonexist");
	syscall(SYS_acct, "nonexist");
	syscall(SYS_swapon, "nonexist", 0);
	syscall(SYS_swapon, "nonexist",
		0x10000 | 0x8000 | 5 | 0x20000 | 0x40000);
	syscall(SYS_swapon, "nonexist", 0x8000);
	syscall(SYS_swapon, "nonexist", 0x10000);
	syscall(SYS_swapon, "nonexist", 0x80000 | 0x10000);
	syscall(SYS_swapon, "nonexist", 7);
	syscall(SYS_swapoff, "nonexist");
	return 0;
}
