/* Classic BPF instructions in strace's macro notation. */
#include "decode/bpf.h"

#include <linux/filter.h>
#include <linux/seccomp.h>

#include "decode/common.h"
#include "xlat/xlat.h"

static void put_field(struct strbuf *sb, const struct xlat *x, unsigned v)
{
	const char *n = xlat_name(x, v);
	if (n)
		sb_puts(sb, n);
	else
		sb_puthex(sb, v);
}

/* BPF_LD|BPF_W|BPF_ABS, BPF_JMP|BPF_K|BPF_JEQ, BPF_RET|BPF_K ... */
static void format_code(struct strbuf *sb, unsigned code)
{
	unsigned cls = BPF_CLASS(code);
	put_field(sb, &xlat_bpf_class, cls);
	switch (cls) {
	case BPF_LD:
	case BPF_LDX:
		sb_putc(sb, '|');
		put_field(sb, &xlat_bpf_size, BPF_SIZE(code));
		sb_putc(sb, '|');
		put_field(sb, &xlat_bpf_mode, BPF_MODE(code));
		break;
	case BPF_ALU:
	case BPF_JMP:
		sb_putc(sb, '|');
		put_field(sb, &xlat_bpf_src, BPF_SRC(code));
		sb_putc(sb, '|');
		put_field(sb, cls == BPF_ALU ? &xlat_bpf_alu_op : &xlat_bpf_jmp_op,
			  BPF_OP(code));
		break;
	case BPF_RET:
		sb_putc(sb, '|');
		put_field(sb, &xlat_bpf_rval, BPF_RVAL(code));
		break;
	case BPF_MISC:
		sb_putc(sb, '|');
		put_field(sb, &xlat_bpf_miscop, BPF_MISCOP(code));
		break;
	}
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
	format_code(&sb, f->code);
	sb_puts(&sb, ", ");
	if (BPF_CLASS(f->code) == BPF_RET && bc->seccomp) {
		uint32_t action = f->k & SECCOMP_RET_ACTION_FULL;
		uint32_t data = f->k & SECCOMP_RET_DATA;
		const char *n = xlat_name(&xlat_seccomp_ret_actions, action);
		if (n) {
			sb_puts(&sb, n);
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
