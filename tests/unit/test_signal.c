/* Unit tests of the signal family on fake memory: actions, masks and the
 * sizes strace accepts, rt_sigreturn's frame, siginfo in both layouts and
 * every form, alternate stacks; faults, NULLs, absurd sizes, unknown
 * values, failing calls. The expected lines are what strace 6.1 prints. */
#include "unit.h"

#include <errno.h>
#include <linux/audit.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>

#include "decode/signal.h"

#define BASE 0x10000ULL

/* a call whose arguments are given, over the image img */
static void call(struct unit_call *u, const char *name, uint64_t a0,
		 uint64_t a1, uint64_t a2, uint64_t a3, const void *img,
		 size_t len)
{
	uint64_t args[6] = {a0, a1, a2, a3, 0, 0};
	unit_call_init(u, name, args, BASE, img, len);
}

struct ksa {
	uint64_t handler, flags, restorer, mask;
};

static void test_sigaction(void)
{
	struct unit_call u;
	struct ksa sa = {0x401000, 0x14000000, 0x7f0000001000, 0};
	call(&u, "rt_sigaction", SIGINT, BASE, 0, 8, &sa, sizeof(sa));
	CHECK_STR(
		"sigaction.restorer", unit_run_squeezed(&u, 0, 0),
		"rt_sigaction(SIGINT, {sa_handler=0x401000, sa_mask=[], "
		"sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f0000001000}, "
		"NULL, 8) = 0");

	/* strace's flag order, the unknown rest in hex */
	struct ksa all = {0, 0xffffffff, 0x1234, 0x5};
	call(&u, "rt_sigaction", SIGHUP, BASE, 0, 8, &all, sizeof(all));
	CHECK_STR(
		"sigaction.all_flags", unit_run_squeezed(&u, 0, 0),
		"rt_sigaction(SIGHUP, {sa_handler=SIG_DFL, sa_mask=[HUP QUIT], "
		"sa_flags=SA_RESTORER|SA_ONSTACK|SA_RESTART|SA_INTERRUPT|"
		"SA_NODEFER|SA_RESETHAND|SA_SIGINFO|SA_NOCLDSTOP|SA_NOCLDWAIT|"
		"0x3fffff8, sa_restorer=0x1234}, NULL, 8) = 0");

	/* only unknown bits: the hex value and a comment */
	struct ksa unk = {1, 0x400, 0, 1ULL << 40};
	call(&u, "rt_sigaction", SIGHUP, BASE, 0, 8, &unk, sizeof(unk));
	CHECK_STR("sigaction.unknown_flags", unit_run_squeezed(&u, 0, 0),
		  "rt_sigaction(SIGHUP, {sa_handler=SIG_IGN, sa_mask=[RT_9], "
		  "sa_flags=0x400 /* SA_??? */}, NULL, 8) = 0");

	struct ksa err = {UINT64_MAX, 0x20000000, 0, ~0ULL};
	call(&u, "rt_sigaction", SIGHUP, BASE, 0, 8, &err, sizeof(err));
	CHECK_STR("sigaction.sig_err_full_mask", unit_run_squeezed(&u, 0, 0),
		  "rt_sigaction(SIGHUP, {sa_handler=SIG_ERR, sa_mask=~[], "
		  "sa_flags=SA_INTERRUPT}, NULL, 8) = 0");

	/* the old action at exit; the same address serves both */
	struct ksa old = {0x401000, 0, 0, 0};
	call(&u, "rt_sigaction", SIGRTMIN + 2, 0, BASE, 8, &old, sizeof(old));
	CHECK_STR(
		"sigaction.old", unit_run_squeezed(&u, 0, 0),
		"rt_sigaction(SIGRT_4, NULL, {sa_handler=0x401000, sa_mask=[], "
		"sa_flags=0}, 8) = 0");

	/* an output of a failed call is its address; the input is shown */
	call(&u, "rt_sigaction", SIGKILL, BASE, BASE, 7, &old, sizeof(old));
	CHECK_STR("sigaction.failed", unit_run_squeezed(&u, -1, EINVAL),
		  "rt_sigaction(SIGKILL, {sa_handler=0x401000, sa_mask=[], "
		  "sa_flags=0}, 0x10000, 7) = -1 EINVAL (Invalid argument)");

	/* unreadable, and readable only in part */
	call(&u, "rt_sigaction", 99, 0xdead0000, 2, 8, &old, sizeof(old));
	CHECK_STR("sigaction.unreadable", unit_run_squeezed(&u, -1, EFAULT),
		  "rt_sigaction(99, 0xdead0000, 0x2, 8) = -1 EFAULT (Bad "
		  "address)");
	call(&u, "rt_sigaction", SIGHUP, BASE, 0, 8, &old, sizeof(old) - 1);
	CHECK_STR("sigaction.short", unit_run_squeezed(&u, 0, 0),
		  "rt_sigaction(SIGHUP, 0x10000, NULL, 8) = 0");

	/* i386: three 32-bit words, then the 64-bit mask */
	uint32_t sa32[5] = {0x8048000, 0x04000004, 0x8049000, 1u << 16, 0};
	call(&u, "rt_sigaction", SIGCHLD, BASE, 0, 8, sa32, sizeof(sa32));
	unit_to_i386(&u, "rt_sigaction");
	CHECK_STR(
		"sigaction.i386", unit_run_squeezed(&u, 0, 0),
		"rt_sigaction(SIGCHLD, {sa_handler=0x8048000, sa_mask=[CHLD], "
		"sa_flags=SA_RESTORER|SA_SIGINFO, sa_restorer=0x8049000}, "
		"NULL, 8) = 0");
	uint32_t err32[5] = {0xffffffff, 0, 0, 0, 0};
	call(&u, "rt_sigaction", SIGCHLD, BASE, 0, 8, err32, sizeof(err32));
	unit_to_i386(&u, "rt_sigaction");
	CHECK_STR("sigaction.i386_sig_err", unit_run_squeezed(&u, 0, 0),
		  "rt_sigaction(SIGCHLD, {sa_handler=0xffffffff, sa_mask=[], "
		  "sa_flags=0}, NULL, 8) = 0");
}

static void test_masks(void)
{
	struct unit_call u;
	uint64_t m = 1ULL << (SIGCHLD - 1);
	call(&u, "rt_sigprocmask", SIG_BLOCK, BASE, BASE, 8, &m, sizeof(m));
	CHECK_STR("procmask.block", unit_run_squeezed(&u, 0, 0),
		  "rt_sigprocmask(SIG_BLOCK, [CHLD], [CHLD], 8) = 0");
	call(&u, "rt_sigprocmask", 7, BASE, BASE, 8, &m, sizeof(m));
	CHECK_STR("procmask.unknown_how", unit_run_squeezed(&u, -1, EINVAL),
		  "rt_sigprocmask(0x7 /* SIG_??? */, [CHLD], 0x10000, 8) = -1 "
		  "EINVAL (Invalid argument)");
	call(&u, "rt_sigprocmask", -1, 0, 0, 8, &m, sizeof(m));
	CHECK_STR(
		"procmask.how_minus_one", unit_run_squeezed(&u, 0, 0),
		"rt_sigprocmask(0xffffffff /* SIG_??? */, NULL, NULL, 8) = 0");
	/* sizes the kernel refuses show the address, however readable */
	static const uint64_t sizes[] = {0, 1, 4, 7, 9, 16, 128, 1ULL << 40};
	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		char name[64], want[160];
		call(&u, "rt_sigprocmask", SIG_SETMASK, BASE, 0, sizes[i], &m,
		     sizeof(m));
		snprintf(name, sizeof(name), "procmask.size_%llu",
			 (unsigned long long)sizes[i]);
		snprintf(
			want, sizeof(want),
			"rt_sigprocmask(SIG_SETMASK, 0x10000, NULL, %llu) = -1 "
			"EINVAL (Invalid argument)",
			(unsigned long long)sizes[i]);
		CHECK_STR(name, unit_run_squeezed(&u, -1, EINVAL), want);
	}
	call(&u, "rt_sigprocmask", SIG_BLOCK, 0xdead0000, 0, 8, &m, sizeof(m));
	CHECK_STR("procmask.unreadable", unit_run_squeezed(&u, -1, EFAULT),
		  "rt_sigprocmask(SIG_BLOCK, 0xdead0000, NULL, 8) = -1 EFAULT "
		  "(Bad address)");
	uint64_t rt = 0xffffffff00000000ULL;
	call(&u, "rt_sigprocmask", SIG_UNBLOCK, BASE, 0, 8, &rt, sizeof(rt));
	CHECK("procmask.realtime_half",
	      strstr(unit_run_squeezed(&u, 0, 0), "[RT_1 RT_2 RT_3") != NULL);
	uint64_t almost = ~(1ULL << (SIGKILL - 1) | 1ULL << (SIGSTOP - 1));
	call(&u, "rt_sigprocmask", SIG_SETMASK, BASE, 0, 8, &almost,
	     sizeof(almost));
	CHECK_STR("procmask.complement", unit_run_squeezed(&u, 0, 0),
		  "rt_sigprocmask(SIG_SETMASK, ~[KILL STOP], NULL, 8) = 0");

	/* rt_sigpending takes any size up to 8; short ones read as much */
	uint8_t pend[8] = {0x02, 0x02, 0x01, 0x80, 0, 0, 0, 0x80};
	call(&u, "rt_sigpending", BASE, 3, 0, 0, pend, 3);
	CHECK_STR("pending.short", unit_run_squeezed(&u, 0, 0),
		  "rt_sigpending([INT USR1 CHLD], 3) = 0");
	call(&u, "rt_sigpending", BASE, 8, 0, 0, pend, sizeof(pend));
	CHECK_STR("pending.full", unit_run_squeezed(&u, 0, 0),
		  "rt_sigpending([INT USR1 CHLD RTMIN RT_32], 8) = 0");
	call(&u, "rt_sigpending", BASE, 9, 0, 0, pend, sizeof(pend));
	CHECK_STR("pending.too_big", unit_run_squeezed(&u, -1, EINVAL),
		  "rt_sigpending(0x10000, 9) = -1 EINVAL (Invalid argument)");
	call(&u, "rt_sigpending", BASE, 8, 0, 0, pend, sizeof(pend));
	CHECK_STR("pending.failed", unit_run_squeezed(&u, -1, EFAULT),
		  "rt_sigpending(0x10000, 8) = -1 EFAULT (Bad address)");

	call(&u, "rt_sigsuspend", BASE, 8, 0, 0, &m, sizeof(m));
	CHECK_STR(
		"suspend.restart", unit_run_squeezed(&u, -514, 514),
		"rt_sigsuspend([CHLD], 8) = ? ERESTARTNOHAND (To be restarted "
		"if no handler)");
	call(&u, "rt_sigsuspend", BASE, 4, 0, 0, &m, sizeof(m));
	CHECK_STR("suspend.bad_size", unit_run_squeezed(&u, -1, EINVAL),
		  "rt_sigsuspend(0x10000, 4) = -1 EINVAL (Invalid argument)");
}

static void test_sigreturn(void)
{
	struct unit_call u;
	/* the saved mask lies at uc_sigmask of the frame at sp */
	uint8_t frame[400];
	memset(frame, 0, sizeof(frame));
	uint64_t mask = 1ULL << (SIGUSR1 - 1) | 1ULL << (35 - 1);
	memcpy(frame + 296, &mask, sizeof(mask));
	call(&u, "rt_sigreturn", 0, 0, 0, 0, frame, sizeof(frame));
	u.call.sp = BASE;
	CHECK_STR("sigreturn.mask", unit_run_squeezed(&u, -1, EINTR),
		  "rt_sigreturn({mask=[USR1 RT_3]}) = -1 EINTR (Interrupted "
		  "system call)");
	call(&u, "rt_sigreturn", 0, 0, 0, 0, frame, sizeof(frame));
	u.call.sp = 0x1000;
	CHECK_STR("sigreturn.unreadable", unit_run_squeezed(&u, 0, 0),
		  "rt_sigreturn({mask=0x1128}) = 0");
	/* i386: after the return address, three words, a siginfo and the
	 * ucontext head */
	memset(frame, 0, sizeof(frame));
	memcpy(frame + 248, &mask, sizeof(mask));
	call(&u, "rt_sigreturn", 0, 0, 0, 0, frame, sizeof(frame));
	unit_to_i386(&u, "rt_sigreturn");
	u.call.sp = BASE;
	CHECK_STR("sigreturn.i386", unit_run_squeezed(&u, 0, 0),
		  "rt_sigreturn({mask=[USR1 RT_3]}) = 0");
}

/* i386's non-rt sigreturn: the mask split between sigcontext.oldmask
 * and extramask after the unused fpstate (not yet wired in compat.def,
 * so the decoder is called directly) */
static void test_sigreturn_i386(void)
{
	struct unit_call u;
	static uint8_t frame[1024];
	uint32_t lo = 1u << (SIGUSR1 - 1), hi = 1u << (35 - 33);
	memcpy(frame + 80, &lo, 4);
	memcpy(frame + 88 + 624, &hi, 4);
	call(&u, "getpid", 0, 0, 0, 0, frame, sizeof(frame));
	u.mem.wordsize = 4;
	u.call.sp = BASE;
	sb_reset(&u.out);
	sig_decode_sigreturn(&u.call);
	CHECK_STR("sigreturn32.mask", sb_cstr(&u.out), "{mask=[USR1 RT_3]}");
	sb_free(&u.out);
	call(&u, "getpid", 0, 0, 0, 0, frame, 700);
	u.mem.wordsize = 4;
	u.call.sp = BASE;
	sb_reset(&u.out);
	sig_decode_sigreturn(&u.call);
	CHECK_STR("sigreturn32.unreadable", sb_cstr(&u.out), "0x10000");
	sb_free(&u.out);
}

/* a siginfo in the x86_64 layout: the union starts at 16 */
static void si64(uint8_t *raw, int sig, int code, int err)
{
	memset(raw, 0, 128);
	memcpy(raw, &sig, 4);
	memcpy(raw + 4, &err, 4);
	memcpy(raw + 8, &code, 4);
}

static void put32(uint8_t *raw, size_t off, uint32_t v)
{
	memcpy(raw + off, &v, 4);
}

static void put64(uint8_t *raw, size_t off, uint64_t v)
{
	memcpy(raw + off, &v, 8);
}

/* the siginfo as rt_sigqueueinfo's argument */
static const char *queued(uint8_t *raw, int sig)
{
	static char out[1024];
	struct unit_call u;
	call(&u, "rt_sigqueueinfo", 1234, sig, BASE, 0, raw, 128);
	const char *l = unit_run_squeezed(&u, 0, 0);
	const char *p = strchr(l, '{');
	const char *q = strrchr(l, '}');
	if (!p || !q)
		return l;
	snprintf(out, sizeof(out), "%.*s", (int)(q - p + 1), p);
	return out;
}

static void test_siginfo(void)
{
	uint8_t raw[128];

	si64(raw, SIGUSR1, SI_USER, 0);
	put32(raw, 16, 1234);
	put32(raw, 20, 1000);
	put64(raw, 24, 0x55); /* not shown for SI_USER */
	CHECK_STR("siginfo.user", queued(raw, SIGUSR1),
		  "{si_signo=SIGUSR1, si_code=SI_USER, si_pid=1234, "
		  "si_uid=1000}");
	si64(raw, SIGUSR1, SI_QUEUE, 0);
	put32(raw, 16, 1234);
	put64(raw, 24, 0xdeadbeef0001ULL);
	CHECK_STR("siginfo.queue", queued(raw, SIGUSR1),
		  "{si_signo=SIGUSR1, si_code=SI_QUEUE, si_pid=1234, si_uid=0, "
		  "si_int=-1091633151, si_ptr=0xdeadbeef0001}");
	put64(raw, 24, 0);
	CHECK_STR(
		"siginfo.queue_no_value", queued(raw, SIGUSR1),
		"{si_signo=SIGUSR1, si_code=SI_QUEUE, si_pid=1234, si_uid=0}");
	si64(raw, SIGALRM, SI_TIMER, 0);
	put32(raw, 16, 7);
	put32(raw, 20, 3);
	CHECK_STR("siginfo.timer", queued(raw, SIGALRM),
		  "{si_signo=SIGALRM, si_code=SI_TIMER, si_timerid=0x7, "
		  "si_overrun=3, si_int=0, si_ptr=NULL}");
	si64(raw, SIGUSR2, SI_SIGIO, 0);
	put64(raw, 16, 0x41);
	put32(raw, 24, 5);
	CHECK_STR("siginfo.sigio_user", queued(raw, SIGUSR2),
		  "{si_signo=SIGUSR2, si_code=SI_SIGIO, si_band=65, si_fd=5}");
	si64(raw, SIGUSR1, -100, ENOENT);
	CHECK_STR("siginfo.unknown_code_errno", queued(raw, SIGUSR1),
		  "{si_signo=SIGUSR1, si_code=0xffffff9c, si_errno=ENOENT, "
		  "si_pid=0, si_uid=0}");
	si64(raw, SIGALRM, SI_KERNEL, 9999);
	CHECK_STR("siginfo.kernel_quiet", queued(raw, SIGALRM),
		  "{si_signo=SIGALRM, si_code=SI_KERNEL, si_errno=9999}");
	si64(raw, SIGUSR1, 3, 0);
	put32(raw, 20, 1);
	CHECK_STR("siginfo.kernel_uid", queued(raw, SIGUSR1),
		  "{si_signo=SIGUSR1, si_code=0x3, si_pid=0, si_uid=1}");

	si64(raw, SIGCHLD, CLD_EXITED, 0);
	put32(raw, 16, 77);
	put32(raw, 24, 3);
	put64(raw, 32, 150);
	put64(raw, 40, 2);
	CHECK_STR(
		"siginfo.cld_exited", queued(raw, SIGCHLD),
		"{si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=77, si_uid=0, "
		"si_status=3, si_utime=150 /* 1.50 s */, si_stime=2 /* 0.02 s "
		"*/}");
	si64(raw, SIGCHLD, CLD_KILLED, 0);
	put32(raw, 24, SIGKILL);
	put64(raw, 32, UINT64_MAX - 4);
	CHECK_STR("siginfo.cld_killed", queued(raw, SIGCHLD),
		  "{si_signo=SIGCHLD, si_code=CLD_KILLED, si_pid=0, si_uid=0, "
		  "si_status=SIGKILL, si_utime=18446744073709551611 /* "
		  "184467440737095516.11 s */, si_stime=0}");
	si64(raw, SIGCHLD, 99, 0);
	put32(raw, 24, 200);
	CHECK_STR("siginfo.cld_unknown", queued(raw, SIGCHLD),
		  "{si_signo=SIGCHLD, si_code=0x63, si_pid=0, si_uid=0, "
		  "si_status=200, si_utime=0, si_stime=0}");

	si64(raw, SIGSEGV, SEGV_BNDERR, 0);
	put64(raw, 16, 0x1000);
	put64(raw, 32, 0x2000);
	put64(raw, 40, 0x3000);
	CHECK_STR("siginfo.segv_bnd", queued(raw, SIGSEGV),
		  "{si_signo=SIGSEGV, si_code=SEGV_BNDERR, si_addr=0x1000, "
		  "si_lower=0x2000, si_upper=0x3000}");
	si64(raw, SIGSEGV, SEGV_PKUERR, 0);
	put64(raw, 16, 0x1000);
	put32(raw, 32, 5);
	CHECK_STR("siginfo.segv_pkey", queued(raw, SIGSEGV),
		  "{si_signo=SIGSEGV, si_code=SEGV_PKUERR, si_addr=0x1000, "
		  "si_pkey=5}");
	si64(raw, SIGSEGV, 10, 0);
	CHECK_STR("siginfo.segv_newer_code", queued(raw, SIGSEGV),
		  "{si_signo=SIGSEGV, si_code=0xa, si_addr=NULL}");
	si64(raw, SIGBUS, BUS_MCEERR_AO, 0);
	put64(raw, 16, 0x1000);
	put32(raw, 24, 12);
	CHECK_STR("siginfo.bus_lsb", queued(raw, SIGBUS),
		  "{si_signo=SIGBUS, si_code=BUS_MCEERR_AO, si_addr=0x1000, "
		  "si_addr_lsb=0xc}");
	si64(raw, SIGTRAP, SI_KERNEL, 0);
	CHECK_STR("siginfo.trap_kernel", queued(raw, SIGTRAP),
		  "{si_signo=SIGTRAP, si_code=SI_KERNEL, si_addr=NULL}");
	si64(raw, SIGFPE, SI_USER, 0);
	put32(raw, 16, 5);
	CHECK_STR("siginfo.fpe_user", queued(raw, SIGFPE),
		  "{si_signo=SIGFPE, si_code=SI_USER, si_pid=5, si_uid=0}");
	si64(raw, SIGIO, POLL_HUP, 0);
	put64(raw, 16, 0x41);
	put32(raw, 24, 5);
	CHECK_STR("siginfo.poll", queued(raw, SIGIO),
		  "{si_signo=SIGIO, si_code=POLL_HUP, si_band=65, si_fd=5}");
	si64(raw, SIGIO, 7, 0);
	CHECK_STR("siginfo.poll_unknown", queued(raw, SIGIO),
		  "{si_signo=SIGIO, si_code=0x7}");

	si64(raw, SIGSYS, 1, 0);
	put64(raw, 16, 0x401000);
	put32(raw, 24, 39);
	put32(raw, 28, AUDIT_ARCH_X86_64);
	CHECK_STR(
		"siginfo.sys", queued(raw, SIGSYS),
		"{si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=0x401000, "
		"si_syscall=__NR_getpid, si_arch=AUDIT_ARCH_X86_64}");
	put32(raw, 24, 1000);
	CHECK_STR(
		"siginfo.sys_unknown_nr", queued(raw, SIGSYS),
		"{si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=0x401000, "
		"si_syscall=1000, si_arch=AUDIT_ARCH_X86_64}");
	put32(raw, 24, 0x40000000 | 13);
	CHECK_STR(
		"siginfo.sys_x32_64", queued(raw, SIGSYS),
		"{si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=0x401000, "
		"si_syscall=1073741837 /* rt_sigaction#64 */, "
		"si_arch=AUDIT_ARCH_X86_64}");
	put32(raw, 24, 0x40000000 | 547);
	CHECK_STR(
		"siginfo.sys_x32", queued(raw, SIGSYS),
		"{si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=0x401000, "
		"si_syscall=1073742371 /* pwritev2 */, "
		"si_arch=AUDIT_ARCH_X86_64}");
	put32(raw, 24, 0x40000000 | 548);
	CHECK_STR(
		"siginfo.sys_x32_unknown", queued(raw, SIGSYS),
		"{si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=0x401000, "
		"si_syscall=1073742372, si_arch=AUDIT_ARCH_X86_64}");
	put32(raw, 24, 20);
	put32(raw, 28, AUDIT_ARCH_I386);
	CHECK_STR(
		"siginfo.sys_i386", queued(raw, SIGSYS),
		"{si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=0x401000, "
		"si_syscall=20 /* getpid */, si_arch=AUDIT_ARCH_I386}");
	put32(raw, 24, UINT32_MAX);
	put32(raw, 28, 0x12);
	CHECK_STR(
		"siginfo.sys_unknown_arch", queued(raw, SIGSYS),
		"{si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=0x401000, "
		"si_syscall=4294967295, si_arch=0x12 /* AUDIT_ARCH_??? */}");

	/* faults: unreadable, readable only in part, NULL */
	struct unit_call u;
	call(&u, "rt_sigqueueinfo", 1, SIGUSR1, 0xdead0000, 0, raw, 128);
	CHECK_STR("siginfo.unreadable", unit_run_squeezed(&u, -1, EFAULT),
		  "rt_sigqueueinfo(1, SIGUSR1, 0xdead0000) = -1 EFAULT (Bad "
		  "address)");
	call(&u, "rt_sigqueueinfo", 1, SIGUSR1, BASE, 0, raw, 100);
	CHECK_STR("siginfo.short", unit_run_squeezed(&u, -1, EFAULT),
		  "rt_sigqueueinfo(1, SIGUSR1, 0x10000) = -1 EFAULT (Bad "
		  "address)");
	call(&u, "rt_tgsigqueueinfo", 1, 2, SIGUSR1, 0, raw, 128);
	CHECK_STR("siginfo.null", unit_run_squeezed(&u, -1, EFAULT),
		  "rt_tgsigqueueinfo(1, 2, SIGUSR1, NULL) = -1 EFAULT (Bad "
		  "address)");

	/* the engine's path: a siginfo from PTRACE_GETSIGINFO */
	siginfo_t si;
	memset(&si, 0, sizeof(si));
	si.si_signo = SIGCHLD;
	si.si_code = CLD_STOPPED;
	si.si_pid = 42;
	si.si_status = SIGSTOP;
	call(&u, "getpid", 0, 0, 0, 0, NULL, 0);
	sb_reset(&u.out);
	print_siginfo(&u.call, &si);
	CHECK_STR(
		"siginfo.native", sb_cstr(&u.out),
		"{si_signo=SIGCHLD, si_code=CLD_STOPPED, si_pid=42, si_uid=0, "
		"si_status=SIGSTOP, si_utime=0, si_stime=0}");
	sb_free(&u.out);
	/* -e raw= of the call in flight does not change the signal line */
	call(&u, "getpid", 0, 0, 0, 0, NULL, 0);
	u.cfg.xlat_style = XLAT_ABBREV;
	sysset_add(&u.cfg.raw, PERS_X86_64, u.call.nr);
	sb_reset(&u.out);
	print_siginfo(&u.call, &si);
	CHECK_STR(
		"siginfo.native_raw_call", sb_cstr(&u.out),
		"{si_signo=SIGCHLD, si_code=CLD_STOPPED, si_pid=42, si_uid=0, "
		"si_status=SIGSTOP, si_utime=0, si_stime=0}");
	sb_free(&u.out);
}

/* the i386 layout: the union starts at 12, words are 4 bytes */
static void test_siginfo_i386(void)
{
	struct unit_call u;
	uint8_t raw[128];
	memset(raw, 0, sizeof(raw));
	put32(raw, 0, SIGCHLD);
	put32(raw, 8, CLD_EXITED);
	put32(raw, 12, 77);
	put32(raw, 16, 1000);
	put32(raw, 20, 3);
	put32(raw, 24, 250);
	put32(raw, 28, 1);
	call(&u, "rt_sigqueueinfo", 1, SIGCHLD, BASE, 0, raw, sizeof(raw));
	unit_to_i386(&u, "rt_sigqueueinfo");
	CHECK_STR("siginfo32.chld", unit_run_squeezed(&u, 0, 0),
		  "rt_sigqueueinfo(1, SIGCHLD, {si_signo=SIGCHLD, "
		  "si_code=CLD_EXITED, si_pid=77, si_uid=1000, si_status=3, "
		  "si_utime=250 /* 2.50 s */, si_stime=1 /* 0.01 s */}) = 0");
	memset(raw, 0, sizeof(raw));
	put32(raw, 0, SIGUSR1);
	put32(raw, 8, (uint32_t)SI_QUEUE);
	put32(raw, 12, 5);
	put32(raw, 20, 0x80000000u);
	call(&u, "rt_sigqueueinfo", 1, SIGUSR1, BASE, 0, raw, sizeof(raw));
	unit_to_i386(&u, "rt_sigqueueinfo");
	CHECK_STR("siginfo32.queue", unit_run_squeezed(&u, 0, 0),
		  "rt_sigqueueinfo(1, SIGUSR1, {si_signo=SIGUSR1, "
		  "si_code=SI_QUEUE, si_pid=5, si_uid=0, si_int=-2147483648, "
		  "si_ptr=0x80000000}) = 0");
	memset(raw, 0, sizeof(raw));
	put32(raw, 0, SIGSEGV);
	put32(raw, 8, SEGV_PKUERR);
	put32(raw, 12, 0x8048000);
	put32(raw, 20, 9);
	call(&u, "rt_sigqueueinfo", 1, SIGSEGV, BASE, 0, raw, sizeof(raw));
	unit_to_i386(&u, "rt_sigqueueinfo");
	CHECK_STR("siginfo32.pkey", unit_run_squeezed(&u, 0, 0),
		  "rt_sigqueueinfo(1, SIGSEGV, {si_signo=SIGSEGV, "
		  "si_code=SEGV_PKUERR, si_addr=0x8048000, si_pkey=9}) = 0");
	memset(raw, 0, sizeof(raw));
	put32(raw, 0, SIGSYS);
	put32(raw, 8, 1);
	put32(raw, 12, 0x8048000);
	put32(raw, 16, 20);
	put32(raw, 20, AUDIT_ARCH_I386);
	call(&u, "rt_sigqueueinfo", 1, SIGSYS, BASE, 0, raw, sizeof(raw));
	unit_to_i386(&u, "rt_sigqueueinfo");
	/* the tracee's own arch: the name as __NR_ */
	CHECK_STR("siginfo32.sys", unit_run_squeezed(&u, 0, 0),
		  "rt_sigqueueinfo(1, SIGSYS, {si_signo=SIGSYS, "
		  "si_code=SYS_SECCOMP, si_call_addr=0x8048000, "
		  "si_syscall=__NR_getpid, si_arch=AUDIT_ARCH_I386}) = 0");
}

static void test_sigtimedwait(void)
{
	struct unit_call u;
	struct {
		uint64_t mask;
		int64_t ts[2];
		uint8_t si[128];
	} img;
	memset(&img, 0, sizeof(img));
	img.mask = 1ULL << (SIGUSR1 - 1);
	img.ts[1] = 1000;
	si64(img.si, SIGUSR1, SI_TKILL, 0);
	put32(img.si, 16, 9);
	uint64_t si = BASE + 24, ts = BASE + 8;
	call(&u, "rt_sigtimedwait", BASE, si, ts, 8, &img, sizeof(img));
	CHECK_STR(
		"timedwait.signal", unit_run_squeezed(&u, SIGUSR1, 0),
		"rt_sigtimedwait([USR1], {si_signo=SIGUSR1, si_code=SI_TKILL, "
		"si_pid=9, si_uid=0}, {tv_sec=0, tv_nsec=1000}, 8) = 10 "
		"(SIGUSR1)");
	/* the timeout is an input: shown even when the call failed */
	call(&u, "rt_sigtimedwait", BASE, si, ts, 8, &img, sizeof(img));
	CHECK_STR(
		"timedwait.timeout", unit_run_squeezed(&u, -1, EAGAIN),
		"rt_sigtimedwait([USR1], 0x10018, {tv_sec=0, tv_nsec=1000}, 8) "
		"= -1 EAGAIN (Resource temporarily unavailable)");
	call(&u, "rt_sigtimedwait", BASE, 0, 0, 7, &img, sizeof(img));
	CHECK_STR(
		"timedwait.bad_size", unit_run_squeezed(&u, -1, EINVAL),
		"rt_sigtimedwait(0x10000, NULL, NULL, 7) = -1 EINVAL (Invalid "
		"argument)");
	call(&u, "rt_sigtimedwait", BASE, 0, 0, 8, &img, sizeof(img));
	CHECK_STR("timedwait.rt", unit_run_squeezed(&u, 35, 0),
		  "rt_sigtimedwait([USR1], NULL, NULL, 8) = 35 (SIGRT_3)");
}

static void test_sigaltstack(void)
{
	struct unit_call u;
	struct {
		uint64_t sp;
		int32_t flags, pad;
		uint64_t size;
	} ss = {0x7f0000002000, 0, 0, 8192};
	call(&u, "sigaltstack", BASE, BASE, 0, 0, &ss, sizeof(ss));
	CHECK_STR(
		"altstack.plain", unit_run_squeezed(&u, 0, 0),
		"sigaltstack({ss_sp=0x7f0000002000, ss_flags=0, ss_size=8192}, "
		"{ss_sp=0x7f0000002000, ss_flags=0, ss_size=8192}) = 0");
	ss.flags = SS_ONSTACK | (int32_t)(1U << 31);
	call(&u, "sigaltstack", BASE, 0, 0, 0, &ss, sizeof(ss));
	CHECK_STR(
		"altstack.flags", unit_run_squeezed(&u, 0, 0),
		"sigaltstack({ss_sp=0x7f0000002000, "
		"ss_flags=SS_ONSTACK|SS_AUTODISARM, ss_size=8192}, NULL) = 0");
	ss.flags = 0x10;
	call(&u, "sigaltstack", BASE, BASE, 0, 0, &ss, sizeof(ss));
	CHECK_STR("altstack.unknown", unit_run_squeezed(&u, -1, EINVAL),
		  "sigaltstack({ss_sp=0x7f0000002000, ss_flags=0x10 /* SS_??? "
		  "*/, "
		  "ss_size=8192}, 0x10000) = -1 EINVAL (Invalid argument)");
	ss.flags = SS_DISABLE | 0x100;
	call(&u, "sigaltstack", BASE, 0, 0, 0, &ss, sizeof(ss));
	CHECK_STR(
		"altstack.mixed", unit_run_squeezed(&u, -1, EINVAL),
		"sigaltstack({ss_sp=0x7f0000002000, ss_flags=SS_DISABLE|0x100, "
		"ss_size=8192}, NULL) = -1 EINVAL (Invalid argument)");
	call(&u, "sigaltstack", 1, 2, 0, 0, &ss, sizeof(ss));
	CHECK_STR("altstack.bad", unit_run_squeezed(&u, -1, EFAULT),
		  "sigaltstack(0x1, 0x2) = -1 EFAULT (Bad address)");
	uint32_t ss32[3] = {0x8050000, SS_DISABLE, 4096};
	call(&u, "sigaltstack", BASE, 0, 0, 0, ss32, sizeof(ss32));
	unit_to_i386(&u, "sigaltstack");
	CHECK_STR("altstack.i386", unit_run_squeezed(&u, 0, 0),
		  "sigaltstack({ss_sp=0x8050000, ss_flags=SS_DISABLE, "
		  "ss_size=4096}, NULL) = 0");

	call(&u, "pause", 0, 0, 0, 0, NULL, 0);
	CHECK_STR("pause", unit_run_squeezed(&u, -514, 514),
		  "pause() = ? ERESTARTNOHAND (To be restarted if no handler)");
}

int main(void)
{
	test_sigaction();
	test_masks();
	test_sigreturn();
	test_sigreturn_i386();
	test_siginfo();
	test_siginfo_i386();
	test_sigtimedwait();
	test_sigaltstack();
	return unit_done();
}
