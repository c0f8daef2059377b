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

/* ---- constants as text, in the -X styles ---- */

static void put_base(struct strbuf *sb, uint64_t raw, enum sym_base base)
{
	switch (base) {
	case SYM_DEC: sb_puti(sb, (int64_t)raw); break;
	case SYM_UDEC: sb_putu(sb, raw); break;
	case SYM_HEX:
		if (raw)
			sb_puthex(sb, raw);
		else
			sb_putc(sb, '0');
		break;
	case SYM_OCT: sb_printf(sb, "%#03llo", (unsigned long long)raw); break;
	case SYM_PTR:
		if (raw)
			sb_puthex(sb, raw);
		else
			sb_puts(sb, "NULL");
		break;
	}
}

static void put_comment(struct strbuf *sb, const char *text)
{
	sb_add(sb, " /* ", 4);
	sb_puts(sb, text);
	sb_add(sb, " */", 3);
}

/* -X raw prints constants as numbers, -X verbose as numbers with their
 * names in a comment, the default (abbrev) as names */
void format_sym(struct strbuf *sb, int style, const char *text, uint64_t raw,
		enum sym_base base)
{
	if (style == XLAT_ABBREV) {
		sb_puts(sb, text);
		return;
	}
	put_base(sb, raw, base);
	if (style == XLAT_VERBOSE)
		put_comment(sb, text);
}

static void put_flag_names(struct strbuf *sb, const char *const *names, int n,
			   uint64_t unknown, bool have_unknown)
{
	for (int i = 0; i < n; i++) {
		if (i)
			sb_putc(sb, '|');
		sb_puts(sb, names[i]);
	}
	if (have_unknown) {
		if (n)
			sb_putc(sb, '|');
		put_base(sb, unknown, SYM_HEX);
	}
}

void format_flags(struct strbuf *sb, int style, const char *const *names, int n,
		  uint64_t unknown, bool have_unknown, uint64_t raw)
{
	if (style == XLAT_ABBREV) {
		put_flag_names(sb, names, n, unknown, have_unknown);
		return;
	}
	put_base(sb, raw, SYM_HEX);
	if (style == XLAT_VERBOSE && n) {
		sb_add(sb, " /* ", 4);
		put_flag_names(sb, names, n, unknown, have_unknown);
		sb_add(sb, " */", 3);
	}
}

/* JSON shows every constant by name, whatever -X says */
static int style_of(const struct emitter *e)
{
	return e->ops->xlat_styles ? (int)e->cfg->xlat_style : XLAT_ABBREV;
}

int emit_xlat_style(const struct emitter *e)
{
	return style_of(e);
}

void emit_format_sym(struct emitter *e, struct strbuf *sb, const char *text,
		     uint64_t raw, enum sym_base base)
{
	format_sym(sb, style_of(e), text, raw, base);
}

void emit_format_flags(struct emitter *e, struct strbuf *sb,
		       const struct xlat *x, uint64_t val,
		       const char *zero_name, const char *unknown_comment)
{
	const char *names[64];
	uint64_t rest = 0;
	int style = style_of(e);
	if (val == 0) {
		if (zero_name)
			format_sym(sb, style, zero_name, 0, SYM_HEX);
		else
			sb_putc(sb, '0');
		return;
	}
	int n = xlat_split_flags(x, val, names, 64, &rest);
	format_flags(sb, style, names, n, rest, rest != 0, val);
	if (n == 0 && unknown_comment && style != XLAT_RAW)
		put_comment(sb, unknown_comment);
}

void emit_format_enum(struct emitter *e, struct strbuf *sb,
		      const struct xlat *x, uint64_t val,
		      const char *unknown_comment, enum sym_base base)
{
	const char *name = xlat_name(x, val);
	if (name) {
		format_sym(sb, style_of(e), name, val, base);
		return;
	}
	put_base(sb, val, base);
	if (unknown_comment && style_of(e) != XLAT_RAW)
		put_comment(sb, unknown_comment);
}

static void format_part(struct emitter *e, struct strbuf *sb,
			const struct flag_part *p)
{
	switch (p->kind) {
	case PART_FLAGS:
		/* strace prints nothing for a zero part under -X raw */
		if (!p->val && p->name && style_of(e) == XLAT_RAW)
			return;
		emit_format_flags(e, sb, p->x, p->val, p->name, p->unknown);
		break;
	case PART_ENUM:
		emit_format_enum(e, sb, p->x, p->val, p->unknown, p->base);
		break;
	case PART_SYM: emit_format_sym(e, sb, p->name, p->val, p->base); break;
	case PART_NUM: put_base(sb, p->val, p->base); break;
	}
}

/* the names of the parts, for an emitter that shows flags as a list */
static int part_names(const struct flag_part *p, const char **names, int max,
		      uint64_t *unknown)
{
	uint64_t rest = 0;
	const char *name;
	switch (p->kind) {
	case PART_FLAGS:
		if (!p->val) {
			if (p->name && max > 0) {
				names[0] = p->name;
				return 1;
			}
			return 0;
		}
		{
			int n = xlat_split_flags(p->x, p->val, names, max,
						 &rest);
			*unknown |= rest;
			return n;
		}
	case PART_ENUM:
		name = xlat_name(p->x, p->val);
		if (!name) {
			*unknown |= p->val;
			return 0;
		}
		break;
	case PART_SYM: name = p->name; break;
	default: return 0;
	}
	if (max < 1)
		return 0;
	names[0] = name;
	return 1;
}

void emit_format_flag_parts(struct emitter *e, struct strbuf *sb,
			    const struct flag_part *parts, int n)
{
	for (int i = 0; i < n; i++) {
		if (i)
			sb_putc(sb, '|');
		format_part(e, sb, &parts[i]);
	}
}

void emit_flag_parts(struct emitter *e, const struct flag_part *parts, int n,
		     uint64_t raw)
{
	if (!e->ops->xlat_styles) {
		const char *names[64];
		uint64_t unknown = 0;
		int k = 0;
		for (int i = 0; i < n; i++)
			k += part_names(&parts[i], names + k, 64 - k, &unknown);
		e->ops->v_flags(e, names, k, unknown, unknown != 0, raw);
		return;
	}
	struct strbuf sb = {0};
	emit_format_flag_parts(e, &sb, parts, n);
	e->ops->v_expr(e, sb_cstr(&sb));
	sb_free(&sb);
}

/* ---- values ---- */

void emit_sym_bytes(struct emitter *e, const char *text, const void *bytes,
		    size_t len)
{
	int style = style_of(e);
	if (style == XLAT_ABBREV) {
		e->ops->v_expr(e, text);
		return;
	}
	struct strbuf sb = {0};
	sb_putc(&sb, '"');
	escape_text(&sb, bytes, len, 2);
	sb_putc(&sb, '"');
	if (style == XLAT_VERBOSE)
		put_comment(&sb, text);
	e->ops->v_expr(e, sb_cstr(&sb));
	sb_free(&sb);
}

void emit_xlat_comment(struct emitter *e, const char *text)
{
	if (style_of(e) != XLAT_RAW)
		e->ops->comment(e, text);
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
	if (style_of(e) != XLAT_RAW)
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
	if (unknown_comment && style_of(e) != XLAT_RAW)
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
