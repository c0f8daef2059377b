/* The JSON format: one object per record, one record per line.
 * The schema is documented in docs/json.md; keep the two in step. */
#include <stdio.h>
#include <string.h>

#include "config.h"
#include "emit/emit.h"
#include "xlat/errno.h"
#include "xlat/xlat.h"

/* Every value is framed by pre_value and post_value. A field in an array
 * (strace's "child_stack=NULL" arguments) becomes a one-key object; a
 * value in an object without a field gets the key "_N". */
static inline void pre_value(struct emitter *e)
{
	if (e->suppress_sep) {
		e->suppress_sep = false;
		return;
	}
	if (e->need_sep[e->depth])
		sb_putc(e->out, ',');
	e->need_sep[e->depth] = true;
	if (e->container[e->depth] == '{')
		sb_printf(e->out, "\"_%u\":", e->nvalues[e->depth]);
	e->nvalues[e->depth]++;
}

static void push(struct emitter *e, char kind)
{
	if (e->depth + 1 < EMIT_MAX_DEPTH)
		e->depth++;
	e->need_sep[e->depth] = false;
	e->container[e->depth] = kind;
	e->auto_close[e->depth] = false;
	e->nvalues[e->depth] = 0;
}

static void pop(struct emitter *e)
{
	if (e->depth > 0)
		e->depth--;
	e->suppress_sep = false;
}

/* a value is complete: close the one-key object a field opened in an
 * array */
static inline void post_value(struct emitter *e)
{
	if (e->auto_close[e->depth] && !e->suppress_sep) {
		pop(e);
		sb_putc(e->out, '}');
	}
}

static void put_jstr(struct strbuf *sb, const char *s)
{
	sb_putc(sb, '"');
	escape_json(sb, (const unsigned char *)s, strlen(s));
	sb_putc(sb, '"');
}

static void key(struct emitter *e, const char *k)
{
	sb_putc(e->out, ',');
	put_jstr(e->out, k);
	sb_putc(e->out, ':');
}

static void j_line_begin(struct emitter *e, const struct line_prefix *p)
{
	e->line_start = e->out->len;
	e->depth = 0;
	e->need_sep[0] = false;
	e->suppress_sep = false;
	e->unfinished = false;
	e->detached = false;
	e->last_key = NULL;
	e->auto_close[0] = false;
	e->nvalues[0] = 0;
	sb_puts(e->out, "{\"pid\":");
	sb_puti(e->out, p->pid);
	if (p->ts) {
		int prec = e->cfg->ts_precision > 0 ? e->cfg->ts_precision : 6;
		long frac = p->ts->tv_nsec;
		for (int i = prec; i < 9; i++)
			frac /= 10;
		sb_printf(e->out, ",\"%s\":%lld.%0*ld",
			  e->cfg->relative_ts ? "relative_time" : "time",
			  (long long)p->ts->tv_sec, prec, frac);
	}
	if (p->have_ip && !p->ip_unknown)
		sb_printf(e->out, ",\"ip\":%llu", (unsigned long long)p->ip);
}

static void j_call_begin(struct emitter *e, const char *name, long nr)
{
	sb_puts(e->out, ",\"type\":\"syscall\",\"name\":");
	put_jstr(e->out, name);
	sb_printf(e->out, ",\"nr\":%ld,\"args\":[", nr);
	push(e, '[');
}

static void j_call_resumed(struct emitter *e, const char *name, long nr)
{
	/* never used: JSON records are written whole at exit */
	j_call_begin(e, name, nr);
}

static void j_call_unfinished(struct emitter *e, bool more_args,
			      const char *what)
{
	(void)more_args;
	e->unfinished = true;
	e->detached = what && strcmp(what, "detached") == 0;
}

static void j_call_partial(struct emitter *e, bool more_args)
{
	/* never used: JSON records are written whole */
	(void)e;
	(void)more_args;
}

static void j_args_end(struct emitter *e)
{
	pop(e);
	sb_putc(e->out, ']');
	if (e->unfinished)
		sb_puts(e->out, e->detached ? ",\"detached\":true"
					     : ",\"unfinished\":true");
}

static void j_int(struct emitter *e, int64_t v)
{
	pre_value(e);
	sb_puti(e->out, v);
	post_value(e);
}

static void j_uint(struct emitter *e, uint64_t v)
{
	pre_value(e);
	sb_putu(e->out, v);
	post_value(e);
}

static void j_ptr(struct emitter *e, uint64_t v)
{
	pre_value(e);
	if (v == 0)
		sb_puts(e->out, "null");
	else
		sb_putu(e->out, v);
	post_value(e);
}

static void hex_bytes(struct strbuf *sb, const unsigned char *s, size_t len)
{
	static const char d[] = "0123456789abcdef";
	sb_grow(sb, 2 * len);
	for (size_t i = 0; i < len; i++) {
		sb_putc(sb, d[s[i] >> 4]);
		sb_putc(sb, d[s[i] & 15]);
	}
}

static void j_str(struct emitter *e, const void *s, size_t len, unsigned flags)
{
	const unsigned char *u = s;
	bool valid = utf8_valid(u, len);
	pre_value(e);
	if (valid && !(flags & STR_TRUNCATED)) {
		sb_putc(e->out, '"');
		escape_json(e->out, u, len);
		sb_putc(e->out, '"');
		post_value(e);
		return;
	}
	if (valid) {
		sb_puts(e->out, "{\"str\":\"");
		escape_json(e->out, u, len);
		sb_putc(e->out, '"');
	} else {
		sb_puts(e->out, "{\"hex\":\"");
		hex_bytes(e->out, u, len);
		sb_putc(e->out, '"');
	}
	if (flags & STR_TRUNCATED)
		sb_puts(e->out, ",\"truncated\":true");
	sb_putc(e->out, '}');
	post_value(e);
}

static void j_fd(struct emitter *e, int64_t fd, const char *annot)
{
	pre_value(e);
	if (!annot) {
		sb_puti(e->out, fd);
		post_value(e);
		return;
	}
	sb_puts(e->out, "{\"fd\":");
	sb_puti(e->out, fd);
	sb_puts(e->out, ",\"path\":");
	put_jstr(e->out, annot);
	sb_putc(e->out, '}');
	post_value(e);
}

/* the fields of an fd's description after its number; prefix is "" for
 * an argument's object, "ret_" for the return value's keys */
static void put_fd_fields(struct emitter *e, const struct fd_desc *d,
			  const char *prefix)
{
	char k[32];
	snprintf(k, sizeof(k), "%spath", prefix);
	key(e, k);
	put_jstr(e->out, d->text);
	if (d->deleted) {
		snprintf(k, sizeof(k), "%sdeleted", prefix);
		key(e, k);
		sb_puts(e->out, "true");
	}
	if (!d->peers_dir || !d->npeers)
		return;
	snprintf(k, sizeof(k), "%speers", prefix);
	key(e, k);
	sb_puts(e->out, "{\"dir\":");
	sb_puts(e->out, d->peers_dir == FD_PEERS_FROM ? "\"from\""
			: d->peers_dir == FD_PEERS_TO ? "\"to\""
						      : "\"both\"");
	sb_puts(e->out, ",\"holders\":[");
	for (unsigned i = 0; i < d->npeers; i++) {
		const struct fd_peer *p = &d->peers[i];
		if (i)
			sb_putc(e->out, ',');
		sb_printf(e->out, "{\"pid\":%d,\"comm\":", p->pid);
		put_jstr(e->out, p->comm);
		sb_puts(e->out, ",\"fds\":[");
		for (unsigned j = 0; j < p->nfds; j++) {
			if (j)
				sb_putc(e->out, ',');
			sb_puti(e->out, p->fds[j]);
		}
		sb_puts(e->out, "]}");
	}
	sb_puts(e->out, "]}");
}

static void j_fd_desc(struct emitter *e, const struct fd_desc *d)
{
	if (d->ret) {
		key(e, "ret");
		sb_puti(e->out, d->fd);
		if (d->text)
			put_fd_fields(e, d, "ret_");
		return;
	}
	pre_value(e);
	if (!d->text && !d->sym) {
		sb_puti(e->out, d->fd);
		post_value(e);
		return;
	}
	if (d->sym) {
		sb_puts(e->out, "{\"sym\":");
		put_jstr(e->out, d->sym);
		sb_puts(e->out, ",\"value\":");
	} else {
		sb_puts(e->out, "{\"fd\":");
	}
	sb_puti(e->out, d->fd);
	if (d->text)
		put_fd_fields(e, d, "");
	sb_putc(e->out, '}');
	post_value(e);
}

static void j_sym(struct emitter *e, const char *name, int64_t raw, bool hex)
{
	(void)hex;
	pre_value(e);
	sb_puts(e->out, "{\"sym\":");
	put_jstr(e->out, name);
	sb_puts(e->out, ",\"value\":");
	sb_puti(e->out, raw);
	sb_putc(e->out, '}');
	post_value(e);
}

static void j_sym_base(struct emitter *e, const char *text, uint64_t raw,
		       enum sym_base base)
{
	pre_value(e);
	sb_puts(e->out, "{\"sym\":");
	put_jstr(e->out, text);
	sb_puts(e->out, ",\"value\":");
	if (base == SYM_DEC)
		sb_puti(e->out, (int64_t)raw);
	else
		sb_putu(e->out, raw);
	sb_putc(e->out, '}');
	post_value(e);
}

static void j_flags(struct emitter *e, const char *const *names, int n,
		    uint64_t unknown, bool have_unknown, uint64_t raw)
{
	pre_value(e);
	sb_puts(e->out, "{\"flags\":[");
	for (int i = 0; i < n; i++) {
		if (i)
			sb_putc(e->out, ',');
		put_jstr(e->out, names[i]);
	}
	sb_putc(e->out, ']');
	if (have_unknown && unknown) {
		sb_puts(e->out, ",\"unknown\":");
		sb_putu(e->out, unknown);
	}
	sb_puts(e->out, ",\"value\":");
	sb_putu(e->out, raw);
	sb_putc(e->out, '}');
	post_value(e);
}

static void j_expr(struct emitter *e, const char *text)
{
	pre_value(e);
	sb_puts(e->out, "{\"expr\":");
	put_jstr(e->out, text);
	sb_putc(e->out, '}');
	post_value(e);
}

static void j_null(struct emitter *e)
{
	pre_value(e);
	sb_puts(e->out, "null");
	post_value(e);
}

static void j_struct_begin(struct emitter *e)
{
	pre_value(e);
	sb_putc(e->out, '{');
	push(e, '{');
}

static void j_struct_end(struct emitter *e)
{
	pop(e);
	sb_putc(e->out, '}');
	post_value(e);
}

static void j_array_begin(struct emitter *e)
{
	pre_value(e);
	sb_putc(e->out, '[');
	push(e, '[');
}

static void j_array_end(struct emitter *e)
{
	pop(e);
	sb_putc(e->out, ']');
	post_value(e);
}

static void j_field(struct emitter *e, const char *name)
{
	if (e->need_sep[e->depth])
		sb_putc(e->out, ',');
	e->need_sep[e->depth] = true;
	e->nvalues[e->depth]++;
	if (e->container[e->depth] != '{') {
		sb_putc(e->out, '{');
		push(e, '{');
		e->auto_close[e->depth] = true;
		e->need_sep[e->depth] = true;
	}
	put_jstr(e->out, name);
	sb_putc(e->out, ':');
	e->last_key = name;
	e->suppress_sep = true;
}

static void j_more(struct emitter *e)
{
	if (e->container[e->depth] == '{') {
		if (e->need_sep[e->depth])
			sb_putc(e->out, ',');
		e->need_sep[e->depth] = true;
		sb_puts(e->out, "\"...\":true");
	} else {
		pre_value(e);
		sb_puts(e->out, "\"...\"");
	}
}

static void j_comment(struct emitter *e, const char *text)
{
	(void)e;
	(void)text;
}

/* strace's "in => out": in an object the new value gets the key
 * "NAME=>"; in an array it is the next element */
static void j_changed(struct emitter *e)
{
	if (e->container[e->depth] != '{' || !e->last_key)
		return;
	sb_putc(e->out, ',');
	char key[128];
	snprintf(key, sizeof(key), "%s=>", e->last_key);
	put_jstr(e->out, key);
	sb_putc(e->out, ':');
	e->suppress_sep = true;
}

static void j_ret_value(struct emitter *e, int64_t v, int style,
			const char *annot)
{
	key(e, "ret");
	if (style == RET_UDEC || style == RET_HEX)
		sb_putu(e->out, (uint64_t)v);
	else
		sb_puti(e->out, v);
	if (style == RET_FD && annot) {
		key(e, "ret_path");
		put_jstr(e->out, annot);
	}
}

/* "errno":"ENOENT","error":"No such file or directory" */
static void put_errno_fields(struct emitter *e, int err)
{
	char buf[128];
	const char *name = errno_name(err);
	key(e, "errno");
	if (name)
		put_jstr(e->out, name);
	else
		sb_printf(e->out, "%d", err);
	key(e, "error");
	put_jstr(e->out, errno_message(err, buf, sizeof(buf)));
}

static void j_ret_error(struct emitter *e, int err, bool raw)
{
	key(e, "ret");
	sb_puts(e->out, errno_is_restart(err) && !raw ? "null" : "-1");
	put_errno_fields(e, err);
}

static void j_ret_error_value(struct emitter *e, int64_t v, int err)
{
	key(e, "ret");
	sb_putu(e->out, (uint64_t)v);
	put_errno_fields(e, err);
}

static void j_ret_unknown(struct emitter *e)
{
	key(e, "ret");
	sb_puts(e->out, "null");
}

static void j_ret_comment(struct emitter *e, const char *text)
{
	key(e, "ret_note");
	put_jstr(e->out, text);
}

static void j_duration(struct emitter *e, const struct timespec *d)
{
	key(e, "duration");
	sb_printf(e->out, "%lld.%09ld", (long long)d->tv_sec, d->tv_nsec);
}

static void j_signal(struct emitter *e, int sig, const char *name, bool stopped)
{
	sb_printf(e->out, ",\"type\":\"%s\",\"signal\":",
		  stopped ? "stopped" : "signal");
	put_jstr(e->out, name);
	sb_printf(e->out, ",\"signo\":%d", sig);
	if (!stopped) {
		key(e, "siginfo");
		e->need_sep[e->depth] = false;
		e->suppress_sep = true;
	}
}

static void j_signal_end(struct emitter *e)
{
	(void)e;
}

static void j_exit(struct emitter *e, int status, bool signaled, bool core)
{
	if (!signaled) {
		sb_printf(e->out, ",\"type\":\"exit\",\"status\":%d", status);
		return;
	}
	const char *name = signal_name(status);
	sb_puts(e->out, ",\"type\":\"killed\",\"signal\":");
	if (name)
		sb_printf(e->out, "\"%s\"", name);
	else
		sb_printf(e->out, "\"%d\"", status);
	sb_printf(e->out, ",\"signo\":%d,\"core_dumped\":%s", status,
		  core ? "true" : "false");
}

static void j_notice(struct emitter *e, const char *kind, const char *text)
{
	sb_puts(e->out, ",\"type\":\"notice\",\"kind\":");
	put_jstr(e->out, kind);
	key(e, "text");
	put_jstr(e->out, text);
}

static void j_line_end(struct emitter *e)
{
	sb_add(e->out, "}\n", 2);
}

const struct emit_ops emit_json_ops = {
	.splits = false,
	.line_begin = j_line_begin,
	.call_begin = j_call_begin,
	.call_resumed = j_call_resumed,
	.call_unfinished = j_call_unfinished,
	.call_partial = j_call_partial,
	.args_end = j_args_end,
	.v_int = j_int,
	.v_uint = j_uint,
	.v_hex = j_uint,
	.v_oct = j_uint,
	.v_ptr = j_ptr,
	.v_str = j_str,
	.v_fd = j_fd,
	.v_fd_desc = j_fd_desc,
	.v_sym = j_sym,
	.v_sym_base = j_sym_base,
	.v_flags = j_flags,
	.v_expr = j_expr,
	.v_null = j_null,
	.struct_begin = j_struct_begin,
	.struct_end = j_struct_end,
	.array_begin = j_array_begin,
	.array_end = j_array_end,
	.field = j_field,
	.more = j_more,
	.comment = j_comment,
	.changed = j_changed,
	.ret_value = j_ret_value,
	.ret_error = j_ret_error,
	.ret_error_value = j_ret_error_value,
	.ret_unknown = j_ret_unknown,
	.ret_comment = j_ret_comment,
	.duration = j_duration,
	.signal = j_signal,
	.signal_end = j_signal_end,
	.exit = j_exit,
	.notice = j_notice,
	.line_end = j_line_end,
};
