/* sig_recv: receives each kind of signal a tracer describes with a
 * siginfo: from kill, tgkill, sigqueue, a POSIX timer, alarm, children
 * that exit, are killed, stop and continue, faults, a seccomp RET_TRAP
 * filter and SIGIO on a pipe. Each asynchronous signal is generated while
 * blocked and taken in rt_sigsuspend, so the trace is the same each run. */
#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <mqueue.h>
#include <setjmp.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static sigjmp_buf jump;
static volatile sig_atomic_t caught;

static void on_signal(int sig, siginfo_t *si, void *uc)
{
	(void)si;
	(void)uc;
	caught = sig;
}

static void on_fault(int sig, siginfo_t *si, void *uc)
{
	(void)si;
	(void)uc;
	siglongjmp(jump, sig);
}

static void handle(int sig, void (*fn)(int, siginfo_t *, void *))
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = fn;
	sa.sa_flags = SA_SIGINFO;
	sigaction(sig, &sa, NULL);
}

/* takes the blocked, pending signal sig */
static void take(int sig)
{
	sigset_t none;
	sigemptyset(&none);
	caught = 0;
	while (caught != sig)
		sigsuspend(&none);
}

static void block(int sig)
{
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, sig);
	sigprocmask(SIG_BLOCK, &s, NULL);
}

static void from_user(void)
{
	block(SIGUSR1);
	kill(getpid(), SIGUSR1);
	take(SIGUSR1);
	raise(SIGUSR1);
	take(SIGUSR1);
	block(SIGRTMIN);
	union sigval v = {.sival_int = 42};
	sigqueue(getpid(), SIGRTMIN, v);
	take(SIGRTMIN);
}

static void from_timers(void)
{
	block(SIGALRM);
	timer_t timer;
	struct sigevent sev;
	memset(&sev, 0, sizeof(sev));
	sev.sigev_notify = SIGEV_SIGNAL;
	sev.sigev_signo = SIGALRM;
	sev.sigev_value.sival_int = 7;
	timer_create(CLOCK_MONOTONIC, &sev, &timer);
	struct itimerspec its = {{0, 0}, {0, 1000000}};
	timer_settime(timer, 0, &its, NULL);
	take(SIGALRM);
	timer_delete(timer);
	alarm(1);
	take(SIGALRM);
}

static void from_children(void)
{
	int status;
	block(SIGCHLD);
	pid_t pid = fork();
	if (pid == 0)
		_exit(3);
	waitid(P_PID, pid, NULL, WEXITED | WNOWAIT);
	take(SIGCHLD);
	waitpid(pid, &status, 0);

	pid = fork();
	if (pid == 0) {
		for (;;)
			pause();
	}
	kill(pid, SIGSTOP);
	waitpid(pid, &status, WUNTRACED);
	take(SIGCHLD);
	kill(pid, SIGCONT);
	waitpid(pid, &status, WCONTINUED);
	take(SIGCHLD);
	kill(pid, SIGKILL);
	waitid(P_PID, pid, NULL, WEXITED | WNOWAIT);
	take(SIGCHLD);
	waitpid(pid, &status, 0);
}

/* reads a mapping past the end of its (empty) file */
static void bus_error(void)
{
	char path[64];
	snprintf(path, sizeof(path), "/tmp/sig_recv.%d", (int)getpid());
	int fd = open(path, O_RDWR | O_CREAT | O_EXCL, 0600);
	if (fd < 0)
		return;
	unlink(path);
	volatile char *p = mmap(NULL, 4096, PROT_READ, MAP_SHARED, fd, 0);
	close(fd);
	if (p != MAP_FAILED && !sigsetjmp(jump, 1))
		(void)*p;
}

static void from_faults(void)
{
	handle(SIGSEGV, on_fault);
	handle(SIGBUS, on_fault);
	handle(SIGFPE, on_fault);
	handle(SIGILL, on_fault);
	if (!sigsetjmp(jump, 1))
		*(volatile int *)0x10 = 1;
	if (!sigsetjmp(jump, 1)) {
		volatile int zero = 0;
		volatile int one = 1;
		one = one / zero;
	}
	if (!sigsetjmp(jump, 1))
		__asm__ volatile("ud2");
	bus_error();
	/* a breakpoint: the kernel sends SIGTRAP with SI_KERNEL */
	handle(SIGTRAP, on_signal);
	__asm__ volatile("int3");
}

static void from_io(void)
{
	int fds[2];
	if (pipe(fds) < 0)
		return;
	block(SIGIO);
	fcntl(fds[0], F_SETOWN, getpid());
	fcntl(fds[0], F_SETFL, O_ASYNC | O_NONBLOCK);
	write(fds[1], "x", 1);
	take(SIGIO);
	/* with F_SETSIG the kernel says which fd and what happened */
	fcntl(fds[0], F_SETSIG, SIGIO);
	write(fds[1], "y", 1);
	take(SIGIO);
	close(fds[0]);
	close(fds[1]);
}

/* a message arriving on an empty queue with a notification */
static void from_mqueue(void)
{
	char name[64];
	snprintf(name, sizeof(name), "/sig_recv.%d", (int)getpid());
	mqd_t q = mq_open(name, O_CREAT | O_RDWR, 0600, NULL);
	if (q == (mqd_t)-1)
		return;
	block(SIGUSR2);
	struct sigevent sev;
	memset(&sev, 0, sizeof(sev));
	sev.sigev_notify = SIGEV_SIGNAL;
	sev.sigev_signo = SIGUSR2;
	sev.sigev_value.sival_int = 9;
	mq_notify(q, &sev);
	mq_send(q, "hi", 2, 0);
	take(SIGUSR2);
	mq_close(q);
	mq_unlink(name);
}

/* getppid traps; everything else is allowed */
static void from_seccomp(void)
{
	struct sock_filter code[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
			 offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_getppid, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRAP),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = {sizeof(code) / sizeof(code[0]), code};
	handle(SIGSYS, on_signal);
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0 ||
	    syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) < 0)
		return;
	syscall(SYS_getppid);
}

int main(void)
{
	handle(SIGUSR1, on_signal);
	handle(SIGRTMIN, on_signal);
	handle(SIGALRM, on_signal);
	handle(SIGCHLD, on_signal);
	handle(SIGIO, on_signal);
	handle(SIGUSR2, on_signal);
	from_user();
	from_timers();
	from_children();
	from_faults();
	from_io();
	from_mqueue();
	from_seccomp();
	return 0;
}
