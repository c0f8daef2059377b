/* sig_timer: interval timers and POSIX timers: every way of notifying,
 * absolute and relative settings, refused ids, clocks and pointers. */
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static void on_signal(int sig)
{
	(void)sig;
}

static void itimers(void)
{
	struct itimerval it = {{0, 0}, {100, 500}}, old;
	syscall(SYS_setitimer, ITIMER_REAL, &it, &old);
	syscall(SYS_getitimer, ITIMER_REAL, &old);
	syscall(SYS_setitimer, ITIMER_VIRTUAL, &it, NULL);
	syscall(SYS_setitimer, ITIMER_PROF, NULL, &old);
	syscall(SYS_setitimer, 5, &it, &old);
	syscall(SYS_getitimer, 5, &old);
	syscall(SYS_getitimer, ITIMER_REAL, NULL);
	syscall(SYS_getitimer, ITIMER_REAL, (void *)1);
	it.it_value.tv_usec = 2000000;
	syscall(SYS_setitimer, ITIMER_REAL, &it, &old);
	it.it_interval.tv_sec = 1;
	it.it_value.tv_usec = 0;
	syscall(SYS_setitimer, ITIMER_PROF, &it, (void *)1);
	memset(&it, 0, sizeof(it));
	syscall(SYS_setitimer, ITIMER_REAL, &it, &old);
	syscall(SYS_setitimer, ITIMER_VIRTUAL, &it, &old);
	syscall(SYS_setitimer, ITIMER_PROF, &it, NULL);
}

static void posix_timers(void)
{
	int tid;
	struct sigevent sev;
	memset(&sev, 0, sizeof(sev));
	sev.sigev_notify = SIGEV_SIGNAL;
	sev.sigev_signo = SIGALRM;
	sev.sigev_value.sival_ptr = (void *)0x1234;
	syscall(SYS_timer_create, CLOCK_MONOTONIC, &sev, &tid);
	syscall(SYS_timer_create, CLOCK_REALTIME, NULL, &tid);
	sev.sigev_notify = SIGEV_NONE;
	sev.sigev_value.sival_ptr = (void *)7;
	syscall(SYS_timer_create, CLOCK_BOOTTIME, &sev, &tid);
	sev.sigev_notify = SIGEV_THREAD_ID;
	sev._sigev_un._tid = getpid();
	syscall(SYS_timer_create, CLOCK_REALTIME, &sev, &tid);
	sev.sigev_notify = SIGEV_THREAD;
	sev._sigev_un._sigev_thread._function = (void (*)(union sigval))0x4000;
	sev._sigev_un._sigev_thread._attribute = (void *)0x1234;
	syscall(SYS_timer_create, CLOCK_REALTIME, &sev, &tid);
	sev.sigev_notify = 77;
	syscall(SYS_timer_create, CLOCK_REALTIME, &sev, &tid);
	sev.sigev_notify = SIGEV_SIGNAL;
	sev.sigev_signo = 200;
	syscall(SYS_timer_create, CLOCK_REALTIME, &sev, &tid);
	syscall(SYS_timer_create, CLOCK_REALTIME, (void *)1, &tid);
	syscall(SYS_timer_create, CLOCK_REALTIME, NULL, (void *)1);
	syscall(SYS_timer_create, 99, NULL, &tid);
	/* a zero value is not shown */
	memset(&sev, 0, sizeof(sev));
	sev.sigev_notify = SIGEV_THREAD;
	sev.sigev_signo = SIGUSR1;
	syscall(SYS_timer_create, CLOCK_MONOTONIC, &sev, &tid);
	sev.sigev_notify = SIGEV_NONE;
	syscall(SYS_timer_create, CLOCK_MONOTONIC, &sev, &tid);

	/* timer 0 sends SIGALRM: take it when it fires */
	signal(SIGALRM, on_signal);
	sigset_t alrm, none;
	sigemptyset(&alrm);
	sigemptyset(&none);
	sigaddset(&alrm, SIGALRM);
	sigprocmask(SIG_BLOCK, &alrm, NULL);
	struct itimerspec its = {{0, 0}, {100, 0}}, old;
	syscall(SYS_timer_settime, 0, 0, &its, &old);
	syscall(SYS_timer_gettime, 0, &old);
	its.it_value.tv_sec = 1;
	syscall(SYS_timer_settime, 0, TIMER_ABSTIME, &its, NULL);
	sigsuspend(&none);
	syscall(SYS_timer_getoverrun, 0);
	its.it_value.tv_sec = 100;
	syscall(SYS_timer_settime, 0, 4, &its, NULL);
	syscall(SYS_timer_settime, 0, 0, NULL, NULL);
	syscall(SYS_timer_settime, 0, 0, (void *)1, NULL);
	syscall(SYS_timer_settime, 55, 0, &its, &old);
	syscall(SYS_timer_gettime, 55, &old);
	syscall(SYS_timer_gettime, 1, NULL);
	syscall(SYS_timer_getoverrun, 55);
	for (int id = 0; id <= 6; id++)
		syscall(SYS_timer_delete, id);
	syscall(SYS_timer_delete, 55);
}

int main(void)
{
	itimers();
	posix_timers();
	return 0;
}
