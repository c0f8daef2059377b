/* Waiting for fds: poll, ppoll, select, pselect6 and the epoll calls.
 * poll and select report what became ready in a comment after the
 * return value, in strace's words: "= 1 ([{fd=3, revents=POLLIN}])",
 * "= 2 (in [3], out [4], left {tv_sec=0, tv_usec=998})", "(Timeout)". */
#include "decode/desc.h"

#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>

#include "arch/arch.h"
#include "fdinfo/fdinfo.h"
#include "xlat/xlat.h"

/* the comment outlives the 256 bytes of c->ret_comment_buf; it is kept
 * here until the next call */
static struct strbuf comment;

static void set_long_comment(struct call *c)
{
	c->ret_comment = sb_cstr(&comment);
}

/* ---- poll ---- */

static void print_pollfd(struct call *c, const void *elem, size_t index,
			 void *ctx)
{
	(void)index;
	(void)ctx;
	int32_t fd;
	uint16_t events;
	memcpy(&fd, elem, 4);
	memcpy(&events, (const char *)elem + 4, 2);
	emit_struct_begin(c->e);
	emit_field(c->e, "fd");
	print_fd(c, fd);
	if (fd >= 0) {
		emit_field(c->e, "events");
		emit_flags_unknown(c->e, &xlat_desc_poll_events, events, NULL,
				   "POLL???");
	}
	emit_struct_end(c->e);
}

/* strace builds this text in a 1024-byte buffer: an entry that would
 * come closer than 27 bytes to its end is replaced by "..." */
#define POLL_OUT_SIZE 1024
#define POLL_OUT_RESERVE 27

static void poll_comment(struct call *c, uint64_t addr, uint64_t nfds,
			 uint64_t left_ts)
{
	sb_reset(&comment);
	if (c->rval == 0) {
		sb_puts(&comment, "Timeout");
		set_long_comment(c);
		return;
	}
	if (!call_verbose(c)) /* -e verbose=none: only "Timeout" */
		return;
	uint64_t limit = call_abbrev(c) ? str_limit(c) : UINT64_MAX;
	uint64_t printed = 0, found = 0;
	unsigned char chunk[4096];
	struct strbuf flags = {0};
	bool stop = false;
	for (uint64_t i = 0; i < nfds && !stop && found < (uint64_t)c->rval;) {
		uint64_t n = nfds - i;
		if (n > sizeof(chunk) / 8)
			n = sizeof(chunk) / 8;
		if (mem_read(c->mem, addr + i * 8, chunk, (size_t)n * 8) < 0)
			break;
		for (uint64_t k = 0; k < n; k++) {
			int32_t fd;
			uint16_t revents;
			memcpy(&fd, chunk + k * 8, 4);
			memcpy(&revents, chunk + k * 8 + 6, 2);
			if (!revents)
				continue;
			found++;
			sb_puts(&comment, printed ? ", " : "[");
			if (++printed > limit) {
				sb_puts(&comment, "...");
				stop = true;
				break;
			}
			char head[40];
			int hl = snprintf(head, sizeof(head),
					  "{fd=%d, revents=", fd);
			sb_reset(&flags);
			emit_format_flags(c->e, &flags, &xlat_desc_poll_events,
					  revents, NULL, NULL);
			if (comment.len + (size_t)hl + flags.len + 1 >=
			    POLL_OUT_SIZE - POLL_OUT_RESERVE) {
				sb_puts(&comment, "...");
				stop = true;
				break;
			}
			sb_puts(&comment, head);
			sb_add(&comment, flags.buf, flags.len);
			sb_putc(&comment, '}');
		}
		i += n;
	}
	sb_free(&flags);
	if (comment.len)
		sb_putc(&comment, ']');
	if (left_ts) {
		int64_t v[2];
		if (c->mem->wordsize == 4) {
			int32_t v32[2];
			if (mem_read(c->mem, left_ts, v32, sizeof(v32)) == 0) {
				v[0] = v32[0];
				v[1] = v32[1];
				sb_printf(&comment,
					  "%sleft {tv_sec=%lld, tv_nsec=%lld}",
					  comment.len ? ", " : "",
					  (long long)v[0], (long long)v[1]);
			}
		} else if (mem_read(c->mem, left_ts, v, sizeof(v)) == 0) {
			sb_printf(&comment,
				  "%sleft {tv_sec=%lld, tv_nsec=%lld}",
				  comment.len ? ", " : "", (long long)v[0],
				  (long long)v[1]);
		}
	}
	if (comment.len)
		set_long_comment(c);
}

int decode_poll(struct call *c)
{
	if (c->exiting) {
		if (!c->err)
			poll_comment(c, c->args[0], (uint32_t)c->args[1], 0);
		return DECODE_DONE;
	}
	print_array(c, c->args[0], (uint32_t)c->args[1], 8, print_pollfd, NULL);
	emit_uint(c->e, (uint32_t)c->args[1]);
	emit_int(c->e, (int32_t)c->args[2]);
	return DECODE_DONE;
}

int decode_ppoll(struct call *c)
{
	if (c->exiting) {
		if (!c->err)
			poll_comment(c, c->args[0], (uint32_t)c->args[1],
				     c->rval ? c->args[2] : 0);
		return DECODE_DONE;
	}
	print_array(c, c->args[0], (uint32_t)c->args[1], 8, print_pollfd, NULL);
	emit_uint(c->e, (uint32_t)c->args[1]);
	print_timespec(c, c->args[2]);
	desc_print_sigset(c, c->args[3], c->args[4]);
	emit_uint(c->e, c->args[4]);
	return DECODE_DONE;
}

/* ---- select ---- */

/* more fds than this are shown up to here (the kernel's own limit,
 * fs.nr_open, is 1M by default) */
#define FDSET_MAX_BITS (1u << 20)

static unsigned char fdset_buf[FDSET_MAX_BITS / 8];

/* reads the set of nfds bits; returns its byte length, or -1 */
static ssize_t read_fdset(struct call *c, uint64_t addr, int32_t nfds)
{
	uint32_t bits = (uint32_t)nfds < FDSET_MAX_BITS ? (uint32_t)nfds
							: FDSET_MAX_BITS;
	size_t len = (bits + 7) / 8;
	if (len && mem_read(c->mem, addr, fdset_buf, len) < 0)
		return -1;
	/* bits past nfds in the last byte are not part of the set */
	if (bits % 8)
		fdset_buf[len - 1] &= (unsigned char)((1u << (bits % 8)) - 1);
	return (ssize_t)len;
}

/* the fds of the set; with annotations (-y) when c is given */
static void format_fdset(struct strbuf *sb, size_t len, struct call *c)
{
	bool first = true;
	sb_putc(sb, '[');
	for (size_t byte = 0; byte < len; byte++) {
		if (!fdset_buf[byte])
			continue;
		for (int b = 0; b < 8; b++) {
			if (!(fdset_buf[byte] >> b & 1))
				continue;
			if (!first)
				sb_putc(sb, ' ');
			sb_putu(sb, byte * 8 + (size_t)b);
			if (c) {
				const char *a = fd_annotation(
					c, (int64_t)(byte * 8 + (size_t)b));
				if (a)
					sb_printf(sb, "<%s>", a);
			}
			first = false;
		}
	}
	sb_putc(sb, ']');
}

static void print_fdset(struct call *c, uint64_t addr, int32_t nfds)
{
	if (!addr) {
		emit_null(c->e);
		return;
	}
	ssize_t len =
		nfds < 0 || !call_verbose(c) ? -1 : read_fdset(c, addr, nfds);
	if (len < 0) {
		emit_ptr(c->e, addr);
		return;
	}
	struct strbuf sb = {0};
	format_fdset(&sb, (size_t)len, c);
	emit_expr(c->e, sb_cstr(&sb));
	sb_free(&sb);
}

static void select_comment(struct call *c, const uint64_t *args, bool timespec)
{
	static const char *const names[3] = {"in", "out", "except"};
	int32_t nfds = (int32_t)args[0];
	sb_reset(&comment);
	if (c->rval == 0) {
		sb_puts(&comment, "Timeout");
		set_long_comment(c);
		return;
	}
	/* strace's walk: the sets in turn while fds are left to show (the
	 * return value counts them), each read set closing with ']' once
	 * anything is shown — a set emptied by another one aliasing it
	 * (select(n, &r, &w, &r, ...)) leaves a bare "]" */
	uint64_t ready = (uint64_t)c->rval;
	const char *sep = "";
	for (int k = 0; k < 3 && nfds >= 0 && ready > 0; k++) {
		uint64_t addr = args[1 + k];
		ssize_t len;
		if (!addr || (len = read_fdset(c, addr, nfds)) < 0)
			continue;
		bool first = true;
		for (ssize_t b = 0; b < len * 8 && ready > 0; b++) {
			if (!(fdset_buf[b / 8] >> (b % 8) & 1))
				continue;
			if (first)
				sb_printf(&comment, "%s%s [%zd", sep, names[k],
					  b);
			else
				sb_printf(&comment, " %zd", b);
			first = false;
			sep = ", ";
			ready--;
		}
		if (comment.len)
			sb_putc(&comment, ']');
	}
	uint64_t tv = args[4];
	if (tv && !call_verbose(c)) {
		/* -e verbose=none: the sets stay, the time is an address */
		sb_printf(&comment, "%sleft %#llx", comment.len ? ", " : "",
			  (unsigned long long)tv);
	} else if (tv) {
		int64_t v[2];
		bool ok;
		if (c->mem->wordsize == 4) {
			int32_t v32[2];
			ok = mem_read(c->mem, tv, v32, sizeof(v32)) == 0;
			v[0] = v32[0];
			v[1] = v32[1];
		} else {
			ok = mem_read(c->mem, tv, v, sizeof(v)) == 0;
		}
		if (ok)
			sb_printf(&comment, "%sleft {tv_sec=%lld, %s=%lld}",
				  comment.len ? ", " : "", (long long)v[0],
				  timespec ? "tv_nsec" : "tv_usec",
				  (long long)v[1]);
	}
	if (comment.len)
		set_long_comment(c);
}

/* i386's select (82) takes one pointer to its five arguments; strace
 * shows them as if they were passed (the address if unreadable) */
static bool old_select_args(struct call *c)
{
	uint32_t a[5];
	if (c->pers != PERS_I386 || c->desc != &sysent[ENT_select])
		return false;
	if (c->exiting)
		return true;
	if (mem_read(c->mem, c->args[0], a, sizeof(a)) < 0) {
		c->saved[5] = 0;
		return true;
	}
	for (int k = 0; k < 5; k++)
		c->saved[k] = a[k];
	c->saved[5] = 1;
	return true;
}

int decode_select(struct call *c)
{
	const uint64_t *args = c->args;
	if (old_select_args(c)) {
		if (!c->saved[5]) {
			if (!c->exiting)
				emit_ptr(c->e, c->args[0]);
			return DECODE_DONE;
		}
		args = c->saved;
	}
	if (c->exiting) {
		if (!c->err)
			select_comment(c, args, false);
		return DECODE_DONE;
	}
	int32_t nfds = (int32_t)args[0];
	emit_int(c->e, nfds);
	for (int k = 1; k <= 3; k++)
		print_fdset(c, args[k], nfds);
	print_timeval(c, args[4]);
	return DECODE_DONE;
}

/* pselect6's sixth argument: {sigmask, sigsetsize} */
static void print_pselect_data(struct call *c, uint64_t addr)
{
	uint64_t d[2];
	/* two words of the personality (pselect6_time64 reads its times
	 * as 64-bit ones, not these) */
	if (c->pers == PERS_I386) {
		uint32_t d32[2];
		if (!fetch_struct_in(c, addr, d32, sizeof(d32)))
			return;
		d[0] = d32[0];
		d[1] = d32[1];
	} else if (!fetch_struct_in(c, addr, d, sizeof(d))) {
		return;
	}
	emit_struct_begin(c->e);
	emit_field(c->e, "sigmask");
	desc_print_sigset(c, d[0], d[1]);
	emit_field(c->e, "sigsetsize");
	emit_uint(c->e, d[1]);
	emit_struct_end(c->e);
}

int decode_pselect6(struct call *c)
{
	if (c->exiting) {
		if (!c->err)
			select_comment(c, c->args, true);
		return DECODE_DONE;
	}
	int32_t nfds = (int32_t)c->args[0];
	emit_int(c->e, nfds);
	for (int k = 1; k <= 3; k++)
		print_fdset(c, c->args[k], nfds);
	print_timespec(c, c->args[4]);
	print_pselect_data(c, c->args[5]);
	return DECODE_DONE;
}

/* ---- epoll ---- */

/* struct epoll_event is packed on x86: u32 events, u64 data */
static void print_epoll_event(struct call *c, const void *elem, size_t index,
			      void *ctx)
{
	(void)index;
	(void)ctx;
	uint32_t events;
	uint64_t data;
	memcpy(&events, elem, 4);
	memcpy(&data, (const char *)elem + 4, 8);
	emit_struct_begin(c->e);
	emit_field(c->e, "events");
	emit_flags_unknown(c->e, &xlat_desc_epoll_events, events, NULL,
			   "EPOLL???");
	emit_field(c->e, "data");
	emit_struct_begin(c->e);
	emit_field(c->e, "u32");
	emit_uint(c->e, (uint32_t)data);
	emit_field(c->e, "u64");
	emit_uint(c->e, data);
	emit_struct_end(c->e);
	emit_struct_end(c->e);
}

/* epoll_ctl's event; EPOLL_CTL_DEL ignores it and strace shows the
 * address */
void arg_desc_epoll_event(struct call *c, int i, const void *aux)
{
	(void)aux;
	unsigned char ev[12];
	if ((uint32_t)c->args[1] == EPOLL_CTL_DEL) {
		emit_ptr(c->e, c->args[i]);
		return;
	}
	if (fetch_struct_in(c, c->args[i], ev, sizeof(ev)))
		print_epoll_event(c, ev, 0, NULL);
}

void arg_desc_epoll_events_out(struct call *c, int i, const void *aux)
{
	(void)aux;
	if (c->err) {
		emit_ptr(c->e, c->args[i]);
		return;
	}
	print_array(c, c->args[i], (uint64_t)c->rval, 12, print_epoll_event,
		    NULL);
}
