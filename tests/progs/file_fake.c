/* Structures the kernel would never return: after a seccomp filter makes
 * every call but write and exit_group return 0 without running, the
 * tracers decode what this program put in the buffers. That shows how
 * odd values print (unknown types and flags, invalid times, huge ids). */
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <linux/stat.h>
#include <stddef.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static void fake_all(void)
{
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
			 offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_write, 1, 0),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_exit_group, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | 0),
	};
	struct sock_fprog p = {sizeof(f) / sizeof(f[0]), f};
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &p);
}

int main(void)
{
	struct stat st;
	struct statx sx;
	struct statfs sf;
	fake_all();

	memset(&sf, 0, sizeof(sf));
	sf.f_type = 0x19800202;
	sf.f_flags = 0xffffffff;
	sf.f_fsid.__val[0] = -1;
	syscall(SYS_statfs, "/", &sf);
	sf.f_type = 0xEF53;
	sf.f_flags = 0;
	syscall(SYS_statfs, "/", &sf);
	sf.f_type = 0x65735543;
	sf.f_flags = 0x80 | 0x100 | 0x200 | 0x2000 | 0x1000 | 0x10000;
	syscall(SYS_fstatfs, 0, &sf);

	memset(&st, 0, sizeof(st));
	st.st_dev = 0x123456789abcdefULL;
	st.st_ino = 0xffffffffffffffffULL;
	st.st_mode = 0170777;
	st.st_nlink = 3;
	st.st_uid = -1;
	st.st_gid = 5;
	st.st_rdev = 0x800000008ULL;
	st.st_size = -1;
	st.st_blksize = -2;
	st.st_blocks = 7;
	st.st_atim.tv_nsec = 1000000000;
	st.st_mtim.tv_sec = -1;
	st.st_ctim.tv_sec = 0x7fffffffffffffffLL;
	st.st_ctim.tv_nsec = 1;
	syscall(SYS_stat, "/", &st);
	st.st_mode = S_IFBLK | 06755;
	syscall(SYS_lstat, "/", &st);
	st.st_mode = 0;
	syscall(SYS_stat, "/", &st);
	st.st_mode = S_IFCHR;
	syscall(SYS_fstat, 0, &st);
	memset(&st, 0, sizeof(st));
	st.st_atim.tv_nsec = 5;
	st.st_mtim.tv_sec = 5;
	syscall(SYS_newfstatat, AT_FDCWD, "/", &st, 0);

	memset(&sx, 0xff, sizeof(sx));
	syscall(SYS_statx, AT_FDCWD, "/", 0, 0xfff, &sx);
	memset(&sx, 0, sizeof(sx));
	sx.stx_mask = 0x3fff;
	sx.stx_blksize = 1;
	sx.stx_attributes = 0xffffffffffffffffULL;
	sx.stx_nlink = 2;
	sx.stx_uid = 3;
	sx.stx_gid = 4;
	sx.stx_mode = S_IFCHR | 0600;
	sx.stx_ino = 5;
	sx.stx_size = 6;
	sx.stx_blocks = 7;
	sx.stx_attributes_mask = 0x30;
	sx.stx_atime.tv_sec = 8;
	sx.stx_atime.tv_nsec = 9;
	sx.stx_btime.tv_nsec = 2000000000;
	sx.stx_rdev_major = 10;
	sx.stx_rdev_minor = 11;
	sx.stx_dev_major = 12;
	sx.stx_dev_minor = 13;
	sx.stx_mnt_id = 14;
	sx.stx_dio_mem_align = 15;
	sx.stx_dio_offset_align = 16;
	syscall(SYS_statx, AT_FDCWD, "/", 0, 0xfff, &sx);
	sx.stx_mask = 0;
	syscall(SYS_statx, AT_FDCWD, "/", 0, 0xfff, &sx);
	sx.stx_mask = STATX_BASIC_STATS;
	syscall(SYS_statx, AT_FDCWD, "/", 0, 0xfff, &sx);
	sx.stx_mask = STATX_TYPE | STATX_ATIME | STATX_MTIME;
	sx.stx_atime.tv_sec = 0;
	sx.stx_atime.tv_nsec = 5;
	sx.stx_mtime.tv_sec = 5;
	syscall(SYS_statx, AT_FDCWD, "/", 0, 0xfff, &sx);

	struct timespec ts[2] = {{0, 0}, {0, 5}};
	struct timespec ts2[2] = {{5, 0}, {0, 999999999}};
	struct timeval tv[2] = {{0, 1}, {-5, -1}};
	long ub[2] = {0, -1};
	syscall(SYS_utimensat, AT_FDCWD, "/x", ts, 0);
	syscall(SYS_utimensat, AT_FDCWD, "/x", ts2, 0);
	syscall(SYS_utimes, "/x", tv);
	syscall(SYS_utime, "/x", ub);

	struct {
		struct file_handle fh;
		unsigned char b[256];
	} h = {{4, 7}, {1, 2, 3, 4}};
	int mid = 42;
	syscall(SYS_name_to_handle_at, AT_FDCWD, "/", &h, &mid, 0);
	h.fh.handle_bytes = 200;
	syscall(SYS_name_to_handle_at, AT_FDCWD, "/", &h, &mid, 0);
	char buf[16] = "abc";
	syscall(SYS_getcwd, buf, sizeof(buf));
	syscall(SYS_readlink, "/x", buf, sizeof(buf));
	syscall(SYS_getxattr, "/x", "user.x", buf, sizeof(buf));
	syscall(SYS_listxattr, "/x", buf, sizeof(buf));
	return 0;
}
