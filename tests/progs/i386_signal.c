/* An i386 tracee's signal calls (cc -m32): the old ones with a one-word
 * mask (sigaction, sigprocmask, sigpending, sigsuspend, signal,
 * sgetmask), the rt_ ones with 32-bit struct sigaction and stack_t, the
 * handlers' sigreturn and rt_sigreturn frames, the _time64 wait. */
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

/* i386's struct old_sigaction and the kernel's struct sigaction */
struct old_sigaction32 {
	uint32_t handler, mask, flags, restorer;
};
struct sigaction32 {
	uint32_t handler, flags, restorer;
	uint32_t mask[2];
};

static volatile int got;

static void on_signal(int sig)
{
	got = sig;
}

static void on_info(int sig, siginfo_t *si, void *ctx)
{
	(void)si;
	(void)ctx;
	got = sig;
}

int main(void)
{
	struct old_sigaction32 oa = {(uint32_t)(uintptr_t)on_signal,
				     1u << (SIGUSR2 - 1), SA_RESTART, 0};
	struct old_sigaction32 old;
	syscall(SYS_sigaction, SIGUSR1, &oa, &old);
	syscall(SYS_sigaction, SIGUSR1, NULL, &old);
	syscall(SYS_sigaction, SIGUSR1, NULL, NULL);
	syscall(SYS_sigaction, SIGKILL, &oa, NULL);
	syscall(SYS_sigaction, 99, &oa, NULL);
	syscall(SYS_sigaction, SIGUSR1, 16, NULL);
	oa.handler = (uint32_t)(uintptr_t)SIG_IGN;
	oa.mask = ~0u;
	oa.flags = SA_NODEFER | SA_RESETHAND | 0x100;
	syscall(SYS_sigaction, SIGUSR2, &oa, NULL);
	oa.handler = (uint32_t)(uintptr_t)SIG_DFL;
	oa.mask = 0;
	oa.flags = 0;
	syscall(SYS_sigaction, SIGUSR2, &oa, &old);

	struct sigaction32 ra = {(uint32_t)(uintptr_t)on_signal, SA_RESTART,
				 0, {1u << (SIGINT - 1), 0}};
	struct sigaction32 rold;
	syscall(SYS_rt_sigaction, SIGALRM, &ra, &rold, 8);
	syscall(SYS_rt_sigaction, SIGALRM, NULL, &rold, 8);
	syscall(SYS_rt_sigaction, SIGALRM, &ra, NULL, 4);
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigaddset(&sa.sa_mask, SIGTERM);
	sigaction(SIGUSR1, &sa, NULL);
	sa.sa_sigaction = on_info;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
	sigaction(SIGUSR2, &sa, NULL);
	signal(SIGHUP, SIG_IGN);
	syscall(SYS_signal, SIGHUP, SIG_DFL);
	syscall(SYS_signal, SIGQUIT, on_signal);

	/* one-word masks */
	uint32_t m = 1u << (SIGINT - 1) | 1u << (SIGHUP - 1), om;
	syscall(SYS_sigprocmask, SIG_BLOCK, &m, &om);
	syscall(SYS_sigprocmask, SIG_SETMASK, NULL, &om);
	syscall(SYS_sigprocmask, SIG_UNBLOCK, &m, NULL);
	syscall(SYS_sigprocmask, 7, &m, NULL);
	syscall(SYS_sigpending, &om);
	syscall(SYS_sigpending, NULL);
	syscall(SYS_sgetmask);
	syscall(SYS_ssetmask, 1u << (SIGINT - 1));
	syscall(SYS_ssetmask, 0);
	uint32_t mm[2] = {1u << (SIGINT - 1), 1u << 1};
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, mm, mm, 8);
	syscall(SYS_rt_sigprocmask, SIG_SETMASK, NULL, mm, 8);
	syscall(SYS_rt_sigpending, mm, 8);
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigprocmask(SIG_UNBLOCK, &set, NULL);

	/* handlers: sigreturn for a plain one, rt_sigreturn with SA_SIGINFO */
	kill(getpid(), SIGUSR1);
	raise(SIGUSR2);
	syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), SIGUSR1);

	/* waiting: sigsuspend (old) with a signal from an alarm */
	ra.handler = (uint32_t)(uintptr_t)on_signal;
	ra.flags = 0;
	ra.mask[0] = 0;
	sigaction(SIGALRM, &(struct sigaction){.sa_handler = on_signal}, NULL);
	alarm(1);
	syscall(SYS_sigsuspend, 0, 0, 1u << (SIGUSR1 - 1));
	alarm(0);

	/* rt_sigtimedwait_time64, rt_sigqueueinfo */
	uint32_t w[2] = {1u << (SIGUSR1 - 1), 0};
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, w, NULL, 8);
	kill(getpid(), SIGUSR1);
	siginfo_t si;
	struct {
		int64_t sec, nsec;
	} ts = {0, 1000};
	syscall(SYS_rt_sigtimedwait_time64, w, &si, &ts, 8);
	syscall(SYS_rt_sigtimedwait_time64, w, &si, &ts, 8);
	syscall(SYS_rt_sigtimedwait_time64, w, NULL, NULL, 4);
	struct {
		int32_t sec, nsec;
	} ts32 = {0, 1000};
	syscall(SYS_rt_sigtimedwait, w, &si, &ts32, 8);
	memset(&si, 0, sizeof(si));
	si.si_code = SI_QUEUE;
	si.si_pid = getpid();
	si.si_value.sival_int = 42;
	syscall(SYS_rt_sigqueueinfo, getpid(), SIGUSR1, &si);
	sigtimedwait(&set, &si, &(struct timespec){0, 1000});

	/* alternate stacks */
	static char stack[16384];
	stack_t ss = {stack, 0, sizeof(stack)}, oss;
	sigaltstack(&ss, &oss);
	sigaltstack(NULL, &oss);
	ss.ss_flags = SS_DISABLE;
	sigaltstack(&ss, NULL);
	return got == 0;
}
