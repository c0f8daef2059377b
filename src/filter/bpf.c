/* The seccomp program (see bpf.h). Classic BPF jumps reach at most 255
 * instructions forward; a longer one goes through BPF_JA, whose offset is
 * 32 bits. */
#include "filter/bpf.h"

#include <linux/audit.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

struct prog {
	struct sock_filter *insn;
	unsigned len, cap;
};

static void put(struct prog *p, struct sock_filter f)
{
	if (p->len == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 64;
		p->insn = xrealloc(p->insn, p->cap * sizeof(*p->insn));
	}
	p->insn[p->len++] = f;
}

static void append(struct prog *p, const struct prog *q)
{
	for (unsigned i = 0; i < q->len; i++)
		put(p, q->insn[i]);
}

/* "if A <op> k then fall into block, else skip it" */
static void guard(struct prog *p, unsigned op, unsigned k,
		  const struct prog *block)
{
	if (block->len <= 255) {
		put(p, (struct sock_filter)BPF_JUMP(BPF_JMP | op | BPF_K, k, 0,
						    (unsigned char)block->len));
	} else {
		put(p, (struct sock_filter)BPF_JUMP(BPF_JMP | op | BPF_K, k, 1,
						    0));
		put(p,
		    (struct sock_filter)BPF_STMT(BPF_JMP | BPF_JA, block->len));
	}
	append(p, block);
}

static unsigned action(bool stop)
{
	return stop ? SECCOMP_RET_TRACE : SECCOMP_RET_ALLOW;
}

/* runs of numbers with one answer: run i is [start[i], start[i+1]) */
struct runs {
	unsigned start[SET_NR_MAX + 1];
	bool stop[SET_NR_MAX + 1];
	unsigned n;
};

static void find_runs(const struct stop_spec *spec, int pers, struct runs *r)
{
	r->n = 0;
	for (unsigned nr = 0; nr <= SET_NR_MAX; nr++) {
		bool stop = nr < SET_NR_MAX ? sysset_has(&spec->stop, pers, nr)
					    : spec->stop_beyond[pers];
		if (r->n == 0 || r->stop[r->n - 1] != stop) {
			r->start[r->n] = nr;
			r->stop[r->n] = stop;
			r->n++;
		}
	}
}

/* the search over runs [lo, hi]: A holds the number */
static void search(struct prog *p, const struct runs *r, unsigned lo,
		   unsigned hi)
{
	if (lo == hi) {
		put(p, (struct sock_filter)BPF_STMT(BPF_RET | BPF_K,
						    action(r->stop[lo])));
		return;
	}
	unsigned mid = lo + (hi - lo + 1) / 2;
	struct prog below = {0};
	search(&below, r, lo, mid - 1);
	/* A >= start[mid]: the upper half, after the lower one */
	if (below.len <= 255) {
		put(p, (struct sock_filter)BPF_JUMP(
			       BPF_JMP | BPF_JGE | BPF_K, r->start[mid],
			       (unsigned char)below.len, 0));
	} else {
		put(p, (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K,
						    r->start[mid], 0, 1));
		put(p,
		    (struct sock_filter)BPF_STMT(BPF_JMP | BPF_JA, below.len));
	}
	append(p, &below);
	free(below.insn);
	search(p, r, mid, hi);
}

static void personality_block(struct prog *p, const struct stop_spec *spec,
			      int pers)
{
	static struct runs r; /* large; the builder runs once per session */
	find_runs(spec, pers, &r);
	put(p, (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
					    offsetof(struct seccomp_data, nr)));
	search(p, &r, 0, r.n - 1);
}

int bpf_build(const struct stop_spec *spec, struct sock_fprog *out)
{
	static const unsigned arches[NR_PERSONALITIES] = {
		AUDIT_ARCH_X86_64,
		AUDIT_ARCH_I386,
	};
	struct prog p = {0};
	put(&p,
	    (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
					 offsetof(struct seccomp_data, arch)));
	for (int pers = 0; pers < NR_PERSONALITIES; pers++) {
		struct prog block = {0};
		personality_block(&block, spec, pers);
		guard(&p, BPF_JEQ, arches[pers], &block);
		free(block.insn);
	}
	/* an arch we do not know: stop, the tracer decides */
	put(&p,
	    (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRACE));
	if (p.len > BPF_MAXINSNS) {
		free(p.insn);
		return -1;
	}
	out->len = (unsigned short)p.len;
	out->filter = p.insn;
	return 0;
}

void bpf_free(struct sock_fprog *prog)
{
	free(prog->filter);
	prog->filter = NULL;
	prog->len = 0;
}

unsigned bpf_run(const struct sock_fprog *prog, unsigned arch, unsigned nr)
{
	struct seccomp_data d;
	memset(&d, 0, sizeof(d));
	d.arch = arch;
	d.nr = (int)nr;
	unsigned a = 0;
	for (unsigned pc = 0; pc < prog->len; pc++) {
		const struct sock_filter *f = &prog->filter[pc];
		switch (f->code) {
		case BPF_LD | BPF_W | BPF_ABS:
			if (f->k + 4 > sizeof(d) || f->k % 4)
				return 0xffffffff;
			memcpy(&a, (const char *)&d + f->k, 4);
			break;
		case BPF_JMP | BPF_JA: pc += f->k; break;
		case BPF_JMP | BPF_JEQ | BPF_K:
			pc += a == f->k ? f->jt : f->jf;
			break;
		case BPF_JMP | BPF_JGE | BPF_K:
			pc += a >= f->k ? f->jt : f->jf;
			break;
		case BPF_RET | BPF_K: return f->k;
		default: return 0xffffffff;
		}
	}
	return 0xffffffff; /* ran off the end */
}
