/* sig_info: queues siginfos of every shape to itself (a process may give
 * itself any si_code) and takes each one, so that a tracer prints every
 * form twice: as rt_sigqueueinfo's argument and as the delivered signal. */
#include <linux/audit.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static pid_t self;
static volatile sig_atomic_t caught;

static void on_signal(int sig, siginfo_t *si, void *uc)
{
	(void)si;
	(void)uc;
	caught = sig;
}

/* the union words after si_code, as the x86_64 layout has them */
struct fields {
	int a, b;     /* si_pid, si_uid; si_timerid, si_overrun */
	long c, d, e; /* value or status; utime; stime */
};

static void send_and_take(int sig, int code, int err, struct fields f)
{
	siginfo_t si;
	memset(&si, 0, sizeof(si));
	si.si_signo = sig;
	si.si_code = code;
	si.si_errno = err;
	int *w = (int *)((char *)&si + 16);
	w[0] = f.a;
	w[1] = f.b;
	long *l = (long *)((char *)&si + 24);
	l[0] = f.c;
	l[1] = f.d;
	l[2] = f.e;
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_signal;
	sa.sa_flags = SA_SIGINFO;
	sigaction(sig, &sa, NULL);
	syscall(SYS_rt_sigqueueinfo, self, sig, &si);
	sigset_t none;
	sigemptyset(&none);
	caught = 0;
	while (caught != sig)
		sigsuspend(&none);
}

static void sys(int code, void *addr, int nr, unsigned arch)
{
	/* si_call_addr, then si_syscall and si_arch */
	long a = (long)addr;
	struct fields f = {(int)a, (int)(a >> 32),
			   (long)(unsigned)nr | (long)arch << 32, 0, 0};
	send_and_take(SIGSYS, code, 0, f);
}

int main(void)
{
	self = getpid();
	sigset_t all;
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, NULL);

	struct fields src = {1234, 1000, 0, 0, 0};
	struct fields val = {1234, 1000, 0xdeadbeef0001L, 0, 0};
	struct fields none = {0, 0, 0, 0, 0};
	send_and_take(SIGUSR1, SI_USER, 0, src);
	send_and_take(SIGUSR1, SI_USER, 0, val);
	send_and_take(SIGUSR1, SI_TKILL, 0, val);
	send_and_take(SIGUSR1, SI_QUEUE, 0, val);
	send_and_take(SIGUSR1, SI_QUEUE, 0, src);
	send_and_take(SIGUSR1, SI_MESGQ, 0, val);
	send_and_take(SIGUSR1, SI_ASYNCIO, 0, val);
	send_and_take(SIGUSR1, SI_DETHREAD, 0, val);
	send_and_take(SIGUSR1, SI_ASYNCNL, 0, src);
	send_and_take(SIGUSR1, -100, 0, val);
	send_and_take(SIGUSR1, -9, 0, none);
	send_and_take(SIGUSR1, SI_TIMER, 0, (struct fields){7, 3, 5, 0, 0});
	send_and_take(SIGUSR1, SI_TIMER, 0, none);
	send_and_take(SIGUSR1, SI_SIGIO, 0, (struct fields){0x41, 0, 5, 0, 0});
	send_and_take(SIGUSR1, SI_KERNEL, 0, src);
	send_and_take(SIGUSR1, SI_KERNEL, 0, none);
	send_and_take(SIGUSR1, SI_KERNEL, 0, (struct fields){0, 0, 0x55, 0, 0});
	send_and_take(SIGUSR1, 3, 0, src);
	send_and_take(SIGUSR1, SI_USER, 2, src);
	send_and_take(SIGUSR1, SI_USER, 9999, src);
	send_and_take(SIGRTMIN + 8, SI_QUEUE, 0, val);
	send_and_take(SIGRTMIN, SI_KERNEL, 0, val);

	send_and_take(SIGCHLD, CLD_EXITED, 0,
		      (struct fields){12, 1000, 3, 150, 2});
	send_and_take(SIGCHLD, CLD_KILLED, 0,
		      (struct fields){12, 1000, SIGKILL, 0, 100});
	send_and_take(SIGCHLD, CLD_DUMPED, 0,
		      (struct fields){12, 1000, SIGSEGV, 12345, 7});
	send_and_take(SIGCHLD, CLD_TRAPPED, 0,
		      (struct fields){1, 0, SIGTRAP, 0, 0});
	send_and_take(SIGCHLD, CLD_STOPPED, 0,
		      (struct fields){1, 0, SIGTSTP, 0, 0});
	send_and_take(SIGCHLD, CLD_CONTINUED, 0,
		      (struct fields){1, 0, SIGCONT, 0, 0});
	send_and_take(SIGCHLD, 99, 0, (struct fields){1, 0, 200, -5, 0});
	send_and_take(SIGCHLD, SI_USER, 0, src);
	send_and_take(SIGCHLD, SI_QUEUE, 0, val);

	/* the fault address is the first union word */
	struct fields addr = {0x1000, 0, 0, 0, 0};
	send_and_take(SIGSEGV, SEGV_MAPERR, 0, addr);
	send_and_take(SIGSEGV, SEGV_ACCERR, 0, addr);
	send_and_take(SIGSEGV, SEGV_BNDERR, 0,
		      (struct fields){0x1000, 0, 0, 0x2000, 0x3000});
	send_and_take(SIGSEGV, SEGV_PKUERR, 0,
		      (struct fields){0x1000, 0, 0, 5, 0});
	send_and_take(SIGSEGV, 9, 0, addr);
	send_and_take(SIGSEGV, 99, 0, addr);
	send_and_take(SIGSEGV, SI_KERNEL, 0, addr);
	send_and_take(SIGSEGV, SI_USER, 0, src);
	send_and_take(SIGBUS, BUS_ADRALN, 0, addr);
	send_and_take(SIGBUS, BUS_MCEERR_AR, 0,
		      (struct fields){0x1000, 0, 12, 0, 0});
	send_and_take(SIGBUS, BUS_MCEERR_AO, 0,
		      (struct fields){0x1000, 0, 12, 0, 0});
	for (int code = 1; code <= 10; code++)
		send_and_take(SIGILL, code, 0, addr);
	for (int code = 1; code <= 16; code += 3)
		send_and_take(SIGFPE, code, 0, addr);
	for (int code = 1; code <= 7; code++)
		send_and_take(SIGTRAP, code, 0, addr);
	for (int code = 1; code <= 7; code++)
		send_and_take(SIGIO, code, 0,
			      (struct fields){0x41, 0, 5, 0, 0});
	send_and_take(SIGIO, SI_KERNEL, 0, val);

	sys(1, (void *)0x401000, __NR_getpid, AUDIT_ARCH_X86_64);
	sys(1, (void *)0x401000, 1000, AUDIT_ARCH_X86_64);
	sys(1, (void *)0x401000, 0x40000000 | 13, AUDIT_ARCH_X86_64);
	sys(1, (void *)0x401000, 0x40000000 | 520, AUDIT_ARCH_X86_64);
	sys(1, (void *)0x401000, 0x40000000 | 39, AUDIT_ARCH_X86_64);
	sys(1, (void *)0x401000, 20, AUDIT_ARCH_I386);
	sys(1, (void *)0x401000, -1, AUDIT_ARCH_I386);
	sys(1, (void *)0x401000, 39, AUDIT_ARCH_AARCH64);
	sys(1, (void *)0x401000, 39, 0x12);
	sys(2, NULL, __NR_read, AUDIT_ARCH_X86_64);
	sys(SI_KERNEL, NULL, 0, 0);

	syscall(SYS_rt_sigqueueinfo, self, SIGUSR1, NULL);
	syscall(SYS_rt_sigqueueinfo, self, SIGUSR1, (void *)1);
	syscall(SYS_rt_tgsigqueueinfo, self, self, SIGUSR1, (void *)1);
	siginfo_t si;
	memset(&si, 0, sizeof(si));
	si.si_code = SI_QUEUE;
	si.si_signo = SIGUSR2;
	si.si_pid = 1;
	si.si_value.sival_int = 8;
	syscall(SYS_rt_tgsigqueueinfo, self, self, SIGUSR2, &si);
	return 0;
}
