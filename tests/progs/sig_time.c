/* sig_time: clocks, sleeps (done, refused and interrupted), the time of
 * day, timex, time(2), times(2) and alarm. Nothing here changes a clock
 * or the time zone: every setting call is given a value the kernel
 * refuses, and adjtimex only reads. */
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/timex.h>
#include <time.h>
#include <unistd.h>

static void on_signal(int sig)
{
	(void)sig;
}

/* a SIGALRM in 10 ms, to interrupt the sleep that follows */
static void interrupt_soon(void)
{
	struct itimerval it = {{0, 0}, {0, 10000}};
	setitimer(ITIMER_REAL, &it, NULL);
}

static void clocks(void)
{
	struct timespec ts;
	syscall(SYS_clock_gettime, CLOCK_REALTIME, &ts);
	syscall(SYS_clock_gettime, CLOCK_MONOTONIC, (void *)1);
	syscall(SYS_clock_gettime, 99, &ts);
	syscall(SYS_clock_gettime, -2, &ts); /* this process's CPU clock */
	syscall(SYS_clock_gettime, CLOCK_BOOTTIME, NULL);
	syscall(SYS_clock_getres, CLOCK_BOOTTIME, &ts);
	syscall(SYS_clock_getres, CLOCK_MONOTONIC_COARSE, NULL);
	syscall(SYS_clock_getres, CLOCK_TAI, &ts);
	/* CLOCK_MONOTONIC cannot be set */
	ts.tv_sec = 1;
	ts.tv_nsec = 2;
	syscall(SYS_clock_settime, CLOCK_MONOTONIC, &ts);
	syscall(SYS_clock_settime, CLOCK_MONOTONIC, NULL);
	/* an invalid time is refused before anything is set (and if it were
	 * not, the clock would stay where it is) */
	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_nsec = 2000000000;
	syscall(SYS_clock_settime, CLOCK_REALTIME, &ts);
	syscall(SYS_clock_settime, CLOCK_REALTIME, (void *)1);
}

static void sleeps(void)
{
	struct timespec ts = {0, 1000}, rem;
	syscall(SYS_nanosleep, &ts, &rem);
	syscall(SYS_nanosleep, &ts, NULL);
	syscall(SYS_nanosleep, NULL, NULL);
	syscall(SYS_nanosleep, (void *)1, &rem);
	ts.tv_nsec = 2000000000;
	syscall(SYS_nanosleep, &ts, &rem);
	ts.tv_nsec = 1000;
	syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &ts, &rem);
	syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, &rem);
	syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 2, &ts, &rem);
	syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, TIMER_ABSTIME | 4, &ts,
		NULL);
	syscall(SYS_clock_nanosleep, CLOCK_THREAD_CPUTIME_ID, 0, &ts, &rem);
	syscall(SYS_clock_nanosleep, 99, 0, &ts, &rem);

	signal(SIGALRM, on_signal);
	ts.tv_sec = 3;
	ts.tv_nsec = 0;
	interrupt_soon();
	syscall(SYS_clock_nanosleep, CLOCK_REALTIME, 0, &ts, &rem);
	interrupt_soon();
	syscall(SYS_nanosleep, &ts, &rem);
	interrupt_soon();
	syscall(SYS_nanosleep, &ts, NULL);
	interrupt_soon();
	syscall(SYS_nanosleep, &ts, (void *)1);
	clock_gettime(CLOCK_MONOTONIC, &ts);
	ts.tv_sec += 3;
	interrupt_soon();
	syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, &rem);
}

static void day(void)
{
	struct timeval tv;
	struct timezone tz;
	syscall(SYS_gettimeofday, &tv, &tz);
	syscall(SYS_gettimeofday, &tv, NULL);
	syscall(SYS_gettimeofday, NULL, &tz);
	syscall(SYS_gettimeofday, NULL, NULL);
	syscall(SYS_gettimeofday, (void *)1, (void *)2);
	/* both refused: a zone out of range, a microsecond count too big */
	tz.tz_minuteswest = 100000;
	tz.tz_dsttime = 1;
	syscall(SYS_settimeofday, NULL, &tz);
	gettimeofday(&tv, NULL);
	tv.tv_usec = 9999999;
	syscall(SYS_settimeofday, &tv, NULL);
	syscall(SYS_settimeofday, (void *)1, NULL);
	time_t t;
	syscall(SYS_time, &t);
	syscall(SYS_time, NULL);
	syscall(SYS_time, (void *)1);
	struct tms tm;
	syscall(SYS_times, &tm);
	syscall(SYS_times, NULL);
	syscall(SYS_times, (void *)1);
	syscall(SYS_alarm, 0);
	syscall(SYS_alarm, 5);
	syscall(SYS_alarm, 0);
}

static void timex(void)
{
	struct timex tx;
	memset(&tx, 0, sizeof(tx));
	syscall(SYS_adjtimex, &tx);
	/* adjtime(3)'s read-only query */
	memset(&tx, 0, sizeof(tx));
	tx.modes = ADJ_OFFSET_SS_READ;
	syscall(SYS_adjtimex, &tx);
	/* refused: a tick 10% off */
	tx.modes = ADJ_TICK | ADJ_OFFSET | ADJ_NANO | 0x100000;
	tx.tick = 1;
	syscall(SYS_adjtimex, &tx);
	syscall(SYS_adjtimex, NULL);
	syscall(SYS_adjtimex, (void *)1);
	memset(&tx, 0, sizeof(tx));
	syscall(SYS_clock_adjtime, CLOCK_REALTIME, &tx);
	syscall(SYS_clock_adjtime, CLOCK_MONOTONIC, &tx);
	syscall(SYS_clock_adjtime, CLOCK_REALTIME, NULL);
}

int main(void)
{
	clocks();
	sleeps();
	day();
	timex();
	return 0;
}
