/* libFuzzer target: netlink buffers of every protocol sctrace decodes
 * (fuzz_decode cannot reach them: its fds are not netlink sockets), in
 * every -s, -x, -v and -X setting, through the text and the JSON
 * emitters. The first bytes choose the protocol and the settings; the
 * rest is the buffer. */
#include <linux/netlink.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "config.h"
#include "decode/net.h"
#include "emit/emit.h"
#include "filter/expr.h"
#include "fuzzcfg.h"
#include "jsoncheck.h"

#define BASE 0x10000ULL

static void render(struct config *cfg, const struct emit_ops *ops,
		   struct fake_mem *img, int protocol, struct strbuf *out)
{
	struct mem mem;
	mem_init_fake(&mem, img);
	struct emitter em;
	emitter_init(&em, ops, cfg, out);
	struct call c;
	memset(&c, 0, sizeof(c));
	c.desc = &sysent[0];
	c.e = &em;
	c.mem = &mem;
	c.cfg = cfg;
	c.prev_nr = -1;
	struct line_prefix p = {.pid = 1};
	emit_line_begin(&em, &p);
	emit_call_begin(&em, "sendto", 0);
	print_netlink(&c, BASE, img->len, protocol);
	emit_args_end(&em);
	emit_ret(&em, 0, RET_DEC, NULL);
	emit_line_end(&em);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int protocols[] = {NETLINK_SOCK_DIAG, NETLINK_ROUTE,
					NETLINK_GENERIC, NL_PROTOCOL_UNKNOWN};
	static struct config cfg;
	static struct strbuf out;
	if (size < 2)
		return 0;
	int protocol = protocols[data[0] % 4];
	uint8_t flags = data[1];
	fuzz_config(&cfg, flags);

	struct fake_mem img = {BASE, data + 2, size - 2};
	sb_reset(&out);
	render(&cfg, &emit_text_ops, &img, protocol, &out);
	sb_reset(&out);
	render(&cfg, &emit_json_ops, &img, protocol, &out);
	if (!json_lines_valid(out.buf, out.len)) {
		fprintf(stderr, "invalid JSON: %.*s\n", (int)out.len, out.buf);
		__builtin_trap();
	}
	return 0;
}
