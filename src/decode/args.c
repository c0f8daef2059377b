/* The argument kinds every family shares, the signature walker, and the
 * helpers decoders build on. */
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "config.h"
#include "decode/compat.h"
#include "decode/decode.h"
#include "fdinfo/fdinfo.h"
#include "xlat/xlat.h"

/* scratch for strings and buffers read from the tracee; grows to the -s
 * limit once and is reused, so the hot path does not allocate */
static struct strbuf scratch;

static char *scratch_get(size_t n)
{
	sb_reset(&scratch);
	sb_grow(&scratch, n + 1);
	return scratch.buf;
}

bool call_verbose(const struct call *c)
{
	return sysset_has(&c->cfg->verbose, c->pers, c->nr);
}

bool call_abbrev(const struct call *c)
{
	return sysset_has(&c->cfg->abbrev, c->pers, c->nr);
}

bool call_raw(const struct call *c)
{
	return sysset_has(&c->cfg->raw, c->pers, c->nr);
}

unsigned str_limit(const struct call *c)
{
	return c->cfg->string_limit;
}

void set_ret_comment(struct call *c, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(c->ret_comment_buf, sizeof(c->ret_comment_buf), fmt, ap);
	va_end(ap);
	c->ret_comment = c->ret_comment_buf;
}

void decode_arg(struct call *c, int i)
{
	const struct argspec *a = &c->desc->args[i];
	if (call_raw(c)) {
		emit_hex(c->e, c->args[i]);
		return;
	}
	if (a->print)
		a->print(c, i, a->aux);
	else
		emit_hex(c->e, c->args[i]);
}

void decode_args(struct call *c, int from, int to)
{
	for (int i = from; i < to && i < c->desc->nargs; i++)
		decode_arg(c, i);
}

int decode_signature(struct call *c)
{
	const struct syscall_desc *d = c->desc;
	if (!c->exiting) {
		int i = 0;
		if (!call_raw(c))
			while (i < d->nargs && !d->args[i].at_exit)
				decode_arg(c, i++);
		else /* raw: every register the call takes */
			while (i < compat_raw_nargs(c))
				decode_arg(c, i++);
		c->next_arg = (uint8_t)i;
		return i < d->nargs && !call_raw(c) ? DECODE_MORE : DECODE_DONE;
	}
	decode_args(c, c->next_arg, d->nargs);
	c->next_arg = d->nargs;
	return DECODE_DONE;
}

void decode_entry(struct call *c)
{
	decoder_fn *fn = c->desc->decode;
	if (!fn || call_raw(c))
		fn = decode_signature;
	int r = fn(c);
	c->more_args = r == DECODE_MORE || r == DECODE_MORE_INLINE;
	c->more_inline = r == DECODE_MORE_INLINE;
}

void decode_exit(struct call *c)
{
	decoder_fn *fn = c->desc->decode;
	if (!fn || call_raw(c))
		fn = decode_signature;
	if (c->more_args)
		fn(c);
	else if (fn != decode_signature)
		fn(c); /* a decoder may still want to set the return style */
}

void decode_return(struct call *c)
{
	if (c->err && call_raw(c)) {
		emit_ret_error_raw(c->e, c->err);
	} else if (c->err) {
		emit_ret_error(c->e, c->err);
	} else if (call_raw(c)) {
		emit_ret(c->e, c->rval, RET_HEX, NULL);
	} else if (c->ret_override) {
		c->ret_override(c);
	} else if (c->desc->ret) {
		c->desc->ret(c);
	} else {
		emit_ret(c->e, c->rval, RET_DEC, NULL);
	}
	if (c->ret_comment)
		emit_ret_comment(c->e, c->ret_comment);
}

/* ---- return printers ---- */

void ret_dec(struct call *c)
{
	emit_ret(c->e, c->rval, RET_DEC, NULL);
}

void ret_udec(struct call *c)
{
	emit_ret(c->e, c->rval, RET_UDEC, NULL);
}

void ret_hex(struct call *c)
{
	emit_ret(c->e, c->rval, RET_HEX, NULL);
}

void ret_oct(struct call *c)
{
	emit_ret(c->e, c->rval, RET_OCT, NULL);
}

void ret_fd(struct call *c)
{
	fdinfo_print_ret(c);
}

void ret_none(struct call *c)
{
	emit_ret_unknown(c->e);
}

/* ---- helpers ---- */

void print_fd(struct call *c, int64_t fd)
{
	fdinfo_print_fd(c, fd);
}

void print_cstring(struct call *c, uint64_t addr, unsigned limit)
{
	if (!addr) {
		emit_null(c->e);
		return;
	}
	char *buf = scratch_get((size_t)limit + 1);
	ssize_t n = mem_read_str(c->mem, addr, buf, (size_t)limit + 1);
	if (n <= 0) {
		emit_ptr(c->e, addr);
		return;
	}
	if (buf[n - 1] == '\0') {
		emit_str(c->e, buf, (size_t)n - 1, 0);
	} else if ((size_t)n == (size_t)limit + 1) {
		emit_str(c->e, buf, limit, STR_TRUNCATED);
	} else {
		/* the string runs into unreadable memory */
		emit_ptr(c->e, addr);
	}
}

void print_path(struct call *c, uint64_t addr)
{
	if (!addr) {
		emit_null(c->e);
		return;
	}
	char *buf = scratch_get(PATH_MAX + 1);
	ssize_t n = mem_read_str(c->mem, addr, buf, PATH_MAX);
	if (n <= 0) {
		emit_ptr(c->e, addr);
		return;
	}
	if (buf[n - 1] == '\0')
		emit_str(c->e, buf, (size_t)n - 1, STR_PATH);
	else if (n == PATH_MAX) /* strace shows PATH_MAX - 1 bytes, then ... */
		emit_str(c->e, buf, PATH_MAX - 1, STR_PATH | STR_TRUNCATED);
	else
		emit_ptr(c->e, addr);
}

void print_buffer(struct call *c, uint64_t addr, uint64_t len)
{
	unsigned limit = str_limit(c);
	if (!addr) {
		emit_null(c->e);
		return;
	}
	size_t n = len < limit ? (size_t)len : limit;
	/* strace reads one byte past the limit of a longer buffer: an
	 * unreadable one prints as its address even under -s 0 */
	size_t want = len > limit ? n + 1 : n;
	char *buf = scratch_get(want);
	if (want && mem_read(c->mem, addr, buf, want) < 0) {
		emit_ptr(c->e, addr);
		return;
	}
	emit_str(c->e, buf, n, len > limit ? STR_TRUNCATED : 0);
}

void print_signo(struct call *c, int64_t sig)
{
	const char *n = signal_name((int)sig);
	if (n && sig == (int)sig && !call_raw(c))
		emit_sym(c->e, n, sig);
	else
		emit_int(c->e, sig);
}

static bool fetch_common(struct call *c, uint64_t addr, void *buf, size_t len,
			 bool output)
{
	if (!addr) {
		emit_null(c->e);
		return false;
	}
	if (!call_verbose(c) || (output && c->exiting && c->err)) {
		emit_ptr(c->e, addr);
		return false;
	}
	if (mem_read(c->mem, addr, buf, len) < 0) {
		emit_ptr(c->e, addr);
		return false;
	}
	return true;
}

bool fetch_struct(struct call *c, uint64_t addr, void *buf, size_t len)
{
	return fetch_common(c, addr, buf, len, true);
}

bool fetch_struct_in(struct call *c, uint64_t addr, void *buf, size_t len)
{
	return fetch_common(c, addr, buf, len, false);
}

/* ---- kinds ---- */

void arg_int(struct call *c, int i, const void *aux)
{
	(void)aux;
	emit_int(c->e, (int32_t)c->args[i]);
}

void arg_long(struct call *c, int i, const void *aux)
{
	(void)aux;
	int64_t v = (int64_t)c->args[i];
	if (c->mem->wordsize == 4)
		v = (int32_t)v; /* an i386 long */
	emit_int(c->e, v);
}

void arg_uint(struct call *c, int i, const void *aux)
{
	(void)aux;
	emit_uint(c->e, (uint32_t)c->args[i]);
}

void arg_ulong(struct call *c, int i, const void *aux)
{
	(void)aux;
	emit_uint(c->e, c->args[i]);
}

void arg_hex(struct call *c, int i, const void *aux)
{
	(void)aux;
	emit_hex(c->e, c->args[i]);
}

void arg_oct(struct call *c, int i, const void *aux)
{
	(void)aux;
	emit_oct(c->e, c->args[i]);
}

void arg_ptr(struct call *c, int i, const void *aux)
{
	(void)aux;
	emit_ptr(c->e, c->args[i]);
}

void arg_fd(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_fd(c, (int32_t)c->args[i]);
}

void arg_dirfd(struct call *c, int i, const void *aux)
{
	(void)aux;
	int fd = (int32_t)c->args[i];
	if (fd == AT_FDCWD)
		fdinfo_print_at_fdcwd(c, fd); /* AT_FDCWD</cwd> under -y */
	else
		print_fd(c, fd);
}

void arg_path(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_path(c, c->args[i]);
}

void arg_str(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_cstring(c, c->args[i], str_limit(c));
}

/* a buffer the call reads; its length is the next argument */
void arg_buf_in(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_buffer(c, c->args[i], i + 1 < 6 ? c->args[i + 1] : 0);
}

/* a buffer the call fills; its length is the return value */
void arg_buf_out(struct call *c, int i, const void *aux)
{
	(void)aux;
	if (c->err) {
		emit_ptr(c->e, c->args[i]);
		return;
	}
	print_buffer(c, c->args[i], (uint64_t)c->rval);
}

void arg_off(struct call *c, int i, const void *aux)
{
	(void)aux;
	emit_int(c->e, (int64_t)c->args[i]);
}

void arg_mode(struct call *c, int i, const void *aux)
{
	(void)aux;
	emit_oct(c->e, (uint32_t)c->args[i]);
}

void arg_pid(struct call *c, int i, const void *aux)
{
	(void)aux;
	emit_int(c->e, (int32_t)c->args[i]);
}

/* uid_t and gid_t: -1 ("no change") prints as -1 */
void arg_uid(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint32_t v = (uint32_t)c->args[i];
	if (compat_uid16(c) && (v &= 0xffff) == 0xffff)
		v = UINT32_MAX;
	if (v == UINT32_MAX)
		emit_int(c->e, -1);
	else
		emit_uint(c->e, v);
}

void arg_signo(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_signo(c, (int32_t)c->args[i]);
}

void arg_flags(struct call *c, int i, const void *aux)
{
	emit_flags(c->e, aux, c->args[i], NULL);
}

/* flags held in an int: the upper half of the register is ignored */
void arg_flags_int(struct call *c, int i, const void *aux)
{
	emit_flags(c->e, aux, (uint32_t)c->args[i], NULL);
}

void arg_enum(struct call *c, int i, const void *aux)
{
	emit_enum(c->e, aux, c->args[i], NULL);
}

void arg_enum_dec(struct call *c, int i, const void *aux)
{
	emit_enum_dec(c->e, aux, (int32_t)c->args[i], NULL);
}

static uint64_t xlat_arg_value(const struct call *c, int i,
			       const struct xlat_arg *a)
{
	return a->wide ? c->args[i] : (uint32_t)c->args[i];
}

void arg_xflags(struct call *c, int i, const void *aux)
{
	const struct xlat_arg *a = aux;
	emit_flags_unknown(c->e, a->x, xlat_arg_value(c, i, a), a->zero,
			   a->unknown);
}

void arg_xenum(struct call *c, int i, const void *aux)
{
	const struct xlat_arg *a = aux;
	emit_enum(c->e, a->x, xlat_arg_value(c, i, a), a->unknown);
}

void arg_xenum_dec(struct call *c, int i, const void *aux)
{
	const struct xlat_arg *a = aux;
	emit_enum_dec(c->e, a->x, (int32_t)c->args[i], a->unknown);
}
