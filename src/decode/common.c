/* Shared structure printers. */
#include "decode/common.h"

#include <stdio.h>
#include <string.h>
#include <fcntl.h>
#include <sys/time.h>
#include <sys/uio.h>

#include "xlat/xlat.h"

void print_timespec_value(struct call *c, int64_t sec, int64_t nsec)
{
	emit_struct_begin(c->e);
	emit_field(c->e, "tv_sec");
	emit_int(c->e, sec);
	emit_field(c->e, "tv_nsec");
	emit_int(c->e, nsec);
	emit_struct_end(c->e);
}

static void timespec_fetch(struct call *c, uint64_t addr, bool input)
{
	bool ok;
	int64_t sec, nsec;
	if (c->mem->wordsize == 4) {
		int32_t ts32[2];
		ok = input ? fetch_struct_in(c, addr, ts32, sizeof(ts32))
			   : fetch_struct(c, addr, ts32, sizeof(ts32));
		sec = ok ? ts32[0] : 0;
		nsec = ok ? ts32[1] : 0;
	} else {
		struct timespec ts;
		ok = input ? fetch_struct_in(c, addr, &ts, sizeof(ts))
			   : fetch_struct(c, addr, &ts, sizeof(ts));
		sec = ok ? ts.tv_sec : 0;
		nsec = ok ? ts.tv_nsec : 0;
	}
	if (ok)
		print_timespec_value(c, sec, nsec);
}

void print_timespec(struct call *c, uint64_t addr)
{
	timespec_fetch(c, addr, false);
}

void print_timespec_in(struct call *c, uint64_t addr)
{
	timespec_fetch(c, addr, true);
}

static void timeval_fetch(struct call *c, uint64_t addr, bool input)
{
	int64_t sec, usec;
	if (c->mem->wordsize == 4) {
		int32_t tv32[2];
		if (!(input ? fetch_struct_in(c, addr, tv32, sizeof(tv32))
			    : fetch_struct(c, addr, tv32, sizeof(tv32))))
			return;
		sec = tv32[0];
		usec = tv32[1];
	} else {
		struct timeval tv;
		if (!(input ? fetch_struct_in(c, addr, &tv, sizeof(tv))
			    : fetch_struct(c, addr, &tv, sizeof(tv))))
			return;
		sec = tv.tv_sec;
		usec = tv.tv_usec;
	}
	emit_struct_begin(c->e);
	emit_field(c->e, "tv_sec");
	emit_int(c->e, sec);
	emit_field(c->e, "tv_usec");
	emit_int(c->e, usec);
	emit_struct_end(c->e);
}

void print_timeval(struct call *c, uint64_t addr)
{
	timeval_fetch(c, addr, false);
}

/* inputs: read even when the call failed (printed at exit after an
 * output argument, strace still shows the value) */
void arg_timespec(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_timespec_in(c, c->args[i]);
}

void arg_timespec_out(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_timespec(c, c->args[i]);
}

void arg_timeval(struct call *c, int i, const void *aux)
{
	(void)aux;
	timeval_fetch(c, c->args[i], true);
}

void arg_timeval_out(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_timeval(c, c->args[i]);
}

void format_sigset_bits(struct call *c, struct strbuf *sb, const uint8_t *mask,
			size_t bytes)
{
	size_t nsig = bytes * 8;
	size_t set = 0;
	for (size_t i = 0; i < bytes; i++)
		set += (size_t)__builtin_popcount(mask[i]);
	/* strace shows the complement from two thirds set on */
	bool invert = set >= nsig * 2 / 3;
	if (invert)
		sb_putc(sb, '~');
	sb_putc(sb, '[');
	bool first = true;
	for (size_t sig = 1; sig <= nsig; sig++) {
		bool bit = (mask[(sig - 1) / 8] >> ((sig - 1) % 8)) & 1;
		if (bit == invert)
			continue;
		const char *n = signal_name((int)sig);
		if (!first)
			sb_putc(sb, ' ');
		if (n) /* without "SIG": 17 / * CHLD * / under -X verbose */
			emit_format_sym(c->e, sb, n + 3, sig, SYM_DEC);
		else
			sb_printf(sb, "%zu", sig);
		first = false;
	}
	sb_putc(sb, ']');
}

void print_sigset_bits(struct call *c, const uint8_t *mask, size_t bytes)
{
	struct strbuf sb = { 0 };
	format_sigset_bits(c, &sb, mask, bytes);
	emit_expr(c->e, sb_cstr(&sb));
	sb_free(&sb);
}

/* the kernel's sigset_t: 8 bytes on x86_64 and i386 */
#define KERNEL_SIGSET_BYTES 8

void print_sigset_sized(struct call *c, uint64_t addr, uint64_t size,
			unsigned min_size)
{
	/* strace pads a short mask to whole 32-bit words */
	uint8_t mask[KERNEL_SIGSET_BYTES] = { 0 };
	if (!addr) {
		emit_null(c->e);
		return;
	}
	if (size < min_size || size > KERNEL_SIGSET_BYTES) {
		emit_ptr(c->e, addr);
		return;
	}
	if (!fetch_struct(c, addr, mask, (size_t)size))
		return;
	print_sigset_bits(c, mask, ((size_t)size + 3) & ~(size_t)3);
}

void print_sigset(struct call *c, uint64_t addr, uint64_t size)
{
	print_sigset_sized(c, addr, size, c->mem->wordsize == 4 ? 4 : 8);
}

void arg_sigset_next(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_sigset(c, c->args[i], i + 1 < 6 ? c->args[i + 1] : 0);
}

/* strace shows -s elements, or with -v all of them: we stop at a number
 * no real array reaches */
#define ARRAY_MAX (1u << 20)

uint64_t array_limit(const struct call *c)
{
	return call_abbrev(c) ? str_limit(c) : ARRAY_MAX;
}

void print_array(struct call *c, uint64_t addr, uint64_t count,
		 size_t elem_size, elem_printer *print_elem, void *ctx)
{
	unsigned char buf[512];
	if (!addr) {
		emit_null(c->e);
		return;
	}
	if (!count) {
		emit_array_begin(c->e);
		emit_array_end(c->e);
		return;
	}
	if (!call_verbose(c)) { /* -e verbose=none */
		emit_ptr(c->e, addr);
		return;
	}
	/* the first element must be readable, or strace prints the address;
	 * an array that wraps around the address space is not an array */
	if (elem_size > sizeof(buf) || count > UINT64_MAX / elem_size ||
	    addr + count * elem_size < addr ||
	    mem_read(c->mem, addr, buf, elem_size) < 0) {
		emit_ptr(c->e, addr);
		return;
	}
	uint64_t limit = array_limit(c);
	emit_array_begin(c->e);
	for (uint64_t i = 0; i < count; i++) {
		uint64_t a = addr + i * elem_size;
		/* strace reads the next element before it looks at the limit */
		if (i && mem_read(c->mem, a, buf, elem_size) < 0) {
			char where[32];
			snprintf(where, sizeof(where), "%#llx",
				 (unsigned long long)a);
			emit_more(c->e);
			emit_comment(c->e, where);
			break;
		}
		if (i >= limit) {
			emit_more(c->e);
			break;
		}
		print_elem(c, buf, (size_t)i, ctx);
	}
	emit_array_end(c->e);
}

void print_local_array(struct call *c, const void *elems, size_t count,
		       size_t elem_size, elem_printer *print_elem, void *ctx)
{
	uint64_t limit = array_limit(c);
	emit_array_begin(c->e);
	for (size_t i = 0; i < count; i++) {
		if (i >= limit) {
			emit_more(c->e);
			break;
		}
		print_elem(c, (const unsigned char *)elems + i * elem_size, i,
			   ctx);
	}
	emit_array_end(c->e);
}

void print_array_out(struct call *c, uint64_t addr, uint64_t count,
		     size_t elem_size, elem_printer *print_elem, void *ctx)
{
	if (addr && c->exiting && c->err)
		emit_ptr(c->e, addr);
	else
		print_array(c, addr, count, elem_size, print_elem, ctx);
}

struct iov_walk {
	uint64_t left;	/* bytes of data still to show */
	bool addr_only; /* buffers not filled (yet): their addresses */
	iov_buf_printer *print_buf;
	void *ctx;
};

static void print_iov_elem(struct call *c, const void *elem, size_t index,
			   void *ctx)
{
	(void)index;
	struct iov_walk *w = ctx;
	uint64_t base, len;
	if (c->mem->wordsize == 4) {
		const uint32_t *v = elem;
		base = v[0];
		len = v[1];
	} else {
		const uint64_t *v = elem;
		base = v[0];
		len = v[1];
	}
	emit_struct_begin(c->e);
	emit_field(c->e, "iov_base");
	if (w->addr_only) {
		emit_ptr(c->e, base);
	} else {
		uint64_t show = len < w->left ? len : w->left;
		if (w->left != UINT64_MAX)
			w->left -= show;
		if (w->print_buf)
			w->print_buf(c, base, show, w->ctx);
		else
			print_buffer(c, base, show);
	}
	emit_field(c->e, "iov_len");
	emit_uint(c->e, len);
	emit_struct_end(c->e);
}

void print_iovec_with(struct call *c, uint64_t addr, uint64_t count,
		      uint64_t data_len, iov_buf_printer *print_buf, void *ctx)
{
	struct iov_walk w = {data_len,
			     data_len == IOV_ADDRS || (c->exiting && c->err),
			     print_buf, ctx};
	size_t esz = c->mem->wordsize == 4 ? 8 : sizeof(struct iovec);
	print_array(c, addr, count, esz, print_iov_elem, &w);
}

void print_iovec(struct call *c, uint64_t addr, uint64_t count,
		 uint64_t data_len)
{
	print_iovec_with(c, addr, count, data_len, NULL, NULL);
}

/* the count is the next argument */
void arg_iovec_in(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_iovec(c, c->args[i], i + 1 < 6 ? c->args[i + 1] : 0, UINT64_MAX);
}

/* readv: the array is read by the call, the buffers filled up to the
 * return value; on failure strace shows the array with addresses */
void arg_iovec_out(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_iovec(c, c->args[i], i + 1 < 6 ? c->args[i + 1] : 0,
		    c->err ? 0 : (uint64_t)c->rval);
}

void arg_iovec_addrs(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_iovec(c, c->args[i], i + 1 < 6 ? c->args[i + 1] : 0, IOV_ADDRS);
}

void format_open_flags(struct strbuf *sb, uint64_t flags)
{
	const char *mode = xlat_name(&xlat_open_access_modes, flags & O_ACCMODE);
	uint64_t rest = flags & ~(uint64_t)O_ACCMODE;
	sb_puts(sb, mode ? mode : "O_RDONLY");
	if (rest) {
		sb_putc(sb, '|');
		xlat_format_flags(sb, &xlat_open_flags, rest, NULL);
	}
}

void print_open_flags(struct call *c, uint64_t flags)
{
	if (call_raw(c)) {
		emit_hex(c->e, flags);
		return;
	}
	const char *names[64];
	int n = 0;
	uint64_t rest = 0;
	const char *mode = xlat_name(&xlat_open_access_modes, flags & O_ACCMODE);
	names[n++] = mode ? mode : "O_RDONLY";
	n += xlat_split_flags(&xlat_open_flags, flags & ~(uint64_t)O_ACCMODE,
			      names + 1, 63, &rest);
	c->e->ops->v_flags(c->e, names, n, rest, rest != 0, flags);
}

void arg_open_flags(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_open_flags(c, (uint32_t)c->args[i]);
}

/* strace 6.1 names the static clocks only (no CPU or fd clocks) */
void print_clockid(struct call *c, int32_t clockid)
{
	if (call_raw(c))
		emit_hex(c->e, (uint32_t)clockid);
	else
		emit_enum(c->e, &xlat_clockids, (uint32_t)clockid, "CLOCK_???");
}

void arg_clockid(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_clockid(c, (int32_t)c->args[i]);
}

void print_itimerspec(struct call *c, uint64_t addr)
{
	int64_t v[4];
	if (c->mem->wordsize == 4) {
		int32_t v32[4];
		if (!fetch_struct(c, addr, v32, sizeof(v32)))
			return;
		for (int i = 0; i < 4; i++)
			v[i] = v32[i];
	} else {
		struct itimerspec its;
		if (!fetch_struct(c, addr, &its, sizeof(its)))
			return;
		v[0] = its.it_interval.tv_sec;
		v[1] = its.it_interval.tv_nsec;
		v[2] = its.it_value.tv_sec;
		v[3] = its.it_value.tv_nsec;
	}
	emit_struct_begin(c->e);
	emit_field(c->e, "it_interval");
	print_timespec_value(c, v[0], v[1]);
	emit_field(c->e, "it_value");
	print_timespec_value(c, v[2], v[3]);
	emit_struct_end(c->e);
}

void arg_itimerspec(struct call *c, int i, const void *aux)
{
	(void)aux;
	bool exiting = c->exiting;
	c->exiting = false; /* an input: shown even if the call failed */
	print_itimerspec(c, c->args[i]);
	c->exiting = exiting;
}

void arg_itimerspec_out(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_itimerspec(c, c->args[i]);
}
