/* Reads and writes on fds, with the edge cases strace prints specially:
 * buffers shown up to the return value, iovecs filled partly, failed
 * calls (addresses), unknown whence and flags, splice offsets, the fd
 * table calls. Works in the current directory. */
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/sendfile.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

static char buf[256];

int main(void)
{
	static const char data[] =
		"hello world\n\0\1\2\377abcdefghijklmnopqrstuvwxyz0123456789";
	int fd = open("desc_io.tmp", O_RDWR | O_CREAT | O_TRUNC, 0644);
	int p[2];
	/* a page with nothing mapped after it */
	char *pg = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(pg + 4096, 4096);

	write(fd, data, 50);
	lseek(fd, 0, SEEK_SET);
	read(fd, buf, 5);
	read(fd, buf, 200);
	read(fd, buf, 200);
	read(-1, buf, 10);
	syscall(SYS_read, fd, NULL, 10);
	pread64(fd, buf, 10, 3);
	pwrite64(fd, "xy", 2, 100);
	syscall(SYS_pread64, fd, buf, 10, -5L);
	write(fd, pg + 4093, 3);
	syscall(SYS_write, fd, pg + 4093, 5);

	struct iovec iov[3] = {{buf, 4}, {buf + 10, 8}, {buf + 20, 100}};
	lseek(fd, 0, SEEK_SET);
	readv(fd, iov, 3);
	writev(fd, iov, 2);
	preadv(fd, iov, 3, 0);
	pwritev(fd, iov, 2, 5);
	preadv2(fd, iov, 3, 0, RWF_HIPRI);
	pwritev2(fd, iov, 2, -1, RWF_DSYNC | RWF_APPEND | 0x100);
	preadv2(fd, iov, 1, 0, 0);
	syscall(SYS_preadv2, fd, iov, 1, 0, 0, 0x100);
	syscall(SYS_readv, fd, (void *)1, 3);
	readv(fd, iov, 0);
	writev(fd, NULL, 0);
	struct iovec bad[3] = {{buf, 4}, {NULL, 0}, {(void *)1, 100}};
	readv(fd, bad, 3);
	writev(fd, bad, 3);
	struct iovec *edge = (void *)(pg + 4096 - sizeof(struct iovec));
	edge->iov_base = "abc";
	edge->iov_len = 3;
	writev(fd, edge, 2);
	writev(fd, edge, 1);
	struct iovec many[40];
	for (int i = 0; i < 40; i++) {
		many[i].iov_base = "ab";
		many[i].iov_len = 2;
	}
	writev(fd, many, 40);

	pipe(p);
	write(p[1], "hello", 5);
	readv(p[0], iov, 3);

	lseek(fd, 1, SEEK_CUR);
	lseek(fd, -1, SEEK_END);
	lseek(fd, 0, SEEK_DATA);
	lseek(fd, 0, SEEK_HOLE);
	syscall(SYS_lseek, fd, 0, 7);
	syscall(SYS_lseek, fd, 0, -1);

	int d = dup(fd);
	dup2(d, 20);
	dup3(d, 21, O_CLOEXEC);
	dup3(d, 22, 0);
	syscall(SYS_dup3, d, 23, 0x1234);
	syscall(SYS_dup3, d, 23, 0x4);
	dup2(100, 101);
	close(20);
	close(-1);

	off_t off = 0;
	sendfile(p[1], fd, &off, 10);
	sendfile(p[1], fd, NULL, 10);
	syscall(SYS_sendfile, p[1], fd, (void *)1, 10);
	off = 1000000;
	sendfile(p[1], fd, &off, 10);
	sendfile(99, fd, &off, 10);
	loff_t o1 = 2, o2 = 0;
	splice(fd, &o1, p[1], NULL, 5,
	       SPLICE_F_MOVE | SPLICE_F_NONBLOCK | SPLICE_F_MORE |
		       SPLICE_F_GIFT);
	splice(p[0], NULL, fd, &o2, 5, 0);
	splice(p[0], NULL, fd, &o2, 5, 0x10);
	syscall(SYS_splice, p[0], NULL, fd, (void *)1, 5, 0);
	int q[2];
	pipe2(q, O_NONBLOCK);
	tee(p[0], q[1], 100, SPLICE_F_NONBLOCK);
	struct iovec hw[2] = {{"hello", 5}, {"world", 5}};
	vmsplice(q[1], hw, 2, SPLICE_F_GIFT);
	int fd2 = open("desc_io2.tmp", O_RDWR | O_CREAT | O_TRUNC, 0644);
	o1 = 0;
	o2 = 0;
	copy_file_range(fd, &o1, fd2, &o2, 10, 0);
	copy_file_range(fd, NULL, fd2, NULL, 10, 0);
	copy_file_range(fd, NULL, fd2, NULL, 10, 3);
	syscall(SYS_close_range, 50, 60, 0);
	syscall(SYS_close_range, 50, ~0U, 6);
	syscall(SYS_close_range, 50, ~0U - 1, 8);
	syscall(SYS_close_range, 3000000000U, 3000000001U, 0);
	unlink("desc_io.tmp");
	unlink("desc_io2.tmp");
	return 0;
}
