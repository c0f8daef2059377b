/* Unit tests of the desc family on fake memory: buffers and iovecs
 * bounded by the return value, faults part-way through arrays, absurd
 * counts and lengths, unknown flags and commands, the annotated returns
 * of fcntl, ioctl names and structures, poll/select comments, dirents
 * with corrupt records, i386 layouts. Expected lines are strace 6.1's. */
#include "unit.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <sys/uio.h>

#include "filter/sets.h"

#define BASE 0x10000ULL

/* a memory image at BASE; tests write structures into it */
static unsigned char mem[65536];

static void put(uint64_t addr, const void *p, size_t n)
{
	memcpy(mem + (addr - BASE), p, n);
}

static void put64(uint64_t addr, uint64_t v)
{
	put(addr, &v, 8);
}

static void put32(uint64_t addr, uint32_t v)
{
	put(addr, &v, 4);
}

static struct unit_call u;

static void setup(const char *name, uint64_t a0, uint64_t a1, uint64_t a2,
		  uint64_t a3, uint64_t a4, uint64_t a5, size_t len)
{
	uint64_t args[6] = {a0, a1, a2, a3, a4, a5};
	sb_free(&u.out); /* unit_call_init starts a new line buffer */
	unit_call_init(&u, name, args, BASE, mem, len);
}

static const char *run(int64_t rval, int err)
{
	return unit_render(&u, rval, err);
}


static void test_buffers(void)
{
	memset(mem, 0, sizeof(mem));
	put(BASE, "hello world, this is more than thirty-two bytes", 47);
	setup("read", 3, BASE, 100, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.read_ret_bounds", unit_flat(run(5, 0)),
		  "read(3, \"hello\", 100) = 5");
	setup("read", 3, BASE, 100, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.read_s_limit", unit_flat(run(47, 0)),
		  "read(3, \"hello world, this is more than t\"..., 100) = 47");
	setup("read", 3, BASE, 100, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.read_failed_addr", unit_flat(run(-1, EBADF)),
		  "read(3, 0x10000, 100) = -1 EBADF (Bad file descriptor)");
	/* the buffer runs out of mapped memory */
	setup("write", 1, BASE + sizeof(mem) - 3, 5, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.write_past_end", unit_flat(run(5, 0)),
		  "write(1, 0x1fffd, 5) = 5");
	/* a count the size of the address space reads only -s bytes */
	setup("write", 1, BASE, UINT64_MAX, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.write_absurd_len", unit_flat(run(-1, EFAULT)),
		  "write(1, \"hello world, this is more than t\"..., "
		  "18446744073709551615) = -1 EFAULT (Bad address)");
	setup("pread64", 3, BASE, 10, (uint64_t)-5, 0, 0, sizeof(mem));
	CHECK_STR("desc.pread_negative", unit_flat(run(-1, EINVAL)),
		  "pread64(3, 0x10000, 10, -5) = -1 EINVAL (Invalid argument)");
	setup("fgetxattr", 3, BASE + 100, BASE, 0, 0, 0, sizeof(mem));
	put(BASE + 100, "user.x", 7);
	CHECK_STR("desc.fgetxattr_ret", unit_flat(run(5, 0)),
		  "fgetxattr(3, \"user.x\", \"hello\", 0) = 5");
}

static void test_iovec(void)
{
	memset(mem, 0, sizeof(mem));
	put(BASE + 0x1000, "abcdefgh", 8);
	put(BASE + 0x2000, "ijklmnop", 8);
	uint64_t iov = BASE;
	put64(iov, BASE + 0x1000);
	put64(iov + 8, 4);
	put64(iov + 16, BASE + 0x2000);
	put64(iov + 24, 8);
	put64(iov + 32, 0);
	put64(iov + 40, 0);
	setup("readv", 3, iov, 3, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.readv_ret_bounds", unit_flat(run(6, 0)),
		  "readv(3, [{iov_base=\"abcd\", iov_len=4}, {iov_base=\"ij\", "
		  "iov_len=8}, {iov_base=NULL, iov_len=0}], 3) = 6");
	setup("readv", 3, iov, 2, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.readv_failed_bases", unit_flat(run(-1, EFAULT)),
		  "readv(3, [{iov_base=0x11000, iov_len=4}, {iov_base=0x12000, "
		  "iov_len=8}], 2) = -1 EFAULT (Bad address)");
	setup("writev", 3, iov, 2, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.writev_all", unit_flat(run(12, 0)),
		  "writev(3, [{iov_base=\"abcd\", iov_len=4}, "
		  "{iov_base=\"ijklmnop\", "
		  "iov_len=8}], 2) = 12");
	/* the second element is past the image */
	uint64_t edge = BASE + sizeof(mem) - 16;
	put64(edge, BASE + 0x1000);
	put64(edge + 8, 2);
	setup("writev", 3, edge, 3, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.writev_unreadable_elem", unit_flat(run(2, 0)),
		  "writev(3, [{iov_base=\"ab\", iov_len=2}, ... /* 0x20000 "
		  "*/], 3) = 2");
	setup("writev", 3, 0xdead0000, 3, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.writev_unreadable", unit_flat(run(-1, EFAULT)),
		  "writev(3, 0xdead0000, 3) = -1 EFAULT (Bad address)");
	/* 2^62 elements of 16 bytes wrap around: not an array */
	setup("writev", 3, iov, 1ULL << 62, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.writev_wrapping_count", unit_flat(run(-1, EINVAL)),
		  "writev(3, 0x10000, 4611686018427387904) = -1 EINVAL "
		  "(Invalid argument)");
	/* a large count shows the -s limit of elements */
	for (int i = 0; i < 40; i++) {
		put64(BASE + 0x3000 + i * 16, BASE + 0x1000);
		put64(BASE + 0x3000 + i * 16 + 8, 1);
	}
	u.cfg.string_limit = 2;
	setup("writev", 3, BASE + 0x3000, 40, 0, 0, 0, sizeof(mem));
	u.cfg.string_limit = 2;
	CHECK_STR("desc.writev_elem_limit", unit_flat(run(40, 0)),
		  "writev(3, [{iov_base=\"a\", iov_len=1}, {iov_base=\"a\", "
		  "iov_len=1}, ...], 40) = 40");
	setup("preadv2", 3, iov, 1, 0, 7, 0x100, sizeof(mem));
	CHECK_STR("desc.preadv2_flags_arg5", unit_flat(run(4, 0)),
		  "preadv2(3, [{iov_base=\"abcd\", iov_len=4}], 1, 0, 0x100 /* "
		  "RWF_??? */) = 4");
	setup("pwritev2", 3, iov, 1, 0, 0, RWF_HIPRI | RWF_APPEND | 0x100,
	      sizeof(mem));
	CHECK_STR("desc.pwritev2_flags", unit_flat(run(4, 0)),
		  "pwritev2(3, [{iov_base=\"abcd\", iov_len=4}], 1, 0, "
		  "RWF_HIPRI|RWF_APPEND|0x100) = 4");
	/* i386: 8-byte iovecs */
	put32(BASE + 0x4000, (uint32_t)(BASE + 0x1000));
	put32(BASE + 0x4004, 3);
	setup("writev", 3, BASE + 0x4000, 1, 0, 0, 0, sizeof(mem));
	u.mem.wordsize = 4;
	CHECK_STR("desc.writev_i386", unit_flat(run(3, 0)),
		  "writev(3, [{iov_base=\"abc\", iov_len=3}], 1) = 3");
}

static void test_flags(void)
{
	setup("lseek", 3, 0, 7, 0, 0, 0, 0);
	CHECK_STR("desc.lseek_unknown", unit_flat(run(-1, EINVAL)),
		  "lseek(3, 0, 0x7 /* SEEK_??? */) = -1 EINVAL (Invalid "
		  "argument)");
	setup("lseek", 3, (uint64_t)-1, SEEK_END, 0, 0, 0, 0);
	CHECK_STR("desc.lseek_end", unit_flat(run(99, 0)),
		  "lseek(3, -1, SEEK_END) = 99");
	setup("dup3", 4, 23, 0x1234, 0, 0, 0, 0);
	CHECK_STR("desc.dup3_flags", unit_flat(run(-1, EINVAL)),
		  "dup3(4, 23, O_TRUNC|O_DSYNC|0x34) = -1 EINVAL (Invalid "
		  "argument)");
	setup("dup3", 4, 23, 4, 0, 0, 0, 0);
	CHECK_STR(
		"desc.dup3_unknown_only", unit_flat(run(-1, EINVAL)),
		"dup3(4, 23, 0x4 /* O_??? */) = -1 EINVAL (Invalid argument)");
	setup("flock", 3, 0xc0 | LOCK_NB, 0, 0, 0, 0, 0);
	CHECK_STR("desc.flock_rw", unit_flat(run(0, 0)),
		  "flock(3, LOCK_NB|LOCK_RW) = 0");
	setup("flock", 3, 0x100, 0, 0, 0, 0, 0);
	CHECK_STR("desc.flock_unknown", unit_flat(run(-1, EINVAL)),
		  "flock(3, 0x100 /* LOCK_??? */) = -1 EINVAL (Invalid "
		  "argument)");
	setup("close_range", 50, 0xffffffff, 0xffffffffffffffffULL, 0, 0, 0, 0);
	CHECK_STR("desc.close_range_width", unit_flat(run(-1, EINVAL)),
		  "close_range(50, 4294967295, CLOSE_RANGE_UNSHARE|"
		  "CLOSE_RANGE_CLOEXEC|0xfffffff9) = -1 EINVAL (Invalid "
		  "argument)");
	setup("memfd_create", 0, MFD_CLOEXEC | MFD_HUGETLB | (21u << 26), 0, 0,
	      0, 0, 0);
	CHECK_STR("desc.memfd_huge", unit_flat(run(-1, EFAULT)),
		  "memfd_create(NULL, "
		  "MFD_CLOEXEC|MFD_HUGETLB|21<<MFD_HUGE_SHIFT) "
		  "= -1 EFAULT (Bad address)");
	setup("memfd_create", 0, 0x8, 0, 0, 0, 0, 0);
	CHECK_STR("desc.memfd_unknown", unit_flat(run(-1, EFAULT)),
		  "memfd_create(NULL, 0x8 /* MFD_??? */) = -1 EFAULT (Bad "
		  "address)");
	setup("fanotify_init", 0xc | 0x4000000, 0, 0, 0, 0, 0, 0);
	CHECK_STR("desc.fanotify_class", unit_flat(run(-1, EINVAL)),
		  "fanotify_init(0xc /* FAN_CLASS_??? */|0x4000000 /* FAN_??? "
		  "*/, "
		  "O_RDONLY) = -1 EINVAL (Invalid argument)");
	setup("setns", 3, 1, 0, 0, 0, 0, 0);
	CHECK_STR("desc.setns_unknown", unit_flat(run(-1, EINVAL)),
		  "setns(3, 0x1 /* CLONE_NEW??? */) = -1 EINVAL (Invalid "
		  "argument)");
	setup("eventfd2", 0xffffffffffffffffULL, 0x800, 0, 0, 0, 0, 0);
	CHECK_STR("desc.eventfd2", unit_flat(run(5, 0)),
		  "eventfd2(4294967295, EFD_NONBLOCK) = 5");
	setup("timerfd_create", 99, 0, 0, 0, 0, 0, 0);
	CHECK_STR("desc.timerfd_clock", unit_flat(run(-1, EINVAL)),
		  "timerfd_create(0x63 /* CLOCK_??? */, 0) = -1 EINVAL "
		  "(Invalid argument)");
}

static void test_fcntl(void)
{
	setup("fcntl", 3, F_GETFD, 0, 0, 0, 0, 0);
	CHECK_STR("desc.fcntl_getfd", unit_flat(run(1, 0)),
		  "fcntl(3, F_GETFD) = 0x1 (flags FD_CLOEXEC)");
	setup("fcntl", 3, F_GETFD, 0, 0, 0, 0, 0);
	CHECK_STR("desc.fcntl_getfd_zero", unit_flat(run(0, 0)),
		  "fcntl(3, F_GETFD) = 0");
	setup("fcntl", 3, F_GETFL, 0x55, 0, 0, 0, 0);
	CHECK_STR("desc.fcntl_getfl", unit_flat(run(0x8002, 0)),
		  "fcntl(3, F_GETFL) = 0x8002 (flags O_RDWR|O_LARGEFILE)");
	setup("fcntl", 3, F_SETFD, 0xffffffffffffffffULL, 0, 0, 0, 0);
	CHECK_STR("desc.fcntl_setfd_width", unit_flat(run(0, 0)),
		  "fcntl(3, F_SETFD, FD_CLOEXEC|0xfffffffe) = 0");
	setup("fcntl", 3, 0x100000001ULL, 0, 0, 0, 0, 0);
	CHECK_STR("desc.fcntl_cmd_int", unit_flat(run(0, 0)),
		  "fcntl(3, F_GETFD) = 0");
	setup("fcntl", 3, F_DUPFD, 0x100000003ULL, 0, 0, 0, 0);
	CHECK_STR("desc.fcntl_dupfd_long", unit_flat(run(8, 0)),
		  "fcntl(3, F_DUPFD, 4294967299) = 8");
	setup("fcntl", 3, 12345, 6, 0, 0, 0, 0);
	CHECK_STR("desc.fcntl_unknown", unit_flat(run(-1, EINVAL)),
		  "fcntl(3, 0x3039 /* F_??? */, 0x6) = -1 EINVAL (Invalid "
		  "argument)");
	setup("fcntl", 3, F_GETSIG, 0, 0, 0, 0, 0);
	CHECK_STR("desc.fcntl_getsig", unit_flat(run(29, 0)),
		  "fcntl(3, F_GETSIG) = 29 (SIGIO)");
	setup("fcntl", 3, F_GETLEASE, 0, 0, 0, 0, 0);
	CHECK_STR("desc.fcntl_getlease", unit_flat(run(2, 0)),
		  "fcntl(3, F_GETLEASE) = 0x2 (F_UNLCK)");
	setup("fcntl", 3, F_GET_SEALS, 0, 0, 0, 0, 0);
	CHECK_STR("desc.fcntl_seals", unit_flat(run(0xe, 0)),
		  "fcntl(3, F_GET_SEALS) = 0xe (seals "
		  "F_SEAL_SHRINK|F_SEAL_GROW|F_SEAL_WRITE)");
	setup("fcntl", 3, F_SETLEASE, 0xffffffffffffffffULL, 0, 0, 0, 0);
	CHECK_STR("desc.fcntl_lease_64", unit_flat(run(-1, EINVAL)),
		  "fcntl(3, F_SETLEASE, 0xffffffffffffffff /* F_??? */) = -1 "
		  "EINVAL (Invalid argument)");
	memset(mem, 0, sizeof(mem));
	struct flock fl = {.l_type = F_WRLCK,
			   .l_whence = SEEK_CUR,
			   .l_start = 10,
			   .l_len = 20,
			   .l_pid = 77};
	put(BASE, &fl, sizeof(fl));
	setup("fcntl", 3, F_SETLK, BASE, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.fcntl_setlk", unit_flat(run(0, 0)),
		  "fcntl(3, F_SETLK, {l_type=F_WRLCK, l_whence=SEEK_CUR, "
		  "l_start=10, l_len=20}) = 0");
	setup("fcntl", 3, F_GETLK, BASE, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.fcntl_getlk", unit_flat(run(0, 0)),
		  "fcntl(3, F_GETLK, {l_type=F_WRLCK, l_whence=SEEK_CUR, "
		  "l_start=10, l_len=20, l_pid=77}) = 0");
	setup("fcntl", 3, F_GETLK, BASE, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.fcntl_getlk_failed", unit_flat(run(-1, EINVAL)),
		  "fcntl(3, F_GETLK, 0x10000) = -1 EINVAL (Invalid argument)");
	fl.l_type = 7;
	fl.l_whence = 9;
	put(BASE, &fl, sizeof(fl));
	setup("fcntl", 3, F_SETLK, BASE, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.fcntl_flock_unknown", unit_flat(run(-1, EINVAL)),
		  "fcntl(3, F_SETLK, {l_type=0x7 /* F_??? */, l_whence=0x9 /* "
		  "SEEK_??? */, "
		  "l_start=10, l_len=20}) = -1 EINVAL (Invalid argument)");
	setup("fcntl", 3, F_SETLK, 0xdead0000, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.fcntl_flock_fault", unit_flat(run(-1, EFAULT)),
		  "fcntl(3, F_SETLK, 0xdead0000) = -1 EFAULT (Bad address)");
	/* i386: off_t is 4 bytes */
	int32_t fl32[4] = {F_RDLCK | (SEEK_SET << 16), 5, 6, 9};
	put(BASE, fl32, sizeof(fl32));
	setup("fcntl", 3, F_GETLK, BASE, 0, 0, 0, sizeof(mem));
	u.mem.wordsize = 4;
	CHECK_STR("desc.fcntl_getlk_i386", unit_flat(run(0, 0)),
		  "fcntl(3, F_GETLK, {l_type=F_RDLCK, l_whence=SEEK_SET, "
		  "l_start=5, l_len=6, l_pid=9}) = 0");
}

static void test_ioctl(void)
{
	memset(mem, 0, sizeof(mem));
	setup("ioctl", 3, 0x5402 /* TCSETS */, 0, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.ioctl_or_names", unit_flat(run(-1, EFAULT)),
		  "ioctl(3, SNDCTL_TMR_START or TCSETS, NULL) = -1 EFAULT (Bad "
		  "address)");
	setup("ioctl", 3, 0x80085401, BASE, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.ioctl_unknown_ioc", unit_flat(run(-1, ENOTTY)),
		  "ioctl(3, _IOC(_IOC_READ, 0x54, 0x1, 0x8), 0x10000) = -1 "
		  "ENOTTY "
		  "(Inappropriate ioctl for device)");
	setup("ioctl", 3, 0, 0, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.ioctl_zero", unit_flat(run(-1, ENOTTY)),
		  "ioctl(3, _IOC(_IOC_NONE, 0, 0, 0), 0) = -1 ENOTTY "
		  "(Inappropriate ioctl for device)");
	setup("ioctl", 3, 0x1ffffffffULL, 0, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.ioctl_request_32bit", unit_flat(run(-1, ENOTTY)),
		  "ioctl(3, _IOC(_IOC_READ|_IOC_WRITE, 0xff, 0xff, 0x3fff), 0) "
		  "= -1 ENOTTY "
		  "(Inappropriate ioctl for device)");
	/* struct termios: c_iflag c_oflag c_cflag c_lflag c_line c_cc[19] */
	uint32_t t[4] = {0x500, 0x5, 0xbf, 0x8a3b};
	put(BASE, t, sizeof(t));
	static const unsigned char cc[19] = {3, 0x1c, 0x7f, 0x15, 4, 0, 1};
	put(BASE + 17, cc, sizeof(cc));
	setup("ioctl", 3, 0x5401 /* TCGETS */, BASE, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.ioctl_tcgets", unit_flat(run(0, 0)),
		  "ioctl(3, TCGETS, {c_iflag=ICRNL|IXON, "
		  "c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, "
		  "c_cflag=B38400|CS8|CREAD, "
		  "c_lflag=ISIG|ICANON|ECHO|ECHOE|ECHOK|IEXTEN|ECHOCTL|ECHOKE, "
		  "...}) = 0");
	setup("ioctl", 3, 0x5401, BASE, 0, 0, 0, sizeof(mem));
	sysset_clear(&u.cfg.abbrev);
	CHECK_STR("desc.ioctl_tcgets_v", unit_flat(run(0, 0)),
		  "ioctl(3, TCGETS, {c_iflag=ICRNL|IXON, "
		  "c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, "
		  "c_cflag=B38400|CS8|CREAD, "
		  "c_lflag=ISIG|ICANON|ECHO|ECHOE|ECHOK|IEXTEN|ECHOCTL|ECHOKE, "
		  "c_line=N_TTY, c_cc=[[VINTR]=0x3, [VQUIT]=0x1c, "
		  "[VERASE]=0x7f, [VKILL]=0x15, "
		  "[VEOF]=0x4, [VTIME]=0, [VMIN]=0x1, [VSWTC]=0, [VSTART]=0, "
		  "[VSTOP]=0, [VSUSP]=0, "
		  "[VEOL]=0, [VREPRINT]=0, [VDISCARD]=0, [VWERASE]=0, "
		  "[VLNEXT]=0, [VEOL2]=0, "
		  "[17]=0, [18]=0]}) = 0");
	memset(mem, 0, 64);
	setup("ioctl", 3, 0x5402, BASE, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.ioctl_termios_zero", unit_flat(run(0, 0)),
		  "ioctl(3, SNDCTL_TMR_START or TCSETS, {c_iflag=, "
		  "c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|, "
		  "c_cflag=B0|CS5|, c_lflag=, ...}) = 0");
	setup("ioctl", 3, 0x5401, BASE, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.ioctl_tcgets_failed", unit_flat(run(-1, ENOTTY)),
		  "ioctl(3, TCGETS, 0x10000) = -1 ENOTTY (Inappropriate ioctl "
		  "for device)");
	setup("ioctl", 3, 0x5413 /* TIOCGWINSZ */, BASE + sizeof(mem) - 4, 0, 0,
	      0, sizeof(mem));
	CHECK_STR("desc.ioctl_winsz_fault", unit_flat(run(0, 0)),
		  "ioctl(3, TIOCGWINSZ, 0x1fffc) = 0");
	put32(BASE, 1);
	setup("ioctl", 3, 0x5421 /* FIONBIO */, BASE, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.ioctl_fionbio", unit_flat(run(0, 0)),
		  "ioctl(3, FIONBIO, [1]) = 0");
	setup("ioctl", 3, 0x5451 /* FIOCLEX */, 0, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.ioctl_noarg", unit_flat(run(0, 0)), "ioctl(3, FIOCLEX) = 0");
	setup("ioctl", 3, 0x540b /* TCFLSH */, 7, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.ioctl_tcflsh_unknown", unit_flat(run(-1, EINVAL)),
		  "ioctl(3, TCFLSH, 0x7 /* TC??? */) = -1 EINVAL (Invalid "
		  "argument)");
	setup("ioctl", 3, 0x540b, 2, 0, 0, 0, sizeof(mem));
	/* -e raw=ioctl: every argument in hex, as strace */
	sysset_add(&u.cfg.raw, PERS_X86_64, u.call.nr);
	CHECK_STR("desc.ioctl_raw", unit_flat(run(0, 0)),
		  "ioctl(0x3, 0x540b, 0x2) = 0");
}

static void test_poll(void)
{
	memset(mem, 0, sizeof(mem));
	struct pollfd f[3] = {{3, POLLIN, POLLIN},
			      {-1, POLLIN, 0},
			      {4, POLLOUT, POLLOUT | POLLERR}};
	put(BASE, f, sizeof(f));
	setup("poll", BASE, 3, 100, 0, 0, 0, sizeof(mem));
	CHECK_STR(
		"desc.poll_revents", unit_flat(run(2, 0)),
		"poll([{fd=3, events=POLLIN}, {fd=-1}, {fd=4, "
		"events=POLLOUT}], 3, 100) = 2 "
		"([{fd=3, revents=POLLIN}, {fd=4, revents=POLLOUT|POLLERR}])");
	setup("poll", BASE, 1, 0, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.poll_timeout", unit_flat(run(0, 0)),
		  "poll([{fd=3, events=POLLIN}], 1, 0) = 0 (Timeout)");
	/* a billion entries: the -s limit of them, then "..." */
	setup("poll", BASE, 1000000000, 0, 0, 0, 0, sizeof(mem));
	u.cfg.string_limit = 2;
	CHECK_STR("desc.poll_huge_nfds", unit_flat(run(-1, EINVAL)),
		  "poll([{fd=3, events=POLLIN}, {fd=-1}, ...], 1000000000, 0) "
		  "= -1 EINVAL "
		  "(Invalid argument)");
	setup("poll", BASE + sizeof(mem) - 8, 3, 0, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.poll_fault", unit_flat(run(-1, EFAULT)),
		  "poll([{fd=0, events=0}, ... /* 0x20000 */], 3, 0) = -1 "
		  "EFAULT (Bad address)");
	/* the comment stops before strace's 1024-byte buffer is full */
	struct pollfd many[64];
	for (int i = 0; i < 64; i++) {
		many[i].fd = 100000 + i;
		many[i].events = POLLIN;
		many[i].revents = POLLIN | POLLOUT | POLLRDNORM | POLLWRNORM;
	}
	put(BASE, many, sizeof(many));
	setup("poll", BASE, 64, 0, 0, 0, 0, sizeof(mem));
	u.cfg.string_limit = 100;
	const char *line = run(64, 0);
	const char *c = strstr(line, " = 64 (");
	CHECK("desc.poll_comment_cap",
	      c && strlen(c + 6) < 1024 && strstr(c, "}, ...])"));
	uint64_t ts[2] = {1, 500};
	put(BASE + 0x1000, ts, sizeof(ts));
	put(BASE, f, sizeof(f));
	setup("ppoll", BASE, 1, BASE + 0x1000, 0, 8, 0, sizeof(mem));
	CHECK_STR("desc.ppoll_left", unit_flat(run(1, 0)),
		  "ppoll([{fd=3, events=POLLIN}], 1, {tv_sec=1, tv_nsec=500}, "
		  "NULL, 8) = 1 "
		  "([{fd=3, revents=POLLIN}], left {tv_sec=1, tv_nsec=500})");
}

static void test_select(void)
{
	memset(mem, 0, sizeof(mem));
	mem[0] = 0x28;	 /* fds 3, 5 */
	mem[128] = 0x10; /* fd 4 */
	setup("select", 6, BASE, BASE + 128, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.select_sets", unit_flat(run(3, 0)),
		  "select(6, [3 5], [4], NULL, NULL) = 3 (in [3 5], out [4])");
	/* strace shows as many fds as the call returned */
	setup("select", 6, BASE, BASE + 128, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.select_ready_count", unit_flat(run(1, 0)),
		  "select(6, [3 5], [4], NULL, NULL) = 1 (in [3])");
	/* a set emptied by an alias still closes a bracket, as in strace */
	mem[0] = 0;
	setup("select", 6, BASE, BASE + 128, BASE, 0, 0, sizeof(mem));
	CHECK_STR("desc.select_empty_after", unit_flat(run(2, 0)),
		  "select(6, [], [4], [], NULL) = 2 (out [4]])");
	mem[0] = 0x28;
	setup("select", (uint64_t)-1, BASE, 0, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.select_negative", unit_flat(run(-1, EINVAL)),
		  "select(-1, 0x10000, NULL, NULL, NULL) = -1 EINVAL (Invalid "
		  "argument)");
	/* more fds than the image holds: the address */
	setup("select", 0x7fffffff, BASE, 0, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.select_huge", unit_flat(run(-1, EINVAL)),
		  "select(2147483647, 0x10000, NULL, NULL, NULL) = -1 EINVAL "
		  "(Invalid argument)");
	/* only bits below nfds belong to the set */
	mem[0] = 0xff;
	setup("select", 2, BASE, 0, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.select_nfds_bits", unit_flat(run(0, 0)),
		  "select(2, [0 1], NULL, NULL, NULL) = 0 (Timeout)");
	uint64_t data[2] = {0, 8};
	put(BASE + 0x100, data, sizeof(data));
	setup("pselect6", 0, 0, 0, 0, 0, BASE + 0x100, sizeof(mem));
	CHECK_STR("desc.pselect6_data", unit_flat(run(0, 0)),
		  "pselect6(0, NULL, NULL, NULL, NULL, {sigmask=NULL, "
		  "sigsetsize=8}) = 0 (Timeout)");
}

static void test_dirents(void)
{
	memset(mem, 0, sizeof(mem));
	/* two linux_dirent64: 24 bytes each */
	unsigned char d[48] = {0};
	d[0] = 1;
	d[8] = 9;
	d[16] = 24;
	d[18] = 4; /* DT_DIR */
	d[19] = '.';
	d[24] = 2;
	d[32] = 10;
	d[40] = 24;
	d[42] = 8; /* DT_REG */
	memcpy(d + 43, "ab", 2);
	put(BASE, d, sizeof(d));
	setup("getdents64", 3, BASE, 32768, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.getdents64_abbrev", unit_flat(run(48, 0)),
		  "getdents64(3, 0x10000 /* 2 entries */, 32768) = 48");
	setup("getdents64", 3, BASE, 32768, 0, 0, 0, sizeof(mem));
	sysset_clear(&u.cfg.abbrev);
	CHECK_STR("desc.getdents64_v", unit_flat(run(48, 0)),
		  "getdents64(3, [{d_ino=1, d_off=9, d_reclen=24, "
		  "d_type=DT_DIR, d_name=\".\"}, "
		  "{d_ino=2, d_off=10, d_reclen=24, d_type=DT_REG, "
		  "d_name=\"ab\"}], 32768) = 48");
	/* a record longer than what is left, and a zero-length one */
	d[40] = 200;
	put(BASE, d, sizeof(d));
	setup("getdents64", 3, BASE, 32768, 0, 0, 0, sizeof(mem));
	sysset_clear(&u.cfg.abbrev);
	CHECK_STR("desc.getdents64_bad_reclen", unit_flat(run(48, 0)),
		  "getdents64(3, [{d_ino=1, d_off=9, d_reclen=24, "
		  "d_type=DT_DIR, d_name=\".\"}, "
		  "...], 32768) = 48");
	d[16] = 0;
	put(BASE, d, sizeof(d));
	setup("getdents64", 3, BASE, 32768, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.getdents64_zero_reclen", unit_flat(run(48, 0)),
		  "getdents64(3, 0x10000 /* 0 entries */, 32768) = 48");
	/* a return value larger than the image */
	setup("getdents64", 3, BASE, 1u << 30, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.getdents64_unreadable", unit_flat(run(1 << 30, 0)),
		  "getdents64(3, 0x10000, 1073741824) = 1073741824");
	setup("getdents64", 3, BASE, 32768, 0, 0, 0, sizeof(mem));
	CHECK_STR(
		"desc.getdents64_failed", unit_flat(run(-1, ENOTDIR)),
		"getdents64(3, 0x10000, 32768) = -1 ENOTDIR (Not a directory)");
}

static void test_misc(void)
{
	memset(mem, 0, sizeof(mem));
	int32_t fds[2] = {3, 4};
	put(BASE, fds, sizeof(fds));
	setup("pipe2", BASE, O_CLOEXEC | O_NONBLOCK, 0, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.pipe2", unit_flat(run(0, 0)),
		  "pipe2([3, 4], O_NONBLOCK|O_CLOEXEC) = 0");
	setup("pipe2", BASE, 0, 0, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.pipe2_failed", unit_flat(run(-1, EMFILE)),
		  "pipe2(0x10000, 0) = -1 EMFILE (Too many open files)");
	/* epoll_event is packed: 12 bytes */
	unsigned char ev[24] = {0};
	uint32_t e0 = EPOLLIN | EPOLLET;
	uint64_t d0 = 0x100000003ULL;
	memcpy(ev, &e0, 4);
	memcpy(ev + 4, &d0, 8);
	memcpy(ev + 12, &e0, 4);
	put(BASE, ev, sizeof(ev));
	setup("epoll_ctl", 5, EPOLL_CTL_ADD, 3, BASE, 0, 0, sizeof(mem));
	CHECK_STR("desc.epoll_ctl", unit_flat(run(0, 0)),
		  "epoll_ctl(5, EPOLL_CTL_ADD, 3, {events=EPOLLIN|EPOLLET, "
		  "data={u32=3, u64=4294967299}}) = 0");
	setup("epoll_ctl", 5, EPOLL_CTL_DEL, 3, BASE, 0, 0, sizeof(mem));
	CHECK_STR("desc.epoll_ctl_del", unit_flat(run(0, 0)),
		  "epoll_ctl(5, EPOLL_CTL_DEL, 3, 0x10000) = 0");
	setup("epoll_wait", 5, BASE, 40, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.epoll_wait_ret_bounds", unit_flat(run(2, 0)),
		  "epoll_wait(5, [{events=EPOLLIN|EPOLLET, data={u32=3, "
		  "u64=4294967299}}, "
		  "{events=EPOLLIN|EPOLLET, data={u32=0, u64=0}}], 40, 0) = 2");
	setup("epoll_wait", 5, 0xdead0000, 40, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.epoll_wait_zero", unit_flat(run(0, 0)),
		  "epoll_wait(5, [], 40, 0) = 0");
	setup("perf_event_open", 0xdead0000, 0, (uint64_t)-1, (uint64_t)-1,
	      0xffffffffffffffffULL, 0, sizeof(mem));
	CHECK_STR("desc.perf_flags", unit_flat(run(-1, EFAULT)),
		  "perf_event_open(0xdead0000, 0, -1, -1, "
		  "PERF_FLAG_FD_NO_GROUP|PERF_FLAG_FD_OUTPUT|"
		  "PERF_FLAG_PID_CGROUP|PERF_FLAG_FD_CLOEXEC|"
		  "0xfffffffffffffff0) = -1 EFAULT (Bad address)");
	put(BASE, "/q", 3);
	setup("mq_open", BASE, O_RDONLY, 0, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.mq_open_no_creat", unit_flat(run(-1, ENOENT)),
		  "mq_open(\"/q\", O_RDONLY) = -1 ENOENT (No such file or "
		  "directory)");
	setup("mq_open", BASE, O_CREAT | O_RDWR, 0x1ffff, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.mq_open_creat", unit_flat(run(3, 0)),
		  "mq_open(\"/q\", O_RDWR|O_CREAT, 0177777, NULL) = 3");
	setup("quotactl_fd", 3, (0x800007u << 8) | 1, 5, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.quotactl_fd", unit_flat(run(-1, ENOSYS)),
		  "quotactl_fd(3, QCMD(Q_GETQUOTA, GRPQUOTA), 5, NULL) = -1 "
		  "ENOSYS "
		  "(Function not implemented)");
	setup("quotactl_fd", 3, 0xffffffffULL, 0, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.quotactl_fd_unknown", unit_flat(run(-1, EINVAL)),
		  "quotactl_fd(3, QCMD(0xffffff /* Q_??? */, 0xff /* ???QUOTA "
		  "*/), 0, NULL) "
		  "= -1 EINVAL (Invalid argument)");
	uint64_t ruleset[2] = {4, 0};
	put(BASE, ruleset, sizeof(ruleset));
	setup("landlock_create_ruleset", BASE, 16, 0, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.landlock_more", unit_flat(run(3, 0)),
		  "landlock_create_ruleset({handled_access_fs=LANDLOCK_ACCESS_"
		  "FS_READ_FILE, ...}, 16, 0) = 3");
	setup("landlock_create_ruleset", BASE, 4, 0, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.landlock_small", unit_flat(run(-1, EINVAL)),
		  "landlock_create_ruleset(0x10000, 4, 0) = -1 EINVAL (Invalid "
		  "argument)");
	/* io_uring_params: a failed call shows what was read */
	memset(mem, 0, 128);
	setup("io_uring_setup", 4, BASE, 0, 0, 0, 0, sizeof(mem));
	CHECK_STR("desc.io_uring_failed", unit_flat(run(-1, EINVAL)),
		  "io_uring_setup(4, {flags=0, sq_thread_cpu=0, "
		  "sq_thread_idle=0}) = -1 EINVAL "
		  "(Invalid argument)");
	setup("io_setup", 8, BASE, 0, 0, 0, 0, sizeof(mem));
	put64(BASE, 0x7f0000001000ULL);
	CHECK_STR("desc.io_setup", unit_flat(run(0, 0)),
		  "io_setup(8, [0x7f0000001000]) = 0");
	setup("close_range", 3, 4, 0, 0, 0, 0, 0);
	CHECK_STR("desc.close_range", unit_flat(run(0, 0)),
		  "close_range(3, 4, 0) = 0");
}

/* sendfile's offset is read at entry and shown again if the call moved it */
static void test_sendfile(void)
{
	memset(mem, 0, sizeof(mem));
	put64(BASE, 0);
	setup("sendfile", 4, 5, BASE, 10, 0, 0, sizeof(mem));
	struct line_prefix p = {0};
	struct call *c = &u.call;
	sb_reset(&u.out);
	emit_line_begin(&u.em, &p);
	emit_call_begin(&u.em, c->desc->name, c->nr);
	decode_entry(c);
	put64(BASE, 10);
	c->exiting = true;
	c->rval = 10;
	decode_exit(c);
	emit_args_end(&u.em);
	decode_return(c);
	CHECK_STR("desc.sendfile_changed", unit_flat(sb_cstr(&u.out)),
		  "sendfile(4, 5, [0] => [10], 10) = 10");
	setup("sendfile", 4, 5, BASE, 10, 0, 0, sizeof(mem));
	CHECK_STR("desc.sendfile_unchanged", unit_flat(run(0, 0)),
		  "sendfile(4, 5, [10], 10) = 0");
	setup("sendfile", 4, 5, 1, 10, 0, 0, sizeof(mem));
	CHECK_STR("desc.sendfile_fault", unit_flat(run(-1, EFAULT)),
		  "sendfile(4, 5, 0x1, 10) = -1 EFAULT (Bad address)");
}

/* i386: old select's argument block, 64-bit offsets in two registers */
static void test_i386(void)
{
	memset(mem, 0, sizeof(mem));
	uint32_t block[5] = {1, (uint32_t)(BASE + 0x100), 0, 0, 0};
	put(BASE, block, sizeof(block));
	mem[0x100] = 1;
	uint64_t args[6] = {BASE};
	sb_free(&u.out);
	unit_call_init(&u, "select", args, BASE, mem, sizeof(mem));
	u.call.pers = PERS_I386;
	u.mem.wordsize = 4;
	CHECK_STR("desc.i386_old_select", unit_flat(run(1, 0)),
		  "select(1, [0], NULL, NULL, NULL) = 1 (in [0])");
	args[0] = 0xdead0000;
	sb_free(&u.out);
	unit_call_init(&u, "select", args, BASE, mem, sizeof(mem));
	u.call.pers = PERS_I386;
	u.mem.wordsize = 4;
	CHECK_STR("desc.i386_old_select_fault", unit_flat(run(-1, EFAULT)),
		  "select(0xdead0000) = -1 EFAULT (Bad address)");
	setup("pread64", 3, BASE, 10, 0xfffffffb, 0xffffffff, 0, sizeof(mem));
	u.mem.wordsize = 4;
	CHECK_STR("desc.i386_pread64_offset", unit_flat(run(-1, EINVAL)),
		  "pread64(3, 0x10000, 10, -5) = -1 EINVAL (Invalid argument)");
	setup("pread64", 3, BASE, 10, 0x10, 1, 0, sizeof(mem));
	CHECK_STR("desc.x86_64_pread64_offset", unit_flat(run(-1, EINVAL)),
		  "pread64(3, 0x10000, 10, 16) = -1 EINVAL (Invalid argument)");
}

int main(void)
{
	test_buffers();
	test_iovec();
	test_flags();
	test_fcntl();
	test_ioctl();
	test_poll();
	test_select();
	test_dirents();
	test_misc();
	test_sendfile();
	test_i386();
	sb_free(&u.out);
	return unit_done();
}
