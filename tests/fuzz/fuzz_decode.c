/* libFuzzer target: every decoder, on random registers and a random
 * memory image, through the text and the JSON emitters. The JSON must
 * always be valid; nothing may read outside the image (the fake memory
 * enforces it) or crash (ASan, UBSan). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "arch/arch.h"
#include "config.h"
#include "decode/compat.h"
#include "decode/decode.h"
#include "emit/emit.h"
#include "filter/expr.h"
#include "fuzzcfg.h"
#include "jsoncheck.h"

#define BASE 0x10000ULL

static void render(const struct syscall_desc *d, int pers, const uint64_t args[6],
		   int64_t rval, int err, struct config *cfg, const struct emit_ops *ops,
		   struct fake_mem *img, struct strbuf *out)
{
	struct mem mem;
	mem_init_fake(&mem, img);
	mem.wordsize = pers ? 4 : 8;
	struct emitter em;
	emitter_init(&em, ops, cfg, out);
	struct call c;
	memset(&c, 0, sizeof(c));
	c.desc = d;
	c.nr = 0;
	c.pers = pers;
	memcpy(c.args, args, sizeof(c.args));
	c.e = &em;
	c.mem = &mem;
	c.cfg = cfg;
	c.prev_nr = -1;
	/* i386's multiplexers: the call they make, as the engine does */
	if (d == &sysent[ENT_socketcall] || d == &sysent[ENT_ipc]) {
		c.nr = arch_syscall_nr(pers, d->name);
		compat_resolve_subcall(&c);
	}
	struct line_prefix p = { .pid = 1 };
	emit_line_begin(&em, &p);
	emit_call_begin(&em, c.desc->name, 0);
	decode_entry(&c);
	c.exiting = true;
	c.rval = rval;
	c.err = err;
	decode_exit(&c);
	emit_args_end(&em);
	decode_return(&c);
	emit_line_end(&em);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct config cfg;
	static struct strbuf out;
	if (size < 4 + 48 + 8)
		return 0;
	unsigned ent = (unsigned)(data[0] | data[1] << 8) % SYSENT_COUNT;
	uint8_t flags = data[2], ptrmask = data[3];
	uint64_t args[6];
	int64_t rval;
	memcpy(args, data + 4, sizeof(args));
	memcpy(&rval, data + 52, sizeof(rval));
	const uint8_t *image = data + 60;
	size_t len = size - 60;
	for (int i = 0; i < 6; i++)
		if (ptrmask & (1u << i))
			args[i] = BASE + (args[i] % (len + 1));
	int pers = flags & 1;
	if (pers)
		for (int i = 0; i < 6; i++)
			args[i] = (uint32_t)args[i];
	int err = 0;
	if (flags & 0x10) {
		err = (int)((uint64_t)rval % 4095) + 1;
		rval = -err;
	} else if (ptrmask & 0x80) {
		rval = (int64_t)((uint64_t)rval % (len + 2));
	}

	fuzz_config(&cfg, flags);

	struct fake_mem img = { BASE, image, len };
	const struct syscall_desc *d = &sysent[ent];
	sb_reset(&out);
	render(d, pers, args, rval, err, &cfg, &emit_text_ops, &img, &out);
	sb_reset(&out);
	render(d, pers, args, rval, err, &cfg, &emit_json_ops, &img, &out);
	if (!json_lines_valid(out.buf, out.len)) {
		fprintf(stderr, "invalid JSON for %s: %.*s\n", d->name,
			(int)out.len, out.buf);
		__builtin_trap();
	}
	return 0;
}
