/* The memory family: mmap's flag word, node masks, page vectors. */
#include "decode/memory.h"

#include <linux/membarrier.h>
#include <linux/mempolicy.h>
#include <stdio.h>
#include <sys/mman.h>

#include "decode/common.h"
#include "xlat/errno.h"
#include "xlat/xlat.h"

#ifndef MAP_HUGE_SHIFT
#define MAP_HUGE_SHIFT 26
#define MAP_HUGE_MASK 0x3f
#endif
#define PM_PAGE_SIZE 4096

/* ---- mmap ---- */

void print_mmap_flags(struct call *c, uint64_t flags)
{
	/* the kernel takes an unsigned long: strace names the bits of the
	 * int, and -X raw shows the whole value */
	uint64_t raw = flags;
	flags = (uint32_t)flags;
	/* the page size bits, with MAP_HUGETLB or not (MAP_UNINITIALIZED
	 * among them never shows) */
	uint64_t huge = flags & ((uint64_t)MAP_HUGE_MASK << MAP_HUGE_SHIFT);
	flags &= ~huge;
	const char *names[40];
	char unknown_type[48], huge_text[40], rest_text[24];
	int n = 0;
	const char *type = xlat_name(&xlat_mmap_type, flags & MAP_TYPE);
	if (type) {
		names[n++] = type;
	} else {
		snprintf(unknown_type, sizeof(unknown_type),
			 "%#llx /* MAP_??? */",
			 (unsigned long long)(flags & MAP_TYPE));
		names[n++] = unknown_type;
	}
	uint64_t rest = 0;
	n += xlat_split_flags(&xlat_mmap_flags, flags & ~(uint64_t)MAP_TYPE,
			      names + n, 36, &rest);
	if (rest) {
		/* unknown bits come before the huge page size, as in strace */
		snprintf(rest_text, sizeof(rest_text), "%#llx",
			 (unsigned long long)rest);
		names[n++] = rest_text;
	}
	if (huge) {
		snprintf(huge_text, sizeof(huge_text), "%llu<<MAP_HUGE_SHIFT",
			 (unsigned long long)(huge >> MAP_HUGE_SHIFT));
		names[n++] = huge_text;
	}
	c->e->ops->v_flags(c->e, names, n, 0, false, raw);
}

void arg_mmap_flags(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_mmap_flags(c, c->args[i]);
}

/* i386's old mmap takes a pointer to its six arguments */
int decode_mmap(struct call *c)
{
	if (c->exiting)
		return DECODE_DONE;
	if (c->mem->wordsize != 4) {
		decode_args(c, 0, 6);
		return DECODE_DONE;
	}
	uint32_t a[6];
	if (mem_read(c->mem, c->args[0], a, sizeof(a)) < 0) {
		emit_ptr(c->e, c->args[0]);
		return DECODE_DONE;
	}
	emit_ptr(c->e, a[0]);
	emit_uint(c->e, a[1]);
	emit_flags_unknown(c->e, &xlat_mmap_prot, a[2], "PROT_NONE",
			   "PROT_???");
	print_mmap_flags(c, a[3]);
	print_fd(c, (int32_t)a[4]);
	emit_hex(c->e, a[5]);
	return DECODE_DONE;
}

void arg_mremap_new_addr(struct call *c, int i, const void *aux)
{
	(void)aux;
	if (c->args[3] & MREMAP_FIXED)
		emit_ptr(c->e, c->args[i]);
}

/* ---- page and node vectors ---- */

static void print_byte_elem(struct call *c, const void *elem, size_t index,
			    void *ctx)
{
	(void)index;
	(void)ctx;
	emit_uint(c->e, *(const uint8_t *)elem);
}

void arg_mincore_vec(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint64_t len = c->args[1];
	uint64_t pages = len / PM_PAGE_SIZE + (len % PM_PAGE_SIZE != 0);
	print_array_out(c, c->args[i], pages, 1, print_byte_elem, NULL);
}

static void print_mask_word(struct call *c, const void *elem, size_t index,
			    void *ctx)
{
	(void)index;
	(void)ctx;
	uint64_t w;
	int width;
	if (c->mem->wordsize == 4) {
		w = *(const uint32_t *)elem;
		width = 8;
	} else {
		w = *(const uint64_t *)elem;
		width = 16;
	}
	/* strace's "%#0*lx": the 0x counts in the width, and 0 has none */
	emit_exprf(c->e, "%#0*llx", width, (unsigned long long)w);
}

void print_nodemask(struct call *c, uint64_t addr, uint64_t maxnode)
{
	size_t bits = (size_t)c->mem->wordsize * 8;
	if (!addr) {
		emit_null(c->e);
		return;
	}
	/* the kernel reads maxnode - 1 bits */
	uint64_t words =
		maxnode ? (maxnode - 1) / bits + ((maxnode - 1) % bits != 0)
			: 0;
	print_array_out(c, addr, words, bits / 8, print_mask_word, NULL);
}

void arg_nodemask(struct call *c, int i, const void *aux)
{
	int n = *(const int *)aux;
	print_nodemask(c, c->args[i], c->args[n]);
}

static void print_mpol(struct call *c, uint64_t mode)
{
	uint32_t m = (uint32_t)mode;
	uint32_t flags =
		m & (MPOL_F_STATIC_NODES | MPOL_F_RELATIVE_NODES | (1 << 13));
	const char *name = xlat_name(&xlat_mpol_modes, m & ~flags);
	if (call_raw(c) || !name) {
		emit_enum(c->e, &xlat_mpol_modes, m, "MPOL_???");
		return;
	}
	const char *names[8];
	int n = 0;
	uint64_t rest;
	names[n++] = name;
	n += xlat_split_flags(&xlat_mpol_mode_flags, flags, names + 1, 7,
			      &rest);
	c->e->ops->v_flags(c->e, names, n, 0, false, m);
}

void arg_mpol_mode(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_mpol(c, c->args[i]);
}

/* get_mempolicy's *mode (strace shows a policy even for MPOL_F_NODE) */
void arg_mpol_mode_out(struct call *c, int i, const void *aux)
{
	(void)aux;
	int32_t mode;
	if (!fetch_struct(c, c->args[i], &mode, sizeof(mode)))
		return;
	emit_array_begin(c->e);
	print_mpol(c, (uint32_t)mode);
	emit_array_end(c->e);
}

static void print_ptr_elem(struct call *c, const void *elem, size_t index,
			   void *ctx)
{
	(void)index;
	(void)ctx;
	if (c->mem->wordsize == 4)
		emit_ptr(c->e, *(const uint32_t *)elem);
	else
		emit_ptr(c->e, *(const uint64_t *)elem);
}

static void print_int_elem(struct call *c, const void *elem, size_t index,
			   void *ctx)
{
	(void)index;
	(void)ctx;
	emit_int(c->e, *(const int32_t *)elem);
}

static void print_status_elem(struct call *c, const void *elem, size_t index,
			      void *ctx)
{
	(void)index;
	(void)ctx;
	int32_t v = *(const int32_t *)elem;
	const char *name = v < 0 && v > INT32_MIN ? errno_name(-v) : NULL;
	char text[40];
	if (name) {
		snprintf(text, sizeof(text), "-%s", name);
		emit_sym_base(c->e, text, (uint64_t)(int64_t)v, SYM_DEC);
	} else {
		emit_int(c->e, v);
	}
}

void arg_move_pages_ptrs(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_array(c, c->args[i], c->args[1], (size_t)c->mem->wordsize,
		    print_ptr_elem, NULL);
}

void arg_move_pages_nodes(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_array(c, c->args[i], c->args[1], 4, print_int_elem, NULL);
}

void arg_move_pages_status(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_array_out(c, c->args[i], c->args[1], 4, print_status_elem, NULL);
}

/* ---- membarrier ---- */

void arg_membarrier_cpu(struct call *c, int i, const void *aux)
{
	(void)aux;
	if (c->args[1] & MEMBARRIER_CMD_FLAG_CPU)
		emit_int(c->e, (int32_t)c->args[i]);
}

/* QUERY returns the set of supported commands */
void ret_membarrier(struct call *c)
{
	if ((int32_t)c->args[0] != MEMBARRIER_CMD_QUERY || !c->rval) {
		emit_ret(c->e, c->rval, RET_DEC, NULL);
		return;
	}
	emit_ret(c->e, c->rval, RET_HEX, NULL);
	struct strbuf sb = {0};
	emit_format_flags(c->e, &sb, &xlat_membarrier_cmds, (uint64_t)c->rval,
			  NULL, NULL);
	emit_ret_comment(c->e, sb_cstr(&sb));
	sb_free(&sb);
}
