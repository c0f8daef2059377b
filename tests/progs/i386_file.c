/* An i386 tracee's file and descriptor calls (cc -m32): the calls only
 * i386 has (_llseek, stat64, statfs64, fcntl64, mmap2, truncate64,
 * fadvise64_64, sendfile64, _newselect, readdir, the old stats) and the
 * shared ones whose 64-bit arguments take two registers there (pread64,
 * fallocate, fadvise64, readahead, sync_file_range), with normal and
 * edge-case arguments. Works in the current directory. */
#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <stdint.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <sys/select.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

/* i386's struct flock: 32-bit offsets; struct flock64 (F_*LK64,
 * F_OFD_*): 64-bit offsets, packed to 4 bytes */
struct flock32 {
	int16_t type, whence;
	int32_t start, len, pid;
};
struct flock64_i386 {
	int16_t type, whence;
	int64_t start, len;
	int32_t pid;
} __attribute__((packed, aligned(4)));

int main(void)
{
	char st[256], buf[64];
	long long res = 0;
	int fd = open("i386_file.tmp", O_RDWR | O_CREAT | O_TRUNC, 0644);
	write(fd, "0123456789", 10);

	/* _llseek: offset high word first, the result written back */
	syscall(SYS__llseek, fd, 0, 5, &res, SEEK_SET);
	syscall(SYS__llseek, fd, 1, 5, &res, SEEK_SET);
	syscall(SYS__llseek, fd, 0xffffffff, 0xfffffffe, &res, SEEK_CUR);
	syscall(SYS__llseek, fd, 0, 5, NULL, SEEK_END);
	syscall(SYS__llseek, fd, 0, 5, 8, 7);
	syscall(SYS__llseek, fd, 0, 0, &res, SEEK_DATA);
	syscall(SYS__llseek, 99, 0, 5, &res, SEEK_HOLE);
	lseek(fd, 3, SEEK_SET);
	syscall(SYS_lseek, fd, -1, SEEK_CUR);

	/* the stat64 family */
	syscall(SYS_stat64, "i386_file.tmp", st);
	syscall(SYS_stat64, "nonexistent", st);
	syscall(SYS_stat64, "i386_file.tmp", NULL);
	syscall(SYS_stat64, "i386_file.tmp", 16);
	syscall(SYS_lstat64, "/dev/null", st);
	syscall(SYS_lstat64, "data/link", st);
	syscall(SYS_fstat64, fd, st);
	syscall(SYS_fstat64, -1, st);
	syscall(SYS_fstatat64, AT_FDCWD, "i386_file.tmp", st, 0);
	syscall(SYS_fstatat64, AT_FDCWD, "", st,
		AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW);
	syscall(SYS_fstatat64, fd, "", st, 0x1234);
	/* the old ones: struct stat */
	syscall(SYS_stat, "i386_file.tmp", st);
	syscall(SYS_lstat, "data/link", st);
	syscall(SYS_fstat, fd, st);
	syscall(SYS_oldstat, "i386_file.tmp", st);
	syscall(SYS_oldlstat, "data/link", st);
	syscall(SYS_oldfstat, fd, st);

	/* statfs64: the size of the structure comes first */
	syscall(SYS_statfs64, ".", 84, st);
	syscall(SYS_statfs64, ".", 80, st);
	syscall(SYS_statfs64, ".", 88, st);
	syscall(SYS_statfs64, "nonexistent", 84, st);
	syscall(SYS_fstatfs64, fd, 84, st);
	syscall(SYS_fstatfs64, fd, 3, st);
	syscall(SYS_statfs, ".", st);
	syscall(SYS_fstatfs, fd, st);

	/* 64-bit lengths in two registers, low word first */
	syscall(SYS_truncate64, "i386_file.tmp", 100, 0);
	syscall(SYS_truncate64, "i386_file.tmp", 0, 1);
	syscall(SYS_truncate64, "nonexistent", 1, 0);
	syscall(SYS_ftruncate64, fd, 200, 0);
	syscall(SYS_ftruncate64, fd, 0xffffffff, 0x7fffffff);
	syscall(SYS_truncate, "i386_file.tmp", 10);
	syscall(SYS_ftruncate, fd, 10);
	syscall(SYS_fadvise64_64, fd, 1, 2, 3, 4, POSIX_FADV_DONTNEED);
	syscall(SYS_fadvise64_64, fd, 0, 0, 0, 0, 77);
	syscall(SYS_fadvise64, fd, 1, 2, 3, POSIX_FADV_WILLNEED);
	syscall(SYS_fadvise64, fd, 0xffffffff, 0xffffffff, 0xffffffff, 9);
	posix_fadvise(fd, 0, 100, POSIX_FADV_SEQUENTIAL);
	syscall(SYS_fallocate, fd, 0, 0, 0, 4096, 0);
	syscall(SYS_fallocate, fd, 1, 1, 1, 1, 1);
	syscall(SYS_fallocate, fd, 0x100, 0xffffffff, 0xffffffff, 0, 0);
	fallocate(fd, 0, 0, 8192);
	syscall(SYS_sync_file_range, fd, 1, 0, 100, 0, 1);
	syscall(SYS_sync_file_range, fd, 0, 1, 0, 1, 0xff);
	sync_file_range(fd, 0, 100, SYNC_FILE_RANGE_WAIT_BEFORE);
	syscall(SYS_readahead, fd, 1, 1, 4096);
	readahead(fd, 0, 100);

	/* pread64 and friends: the offset last, in two registers */
	syscall(SYS_pread64, fd, buf, 4, 2, 0);
	syscall(SYS_pwrite64, fd, "ab", 2, 3, 0);
	syscall(SYS_pread64, fd, buf, 4, 0, 1);
	pread(fd, buf, 3, 1);
	pwrite(fd, "xy", 2, 1);
	struct iovec iov[2] = {{buf, 3}, {buf + 3, 5}};
	preadv(fd, iov, 2, 1);
	pwritev(fd, iov, 2, 2);
	readv(fd, iov, 2);
	writev(fd, iov, 2);
	preadv2(fd, iov, 2, 0, RWF_HIPRI);
	syscall(SYS_preadv, fd, iov, 2, 0xffffffff, 0x7fffffff);

	/* mmap2: the offset in pages */
	void *p = (void *)syscall(SYS_mmap2, 0, 8192, PROT_READ, MAP_SHARED,
				  fd, 0);
	syscall(SYS_mmap2, 0, 4096, PROT_READ | PROT_WRITE,
		MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	syscall(SYS_mmap2, 0, 4096, PROT_READ, MAP_PRIVATE, fd, 0x100000);
	syscall(SYS_mmap2, 0, 4096, 0xf0, 0xf00000, fd, 0xfffff);
	syscall(SYS_mmap2, 0x10000, 4096, PROT_NONE,
		MAP_PRIVATE | MAP_FIXED_NOREPLACE | MAP_ANONYMOUS |
			MAP_NORESERVE | MAP_POPULATE,
		-1, 0);
	munmap(p, 8192);
	/* old_mmap: the arguments in memory */
	uint32_t mm[6] = {0, 4096, PROT_READ, MAP_PRIVATE, (uint32_t)fd, 0};
	syscall(SYS_mmap, mm);
	syscall(SYS_mmap, 0);

	/* fcntl and fcntl64: struct flock, struct flock64 */
	struct flock64_i386 fl = {F_WRLCK, SEEK_SET, 0, 10, 0};
	struct flock32 fl32 = {F_RDLCK, SEEK_CUR, 1, 2, 0};
	syscall(SYS_fcntl64, fd, 13 /* F_SETLK64 */, &fl);
	syscall(SYS_fcntl64, fd, 12 /* F_GETLK64 */, &fl);
	syscall(SYS_fcntl64, fd, 14 /* F_SETLKW64 */, &fl);
	syscall(SYS_fcntl64, fd, F_SETLK, &fl32);
	syscall(SYS_fcntl64, fd, F_GETLK, &fl32);
	syscall(SYS_fcntl64, fd, F_OFD_GETLK, &fl);
	syscall(SYS_fcntl64, fd, F_OFD_SETLK, &fl);
	syscall(SYS_fcntl64, fd, F_GETFL);
	syscall(SYS_fcntl64, fd, F_SETFL, O_NONBLOCK | O_APPEND);
	syscall(SYS_fcntl64, fd, F_DUPFD_CLOEXEC, 10);
	syscall(SYS_fcntl64, fd, F_GETFD);
	syscall(SYS_fcntl64, fd, F_SETFD, FD_CLOEXEC);
	syscall(SYS_fcntl64, fd, F_GETFD);
	syscall(SYS_fcntl64, fd, 12345);
	syscall(SYS_fcntl64, fd, 14 /* F_SETLKW64 */, 16);
	syscall(SYS_fcntl64, fd, 13 /* F_SETLK64 */, NULL);
	syscall(SYS_fcntl64, fd, F_SETOWN, -5);
	syscall(SYS_fcntl, fd, F_SETLK, &fl32);
	syscall(SYS_fcntl, fd, F_GETLK, &fl32);
	syscall(SYS_fcntl, fd, 12 /* F_GETLK64 */, &fl);
	syscall(SYS_fcntl, fd, 13 /* F_SETLK64 */, &fl);
	syscall(SYS_fcntl, fd, F_OFD_SETLK, &fl);
	fcntl(fd, F_SETLK, &(struct flock){F_UNLCK, SEEK_SET, 0, 0, 0});

	/* sendfile64: a 64-bit offset read and written back */
	int out = open("i386_file.out", O_WRONLY | O_CREAT | O_TRUNC, 0600);
	long long off = 2;
	syscall(SYS_sendfile64, out, fd, &off, 3);
	syscall(SYS_sendfile64, out, fd, NULL, 3);
	syscall(SYS_sendfile64, out, fd, 16, 3);
	int32_t off32 = 1;
	syscall(SYS_sendfile, out, fd, &off32, 2);

	/* directories */
	int dfd = open("data", O_RDONLY | O_DIRECTORY);
	syscall(SYS_getdents, dfd, buf, sizeof(buf));
	syscall(SYS_getdents, dfd, buf, 4);
	lseek(dfd, 0, SEEK_SET);
	syscall(SYS_getdents64, dfd, buf, sizeof(buf));
	lseek(dfd, 0, SEEK_SET);
	syscall(SYS_readdir, dfd, buf, 1);
	syscall(SYS_readdir, dfd, NULL, 1);
	close(dfd);

	/* select, _newselect, poll, epoll: 32-bit fd_set words */
	int pfd[2];
	pipe(pfd);
	write(pfd[1], "x", 1);
	fd_set r, w;
	FD_ZERO(&r);
	FD_ZERO(&w);
	FD_SET(pfd[0], &r);
	FD_SET(pfd[1], &w);
	struct {
		int32_t sec, usec;
	} tv = {0, 1000};
	syscall(SYS__newselect, pfd[1] + 1, &r, &w, NULL, &tv);
	syscall(SYS__newselect, pfd[1] + 1, &r, NULL, NULL, NULL);
	syscall(SYS__newselect, 40, &r, &w, &r, &tv);
	syscall(SYS__newselect, -1, NULL, NULL, NULL, NULL);
	syscall(SYS_select, 16);
	struct timeval tv2 = {0, 500};
	select(pfd[1] + 1, &r, &w, NULL, &tv2);
	struct pollfd pf[2] = {{pfd[0], POLLIN, 0}, {pfd[1], POLLOUT, 0}};
	poll(pf, 2, 10);
	int ep = epoll_create1(EPOLL_CLOEXEC);
	struct epoll_event ev = {EPOLLIN | EPOLLET, {.u64 = 0x1122334455667788ULL}};
	epoll_ctl(ep, EPOLL_CTL_ADD, pfd[0], &ev);
	struct epoll_event evs[2];
	epoll_wait(ep, evs, 2, 10);
	epoll_pwait(ep, evs, 2, 0, NULL);
	close(ep);
	dup2(pfd[0], 20);
	dup3(pfd[0], 21, O_CLOEXEC);
	close(20);
	close(21);
	close(pfd[0]);
	close(pfd[1]);

	close(out);
	close(fd);
	unlink("i386_file.out");
	unlink("i386_file.tmp");
	return 0;
}
