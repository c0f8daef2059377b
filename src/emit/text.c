/* The strace text format. Every separator, pad and bracket strace prints
 * is decided here, so decoders only describe values. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "config.h"
#include "emit/emit.h"
#include "xlat/errno.h"
#include "xlat/xlat.h"

static inline void pre_value(struct emitter *e)
{
	if (e->suppress_sep) {
		e->suppress_sep = false;
	} else if (e->need_sep[e->depth]) {
		sb_add(e->out, ", ", 2);
	}
	e->need_sep[e->depth] = true;
}

static void push(struct emitter *e)
{
	if (e->depth + 1 < EMIT_MAX_DEPTH)
		e->depth++;
	e->need_sep[e->depth] = false;
}

static void pop(struct emitter *e)
{
	if (e->depth > 0)
		e->depth--;
	e->suppress_sep = false;
}

static void put_time(struct emitter *e, const struct timespec *ts)
{
	const struct config *cfg = e->cfg;
	struct strbuf *sb = e->out;
	int prec = cfg->ts_precision > 0 ? cfg->ts_precision : 6;
	long frac = ts->tv_nsec;
	for (int i = prec; i < 9; i++)
		frac /= 10;
	if (cfg->relative_ts) {
		sb_printf(sb, "%6lld.%0*ld ", (long long)ts->tv_sec, prec, frac);
		return;
	}
	if (cfg->ts == TS_EPOCH) {
		sb_printf(sb, "%lld.%0*ld ", (long long)ts->tv_sec, prec, frac);
		return;
	}
	struct tm tm;
	time_t t = ts->tv_sec;
	localtime_r(&t, &tm);
	sb_printf(sb, "%02d:%02d:%02d", tm.tm_hour, tm.tm_min, tm.tm_sec);
	if (cfg->ts == TS_TIME_US)
		sb_printf(sb, ".%0*ld", prec, frac);
	sb_putc(sb, ' ');
}

static void t_line_begin(struct emitter *e, const struct line_prefix *p)
{
	e->line_start = e->out->len;
	e->depth = 0;
	e->need_sep[0] = false;
	e->suppress_sep = false;
	if (p->pid_style == PID_BRACKET)
		sb_printf(e->out, "[pid %5d] ", p->pid);
	else if (p->pid_style == PID_PLAIN)
		sb_printf(e->out, "%-5d ", p->pid);
	if (p->ts)
		put_time(e, p->ts);
	if (p->have_nr)
		sb_printf(e->out, "[%4ld] ", p->nr);
	if (p->ip_unknown)
		sb_puts(e->out, p->ip32 ? "[????????] " : "[????????????????] ");
	else if (p->have_ip)
		sb_printf(e->out, p->ip32 ? "[%08llx] " : "[%016llx] ",
			  (unsigned long long)p->ip);
}

static void t_call_begin(struct emitter *e, const char *name, long nr)
{
	(void)nr;
	sb_puts(e->out, name);
	sb_putc(e->out, '(');
	push(e);
}

static void t_call_resumed(struct emitter *e, const char *name, long nr)
{
	(void)nr;
	sb_add(e->out, "<... ", 5);
	sb_puts(e->out, name);
	sb_puts(e->out, " resumed>");
	push(e);
}

static void t_call_unfinished(struct emitter *e, bool more_args,
			      const char *what)
{
	/* strace writes ", " after each argument it printed at entry when
	 * more arguments follow at exit */
	if (more_args && e->need_sep[e->depth] && !e->suppress_sep)
		sb_add(e->out, ", ", 2);
	sb_add(e->out, " <", 2);
	sb_puts(e->out, what);
	sb_add(e->out, " ...>", 5);
}

/* a call that has not returned is shown as strace shows it, with the
 * separator of the arguments still to come: "read(0, " */
static void t_call_partial(struct emitter *e, bool more_args)
{
	if (more_args && e->need_sep[e->depth] && !e->suppress_sep) {
		sb_add(e->out, ", ", 2);
		e->suppress_sep = true;
	}
}

static void t_args_end(struct emitter *e)
{
	pop(e);
	sb_putc(e->out, ')');
}

static void t_int(struct emitter *e, int64_t v)
{
	pre_value(e);
	sb_puti(e->out, v);
}

static void t_uint(struct emitter *e, uint64_t v)
{
	pre_value(e);
	sb_putu(e->out, v);
}

static void t_hex(struct emitter *e, uint64_t v)
{
	pre_value(e);
	if (v == 0)
		sb_putc(e->out, '0');
	else
		sb_puthex(e->out, v);
}

static void t_oct(struct emitter *e, uint64_t v)
{
	pre_value(e);
	sb_printf(e->out, "%#03llo", (unsigned long long)v);
}

static void t_ptr(struct emitter *e, uint64_t v)
{
	pre_value(e);
	if (v == 0)
		sb_puts(e->out, "NULL");
	else
		sb_puthex(e->out, v);
}

static void t_str(struct emitter *e, const void *s, size_t len, unsigned flags)
{
	pre_value(e);
	sb_putc(e->out, '"');
	escape_text(e->out, s, len, e->cfg->hexmode);
	sb_putc(e->out, '"');
	if (flags & STR_TRUNCATED)
		sb_add(e->out, "...", 3);
}

static void t_fd(struct emitter *e, int64_t fd, const char *annot)
{
	pre_value(e);
	sb_puti(e->out, fd);
	if (annot) {
		sb_putc(e->out, '<');
		sb_puts(e->out, annot);
		sb_putc(e->out, '>');
	}
}

/* the part between < >, then "(deleted)"; --peers adds the holders of
 * the other end after an arrow: 3<pipe:[123]⇐4567:writer> (docs/peers.md) */
static void put_fd_desc(struct emitter *e, const struct fd_desc *d)
{
	if (!d->text)
		return;
	sb_putc(e->out, '<');
	sb_puts(e->out, d->text);
	if (d->peers_dir && d->npeers) {
		sb_puts(e->out, d->peers_dir == FD_PEERS_FROM ? "\xe2\x87\x90"
				: d->peers_dir == FD_PEERS_TO ? "\xe2\x87\x92"
							      : "\xe2\x87\x94");
		for (unsigned i = 0; i < d->npeers; i++) {
			if (i)
				sb_putc(e->out, ',');
			sb_puti(e->out, d->peers[i].pid);
			sb_putc(e->out, ':');
			sb_puts(e->out, d->peers[i].comm);
		}
	}
	sb_putc(e->out, '>');
	if (d->deleted)
		sb_puts(e->out, "(deleted)");
}

static void pad_for_ret(struct emitter *e);

static void t_fd_desc(struct emitter *e, const struct fd_desc *d)
{
	if (d->ret)
		pad_for_ret(e);
	else
		pre_value(e);
	if (d->sym)
		sb_puts(e->out, d->sym);
	else
		sb_puti(e->out, d->fd);
	put_fd_desc(e, d);
}

static void t_sym(struct emitter *e, const char *name, int64_t raw, bool hex)
{
	pre_value(e);
	format_sym(e->out, e->cfg->xlat_style, name, (uint64_t)raw,
		   hex ? SYM_HEX : SYM_DEC);
}

static void t_sym_base(struct emitter *e, const char *text, uint64_t raw,
		       enum sym_base base)
{
	pre_value(e);
	format_sym(e->out, e->cfg->xlat_style, text, raw, base);
}

static void t_flags(struct emitter *e, const char *const *names, int n,
		    uint64_t unknown, bool have_unknown, uint64_t raw)
{
	pre_value(e);
	format_flags(e->out, e->cfg->xlat_style, names, n, unknown,
		     have_unknown, raw);
}

static void t_expr(struct emitter *e, const char *text)
{
	pre_value(e);
	sb_puts(e->out, text);
}

static void t_null(struct emitter *e)
{
	pre_value(e);
	sb_puts(e->out, "NULL");
}

static void t_struct_begin(struct emitter *e)
{
	pre_value(e);
	sb_putc(e->out, '{');
	push(e);
}

static void t_struct_end(struct emitter *e)
{
	pop(e);
	sb_putc(e->out, '}');
}

static void t_array_begin(struct emitter *e)
{
	pre_value(e);
	sb_putc(e->out, '[');
	push(e);
}

static void t_array_end(struct emitter *e)
{
	pop(e);
	sb_putc(e->out, ']');
}

static void t_field(struct emitter *e, const char *name)
{
	pre_value(e);
	sb_puts(e->out, name);
	sb_putc(e->out, '=');
	e->suppress_sep = true;
}

static void t_more(struct emitter *e)
{
	pre_value(e);
	sb_add(e->out, "...", 3);
}

static void t_comment(struct emitter *e, const char *text)
{
	sb_add(e->out, " /* ", 4);
	sb_puts(e->out, text);
	sb_add(e->out, " */", 3);
}

static void t_changed(struct emitter *e)
{
	sb_add(e->out, " => ", 4);
	e->suppress_sep = true;
}

/* strace: spaces up to the -a column, then "= "; past it, " = " */
static void pad_for_ret(struct emitter *e)
{
	size_t col = e->line_start + (size_t)e->cfg->acolumn;
	if (e->out->len < col) {
		sb_pad_to(e->out, col);
		sb_add(e->out, "= ", 2);
	} else {
		sb_add(e->out, " = ", 3);
	}
}

static void t_ret_value(struct emitter *e, int64_t v, int style,
			const char *annot)
{
	pad_for_ret(e);
	switch (style) {
	case RET_HEX:
		if (v == 0)
			sb_putc(e->out, '0');
		else
			sb_puthex(e->out, (uint64_t)v);
		break;
	case RET_OCT:
		sb_printf(e->out, "%#03llo", (unsigned long long)v);
		break;
	case RET_UDEC:
		sb_putu(e->out, (uint64_t)v);
		break;
	default:
		sb_puti(e->out, v);
		if (style == RET_FD && annot) {
			sb_putc(e->out, '<');
			sb_puts(e->out, annot);
			sb_putc(e->out, '>');
		}
	}
}

/* "ENOENT (No such file or directory)"; raw: a restart code, which is
 * no errno, with the C library's message ("Unknown error 514") */
static void put_errno(struct emitter *e, int err, bool raw)
{
	char buf[128];
	const char *name = errno_name(err);
	if (name)
		sb_puts(e->out, name);
	else
		sb_printf(e->out, "%d", err);
	sb_add(e->out, " (", 2);
	if (raw && errno_is_restart(err))
		sb_printf(e->out, "Unknown error %d", err);
	else
		sb_puts(e->out, errno_message(err, buf, sizeof(buf)));
	sb_putc(e->out, ')');
}

static void t_ret_error(struct emitter *e, int err, bool raw)
{
	pad_for_ret(e);
	if (errno_is_restart(err) && !raw)
		sb_add(e->out, "? ", 2);
	else
		sb_add(e->out, "-1 ", 3);
	put_errno(e, err, raw);
}

static void t_ret_error_value(struct emitter *e, int64_t v, int err)
{
	pad_for_ret(e);
	sb_putu(e->out, (uint64_t)v);
	sb_putc(e->out, ' ');
	put_errno(e, err, false);
}

static void t_ret_unknown(struct emitter *e)
{
	pad_for_ret(e);
	sb_putc(e->out, '?');
}

static void t_ret_comment(struct emitter *e, const char *text)
{
	sb_add(e->out, " (", 2);
	sb_puts(e->out, text);
	sb_putc(e->out, ')');
}

static void t_duration(struct emitter *e, const struct timespec *d)
{
	int prec = e->cfg->times_precision > 0 ? e->cfg->times_precision : 6;
	long frac = d->tv_nsec;
	for (int i = prec; i < 9; i++)
		frac /= 10;
	sb_printf(e->out, " <%lld.%0*ld>", (long long)d->tv_sec, prec, frac);
}

static void t_signal(struct emitter *e, int sig, const char *name, bool stopped)
{
	(void)sig;
	sb_add(e->out, "--- ", 4);
	if (stopped) {
		sb_puts(e->out, "stopped by ");
		sb_puts(e->out, name);
		sb_add(e->out, " ---", 4);
		return;
	}
	sb_puts(e->out, name);
	sb_putc(e->out, ' ');
	e->need_sep[e->depth] = false;
}

static void t_signal_end(struct emitter *e)
{
	sb_add(e->out, " ---", 4);
}

static void t_exit(struct emitter *e, int status, bool signaled, bool core)
{
	if (!signaled) {
		sb_printf(e->out, "+++ exited with %d +++", status);
		return;
	}
	const char *name = signal_name(status);
	if (name)
		sb_printf(e->out, "+++ killed by %s%s +++", name,
			  core ? " (core dumped)" : "");
	else
		sb_printf(e->out, "+++ killed by %d%s +++", status,
			  core ? " (core dumped)" : "");
}

static void t_notice(struct emitter *e, const char *kind, const char *text)
{
	(void)kind;
	sb_puts(e->out, text);
}

static void t_line_end(struct emitter *e)
{
	sb_putc(e->out, '\n');
}

const struct emit_ops emit_text_ops = {
	.splits = true,
	.xlat_styles = true,
	.line_begin = t_line_begin,
	.call_begin = t_call_begin,
	.call_resumed = t_call_resumed,
	.call_unfinished = t_call_unfinished,
	.call_partial = t_call_partial,
	.args_end = t_args_end,
	.v_int = t_int,
	.v_uint = t_uint,
	.v_hex = t_hex,
	.v_oct = t_oct,
	.v_ptr = t_ptr,
	.v_str = t_str,
	.v_fd = t_fd,
	.v_fd_desc = t_fd_desc,
	.v_sym = t_sym,
	.v_sym_base = t_sym_base,
	.v_flags = t_flags,
	.v_expr = t_expr,
	.v_null = t_null,
	.struct_begin = t_struct_begin,
	.struct_end = t_struct_end,
	.array_begin = t_array_begin,
	.array_end = t_array_end,
	.field = t_field,
	.more = t_more,
	.comment = t_comment,
	.changed = t_changed,
	.ret_value = t_ret_value,
	.ret_error = t_ret_error,
	.ret_error_value = t_ret_error_value,
	.ret_unknown = t_ret_unknown,
	.ret_comment = t_ret_comment,
	.duration = t_duration,
	.signal = t_signal,
	.signal_end = t_signal_end,
	.exit = t_exit,
	.notice = t_notice,
	.line_end = t_line_end,
};
