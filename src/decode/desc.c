/* The desc family: the printers its signatures are written in, and the
 * decoders for fcntl and sendfile. ioctl is in desc_ioctl.c, polling in
 * desc_poll.c, asynchronous I/O and the rarer fd calls in desc_aio.c. */
#include "decode/desc.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/uio.h>

#include "config.h"
#include "xlat/xlat.h"

/* ---- constant sets ---- */

void desc_format_flags(struct strbuf *sb, const struct xlat *x, uint64_t val)
{
	const char *names[64];
	uint64_t rest = 0;
	int n = xlat_split_flags(x, val, names, 64, &rest);
	for (int i = 0; i < n; i++) {
		if (i)
			sb_putc(sb, '|');
		sb_puts(sb, names[i]);
	}
	if (rest) {
		if (n)
			sb_putc(sb, '|');
		sb_puthex(sb, rest);
	}
}

/* flags of dup3, pipe2: open flags without the access mode */
void arg_desc_open_flags(struct call *c, int i, const void *aux)
{
	(void)aux;
	emit_flags_unknown(c->e, &xlat_open_flags, (uint32_t)c->args[i], NULL,
			   "O_???");
}

void arg_desc_hex32(struct call *c, int i, const void *aux)
{
	(void)aux;
	emit_hex(c->e, (uint32_t)c->args[i]);
}

/* a 64-bit offset: an i386 tracee passes it in two registers, low
 * half first; x86_64 ignores the second (preadv's pos_h) */
void arg_desc_off64(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint64_t v = c->args[i];
	if (c->mem->wordsize == 4 && i + 1 < 6)
		v = (uint32_t)v | c->args[i + 1] << 32;
	emit_int(c->e, (int64_t)v);
}

/* an off_t: a long, 32 bits in an i386 tracee (lseek) */
void arg_desc_off(struct call *c, int i, const void *aux)
{
	(void)aux;
	int64_t v = (int64_t)c->args[i];
	if (c->mem->wordsize == 4)
		v = (int32_t)v;
	emit_int(c->e, v);
}

/* a umode_t: 16 bits, octal */
void arg_desc_mode16(struct call *c, int i, const void *aux)
{
	(void)aux;
	emit_oct(c->e, (uint16_t)c->args[i]);
}

/* ---- small structures ---- */

void desc_print_sigset(struct call *c, uint64_t addr, uint64_t size)
{
	/* strace decodes a mask only of the kernel's size: from a word up
	 * to NSIG/8 bytes */
	if (addr && (size > 8 || size < (uint64_t)c->mem->wordsize)) {
		emit_ptr(c->e, addr);
		return;
	}
	print_sigset(c, addr, size);
}

void arg_desc_sigset(struct call *c, int i, const void *aux)
{
	(void)aux;
	desc_print_sigset(c, c->args[i], i + 1 < 6 ? c->args[i + 1] : 0);
}

void desc_print_int_ref(struct call *c, uint64_t addr, bool output)
{
	int32_t v;
	bool ok = output ? fetch_struct(c, addr, &v, sizeof(v))
			 : fetch_struct_in(c, addr, &v, sizeof(v));
	if (!ok)
		return;
	emit_array_begin(c->e);
	emit_int(c->e, v);
	emit_array_end(c->e);
}

void desc_print_u64_ref(struct call *c, uint64_t addr, bool output)
{
	uint64_t v;
	bool ok = output ? fetch_struct(c, addr, &v, sizeof(v))
			 : fetch_struct_in(c, addr, &v, sizeof(v));
	if (!ok)
		return;
	emit_array_begin(c->e);
	emit_uint(c->e, v);
	emit_array_end(c->e);
}

void arg_desc_int_out(struct call *c, int i, const void *aux)
{
	(void)aux;
	desc_print_int_ref(c, c->args[i], true);
}

/* [0x7f...]: a pointer the call stores, io_setup's context */
void arg_desc_ptr_out(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint64_t v = 0;
	size_t len = (size_t)c->mem->wordsize;
	if (!fetch_struct(c, c->args[i], &v, len))
		return;
	emit_array_begin(c->e);
	emit_ptr(c->e, v);
	emit_array_end(c->e);
}

/* [offset]: splice and copy_file_range read it, and strace shows only
 * what they read */
void arg_desc_loff_in(struct call *c, int i, const void *aux)
{
	(void)aux;
	int64_t off;
	if (!fetch_struct_in(c, c->args[i], &off, sizeof(off)))
		return;
	emit_array_begin(c->e);
	emit_int(c->e, off);
	emit_array_end(c->e);
}

/* the command line of kexec_file_load: its length is the argument before */
void arg_desc_buf_prevlen(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_buffer(c, c->args[i], i > 0 ? c->args[i - 1] : 0);
}

/* an argument strace does not show (the high half of preadv2's offset,
 * which x86_64 ignores); -e raw still shows it */
void arg_desc_skip(struct call *c, int i, const void *aux)
{
	(void)c;
	(void)i;
	(void)aux;
}

/* pipe, pipe2: [3, 4], an array like any other (-s 1 shows [3, ...]) */
static void print_pipe_fd(struct call *c, const void *elem, size_t index,
			  void *ctx)
{
	(void)index;
	(void)ctx;
	int32_t fd;
	memcpy(&fd, elem, sizeof(fd));
	print_fd(c, fd);
}

void arg_desc_pipefds(struct call *c, int i, const void *aux)
{
	(void)aux;
	if (c->err) {
		emit_ptr(c->e, c->args[i]);
		return;
	}
	print_array(c, c->args[i], 2, sizeof(int32_t), print_pipe_fd, NULL);
}

/* ---- directory entries ---- */

/* the kernel fills at most the count it was given; a larger buffer than
 * this is shown up to here */
#define DIRENTS_MAX (4u << 20)

static unsigned char *dirent_buf(size_t n)
{
	static unsigned char *buf;
	static size_t cap;
	if (n > cap) {
		buf = xrealloc(buf, n);
		cap = n;
	}
	return buf;
}

/* header sizes: getdents64 (u64 ino, s64 off, u16 reclen, u8 type);
 * getdents (long ino, long off, u16 reclen), d_type in the last byte */
static size_t dirent_header(bool is64, int wordsize)
{
	if (is64)
		return 19;
	return (size_t)wordsize * 2 + 2;
}

static uint64_t get_word(const unsigned char *p, int size)
{
	uint64_t v = 0;
	memcpy(&v, p, (size_t)size);
	return v;
}

static void print_dirents(struct call *c, int i, bool is64)
{
	uint64_t addr = c->args[i];
	if (!addr) {
		emit_null(c->e);
		return;
	}
	if (c->err || !call_verbose(c)) {
		emit_ptr(c->e, addr);
		return;
	}
	size_t len =
		(uint64_t)c->rval < DIRENTS_MAX ? (size_t)c->rval : DIRENTS_MAX;
	unsigned char *buf = dirent_buf(len ? len : 1);
	if (len && mem_read(c->mem, addr, buf, len) < 0) {
		emit_ptr(c->e, addr);
		return;
	}
	int ws = is64 ? 8 : c->mem->wordsize;
	size_t hdr = dirent_header(is64, ws);
	size_t reclen_at = (size_t)ws * 2;
	bool abbrev = call_abbrev(c);
	size_t off = 0, count = 0;
	if (!abbrev)
		emit_array_begin(c->e);
	while (off + hdr <= len) {
		const unsigned char *d = buf + off;
		uint16_t reclen;
		memcpy(&reclen, d + reclen_at, sizeof(reclen));
		if (reclen < hdr + (is64 ? 0 : 1) || reclen > len - off)
			break;
		count++;
		if (!abbrev) {
			size_t name_max = reclen - hdr - (is64 ? 0 : 1);
			const char *name = (const char *)d + hdr;
			unsigned type = is64 ? d[18] : d[reclen - 1];
			emit_struct_begin(c->e);
			emit_field(c->e, "d_ino");
			emit_uint(c->e, get_word(d, ws));
			emit_field(c->e, "d_off");
			if (ws == 8)
				emit_int(c->e, (int64_t)get_word(d + 8, 8));
			else
				emit_int(c->e, (int32_t)get_word(d + 4, 4));
			emit_field(c->e, "d_reclen");
			emit_uint(c->e, reclen);
			if (is64) {
				emit_field(c->e, "d_type");
				emit_enum(c->e, &xlat_desc_dirent_types, type,
					  "DT_???");
			}
			emit_field(c->e, "d_name");
			emit_str(c->e, name, strnlen(name, name_max), 0);
			if (!is64) {
				emit_field(c->e, "d_type");
				emit_enum(c->e, &xlat_desc_dirent_types, type,
					  "DT_???");
			}
			emit_struct_end(c->e);
		}
		off += reclen;
	}
	if (abbrev) {
		char text[48];
		snprintf(text, sizeof(text), "%zu entries", count);
		emit_ptr(c->e, addr);
		emit_comment(c->e, text);
		return;
	}
	if (off < len)
		emit_more(c->e);
	emit_array_end(c->e);
}

void arg_desc_dirents(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_dirents(c, i, false);
}

void arg_desc_dirents64(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_dirents(c, i, true);
}

/* ---- memfd_create, fanotify_init: flags with a field inside ---- */

#define MFD_HUGE_SHIFT_ 26
#define MFD_HUGE_MASK_ 0x3fu

/* MFD_CLOEXEC|MFD_HUGETLB|21<<MFD_HUGE_SHIFT; -X raw and verbose show
 * the number, verbose with that text in a comment */
void arg_desc_memfd_flags(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint32_t v = (uint32_t)c->args[i];
	uint32_t huge = (v >> MFD_HUGE_SHIFT_) & MFD_HUGE_MASK_;
	uint32_t rest = v & ~(MFD_HUGE_MASK_ << MFD_HUGE_SHIFT_);
	const char *name;
	uint64_t unknown;
	struct strbuf sb = {0};
	if (!huge && (!v || xlat_split_flags(&xlat_desc_mfd_flags, v, &name, 1,
					     &unknown))) {
		emit_flags(c->e, &xlat_desc_mfd_flags, v, NULL);
		return;
	}
	if (!huge) {
		/* strace's verbose form: 0x100 / * 0x100 / * MFD_??? * / * / */
		sb_printf(&sb, "%#x /* MFD_??? */", v);
	} else if (rest) {
		desc_format_flags(&sb, &xlat_desc_mfd_flags, rest);
		sb_putc(&sb, '|');
	}
	if (huge)
		sb_printf(&sb, "%u<<MFD_HUGE_SHIFT", huge);
	emit_sym_base(c->e, sb_cstr(&sb), v, SYM_HEX);
	sb_free(&sb);
}

/* the class, then the flags: FAN_CLASS_NOTIF|FAN_CLOEXEC */
void arg_desc_fan_init_flags(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint32_t v = (uint32_t)c->args[i];
	const uint32_t class_bits = 0xc; /* FAN_ALL_CLASS_BITS */
	struct flag_part p[2] = {
		{PART_ENUM, &xlat_desc_fan_classes, v & class_bits, NULL,
		 "FAN_CLASS_???", SYM_HEX},
		{PART_FLAGS, &xlat_desc_fan_init_flags, v & ~class_bits, NULL,
		 "FAN_???"},
	};
	emit_flag_parts(c->e, p, p[1].val ? 2 : 1, v);
}

/* ---- struct file_handle (open_by_handle_at) ---- */

void arg_desc_file_handle(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint32_t h[2]; /* handle_bytes, handle_type */
	uint64_t addr = c->args[i];
	if (!fetch_struct_in(c, addr, h, sizeof(h)))
		return;
	emit_struct_begin(c->e);
	emit_field(c->e, "handle_bytes");
	emit_uint(c->e, h[0]);
	emit_field(c->e, "handle_type");
	emit_int(c->e, (int32_t)h[1]);
	if (h[0] <= 128) { /* MAX_HANDLE_SZ */
		unsigned char f[128];
		emit_field(c->e, "f_handle");
		if (mem_read(c->mem, addr + 8, f, h[0]) < 0) {
			emit_ptr(c->e, addr + 8);
		} else {
			struct strbuf sb = {0};
			/* strace shows the handle as a string, all in hex */
			sb_putc(&sb, '"');
			for (uint32_t k = 0; k < h[0]; k++)
				sb_printf(&sb, "\\x%02x", f[k]);
			sb_putc(&sb, '"');
			emit_expr(c->e, sb_cstr(&sb));
			sb_free(&sb);
		}
	}
	emit_struct_end(c->e);
}

/* ---- sendfile: the offset is read and written back ---- */

/* the offset: off_t, 4 bytes for an i386 tracee; sendfile64 (i386's
 * other call) has a loff_t */
static bool read_off(struct call *c, uint64_t addr, int64_t *off)
{
	if (c->mem->wordsize == 4 && c->desc != &sysent[ENT_sendfile64]) {
		int32_t v;
		if (mem_read(c->mem, addr, &v, sizeof(v)) < 0)
			return false;
		*off = v;
		return true;
	}
	return mem_read(c->mem, addr, off, sizeof(*off)) == 0;
}

int decode_sendfile(struct call *c)
{
	uint64_t addr = c->args[2];
	int64_t off;
	if (!c->exiting) {
		decode_args(c, 0, 2);
		if (addr && call_verbose(c) && read_off(c, addr, &off)) {
			emit_array_begin(c->e);
			emit_int(c->e, off);
			emit_array_end(c->e);
			c->saved[0] = 1;
			c->saved[1] = (uint64_t)off;
		} else {
			emit_ptr(c->e, addr);
		}
		return DECODE_MORE;
	}
	if (c->saved[0] && !c->err && read_off(c, addr, &off) &&
	    (uint64_t)off != c->saved[1]) {
		emit_changed(c->e);
		emit_array_begin(c->e);
		emit_int(c->e, off);
		emit_array_end(c->e);
	}
	decode_args(c, 3, 4);
	return DECODE_DONE;
}

/* ---- fcntl ---- */

/* struct flock: short l_type, l_whence; off_t l_start, l_len; pid_t
 * l_pid — off_t is 4 bytes for an i386 tracee, whose struct flock64
 * (F_*LK64, F_OFD_*) has 8-byte offsets packed to 4 bytes */
static void print_flock_as(struct call *c, uint64_t addr, bool with_pid,
			   bool flock64)
{
	unsigned char b[32];
	bool wide = c->mem->wordsize != 4;
	bool packed = !wide && flock64;
	size_t len = wide ? 32 : packed ? 24 : 16;
	bool ok = with_pid ? fetch_struct(c, addr, b, len)
			   : fetch_struct_in(c, addr, b, len);
	if (!ok)
		return;
	int16_t type, whence;
	int64_t start, size;
	int32_t pid;
	memcpy(&type, b, 2);
	memcpy(&whence, b + 2, 2);
	if (wide) {
		memcpy(&start, b + 8, 8);
		memcpy(&size, b + 16, 8);
		memcpy(&pid, b + 24, 4);
	} else if (packed) {
		memcpy(&start, b + 4, 8);
		memcpy(&size, b + 12, 8);
		memcpy(&pid, b + 20, 4);
	} else {
		int32_t s32, l32;
		memcpy(&s32, b + 4, 4);
		memcpy(&l32, b + 8, 4);
		memcpy(&pid, b + 12, 4);
		start = s32;
		size = l32;
	}
	emit_struct_begin(c->e);
	emit_field(c->e, "l_type");
	emit_enum(c->e, &xlat_desc_lock_types, (uint16_t)type, "F_???");
	emit_field(c->e, "l_whence");
	emit_enum(c->e, &xlat_desc_seek_whence, (uint16_t)whence, "SEEK_???");
	emit_field(c->e, "l_start");
	emit_int(c->e, start);
	emit_field(c->e, "l_len");
	emit_int(c->e, size);
	if (with_pid) {
		emit_field(c->e, "l_pid");
		emit_int(c->e, pid);
	}
	emit_struct_end(c->e);
}

static void print_owner_ex(struct call *c, uint64_t addr, bool output)
{
	int32_t o[2]; /* type, pid */
	bool ok = output ? fetch_struct(c, addr, o, sizeof(o))
			 : fetch_struct_in(c, addr, o, sizeof(o));
	if (!ok)
		return;
	emit_struct_begin(c->e);
	emit_field(c->e, "type");
	emit_enum(c->e, &xlat_desc_owner_types, (uint32_t)o[0], "F_OWNER_???");
	emit_field(c->e, "pid");
	emit_int(c->e, o[1]);
	emit_struct_end(c->e);
}

/* return values that carry a set: "0x1 (flags FD_CLOEXEC)" */
static void ret_fcntl_fd_flags(struct call *c)
{
	struct strbuf sb = {0};
	if (c->rval == 0) {
		emit_ret(c->e, 0, RET_DEC, NULL);
		return;
	}
	emit_ret(c->e, c->rval, RET_HEX, NULL);
	emit_format_flags(c->e, &sb, &xlat_desc_fd_flags, (uint64_t)c->rval,
			  NULL, NULL);
	set_ret_comment(c, "flags %s", sb_cstr(&sb));
	sb_free(&sb);
}

static void ret_fcntl_fl(struct call *c)
{
	struct strbuf sb = {0};
	emit_ret(c->e, c->rval, RET_HEX, NULL);
	format_open_flags(&sb, (uint64_t)c->rval);
	set_ret_comment(c, "flags %s", sb_cstr(&sb));
	sb_free(&sb);
}

static void ret_fcntl_seals(struct call *c)
{
	struct strbuf sb = {0};
	if (c->rval == 0) {
		emit_ret(c->e, 0, RET_DEC, NULL);
		return;
	}
	emit_ret(c->e, c->rval, RET_HEX, NULL);
	emit_format_flags(c->e, &sb, &xlat_desc_seals, (uint64_t)c->rval, NULL,
			  NULL);
	set_ret_comment(c, "seals %s", sb_cstr(&sb));
	sb_free(&sb);
}

static void ret_fcntl_lease(struct call *c)
{
	const char *n = xlat_name(&xlat_desc_lock_types, (uint64_t)c->rval);
	emit_ret(c->e, c->rval, RET_HEX, NULL);
	if (n)
		set_ret_comment(c, "%s", n);
}

static void ret_fcntl_sig(struct call *c)
{
	const char *n = c->rval ? signal_name((int)c->rval) : NULL;
	emit_ret(c->e, c->rval, RET_DEC, NULL);
	if (n)
		set_ret_comment(c, "%s", n);
}

static void print_fcntl_signal(struct call *c, uint64_t v)
{
	const char *n = v && v <= 64 ? signal_name((int)v) : NULL;
	if (n && !call_raw(c))
		emit_sym(c->e, n, (int64_t)v);
	else
		emit_int(c->e, (int64_t)v);
}

/* i386's fcntl64 takes these with a struct flock64 (on x86_64 they are
 * F_GETLK...; strace names them everywhere, decodes them in fcntl64) */
#define I386_F_GETLK64 12
#define I386_F_SETLK64 13
#define I386_F_SETLKW64 14

/* the lock commands with a struct flock64: F_OFD_* in both
 * personalities, F_*LK64 in fcntl64 */
static bool flock64_cmd(const struct call *c, uint32_t cmd)
{
	if (cmd == F_OFD_GETLK || cmd == F_OFD_SETLK || cmd == F_OFD_SETLKW)
		return true;
	return c->desc == &sysent[ENT_fcntl64] &&
	       (cmd == I386_F_GETLK64 || cmd == I386_F_SETLK64 ||
		cmd == I386_F_SETLKW64);
}

int decode_fcntl(struct call *c)
{
	uint32_t cmd = (uint32_t)c->args[1];
	uint64_t arg = c->args[2];
	bool lk64 = flock64_cmd(c, cmd);
	if (c->exiting) {
		if (cmd == F_GETLK || cmd == F_OFD_GETLK ||
		    (lk64 && cmd == I386_F_GETLK64))
			print_flock_as(c, arg, true, lk64);
		else if (cmd == F_GETOWN_EX)
			print_owner_ex(c, arg, true);
		return DECODE_DONE;
	}
	print_fd(c, (int32_t)c->args[0]);
	emit_enum(c->e, &xlat_desc_fcntl_cmds, cmd, "F_???");
	if (lk64 && cmd == I386_F_GETLK64)
		return DECODE_MORE;
	if (lk64 && (cmd == I386_F_SETLK64 || cmd == I386_F_SETLKW64)) {
		print_flock_as(c, arg, false, true);
		return DECODE_DONE;
	}
	switch (cmd) {
	case F_DUPFD:
	case F_DUPFD_CLOEXEC:
		emit_int(c->e, (int64_t)arg);
		c->ret_override = ret_fd;
		break;
	case F_GETFD: c->ret_override = ret_fcntl_fd_flags; break;
	case F_SETFD:
		emit_flags_unknown(c->e, &xlat_desc_fd_flags, (uint32_t)arg,
				   NULL, "FD_???");
		break;
	case F_GETFL: c->ret_override = ret_fcntl_fl; break;
	case F_SETFL: print_open_flags(c, (uint32_t)arg); break;
	case F_GETLK:
	case F_OFD_GETLK:
	case F_GETOWN_EX: return DECODE_MORE;
	case F_SETLK:
	case F_SETLKW:
	case F_OFD_SETLK:
	case F_OFD_SETLKW: print_flock_as(c, arg, false, lk64); break;
	case F_GETOWN:
	case F_GETPIPE_SZ: break;
	case F_SETOWN: emit_int(c->e, (int32_t)arg); break;
	case F_SETOWN_EX: print_owner_ex(c, arg, false); break;
	case F_GETSIG: c->ret_override = ret_fcntl_sig; break;
	case F_SETSIG: print_fcntl_signal(c, arg); break;
	case F_SETLEASE:
		emit_enum(c->e, &xlat_desc_lock_types, arg, "F_???");
		break;
	case F_GETLEASE: c->ret_override = ret_fcntl_lease; break;
	case F_NOTIFY:
		emit_flags_unknown(c->e, &xlat_desc_dnotify_flags, arg, NULL,
				   "DN_???");
		break;
	case F_SETPIPE_SZ: emit_int(c->e, (int64_t)arg); break;
	case F_ADD_SEALS:
		emit_flags_unknown(c->e, &xlat_desc_seals, arg, NULL,
				   "F_SEAL_???");
		break;
	case F_GET_SEALS: c->ret_override = ret_fcntl_seals; break;
	default: emit_hex(c->e, arg);
	}
	return DECODE_DONE;
}
