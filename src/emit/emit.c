/* Parts of the emitter interface that are the same for every format. */
#include "emit/emit.h"

#include <stdio.h>

#include "config.h"
#include "xlat/xlat.h"

void emitter_init(struct emitter *e, const struct emit_ops *ops,
		  const struct config *cfg, struct strbuf *out)
{
	*e = (struct emitter){ .ops = ops, .cfg = cfg, .out = out };
}

void emit_exprf(struct emitter *e, const char *fmt, ...)
{
	char buf[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	e->ops->v_expr(e, buf);
}

void emit_flags(struct emitter *e, const struct xlat *x, uint64_t val,
		const char *zero_name)
{
	const char *names[64];
	uint64_t rest = 0;
	int n = 0;
	if (val == 0) {
		if (zero_name)
			names[n++] = zero_name;
		e->ops->v_flags(e, names, n, 0, zero_name == NULL, val);
		return;
	}
	n = xlat_split_flags(x, val, names, 64, &rest);
	e->ops->v_flags(e, names, n, rest, rest != 0, val);
}

void emit_flags_unknown(struct emitter *e, const struct xlat *x, uint64_t val,
			const char *zero_name, const char *unknown_comment)
{
	const char *names[64];
	uint64_t rest = 0;
	if (!val || !unknown_comment ||
	    xlat_split_flags(x, val, names, 64, &rest) > 0) {
		emit_flags(e, x, val, zero_name);
		return;
	}
	/* no bit has a name: the value, then the set it belongs to (in
	 * every style but -X raw) */
	e->ops->v_flags(e, names, 0, val, true, val);
	if (e->cfg->xlat_style != XLAT_RAW)
		e->ops->comment(e, unknown_comment);
}

static void enum_common(struct emitter *e, const struct xlat *x, uint64_t val,
			const char *unknown_comment, bool dec)
{
	const char *name = xlat_name(x, val);
	if (name) {
		e->ops->v_sym(e, name, (int64_t)val, !dec);
		return;
	}
	if (dec)
		e->ops->v_int(e, (int64_t)val);
	else
		e->ops->v_hex(e, val);
	if (unknown_comment && e->cfg->xlat_style != XLAT_RAW)
		e->ops->comment(e, unknown_comment);
}

void emit_enum(struct emitter *e, const struct xlat *x, uint64_t val,
	       const char *unknown_comment)
{
	enum_common(e, x, val, unknown_comment, false);
}

void emit_enum_dec(struct emitter *e, const struct xlat *x, int64_t val,
		   const char *unknown_comment)
{
	enum_common(e, x, (uint64_t)val, unknown_comment, true);
}
