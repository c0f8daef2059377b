/* Unit tests of the file family's kinds and decoders on a fake memory
 * image: flag orders, modes, devices, stat-like structures, times, xattr
 * values, mounts; faults, NULLs, absurd lengths, unknown bits, failures.
 * The expected lines are what strace 6.1 prints for the same calls. */
#include "unit.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/mount.h>
#include <linux/openat2.h>
#include <linux/stat.h>
#include <stdlib.h>
#include <sys/quota.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysmacros.h>
#include <time.h>

#include "filter/sets.h"

#define BASE 0x10000ULL
#define BAD 0xdead0000ULL
/* QCMD without the int overflow of the header macro */
#define UQCMD(cmd, type) (((uint64_t)(uint32_t)(cmd) << 8) | (type))

static unsigned char img[16384];

static uint64_t put(size_t off, const void *data, size_t len)
{
	memcpy(img + off, data, len);
	return BASE + off;
}

static uint64_t put_str(size_t off, const char *s)
{
	return put(off, s, strlen(s) + 1);
}

/* the rendered line with the padding before "= " collapsed */
static const char *line(struct unit_call *u, int64_t rval, int err)
{
	static char out[8192];
	const char *l = unit_render(u, rval, err);
	size_t j = 0;
	for (size_t i = 0; l[i] && j + 1 < sizeof(out); i++) {
		if (l[i] == ' ' && j && out[j - 1] == ' ')
			continue;
		out[j++] = l[i];
	}
	out[j] = 0;
	sb_free(&u->out); /* the next init starts a new buffer */
	return out;
}

static void init(struct unit_call *u, const char *name, uint64_t a0,
		 uint64_t a1, uint64_t a2, uint64_t a3, uint64_t a4,
		 uint64_t a5)
{
	uint64_t a[6] = {a0, a1, a2, a3, a4, a5};
	unit_call_init(u, name, a, BASE, img, sizeof(img));
}

static void test_open(void)
{
	struct unit_call u;
	uint64_t p = put_str(0, "f");
	init(&u, "openat", (uint64_t)-100, p, O_RDONLY | O_CLOEXEC, 0755, 0, 0);
	CHECK_STR("open.no_mode", line(&u, 3, 0),
		  "openat(AT_FDCWD, \"f\", O_RDONLY|O_CLOEXEC) = 3");
	init(&u, "openat", (uint64_t)-100, p, O_WRONLY | O_CREAT | O_TRUNC,
	     0xf0000 | 0644, 0, 0);
	CHECK_STR(
		"open.creat_mode_16bit", line(&u, 3, 0),
		"openat(AT_FDCWD, \"f\", O_WRONLY|O_CREAT|O_TRUNC, 0644) = 3");
	init(&u, "open", p, O_RDWR | O_TMPFILE, 0600, 0, 0, 0);
	CHECK_STR("open.tmpfile", line(&u, 3, 0),
		  "open(\"f\", O_RDWR|O_TMPFILE, 0600) = 3");
	init(&u, "open", p, 020000000 | FASYNC, 0, 0, 0, 0);
	CHECK_STR("open.tmpfile_bit_alone", line(&u, -1, EINVAL),
		  "open(\"f\", O_RDONLY|__O_TMPFILE|FASYNC, 000) = -1 EINVAL "
		  "(Invalid argument)");
	init(&u, "open", p, O_DSYNC | O_PATH | O_DIRECTORY | 0x80000000, 0, 0,
	     0, 0);
	CHECK_STR("open.order_unknown", line(&u, -1, ENOTDIR),
		  "open(\"f\", O_RDONLY|O_DSYNC|O_PATH|O_DIRECTORY|0x80000000) "
		  "= -1 ENOTDIR (Not a directory)");
	init(&u, "open", p, 0xffffffff, 0, 0, 0, 0);
	CHECK_STR("open.all_bits", line(&u, -1, ENOENT),
		  "open(\"f\", "
		  "O_ACCMODE|O_CREAT|O_EXCL|O_NOCTTY|O_TRUNC|O_APPEND|O_"
		  "NONBLOCK|O_SYNC|O_DIRECT|O_LARGEFILE|O_NOFOLLOW|O_NOATIME|O_"
		  "CLOEXEC|O_PATH|O_TMPFILE|FASYNC|0xff80003c, 000) = -1 "
		  "ENOENT (No such file or directory)");
	init(&u, "open", BAD, 0, 0, 0, 0, 0);
	CHECK_STR("open.bad_path", line(&u, -1, EFAULT),
		  "open(0xdead0000, O_RDONLY) = -1 EFAULT (Bad address)");
	init(&u, "creat", p, 0xffffffff, 0, 0, 0, 0);
	CHECK_STR("creat.mode", line(&u, 3, 0), "creat(\"f\", 0177777) = 3");

	struct open_how how = {O_CREAT | O_WRONLY, 0644, 0};
	uint64_t h = put(64, &how, sizeof(how));
	init(&u, "openat2", (uint64_t)-100, p, h, sizeof(how), 0, 0);
	CHECK_STR("openat2.mode", line(&u, 3, 0),
		  "openat2(AT_FDCWD, \"f\", {flags=O_WRONLY|O_CREAT, "
		  "mode=0644, resolve=0}, 24) = 3");
	struct open_how how2 = {O_RDONLY, 0, 0x40};
	h = put(64, &how2, sizeof(how2));
	init(&u, "openat2", (uint64_t)-100, p, h, sizeof(how2), 0, 0);
	CHECK_STR("openat2.resolve_unknown", line(&u, -1, EINVAL),
		  "openat2(AT_FDCWD, \"f\", {flags=O_RDONLY, resolve=0x40 /* "
		  "RESOLVE_??? */}, 24) = -1 EINVAL (Invalid argument)");
	init(&u, "openat2", (uint64_t)-100, p, h, 16, 0, 0);
	CHECK_STR("openat2.small", line(&u, -1, EINVAL),
		  "openat2(AT_FDCWD, \"f\", 0x10040, 16) = -1 EINVAL (Invalid "
		  "argument)");
	/* a tail of zeros is not shown; a non-zero byte shows all of it */
	memset(img + 88, 0, 8);
	init(&u, "openat2", (uint64_t)-100, p, h, 32, 0, 0);
	CHECK_STR("openat2.zero_tail", line(&u, -1, EINVAL),
		  "openat2(AT_FDCWD, \"f\", {flags=O_RDONLY, resolve=0x40 /* "
		  "RESOLVE_??? */}, 32) = -1 EINVAL (Invalid argument)");
	img[95] = 5;
	init(&u, "openat2", (uint64_t)-100, p, h, 32, 0, 0);
	CHECK_STR("openat2.tail", line(&u, -1, E2BIG),
		  "openat2(AT_FDCWD, \"f\", {flags=O_RDONLY, resolve=0x40 /* "
		  "RESOLVE_??? */, /* bytes 24..31 */ "
		  "\"\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x05\"}, 32) = -1 "
		  "E2BIG (Argument list too long)");
	img[95] = 0;
	/* an absurd size reads at most a page, here into unreadable memory */
	init(&u, "openat2", (uint64_t)-100, p, BASE + sizeof(img) - 24,
	     1ULL << 40, 0, 0);
	memset(img + sizeof(img) - 24, 0, 24);
	CHECK_STR("openat2.huge_size", line(&u, -1, E2BIG),
		  "openat2(AT_FDCWD, \"f\", {flags=O_RDONLY, resolve=0, ???}, "
		  "1099511627776) = -1 E2BIG (Argument list too long)");
}

static void test_modes(void)
{
	struct unit_call u;
	uint64_t p = put_str(0, "n");
	init(&u, "mknod", p, S_IFCHR | 0600, makedev(1, 3), 0, 0, 0);
	CHECK_STR("mknod.chr", line(&u, 0, 0),
		  "mknod(\"n\", S_IFCHR|0600, makedev(0x1, 0x3)) = 0");
	init(&u, "mknod", p, S_IFIFO | 04600, 77, 0, 0, 0);
	CHECK_STR("mknod.fifo_no_dev", line(&u, 0, 0),
		  "mknod(\"n\", S_IFIFO|S_ISUID|0600) = 0");
	init(&u, "mknod", p, 0xffffffff, ~0ULL, 0, 0, 0);
	CHECK_STR("mknod.bad_type", line(&u, -1, EINVAL),
		  "mknod(\"n\", 0177777) = -1 EINVAL (Invalid argument)");
	init(&u, "mknodat", (uint64_t)-100, p, S_IFBLK, 0x123456789abcdefULL, 0,
	     0);
	CHECK_STR("mknod.dev_32bit", line(&u, 0, 0),
		  "mknodat(AT_FDCWD, \"n\", S_IFBLK|000, makedev(0xbcd, "
		  "0x89aef)) = 0");
	init(&u, "mknod", p, 01000, 0, 0, 0, 0);
	CHECK_STR("mknod.no_type", line(&u, 0, 0),
		  "mknod(\"n\", S_ISVTX|000) = 0");
	init(&u, "access", p, 0, 0, 0, 0, 0);
	CHECK_STR("access.f_ok", line(&u, 0, 0), "access(\"n\", F_OK) = 0");
	init(&u, "access", p, R_OK | 0x10, 0, 0, 0, 0);
	CHECK_STR("access.unknown", line(&u, -1, EINVAL),
		  "access(\"n\", R_OK|0x10) = -1 EINVAL (Invalid argument)");
	init(&u, "chmod", p, 0x1ffffffffULL, 0, 0, 0, 0);
	CHECK_STR("chmod.umode", line(&u, 0, 0), "chmod(\"n\", 0177777) = 0");
	init(&u, "fchownat", (uint64_t)-100, p, 0xffffffff, 1000, 0xffffffff,
	     0);
	CHECK_STR("fchownat.flags", line(&u, -1, EINVAL),
		  "fchownat(AT_FDCWD, \"n\", -1, 1000, "
		  "AT_SYMLINK_NOFOLLOW|AT_REMOVEDIR|AT_SYMLINK_FOLLOW|AT_NO_"
		  "AUTOMOUNT|AT_EMPTY_PATH|AT_RECURSIVE|0xffff60ff) = -1 "
		  "EINVAL (Invalid argument)");
	init(&u, "faccessat2", (uint64_t)-100, p, W_OK, 0x200 | 0x100, 0, 0);
	CHECK_STR("faccessat2.eaccess", line(&u, 0, 0),
		  "faccessat2(AT_FDCWD, \"n\", W_OK, "
		  "AT_SYMLINK_NOFOLLOW|AT_EACCESS) = 0");
	init(&u, "swapon", p, 0x10000 | 0x8000 | 5, 0, 0, 0, 0);
	CHECK_STR("swapon.prio", line(&u, 0, 0),
		  "swapon(\"n\", SWAP_FLAG_PREFER|SWAP_FLAG_DISCARD|5) = 0");
	init(&u, "swapon", p, 0x80000 | 0x10000, 0, 0, 0, 0);
	CHECK_STR("swapon.unknown", line(&u, 0, 0),
		  "swapon(\"n\", SWAP_FLAG_DISCARD|0x80000|0) = 0");
	init(&u, "swapon", p, 7, 0, 0, 0, 0);
	CHECK_STR("swapon.prio_only", line(&u, 0, 0), "swapon(\"n\", 7) = 0");
	init(&u, "truncate", p, (uint64_t)-1, 0, 0, 0, 0);
	CHECK_STR("truncate.unsigned", line(&u, 0, 0),
		  "truncate(\"n\", 18446744073709551615) = 0");
}

static void test_stat(void)
{
	struct unit_call u;
	uint64_t p = put_str(0, "s");
	struct stat st;
	memset(&st, 0, sizeof(st));
	st.st_dev = makedev(0xfe, 0);
	st.st_ino = 42;
	st.st_mode = S_IFREG | 0644;
	st.st_nlink = 1;
	st.st_size = 41491;
	st.st_blksize = 4096;
	st.st_blocks = 88;
	st.st_atim.tv_sec = 1700000000;
	st.st_atim.tv_nsec = 123456789;
	st.st_mtim.tv_sec = 1700000000;
	st.st_ctim.tv_nsec = 1000000000; /* invalid: no comment */
	uint64_t s = put(256, &st, sizeof(st));
	init(&u, "stat", p, s, 0, 0, 0, 0);
	CHECK_STR(
		"stat.abbrev", line(&u, 0, 0),
		"stat(\"s\", {st_mode=S_IFREG|0644, st_size=41491, ...}) = 0");
	init(&u, "stat", p, s, 0, 0, 0, 0);
	sysset_clear(&u.cfg.abbrev);
	CHECK_STR("stat.verbose", line(&u, 0, 0),
		  "stat(\"s\", {st_dev=makedev(0xfe, 0), st_ino=42, "
		  "st_mode=S_IFREG|0644, st_nlink=1, st_uid=0, st_gid=0, "
		  "st_blksize=4096, st_blocks=88, st_size=41491, "
		  "st_atime=1700000000 /* 2023-11-14T22:13:20.123456789+0000 "
		  "*/, st_atime_nsec=123456789, st_mtime=1700000000 /* "
		  "2023-11-14T22:13:20+0000 */, st_mtime_nsec=0, st_ctime=0, "
		  "st_ctime_nsec=1000000000}) = 0");
	init(&u, "stat", p, s, 0, 0, 0, 0);
	CHECK_STR(
		"stat.failed", line(&u, -1, ENOENT),
		"stat(\"s\", 0x10100) = -1 ENOENT (No such file or directory)");
	init(&u, "stat", p, BAD, 0, 0, 0, 0);
	CHECK_STR("stat.unreadable", line(&u, 0, 0),
		  "stat(\"s\", 0xdead0000) = 0");
	init(&u, "stat", p, 0, 0, 0, 0, 0);
	CHECK_STR("stat.null", line(&u, -1, EFAULT),
		  "stat(\"s\", NULL) = -1 EFAULT (Bad address)");
	/* the struct runs off the readable image */
	init(&u, "fstat", 3, BASE + sizeof(img) - 8, 0, 0, 0, 0);
	CHECK_STR("fstat.partial", line(&u, 0, 0), "fstat(3, 0x13ff8) = 0");
	st.st_mode = S_IFCHR | 0666;
	st.st_rdev = makedev(1, 3);
	s = put(256, &st, sizeof(st));
	init(&u, "newfstatat", 3, put_str(8, ""), s, AT_EMPTY_PATH, 0, 0);
	CHECK_STR("newfstatat.dev", line(&u, 0, 0),
		  "newfstatat(3, \"\", {st_mode=S_IFCHR|0666, "
		  "st_rdev=makedev(0x1, 0x3), ...}, AT_EMPTY_PATH) = 0");
	st.st_mode = 0170777;
	s = put(256, &st, sizeof(st));
	init(&u, "lstat", p, s, 0, 0, 0, 0);
	CHECK_STR("lstat.bad_type", line(&u, 0, 0),
		  "lstat(\"s\", {st_mode=0170777, st_size=41491, ...}) = 0");

	struct statx sx;
	memset(&sx, 0, sizeof(sx));
	sx.stx_mask = STATX_BASIC_STATS | STATX_MNT_ID;
	sx.stx_mode = S_IFDIR | 0755;
	sx.stx_size = 4096;
	s = put(512, &sx, sizeof(sx));
	init(&u, "statx", (uint64_t)-100, p, AT_SYMLINK_NOFOLLOW, 0x7ff, s, 0);
	CHECK_STR(
		"statx.abbrev", line(&u, 0, 0),
		"statx(AT_FDCWD, \"s\", "
		"AT_STATX_SYNC_AS_STAT|AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, "
		"{stx_mask=STATX_BASIC_STATS|STATX_MNT_ID, stx_attributes=0, "
		"stx_mode=S_IFDIR|0755, stx_size=4096, ...}) = 0");
	sx.stx_mask = 0;
	sx.stx_mnt_id = 0x1b;
	s = put(512, &sx, sizeof(sx));
	init(&u, "statx", (uint64_t)-100, p, 0x6000, 0xfff, s, 0);
	sysset_clear(&u.cfg.abbrev);
	CHECK_STR("statx.verbose_mask0", line(&u, 0, 0),
		  "statx(AT_FDCWD, \"s\", "
		  "AT_STATX_FORCE_SYNC|AT_STATX_DONT_SYNC, STATX_ALL, "
		  "{stx_mask=0, stx_blksize=0, stx_attributes=0, "
		  "stx_attributes_mask=0, stx_rdev_major=0, stx_rdev_minor=0, "
		  "stx_dev_major=0, stx_dev_minor=0}) = 0");
	init(&u, "statx", (uint64_t)-100, p, 0, 0xffffffff, s, 0);
	CHECK_STR("statx.mask_unknown", line(&u, -1, EINVAL),
		  "statx(AT_FDCWD, \"s\", AT_STATX_SYNC_AS_STAT, "
		  "STATX_ALL|STATX_MNT_ID|STATX_DIOALIGN|0xffffc000, 0x10200) "
		  "= -1 EINVAL (Invalid argument)");

	struct statfs sf;
	memset(&sf, 0, sizeof(sf));
	sf.f_type = 0x01021994;
	sf.f_bsize = 4096;
	sf.f_fsid.__val[0] = 0x15;
	sf.f_namelen = 255;
	sf.f_flags = 0x1000; /* no ST_VALID: not shown */
	s = put(1024, &sf, sizeof(sf));
	init(&u, "statfs", p, s, 0, 0, 0, 0);
	CHECK_STR("statfs.no_valid", line(&u, 0, 0),
		  "statfs(\"s\", {f_type=TMPFS_MAGIC, f_bsize=4096, "
		  "f_blocks=0, f_bfree=0, f_bavail=0, f_files=0, f_ffree=0, "
		  "f_fsid={val=[0x15, 0]}, f_namelen=255, f_frsize=0}) = 0");
	sf.f_type = 0x19800202;
	sf.f_flags = 0xffffffff;
	s = put(1024, &sf, sizeof(sf));
	init(&u, "fstatfs", 3, s, 0, 0, 0, 0);
	CHECK_STR("fstatfs.unknown", line(&u, 0, 0),
		  "fstatfs(3, {f_type=0x19800202, f_bsize=4096, f_blocks=0, "
		  "f_bfree=0, f_bavail=0, f_files=0, f_ffree=0, "
		  "f_fsid={val=[0x15, 0]}, f_namelen=255, f_frsize=0, "
		  "f_flags=ST_VALID|ST_RDONLY|ST_NOSUID|ST_NODEV|ST_NOEXEC|ST_"
		  "SYNCHRONOUS|ST_MANDLOCK|ST_NOATIME|ST_NODIRATIME|ST_"
		  "RELATIME|ST_NOSYMFOLLOW|0xffffc380}) = 0");
	init(&u, "ustat", makedev(8, 1), s, 0, 0, 0, 0);
	CHECK_STR("ustat", line(&u, -1, EINVAL),
		  "ustat(makedev(0x8, 0x1), 0x10400) = -1 EINVAL (Invalid "
		  "argument)");
}

static void test_times(void)
{
	struct unit_call u;
	uint64_t p = put_str(0, "t");
	struct timespec ts[2] = {{1700000000, 5}, {0, UTIME_NOW}};
	uint64_t a = put(64, ts, sizeof(ts));
	init(&u, "utimensat", (uint64_t)-100, p, a, 0, 0, 0);
	CHECK_STR(
		"utimensat.now", line(&u, 0, 0),
		"utimensat(AT_FDCWD, \"t\", [{tv_sec=1700000000, tv_nsec=5} /* "
		"2023-11-14T22:13:20.000000005+0000 */, UTIME_NOW], 0) = 0");
	struct timespec ts2[2] = {{0, UTIME_OMIT}, {0, -1}};
	a = put(64, ts2, sizeof(ts2));
	init(&u, "utimensat", 3, 0, a, AT_SYMLINK_NOFOLLOW, 0, 0);
	CHECK_STR("utimensat.omit_invalid", line(&u, 0, 0),
		  "utimensat(3, NULL, [UTIME_OMIT, {tv_sec=0, "
		  "tv_nsec=18446744073709551615}], AT_SYMLINK_NOFOLLOW) = 0");
	init(&u, "utimensat", 3, 0, BAD, 0, 0, 0);
	CHECK_STR(
		"utimensat.unreadable", line(&u, -1, EFAULT),
		"utimensat(3, NULL, 0xdead0000, 0) = -1 EFAULT (Bad address)");
	long ub[2] = {0, -1};
	a = put(64, ub, sizeof(ub));
	init(&u, "utime", p, a, 0, 0, 0, 0);
	CHECK_STR("utime.zero_negative", line(&u, 0, 0),
		  "utime(\"t\", {actime=0, modtime=-1 /* "
		  "1969-12-31T23:59:59+0000 */}) = 0");
	struct timeval tv[2] = {{0, 1}, {1, 1000000}};
	a = put(64, tv, sizeof(tv));
	init(&u, "utimes", p, a, 0, 0, 0, 0);
	CHECK_STR("utimes.usec", line(&u, 0, 0),
		  "utimes(\"t\", [{tv_sec=0, tv_usec=1} /* "
		  "1970-01-01T00:00:00.000001+0000 */, {tv_sec=1, "
		  "tv_usec=1000000}]) = 0");
}

static void test_strings(void)
{
	struct unit_call u;
	uint64_t p = put_str(0, "x");
	uint64_t n = put_str(16, "user.t");
	memset(img + 64, 0, 64);
	uint64_t v = put(64, "abc\0", 4);
	init(&u, "setxattr", p, n, v, 4, 2, 0);
	CHECK_STR("setxattr.trailing_nul", line(&u, 0, 0),
		  "setxattr(\"x\", \"user.t\", \"abc\", 4, XATTR_REPLACE) = 0");
	init(&u, "setxattr", p, n, v, 4, 0x13, 0);
	u.cfg.hexmode = 1;
	CHECK_STR("setxattr.hex_keeps_nul", line(&u, 0, 0),
		  "setxattr(\"x\", \"user.t\", \"\\x61\\x62\\x63\\x00\", 4, "
		  "XATTR_CREATE|XATTR_REPLACE|0x10) = 0");
	init(&u, "setxattr", p, n, v, 4, 0, 0);
	u.cfg.string_limit = 3;
	CHECK_STR("setxattr.limit", line(&u, 0, 0),
		  "setxattr(\"x\", \"use\"..., \"abc\"..., 4, 0) = 0");
	/* an absurd length reads only the -s limit */
	init(&u, "setxattr", p, n, v, 1ULL << 40, 0, 0);
	CHECK_STR("setxattr.huge", line(&u, -1, E2BIG),
		  "setxattr(\"x\", \"user.t\", "
		  "\"abc\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0"
		  "\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\"..., 1099511627776, 0) = "
		  "-1 E2BIG (Argument list too long)");
	init(&u, "setxattr", p, n, BAD, 4, 0, 0);
	CHECK_STR("setxattr.unreadable", line(&u, -1, EFAULT),
		  "setxattr(\"x\", \"user.t\", 0xdead0000, 4, 0) = -1 EFAULT "
		  "(Bad address)");
	init(&u, "getxattr", p, n, v, 64, 0, 0);
	CHECK_STR("getxattr.out", line(&u, 4, 0),
		  "getxattr(\"x\", \"user.t\", \"abc\", 64) = 4");
	init(&u, "getxattr", p, n, v, 2, 0, 0);
	CHECK_STR("getxattr.failed", line(&u, -1, ERANGE),
		  "getxattr(\"x\", \"user.t\", 0x10040, 2) = -1 ERANGE "
		  "(Numerical result out of range)");
	uint64_t l = put(128, "user.a\0user.b\0", 14);
	init(&u, "listxattr", p, l, 256, 0, 0, 0);
	CHECK_STR("listxattr.out", line(&u, 14, 0),
		  "listxattr(\"x\", \"user.a\\0user.b\\0\", 256) = 14");
	init(&u, "listxattr", p, l, 0, 0, 0, 0);
	CHECK_STR("listxattr.size0", line(&u, 14, 0),
		  "listxattr(\"x\", 0x10080, 0) = 14");
	uint64_t cwd =
		put_str(256, "/tmp/a/very/long/directory/name/past/the/limit");
	init(&u, "getcwd", cwd, 4096, 0, 0, 0, 0);
	u.cfg.string_limit = 4;
	CHECK_STR("getcwd.path_not_cut", line(&u, 47, 0),
		  "getcwd(\"/tmp/a/very/long/directory/name/past/the/limit\", "
		  "4096) = 47");
	init(&u, "getcwd", cwd, 2, 0, 0, 0, 0);
	CHECK_STR("getcwd.failed", line(&u, -1, ERANGE),
		  "getcwd(0x10100, 2) = -1 ERANGE (Numerical result out of "
		  "range)");
	init(&u, "readlink", p, cwd, 4096, 0, 0, 0);
	u.cfg.string_limit = 4;
	CHECK_STR("readlink.cut", line(&u, 10, 0),
		  "readlink(\"x\", \"/tmp\"..., 4096) = 10");
}

static void test_mount(void)
{
	struct unit_call u;
	uint64_t src = put_str(0, "/dev/sda1");
	uint64_t dst = put_str(32, "/mnt");
	uint64_t ty = put_str(64, "ext4");
	uint64_t da = put_str(96, "ro,noload");
	init(&u, "mount", src, dst, ty, 0xc0ed0000 | MS_RDONLY, da, 0);
	CHECK_STR("mount.mgc", line(&u, 0, 0),
		  "mount(\"/dev/sda1\", \"/mnt\", \"ext4\", "
		  "MS_MGC_VAL|MS_RDONLY, \"ro,noload\") = 0");
	init(&u, "mount", src, dst, ty, MS_BIND | MS_REC, da, 0);
	CHECK_STR("mount.bind", line(&u, 0, 0),
		  "mount(\"/dev/sda1\", \"/mnt\", 0x10040, MS_BIND|MS_REC, "
		  "0x10060) = 0");
	init(&u, "mount", src, dst, ty, MS_REMOUNT | MS_BIND, da, 0);
	CHECK_STR("mount.remount_bind", line(&u, 0, 0),
		  "mount(\"/dev/sda1\", \"/mnt\", 0x10040, MS_REMOUNT|MS_BIND, "
		  "\"ro,noload\") = 0");
	init(&u, "mount", 0, dst, 0, 0x80000200, 0, 0);
	CHECK_STR("mount.nouser_unknown", line(&u, 0, 0),
		  "mount(NULL, \"/mnt\", NULL, MS_NOUSER|0x200, NULL) = 0");
	init(&u, "umount2", dst, 0xffffffff, 0, 0, 0, 0);
	CHECK_STR("umount2.flags", line(&u, -1, EINVAL),
		  "umount2(\"/mnt\", "
		  "MNT_FORCE|MNT_DETACH|MNT_EXPIRE|UMOUNT_NOFOLLOW|0xfffffff0) "
		  "= -1 EINVAL (Invalid argument)");
	struct mount_attr ma = {MOUNT_ATTR_IDMAP, 0x40, 0, 5};
	uint64_t m = put(128, &ma, sizeof(ma));
	init(&u, "mount_setattr", (uint64_t)-100, dst, AT_RECURSIVE, m,
	     sizeof(ma), 0);
	CHECK_STR("mount_setattr", line(&u, 0, 0),
		  "mount_setattr(AT_FDCWD, \"/mnt\", AT_RECURSIVE, "
		  "{attr_set=MOUNT_ATTR_IDMAP, attr_clr=0x40 /* MOUNT_ATTR_??? "
		  "*/, propagation=0 /* MS_??? */, userns_fd=5}, 32) = 0");
	init(&u, "fsconfig", 3, FSCONFIG_SET_BINARY, ty, da, 3, 0);
	CHECK_STR("fsconfig.binary", line(&u, 0, 0),
		  "fsconfig(3, FSCONFIG_SET_BINARY, \"ext4\", "
		  "\"\\x72\\x6f\\x2c\", 3) = 0");
	init(&u, "fsconfig", 3, 100, ty, da, 5, 0);
	CHECK_STR("fsconfig.unknown", line(&u, -1, EOPNOTSUPP),
		  "fsconfig(3, 0x64 /* FSCONFIG_??? */, 0x10040, 0x10060, 5) = "
		  "-1 EOPNOTSUPP (Operation not supported)");
	init(&u, "fsconfig", 3, FSCONFIG_SET_PATH, ty, dst, (uint64_t)-100, 0);
	CHECK_STR("fsconfig.path", line(&u, 0, 0),
		  "fsconfig(3, FSCONFIG_SET_PATH, \"ext4\", \"/mnt\", "
		  "AT_FDCWD) = 0");
	init(&u, "fanotify_mark", 3, 1, 0x40000000 | 0x08000000 | 0x20,
	     0xffffffff, 0, 0);
	CHECK_STR("fanotify_mark.order", line(&u, 0, 0),
		  "fanotify_mark(3, FAN_MARK_ADD, "
		  "FAN_OPEN|FAN_ONDIR|FAN_EVENT_ON_CHILD, FAN_NOFD, NULL) = 0");
	init(&u, "quotactl", UQCMD(Q_SYNC, GRPQUOTA), 0, 5, BAD, 0, 0);
	CHECK_STR("quotactl.sync", line(&u, 0, 0),
		  "quotactl(QCMD(Q_SYNC, GRPQUOTA), NULL) = 0");
	init(&u, "quotactl", UQCMD(Q_QUOTAON, 3), src, 77, dst, 0, 0);
	CHECK_STR("quotactl.quotaon", line(&u, -1, EINVAL),
		  "quotactl(QCMD(Q_QUOTAON, 0x3 /* ???QUOTA */), "
		  "\"/dev/sda1\", 0x4d /* QFMT_VFS_??? */, \"/mnt\") = -1 "
		  "EINVAL (Invalid argument)");
	init(&u, "quotactl", UQCMD(0x1234, USRQUOTA), src, -1, BAD, 0, 0);
	CHECK_STR("quotactl.unknown", line(&u, -1, EINVAL),
		  "quotactl(QCMD(0x1234 /* Q_??? */, USRQUOTA), \"/dev/sda1\", "
		  "-1, 0xdead0000) = -1 EINVAL (Invalid argument)");
}

static void test_handle(void)
{
	struct unit_call u;
	uint64_t p = put_str(0, "/");
	uint32_t fh[4] = {128, 0, 0, 0};
	uint64_t h = put(64, fh, sizeof(fh));
	int32_t mid = 27;
	uint64_t m = put(32, &mid, sizeof(mid));
	init(&u, "name_to_handle_at", (uint64_t)-100, p, h, m, 0, 0);
	/* the kernel writes back between entry and exit */
	struct call *c = &u.call;
	struct line_prefix lp = {0};
	sb_reset(&u.out);
	emit_line_begin(&u.em, &lp);
	emit_call_begin(&u.em, c->desc->name, c->nr);
	decode_entry(c);
	uint32_t back[4] = {8, 1, 0x00a72413, 0};
	put(64, back, sizeof(back));
	c->exiting = true;
	c->rval = 0;
	decode_exit(c);
	emit_args_end(&u.em);
	decode_return(c);
	CHECK_STR("name_to_handle_at.changed", sb_cstr(&u.out),
		  "name_to_handle_at(AT_FDCWD, \"/\", {handle_bytes=128 => 8, "
		  "handle_type=1, "
		  "f_handle=\"\\x13\\x24\\xa7\\x00\\x00\\x00\\x00\\x00\"}, "
		  "[27], 0) = 0");
	sb_free(&u.out);
	put(64, fh, sizeof(fh));
	init(&u, "name_to_handle_at", (uint64_t)-100, p, h, m, 0xffffffff, 0);
	CHECK_STR("name_to_handle_at.failed", line(&u, -1, EINVAL),
		  "name_to_handle_at(AT_FDCWD, \"/\", {handle_bytes=128}, "
		  "0x10020, AT_SYMLINK_FOLLOW|AT_EMPTY_PATH|0xffffebff) = -1 "
		  "EINVAL (Invalid argument)");
	init(&u, "name_to_handle_at", (uint64_t)-100, p, BAD, m, 0, 0);
	CHECK_STR("name_to_handle_at.unreadable", line(&u, -1, EFAULT),
		  "name_to_handle_at(AT_FDCWD, \"/\", 0xdead0000, 0x10020, 0) "
		  "= -1 EFAULT (Bad address)");
}

/* i386: 32-bit struct layouts are read at their own size */
static void test_compat(void)
{
	struct unit_call u;
	uint64_t p = put_str(0, "c");
	uint32_t st32[16] = {0};
	uint16_t mode = S_IFREG | 0600;
	st32[5] = 77; /* st_size */
	memcpy((unsigned char *)st32 + 8, &mode, 2);
	uint64_t s = put(64, st32, sizeof(st32));
	init(&u, "stat", p, s, 0, 0, 0, 0);
	u.mem.wordsize = 4;
	CHECK_STR("compat.stat", line(&u, 0, 0),
		  "stat(\"c\", {st_mode=S_IFREG|0600, st_size=77, ...}) = 0");
	/* a 64-byte i386 statfs at the very end of readable memory */
	uint32_t sf32[16] = {0x9fa0};
	s = put(sizeof(img) - 64, sf32, sizeof(sf32));
	init(&u, "statfs", p, s, 0, 0, 0, 0);
	u.mem.wordsize = 4;
	CHECK_STR("compat.statfs", line(&u, 0, 0),
		  "statfs(\"c\", {f_type=PROC_SUPER_MAGIC, f_bsize=0, "
		  "f_blocks=0, f_bfree=0, f_bavail=0, f_files=0, f_ffree=0, "
		  "f_fsid={val=[0, 0]}, f_namelen=0, f_frsize=0}) = 0");
}

int main(void)
{
	setenv("TZ", "UTC", 1);
	tzset();
	test_open();
	test_modes();
	test_stat();
	test_times();
	test_strings();
	test_mount();
	test_handle();
	test_compat();
	return unit_done();
}
