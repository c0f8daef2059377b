/* unit.h — a small harness for decoder unit tests: a fake memory image,
 * a call built from registers, and the line the text emitter renders.
 * Each check prints "ok NAME" or "not ok NAME: why"; tests/run.py counts
 * them. */
#ifndef SCTRACE_UNIT_H
#define SCTRACE_UNIT_H

#include <stdio.h>
#include <string.h>

#include "arch/arch.h"
#include "config.h"
#include "decode/decode.h"
#include "emit/emit.h"
#include "filter/expr.h"

static int unit_failures;

#define CHECK(name, cond)                                                  \
	do {                                                               \
		if (cond)                                                  \
			printf("ok %s\n", name);                           \
		else {                                                     \
			printf("not ok %s: %s (%s:%d)\n", name, #cond,     \
			       __FILE__, __LINE__);                        \
			unit_failures++;                                   \
		}                                                          \
	} while (0)

#define CHECK_STR(name, got, want)                                         \
	do {                                                               \
		const char *g_ = (got), *w_ = (want);                      \
		if (g_ && strcmp(g_, w_) == 0)                             \
			printf("ok %s\n", name);                           \
		else {                                                     \
			printf("not ok %s: got [%s] want [%s]\n", name,    \
			       g_ ? g_ : "(null)", w_);                    \
			unit_failures++;                                   \
		}                                                          \
	} while (0)

/* a config as strace's defaults leave it */
static inline void unit_config(struct config *cfg)
{
	memset(cfg, 0, sizeof(*cfg));
	cfg->string_limit = 32;
	cfg->acolumn = 40;
	cfg->ts_precision = 6;
	cfg->times_precision = 6;
	expr_defaults(cfg);
}

struct unit_call {
	struct config cfg;
	struct fake_mem img;
	struct mem mem;
	struct strbuf out;
	struct emitter em;
	struct call call;
};

/* Prepares a call of syscall `name` (x86_64) with args; memory is the
 * image [base, base+len). */
static inline void unit_call_init(struct unit_call *u, const char *name,
				  const uint64_t args[6], uint64_t base,
				  const void *data, size_t len)
{
	unit_config(&u->cfg);
	u->img = (struct fake_mem){ base, data, len };
	mem_init_fake(&u->mem, &u->img);
	memset(&u->out, 0, sizeof(u->out));
	emitter_init(&u->em, &emit_text_ops, &u->cfg, &u->out);
	memset(&u->call, 0, sizeof(u->call));
	long nr = arch_syscall_nr(PERS_X86_64, name);
	u->call.nr = nr;
	u->call.desc = arch_syscall(PERS_X86_64, nr);
	u->call.pers = PERS_X86_64;
	memcpy(u->call.args, args, sizeof(u->call.args));
	u->call.e = &u->em;
	u->call.mem = &u->mem;
	u->call.cfg = &u->cfg;
}

/* Decodes entry and exit (rval, err) and returns the whole line without
 * its newline. */
static inline const char *unit_render(struct unit_call *u, int64_t rval,
				      int err)
{
	struct line_prefix p = { 0 };
	struct call *c = &u->call;
	sb_reset(&u->out);
	emit_line_begin(&u->em, &p);
	emit_call_begin(&u->em, c->desc->name, c->nr);
	c->exiting = false;
	decode_entry(c);
	c->exiting = true;
	c->rval = rval;
	c->err = err;
	decode_exit(c);
	emit_args_end(&u->em);
	decode_return(c);
	return sb_cstr(&u->out);
}

/* the line with the -a padding before "= " collapsed to one space */
static inline const char *unit_flat(const char *line)
{
	static char buf[8192];
	size_t o = 0;
	for (size_t i = 0; line[i] && o + 1 < sizeof(buf); i++) {
		if (line[i] == ')' && line[i + 1] == ' ') {
			size_t j = i + 1;
			while (line[j] == ' ')
				j++;
			if (line[j] == '=' && line[j + 1] == ' ') {
				buf[o++] = ')';
				buf[o++] = ' ';
				i = j - 1;
				continue;
			}
		}
		buf[o++] = line[i];
	}
	buf[o] = 0;
	return buf;
}

/* the rendered line with runs of spaces (the return column's padding)
 * squeezed to one, and the emitter's buffer freed */
static inline const char *unit_run_squeezed(struct unit_call *u, int64_t rval,
					    int err)
{
	static char line[16384];
	const char *s = unit_render(u, rval, err);
	size_t n = 0;
	for (size_t i = 0; s[i] && n + 1 < sizeof(line); i++) {
		if (s[i] == ' ' && n && line[n - 1] == ' ')
			continue;
		line[n++] = s[i];
	}
	line[n] = 0;
	sb_free(&u->out);
	return line;
}

/* the call becomes i386's call of that name, in a 32-bit image */
static inline void unit_to_i386(struct unit_call *u, const char *name)
{
	long nr = arch_syscall_nr(PERS_I386, name);
	u->call.nr = nr;
	u->call.desc = arch_syscall(PERS_I386, nr);
	u->call.pers = PERS_I386;
	u->mem.wordsize = 4;
}

static inline int unit_done(void)
{
	return unit_failures ? 1 : 0;
}

#endif
