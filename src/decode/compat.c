/* The calls only i386 tracees have: their kinds and decoders, and how
 * socketcall(2) and ipc(2) are resolved into the calls they make. */
#include "decode/compat.h"

#include <linux/ipc.h>
#include <linux/net.h>
#include <string.h>

#include "arch/arch.h"
#include "decode/common.h"
#include "decode/desc.h"
#include "decode/net.h"
#include "decode/process.h"
#include "decode/signal.h"
#include "util.h"
#include "xlat/xlat.h"

/* ---- multiplexers ---- */

bool compat_indirect(const struct call *c)
{
	return arch_multiplexer_nr(c->pers, c->nr) >= 0;
}

static void become(struct call *c, long nr, const uint64_t *args)
{
	c->desc = arch_syscall(c->pers, nr);
	c->nr = nr;
	memcpy(c->args, args, sizeof(c->args));
}

/* socketcall(call, args): args points to the call's arguments, one
 * 32-bit word each; the kernel reads as many as the call has */
static void resolve_socketcall(struct call *c)
{
	long nr = arch_subcall_nr(c->pers, c->nr, (int32_t)c->args[0]);
	if (nr < 0)
		return;
	const struct syscall_desc *d = arch_syscall(c->pers, nr);
	uint32_t words[6];
	if (!c->args[1] || !d ||
	    mem_read(c->mem, c->args[1], words, d->nargs * sizeof(words[0])) <
		    0)
		return;
	uint64_t args[6] = {0};
	for (int i = 0; i < d->nargs; i++)
		args[i] = words[i];
	become(c, nr, args);
}

/* ipc(call, first, second, third, ptr, fifth): each call takes these in
 * its own order (the kernel's ksys_ipc) */
static void resolve_ipc(struct call *c)
{
	uint32_t call = (uint32_t)c->args[0];
	long nr = arch_subcall_nr(c->pers, c->nr, call & 0xffff);
	if (nr < 0)
		return;
	uint64_t first = c->args[1], second = c->args[2], third = c->args[3];
	uint64_t ptr = c->args[4], fifth = c->args[5];
	uint64_t a[6] = {0};
	switch (call & 0xffff) {
	case SEMOP: a[0] = first, a[1] = ptr, a[2] = second; break;
	case SEMTIMEDOP:
		a[0] = first, a[1] = ptr, a[2] = second, a[3] = fifth;
		break;
	case SEMGET:
	case SHMGET: a[0] = first, a[1] = second, a[2] = third; break;
	/* the union semun is read from ptr: the decoder shows it */
	case SEMCTL:
		a[0] = first, a[1] = second, a[2] = third, a[3] = ptr;
		break;
	case MSGSND:
		a[0] = first, a[1] = ptr, a[2] = second, a[3] = third;
		break;
	/* version 0 passes msgp and msgtyp in a struct at ptr */
	case MSGRCV:
		a[0] = first, a[1] = ptr, a[2] = second, a[3] = fifth;
		a[4] = third;
		break;
	case MSGGET: a[0] = first, a[1] = second; break;
	case MSGCTL:
	case SHMCTL: a[0] = first, a[1] = second, a[2] = ptr; break;
	/* the address attached is stored at third; the call returns 0 */
	case SHMAT:
		a[0] = first, a[1] = ptr, a[2] = second, a[3] = third;
		break;
	case SHMDT: a[0] = ptr; break;
	default: return;
	}
	a[5] = call >> 16;
	become(c, nr, a);
	/* raw, strace shows a subcall with ipc's own registers in ipc's
	 * order, as many as the subcall passes: semop(semid, nsops, 0,
	 * sops), msgget(key, flags) */
	if (call_raw(c)) {
		uint64_t regs[6] = { first, second, third, ptr, fifth, 0 };
		memcpy(c->args, regs, sizeof(regs));
		switch (call & 0xffff) {
		case MSGGET: c->raw_nargs = 2; break;
		case SEMGET:
		case SHMGET: c->raw_nargs = 3; break;
		case SEMTIMEDOP:
		case MSGRCV: c->raw_nargs = 5; break;
		default: c->raw_nargs = 4;
		}
	}
}

void compat_resolve_subcall(struct call *c)
{
	if (c->desc == &sysent[ENT_socketcall])
		resolve_socketcall(c);
	else if (c->desc == &sysent[ENT_ipc])
		resolve_ipc(c);
}

/* ---- socketcall's own calls ---- */

/* recv(fd, buf, len, flags): what recvfrom shows, without an address */
int compat_decode_recv(struct call *c)
{
	if (!c->exiting) {
		decode_arg(c, 0);
		return DECODE_MORE;
	}
	if (c->err) {
		emit_ptr(c->e, c->args[1]);
	} else {
		/* MSG_TRUNC returns the real length: show what was stored */
		uint64_t n = MIN((uint64_t)c->rval, c->args[2]);
		int proto = net_netlink_protocol(c, (int32_t)c->args[0]);
		if (proto != NL_NOT_NETLINK && call_verbose(c))
			print_netlink(c, c->args[1], n, proto);
		else
			print_buffer(c, c->args[1], n);
	}
	emit_uint(c->e, c->args[2]);
	print_msg_flags(c, c->args[3]);
	return DECODE_DONE;
}

/* ---- 16-bit ids ---- */

bool compat_uid16(const struct call *c)
{
	if (c->pers != PERS_I386)
		return false;
	switch (c->desc - sysent) {
	case ENT_chown:
	case ENT_lchown:
	case ENT_fchown:
	case ENT_setuid:
	case ENT_setgid:
	case ENT_setreuid:
	case ENT_setregid:
	case ENT_setresuid:
	case ENT_setresgid:
	case ENT_getresuid:
	case ENT_getresgid:
	case ENT_setfsuid:
	case ENT_setfsgid: return true;
	}
	return false;
}

/* ---- files ---- */

/* _llseek(fd, offset_high, offset_low, result, whence): the offset
 * joined, the result written back */
int compat_decode_llseek(struct call *c)
{
	if (!c->exiting) {
		print_fd(c, (int32_t)c->args[0]);
		emit_int(c->e,
			 (int64_t)(c->args[1] << 32 | (uint32_t)c->args[2]));
		return DECODE_MORE;
	}
	int64_t result;
	if (fetch_struct(c, c->args[3], &result, sizeof(result))) {
		emit_array_begin(c->e);
		emit_int(c->e, result);
		emit_array_end(c->e);
	}
	emit_enum(c->e, &xlat_desc_seek_whence, (uint32_t)c->args[4],
			"SEEK_???");
	return DECODE_DONE;
}

/* mmap2's offset is in 4096-byte units; strace shows it in bytes */
void compat_arg_pgoff(struct call *c, int i, const void *aux)
{
	(void)aux;
	emit_hex(c->e, (uint64_t)(uint32_t)c->args[i] << 12);
}

/* ---- 64-bit arguments in two registers ---- */

/* The shared calls whose 64-bit arguments an i386 tracee passes in two
 * registers, low word first: the positions of those arguments in the
 * signature (the x86_64 one) */
static const uint8_t split64_args[SYSENT_COUNT] = {
	[ENT_fadvise64] = 1 << 1,     [ENT_fallocate] = 1 << 2 | 1 << 3,
	[ENT_readahead] = 1 << 1,     [ENT_sync_file_range] = 1 << 1 | 1 << 2,
	[ENT_fanotify_mark] = 1 << 2,
};

int compat_raw_nargs(const struct call *c)
{
	int n = c->desc->nargs;
	if (c->raw_nargs)
		return c->raw_nargs;
	/* the signature's argument of the sigreturns is the signal frame
	 * on the stack, not a register: strace shows rt_sigreturn() */
	if (c->desc == &sysent[ENT_rt_sigreturn] ||
	    c->desc == &sysent[ENT_sigreturn])
		return 0;
	/* its attr argument is shown twice (as passed, as changed) */
	if (c->desc == &sysent[ENT_sched_setattr])
		return 3;
	if (c->pers != PERS_I386 || c->desc < sysent ||
	    c->desc >= sysent + SYSENT_COUNT)
		return n;
	switch (c->desc - sysent) {
	/* the offset, last, takes two registers too */
	case ENT_pread64:
	case ENT_pwrite64:
	case ENT_preadv:
	case ENT_pwritev: n++; break;
	/* i386's old mmap and select: one pointer to the arguments */
	case ENT_mmap:
	case ENT_select: return 1;
	default: n += __builtin_popcount(split64_args[c->desc - sysent]);
	}
	return n < 6 ? n : 6;
}

/* On i386, the registers are joined into the places the signature has
 * while it prints; the call keeps the registers as they were. */
int compat_decode_split64(struct call *c)
{
	unsigned wide = split64_args[c->desc - sysent];
	if (c->mem->wordsize != 4 || !wide)
		return decode_signature(c);
	uint64_t regs[6];
	memcpy(regs, c->args, sizeof(regs));
	for (int k = 0, r = 0; k < 6; k++) {
		if (r >= 6) {
			c->args[k] = 0;
		} else if ((wide >> k & 1) && r + 1 < 6) {
			c->args[k] = (uint32_t)regs[r] | regs[r + 1] << 32;
			r += 2;
		} else {
			c->args[k] = regs[r++];
		}
	}
	int ret = decode_signature(c);
	memcpy(c->args, regs, sizeof(regs));
	return ret;
}

/* ---- the old signal calls: one-word masks ---- */

/* an old_sigset_t: the first 32 signals */
static void print_old_mask_value(struct call *c, uint32_t mask)
{
	print_sigset_bits(c, (const uint8_t *)&mask, sizeof(mask));
}

void compat_arg_old_mask(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint32_t mask;
	if (fetch_struct(c, c->args[i], &mask, sizeof(mask)))
		print_old_mask_value(c, mask);
}

void compat_arg_mask_value(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_old_mask_value(c, (uint32_t)c->args[i]);
}

/* struct old_sigaction: handler, mask, flags, restorer */
void compat_arg_old_sigaction(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint32_t sa[4];
	if (!fetch_struct(c, c->args[i], sa, sizeof(sa)))
		return;
	struct emitter *e = c->e;
	emit_struct_begin(e);
	emit_field(e, "sa_handler");
	print_sighandler(c, sa[0]);
	emit_field(e, "sa_mask");
	print_old_mask_value(c, sa[1]);
	emit_field(e, "sa_flags");
	emit_flags_unknown(c->e, &xlat_sig_sa_flags, sa[2], NULL, "SA_???");
	/* SA_RESTORER (asm/signal.h) */
	if (sa[2] & 0x04000000) {
		emit_field(e, "sa_restorer");
		emit_ptr(e, sa[3]);
	}
	emit_struct_end(e);
}

/* sigsuspend(history0, history1, mask): strace shows the mask only */
int compat_decode_sigsuspend(struct call *c)
{
	if (!c->exiting)
		compat_arg_mask_value(c, 2, NULL);
	return DECODE_DONE;
}

/* "= 0x2 (mask [INT])": the mask returned, with its signals */
static void ret_mask(struct call *c, const char *what)
{
	uint32_t mask = (uint32_t)c->rval;
	struct strbuf sb = {0};
	emit_ret(c->e, c->rval, mask ? RET_HEX : RET_DEC, NULL);
	format_sigset_bits(c, &sb, (const uint8_t *)&mask, sizeof(mask));
	set_ret_comment(c, "%s %s", what, sb_cstr(&sb));
	sb_free(&sb);
}

void compat_ret_sgetmask(struct call *c)
{
	ret_mask(c, "mask");
}

void compat_ret_ssetmask(struct call *c)
{
	ret_mask(c, "old mask");
}

/* signal() returns the old handler: "= 0x1 (SIG_IGN)" */
void compat_ret_signal(struct call *c)
{
	uint32_t h = (uint32_t)c->rval;
	emit_ret(c->e, c->rval, h ? RET_HEX : RET_DEC, NULL);
	if (h == (uintptr_t)SIG_DFL)
		set_ret_comment(c, "SIG_DFL");
	else if (h == (uintptr_t)SIG_IGN)
		set_ret_comment(c, "SIG_IGN");
}

void compat_arg_handler(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_sighandler(c, (uint32_t)c->args[i]);
}

/* ---- the _time64 calls: 64-bit times in a 32-bit process ---- */

/* struct __kernel_timespec and its kin have the layout of x86_64's:
 * the inner kind prints them as it would for a 64-bit tracee */
void compat_arg_time64(struct call *c, int i, const void *aux)
{
	const struct argspec *inner = aux;
	int ws = c->mem->wordsize;
	c->mem->wordsize = 8;
	inner->print(c, i, inner->aux);
	c->mem->wordsize = ws;
}

/* the decoders of the calls whose _time64 twins print the same, with
 * their other structures the same in both personalities (futex's words,
 * ppoll's pollfds, pselect6's sets; its data pointer is read by the
 * personality) */
static decoder_fn *time64_twin(const struct call *c)
{
	if (c->desc == &sysent[ENT_futex_time64])
		return decode_futex;
	if (c->desc == &sysent[ENT_ppoll_time64])
		return decode_ppoll;
	if (c->desc == &sysent[ENT_pselect6_time64])
		return decode_pselect6;
	return decode_signature;
}

int compat_decode_time64(struct call *c)
{
	int ws = c->mem->wordsize;
	c->mem->wordsize = 8;
	int ret = time64_twin(c)(c);
	c->mem->wordsize = ws;
	return ret;
}

/* stime's time_t, read by the call: [1700000000] */
void compat_arg_time_in(struct call *c, int i, const void *aux)
{
	(void)aux;
	int32_t t;
	if (!fetch_struct_in(c, c->args[i], &t, sizeof(t)))
		return;
	emit_array_begin(c->e);
	emit_int(c->e, t);
	emit_array_end(c->e);
}

/* old_readdir's struct old_linux_dirent: d_ino, d_offset (longs),
 * d_namlen, the name; the call returns 1 when it filled one */
void compat_arg_old_dirent(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint64_t addr = c->args[i];
	struct {
		uint32_t ino, off;
		uint16_t namlen;
	} __attribute__((packed)) d;
	if (addr && (c->err || c->rval != 1)) {
		emit_ptr(c->e, addr);
		return;
	}
	if (!fetch_struct(c, addr, &d, sizeof(d)))
		return;
	emit_struct_begin(c->e);
	emit_field(c->e, "d_ino");
	emit_uint(c->e, d.ino);
	emit_field(c->e, "d_off");
	emit_uint(c->e, d.off);
	emit_field(c->e, "d_reclen");
	emit_uint(c->e, d.namlen);
	emit_field(c->e, "d_name");
	print_buffer(c, addr + sizeof(d), d.namlen);
	emit_struct_end(c->e);
}

/* readdir(fd, dirent, count): strace leaves the count out */
int compat_decode_readdir(struct call *c)
{
	if (!c->exiting) {
		decode_arg(c, 0);
		return DECODE_MORE;
	}
	decode_arg(c, 1);
	return DECODE_DONE;
}
