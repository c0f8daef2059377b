/* The process family: creation and exec (clone's named fields, argv),
 * wait statuses, identity and limits, scheduling, futexes, prctl and the
 * other calls strace decodes with their own structures. Every array read
 * here is bounded (the -s limit, or a fixed cap), whatever the tracee
 * claims its length is. */
#include "decode/process.h"

#include "config.h"
#include "decode/bpf.h"

#include <asm/prctl.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/capability.h>
#include <linux/futex.h>
#include <linux/kcmp.h>
#include <linux/keyctl.h>
#include <linux/prctl.h>
#include <linux/reboot.h>
#include <linux/sched.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>
#include <sys/user.h>
#include <sys/utsname.h>
#include <sys/wait.h>

#include "arch/arch.h"
#include "decode/common.h"
#include "decode/compat.h"
#include "decode/memory.h"
#include "decode/signal.h"
#include "fdinfo/fdinfo.h"
#include "xlat/errno.h"
#include "xlat/xlat.h"

/* the most elements of an argv or envp we read when -v lifts the limit */
#define ARGV_MAX (1 << 20)

static bool is32(const struct call *c)
{
	return c->mem->wordsize == 4;
}

static uint64_t read_word(struct call *c, uint64_t addr, bool *ok)
{
	uint64_t v = 0;
	if (is32(c)) {
		uint32_t w;
		*ok = mem_read(c->mem, addr, &w, 4) == 0;
		v = w;
	} else {
		*ok = mem_read(c->mem, addr, &v, 8) == 0;
	}
	return v;
}

/* "[value]" for an int the call wrote */
static void print_int_out(struct call *c, uint64_t addr, bool is_unsigned)
{
	int32_t v;
	if (!fetch_struct(c, addr, &v, sizeof(v)))
		return;
	emit_array_begin(c->e);
	if (is_unsigned)
		emit_uint(c->e, (uint32_t)v);
	else
		emit_int(c->e, v);
	emit_array_end(c->e);
}

/* "[0x7f...]" for a pointer the call wrote */
static void print_ptr_out(struct call *c, uint64_t addr)
{
	uint64_t v = 0;
	if (!fetch_struct(c, addr, &v, (size_t)c->mem->wordsize))
		return;
	emit_array_begin(c->e);
	emit_ptr(c->e, v);
	emit_array_end(c->e);
}

/* ---- exec ---- */

/* argv: the strings, at most -s of them unless -v; envp in abbreviated
 * mode: the address and the count */
static void print_argv(struct call *c, uint64_t addr, bool count_only)
{
	if (!addr) {
		emit_null(c->e);
		return;
	}
	size_t ws = (size_t)c->mem->wordsize;
	bool ok;
	uint64_t p = read_word(c, addr, &ok);
	if (!ok) {
		emit_ptr(c->e, addr);
		return;
	}
	if (count_only) {
		uint64_t n = 0;
		while (ok && p && n < ARGV_MAX) {
			n++;
			p = read_word(c, addr + n * ws, &ok);
		}
		emit_ptr(c->e, addr);
		char text[48];
		snprintf(text, sizeof(text), "%llu var%s",
			 (unsigned long long)n, n == 1 ? "" : "s");
		emit_comment(c->e, text);
		return;
	}
	bool abbrev = call_abbrev(c);
	unsigned limit = str_limit(c);
	emit_array_begin(c->e);
	for (uint64_t n = 0; p; n++) {
		if ((abbrev && n >= limit) || n >= ARGV_MAX) {
			emit_more(c->e);
			break;
		}
		print_cstring(c, p, limit);
		p = read_word(c, addr + (n + 1) * ws, &ok);
		if (!ok) {
			emit_more(c->e);
			break;
		}
	}
	emit_array_end(c->e);
}

static void print_exec_vectors(struct call *c, int argv)
{
	if (!call_verbose(c)) { /* -e verbose=none: the vectors' addresses */
		emit_ptr(c->e, c->args[argv]);
		emit_ptr(c->e, c->args[argv + 1]);
		return;
	}
	print_argv(c, c->args[argv], false);
	print_argv(c, c->args[argv + 1], call_abbrev(c));
}

int decode_execve(struct call *c)
{
	if (c->exiting)
		return DECODE_DONE;
	print_path(c, c->args[0]);
	print_exec_vectors(c, 1);
	return DECODE_DONE;
}

int decode_execveat(struct call *c)
{
	if (c->exiting)
		return DECODE_DONE;
	decode_args(c, 0, 2);
	print_exec_vectors(c, 2);
	emit_flags_unknown(c->e, &xlat_at_flags, (uint32_t)c->args[4], NULL,
			   "AT_???");
	return DECODE_DONE;
}

/* ---- clone ---- */

/* the flags, then the exit signal: CLONE_VM|SIGCHLD; -X raw 0x100|17 */
static void print_clone_flags(struct call *c, uint64_t flags)
{
	uint64_t sig = flags & CSIGNAL, rest = flags & ~(uint64_t)CSIGNAL;
	const char *sn = signal_name((int)sig);
	struct flag_part p[2] = {
		{PART_FLAGS, &xlat_clone_flags, rest},
		{sn ? PART_SYM : PART_NUM, NULL, sig, sn, NULL, SYM_DEC},
	};
	if (!sig)
		emit_flag_parts(c->e, p, 1, flags);
	else if (!rest)
		emit_flag_parts(c->e, p + 1, 1, flags);
	else
		emit_flag_parts(c->e, p, 2, flags);
}

void arg_clone_flags(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_clone_flags(c, c->args[i]);
}

static void print_user_desc(struct call *c, uint64_t addr, bool in);

/* clone(child_stack=, flags=, parent_tid=, tls=, child_tidptr=): x86_64
 * passes flags, stack, parent_tid, child_tid, tls; i386 swaps the last
 * two */
int decode_clone(struct call *c)
{
	uint64_t flags = c->args[0];
	int child_tid = is32(c) ? 4 : 3, tls = is32(c) ? 3 : 4;
	if (!c->exiting) {
		emit_field(c->e, "child_stack");
		emit_ptr(c->e, c->args[1]);
		emit_field(c->e, "flags");
		print_clone_flags(c, flags);
		/* strace writes the ", " of the exit's fields at exit:
		 * "clone(..., flags=...|SIGCHLD <unfinished ...>" */
		return flags & (CLONE_PARENT_SETTID | CLONE_SETTLS |
				CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID)
			       ? DECODE_MORE_INLINE
			       : DECODE_DONE;
	}
	emit_args_continue(c->e);
	if (flags & CLONE_PARENT_SETTID) {
		emit_field(c->e, "parent_tid");
		print_int_out(c, c->args[2], false);
	}
	if (flags & CLONE_SETTLS) {
		/* i386's TLS is a struct user_desc (shown when the call
		 * worked), x86_64's an address */
		emit_field(c->e, "tls");
		if (is32(c))
			print_user_desc(c, c->args[tls], false);
		else
			emit_ptr(c->e, c->args[tls]);
	}
	if (flags & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID)) {
		emit_field(c->e, "child_tidptr");
		emit_ptr(c->e, c->args[child_tid]);
	}
	return DECODE_DONE;
}

/* struct clone_args, as far as the size argument covers it */
struct clone_args_v2 {
	uint64_t flags, pidfd, child_tid, parent_tid, exit_signal, stack,
		stack_size, tls, set_tid, set_tid_size, cgroup;
};

static void print_tid_field(struct call *c, const char *name, uint64_t addr,
			    bool out)
{
	emit_field(c->e, name);
	if (out)
		print_int_out(c, addr, false);
	else
		emit_ptr(c->e, addr);
}

int decode_clone3(struct call *c)
{
	struct clone_args_v2 a;
	uint64_t size = c->args[1];
	if (!c->exiting) {
		memset(&a, 0, sizeof(a));
		size_t n = size < sizeof(a) ? (size_t)size : sizeof(a);
		if (size < 64 || !fetch_struct_in(c, c->args[0], &a, n)) {
			if (size < 64 && c->args[0])
				emit_ptr(c->e, c->args[0]);
			else if (size < 64)
				emit_null(c->e);
			emit_uint(c->e, size);
			return DECODE_DONE;
		}
		emit_struct_begin(c->e);
		emit_field(c->e, "flags");
		print_clone_flags(c, a.flags & ~(uint64_t)CSIGNAL);
		if (a.flags & CLONE_PIDFD)
			print_tid_field(c, "pidfd", a.pidfd, false);
		if (a.flags & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID))
			print_tid_field(c, "child_tid", a.child_tid, false);
		if (a.flags & CLONE_PARENT_SETTID)
			print_tid_field(c, "parent_tid", a.parent_tid, false);
		emit_field(c->e, "exit_signal");
		print_signo(c, (int64_t)a.exit_signal);
		emit_field(c->e, "stack");
		emit_ptr(c->e, a.stack);
		emit_field(c->e, "stack_size");
		emit_hex(c->e, a.stack_size);
		if (a.flags & CLONE_SETTLS) {
			emit_field(c->e, "tls");
			if (is32(c))
				print_user_desc(c, a.tls, true);
			else
				emit_ptr(c->e, a.tls);
		}
		if (n >= 80 && (a.set_tid || a.set_tid_size)) {
			emit_field(c->e, "set_tid");
			emit_ptr(c->e, a.set_tid);
			emit_field(c->e, "set_tid_size");
			emit_uint(c->e, a.set_tid_size);
		}
		if (n >= 88 && (a.flags & CLONE_INTO_CGROUP)) {
			emit_field(c->e, "cgroup");
			emit_uint(c->e, a.cgroup);
		}
		emit_struct_end(c->e);
		if (!(a.flags & (CLONE_PIDFD | CLONE_PARENT_SETTID))) {
			emit_uint(c->e, size);
			return DECODE_DONE;
		}
		c->saved[0] = 1;
		c->saved[1] = a.flags;
		c->saved[2] = a.pidfd;
		c->saved[3] = a.parent_tid;
		return DECODE_MORE_INLINE;
	}
	if (!c->saved[0])
		return DECODE_DONE;
	/* what the kernel wrote back into the parent */
	if (!c->err) {
		emit_changed(c->e);
		emit_struct_begin(c->e);
		if (c->saved[1] & CLONE_PIDFD)
			print_tid_field(c, "pidfd", c->saved[2], true);
		if (c->saved[1] & CLONE_PARENT_SETTID)
			print_tid_field(c, "parent_tid", c->saved[3], true);
		emit_struct_end(c->e);
	}
	emit_uint(c->e, size);
	return DECODE_DONE;
}

/* ---- wait ---- */

static void print_wait_status(struct call *c, int status)
{
	char buf[160];
	int n;
	unsigned rest;
	if (WIFSTOPPED(status)) {
		int sig = WSTOPSIG(status);
		const char *sn = signal_name(sig & 0x7f);
		char num[16];
		if (!sn) {
			snprintf(num, sizeof(num), "%d", sig & 0x7f);
			sn = num;
		}
		n = snprintf(buf, sizeof(buf),
			     "[{WIFSTOPPED(s) && WSTOPSIG(s) == %s%s}", sn,
			     sig & 0x80 ? " | 0x80" : "");
		rest = (unsigned)status & ~0xffffu;
	} else if (WIFSIGNALED(status)) {
		int sig = WTERMSIG(status);
		const char *sn = signal_name(sig);
		char num[16];
		if (!sn) {
			snprintf(num, sizeof(num), "%d", sig);
			sn = num;
		}
		n = snprintf(buf, sizeof(buf),
			     "[{WIFSIGNALED(s) && WTERMSIG(s) == %s%s}", sn,
			     WCOREDUMP(status) ? " && WCOREDUMP(s)" : "");
		rest = (unsigned)status & ~0xffu;
	} else if (WIFEXITED(status)) {
		n = snprintf(buf, sizeof(buf),
			     "[{WIFEXITED(s) && WEXITSTATUS(s) == %d}",
			     WEXITSTATUS(status));
		rest = (unsigned)status & ~0xff00u;
	} else if (WIFCONTINUED(status)) {
		n = snprintf(buf, sizeof(buf), "[{WIFCONTINUED(s)}");
		rest = (unsigned)status & ~0xffffu;
	} else {
		emit_exprf(c->e, "[%#x]", (unsigned)status);
		return;
	}
	unsigned event = rest >> 16;
	if (event) {
		const char *en = xlat_name(&xlat_ptrace_events, event);
		if (en)
			n += snprintf(buf + n, sizeof(buf) - (size_t)n,
				      " | %s << 16", en);
		else
			n += snprintf(buf + n, sizeof(buf) - (size_t)n,
				      " | %#x /* PTRACE_EVENT_??? */ << 16",
				      event);
		rest &= 0xffff;
	}
	if (rest)
		n += snprintf(buf + n, sizeof(buf) - (size_t)n, " | %#x", rest);
	snprintf(buf + n, sizeof(buf) - (size_t)n, "]");
	emit_expr(c->e, buf);
}

void arg_wait_status(struct call *c, int i, const void *aux)
{
	(void)aux;
	int32_t status;
	if (!c->args[i]) {
		emit_null(c->e);
		return;
	}
	/* nothing was stored when no child changed state */
	if (c->err || c->rval == 0 || !call_verbose(c) ||
	    mem_read(c->mem, c->args[i], &status, sizeof(status)) < 0) {
		emit_ptr(c->e, c->args[i]);
		return;
	}
	print_wait_status(c, status);
}

/* struct rusage: the two times, and with -v every counter */
static void print_rusage(struct call *c, uint64_t addr)
{
	int64_t v[18];
	if (is32(c)) {
		int32_t r[18];
		if (!fetch_struct(c, addr, r, sizeof(r)))
			return;
		for (int i = 0; i < 18; i++)
			v[i] = r[i];
	} else {
		struct rusage r;
		if (!fetch_struct(c, addr, &r, sizeof(r)))
			return;
		memcpy(v, &r, sizeof(v));
	}
	static const char *const names[] = {
		"ru_maxrss",  "ru_ixrss",  "ru_idrss",	"ru_isrss",
		"ru_minflt",  "ru_majflt", "ru_nswap",	"ru_inblock",
		"ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals",
		"ru_nvcsw",   "ru_nivcsw",
	};
	struct emitter *e = c->e;
	emit_struct_begin(e);
	emit_field(e, "ru_utime");
	emit_struct_begin(e);
	emit_field(e, "tv_sec");
	emit_int(e, v[0]);
	emit_field(e, "tv_usec");
	emit_int(e, v[1]);
	emit_struct_end(e);
	emit_field(e, "ru_stime");
	emit_struct_begin(e);
	emit_field(e, "tv_sec");
	emit_int(e, v[2]);
	emit_field(e, "tv_usec");
	emit_int(e, v[3]);
	emit_struct_end(e);
	if (call_abbrev(c)) {
		emit_more(e);
	} else {
		for (int i = 0; i < 14; i++) {
			emit_field(e, names[i]);
			emit_int(e, v[4 + i]);
		}
	}
	emit_struct_end(e);
}

/* RUSAGE_CHILDREN is -1; unknown values in hex */
void arg_rusage_who(struct call *c, int i, const void *aux)
{
	(void)aux;
	int32_t who = (int32_t)c->args[i];
	const char *n = xlat_name(&xlat_rusage_who, (uint64_t)(int64_t)who);
	if (n) {
		emit_sym_hex(c->e, n, (uint32_t)who);
		return;
	}
	emit_hex(c->e, (uint32_t)who);
	emit_xlat_comment(c->e, "RUSAGE_???");
}

void arg_rusage(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_rusage(c, c->args[i]);
}

void arg_waitid_info(struct call *c, int i, const void *aux)
{
	(void)aux;
	siginfo_t si;
	if (is32(c)) {
		/* the compat siginfo: the signal family knows its layout */
		print_siginfo_at(c, c->args[i], true);
		return;
	}
	if (!fetch_struct(c, c->args[i], &si, sizeof(si)))
		return;
	if (si.si_signo == 0) {
		/* WNOHANG and no child ready: the kernel zeroed it */
		emit_struct_begin(c->e);
		emit_struct_end(c->e);
		return;
	}
	print_siginfo(c, &si);
}

void arg_siginfo_in(struct call *c, int i, const void *aux)
{
	(void)aux;
	siginfo_t si;
	if (is32(c)) {
		print_siginfo_at(c, c->args[i], false);
		return;
	}
	if (fetch_struct_in(c, c->args[i], &si, sizeof(si)))
		print_siginfo(c, &si);
}

/* ---- futex ---- */

static void print_futex_op(struct call *c, uint32_t op)
{
	uint32_t cmd = op & FUTEX_CMD_MASK;
	const char *name = xlat_name(&xlat_futex_cmds, cmd);
	/* strace names the clock flag only with the waits that take it */
	if ((op & FUTEX_CLOCK_REALTIME) && cmd != FUTEX_WAIT &&
	    cmd != FUTEX_WAIT_BITSET && cmd != FUTEX_WAIT_REQUEUE_PI)
		name = NULL;
	if (!name) {
		emit_hex(c->e, op);
		emit_xlat_comment(c->e, "FUTEX_???");
		return;
	}
	char buf[64];
	snprintf(buf, sizeof(buf), "%s%s%s", name,
		 op & FUTEX_PRIVATE_FLAG ? "_PRIVATE" : "",
		 op & FUTEX_CLOCK_REALTIME ? "|FUTEX_CLOCK_REALTIME" : "");
	emit_sym_hex(c->e, buf, op);
}

static void print_futex_bitset(struct call *c, uint32_t v)
{
	if (v == FUTEX_BITSET_MATCH_ANY)
		emit_sym_hex(c->e, "FUTEX_BITSET_MATCH_ANY", v);
	else
		emit_hex(c->e, v);
}

/* a field of FUTEX_WAKE_OP's operation: FUTEX_OP_ADD<<28; unnamed, and
 * always under -X raw (as strace), 0x1<<28 / * FUTEX_OP_??? * / */
static void put_wake_op_field(struct call *c, struct strbuf *sb,
			      const struct xlat *x, unsigned v, int shift,
			      const char *unknown)
{
	const char *name = xlat_name(x, v);
	int style = emit_xlat_style(c->e);
	if (!name || style == XLAT_RAW) {
		sb_printf(sb, "%#x<<%d /* %s */", v, shift, unknown);
		return;
	}
	emit_format_sym(c->e, sb, name, v, SYM_HEX);
	sb_printf(sb, "<<%d", shift);
}

/* FUTEX_OP_ADD<<28|0x1<<12|FUTEX_OP_CMP_GT<<24|0 */
static void print_futex_wake_op(struct call *c, uint32_t v)
{
	struct strbuf sb = {0};
	unsigned op = (v >> 28) & 0xf, cmp = (v >> 24) & 0xf;
	if (op & FUTEX_OP_OPARG_SHIFT) {
		emit_format_sym(c->e, &sb, "FUTEX_OP_OPARG_SHIFT",
				FUTEX_OP_OPARG_SHIFT, SYM_HEX);
		sb_puts(&sb, "<<28|");
	}
	op &= ~(unsigned)FUTEX_OP_OPARG_SHIFT;
	put_wake_op_field(c, &sb, &xlat_futex_wake_ops, op, 28, "FUTEX_OP_???");
	sb_printf(&sb, "|%#x<<12|", (v >> 12) & 0xfff);
	put_wake_op_field(c, &sb, &xlat_futex_wake_cmps, cmp, 24,
			  "FUTEX_OP_CMP_???");
	sb_printf(&sb, "|%#x", v & 0xfff);
	emit_expr(c->e, sb_cstr(&sb));
	sb_free(&sb);
}

/* each operation shows only the arguments it uses */
int decode_futex(struct call *c)
{
	if (c->exiting)
		return DECODE_DONE;
	uint32_t op = (uint32_t)c->args[1];
	uint32_t val = (uint32_t)c->args[2];
	uint64_t timeout = c->args[3], uaddr2 = c->args[4];
	uint32_t val3 = (uint32_t)c->args[5];
	emit_ptr(c->e, c->args[0]);
	print_futex_op(c, op);
	switch (op & FUTEX_CMD_MASK) {
	case FUTEX_WAIT:
		emit_uint(c->e, val);
		print_timespec(c, timeout);
		break;
	case FUTEX_WAIT_BITSET:
		emit_uint(c->e, val);
		print_timespec(c, timeout);
		print_futex_bitset(c, val3);
		break;
	case FUTEX_WAKE:
	case FUTEX_FD: emit_uint(c->e, val); break;
	case FUTEX_WAKE_BITSET:
		emit_uint(c->e, val);
		print_futex_bitset(c, val3);
		break;
	case FUTEX_REQUEUE:
		emit_uint(c->e, val);
		emit_uint(c->e, (uint32_t)timeout);
		emit_ptr(c->e, uaddr2);
		break;
	case FUTEX_CMP_REQUEUE:
	case FUTEX_CMP_REQUEUE_PI:
		emit_uint(c->e, val);
		emit_uint(c->e, (uint32_t)timeout);
		emit_ptr(c->e, uaddr2);
		emit_uint(c->e, val3);
		break;
	case FUTEX_WAKE_OP:
		emit_uint(c->e, val);
		emit_uint(c->e, (uint32_t)timeout);
		emit_ptr(c->e, uaddr2);
		print_futex_wake_op(c, val3);
		break;
	case FUTEX_LOCK_PI:
	case 13: /* FUTEX_LOCK_PI2 */ print_timespec(c, timeout); break;
	case FUTEX_UNLOCK_PI:
	case FUTEX_TRYLOCK_PI: break;
	case FUTEX_WAIT_REQUEUE_PI:
		emit_uint(c->e, val);
		print_timespec(c, timeout);
		emit_ptr(c->e, uaddr2);
		break;
	default:
		emit_uint(c->e, val);
		emit_hex(c->e, timeout);
		emit_hex(c->e, uaddr2);
		emit_hex(c->e, val3);
		break;
	}
	return DECODE_DONE;
}

static void print_waitv_elem(struct call *c, const void *elem, size_t index,
			     void *ctx)
{
	(void)index;
	(void)ctx;
	const struct {
		uint64_t val, uaddr;
		uint32_t flags, reserved;
	} *w = elem;
	emit_struct_begin(c->e);
	emit_field(c->e, "val");
	emit_hex(c->e, w->val);
	emit_field(c->e, "uaddr");
	emit_ptr(c->e, w->uaddr);
	emit_field(c->e, "flags");
	emit_flags_unknown(c->e, &xlat_futex_waitv_flags, w->flags, NULL,
			   "FUTEX_???");
	if (w->reserved) {
		emit_field(c->e, "__reserved");
		emit_hex(c->e, w->reserved);
	}
	emit_struct_end(c->e);
}

void arg_futex_waitv(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_array(c, c->args[i], (uint32_t)c->args[i + 1], 24,
		    print_waitv_elem, NULL);
}

/* ---- prctl, arch_prctl, personality ---- */

static void prctl_hex_from(struct call *c, int from)
{
	for (int i = from; i < 5; i++)
		emit_hex(c->e, c->args[i]);
}

/* a flag set strace leaves out under -X raw; a name it always shows */
static void set_ret_text(struct call *c, const struct xlat *x, uint64_t v,
			 bool flags)
{
	if (flags && emit_xlat_style(c->e) == XLAT_RAW)
		return;
	if (flags) {
		struct strbuf sb = {0};
		xlat_format_flags(&sb, x, v, NULL);
		set_ret_comment(c, "%s", sb_cstr(&sb));
		sb_free(&sb);
		return;
	}
	const char *n = xlat_name(x, v);
	if (n)
		set_ret_comment(c, "%s", n);
}

int decode_prctl(struct call *c)
{
	int op = (int32_t)c->args[0];
	uint64_t a2 = c->args[1];
	struct emitter *e = c->e;
	if (c->exiting) {
		switch (op) {
		case PR_GET_PDEATHSIG:
			if (!fetch_struct(c, a2, &op, sizeof(op)))
				break;
			emit_array_begin(e);
			print_signo(c, op);
			emit_array_end(e);
			break;
		case PR_GET_TSC:
			if (!fetch_struct(c, a2, &op, sizeof(op)))
				break;
			emit_array_begin(e);
			emit_enum(c->e, &xlat_prctl_tsc, (uint32_t)op,
				  "PR_TSC_???");
			emit_array_end(e);
			break;
		case PR_GET_NAME:
			if (c->err)
				emit_ptr(e, a2);
			else
				print_cstring(c, a2, 16);
			break;
		case PR_GET_CHILD_SUBREAPER:
		case PR_GET_ENDIAN:
		case PR_GET_FPEMU:
		case PR_GET_FPEXC: print_int_out(c, a2, true); break;
		case PR_GET_TID_ADDRESS: print_ptr_out(c, a2); break;
		case PR_GET_DUMPABLE:
			if (!c->err)
				set_ret_text(c, &xlat_prctl_dumpable,
					     (uint64_t)c->rval, false);
			break;
		case PR_MCE_KILL_GET:
			if (!c->err)
				set_ret_text(c, &xlat_prctl_mce_kill_policy,
					     (uint64_t)c->rval, false);
			break;
		case PR_GET_SECUREBITS:
			if (!c->err && c->rval) {
				c->ret_override = ret_hex;
				set_ret_text(c, &xlat_secbits,
					     (uint64_t)c->rval, true);
			}
			break;
		case PR_GET_FP_MODE:
			if (!c->err && c->rval) {
				c->ret_override = ret_hex;
				set_ret_text(c, &xlat_prctl_fp_mode,
					     (uint64_t)c->rval, true);
			}
			break;
		case PR_GET_SPECULATION_CTRL:
			if (!c->err && a2 <= 2) {
				c->ret_override = ret_hex;
				set_ret_text(c, &xlat_prctl_spec_flags,
					     (uint64_t)c->rval, true);
			}
			break;
		}
		return DECODE_DONE;
	}
	emit_enum(c->e, &xlat_prctl_options, (uint32_t)op, "PR_???");
	switch (op) {
	case PR_GET_KEEPCAPS:
	case PR_GET_SECCOMP:
	case PR_GET_TIMERSLACK:
	case PR_GET_TIMING:
	case PR_GET_DUMPABLE:
	case PR_GET_SECUREBITS:
	case PR_GET_FP_MODE:
	case PR_TASK_PERF_EVENTS_DISABLE:
	case PR_TASK_PERF_EVENTS_ENABLE:
		return DECODE_DONE; /* the return comment is set at exit */
	case PR_GET_PDEATHSIG:
	case PR_GET_TSC:
	case PR_GET_NAME:
	case PR_GET_CHILD_SUBREAPER:
	case PR_GET_ENDIAN:
	case PR_GET_FPEMU:
	case PR_GET_FPEXC:
	case PR_GET_TID_ADDRESS: return DECODE_MORE;
	case PR_GET_SPECULATION_CTRL:
		emit_enum(c->e, &xlat_prctl_spec_cmds, a2, "PR_SPEC_???");
		return DECODE_DONE;
	case PR_MCE_KILL_GET: prctl_hex_from(c, 1); return DECODE_DONE;
	case PR_SET_CHILD_SUBREAPER:
	case PR_SET_ENDIAN:
	case PR_SET_FPEMU:
	case PR_SET_FPEXC:
	case PR_SET_KEEPCAPS:
	case PR_SET_TIMING: emit_uint(e, a2); break;
	case PR_SET_DUMPABLE:
		emit_enum(c->e, &xlat_prctl_dumpable, a2, "SUID_DUMP_???");
		break;
	case PR_CAPBSET_DROP:
	case PR_CAPBSET_READ:
		emit_enum(c->e, &xlat_capabilities, a2, "CAP_???");
		break;
	case PR_CAP_AMBIENT:
		emit_enum(c->e, &xlat_prctl_cap_ambient, a2,
			  "PR_CAP_AMBIENT_???");
		if (a2 == PR_CAP_AMBIENT_RAISE || a2 == PR_CAP_AMBIENT_LOWER ||
		    a2 == PR_CAP_AMBIENT_IS_SET) {
			emit_enum(c->e, &xlat_capabilities, c->args[2],
				  "CAP_???");
			prctl_hex_from(c, 3);
		} else {
			prctl_hex_from(c, 2);
		}
		break;
	case PR_MCE_KILL:
		emit_enum(c->e, &xlat_prctl_mce_kill, a2, "PR_MCE_KILL_???");
		if (a2 == PR_MCE_KILL_SET)
			emit_enum(c->e, &xlat_prctl_mce_kill_policy, c->args[2],
				  "PR_MCE_KILL_???");
		else
			emit_hex(e, c->args[2]);
		prctl_hex_from(c, 3);
		break;
	case PR_SET_NAME: print_cstring(c, a2, 15); break;
	case PR_SET_VMA:
		emit_enum(c->e, &xlat_prctl_set_vma, a2, "PR_SET_VMA_???");
		if (a2 == PR_SET_VMA_ANON_NAME) {
			emit_ptr(e, c->args[2]);
			emit_uint(e, c->args[3]);
			print_cstring(c, c->args[4], str_limit(c));
		} else {
			prctl_hex_from(c, 2);
		}
		break;
	case PR_SET_MM:
		emit_enum(c->e, &xlat_prctl_set_mm, (uint32_t)a2,
			  "PR_SET_MM_???");
		prctl_hex_from(c, 2);
		break;
	case PR_SET_PDEATHSIG:
		if (a2 > 128)
			emit_uint(e, a2);
		else
			print_signo(c, (int64_t)a2);
		break;
	case PR_SET_PTRACER:
		if ((int32_t)a2 == -1)
			emit_sym(e, "PR_SET_PTRACER_ANY", -1);
		else
			emit_uint(e, a2);
		break;
	case PR_SET_SECCOMP:
		emit_enum(c->e, &xlat_seccomp_modes, a2, "SECCOMP_MODE_???");
		if (a2 == SECCOMP_MODE_STRICT)
			break;
		if (a2 == SECCOMP_MODE_FILTER) {
			print_sock_fprog(c, c->args[2], true);
			break;
		}
		prctl_hex_from(c, 2);
		break;
	case PR_SET_SECUREBITS:
		emit_flags_unknown(c->e, &xlat_secbits, a2, NULL, "SECBIT_???");
		break;
	case PR_SET_TIMERSLACK: emit_int(e, (int64_t)a2); break;
	case PR_SET_TSC:
		emit_enum(c->e, &xlat_prctl_tsc, (uint32_t)a2, "PR_TSC_???");
		break;
	case PR_SET_FP_MODE:
		emit_flags_unknown(c->e, &xlat_prctl_fp_mode, (uint32_t)a2,
				   NULL, "PR_FP_MODE_???");
		break;
	case PR_SET_NO_NEW_PRIVS:
	case PR_SET_THP_DISABLE:
	case PR_SET_IO_FLUSHER:
		emit_uint(e, a2);
		prctl_hex_from(c, 2);
		break;
	case PR_SET_SPECULATION_CTRL:
		emit_enum(c->e, &xlat_prctl_spec_cmds, a2, "PR_SPEC_???");
		if (a2 <= 2)
			emit_enum(c->e, &xlat_prctl_spec_flags, c->args[2],
				  "PR_SPEC_???");
		else
			emit_hex(e, c->args[2]);
		break;
	case PR_GET_NO_NEW_PRIVS:
	case PR_GET_THP_DISABLE:
	case PR_GET_IO_FLUSHER:
	default: prctl_hex_from(c, 1); break;
	}
	return DECODE_DONE;
}

int decode_arch_prctl(struct call *c)
{
	uint32_t code = (uint32_t)c->args[0];
	uint64_t addr = c->args[1];
	if (c->exiting) {
		if (code == ARCH_GET_FS || code == ARCH_GET_GS) {
			if (c->err)
				emit_ptr(c->e, addr);
			else
				print_ptr_out(c, addr);
		} else if (code == ARCH_GET_XCOMP_SUPP ||
			   code == ARCH_GET_XCOMP_PERM ||
			   code == ARCH_GET_XCOMP_GUEST_PERM) {
			uint64_t v;
			if (fetch_struct(c, addr, &v, sizeof(v))) {
				emit_array_begin(c->e);
				emit_hex(c->e, v);
				emit_array_end(c->e);
			}
		}
		return DECODE_DONE;
	}
	emit_enum(c->e, &xlat_arch_prctl_codes, code, "ARCH_???");
	switch (code) {
	case ARCH_GET_FS:
	case ARCH_GET_GS:
	case ARCH_GET_XCOMP_SUPP:
	case ARCH_GET_XCOMP_PERM:
	case ARCH_GET_XCOMP_GUEST_PERM: return DECODE_MORE;
	case ARCH_GET_CPUID: break;
	case ARCH_SET_CPUID: emit_uint(c->e, (uint32_t)addr); break;
	case ARCH_REQ_XCOMP_PERM:
	case ARCH_REQ_XCOMP_GUEST_PERM: {
		/* strace: the number, its name in a comment */
		const char *n = xlat_name(&xlat_xfeatures, addr);
		emit_uint(c->e, addr);
		if (!call_raw(c))
			emit_comment(c->e, n ? n : "XFEATURE_???");
		break;
	}
	default: emit_hex(c->e, addr); break;
	}
	return DECODE_DONE;
}

/* the type, then the flags: PER_LINUX|ADDR_NO_RANDOMIZE (0xffffffff is
 * the query, as a number) */
static int personality_parts(uint32_t v, struct flag_part p[2])
{
	p[0] = (struct flag_part){PART_ENUM, &xlat_personality_types,
				  v & 0xff,  NULL,
				  "PER_???", SYM_HEX};
	p[1] = (struct flag_part){PART_FLAGS, &xlat_personality_flags,
				  v & ~0xffu};
	return v & ~0xffu ? 2 : 1;
}

void arg_personality(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint32_t v = (uint32_t)c->args[i];
	struct flag_part p[2];
	if (v == 0xffffffff)
		emit_hex(c->e, v);
	else
		emit_flag_parts(c->e, p, personality_parts(v, p), v);
}

/* the previous personality: hex, its decoding in a comment */
void ret_personality(struct call *c)
{
	struct strbuf sb = {0};
	struct flag_part p[2];
	uint32_t v = (uint32_t)c->rval;
	emit_ret(c->e, c->rval, RET_HEX, NULL);
	if (v == 0xffffffff)
		sb_puts(&sb, "0xffffffff");
	else
		emit_format_flag_parts(c->e, &sb, p, personality_parts(v, p));
	emit_ret_comment(c->e, sb_cstr(&sb));
	sb_free(&sb);
}

/* ---- identity ---- */

void arg_uid_out(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint32_t v = 0;
	if (compat_uid16(c)) {
		uint16_t v16;
		if (!fetch_struct(c, c->args[i], &v16, sizeof(v16)))
			return;
		v = v16 == 0xffff ? UINT32_MAX : v16;
	} else if (!fetch_struct(c, c->args[i], &v, sizeof(v))) {
		return;
	}
	emit_array_begin(c->e);
	if (v == UINT32_MAX)
		emit_int(c->e, -1);
	else
		emit_uint(c->e, v);
	emit_array_end(c->e);
}

static void print_gid_elem(struct call *c, const void *elem, size_t index,
			   void *ctx)
{
	(void)index;
	size_t size = *(const size_t *)ctx;
	uint32_t v =
		size == 2 ? *(const uint16_t *)elem : *(const uint32_t *)elem;
	if (v == (size == 2 ? 0xffffu : UINT32_MAX))
		emit_int(c->e, -1);
	else
		emit_uint(c->e, v);
}

/* i386's getgroups and setgroups take 16-bit ids */
static void print_gids(struct call *c, uint64_t addr, uint64_t count)
{
	size_t size =
		(is32(c) && c->desc == &sysent[ENT_getgroups]) ||
				(is32(c) && c->desc == &sysent[ENT_setgroups])
			? 2
			: 4;
	print_array_out(c, addr, count, size, print_gid_elem, &size);
}

void arg_groups_in(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_gids(c, c->args[i], (uint32_t)c->args[i - 1]);
}

void arg_groups_out(struct call *c, int i, const void *aux)
{
	(void)aux;
	if (c->err) {
		emit_ptr(c->e, c->args[i]);
		return;
	}
	/* getgroups(0, ...) only counts: nothing was written */
	print_gids(c, c->args[i], (uint32_t)c->args[0] ? (uint64_t)c->rval : 0);
}

/* ---- capabilities ---- */

static unsigned cap_words(uint32_t version)
{
	switch (version) {
	case _LINUX_CAPABILITY_VERSION_1: return 1;
	case _LINUX_CAPABILITY_VERSION_2:
	case _LINUX_CAPABILITY_VERSION_3: return 2;
	}
	return 0;
}

void arg_cap_header(struct call *c, int i, const void *aux)
{
	(void)aux;
	struct __user_cap_header_struct h;
	if (!fetch_struct_in(c, c->args[i], &h, sizeof(h))) {
		c->saved[5] = 0;
		return;
	}
	c->saved[5] = cap_words(h.version);
	emit_struct_begin(c->e);
	emit_field(c->e, "version");
	emit_enum(c->e, &xlat_cap_versions, h.version,
		  "_LINUX_CAPABILITY_VERSION_???");
	emit_field(c->e, "pid");
	emit_int(c->e, h.pid);
	emit_struct_end(c->e);
}

/* each 32-bit word of the set as flags of its own: the low word, then
 * "|" and the high word when it has bits (strace: 0xfeffffff|0x1ff) */
static void print_cap_set(struct call *c, uint32_t lo, uint32_t hi)
{
	struct flag_part p[2] = {
		{PART_FLAGS, &xlat_cap_mask_lo, lo, NULL, "CAP_???"},
		{PART_FLAGS, &xlat_cap_mask_hi, hi, NULL, "CAP_???"},
	};
	if (!hi)
		emit_flag_parts(c->e, p, 1, lo);
	else if (!lo)
		emit_flag_parts(c->e, p + 1, 1, (uint64_t)hi << 32);
	else
		emit_flag_parts(c->e, p, 2, lo | (uint64_t)hi << 32);
}

void arg_cap_data(struct call *c, int i, const void *aux)
{
	(void)aux;
	struct __user_cap_data_struct d[2];
	unsigned n = (unsigned)c->saved[5];
	if (!c->args[i]) {
		emit_null(c->e);
		return;
	}
	if (!n) {
		emit_ptr(c->e, c->args[i]);
		return;
	}
	memset(d, 0, sizeof(d));
	bool out = c->desc == &sysent[ENT_capget];
	if (out ? !fetch_struct(c, c->args[i], d, n * sizeof(d[0]))
		: !fetch_struct_in(c, c->args[i], d, n * sizeof(d[0])))
		return;
	emit_struct_begin(c->e);
	emit_field(c->e, "effective");
	print_cap_set(c, d[0].effective, d[1].effective);
	emit_field(c->e, "permitted");
	print_cap_set(c, d[0].permitted, d[1].permitted);
	emit_field(c->e, "inheritable");
	print_cap_set(c, d[0].inheritable, d[1].inheritable);
	emit_struct_end(c->e);
}

/* ---- limits ---- */

static void print_rlim_value(struct call *c, uint64_t v, bool wide)
{
	char text[32];
	if (wide ? v == UINT64_MAX : v == UINT32_MAX) {
		emit_sym_base(c->e, wide ? "RLIM64_INFINITY" : "RLIM_INFINITY",
			      v, SYM_UDEC);
	} else if (v > 1024 && v % 1024 == 0) {
		snprintf(text, sizeof(text), "%llu*1024",
			 (unsigned long long)(v / 1024));
		emit_sym_base(c->e, text, v, SYM_UDEC);
	} else {
		emit_uint(c->e, v);
	}
}

static void print_rlimit(struct call *c, uint64_t addr, bool in, bool force64)
{
	uint64_t v[2];
	bool wide = force64 || !is32(c);
	if (wide) {
		if (in ? !fetch_struct_in(c, addr, v, sizeof(v))
		       : !fetch_struct(c, addr, v, sizeof(v)))
			return;
	} else {
		uint32_t w[2];
		if (in ? !fetch_struct_in(c, addr, w, sizeof(w))
		       : !fetch_struct(c, addr, w, sizeof(w)))
			return;
		v[0] = w[0];
		v[1] = w[1];
	}
	emit_struct_begin(c->e);
	emit_field(c->e, "rlim_cur");
	print_rlim_value(c, v[0], wide);
	emit_field(c->e, "rlim_max");
	print_rlim_value(c, v[1], wide);
	emit_struct_end(c->e);
}

void arg_rlimit_in(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_rlimit(c, c->args[i], true, c->desc == &sysent[ENT_prlimit64]);
}

void arg_rlimit_out(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_rlimit(c, c->args[i], false, c->desc == &sysent[ENT_prlimit64]);
}

/* ---- scheduling ---- */

static void print_sched_param(struct call *c, uint64_t addr, bool in)
{
	int32_t prio;
	if (in ? !fetch_struct_in(c, addr, &prio, sizeof(prio))
	       : !fetch_struct(c, addr, &prio, sizeof(prio)))
		return;
	emit_array_begin(c->e);
	emit_int(c->e, prio);
	emit_array_end(c->e);
}

void arg_sched_param_in(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_sched_param(c, c->args[i], true);
}

void arg_sched_param_out(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_sched_param(c, c->args[i], false);
}

void ret_sched_policy(struct call *c)
{
	emit_ret(c->e, c->rval, RET_DEC, NULL);
	const char *n = xlat_name(&xlat_sched_policies, (uint64_t)c->rval);
	if (n)
		emit_ret_comment(c->e, n);
}

/* [0 1 5]: the numbers of the cpus set in len bytes */
static void print_cpu_mask(struct call *c, uint64_t addr, uint64_t len, bool in)
{
	uint8_t mask[8192];
	if (!addr) {
		emit_null(c->e);
		return;
	}
	size_t n = len < sizeof(mask) ? (size_t)len : sizeof(mask);
	if (!n || (in ? !fetch_struct_in(c, addr, mask, n)
		      : !fetch_struct(c, addr, mask, n))) {
		if (!n)
			emit_ptr(c->e, addr);
		return;
	}
	struct strbuf sb = {0};
	sb_putc(&sb, '[');
	bool first = true;
	for (size_t bit = 0; bit < n * 8; bit++) {
		if (!(mask[bit / 8] & (1u << (bit % 8))))
			continue;
		if (!first)
			sb_putc(&sb, ' ');
		sb_printf(&sb, "%zu", bit);
		first = false;
	}
	if (len > n)
		sb_puts(&sb, first ? "..." : " ...");
	sb_putc(&sb, ']');
	emit_expr(c->e, sb_cstr(&sb));
	sb_free(&sb);
}

void arg_cpu_mask_in(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_cpu_mask(c, c->args[i], (uint32_t)c->args[i - 1], true);
}

/* sched_getaffinity returns the size of the mask it wrote */
void arg_cpu_mask_out(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_cpu_mask(c, c->args[i], c->err ? 0 : (uint64_t)c->rval, false);
}

struct sched_attr_v1 {
	uint32_t size, sched_policy;
	uint64_t sched_flags;
	int32_t sched_nice;
	uint32_t sched_priority;
	uint64_t sched_runtime, sched_deadline, sched_period;
	uint32_t sched_util_min, sched_util_max;
};

/* the fields the size covers; KEEP_POLICY and KEEP_PARAMS hide the
 * fields the kernel ignores */
static void print_sched_attr_fields(struct call *c,
				    const struct sched_attr_v1 *a,
				    uint32_t size, bool more)
{
	struct emitter *e = c->e;
	bool keep_params = a->sched_flags & SCHED_FLAG_KEEP_PARAMS;
	/* strace hides the policy with either KEEP flag */
	bool keep_policy = a->sched_flags &
			   (SCHED_FLAG_KEEP_POLICY | SCHED_FLAG_KEEP_PARAMS);
	emit_field(e, "size");
	emit_uint(e, a->size);
	if (!keep_policy) {
		emit_field(e, "sched_policy");
		emit_enum(c->e, &xlat_sched_policies, a->sched_policy,
			  "SCHED_???");
	}
	emit_field(e, "sched_flags");
	emit_flags_unknown(c->e, &xlat_sched_attr_flags, a->sched_flags, NULL,
			   "SCHED_FLAG_???");
	if (!keep_params) {
		emit_field(e, "sched_nice");
		emit_int(e, a->sched_nice);
		emit_field(e, "sched_priority");
		emit_uint(e, a->sched_priority);
		emit_field(e, "sched_runtime");
		emit_uint(e, a->sched_runtime);
		emit_field(e, "sched_deadline");
		emit_uint(e, a->sched_deadline);
		emit_field(e, "sched_period");
		emit_uint(e, a->sched_period);
	}
	if (size >= 56) {
		emit_field(e, "sched_util_min");
		emit_uint(e, a->sched_util_min);
		emit_field(e, "sched_util_max");
		emit_uint(e, a->sched_util_max);
	}
	if (more)
		emit_more(e);
}

static bool fetch_sched_attr(struct call *c, uint64_t addr, uint32_t size,
			     struct sched_attr_v1 *a, bool in)
{
	memset(a, 0, sizeof(*a));
	size_t n = size < 48 ? 48 : size > sizeof(*a) ? sizeof(*a) : size;
	return in ? fetch_struct_in(c, addr, a, n)
		  : fetch_struct(c, addr, a, n);
}

/* sched_setattr: the size is the struct's own first field; 0 means the
 * first version; E2BIG writes back the size the kernel knows */
void arg_sched_attr_in(struct call *c, int i, const void *aux)
{
	(void)aux;
	struct sched_attr_v1 a;
	uint32_t size;
	if (!c->args[i] || mem_read(c->mem, c->args[i], &size, 4) < 0) {
		fetch_struct_in(c, c->args[i], &a, 4);
		return;
	}
	if (!fetch_sched_attr(c, c->args[i], size ? size : 48, &a, true))
		return;
	emit_struct_begin(c->e);
	print_sched_attr_fields(c, &a, size ? size : 48, size > sizeof(a));
	emit_struct_end(c->e);
	c->saved[4] = 1;
}

void arg_sched_attr_changed(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint32_t size;
	if (!c->saved[4] || c->err != E2BIG ||
	    mem_read(c->mem, c->args[1], &size, 4) < 0)
		return;
	/* " => {size=56}" belongs to the struct just printed */
	emit_changed(c->e);
	emit_struct_begin(c->e);
	emit_field(c->e, "size");
	emit_uint(c->e, size);
	emit_struct_end(c->e);
	(void)i;
}

void arg_sched_attr_out(struct call *c, int i, const void *aux)
{
	(void)aux;
	struct sched_attr_v1 a;
	uint32_t size = (uint32_t)c->args[i + 1];
	if (size < 48) {
		emit_ptr(c->e, c->args[i]);
		return;
	}
	if (!fetch_sched_attr(c, c->args[i], size, &a, false))
		return;
	emit_struct_begin(c->e);
	print_sched_attr_fields(c, &a, a.size < size ? a.size : size, false);
	emit_struct_end(c->e);
}

void format_ioprio(struct call *c, struct strbuf *sb, uint32_t prio)
{
	uint32_t cls = prio >> 13, data = prio & 0x1fff;
	sb_puts(sb, "IOPRIO_PRIO_VALUE(");
	emit_format_enum(c->e, sb, &xlat_ioprio_class, cls, "IOPRIO_CLASS_???",
			 SYM_HEX);
	sb_printf(sb, ", %u)", data);
}

void arg_ioprio(struct call *c, int i, const void *aux)
{
	(void)aux;
	struct strbuf sb = {0};
	uint32_t prio = (uint32_t)c->args[i];
	format_ioprio(c, &sb, prio);
	emit_sym_base(c->e, sb_cstr(&sb), prio, SYM_UDEC);
	sb_free(&sb);
}

/* strace leaves the comment out under -X raw */
void ret_ioprio(struct call *c)
{
	emit_ret(c->e, c->rval, RET_DEC, NULL);
	if (emit_xlat_style(c->e) == XLAT_RAW)
		return;
	struct strbuf sb = {0};
	format_ioprio(c, &sb, (uint32_t)c->rval);
	emit_ret_comment(c->e, sb_cstr(&sb));
	sb_free(&sb);
}

void arg_uint_out(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_int_out(c, c->args[i], true);
}

void arg_ptr_out(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_ptr_out(c, c->args[i]);
}

void arg_size_out(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint64_t v = 0;
	if (!fetch_struct(c, c->args[i], &v, (size_t)c->mem->wordsize))
		return;
	emit_array_begin(c->e);
	emit_uint(c->e, v);
	emit_array_end(c->e);
}

void arg_timespec_out_pm(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_timespec(c, c->args[i]);
}

/* ---- system information ---- */

static void print_uts_field(struct call *c, const char *name, const char *s,
			    size_t max)
{
	emit_field(c->e, name);
	size_t n = strnlen(s, max);
	emit_str(c->e, s, n, 0);
}

void arg_utsname(struct call *c, int i, const void *aux)
{
	(void)aux;
	struct utsname u;
	if (!fetch_struct(c, c->args[i], &u, sizeof(u)))
		return;
	size_t m = sizeof(u.sysname);
	emit_struct_begin(c->e);
	print_uts_field(c, "sysname", u.sysname, m);
	print_uts_field(c, "nodename", u.nodename, m);
	if (call_abbrev(c)) {
		emit_more(c->e);
	} else {
		print_uts_field(c, "release", u.release, m);
		print_uts_field(c, "version", u.version, m);
		print_uts_field(c, "machine", u.machine, m);
		print_uts_field(c, "domainname", u.domainname, m);
	}
	emit_struct_end(c->e);
}

void arg_sysinfo(struct call *c, int i, const void *aux)
{
	(void)aux;
	struct sysinfo s;
	uint64_t v[14];
	uint64_t loads[3];
	uint32_t procs;
	if (is32(c)) {
		uint32_t w[16];
		if (!fetch_struct(c, c->args[i], w, sizeof(w)))
			return;
		v[0] = (uint64_t)(int64_t)(int32_t)w[0];
		for (int k = 0; k < 3; k++)
			loads[k] = w[1 + k];
		for (int k = 0; k < 6; k++)
			v[1 + k] = w[4 + k];
		procs = w[10] & 0xffff;
		v[7] = w[11];
		v[8] = w[12];
		v[9] = w[13];
	} else {
		if (!fetch_struct(c, c->args[i], &s, sizeof(s)))
			return;
		v[0] = (uint64_t)s.uptime;
		for (int k = 0; k < 3; k++)
			loads[k] = s.loads[k];
		v[1] = s.totalram;
		v[2] = s.freeram;
		v[3] = s.sharedram;
		v[4] = s.bufferram;
		v[5] = s.totalswap;
		v[6] = s.freeswap;
		procs = s.procs;
		v[7] = s.totalhigh;
		v[8] = s.freehigh;
		v[9] = s.mem_unit;
	}
	static const char *const names[] = {"totalram",	 "freeram",
					    "sharedram", "bufferram",
					    "totalswap", "freeswap"};
	struct emitter *e = c->e;
	emit_struct_begin(e);
	emit_field(e, "uptime");
	emit_int(e, (int64_t)v[0]);
	emit_field(e, "loads");
	emit_array_begin(e);
	for (int k = 0; k < 3; k++)
		emit_uint(e, loads[k]);
	emit_array_end(e);
	for (int k = 0; k < 6; k++) {
		emit_field(e, names[k]);
		emit_uint(e, v[1 + k]);
	}
	emit_field(e, "procs");
	emit_uint(e, procs);
	emit_field(e, "totalhigh");
	emit_uint(e, v[7]);
	emit_field(e, "freehigh");
	emit_uint(e, v[8]);
	emit_field(e, "mem_unit");
	emit_uint(e, v[9]);
	emit_struct_end(e);
}

/* sethostname, setdomainname: longer than the kernel takes, the address */
void arg_uts_name_in(struct call *c, int i, const void *aux)
{
	(void)aux;
	if (c->args[i + 1] > 64)
		emit_ptr(c->e, c->args[i]);
	else
		print_buffer(c, c->args[i], c->args[i + 1]);
}

/* getrandom's bytes: strace shows them all in hex, whatever -x says */
void arg_random_buf(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint64_t addr = c->args[i];
	unsigned limit = str_limit(c);
	uint64_t len = (uint64_t)c->rval;
	size_t n = len < limit ? (size_t)len : limit;
	uint8_t buf[4096];
	if (c->err || !addr || n > sizeof(buf) ||
	    (n && mem_read(c->mem, addr, buf, n) < 0)) {
		if (!c->err && addr && n > sizeof(buf))
			print_buffer(c, addr, len);
		else
			emit_ptr(c->e, addr);
		return;
	}
	struct strbuf sb = {0};
	sb_putc(&sb, '"');
	for (size_t k = 0; k < n; k++)
		sb_printf(&sb, "\\x%02x", buf[k]);
	sb_putc(&sb, '"');
	if (len > n)
		sb_puts(&sb, "...");
	emit_expr(c->e, sb_cstr(&sb));
	sb_free(&sb);
}

/* ---- syslog, reboot ---- */

int decode_syslog(struct call *c)
{
	int type = (int32_t)c->args[0];
	if (c->exiting) {
		if (type < 2 || type > 4)
			return DECODE_DONE;
		if (c->err)
			emit_ptr(c->e, c->args[1]);
		else
			print_buffer(c, c->args[1], (uint64_t)c->rval);
		emit_int(c->e, (int32_t)c->args[2]);
		return DECODE_DONE;
	}
	const char *n = xlat_name(&xlat_syslog_actions, (uint32_t)type);
	emit_int(c->e, type);
	if (!call_raw(c))
		emit_comment(c->e, n ? n : "SYSLOG_ACTION_???");
	switch (type) {
	case 2: /* READ */
	case 3: /* READ_ALL */
	case 4: /* READ_CLEAR */ return DECODE_MORE;
	case 8: /* CONSOLE_LEVEL */
		emit_ptr(c->e, c->args[1]);
		emit_int(c->e, (int32_t)c->args[2]);
		n = xlat_name(&xlat_syslog_levels, c->args[2]);
		if (!call_raw(c))
			emit_comment(c->e, n ? n : "LOGLEVEL_???");
		return DECODE_DONE;
	case 0:
	case 1:
	case 5:
	case 6:
	case 7:
	case 9:
	case 10: return DECODE_DONE;
	}
	emit_ptr(c->e, c->args[1]);
	emit_int(c->e, (int32_t)c->args[2]);
	return DECODE_DONE;
}

int decode_reboot(struct call *c)
{
	if (c->exiting)
		return DECODE_DONE;
	emit_enum(c->e, &xlat_reboot_magic1, (uint32_t)c->args[0],
		  "LINUX_REBOOT_MAGIC_???");
	emit_enum(c->e, &xlat_reboot_magic2, (uint32_t)c->args[1],
		  "LINUX_REBOOT_MAGIC_???");
	emit_enum(c->e, &xlat_reboot_cmds, (uint32_t)c->args[2],
		  "LINUX_REBOOT_CMD_???");
	if ((uint32_t)c->args[2] == LINUX_REBOOT_CMD_RESTART2)
		print_cstring(c, c->args[3], str_limit(c));
	return DECODE_DONE;
}

/* struct user_desc of modify_ldt and the thread area calls */
static void print_user_desc(struct call *c, uint64_t addr, bool in)
{
	struct {
		uint32_t entry_number, base_addr, limit;
		uint32_t bits;
	} d;
	if (in ? !fetch_struct_in(c, addr, &d, sizeof(d))
	       : !fetch_struct(c, addr, &d, sizeof(d)))
		return;
	struct emitter *e = c->e;
	static const char *const bits[] = {"seg_32bit",
					   "contents",
					   NULL,
					   "read_exec_only",
					   "limit_in_pages",
					   "seg_not_present",
					   "useable",
					   "lm"};
	emit_struct_begin(e);
	emit_field(e, "entry_number");
	emit_int(e, (int32_t)d.entry_number);
	emit_field(e, "base_addr");
	emit_exprf(e, "%#08x", d.base_addr);
	emit_field(e, "limit");
	emit_exprf(e, "%#08x", d.limit);
	/* lm (long mode) is not in i386's struct */
	for (unsigned k = 0; k < (is32(c) ? 7u : 8u); k++) {
		if (!bits[k])
			continue;
		emit_field(e, bits[k]);
		if (k == 1)
			emit_uint(e, (d.bits >> 1) & 3);
		else
			emit_uint(e, (d.bits >> k) & 1);
	}
	emit_struct_end(e);
}

int decode_modify_ldt(struct call *c)
{
	if (c->exiting)
		return DECODE_DONE;
	int func = (int32_t)c->args[0];
	emit_int(c->e, func);
	if (c->args[2] >= 16)
		print_user_desc(c, c->args[1], true);
	else
		emit_ptr(c->e, c->args[1]);
	emit_uint(c->e, c->args[2]);
	return DECODE_DONE;
}

/* the kernel returns (unsigned int)ret: an error shows in the low half
 * only, and strace prints the number with it (4294967258 ENOSYS) */
void ret_modify_ldt(struct call *c)
{
	int32_t v = (int32_t)c->rval;
	if (v < 0 && v >= -4095 && (uint64_t)c->rval == (uint32_t)v)
		emit_ret_error_value(c->e, c->rval, -v);
	else
		emit_ret(c->e, c->rval, RET_DEC, NULL);
}

void arg_user_desc(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_user_desc(c, c->args[i], !c->exiting);
}

/* the entry number at addr, or false */
static bool read_entry_number(struct call *c, uint64_t addr, int32_t *n)
{
	return addr && mem_read(c->mem, addr, n, sizeof(*n)) == 0;
}

/* entry_number -1 asks the kernel for a free entry: strace shows the
 * one it got after the return value */
int decode_set_thread_area(struct call *c)
{
	uint64_t addr = c->args[0];
	int32_t n;
	if (!c->exiting) {
		print_user_desc(c, addr, true);
		c->saved[0] = read_entry_number(c, addr, &n) && n == -1;
		return DECODE_DONE;
	}
	if (c->saved[0] && !c->err && call_verbose(c) &&
	    read_entry_number(c, addr, &n))
		set_ret_comment(c, "entry_number=%d", n);
	return DECODE_DONE;
}

/* the entry asked for is an input: a failed call shows it alone */
int decode_get_thread_area(struct call *c)
{
	uint64_t addr = c->args[0];
	int32_t n;
	if (!c->exiting) {
		c->saved[0] = read_entry_number(c, addr, &n);
		c->saved[1] = (uint32_t)n;
		return DECODE_MORE;
	}
	if (!c->err || !addr || !call_verbose(c) || !c->saved[0]) {
		print_user_desc(c, addr, false);
		return DECODE_DONE;
	}
	emit_struct_begin(c->e);
	emit_field(c->e, "entry_number");
	emit_int(c->e, (int32_t)c->saved[1]);
	emit_more(c->e);
	emit_struct_end(c->e);
	return DECODE_DONE;
}

/* ---- modules, kexec ---- */

static void print_kexec_segment(struct call *c, const void *elem, size_t index,
				void *ctx)
{
	(void)index;
	(void)ctx;
	uint64_t v[4];
	if (is32(c)) {
		const uint32_t *w = elem;
		for (int k = 0; k < 4; k++)
			v[k] = w[k];
	} else {
		memcpy(v, elem, sizeof(v));
	}
	emit_struct_begin(c->e);
	emit_field(c->e, "buf");
	emit_ptr(c->e, v[0]);
	emit_field(c->e, "bufsz");
	emit_uint(c->e, v[1]);
	emit_field(c->e, "mem");
	emit_ptr(c->e, v[2]);
	emit_field(c->e, "memsz");
	emit_uint(c->e, v[3]);
	emit_struct_end(c->e);
}

void arg_kexec_segments(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_array(c, c->args[i], c->args[i - 1], (size_t)c->mem->wordsize * 4,
		    print_kexec_segment, NULL);
}

/* the architecture, then the flags: KEXEC_ARCH_X86_64|KEXEC_ON_CRASH */
void arg_kexec_flags(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint64_t f = c->args[i];
	struct flag_part p[2] = {
		{PART_ENUM, &xlat_kexec_arch, f & 0xffff0000u, NULL,
		 "KEXEC_ARCH_???", SYM_HEX},
		{PART_FLAGS, &xlat_kexec_flags, f & ~(uint64_t)0xffff0000u},
	};
	emit_flag_parts(c->e, p, p[1].val ? 2 : 1, f);
}

/* ---- keys ---- */

static void print_key_serial(struct call *c, int32_t id)
{
	const char *n = xlat_name(&xlat_key_specs, (uint64_t)(int64_t)id);
	if (n && !call_raw(c))
		emit_sym(c->e, n, id);
	else
		emit_int(c->e, id);
}

void arg_key_serial(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_key_serial(c, (int32_t)c->args[i]);
}

static void print_keyctl_caps(struct call *c, uint64_t addr, uint64_t len)
{
	static const char *const caps0[] = {
		"KEYCTL_CAPS0_CAPABILITIES",
		"KEYCTL_CAPS0_PERSISTENT_KEYRINGS",
		"KEYCTL_CAPS0_DIFFIE_HELLMAN",
		"KEYCTL_CAPS0_PUBLIC_KEY",
		"KEYCTL_CAPS0_BIG_KEY",
		"KEYCTL_CAPS0_INVALIDATE",
		"KEYCTL_CAPS0_RESTRICT_KEYRING",
		"KEYCTL_CAPS0_MOVE",
	};
	static const char *const caps1[] = {"KEYCTL_CAPS1_NS_KEYRING_NAME",
					    "KEYCTL_CAPS1_NS_KEY_TAG",
					    "KEYCTL_CAPS1_NOTIFICATIONS"};
	uint8_t b[2] = {0, 0};
	size_t n = len < 2 ? (size_t)len : 2;
	if (c->err || !n || mem_read(c->mem, addr, b, n) < 0) {
		emit_ptr(c->e, addr);
		return;
	}
	emit_array_begin(c->e);
	for (size_t k = 0; k < n; k++) {
		const char *const *names = k ? caps1 : caps0;
		unsigned count = k ? 3 : 8;
		const char *set[8];
		int m = 0;
		unsigned rest = b[k];
		for (unsigned bit = 0; bit < count; bit++)
			if (b[k] & (1u << bit)) {
				set[m++] = names[bit];
				rest &= ~(1u << bit);
			}
		if (!m && !rest)
			emit_hex(c->e, 0);
		else
			c->e->ops->v_flags(c->e, set, m, rest, rest != 0, b[k]);
	}
	if (len > 2)
		emit_more(c->e);
	emit_array_end(c->e);
}

int decode_keyctl(struct call *c)
{
	int op = (int32_t)c->args[0];
	uint64_t *a = c->args;
	struct emitter *e = c->e;
	if (c->exiting) {
		switch (op) {
		case KEYCTL_DESCRIBE:
		case KEYCTL_READ:
		case KEYCTL_GET_SECURITY:
			if (c->err)
				emit_ptr(e, a[2]);
			else
				print_buffer(c, a[2],
					     (uint64_t)c->rval < a[3]
						     ? (uint64_t)c->rval
						     : a[3]);
			emit_uint(e, a[3]);
			break;
		case KEYCTL_CAPABILITIES:
			print_keyctl_caps(c, a[1], a[2]);
			emit_uint(e, a[2]);
			break;
		}
		return DECODE_DONE;
	}
	emit_enum(c->e, &xlat_keyctl_ops, (uint32_t)op, "KEYCTL_???");
	switch (op) {
	case KEYCTL_GET_KEYRING_ID:
		print_key_serial(c, (int32_t)a[1]);
		emit_int(e, (int32_t)a[2]);
		break;
	case KEYCTL_JOIN_SESSION_KEYRING:
		print_cstring(c, a[1], str_limit(c));
		break;
	case KEYCTL_UPDATE:
		print_key_serial(c, (int32_t)a[1]);
		print_buffer(c, a[2], a[3]);
		emit_uint(e, a[3]);
		break;
	case KEYCTL_REVOKE:
	case KEYCTL_CLEAR:
	case KEYCTL_INVALIDATE:
	case KEYCTL_ASSUME_AUTHORITY: print_key_serial(c, (int32_t)a[1]); break;
	case KEYCTL_CHOWN:
		print_key_serial(c, (int32_t)a[1]);
		arg_uid(c, 2, NULL);
		arg_uid(c, 3, NULL);
		break;
	case KEYCTL_SETPERM:
		print_key_serial(c, (int32_t)a[1]);
		emit_flags_unknown(c->e, &xlat_key_perms, (uint32_t)a[2], NULL,
				   "KEY_???");
		break;
	case KEYCTL_DESCRIBE:
	case KEYCTL_READ:
	case KEYCTL_GET_SECURITY:
		print_key_serial(c, (int32_t)a[1]);
		return DECODE_MORE;
	case KEYCTL_LINK:
	case KEYCTL_UNLINK:
		print_key_serial(c, (int32_t)a[1]);
		print_key_serial(c, (int32_t)a[2]);
		break;
	case KEYCTL_SEARCH:
		print_key_serial(c, (int32_t)a[1]);
		print_cstring(c, a[2], str_limit(c));
		print_cstring(c, a[3], str_limit(c));
		print_key_serial(c, (int32_t)a[4]);
		break;
	case KEYCTL_INSTANTIATE:
		print_key_serial(c, (int32_t)a[1]);
		print_buffer(c, a[2], a[3]);
		emit_uint(e, a[3]);
		print_key_serial(c, (int32_t)a[4]);
		break;
	case KEYCTL_NEGATE:
		print_key_serial(c, (int32_t)a[1]);
		emit_uint(e, (uint32_t)a[2]);
		print_key_serial(c, (int32_t)a[3]);
		break;
	case KEYCTL_REJECT: {
		print_key_serial(c, (int32_t)a[1]);
		emit_uint(e, (uint32_t)a[2]);
		const char *en = errno_name((int)(uint32_t)a[3]);
		if (en && !call_raw(c))
			emit_sym(e, en, (int64_t)a[3]);
		else
			emit_uint(e, (uint32_t)a[3]);
		print_key_serial(c, (int32_t)a[4]);
		break;
	}
	case KEYCTL_SET_REQKEY_KEYRING:
		emit_enum_dec(c->e, &xlat_key_reqkey_defl, (int32_t)a[1],
			      "KEY_REQKEY_DEFL_???");
		break;
	case KEYCTL_SET_TIMEOUT:
		print_key_serial(c, (int32_t)a[1]);
		emit_uint(e, (uint32_t)a[2]);
		break;
	case KEYCTL_SESSION_TO_PARENT: break;
	case KEYCTL_GET_PERSISTENT:
		arg_uid(c, 1, NULL);
		print_key_serial(c, (int32_t)a[2]);
		break;
	case KEYCTL_RESTRICT_KEYRING:
		print_key_serial(c, (int32_t)a[1]);
		print_cstring(c, a[2], str_limit(c));
		print_cstring(c, a[3], str_limit(c));
		break;
	case KEYCTL_CAPABILITIES: return DECODE_MORE;
	default:
		for (int k = 1; k < 5; k++)
			emit_hex(e, a[k]);
		break;
	}
	return DECODE_DONE;
}

/* ---- kcmp, seccomp ---- */

/* pidfd_getfd's target: an fd of the process the pidfd (argument 0)
 * refers to; -y finds that process through the pidfd */
void arg_pidfd_target_fd(struct call *c, int i, const void *aux)
{
	(void)aux;
	int32_t fd = (int32_t)c->args[i];
	pid_t pid = c->cfg->decode_fds
			    ? fdinfo_pidfd_pid(c, (int32_t)c->args[0])
			    : -1;
	if (pid > 0)
		fdinfo_print_fd_of(c, pid, fd);
	else
		emit_int(c->e, fd);
}

int decode_kcmp(struct call *c)
{
	if (c->exiting)
		return DECODE_DONE;
	decode_args(c, 0, 2);
	uint32_t type = (uint32_t)c->args[2];
	emit_enum(c->e, &xlat_kcmp_types, type, "KCMP_???");
	switch (type) {
	case KCMP_FILE: /* an fd of each process, with -y what it is */
		fdinfo_print_fd_of(c, (pid_t)c->args[0], (int32_t)c->args[3]);
		fdinfo_print_fd_of(c, (pid_t)c->args[1], (int32_t)c->args[4]);
		break;
	case KCMP_EPOLL_TFD: {
		struct kcmp_epoll_slot s;
		emit_uint(c->e, c->args[3]);
		if (fetch_struct_in(c, c->args[4], &s, sizeof(s))) {
			emit_struct_begin(c->e);
			emit_field(c->e, "efd");
			emit_uint(c->e, s.efd);
			emit_field(c->e, "tfd");
			emit_uint(c->e, s.tfd);
			emit_field(c->e, "toff");
			emit_uint(c->e, s.toff);
			emit_struct_end(c->e);
		}
		break;
	}
	case KCMP_VM:
	case KCMP_FILES:
	case KCMP_FS:
	case KCMP_SIGHAND:
	case KCMP_IO:
	case KCMP_SYSVSEM: break;
	default:
		emit_hex(c->e, c->args[3]);
		emit_hex(c->e, c->args[4]);
		break;
	}
	return DECODE_DONE;
}

/* {len=5, filter=0x...}: the instructions are not decoded */
int decode_seccomp(struct call *c)
{
	uint32_t op = (uint32_t)c->args[0];
	if (c->exiting) {
		if (op == SECCOMP_GET_ACTION_AVAIL) {
			/* nothing written: shown at entry */
		} else if (op == SECCOMP_GET_NOTIF_SIZES) {
			uint16_t s[3];
			if (fetch_struct(c, c->args[2], s, sizeof(s))) {
				emit_struct_begin(c->e);
				emit_field(c->e, "seccomp_notif");
				emit_uint(c->e, s[0]);
				emit_field(c->e, "seccomp_notif_resp");
				emit_uint(c->e, s[1]);
				emit_field(c->e, "seccomp_data");
				emit_uint(c->e, s[2]);
				emit_struct_end(c->e);
			}
		}
		return DECODE_DONE;
	}
	emit_enum(c->e, &xlat_seccomp_ops, op, "SECCOMP_SET_MODE_???");
	if (op == SECCOMP_SET_MODE_FILTER)
		emit_flags_unknown(c->e, &xlat_seccomp_filter_flags,
				   (uint32_t)c->args[1], NULL,
				   "SECCOMP_FILTER_FLAG_???");
	else
		emit_uint(c->e, (uint32_t)c->args[1]);
	switch (op) {
	case SECCOMP_SET_MODE_FILTER:
		print_sock_fprog(c, c->args[2], true);
		break;
	case SECCOMP_GET_ACTION_AVAIL: {
		uint32_t act;
		if (fetch_struct_in(c, c->args[2], &act, sizeof(act))) {
			emit_array_begin(c->e);
			emit_enum(c->e, &xlat_seccomp_ret_actions, act,
				  "SECCOMP_RET_???");
			emit_array_end(c->e);
		}
		break;
	}
	case SECCOMP_GET_NOTIF_SIZES: return DECODE_MORE;
	default: emit_ptr(c->e, c->args[2]); break;
	}
	return DECODE_DONE;
}

/* ---- ptrace ---- */

/* PEEKUSER and POKEUSER's offset into struct user as strace names it:
 * 8*RIP, 8*SS+8, offsetof(struct user, u_debugreg)+56; past the struct,
 * hex (i386 tracees: the address) */
static void print_user_offset(struct call *c, uint64_t off)
{
	static const char *const regs[] = {
		"R15", "R14",	   "R13", "R12", "RBP", "RBX", "R11",
		"R10", "R9",	   "R8",  "RAX", "RCX", "RDX", "RSI",
		"RDI", "ORIG_RAX", "RIP", "CS",	 "EFL", "RSP", "SS"};
	static const struct {
		size_t off;
		const char *name;
	} fields[] = {
		{offsetof(struct user, u_fpvalid), "u_fpvalid"},
		{offsetof(struct user, i387), "i387"},
		{offsetof(struct user, u_tsize), "u_tsize"},
		{offsetof(struct user, u_dsize), "u_dsize"},
		{offsetof(struct user, u_ssize), "u_ssize"},
		{offsetof(struct user, start_code), "start_code"},
		{offsetof(struct user, start_stack), "start_stack"},
		{offsetof(struct user, signal), "signal"},
		{offsetof(struct user, reserved), "reserved"},
		{offsetof(struct user, u_ar0), "u_ar0"},
		{offsetof(struct user, u_fpstate), "u_fpstate"},
		{offsetof(struct user, magic), "magic"},
		{offsetof(struct user, u_comm), "u_comm"},
		{offsetof(struct user, u_debugreg), "u_debugreg"},
	};
	char text[64];
	if (is32(c) || off > sizeof(struct user)) {
		emit_ptr(c->e, off);
		return;
	}
	if (off == sizeof(struct user)) {
		snprintf(text, sizeof(text), "sizeof(struct user)");
	} else if (off < fields[0].off) {
		size_t r = (size_t)off / 8;
		if (r >= ARRAY_SIZE(regs))
			r = ARRAY_SIZE(regs) - 1;
		int n = snprintf(text, sizeof(text), "8*%s", regs[r]);
		if (off > r * 8)
			snprintf(text + n, sizeof(text) - (size_t)n, "+%llu",
				 (unsigned long long)(off - r * 8));
	} else {
		size_t k = ARRAY_SIZE(fields) - 1;
		while (fields[k].off > off)
			k--;
		int n = snprintf(text, sizeof(text),
				 "offsetof(struct user, %s)", fields[k].name);
		if (off > fields[k].off)
			snprintf(text + n, sizeof(text) - (size_t)n, "+%llu",
				 (unsigned long long)(off - fields[k].off));
	}
	emit_sym_base(c->e, text, off, SYM_PTR);
}

int decode_ptrace(struct call *c)
{
	int64_t req = (int64_t)c->args[0];
	uint64_t addr = c->args[2], data = c->args[3];
	struct emitter *e = c->e;
	if (c->exiting) {
		switch (req) {
		case PTRACE_PEEKDATA:
		case PTRACE_PEEKTEXT:
		case PTRACE_PEEKUSER: print_ptr_out(c, data); break;
		case PTRACE_GETSIGINFO: {
			siginfo_t si;
			if (is32(c))
				emit_ptr(e, data);
			else if (fetch_struct(c, data, &si, sizeof(si)))
				print_siginfo(c, &si);
			break;
		}
		case PTRACE_GETEVENTMSG: arg_size_out(c, 3, NULL); break;
		}
		return DECODE_DONE;
	}
	emit_enum(c->e, &xlat_ptrace_requests, (uint32_t)req, "PTRACE_???");
	if (req == PTRACE_TRACEME)
		return DECODE_DONE;
	emit_int(e, (int32_t)c->args[1]);
	switch (req) {
	case PTRACE_ATTACH:
	case PTRACE_INTERRUPT:
	case PTRACE_KILL: return DECODE_DONE;
	case PTRACE_SETOPTIONS:
	case PTRACE_SEIZE:
		emit_ptr(e, addr);
		emit_flags_unknown(c->e, &xlat_ptrace_options, data, NULL,
				   "PTRACE_O_???");
		return DECODE_DONE;
	case PTRACE_CONT:
	case PTRACE_SYSCALL:
	case PTRACE_SINGLESTEP:
	case PTRACE_DETACH:
	case PTRACE_LISTEN:
	case 31: /* PTRACE_SYSEMU */
	case 32: /* PTRACE_SYSEMU_SINGLESTEP */
	case 33: /* PTRACE_SINGLEBLOCK */
		emit_ptr(e, addr);
		print_signo(c, (int64_t)data);
		return DECODE_DONE;
	case PTRACE_PEEKUSER: print_user_offset(c, addr); return DECODE_MORE;
	case PTRACE_PEEKDATA:
	case PTRACE_PEEKTEXT:
	case PTRACE_GETSIGINFO:
	case PTRACE_GETEVENTMSG: emit_ptr(e, addr); return DECODE_MORE;
	case PTRACE_POKEUSER:
		print_user_offset(c, addr);
		emit_ptr(e, data);
		return DECODE_DONE;
	case PTRACE_POKEDATA:
	case PTRACE_POKETEXT:
		emit_ptr(e, addr);
		emit_ptr(e, data);
		return DECODE_DONE;
	case PTRACE_GET_SYSCALL_INFO:
		emit_uint(e, addr);
		emit_ptr(e, data);
		return DECODE_DONE;
	case PTRACE_SECCOMP_GET_FILTER:
		emit_uint(e, addr);
		emit_ptr(e, data);
		return DECODE_DONE;
	}
	emit_ptr(e, addr);
	emit_ptr(e, data);
	return DECODE_DONE;
}

/* ---- restart_syscall ---- */

int decode_restart_syscall(struct call *c)
{
	if (c->exiting)
		return DECODE_DONE;
	const struct syscall_desc *d =
		c->prev_nr >= 0 ? arch_syscall(c->pers, c->prev_nr) : NULL;
	/* when the call is not known (a process attached to while it was
	 * already in restart_syscall), strace's choice: number 0 */
	if (!d || d == &sysent[ENT_restart_syscall])
		d = arch_syscall(c->pers, 0);
	emit_exprf(c->e, "<... resuming interrupted %s ...>",
		   d ? d->name : "system call");
	return DECODE_DONE;
}
