/* Signals: siginfo in every form strace prints, signal masks, actions,
 * alternate stacks and the mask rt_sigreturn restores. */
#include "decode/signal.h"

#include <stdio.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>

#include <linux/audit.h>

#include "arch/arch.h"
#include "decode/common.h"
#include "xlat/errno.h"
#include "xlat/xlat.h"

/* the kernel's struct sigaction has SA_RESTORER (asm/signal.h); glibc
 * hides it */
#define SIG_SA_RESTORER 0x04000000UL
/* a kernel sigset_t: 64 signals */
#define KERNEL_SIGSET_BYTES 8

static uint64_t get_u(const uint8_t *p, size_t size)
{
	uint64_t v = 0;
	if (size == 8) {
		memcpy(&v, p, 8);
	} else if (size == 4) {
		uint32_t w;
		memcpy(&w, p, 4);
		v = w;
	} else if (size == 2) {
		uint16_t h;
		memcpy(&h, p, 2);
		v = h;
	}
	return v;
}

static int32_t get_i32(const uint8_t *p)
{
	int32_t v;
	memcpy(&v, p, 4);
	return v;
}

/* a long of the layout's word size, sign-extended */
static int64_t get_long(const uint8_t *p, size_t word)
{
	if (word == 4)
		return get_i32(p);
	return (int64_t)get_u(p, 8);
}

/* ---- siginfo ---- */

/* One siginfo, whatever the layout it came in. The union members that
 * overlap are all filled from the same bytes; the printer picks the ones
 * the signal and code say are meaningful. */
struct sig_info {
	int32_t signo, err, code;
	int32_t pid;
	uint32_t uid;
	uint32_t timerid;
	int32_t overrun;
	int32_t sival_int;
	uint64_t sival_ptr;
	int32_t status;
	uint64_t utime, stime;
	uint64_t addr;
	uint16_t addr_lsb;
	uint64_t lower, upper;
	uint32_t pkey;
	int64_t band;
	int32_t fd;
	uint64_t call_addr;
	uint32_t syscall_nr, arch;
};

/* Parses the 128 bytes of a siginfo laid out for a personality with
 * word-byte pointers and longs (8: x86_64, 4: i386). The union starts
 * after the three ints, aligned to the word. */
static void parse_siginfo(const uint8_t *raw, size_t word, struct sig_info *s)
{
	size_t u = word == 4 ? 12 : 16;
	/* the bound/pkey union after si_addr is aligned to a pointer */
	size_t fault_extra = u + word + word;
	memset(s, 0, sizeof(*s));
	s->signo = get_i32(raw);
	s->err = get_i32(raw + 4);
	s->code = get_i32(raw + 8);
	s->pid = get_i32(raw + u);
	s->uid = (uint32_t)get_i32(raw + u + 4);
	s->timerid = (uint32_t)get_i32(raw + u);
	s->overrun = get_i32(raw + u + 4);
	s->sival_int = get_i32(raw + u + 8);
	s->sival_ptr = get_u(raw + u + 8, word);
	s->status = get_i32(raw + u + 8);
	/* si_utime follows si_status, aligned to a long */
	size_t ut = word == 4 ? u + 12 : u + 16;
	/* clock_t is a signed long: an i386 value sign-extends (strace
	 * shows what waitid left there that way too) */
	s->utime = (uint64_t)get_long(raw + ut, word);
	s->stime = (uint64_t)get_long(raw + ut + word, word);
	s->addr = get_u(raw + u, word);
	s->addr_lsb = (uint16_t)get_u(raw + u + word, 2);
	s->lower = get_u(raw + fault_extra, word);
	s->upper = get_u(raw + fault_extra + word, word);
	s->pkey = (uint32_t)get_i32(raw + fault_extra);
	s->band = get_long(raw + u, word);
	s->fd = get_i32(raw + u + word);
	s->call_addr = get_u(raw + u, word);
	s->syscall_nr = (uint32_t)get_i32(raw + u + word);
	s->arch = (uint32_t)get_i32(raw + u + word + 4);
}

static const struct xlat *codes_for(int signo)
{
	switch (signo) {
	case SIGCHLD: return &xlat_sigchld_codes;
	case SIGSEGV: return &xlat_sigsegv_codes;
	case SIGBUS: return &xlat_sigbus_codes;
	case SIGILL: return &xlat_sigill_codes;
	case SIGFPE: return &xlat_sigfpe_codes;
	case SIGTRAP: return &xlat_sigtrap_codes;
	case SIGPOLL: return &xlat_sigpoll_codes;
	case SIGSYS: return &xlat_sigsys_codes;
	}
	return NULL;
}

static void print_si_code(struct call *c, const struct sig_info *s)
{
	const char *name = NULL;
	const struct xlat *codes = codes_for(s->signo);
	if (s->code > 0 && codes)
		name = xlat_name(codes, (uint64_t)s->code);
	if (!name)
		name = xlat_name(&xlat_siginfo_codes,
				 (uint64_t)(int64_t)s->code);
	if (name)
		emit_sym_hex(c->e, name, (uint32_t)s->code);
	else
		emit_hex(c->e, (uint32_t)s->code);
}

/* A siginfo is printed for signal stops too, where -e raw= of the last
 * call does not apply: names are always shown. */
static void print_sig(struct call *c, int sig)
{
	const char *name = signal_name(sig);
	if (name)
		emit_sym(c->e, name, sig);
	else
		emit_int(c->e, sig);
}

static void print_source(struct call *c, const struct sig_info *s)
{
	emit_field(c->e, "si_pid");
	emit_int(c->e, s->pid);
	emit_field(c->e, "si_uid");
	emit_uint(c->e, s->uid);
}

static void print_value(struct call *c, const struct sig_info *s)
{
	emit_field(c->e, "si_int");
	emit_int(c->e, s->sival_int);
	emit_field(c->e, "si_ptr");
	emit_ptr(c->e, s->sival_ptr);
}

static long clock_ticks(void)
{
	static long hz;
	if (!hz) {
		hz = sysconf(_SC_CLK_TCK);
		if (hz <= 0)
			hz = 100;
	}
	return hz;
}

/* clock ticks, and what they are in seconds when not zero */
static void print_ticks(struct call *c, uint64_t ticks)
{
	emit_uint(c->e, ticks);
	if (!ticks)
		return;
	uint64_t hz = (uint64_t)clock_ticks();
	char buf[64];
	snprintf(buf, sizeof(buf), "%llu.%02llu s",
		 (unsigned long long)(ticks / hz),
		 (unsigned long long)(ticks % hz * 100 / hz));
	emit_comment(c->e, buf);
}

/* x32 has its own numbers for the calls whose structures differ */
static const char *const x32_names[] = {
	"rt_sigaction",
	"rt_sigreturn",
	"ioctl",
	"readv",
	"writev",
	"recvfrom",
	"sendmsg",
	"recvmsg",
	"execve",
	"ptrace",
	"rt_sigpending",
	"rt_sigtimedwait",
	"rt_sigqueueinfo",
	"sigaltstack",
	"timer_create",
	"mq_notify",
	"kexec_load",
	"waitid",
	"set_robust_list",
	"get_robust_list",
	"vmsplice",
	"move_pages",
	"preadv",
	"pwritev",
	"rt_tgsigqueueinfo",
	"recvmmsg",
	"sendmmsg",
	"process_vm_readv",
	"process_vm_writev",
	"setsockopt",
	"getsockopt",
	"io_setup",
	"io_submit",
	"execveat",
	"preadv2",
	"pwritev2",
};

/* the x86_64 numbers x32 does not use: strace names them "name#64" */
static const uint16_t x32_unused_64[] = {
	13,  15,  16,  19,  20,	 45,  46,  47,	54,  55,  59,  101,
	127, 128, 129, 131, 134, 156, 174, 177, 178, 180, 205, 206,
	209, 211, 214, 215, 222, 236, 244, 246, 247, 273, 274, 278,
	279, 295, 296, 297, 299, 307, 310, 311, 322, 327, 328,
};

static const char *syscall_name(int pers, long nr)
{
	const struct syscall_desc *d = arch_syscall(pers, nr);
	return d && d->name ? d->name : NULL;
}

/* The number of the call a seccomp filter or syscall user dispatch
 * stopped: __NR_name when the arch is the tracee's own, the number with
 * the name in a comment for the other personality (and x32), else the
 * number. */
static void print_si_syscall(struct call *c, uint32_t nr, uint32_t arch)
{
	char buf[80];
	const char *name = NULL;
	int pers = arch_personality(arch);
	if (arch == AUDIT_ARCH_X86_64 && (nr & 0x40000000u)) {
		uint32_t n = nr & ~0x40000000u;
		if (n >= 512 && n < 512 + ARRAY_SIZE(x32_names)) {
			name = x32_names[n - 512];
		} else if (n < 512 && (name = syscall_name(PERS_X86_64, n))) {
			for (size_t i = 0; i < ARRAY_SIZE(x32_unused_64); i++)
				if (x32_unused_64[i] == n) {
					snprintf(buf, sizeof(buf), "%s#64",
						 name);
					name = buf;
					break;
				}
		}
		emit_uint(c->e, nr);
		if (name)
			emit_xlat_comment(c->e, name);
		return;
	}
	if (pers >= 0)
		name = syscall_name(pers, nr);
	if (name && pers == c->pers) {
		snprintf(buf, sizeof(buf), "__NR_%s", name);
		emit_sym(c->e, buf, nr);
		return;
	}
	emit_uint(c->e, nr);
	if (name) /* a comment strace leaves out under -X raw */
		emit_xlat_comment(c->e, name);
}

/* the fields of the signal-specific part, for a kernel-generated code */
static void print_kernel_fields(struct call *c, const struct sig_info *s)
{
	struct emitter *e = c->e;
	switch (s->signo) {
	case SIGCHLD:
		print_source(c, s);
		emit_field(e, "si_status");
		if (s->code == CLD_EXITED)
			emit_int(e, s->status);
		else
			print_sig(c, s->status);
		emit_field(e, "si_utime");
		print_ticks(c, s->utime);
		emit_field(e, "si_stime");
		print_ticks(c, s->stime);
		return;
	case SIGILL:
	case SIGFPE:
	case SIGSEGV:
	case SIGBUS:
	case SIGTRAP:
		emit_field(e, "si_addr");
		emit_ptr(e, s->addr);
		if (s->signo == SIGSEGV && s->code == SEGV_BNDERR) {
			emit_field(e, "si_lower");
			emit_ptr(e, s->lower);
			emit_field(e, "si_upper");
			emit_ptr(e, s->upper);
		} else if (s->signo == SIGSEGV && s->code == SEGV_PKUERR) {
			emit_field(e, "si_pkey");
			emit_uint(e, s->pkey);
		} else if (s->signo == SIGBUS && (s->code == BUS_MCEERR_AR ||
						  s->code == BUS_MCEERR_AO)) {
			emit_field(e, "si_addr_lsb");
			emit_hex(e, s->addr_lsb);
		}
		return;
	case SIGPOLL:
		if (s->code >= POLL_IN && s->code <= POLL_HUP) {
			emit_field(e, "si_band");
			emit_int(e, s->band);
			emit_field(e, "si_fd");
			emit_int(e, s->fd);
		}
		return;
	case SIGSYS:
		emit_field(e, "si_call_addr");
		emit_ptr(e, s->call_addr);
		emit_field(e, "si_syscall");
		print_si_syscall(c, s->syscall_nr, s->arch);
		emit_field(e, "si_arch");
		emit_enum(e, &xlat_audit_arch, s->arch, "AUDIT_ARCH_???");
		return;
	}
	if (s->pid || s->uid)
		print_source(c, s);
	if (s->sival_ptr)
		print_value(c, s);
}

/* the fields for a code user space sent (si_code <= 0) */
static void print_user_fields(struct call *c, const struct sig_info *s)
{
	struct emitter *e = c->e;
	switch (s->code) {
	case SI_USER:
	case SI_TKILL: print_source(c, s); return;
	case SI_TIMER:
		emit_field(e, "si_timerid");
		emit_hex(e, s->timerid);
		emit_field(e, "si_overrun");
		emit_int(e, s->overrun);
		print_value(c, s);
		return;
	case SI_SIGIO:
		emit_field(e, "si_band");
		emit_int(e, s->band);
		emit_field(e, "si_fd");
		emit_int(e, s->fd);
		return;
	}
	print_source(c, s);
	if (s->sival_ptr)
		print_value(c, s);
}

static void print_sig_info(struct call *c, const struct sig_info *s)
{
	struct emitter *e = c->e;
	emit_struct_begin(e);
	/* no signal (rt_sigqueueinfo's own, waitid with WNOHANG): strace
	 * shows nothing of it */
	if (s->signo == 0) {
		emit_struct_end(e);
		return;
	}
	emit_field(e, "si_signo");
	print_sig(c, s->signo);
	emit_field(e, "si_code");
	print_si_code(c, s);
	if (s->err) {
		emit_field(e, "si_errno");
		const char *en = errno_name(s->err);
		if (en && s->err > 0)
			emit_sym(e, en, s->err);
		else
			emit_int(e, s->err);
	}
	if (s->code <= 0)
		print_user_fields(c, s);
	else
		print_kernel_fields(c, s);
	emit_struct_end(e);
}

void print_siginfo(struct call *c, const siginfo_t *si)
{
	struct sig_info s;
	parse_siginfo((const uint8_t *)si, sizeof(long), &s);
	print_sig_info(c, &s);
}

void print_siginfo_at(struct call *c, uint64_t addr, bool output)
{
	uint8_t raw[128];
	_Static_assert(sizeof(siginfo_t) == sizeof(raw), "siginfo size");
	bool ok = output ? fetch_struct(c, addr, raw, sizeof(raw))
			 : fetch_struct_in(c, addr, raw, sizeof(raw));
	if (!ok)
		return;
	struct sig_info s;
	parse_siginfo(raw, c->mem->wordsize == 4 ? 4 : 8, &s);
	print_sig_info(c, &s);
}

void sig_arg_siginfo_in(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_siginfo_at(c, c->args[i], false);
}

void sig_arg_siginfo_out(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_siginfo_at(c, c->args[i], true);
}

/* ---- masks ---- */

static unsigned word_bytes(const struct call *c)
{
	return c->mem->wordsize == 4 ? 4 : 8;
}

void sig_arg_mask_a3(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_sigset_sized(c, c->args[i], c->args[3], word_bytes(c));
}

void sig_arg_mask_a1(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_sigset_sized(c, c->args[i], c->args[1], word_bytes(c));
}

/* rt_sigpending stores as many bytes as asked, up to the kernel's */
void sig_arg_pending_mask(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_sigset_sized(c, c->args[i], c->args[1], 1);
}

void sig_arg_how(struct call *c, int i, const void *aux)
{
	(void)aux;
	emit_enum(c->e, &xlat_sig_procmask_how, (uint32_t)c->args[i],
		  "SIG_???");
}

void print_sigframe_mask(struct call *c, uint64_t mask_addr)
{
	uint8_t mask[KERNEL_SIGSET_BYTES];
	emit_struct_begin(c->e);
	emit_field(c->e, "mask");
	if (!call_verbose(c) ||
	    mem_read(c->mem, mask_addr, mask, sizeof(mask)) < 0)
		emit_ptr(c->e, mask_addr);
	else
		print_sigset_bits(c, mask, sizeof(mask));
	emit_struct_end(c->e);
}

/* At rt_sigreturn the handler has returned into the restorer, popping
 * the frame's return address: the stack pointer is at the ucontext of
 * the rt_sigframe, whose uc_sigmask is the mask to restore. */
#define SIGFRAME_MASK_64 offsetof(ucontext_t, uc_sigmask)
/* i386 (arch/x86/include/asm/sigframe.h, ia32): after pretcode, sig,
 * pinfo, puc (4 each, the first popped), a 128-byte siginfo, then the
 * ucontext: flags, link, a 12-byte stack_t and an 88-byte sigcontext */
#define SIGFRAME_MASK_32 (3 * 4 + 128 + 4 + 4 + 12 + 88)

int sig_decode_rt_sigreturn(struct call *c)
{
	if (c->exiting)
		return DECODE_DONE;
	uint64_t off =
		c->mem->wordsize == 4 ? SIGFRAME_MASK_32 : SIGFRAME_MASK_64;
	print_sigframe_mask(c, c->sp + off);
	return DECODE_DONE;
}

/* i386 sigreturn (the non-rt frame, asm/sigframe.h sigframe_ia32): the
 * handler returned into the restorer, which popped the signal number, so
 * the stack pointer is at the sigcontext. The mask is split: the low word
 * in sigcontext.oldmask, the high one in extramask after the unused
 * fpstate. Unreadable, strace shows the stack pointer. */
#define SIGCONTEXT32_OLDMASK 80
#define SIGCONTEXT32_SIZE 88
#define FPSTATE32_SIZE 624

int sig_decode_sigreturn(struct call *c)
{
	if (c->exiting)
		return DECODE_DONE;
	uint32_t lo, hi;
	if (!call_verbose(c) ||
	    mem_read(c->mem, c->sp + SIGCONTEXT32_OLDMASK, &lo, sizeof(lo)) <
		    0 ||
	    mem_read(c->mem, c->sp + SIGCONTEXT32_SIZE + FPSTATE32_SIZE, &hi,
		     sizeof(hi)) < 0) {
		emit_ptr(c->e, c->sp);
		return DECODE_DONE;
	}
	uint8_t mask[KERNEL_SIGSET_BYTES];
	memcpy(mask, &lo, 4);
	memcpy(mask + 4, &hi, 4);
	emit_struct_begin(c->e);
	emit_field(c->e, "mask");
	print_sigset_bits(c, mask, sizeof(mask));
	emit_struct_end(c->e);
	return DECODE_DONE;
}

/* ---- sigaction, sigaltstack ---- */

/* SIG_ERR is the tracer's (unsigned long)-1: an i386 handler of
 * 0xffffffff is just an address to strace */
void print_sighandler(struct call *c, uint64_t h)
{
	uint64_t err = UINT64_MAX;
	if (h == (uint64_t)(uintptr_t)SIG_DFL)
		emit_sym_hex(c->e, "SIG_DFL", h);
	else if (h == (uint64_t)(uintptr_t)SIG_IGN)
		emit_sym_hex(c->e, "SIG_IGN", h);
	else if (h == err)
		emit_sym_hex(c->e, "SIG_ERR", h);
	else
		emit_ptr(c->e, h);
}

/* the kernel's struct sigaction: handler, flags, restorer as words, then
 * a 64-bit mask; the sigsetsize argument does not change what strace
 * shows */
void sig_arg_sigaction(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint8_t buf[32];
	size_t word = word_bytes(c);
	size_t len = 3 * word + KERNEL_SIGSET_BYTES;
	if (!fetch_struct(c, c->args[i], buf, len))
		return;
	uint64_t handler = get_u(buf, word);
	uint64_t flags = get_u(buf + word, word);
	uint64_t restorer = get_u(buf + 2 * word, word);
	struct emitter *e = c->e;
	emit_struct_begin(e);
	emit_field(e, "sa_handler");
	print_sighandler(c, handler);
	emit_field(e, "sa_mask");
	print_sigset_bits(c, buf + 3 * word, KERNEL_SIGSET_BYTES);
	emit_field(e, "sa_flags");
	emit_flags_unknown(c->e, &xlat_sig_sa_flags, flags, NULL, "SA_???");
	if (flags & SIG_SA_RESTORER) {
		emit_field(e, "sa_restorer");
		emit_ptr(e, restorer);
	}
	emit_struct_end(e);
}

/* stack_t: ss_sp, int ss_flags, ss_size */
void sig_arg_stack(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint8_t buf[24];
	size_t word = word_bytes(c);
	if (!fetch_struct(c, c->args[i], buf, 3 * word))
		return;
	struct emitter *e = c->e;
	emit_struct_begin(e);
	emit_field(e, "ss_sp");
	emit_ptr(e, get_u(buf, word));
	emit_field(e, "ss_flags");
	emit_flags_unknown(c->e, &xlat_sig_ss_flags,
			   (uint32_t)get_i32(buf + word), NULL, "SS_???");
	emit_field(e, "ss_size");
	emit_uint(e, get_u(buf + 2 * word, word));
	emit_struct_end(e);
}

/* rt_sigtimedwait returns a signal number: "= 10 (SIGUSR1)" */
void sig_ret_signo(struct call *c)
{
	emit_ret(c->e, c->rval, RET_DEC, NULL);
	const char *name = signal_name((int)c->rval);
	if (name && c->rval == (int)c->rval)
		emit_ret_comment(c->e, name);
}
