/* Classic BPF instructions in strace's macro notation. */
#include "decode/bpf.h"

#include <linux/filter.h>
#include <linux/seccomp.h>

#include "decode/common.h"
#include "xlat/xlat.h"

/* each field of the code in the -X style: BPF_LD|BPF_W|BPF_ABS, under -X
 * raw 0|0|0x20 */
static void put_field(struct call *c, struct strbuf *sb, const struct xlat *x,
		      unsigned v)
{
	emit_format_enum(c->e, sb, x, v, "BPF_???", SYM_HEX);
}

/* BPF_LD|BPF_W|BPF_ABS, BPF_JMP|BPF_K|BPF_JEQ, BPF_RET|BPF_K ... */
static void format_code(struct call *c, struct strbuf *sb, unsigned code)
{
	unsigned cls = BPF_CLASS(code), covered = 0x07;
	put_field(c, sb, &xlat_bpf_class, cls);
	switch (cls) {
	case BPF_LD:
	case BPF_LDX:
		sb_putc(sb, '|');
		put_field(c, sb, &xlat_bpf_size, BPF_SIZE(code));
		sb_putc(sb, '|');
		put_field(c, sb, &xlat_bpf_mode, BPF_MODE(code));
		covered = 0xff;
		break;
	case BPF_ALU:
	case BPF_JMP:
		sb_putc(sb, '|');
		put_field(c, sb, &xlat_bpf_src, BPF_SRC(code));
		sb_putc(sb, '|');
		put_field(c, sb,
			  cls == BPF_ALU ? &xlat_bpf_alu_op : &xlat_bpf_jmp_op,
			  BPF_OP(code));
		covered = 0xff;
		break;
	case BPF_RET:
		sb_putc(sb, '|');
		put_field(c, sb, &xlat_bpf_rval, BPF_RVAL(code));
		covered = 0x1f;
		break;
	case BPF_MISC:
		sb_putc(sb, '|');
		put_field(c, sb, &xlat_bpf_miscop, BPF_MISCOP(code));
		covered = 0xff;
		break;
	}
	/* bits no field has: strace names their set in every style */
	if (code & ~covered)
		sb_printf(sb, "|%#x /* BPF_??? */", code & ~covered);
}

static void put_num(struct strbuf *sb, uint64_t v)
{
	if (v)
		sb_puthex(sb, v);
	else
		sb_putc(sb, '0');
}

struct bpf_ctx {
	bool seccomp;
};

static void print_insn(struct call *c, const void *elem, size_t index,
		       void *ctx)
{
	(void)index;
	const struct sock_filter *f = elem;
	const struct bpf_ctx *bc = ctx;
	struct strbuf sb = { 0 };
	bool jump = BPF_CLASS(f->code) == BPF_JMP && BPF_OP(f->code) != BPF_JA;
	sb_puts(&sb, jump ? "BPF_JUMP(" : "BPF_STMT(");
	format_code(c, &sb, f->code);
	sb_puts(&sb, ", ");
	if (BPF_CLASS(f->code) == BPF_RET && bc->seccomp) {
		uint32_t action = f->k & SECCOMP_RET_ACTION_FULL;
		uint32_t data = f->k & SECCOMP_RET_DATA;
		const char *n = xlat_name(&xlat_seccomp_ret_actions, action);
		if (n) {
			emit_format_sym(c->e, &sb, n, action, SYM_HEX);
			if (data) {
				sb_putc(&sb, '|');
				sb_puthex(&sb, data);
			}
		} else {
			put_num(&sb, f->k);
		}
	} else {
		put_num(&sb, f->k);
	}
	if (jump) {
		sb_puts(&sb, ", ");
		put_num(&sb, f->jt);
		sb_puts(&sb, ", ");
		put_num(&sb, f->jf);
	}
	sb_putc(&sb, ')');
	emit_expr(c->e, sb_cstr(&sb));
	sb_free(&sb);
}

void print_bpf_program(struct call *c, uint64_t addr, uint64_t len,
		       bool seccomp)
{
	struct bpf_ctx ctx = { seccomp };
	if (call_abbrev(c)) {
		emit_ptr(c->e, addr);
		return;
	}
	print_array(c, addr, len, sizeof(struct sock_filter), print_insn, &ctx);
}

void print_sock_fprog(struct call *c, uint64_t addr, bool seccomp)
{
	uint64_t len, filter;
	if (c->mem->wordsize == 4) {
		uint32_t w[2];
		if (!fetch_struct_in(c, addr, w, sizeof(w)))
			return;
		len = w[0] & 0xffff;
		filter = w[1];
	} else {
		uint64_t w[2];
		if (!fetch_struct_in(c, addr, w, sizeof(w)))
			return;
		len = w[0] & 0xffff;
		filter = w[1];
	}
	emit_struct_begin(c->e);
	emit_field(c->e, "len");
	emit_uint(c->e, len);
	emit_field(c->e, "filter");
	print_bpf_program(c, filter, len, seccomp);
	emit_struct_end(c->e);
}
