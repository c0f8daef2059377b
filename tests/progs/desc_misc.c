/* Whole-file calls on fds: sync, truncate, allocate, advise, read
 * ahead, sync ranges, fchdir, xattrs; every flag and advice, unknown
 * ones, values past the kernel's types. Works in the current directory. */
#include <fcntl.h>
#include <linux/falloc.h>
#include <sys/syscall.h>
#include <sys/xattr.h>
#include <unistd.h>

int main(void)
{
	char buf[100];
	int fd = open("desc_misc.tmp", O_RDWR | O_CREAT | O_TRUNC, 0644);
	write(fd, "data", 4);
	fsync(fd);
	fdatasync(fd);
	syncfs(fd);
	fsync(-1);
	ftruncate(fd, 100);
	syscall(SYS_ftruncate, fd, -1L);
	fallocate(fd, 0, 0, 100);
	fallocate(fd, FALLOC_FL_KEEP_SIZE | FALLOC_FL_PUNCH_HOLE, 0, 10);
	fallocate(fd,
		  FALLOC_FL_ZERO_RANGE | FALLOC_FL_COLLAPSE_RANGE |
			  FALLOC_FL_INSERT_RANGE | FALLOC_FL_UNSHARE_RANGE |
			  FALLOC_FL_NO_HIDE_STALE | 0x100,
		  0, 10);
	fallocate(fd, 0x100, 0, 10);
	syscall(SYS_fallocate, fd, 0xffffffffffffffffUL, -1L, -2L);
	posix_fadvise(fd, 0, 100, POSIX_FADV_WILLNEED);
	posix_fadvise(fd, 0, 0, POSIX_FADV_NORMAL);
	posix_fadvise(fd, 10, 20, POSIX_FADV_SEQUENTIAL);
	posix_fadvise(fd, 10, 20, POSIX_FADV_RANDOM);
	posix_fadvise(fd, 10, 20, POSIX_FADV_NOREUSE);
	posix_fadvise(fd, 10, 20, POSIX_FADV_DONTNEED);
	syscall(SYS_fadvise64, fd, 10L, 20L, 9L);
	syscall(SYS_fadvise64, fd, -1L, -1L, 0xffffffffL);
	readahead(fd, 0, 4096);
	syscall(SYS_readahead, fd, -1L, -1L);
	sync_file_range(fd, 0, 100,
			SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE |
				SYNC_FILE_RANGE_WAIT_AFTER);
	sync_file_range(fd, 0, 0, 0);
	syscall(SYS_sync_file_range, fd, 0L, 0L, 8L);
	syscall(SYS_sync_file_range, fd, 0L, 0L, 0xffffffffffffffffUL);
	int d = open(".", O_RDONLY);
	fchdir(d);
	fchdir(-1);
	fsetxattr(fd, "user.test", "value\0x", 7, XATTR_CREATE);
	fsetxattr(fd, "user.test", "value", 5, XATTR_REPLACE);
	fsetxattr(fd, "user.test", "value", 5, 0);
	fsetxattr(fd, "user.test", "value", 5, 4);
	syscall(SYS_fsetxattr, fd, NULL, NULL, 0L, 0xffffffffffffffffUL);
	syscall(SYS_fsetxattr, fd, 1L, 1L, 5L, 0L);
	fgetxattr(fd, "user.test", buf, sizeof buf);
	fgetxattr(fd, "user.test", buf, 0);
	fgetxattr(fd, "user.nope", buf, sizeof buf);
	fgetxattr(fd, "user.test", NULL, 0);
	flistxattr(fd, buf, sizeof buf);
	flistxattr(fd, NULL, 0);
	flistxattr(fd, buf, 1);
	fremovexattr(fd, "user.test");
	fremovexattr(fd, "user.test");
	unlink("desc_misc.tmp");
	return 0;
}
