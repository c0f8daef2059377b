/* The file family's kinds and its few hand-written decoders: modes,
 * devices, times, the stat/statx/statfs structures, open_how, mounts,
 * xattr values, quotactl and name_to_handle_at. Every struct is read once,
 * bounded by its own size, and printed through the emitter. */
#include "decode/file.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/time.h>
#include <time.h>
#include <linux/mount.h>
#include <linux/quota.h>
#include <linux/dqblk_xfs.h>
#include <linux/stat.h>

#include "config.h"
#include "decode/common.h"
#include "xlat/xlat.h"

/* the kernel's bit alone: glibc's __O_TMPFILE includes O_DIRECTORY */
#define O_TMPFILE_BIT 020000000
#ifndef FAN_NOFD
#define FAN_NOFD -1
#endif

/* the largest extensible struct tail strace reads (a page, as the kernel) */
#define EXT_STRUCT_MAX 4096

static struct strbuf file_scratch;

static char *scratch(size_t n)
{
	sb_reset(&file_scratch);
	sb_grow(&file_scratch, n + 1);
	return file_scratch.buf;
}

/* ---- modes and devices ---- */

void print_umode(struct call *c, uint64_t mode)
{
	emit_oct(c->e, mode & 0177777);
}

void print_symbolic_mode(struct call *c, uint32_t mode)
{
	uint32_t type = mode & S_IFMT;
	const char *tname = xlat_name(&xlat_file_mode_types, type);
	if (type && !tname) {
		emit_oct(c->e, mode);
		return;
	}
	struct strbuf sb = {0};
	if (tname) {
		sb_puts(&sb, tname);
		sb_putc(&sb, '|');
	}
	if (mode & (S_ISUID | S_ISGID | S_ISVTX)) {
		xlat_format_flags(&sb, &xlat_file_mode_bits,
				  mode & (S_ISUID | S_ISGID | S_ISVTX), NULL);
		sb_putc(&sb, '|');
	}
	sb_printf(&sb, "%#03o", mode & 0777);
	emit_sym_base(c->e, sb_cstr(&sb), mode, SYM_OCT);
	sb_free(&sb);
}

void print_dev(struct call *c, uint64_t dev)
{
	char text[64];
	snprintf(text, sizeof(text), "makedev(%#x, %#x)", gnu_dev_major(dev),
		 gnu_dev_minor(dev));
	emit_sym_base(c->e, text, dev, SYM_HEX);
}

void file_arg_umode(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_umode(c, c->args[i]);
}

/* open's mode: only when the flags (the previous argument) create */
void file_arg_open_mode(struct call *c, int i, const void *aux)
{
	(void)aux;
	if (i > 0 && (c->args[i - 1] & (O_CREAT | O_TMPFILE_BIT)))
		print_umode(c, c->args[i]);
}

void file_arg_smode(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_symbolic_mode(c, (uint32_t)c->args[i] & 0177777);
}

/* mknod's dev (an unsigned int): only for character and block devices */
void file_arg_mknod_dev(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint32_t type = i > 0 ? (uint32_t)c->args[i - 1] & S_IFMT : 0;
	if (type == S_IFCHR || type == S_IFBLK)
		print_dev(c, (uint32_t)c->args[i]);
}

void file_arg_dev(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_dev(c, (uint32_t)c->args[i]);
}

void file_arg_access_mode(struct call *c, int i, const void *aux)
{
	(void)aux;
	emit_flags(c->e, &xlat_file_access_modes, (uint32_t)c->args[i], "F_OK");
}

/* ---- times ---- */

void print_time_comment(struct call *c, int64_t sec, uint64_t frac, int digits)
{
	uint64_t one = digits == 9 ? 1000000000u : 1000000u;
	if ((sec == 0 && frac == 0) || frac >= one)
		return;
	time_t t = (time_t)sec;
	struct tm tm;
	if (t != sec || !localtime_r(&t, &tm))
		return;
	char buf[96];
	size_t n = strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%S", &tm);
	if (!n)
		return;
	if (frac)
		n += (size_t)snprintf(buf + n, sizeof(buf) - n, ".%0*llu",
				      digits, (unsigned long long)frac);
	if (n < sizeof(buf))
		strftime(buf + n, sizeof(buf) - n, "%z", &tm);
	emit_comment(c->e, buf);
}

static void print_time_field(struct call *c, const char *name, int64_t sec,
			     uint64_t nsec)
{
	emit_field(c->e, name);
	emit_int(c->e, sec);
	print_time_comment(c, sec, nsec, 9);
}

/* utime(2): {actime=1 / * ... * /, modtime=2 / * ... * /} */
void file_arg_utimbuf(struct call *c, int i, const void *aux)
{
	(void)aux;
	int64_t t[2];
	if (c->mem->wordsize == 4) {
		int32_t t32[2];
		if (!fetch_struct_in(c, c->args[i], t32, sizeof(t32)))
			return;
		t[0] = t32[0];
		t[1] = t32[1];
	} else if (!fetch_struct_in(c, c->args[i], t, sizeof(t))) {
		return;
	}
	emit_struct_begin(c->e);
	print_time_field(c, "actime", t[0], 0);
	print_time_field(c, "modtime", t[1], 0);
	emit_struct_end(c->e);
}

/* the elements of utimes' and utimensat's pairs: two longs (two ints
 * for i386) */
static void time_elem(const struct call *c, const void *elem, int64_t *sec,
		      uint64_t *frac)
{
	if (c->mem->wordsize == 4) {
		const int32_t *v = elem;
		*sec = v[0];
		*frac = (uint32_t)v[1];
	} else {
		const int64_t *v = elem;
		*sec = v[0];
		*frac = (uint64_t)v[1];
	}
}

static void print_timeval_elem(struct call *c, const void *elem, size_t index,
			       void *ctx)
{
	(void)index;
	(void)ctx;
	int64_t sec;
	uint64_t usec;
	time_elem(c, elem, &sec, &usec);
	emit_struct_begin(c->e);
	emit_field(c->e, "tv_sec");
	emit_int(c->e, sec);
	emit_field(c->e, "tv_usec");
	emit_uint(c->e, usec);
	emit_struct_end(c->e);
	print_time_comment(c, sec, usec, 6);
}

/* utimes(2), futimesat(2): [{tv_sec=1, tv_usec=2} / * ... * /, ...] */
void file_arg_timeval_pair(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_array(c, c->args[i], 2, (size_t)c->mem->wordsize * 2,
		    print_timeval_elem, NULL);
}

/* UTIME_NOW and UTIME_OMIT by name; -X raw and verbose show the struct
 * (verbose with the name in a comment) */
static void print_timespec_elem(struct call *c, const void *elem, size_t index,
				void *ctx)
{
	(void)index;
	(void)ctx;
	int64_t sec;
	uint64_t nsec;
	time_elem(c, elem, &sec, &nsec);
	const char *name = nsec == UTIME_NOW	? "UTIME_NOW"
			   : nsec == UTIME_OMIT ? "UTIME_OMIT"
						: NULL;
	int style = emit_xlat_style(c->e);
	if (name && style == XLAT_ABBREV) {
		emit_sym(c->e, name, (int64_t)nsec);
		return;
	}
	emit_struct_begin(c->e);
	emit_field(c->e, "tv_sec");
	emit_int(c->e, sec);
	emit_field(c->e, "tv_nsec");
	emit_uint(c->e, nsec);
	emit_struct_end(c->e);
	if (!name)
		print_time_comment(c, sec, nsec, 9);
	else if (style == XLAT_VERBOSE)
		emit_comment(c->e, name);
}

/* utimensat(2): [{tv_sec=1, tv_nsec=2} / * ... * /, UTIME_NOW] */
void file_arg_timespec_pair(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_array(c, c->args[i], 2, (size_t)c->mem->wordsize * 2,
		    print_timespec_elem, NULL);
}

static void print_hex32_elem(struct call *c, const void *elem, size_t index,
			     void *ctx)
{
	(void)index;
	(void)ctx;
	uint32_t v;
	memcpy(&v, elem, sizeof(v));
	emit_hex(c->e, v);
}

/* ---- struct stat ---- */

struct file_stat {
	uint64_t dev, ino, mode, nlink, uid, gid, rdev, size, blksize, blocks;
	int64_t atime, mtime, ctime;
	uint64_t atime_ns, mtime_ns, ctime_ns;
	bool no_ns; /* i386's __old_kernel_stat: whole seconds only */
};

static uint32_t get32(const unsigned char *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}

static uint64_t get64(const unsigned char *p)
{
	uint64_t v;
	memcpy(&v, p, 8);
	return v;
}

static uint16_t get16(const unsigned char *p)
{
	uint16_t v;
	memcpy(&v, p, 2);
	return v;
}

static void print_stat_fields(struct call *c, const struct file_stat *st)
{
	bool dev = S_ISCHR(st->mode) || S_ISBLK(st->mode);
	bool abbrev = call_abbrev(c);
	emit_struct_begin(c->e);
	if (!abbrev) {
		emit_field(c->e, "st_dev");
		print_dev(c, st->dev);
		emit_field(c->e, "st_ino");
		emit_uint(c->e, st->ino);
	}
	emit_field(c->e, "st_mode");
	print_symbolic_mode(c, (uint32_t)st->mode);
	if (!abbrev) {
		emit_field(c->e, "st_nlink");
		emit_uint(c->e, st->nlink);
		emit_field(c->e, "st_uid");
		emit_uint(c->e, st->uid);
		emit_field(c->e, "st_gid");
		emit_uint(c->e, st->gid);
		emit_field(c->e, "st_blksize");
		emit_uint(c->e, st->blksize);
		emit_field(c->e, "st_blocks");
		emit_uint(c->e, st->blocks);
	}
	if (dev) {
		emit_field(c->e, "st_rdev");
		print_dev(c, st->rdev);
	} else {
		emit_field(c->e, "st_size");
		emit_uint(c->e, st->size);
	}
	if (abbrev) {
		emit_more(c->e);
	} else {
		print_time_field(c, "st_atime", st->atime, st->atime_ns);
		if (!st->no_ns) {
			emit_field(c->e, "st_atime_nsec");
			emit_uint(c->e, st->atime_ns);
		}
		print_time_field(c, "st_mtime", st->mtime, st->mtime_ns);
		if (!st->no_ns) {
			emit_field(c->e, "st_mtime_nsec");
			emit_uint(c->e, st->mtime_ns);
		}
		print_time_field(c, "st_ctime", st->ctime, st->ctime_ns);
		if (!st->no_ns) {
			emit_field(c->e, "st_ctime_nsec");
			emit_uint(c->e, st->ctime_ns);
		}
	}
	emit_struct_end(c->e);
}

void print_stat(struct call *c, uint64_t addr)
{
	struct file_stat st;
	if (c->mem->wordsize == 4) {
		/* i386 struct stat: 16-bit mode, nlink and ids */
		unsigned char b[64];
		if (!fetch_struct(c, addr, b, sizeof(b)))
			return;
		st = (struct file_stat){
			.dev = get32(b),
			.ino = get32(b + 4),
			.mode = get16(b + 8),
			.nlink = get16(b + 10),
			.uid = get16(b + 12),
			.gid = get16(b + 14),
			.rdev = get32(b + 16),
			.size = get32(b + 20),
			.blksize = get32(b + 24),
			.blocks = get32(b + 28),
			.atime = get32(b + 32),
			.atime_ns = get32(b + 36),
			.mtime = get32(b + 40),
			.mtime_ns = get32(b + 44),
			.ctime = get32(b + 48),
			.ctime_ns = get32(b + 52),
		};
	} else {
		struct stat s;
		if (!fetch_struct(c, addr, &s, sizeof(s)))
			return;
		st = (struct file_stat){
			.dev = s.st_dev,
			.ino = s.st_ino,
			.mode = s.st_mode,
			.nlink = s.st_nlink,
			.uid = s.st_uid,
			.gid = s.st_gid,
			.rdev = s.st_rdev,
			.size = (uint64_t)s.st_size,
			.blksize = (uint64_t)s.st_blksize,
			.blocks = (uint64_t)s.st_blocks,
			.atime = s.st_atim.tv_sec,
			.atime_ns = (uint64_t)s.st_atim.tv_nsec,
			.mtime = s.st_mtim.tv_sec,
			.mtime_ns = (uint64_t)s.st_mtim.tv_nsec,
			.ctime = s.st_ctim.tv_sec,
			.ctime_ns = (uint64_t)s.st_ctim.tv_nsec,
		};
	}
	print_stat_fields(c, &st);
}

void print_stat64(struct call *c, uint64_t addr)
{
	if (c->mem->wordsize != 4) {
		print_stat(c, addr);
		return;
	}
	/* i386 struct stat64 (96 bytes, 4-byte aligned 64-bit fields) */
	unsigned char b[96];
	if (!fetch_struct(c, addr, b, sizeof(b)))
		return;
	struct file_stat st = {
		.dev = get64(b),
		.ino = get64(b + 88),
		.mode = get32(b + 16),
		.nlink = get32(b + 20),
		.uid = get32(b + 24),
		.gid = get32(b + 28),
		.rdev = get64(b + 32),
		.size = get64(b + 44),
		.blksize = get32(b + 52),
		.blocks = get64(b + 56),
		.atime = get32(b + 64),
		.atime_ns = get32(b + 68),
		.mtime = get32(b + 72),
		.mtime_ns = get32(b + 76),
		.ctime = get32(b + 80),
		.ctime_ns = get32(b + 84),
	};
	print_stat_fields(c, &st);
}

/* i386's struct __old_kernel_stat (oldstat, oldfstat, oldlstat): 16-bit
 * fields, 32-bit size and times; no block counts (strace shows 0) */
void print_old_stat(struct call *c, uint64_t addr)
{
	unsigned char b[32];
	if (!fetch_struct(c, addr, b, sizeof(b)))
		return;
	struct file_stat st = {
		.dev = get16(b),
		.ino = get16(b + 2),
		.mode = get16(b + 4),
		.nlink = get16(b + 6),
		.uid = get16(b + 8),
		.gid = get16(b + 10),
		.rdev = get16(b + 12),
		.size = get32(b + 16),
		.atime = get32(b + 20),
		.mtime = get32(b + 24),
		.ctime = get32(b + 28),
		.no_ns = true,
	};
	print_stat_fields(c, &st);
}

void file_arg_old_stat_out(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_old_stat(c, c->args[i]);
}

void file_arg_stat_out(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_stat(c, c->args[i]);
}

void file_arg_stat64_out(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_stat64(c, c->args[i]);
}

/* ---- statx ---- */

/* the sync type, then the AT_* flags */
/* the sync type, then the AT_ flags: AT_STATX_SYNC_AS_STAT|AT_EMPTY_PATH */
void file_arg_statx_flags(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint32_t v = (uint32_t)c->args[i];
	struct flag_part p[2] = {
		{PART_FLAGS, &xlat_file_statx_sync_types,
		 v & AT_STATX_SYNC_TYPE, "AT_STATX_SYNC_AS_STAT"},
		{PART_FLAGS, &xlat_file_statx_flags, v & ~AT_STATX_SYNC_TYPE},
	};
	emit_flag_parts(c->e, p, p[1].val ? 2 : 1, v);
}

static void print_statx_ts(struct call *c, const char *name,
			   const struct statx_timestamp *ts)
{
	emit_field(c->e, name);
	emit_struct_begin(c->e);
	emit_field(c->e, "tv_sec");
	emit_int(c->e, ts->tv_sec);
	emit_field(c->e, "tv_nsec");
	emit_uint(c->e, ts->tv_nsec);
	emit_struct_end(c->e);
	print_time_comment(c, ts->tv_sec, ts->tv_nsec, 9);
}

void file_arg_statx_out(struct call *c, int i, const void *aux)
{
	(void)aux;
	struct statx sx;
	if (!fetch_struct(c, c->args[i], &sx, sizeof(sx)))
		return;
	bool abbrev = call_abbrev(c);
	uint32_t m = sx.stx_mask;
	struct emitter *e = c->e;
	emit_struct_begin(e);
	emit_field(e, "stx_mask");
	emit_flags(e, &xlat_file_statx_mask, m, NULL);
	if (!abbrev) {
		emit_field(e, "stx_blksize");
		emit_uint(e, sx.stx_blksize);
	}
	emit_field(e, "stx_attributes");
	emit_flags(e, &xlat_file_statx_attrs, sx.stx_attributes, NULL);
	if (!abbrev && (m & STATX_NLINK)) {
		emit_field(e, "stx_nlink");
		emit_uint(e, sx.stx_nlink);
	}
	if (!abbrev && (m & STATX_UID)) {
		emit_field(e, "stx_uid");
		emit_int(e, (int32_t)sx.stx_uid);
	}
	if (!abbrev && (m & STATX_GID)) {
		emit_field(e, "stx_gid");
		emit_int(e, (int32_t)sx.stx_gid);
	}
	if (m & (STATX_TYPE | STATX_MODE)) {
		emit_field(e, "stx_mode");
		print_symbolic_mode(c, sx.stx_mode);
	}
	if (!abbrev && (m & STATX_INO)) {
		emit_field(e, "stx_ino");
		emit_uint(e, sx.stx_ino);
	}
	if (m & STATX_SIZE) {
		emit_field(e, "stx_size");
		emit_uint(e, sx.stx_size);
	}
	if (abbrev) {
		emit_more(e);
		emit_struct_end(e);
		return;
	}
	if (m & STATX_BLOCKS) {
		emit_field(e, "stx_blocks");
		emit_uint(e, sx.stx_blocks);
	}
	emit_field(e, "stx_attributes_mask");
	emit_flags(e, &xlat_file_statx_attrs, sx.stx_attributes_mask, NULL);
	if (m & STATX_ATIME)
		print_statx_ts(c, "stx_atime", &sx.stx_atime);
	if (m & STATX_BTIME)
		print_statx_ts(c, "stx_btime", &sx.stx_btime);
	if (m & STATX_CTIME)
		print_statx_ts(c, "stx_ctime", &sx.stx_ctime);
	if (m & STATX_MTIME)
		print_statx_ts(c, "stx_mtime", &sx.stx_mtime);
	emit_field(e, "stx_rdev_major");
	emit_uint(e, sx.stx_rdev_major);
	emit_field(e, "stx_rdev_minor");
	emit_uint(e, sx.stx_rdev_minor);
	emit_field(e, "stx_dev_major");
	emit_uint(e, sx.stx_dev_major);
	emit_field(e, "stx_dev_minor");
	emit_uint(e, sx.stx_dev_minor);
	if (m & STATX_MNT_ID) {
		emit_field(e, "stx_mnt_id");
		emit_hex(e, sx.stx_mnt_id);
	}
	if (m & STATX_DIOALIGN) {
		emit_field(e, "stx_dio_mem_align");
		emit_uint(e, sx.stx_dio_mem_align);
		emit_field(e, "stx_dio_offset_align");
		emit_uint(e, sx.stx_dio_offset_align);
	}
	emit_struct_end(e);
}

/* ---- statfs ---- */

struct file_statfs {
	uint64_t type, bsize, blocks, bfree, bavail, files, ffree, namelen,
		frsize, flags;
	uint32_t fsid[2];
};

static void print_statfs_fields(struct call *c, const struct file_statfs *s)
{
	struct emitter *e = c->e;
	emit_struct_begin(e);
	emit_field(e, "f_type");
	emit_enum(e, &xlat_file_fs_magic, s->type, NULL);
	emit_field(e, "f_bsize");
	emit_uint(e, s->bsize);
	emit_field(e, "f_blocks");
	emit_uint(e, s->blocks);
	emit_field(e, "f_bfree");
	emit_uint(e, s->bfree);
	emit_field(e, "f_bavail");
	emit_uint(e, s->bavail);
	emit_field(e, "f_files");
	emit_uint(e, s->files);
	emit_field(e, "f_ffree");
	emit_uint(e, s->ffree);
	emit_field(e, "f_fsid");
	emit_struct_begin(e);
	emit_field(e, "val");
	print_local_array(c, s->fsid, 2, sizeof(s->fsid[0]), print_hex32_elem,
			  NULL);
	emit_struct_end(e);
	emit_field(e, "f_namelen");
	emit_uint(e, s->namelen);
	emit_field(e, "f_frsize");
	emit_uint(e, s->frsize);
	/* the kernel sets ST_VALID when f_flags means something */
	if (s->flags & 0x20) {
		emit_field(e, "f_flags");
		emit_flags(e, &xlat_file_statfs_flags, s->flags, NULL);
	}
	emit_struct_end(e);
}

void print_statfs(struct call *c, uint64_t addr)
{
	unsigned char b[120];
	struct file_statfs s;
	if (c->mem->wordsize == 4) {
		/* i386 struct statfs: every field 32 bits */
		if (!fetch_struct(c, addr, b, 64))
			return;
		s = (struct file_statfs){
			.type = get32(b),
			.bsize = get32(b + 4),
			.blocks = get32(b + 8),
			.bfree = get32(b + 12),
			.bavail = get32(b + 16),
			.files = get32(b + 20),
			.ffree = get32(b + 24),
			.fsid = {get32(b + 28), get32(b + 32)},
			.namelen = get32(b + 36),
			.frsize = get32(b + 40),
			.flags = get32(b + 44),
		};
	} else {
		if (!fetch_struct(c, addr, b, sizeof(b)))
			return;
		s = (struct file_statfs){
			.type = get64(b),
			.bsize = get64(b + 8),
			.blocks = get64(b + 16),
			.bfree = get64(b + 24),
			.bavail = get64(b + 32),
			.files = get64(b + 40),
			.ffree = get64(b + 48),
			.fsid = {get32(b + 56), get32(b + 60)},
			.namelen = get64(b + 64),
			.frsize = get64(b + 72),
			.flags = get64(b + 80),
		};
	}
	print_statfs_fields(c, &s);
}

/* i386 struct statfs64 (84 bytes); size is the caller's argument */
void print_statfs64(struct call *c, uint64_t addr, uint64_t size)
{
	unsigned char b[84];
	if (c->mem->wordsize != 4) {
		print_statfs(c, addr);
		return;
	}
	if (size != sizeof(b) && addr && call_verbose(c)) {
		emit_ptr(c->e, addr);
		return;
	}
	if (!fetch_struct(c, addr, b, sizeof(b)))
		return;
	struct file_statfs s = {
		.type = get32(b),
		.bsize = get32(b + 4),
		.blocks = get64(b + 8),
		.bfree = get64(b + 16),
		.bavail = get64(b + 24),
		.files = get64(b + 32),
		.ffree = get64(b + 40),
		.fsid = {get32(b + 48), get32(b + 52)},
		.namelen = get32(b + 56),
		.frsize = get32(b + 60),
		.flags = get32(b + 64),
	};
	print_statfs_fields(c, &s);
}

void file_arg_statfs_out(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_statfs(c, c->args[i]);
}

void file_arg_statfs64_out(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_statfs64(c, c->args[i], i > 0 ? c->args[i - 1] : 0);
}

/* ---- getcwd ---- */

/* the directory the kernel wrote (NUL-terminated; strace reads it as a
 * path whatever the return value says); -s does not cut it */
void file_arg_getcwd_out(struct call *c, int i, const void *aux)
{
	(void)aux;
	if (c->err)
		emit_ptr(c->e, c->args[i]);
	else
		print_path(c, c->args[i]);
}

/* ---- extensible structs (open_how, mount_attr) ---- */

/* After the fields of a struct of known size, the bytes the caller
 * passed beyond it: strace shows them only when one is not zero. */
static void print_struct_tail(struct call *c, uint64_t addr, size_t known,
			      uint64_t size)
{
	if (size <= known)
		return;
	size_t end = (size_t)MIN(size, (uint64_t)EXT_STRUCT_MAX);
	if (end <= known)
		return;
	size_t n = end - known;
	unsigned char *buf = (unsigned char *)scratch(n);
	if (mem_read(c->mem, addr + known, buf, n) < 0) {
		emit_expr(c->e, "???");
		return;
	}
	size_t k = 0;
	while (k < n && !buf[k])
		k++;
	if (k == n)
		return;
	unsigned limit = str_limit(c);
	size_t show = MIN(n, (size_t)limit);
	struct strbuf sb = {0};
	sb_printf(&sb, "/* bytes %zu..%zu */ \"", known, end - 1);
	for (size_t j = 0; j < show; j++)
		sb_printf(&sb, "\\x%02x", buf[j]);
	sb_putc(&sb, '"');
	if (show < n)
		sb_puts(&sb, "...");
	emit_expr(c->e, sb_cstr(&sb));
	sb_free(&sb);
}

/* openat2(2): {flags=O_RDONLY|O_CLOEXEC, resolve=RESOLVE_BENEATH} */
void file_arg_open_how(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint64_t addr = c->args[i];
	uint64_t size = i + 1 < 6 ? c->args[i + 1] : 0;
	uint64_t how[3]; /* flags, mode, resolve */
	if (addr && size < sizeof(how)) {
		emit_ptr(c->e, addr);
		return;
	}
	if (!fetch_struct_in(c, addr, how, sizeof(how)))
		return;
	emit_struct_begin(c->e);
	emit_field(c->e, "flags");
	print_open_flags(c, how[0]);
	if (how[0] & (O_CREAT | O_TMPFILE_BIT)) {
		emit_field(c->e, "mode");
		emit_oct(c->e, how[1]);
	}
	emit_field(c->e, "resolve");
	emit_flags_unknown(c->e, &xlat_file_resolve_flags, how[2], NULL,
			   "RESOLVE_???");
	print_struct_tail(c, addr, sizeof(how), size);
	emit_struct_end(c->e);
}

/* mount_setattr(2): {attr_set=..., attr_clr=..., propagation=MS_SHARED,
 * userns_fd=3} */
void file_arg_mount_attr(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint64_t addr = c->args[i];
	uint64_t size = i + 1 < 6 ? c->args[i + 1] : 0;
	uint64_t ma[4]; /* attr_set, attr_clr, propagation, userns_fd */
	if (addr && size < sizeof(ma)) {
		emit_ptr(c->e, addr);
		return;
	}
	if (!fetch_struct_in(c, addr, ma, sizeof(ma)))
		return;
	emit_struct_begin(c->e);
	emit_field(c->e, "attr_set");
	emit_flags_unknown(c->e, &xlat_file_mount_attr_flags, ma[0], NULL,
			   "MOUNT_ATTR_???");
	emit_field(c->e, "attr_clr");
	emit_flags_unknown(c->e, &xlat_file_mount_attr_flags, ma[1], NULL,
			   "MOUNT_ATTR_???");
	emit_field(c->e, "propagation");
	emit_enum(c->e, &xlat_file_mount_propagation, ma[2], "MS_???");
	emit_field(c->e, "userns_fd");
	if (ma[0] & MOUNT_ATTR_IDMAP) /* an fd only then */
		print_fd(c, (int64_t)ma[3]);
	else
		emit_uint(c->e, ma[3]);
	print_struct_tail(c, addr, sizeof(ma), size);
	emit_struct_end(c->e);
}

/* ---- mount(2) ---- */

static uint64_t mount_flags(const struct call *c)
{
	uint64_t f = c->args[3];
	if ((f & MS_MGC_MSK) == MS_MGC_VAL)
		f &= ~(uint64_t)MS_MGC_MSK;
	return f;
}

#define MS_PROPAGATION (MS_SHARED | MS_PRIVATE | MS_SLAVE | MS_UNBINDABLE)

/* the type means nothing to a remount, bind, move or propagation change */
void file_arg_mount_type(struct call *c, int i, const void *aux)
{
	(void)aux;
	if (mount_flags(c) & (MS_REMOUNT | MS_BIND | MS_MOVE | MS_PROPAGATION))
		emit_ptr(c->e, c->args[i]);
	else
		print_cstring(c, c->args[i], str_limit(c));
}

/* data is a string except for bind, move and propagation changes */
void file_arg_mount_data(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint64_t f = mount_flags(c);
	if (!(f & MS_REMOUNT) && (f & (MS_BIND | MS_MOVE | MS_PROPAGATION)))
		emit_ptr(c->e, c->args[i]);
	else
		print_cstring(c, c->args[i], str_limit(c));
}

void file_arg_mount_flags(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint64_t f = c->args[i];
	if ((f & MS_MGC_MSK) != MS_MGC_VAL) {
		emit_flags(c->e, &xlat_file_mount_flags, f, NULL);
		return;
	}
	struct flag_part p[2] = {
		{PART_SYM, NULL, MS_MGC_VAL, "MS_MGC_VAL", NULL, SYM_HEX},
		{PART_FLAGS, &xlat_file_mount_flags, f & ~(uint64_t)MS_MGC_MSK},
	};
	emit_flag_parts(c->e, p, p[1].val ? 2 : 1, f);
}

/* swapon(2): SWAP_FLAG_PREFER|SWAP_FLAG_DISCARD|5 (the priority last) */
void file_arg_swap_flags(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint32_t v = (uint32_t)c->args[i];
	uint32_t flags = v & ~(uint32_t)0x7fff, prio = v & 0x7fff;
	if (!flags) {
		emit_uint(c->e, prio);
		return;
	}
	struct flag_part p[2] = {
		{PART_FLAGS, &xlat_file_swap_flags, flags},
		{PART_NUM, NULL, prio, NULL, NULL, SYM_UDEC},
	};
	emit_flag_parts(c->e, p, 2, v);
}

/* ---- xattrs ---- */

/* strace shows xattr values without their trailing NUL (but with -x) */
void print_xattr_value(struct call *c, uint64_t addr, uint64_t len)
{
	unsigned limit = str_limit(c);
	if (!addr) {
		emit_null(c->e);
		return;
	}
	size_t n = (size_t)MIN(len, (uint64_t)limit);
	/* one byte past the limit, as print_buffer */
	size_t want = len > limit ? n + 1 : n;
	char *buf = scratch(want);
	if (want && mem_read(c->mem, addr, buf, want) < 0) {
		emit_ptr(c->e, addr);
		return;
	}
	if (len > limit) {
		emit_str(c->e, buf, n, STR_TRUNCATED);
		return;
	}
	/* in hex modes strace shows every byte, the NUL too */
	if (n && buf[n - 1] == '\0' && !c->cfg->hexmode)
		n--;
	emit_str(c->e, buf, n, 0);
}

void file_arg_xattr_in(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_xattr_value(c, c->args[i], i + 1 < 6 ? c->args[i + 1] : 0);
}

void file_arg_xattr_out(struct call *c, int i, const void *aux)
{
	(void)aux;
	if (c->err) {
		emit_ptr(c->e, c->args[i]);
		return;
	}
	print_xattr_value(c, c->args[i], (uint64_t)c->rval);
}

/* listxattr(2): the NUL-separated names; with size 0 nothing was written */
void file_arg_xattr_list(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint64_t size = i + 1 < 6 ? c->args[i + 1] : 0;
	if (c->err || (c->args[i] && !size)) {
		emit_ptr(c->e, c->args[i]);
		return;
	}
	print_buffer(c, c->args[i], (uint64_t)c->rval);
}

/* ---- fanotify ---- */

void file_arg_fan_dirfd(struct call *c, int i, const void *aux)
{
	(void)aux;
	int fd = (int32_t)c->args[i];
	if (fd == FAN_NOFD)
		emit_sym(c->e, "FAN_NOFD", fd);
	else
		arg_dirfd(c, i, NULL);
}

/* ---- fsconfig(2): the value and aux mean what the command says ---- */

static uint32_t fsconfig_cmd(const struct call *c)
{
	return (uint32_t)c->args[1];
}

void file_arg_fsconfig_cmd(struct call *c, int i, const void *aux)
{
	(void)aux;
	emit_enum(c->e, &xlat_file_fsconfig_cmds, (uint32_t)c->args[i],
		  "FSCONFIG_???");
}

void file_arg_fsconfig_key(struct call *c, int i, const void *aux)
{
	(void)aux;
	if (fsconfig_cmd(c) <= FSCONFIG_SET_FD)
		print_cstring(c, c->args[i], str_limit(c));
	else
		emit_ptr(c->e, c->args[i]);
}

/* a blob strace always shows in hex */
static void print_hex_bytes(struct call *c, uint64_t addr, uint64_t len)
{
	unsigned limit = str_limit(c);
	if (!addr) {
		emit_null(c->e);
		return;
	}
	size_t n = (size_t)MIN(len, (uint64_t)limit);
	unsigned char *buf = (unsigned char *)scratch(n);
	if (n && mem_read(c->mem, addr, buf, n) < 0) {
		emit_ptr(c->e, addr);
		return;
	}
	struct strbuf sb = {0};
	sb_putc(&sb, '"');
	for (size_t j = 0; j < n; j++)
		sb_printf(&sb, "\\x%02x", buf[j]);
	sb_putc(&sb, '"');
	if (len > n)
		sb_puts(&sb, "...");
	emit_expr(c->e, sb_cstr(&sb));
	sb_free(&sb);
}

void file_arg_fsconfig_value(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint64_t v = c->args[i];
	switch (fsconfig_cmd(c)) {
	case FSCONFIG_SET_STRING: print_cstring(c, v, str_limit(c)); break;
	case FSCONFIG_SET_BINARY:
		print_hex_bytes(c, v, (uint32_t)c->args[4]);
		break;
	case FSCONFIG_SET_PATH:
	case FSCONFIG_SET_PATH_EMPTY: print_path(c, v); break;
	default: emit_ptr(c->e, v);
	}
}

void file_arg_fsconfig_aux(struct call *c, int i, const void *aux)
{
	(void)aux;
	switch (fsconfig_cmd(c)) {
	case FSCONFIG_SET_PATH:
	case FSCONFIG_SET_PATH_EMPTY: arg_dirfd(c, i, NULL); break;
	case FSCONFIG_SET_FD: arg_fd(c, i, NULL); break;
	default: emit_int(c->e, (int32_t)c->args[i]);
	}
}

/* ---- quotactl(2), quotactl_fd(2) ---- */

void print_quota_cmd(struct call *c, uint32_t v)
{
	uint32_t cmd = v >> 8, type = v & 0xff;
	const char *cn = xlat_name(&xlat_file_quota_cmds, cmd);
	const char *tn = xlat_name(&xlat_file_quota_types, type);
	char cbuf[48], tbuf[48], text[128];
	if (!cn) {
		snprintf(cbuf, sizeof(cbuf), "%#x /* Q_??? */", cmd);
		cn = cbuf;
	}
	if (!tn) {
		snprintf(tbuf, sizeof(tbuf), "%#x /* ???QUOTA */", type);
		tn = tbuf;
	}
	snprintf(text, sizeof(text), "QCMD(%s, %s)", cn, tn);
	emit_sym_base(c->e, text, v, SYM_UDEC);
}

/* what follows the special file (or fd) for each command */
enum {
	QARGS_NONE,
	QARGS_ID_ADDR,	  /* the id, an address strace does not read */
	QARGS_QUOTAON,	  /* the format, the quota file */
	QARGS_XFLAGS,	  /* [XFS quota states] */
	QARGS_XTYPES,	  /* [XFS quota types] */
	QARGS_DQBLK_IN,	  /* the id, struct if_dqblk read */
	QARGS_DQBLK_OUT,  /* the id, struct if_dqblk written */
	QARGS_NEXTDQBLK,  /* the id, struct if_nextdqblk written */
	QARGS_DQINFO_IN,  /* struct if_dqinfo read */
	QARGS_DQINFO_OUT, /* struct if_dqinfo written */
	QARGS_FMT_OUT,	  /* [the format] written */
	QARGS_XDQUOT_IN,  /* the id, struct fs_disk_quota read */
	QARGS_XDQUOT_OUT, /* the id, struct fs_disk_quota written */
	QARGS_XSTAT_OUT,  /* struct fs_quota_stat written */
	QARGS_XSTATV_OUT, /* struct fs_quota_statv written */
};

static int quota_args(uint32_t cmd)
{
	switch (cmd) {
	case Q_SYNC:
	case Q_QUOTAOFF:
	case Q_XQUOTASYNC: return QARGS_NONE;
	case Q_QUOTAON: return QARGS_QUOTAON;
	case Q_XQUOTAON:
	case Q_XQUOTAOFF: return QARGS_XFLAGS;
	case Q_XQUOTARM: return QARGS_XTYPES;
	case Q_SETQUOTA: return QARGS_DQBLK_IN;
	case Q_GETQUOTA: return QARGS_DQBLK_OUT;
	case Q_GETNEXTQUOTA: return QARGS_NEXTDQBLK;
	case Q_SETINFO: return QARGS_DQINFO_IN;
	case Q_GETINFO: return QARGS_DQINFO_OUT;
	case Q_GETFMT: return QARGS_FMT_OUT;
	case Q_XSETQLIM: return QARGS_XDQUOT_IN;
	case Q_XGETQUOTA:
	case Q_XGETNEXTQUOTA: return QARGS_XDQUOT_OUT;
	case Q_XGETQSTAT: return QARGS_XSTAT_OUT;
	case Q_XGETQSTATV: return QARGS_XSTATV_OUT;
	default: return QARGS_ID_ADDR;
	}
}

static void quota_field(struct call *c, const char *name, uint64_t v)
{
	emit_field(c->e, name);
	emit_uint(c->e, v);
}

/* struct if_dqblk, then dqb_id of struct if_nextdqblk; -v shows the
 * times and the valid mask */
static void print_dqblk(struct call *c, uint64_t addr, bool in, bool next)
{
	struct if_nextdqblk d;
	size_t size =
		next ? sizeof(struct if_nextdqblk) : sizeof(struct if_dqblk);
	if (c->mem->wordsize == 4) { /* other alignment: not decoded */
		emit_ptr(c->e, addr);
		return;
	}
	if (in ? !fetch_struct_in(c, addr, &d, size)
	       : !fetch_struct(c, addr, &d, size))
		return;
	emit_struct_begin(c->e);
	quota_field(c, "dqb_bhardlimit", d.dqb_bhardlimit);
	quota_field(c, "dqb_bsoftlimit", d.dqb_bsoftlimit);
	quota_field(c, "dqb_curspace", d.dqb_curspace);
	quota_field(c, "dqb_ihardlimit", d.dqb_ihardlimit);
	quota_field(c, "dqb_isoftlimit", d.dqb_isoftlimit);
	quota_field(c, "dqb_curinodes", d.dqb_curinodes);
	if (!call_abbrev(c)) {
		quota_field(c, "dqb_btime", d.dqb_btime);
		quota_field(c, "dqb_itime", d.dqb_itime);
		emit_field(c->e, "dqb_valid");
		emit_flags_unknown(c->e, &xlat_file_quota_valid, d.dqb_valid,
				   NULL, "QIF_???");
	}
	if (next)
		quota_field(c, "dqb_id", d.dqb_id);
	if (call_abbrev(c))
		emit_more(c->e);
	emit_struct_end(c->e);
}

static void print_dqinfo(struct call *c, uint64_t addr, bool in)
{
	struct if_dqinfo d;
	if (in ? !fetch_struct_in(c, addr, &d, sizeof(d))
	       : !fetch_struct(c, addr, &d, sizeof(d)))
		return;
	emit_struct_begin(c->e);
	quota_field(c, "dqi_bgrace", d.dqi_bgrace);
	quota_field(c, "dqi_igrace", d.dqi_igrace);
	emit_field(c->e, "dqi_flags");
	emit_flags_unknown(c->e, &xlat_file_quota_info_flags, d.dqi_flags, NULL,
			   "DQF_???");
	emit_field(c->e, "dqi_valid");
	emit_flags_unknown(c->e, &xlat_file_quota_info_valid, d.dqi_valid, NULL,
			   "IIF_???");
	emit_struct_end(c->e);
}

/* struct fs_disk_quota: -v shows the fields after d_icount */
static void print_xdquot(struct call *c, uint64_t addr, bool in)
{
	struct fs_disk_quota d;
	if (c->mem->wordsize == 4) {
		emit_ptr(c->e, addr);
		return;
	}
	if (in ? !fetch_struct_in(c, addr, &d, sizeof(d))
	       : !fetch_struct(c, addr, &d, sizeof(d)))
		return;
	emit_struct_begin(c->e);
	emit_field(c->e, "d_version");
	emit_int(c->e, d.d_version);
	emit_field(c->e, "d_flags");
	emit_flags_unknown(c->e, &xlat_file_xfs_quota_types, (uint8_t)d.d_flags,
			   NULL, "FS_???_QUOTA");
	emit_field(c->e, "d_fieldmask");
	emit_hex(c->e, d.d_fieldmask);
	quota_field(c, "d_id", d.d_id);
	quota_field(c, "d_blk_hardlimit", d.d_blk_hardlimit);
	quota_field(c, "d_blk_softlimit", d.d_blk_softlimit);
	quota_field(c, "d_ino_hardlimit", d.d_ino_hardlimit);
	quota_field(c, "d_ino_softlimit", d.d_ino_softlimit);
	quota_field(c, "d_bcount", d.d_bcount);
	quota_field(c, "d_icount", d.d_icount);
	if (call_abbrev(c)) {
		emit_more(c->e);
		emit_struct_end(c->e);
		return;
	}
	emit_field(c->e, "d_itimer");
	emit_int(c->e, d.d_itimer);
	emit_field(c->e, "d_btimer");
	emit_int(c->e, d.d_btimer);
	quota_field(c, "d_iwarns", d.d_iwarns);
	quota_field(c, "d_bwarns", d.d_bwarns);
	quota_field(c, "d_rtb_hardlimit", d.d_rtb_hardlimit);
	quota_field(c, "d_rtb_softlimit", d.d_rtb_softlimit);
	quota_field(c, "d_rtbcount", d.d_rtbcount);
	emit_field(c->e, "d_rtbtimer");
	emit_int(c->e, d.d_rtbtimer);
	quota_field(c, "d_rtbwarns", d.d_rtbwarns);
	emit_struct_end(c->e);
}

static void print_xfs_qstat(struct call *c, const char *name, uint64_t ino,
			    uint64_t nblks, uint32_t nextents)
{
	emit_field(c->e, name);
	emit_struct_begin(c->e);
	quota_field(c, "qfs_ino", ino);
	quota_field(c, "qfs_nblks", nblks);
	quota_field(c, "qfs_nextents", nextents);
	emit_struct_end(c->e);
}

/* struct fs_quota_stat and struct fs_quota_statv: only the version
 * without -v */
static void print_xstat(struct call *c, uint64_t addr, bool v)
{
	union {
		struct fs_quota_stat s;
		struct fs_quota_statv sv;
	} d;
	if (c->mem->wordsize == 4) {
		emit_ptr(c->e, addr);
		return;
	}
	if (!fetch_struct(c, addr, &d, v ? sizeof(d.sv) : sizeof(d.s)))
		return;
	emit_struct_begin(c->e);
	emit_field(c->e, "qs_version");
	emit_int(c->e, d.s.qs_version);
	if (call_abbrev(c)) {
		emit_more(c->e);
		emit_struct_end(c->e);
		return;
	}
	emit_field(c->e, "qs_flags");
	emit_flags_unknown(c->e, &xlat_file_xfs_quota_flags,
			   v ? d.sv.qs_flags : d.s.qs_flags, NULL,
			   "FS_QUOTA_???");
	if (v) {
		quota_field(c, "qs_incoredqs", d.sv.qs_incoredqs);
		print_xfs_qstat(c, "qs_uquota", d.sv.qs_uquota.qfs_ino,
				d.sv.qs_uquota.qfs_nblks,
				d.sv.qs_uquota.qfs_nextents);
		print_xfs_qstat(c, "qs_gquota", d.sv.qs_gquota.qfs_ino,
				d.sv.qs_gquota.qfs_nblks,
				d.sv.qs_gquota.qfs_nextents);
		print_xfs_qstat(c, "qs_pquota", d.sv.qs_pquota.qfs_ino,
				d.sv.qs_pquota.qfs_nblks,
				d.sv.qs_pquota.qfs_nextents);
	} else {
		print_xfs_qstat(c, "qs_uquota", d.s.qs_uquota.qfs_ino,
				d.s.qs_uquota.qfs_nblks,
				d.s.qs_uquota.qfs_nextents);
		print_xfs_qstat(c, "qs_gquota", d.s.qs_gquota.qfs_ino,
				d.s.qs_gquota.qfs_nblks,
				d.s.qs_gquota.qfs_nextents);
		quota_field(c, "qs_incoredqs", d.s.qs_incoredqs);
	}
	emit_field(c->e, "qs_btimelimit");
	emit_int(c->e, v ? d.sv.qs_btimelimit : d.s.qs_btimelimit);
	emit_field(c->e, "qs_itimelimit");
	emit_int(c->e, v ? d.sv.qs_itimelimit : d.s.qs_itimelimit);
	emit_field(c->e, "qs_rtbtimelimit");
	emit_int(c->e, v ? d.sv.qs_rtbtimelimit : d.s.qs_rtbtimelimit);
	quota_field(c, "qs_bwarnlimit",
		    v ? d.sv.qs_bwarnlimit : d.s.qs_bwarnlimit);
	quota_field(c, "qs_iwarnlimit",
		    v ? d.sv.qs_iwarnlimit : d.s.qs_iwarnlimit);
	emit_struct_end(c->e);
}

/* [value] of a 32-bit word: flags of x, or an enumeration */
static void print_quota_word(struct call *c, uint64_t addr, bool in,
			     const struct xlat *x, const char *unknown,
			     bool flags)
{
	uint32_t v;
	if (in ? !fetch_struct_in(c, addr, &v, sizeof(v))
	       : !fetch_struct(c, addr, &v, sizeof(v)))
		return;
	emit_array_begin(c->e);
	if (flags)
		emit_flags_unknown(c->e, x, v, NULL, unknown);
	else
		emit_enum(c->e, x, v, unknown);
	emit_array_end(c->e);
}

int print_quota_args(struct call *c, uint32_t v)
{
	int kind = quota_args(v >> 8);
	uint64_t addr = c->args[3];
	if (c->exiting) {
		switch (kind) {
		case QARGS_DQBLK_OUT: print_dqblk(c, addr, false, false); break;
		case QARGS_NEXTDQBLK: print_dqblk(c, addr, false, true); break;
		case QARGS_DQINFO_OUT: print_dqinfo(c, addr, false); break;
		case QARGS_FMT_OUT:
			print_quota_word(c, addr, false,
					 &xlat_file_quota_formats,
					 "QFMT_VFS_???", false);
			break;
		case QARGS_XDQUOT_OUT: print_xdquot(c, addr, false); break;
		case QARGS_XSTAT_OUT: print_xstat(c, addr, false); break;
		case QARGS_XSTATV_OUT: print_xstat(c, addr, true); break;
		}
		return DECODE_DONE;
	}
	switch (kind) {
	case QARGS_ID_ADDR:
	case QARGS_DQBLK_IN:
	case QARGS_DQBLK_OUT:
	case QARGS_NEXTDQBLK:
	case QARGS_XDQUOT_IN:
	case QARGS_XDQUOT_OUT: emit_int(c->e, (int32_t)c->args[2]); break;
	}
	switch (kind) {
	case QARGS_NONE: break;
	case QARGS_ID_ADDR: emit_ptr(c->e, addr); break;
	case QARGS_QUOTAON:
		emit_enum(c->e, &xlat_file_quota_formats, (uint32_t)c->args[2],
			  "QFMT_VFS_???");
		print_path(c, addr);
		break;
	case QARGS_XFLAGS:
		print_quota_word(c, addr, true, &xlat_file_xfs_quota_flags,
				 "FS_QUOTA_???", true);
		break;
	case QARGS_XTYPES:
		print_quota_word(c, addr, true, &xlat_file_xfs_quota_types,
				 "FS_???_QUOTA", true);
		break;
	case QARGS_DQBLK_IN: print_dqblk(c, addr, true, false); break;
	case QARGS_DQINFO_IN: print_dqinfo(c, addr, true); break;
	case QARGS_XDQUOT_IN: print_xdquot(c, addr, true); break;
	default: return DECODE_MORE;
	}
	return DECODE_DONE;
}

int file_decode_quotactl(struct call *c)
{
	uint32_t v = (uint32_t)c->args[0];
	if (!c->exiting) {
		print_quota_cmd(c, v);
		print_path(c, c->args[1]);
	}
	return print_quota_args(c, v);
}

/* ---- name_to_handle_at(2) ---- */

/* The handle is in/out: handle_bytes is read at entry and shown with
 * what the kernel wrote back ("handle_bytes=128 => 8"). */
int file_decode_name_to_handle_at(struct call *c)
{
	uint64_t addr = c->args[2];
	if (!c->exiting) {
		decode_args(c, 0, 2);
		uint32_t hb;
		c->saved[0] = 0;
		if (addr && mem_read(c->mem, addr, &hb, sizeof(hb)) == 0) {
			c->saved[0] = 1;
			c->saved[1] = hb;
		}
		return DECODE_MORE;
	}
	if (!addr || !c->saved[0] || !call_verbose(c)) {
		emit_ptr(c->e, addr);
	} else {
		uint32_t hdr[2]; /* handle_bytes, handle_type */
		bool got = mem_read(c->mem, addr, hdr, sizeof(hdr)) == 0;
		emit_struct_begin(c->e);
		emit_field(c->e, "handle_bytes");
		emit_uint(c->e, c->saved[1]);
		if (got && (!c->err || c->err == EOVERFLOW) &&
		    hdr[0] != c->saved[1]) {
			emit_changed(c->e);
			emit_uint(c->e, hdr[0]);
		}
		if (got && !c->err) {
			emit_field(c->e, "handle_type");
			emit_int(c->e, (int32_t)hdr[1]);
			emit_field(c->e, "f_handle");
			uint32_t n = MIN(hdr[0], (uint32_t)MAX_HANDLE_SZ);
			unsigned char h[MAX_HANDLE_SZ];
			if (mem_read(c->mem, addr + 8, h, n) == 0) {
				struct strbuf sb = {0};
				sb_putc(&sb, '"');
				for (uint32_t j = 0; j < n; j++)
					sb_printf(&sb, "\\x%02x", h[j]);
				sb_putc(&sb, '"');
				if (hdr[0] > n) /* strace shows MAX_HANDLE_SZ */
					sb_puts(&sb, "...");
				emit_expr(c->e, sb_cstr(&sb));
				sb_free(&sb);
			} else {
				emit_ptr(c->e, addr + 8);
			}
		}
		emit_struct_end(c->e);
	}
	/* the mount id the kernel wrote */
	int32_t mid;
	if (fetch_struct(c, c->args[3], &mid, sizeof(mid))) {
		emit_array_begin(c->e);
		emit_int(c->e, mid);
		emit_array_end(c->e);
	}
	emit_flags(c->e, &xlat_file_handle_at_flags, (uint32_t)c->args[4],
		   NULL);
	return DECODE_DONE;
}
