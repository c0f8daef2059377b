/* sig_action: signal actions, masks, pending sets, waits and alternate
 * stacks, with the edge cases a decoder must survive: NULL and bad
 * pointers, sizes the kernel refuses, unknown flags and commands. */
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

/* the kernel's struct sigaction */
struct kernel_sigaction {
	void *handler;
	unsigned long flags;
	void *restorer;
	uint64_t mask;
};

static void on_signal(int sig)
{
	(void)sig;
}

static void actions(void)
{
	struct sigaction sa, old;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sa.sa_flags = SA_RESTART;
	sigaction(SIGINT, &sa, NULL);
	sigaddset(&sa.sa_mask, SIGTERM);
	sigaddset(&sa.sa_mask, SIGRTMIN + 3);
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER | SA_RESETHAND;
	sigaction(SIGUSR1, &sa, &old);
	sigaction(SIGUSR1, NULL, &old);
	sa.sa_handler = SIG_IGN;
	sigfillset(&sa.sa_mask);
	sa.sa_flags = SA_NOCLDSTOP | SA_NOCLDWAIT;
	sigaction(SIGCHLD, &sa, &old);
	sa.sa_handler = SIG_DFL;
	sigaction(SIGCHLD, &sa, &old);

	struct kernel_sigaction k = {(void *)on_signal, 0x12345678,
				     (void *)0x1234, 0x5};
	syscall(SYS_rt_sigaction, SIGHUP, &k, NULL, 8);
	k.flags = 0x04000000; /* SA_RESTORER */
	syscall(SYS_rt_sigaction, SIGHUP, &k, NULL, 8);
	k.flags = 0x400;
	syscall(SYS_rt_sigaction, SIGHUP, &k, &k, 8);
	k.flags = 0;
	syscall(SYS_rt_sigaction, SIGHUP, &k, &k, 8);
	syscall(SYS_rt_sigaction, SIGHUP, &k, NULL, 7);
	syscall(SYS_rt_sigaction, SIGHUP, &k, NULL, 16);
	syscall(SYS_rt_sigaction, SIGKILL, &k, NULL, 8);
	syscall(SYS_rt_sigaction, 0, &k, NULL, 8);
	syscall(SYS_rt_sigaction, 99, &k, NULL, 8);
	syscall(SYS_rt_sigaction, SIGHUP, (void *)1, (void *)2, 8);
	syscall(SYS_rt_sigaction, SIGHUP, NULL, (void *)2, 8);
	syscall(SYS_rt_sigaction, SIGHUP, NULL, NULL, 8);
	syscall(SYS_rt_sigaction, SIGRTMIN + 2, NULL, &k, 8);
	k.handler = (void *)-1;
	k.flags = 0x20000000 | 0x400;
	syscall(SYS_rt_sigaction, SIGHUP, &k, NULL, 8);
	k.handler = NULL;
	k.flags = 0x20000000 | 0x04000000;
	k.mask = ~0ULL;
	k.restorer = NULL;
	syscall(SYS_rt_sigaction, SIGHUP, &k, &k, 8);
	k.mask = (1ULL << 40) | 1;
	k.flags = 0xffffffffUL;
	k.restorer = (void *)0x1234;
	syscall(SYS_rt_sigaction, SIGHUP, &k, &k, 8);
	k.mask = 0x7fffffffULL;
	syscall(SYS_rt_sigaction, SIGHUP, &k, NULL, 8);
	k.mask = 0;
	k.flags = 0;
	syscall(SYS_rt_sigaction, SIGHUP, &k, NULL, 8);
}

static void masks(void)
{
	uint64_t m = 1ULL << (SIGCHLD - 1), o = 0, big[4] = {3, 0, 0, 1};
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, &m, &o, 8);
	syscall(SYS_rt_sigprocmask, SIG_UNBLOCK, &m, NULL, 8);
	syscall(SYS_rt_sigprocmask, SIG_SETMASK, &m, &o, 8);
	syscall(SYS_rt_sigprocmask, SIG_SETMASK, NULL, &o, 8);
	syscall(SYS_rt_sigprocmask, 7, &m, &o, 8);
	syscall(SYS_rt_sigprocmask, -1, NULL, NULL, 8);
	for (int size = 0; size <= 9; size++)
		syscall(SYS_rt_sigprocmask, SIG_BLOCK, big, big, size);
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, big, big, 256);
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, (void *)8, (void *)16, 8);
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, NULL, 8);
	/* sets of many sizes: strace shows the complement of a full one */
	static const int sizes[] = {1, 10, 19, 28, 32, 42, 46, 55, 63, 64};
	for (size_t k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++) {
		int n = sizes[k];
		m = n == 64 ? ~0ULL : (1ULL << n) - 1;
		syscall(SYS_rt_sigprocmask, 9, &m, NULL, 8);
	}
	m = 0xffffffff00000000ULL;
	syscall(SYS_rt_sigprocmask, 9, &m, NULL, 8);
	m = ~(1ULL << (SIGKILL - 1) | 1ULL << (SIGSTOP - 1));
	syscall(SYS_rt_sigprocmask, 9, &m, NULL, 8);
	m = 0;
	syscall(SYS_rt_sigprocmask, SIG_SETMASK, &m, NULL, 8);
}

static void pending(void)
{
	uint64_t o = 0, m = 1ULL << (SIGUSR1 - 1) | 1ULL << (SIGRTMIN + 1);
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, &m, NULL, 8);
	for (int size = 1; size <= 9; size++)
		syscall(SYS_rt_sigpending, &o, size);
	raise(SIGUSR1);
	raise(SIGRTMIN + 2);
	for (int size = 1; size <= 9; size += 2)
		syscall(SYS_rt_sigpending, &o, size);
	syscall(SYS_rt_sigpending, NULL, 8);
	syscall(SYS_rt_sigpending, (void *)1, 8);
	/* take them, so that no later wait dies of them */
	struct timespec none = { 0, 0 };
	syscall(SYS_rt_sigtimedwait, &m, NULL, &none, 8);
	syscall(SYS_rt_sigtimedwait, &m, NULL, &none, 8);
}

static void waits(void)
{
	uint64_t m = 1ULL << (SIGUSR1 - 1) | 1ULL << (SIGUSR2 - 1);
	siginfo_t si;
	struct timespec ts = {0, 1000};
	for (int size = 7; size <= 9; size++)
		syscall(SYS_rt_sigtimedwait, &m, &si, &ts, size);
	syscall(SYS_rt_sigtimedwait, &m, NULL, NULL, 0);
	syscall(SYS_rt_sigtimedwait, NULL, (void *)1, (void *)2, 8);
	syscall(SYS_rt_sigtimedwait, &m, (void *)1, (void *)2, 8);
	ts.tv_sec = -1;
	syscall(SYS_rt_sigtimedwait, &m, &si, &ts, 8);
	ts.tv_sec = 0;
	ts.tv_nsec = 2000000000;
	syscall(SYS_rt_sigtimedwait, &m, &si, &ts, 8);
	ts.tv_nsec = 0;
	sigprocmask(SIG_BLOCK, (sigset_t *)&m, NULL);
	raise(SIGUSR1);
	syscall(SYS_rt_sigtimedwait, &m, &si, &ts, 8);
	union sigval v = {.sival_int = 42};
	sigqueue(getpid(), SIGUSR2, v);
	syscall(SYS_rt_sigtimedwait, &m, &si, NULL, 8);
	raise(SIGUSR1);
	syscall(SYS_rt_sigtimedwait, &m, NULL, NULL, 8);
	m = 1ULL << (SIGRTMIN + 1 - 1);
	sigprocmask(SIG_BLOCK, (sigset_t *)&m, NULL);
	raise(SIGRTMIN + 1);
	syscall(SYS_rt_sigtimedwait, &m, NULL, NULL, 8);

	for (int size = 7; size <= 9; size += 2)
		syscall(SYS_rt_sigsuspend, &m, size);
	syscall(SYS_rt_sigsuspend, (void *)1, 8);
	/* interrupted by a timer: the saved mask comes back in rt_sigreturn */
	signal(SIGALRM, on_signal);
	struct itimerval it = {{0, 0}, {0, 10000}};
	setitimer(ITIMER_REAL, &it, NULL);
	m = 0;
	syscall(SYS_rt_sigsuspend, &m, 8);
	setitimer(ITIMER_REAL, &it, NULL);
	pause();
}

static void stacks(void)
{
	stack_t ss, old;
	ss.ss_sp = malloc(8192);
	ss.ss_size = 8192;
	ss.ss_flags = 0;
	syscall(SYS_sigaltstack, &ss, &old);
	syscall(SYS_sigaltstack, NULL, &old);
	ss.ss_flags = SS_DISABLE;
	syscall(SYS_sigaltstack, &ss, &old);
	ss.ss_flags = 1U << 31; /* SS_AUTODISARM */
	syscall(SYS_sigaltstack, &ss, &old);
	ss.ss_flags = SS_ONSTACK;
	syscall(SYS_sigaltstack, &ss, &old);
	ss.ss_flags = SS_ONSTACK | 1U << 31;
	syscall(SYS_sigaltstack, &ss, NULL);
	ss.ss_flags = 0x10;
	syscall(SYS_sigaltstack, &ss, &old);
	ss.ss_flags = SS_DISABLE | 0x100;
	syscall(SYS_sigaltstack, &ss, &old);
	ss.ss_flags = 0;
	ss.ss_size = 100;
	syscall(SYS_sigaltstack, &ss, &old);
	ss.ss_sp = NULL;
	ss.ss_size = 0;
	ss.ss_flags = SS_DISABLE;
	syscall(SYS_sigaltstack, &ss, &old);
	syscall(SYS_sigaltstack, NULL, &old);
	syscall(SYS_sigaltstack, (void *)1, (void *)2);
	syscall(SYS_sigaltstack, NULL, (void *)2);
	syscall(SYS_sigaltstack, NULL, NULL);
}

int main(void)
{
	actions();
	masks();
	pending();
	waits();
	stacks();
	return 0;
}
