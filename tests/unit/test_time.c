/* Unit tests of the time family on fake memory: clock ids, the time left
 * of a sleep, timezones, timex in both layouts, time(2)'s date, tms,
 * itimervals, sigevents and timer ids; faults, failing calls, unknown
 * values. The expected lines are what strace 6.1 prints. */
#include "unit.h"

#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/timex.h>
#include <time.h>

#include "decode/time.h"

#define BASE 0x10000ULL

static void call(struct unit_call *u, const char *name, uint64_t a0,
		 uint64_t a1, uint64_t a2, uint64_t a3, const void *img,
		 size_t len)
{
	uint64_t args[6] = {a0, a1, a2, a3, 0, 0};
	unit_call_init(u, name, args, BASE, img, len);
}

static void test_clocks(void)
{
	struct unit_call u;
	int64_t ts[2] = {5, 123};
	call(&u, "clock_gettime", CLOCK_MONOTONIC, BASE, 0, 0, ts, sizeof(ts));
	CHECK_STR(
		"clock.gettime", unit_run_squeezed(&u, 0, 0),
		"clock_gettime(CLOCK_MONOTONIC, {tv_sec=5, tv_nsec=123}) = 0");
	call(&u, "clock_gettime", 99, BASE, 0, 0, ts, sizeof(ts));
	CHECK_STR("clock.unknown_id", unit_run_squeezed(&u, -1, EINVAL),
		  "clock_gettime(0x63 /* CLOCK_??? */, 0x10000) = -1 EINVAL "
		  "(Invalid argument)");
	/* strace 6.1 does not decode dynamic (CPU, fd) clocks */
	call(&u, "clock_gettime", (uint32_t)-2, BASE, 0, 0, ts, sizeof(ts));
	CHECK_STR("clock.cpu_clock", unit_run_squeezed(&u, 0, 0),
		  "clock_gettime(0xfffffffe /* CLOCK_??? */, {tv_sec=5, "
		  "tv_nsec=123}) = 0");
	call(&u, "clock_getres", CLOCK_BOOTTIME, 0, 0, 0, ts, sizeof(ts));
	CHECK_STR("clock.getres_null", unit_run_squeezed(&u, 0, 0),
		  "clock_getres(CLOCK_BOOTTIME, NULL) = 0");
	call(&u, "clock_settime", CLOCK_REALTIME, BASE, 0, 0, ts, sizeof(ts));
	CHECK_STR("clock.settime_failed", unit_run_squeezed(&u, -1, EPERM),
		  "clock_settime(CLOCK_REALTIME, {tv_sec=5, tv_nsec=123}) = -1 "
		  "EPERM (Operation not permitted)");
	call(&u, "clock_settime", CLOCK_REALTIME, BASE, 0, 0, ts, 8);
	CHECK_STR("clock.settime_short", unit_run_squeezed(&u, -1, EFAULT),
		  "clock_settime(CLOCK_REALTIME, 0x10000) = -1 EFAULT (Bad "
		  "address)");
}

static void test_sleeps(void)
{
	struct unit_call u;
	int64_t ts[4] = {3, 0, 2, 500};
	call(&u, "nanosleep", BASE, BASE + 16, 0, 0, ts, sizeof(ts));
	CHECK_STR("sleep.done", unit_run_squeezed(&u, 0, 0),
		  "nanosleep({tv_sec=3, tv_nsec=0}, 0x10010) = 0");
	call(&u, "nanosleep", BASE, BASE + 16, 0, 0, ts, sizeof(ts));
	CHECK_STR(
		"sleep.interrupted", unit_run_squeezed(&u, -516, 516),
		"nanosleep({tv_sec=3, tv_nsec=0}, {tv_sec=2, tv_nsec=500}) = ? "
		"ERESTART_RESTARTBLOCK (Interrupted by signal)");
	call(&u, "nanosleep", BASE, 0, 0, 0, ts, sizeof(ts));
	CHECK_STR("sleep.interrupted_null", unit_run_squeezed(&u, -516, 516),
		  "nanosleep({tv_sec=3, tv_nsec=0}, NULL) = ? "
		  "ERESTART_RESTARTBLOCK (Interrupted by signal)");
	call(&u, "nanosleep", BASE, 0xdead0000, 0, 0, ts, sizeof(ts));
	CHECK_STR("sleep.interrupted_bad", unit_run_squeezed(&u, -516, 516),
		  "nanosleep({tv_sec=3, tv_nsec=0}, 0xdead0000) = ? "
		  "ERESTART_RESTARTBLOCK (Interrupted by signal)");
	call(&u, "nanosleep", BASE, BASE + 16, 0, 0, ts, sizeof(ts));
	CHECK_STR("sleep.refused", unit_run_squeezed(&u, -1, EINVAL),
		  "nanosleep({tv_sec=3, tv_nsec=0}, 0x10010) = -1 EINVAL "
		  "(Invalid argument)");
	call(&u, "clock_nanosleep", CLOCK_REALTIME, 0, BASE, BASE + 16, ts,
	     sizeof(ts));
	CHECK_STR("clock_sleep.interrupted", unit_run_squeezed(&u, -516, 516),
		  "clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=3, tv_nsec=0}, "
		  "{tv_sec=2, tv_nsec=500}) = ? ERESTART_RESTARTBLOCK "
		  "(Interrupted by signal)");
	/* an absolute sleep has nothing left to report */
	call(&u, "clock_nanosleep", CLOCK_MONOTONIC, TIMER_ABSTIME, BASE,
	     BASE + 16, ts, sizeof(ts));
	CHECK_STR("clock_sleep.absolute", unit_run_squeezed(&u, -514, 514),
		  "clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, {tv_sec=3, "
		  "tv_nsec=0}, 0x10010) = ? ERESTARTNOHAND (To be restarted if "
		  "no handler)");
	call(&u, "clock_nanosleep", CLOCK_MONOTONIC, 2, BASE, 0, ts,
	     sizeof(ts));
	CHECK_STR("clock_sleep.unknown_flag", unit_run_squeezed(&u, 0, 0),
		  "clock_nanosleep(CLOCK_MONOTONIC, 0x2 /* TIMER_??? */, "
		  "{tv_sec=3, tv_nsec=0}, NULL) = 0");
	call(&u, "clock_nanosleep", CLOCK_MONOTONIC, TIMER_ABSTIME | 4, BASE, 0,
	     ts, sizeof(ts));
	CHECK_STR("clock_sleep.mixed_flags", unit_run_squeezed(&u, 0, 0),
		  "clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME|0x4, "
		  "{tv_sec=3, "
		  "tv_nsec=0}, NULL) = 0");
	/* i386: two 32-bit fields */
	int32_t ts32[4] = {1, 2, 0, 7};
	call(&u, "nanosleep", BASE, BASE + 8, 0, 0, ts32, sizeof(ts32));
	unit_to_i386(&u, "nanosleep");
	CHECK_STR("sleep.i386", unit_run_squeezed(&u, -516, 516),
		  "nanosleep({tv_sec=1, tv_nsec=2}, {tv_sec=0, tv_nsec=7}) = ? "
		  "ERESTART_RESTARTBLOCK (Interrupted by signal)");
}

static void test_day(void)
{
	struct unit_call u;
	struct {
		int64_t tv[2];
		int32_t tz[2];
	} img = {{1700000000, 5}, {-60, 1}};
	call(&u, "gettimeofday", BASE, BASE + 16, 0, 0, &img, sizeof(img));
	CHECK_STR("day.get", unit_run_squeezed(&u, 0, 0),
		  "gettimeofday({tv_sec=1700000000, tv_usec=5}, "
		  "{tz_minuteswest=-60, tz_dsttime=1}) = 0");
	call(&u, "gettimeofday", BASE, BASE + 16, 0, 0, &img, sizeof(img));
	CHECK_STR("day.get_failed", unit_run_squeezed(&u, -1, EFAULT),
		  "gettimeofday(0x10000, 0x10010) = -1 EFAULT (Bad address)");
	call(&u, "settimeofday", 0, BASE + 16, 0, 0, &img, sizeof(img));
	CHECK_STR("day.set_tz", unit_run_squeezed(&u, -1, EINVAL),
		  "settimeofday(NULL, {tz_minuteswest=-60, tz_dsttime=1}) = -1 "
		  "EINVAL (Invalid argument)");

	/* time(2) with its date in the tracer's zone */
	setenv("TZ", "UTC", 1);
	tzset();
	int64_t t = 1700000000;
	call(&u, "time", BASE, 0, 0, 0, &t, sizeof(t));
	CHECK_STR("time.out", unit_run_squeezed(&u, t, 0),
		  "time([1700000000 /* 2023-11-14T22:13:20+0000 */]) = "
		  "1700000000 "
		  "(2023-11-14T22:13:20+0000)");
	call(&u, "time", 0, 0, 0, 0, NULL, 0);
	CHECK_STR("time.null", unit_run_squeezed(&u, 0, 0),
		  "time(NULL) = 0 (1970-01-01T00:00:00+0000)");
	call(&u, "time", 1, 0, 0, 0, NULL, 0);
	CHECK_STR("time.fault", unit_run_squeezed(&u, -1, EFAULT),
		  "time(0x1) = -1 EFAULT (Bad address)");
	int64_t huge = INT64_MAX;
	call(&u, "time", BASE, 0, 0, 0, &huge, sizeof(huge));
	CHECK_STR("time.undatable", unit_run_squeezed(&u, 5, 0),
		  "time([9223372036854775807]) = 5 (1970-01-01T00:00:05+0000)");
	int32_t t32 = 86400;
	call(&u, "time", BASE, 0, 0, 0, &t32, sizeof(t32));
	unit_to_i386(&u, "time");
	CHECK_STR("time.i386", unit_run_squeezed(&u, 86400, 0),
		  "time([86400 /* 1970-01-02T00:00:00+0000 */]) = 86400 "
		  "(1970-01-02T00:00:00+0000)");

	int64_t tms[4] = {1, 2, 3, 4};
	call(&u, "times", BASE, 0, 0, 0, tms, sizeof(tms));
	CHECK_STR(
		"times", unit_run_squeezed(&u, 1718229857, 0),
		"times({tms_utime=1, tms_stime=2, tms_cutime=3, tms_cstime=4}) "
		"= 1718229857");
	call(&u, "times", BASE, 0, 0, 0, tms, sizeof(tms) - 1);
	CHECK_STR("times.short", unit_run_squeezed(&u, 5, 0), "times(0x10000) = 5");
	call(&u, "alarm", 5, 0, 0, 0, NULL, 0);
	CHECK_STR("alarm", unit_run_squeezed(&u, 3, 0), "alarm(5) = 3");
}

static void test_timex(void)
{
	struct unit_call u;
	struct timex tx;
	memset(&tx, 0, sizeof(tx));
	tx.modes = ADJ_OFFSET_SS_READ | ADJ_FREQUENCY;
	tx.offset = -5;
	tx.maxerror = 16000000;
	tx.status = STA_UNSYNC | STA_NANO;
	tx.constant = 2;
	tx.time.tv_sec = 1;
	tx.time.tv_usec = 2;
	tx.tick = 10000;
	tx.shift = -1;
	tx.tai = 37;
	call(&u, "adjtimex", BASE, 0, 0, 0, &tx, sizeof(tx));
	CHECK_STR(
		"timex.full", unit_run_squeezed(&u, TIME_ERROR, 0),
		"adjtimex({modes=ADJ_OFFSET_SS_READ|ADJ_FREQUENCY, offset=-5, "
		"freq=0, maxerror=16000000, esterror=0, "
		"status=STA_UNSYNC|STA_NANO, constant=2, precision=0, "
		"tolerance=0, time={tv_sec=1, tv_usec=2}, tick=10000, "
		"ppsfreq=0, jitter=0, shift=-1, stabil=0, jitcnt=0, calcnt=0, "
		"errcnt=0, stbcnt=0, tai=37}) = 5 (TIME_ERROR)");
	memset(&tx, 0, sizeof(tx));
	tx.modes = 0x100000;
	tx.status = 0x10000;
	call(&u, "clock_adjtime", CLOCK_REALTIME, BASE, 0, 0, &tx, sizeof(tx));
	CHECK_STR(
		"timex.unknown", unit_run_squeezed(&u, 0, 0),
		"clock_adjtime(CLOCK_REALTIME, {modes=0x100000 /* ADJ_??? */, "
		"offset=0, freq=0, maxerror=0, esterror=0, status=0x10000 /* "
		"STA_??? */, constant=0, precision=0, tolerance=0, "
		"time={tv_sec=0, tv_usec=0}, tick=0, ppsfreq=0, jitter=0, "
		"shift=0, stabil=0, jitcnt=0, calcnt=0, errcnt=0, stbcnt=0, "
		"tai=0}) = 0 (TIME_OK)");
	call(&u, "adjtimex", BASE, 0, 0, 0, &tx, sizeof(tx));
	CHECK_STR("timex.failed", unit_run_squeezed(&u, -1, EINVAL),
		  "adjtimex(0x10000) = -1 EINVAL (Invalid argument)");
	call(&u, "adjtimex", BASE, 0, 0, 0, &tx, sizeof(tx) - 1);
	CHECK_STR("timex.short", unit_run_squeezed(&u, 9, 0), "adjtimex(0x10000) = 9");
	/* i386: 32-bit longs, 128 bytes */
	uint8_t tx32[128];
	memset(tx32, 0, sizeof(tx32));
	uint32_t v;
	v = ADJ_OFFSET_SINGLESHOT;
	memcpy(tx32, &v, 4);
	v = (uint32_t)-7;
	memcpy(tx32 + 4, &v, 4); /* offset */
	v = STA_PLL;
	memcpy(tx32 + 20, &v, 4); /* status */
	v = 99;
	memcpy(tx32 + 36, &v, 4); /* time.tv_sec */
	v = 10000;
	memcpy(tx32 + 44, &v, 4); /* tick */
	v = 36;
	memcpy(tx32 + 80, &v, 4); /* tai */
	call(&u, "adjtimex", BASE, 0, 0, 0, tx32, sizeof(tx32));
	unit_to_i386(&u, "adjtimex");
	CHECK_STR(
		"timex.i386", unit_run_squeezed(&u, TIME_OK, 0),
		"adjtimex({modes=ADJ_OFFSET_SINGLESHOT, offset=-7, freq=0, "
		"maxerror=0, esterror=0, status=STA_PLL, constant=0, "
		"precision=0, tolerance=0, time={tv_sec=99, tv_usec=0}, "
		"tick=10000, ppsfreq=0, jitter=0, shift=0, stabil=0, jitcnt=0, "
		"calcnt=0, errcnt=0, stbcnt=0, tai=36}) = 0 (TIME_OK)");
}

static void test_itimers(void)
{
	struct unit_call u;
	int64_t it[4] = {0, 0, 1, 500};
	call(&u, "setitimer", ITIMER_REAL, BASE, BASE, 0, it, sizeof(it));
	CHECK_STR("itimer.set", unit_run_squeezed(&u, 0, 0),
		  "setitimer(ITIMER_REAL, {it_interval={tv_sec=0, tv_usec=0}, "
		  "it_value={tv_sec=1, tv_usec=500}}, {it_interval={tv_sec=0, "
		  "tv_usec=0}, it_value={tv_sec=1, tv_usec=500}}) = 0");
	call(&u, "setitimer", 5, BASE, BASE, 0, it, sizeof(it));
	CHECK_STR(
		"itimer.unknown", unit_run_squeezed(&u, -1, EINVAL),
		"setitimer(0x5 /* ITIMER_??? */, {it_interval={tv_sec=0, "
		"tv_usec=0}, it_value={tv_sec=1, tv_usec=500}}, 0x10000) = -1 "
		"EINVAL (Invalid argument)");
	call(&u, "getitimer", ITIMER_PROF, 0xdead0000, 0, 0, it, sizeof(it));
	CHECK_STR("itimer.unreadable", unit_run_squeezed(&u, 0, 0),
		  "getitimer(ITIMER_PROF, 0xdead0000) = 0");
	int32_t it32[4] = {1, 2, 3, 4};
	call(&u, "getitimer", ITIMER_VIRTUAL, BASE, 0, 0, it32, sizeof(it32));
	unit_to_i386(&u, "getitimer");
	CHECK_STR(
		"itimer.i386", unit_run_squeezed(&u, 0, 0),
		"getitimer(ITIMER_VIRTUAL, {it_interval={tv_sec=1, tv_usec=2}, "
		"it_value={tv_sec=3, tv_usec=4}}) = 0");
}

static void test_posix_timers(void)
{
	struct unit_call u;
	struct {
		struct sigevent sev;
		int32_t id;
	} img;
	memset(&img, 0, sizeof(img));
	img.sev.sigev_notify = SIGEV_SIGNAL;
	img.sev.sigev_signo = SIGALRM;
	img.id = 3;
	uint64_t id = BASE + sizeof(struct sigevent);
	call(&u, "timer_create", CLOCK_MONOTONIC, BASE, id, 0, &img,
	     sizeof(img));
	CHECK_STR("timer.create_zero_value", unit_run_squeezed(&u, 0, 0),
		  "timer_create(CLOCK_MONOTONIC, {sigev_signo=SIGALRM, "
		  "sigev_notify=SIGEV_SIGNAL}, [3]) = 0");
	img.sev.sigev_value.sival_ptr = (void *)0x100000000;
	call(&u, "timer_create", CLOCK_MONOTONIC, BASE, id, 0, &img,
	     sizeof(img));
	CHECK_STR("timer.create_value", unit_run_squeezed(&u, 0, 0),
		  "timer_create(CLOCK_MONOTONIC, {sigev_value={sival_int=0, "
		  "sival_ptr=0x100000000}, sigev_signo=SIGALRM, "
		  "sigev_notify=SIGEV_SIGNAL}, [3]) = 0");
	img.sev.sigev_notify = SIGEV_NONE;
	img.sev.sigev_value.sival_ptr = NULL;
	call(&u, "timer_create", CLOCK_REALTIME, BASE, id, 0, &img,
	     sizeof(img));
	CHECK_STR("timer.create_none", unit_run_squeezed(&u, 0, 0),
		  "timer_create(CLOCK_REALTIME, {sigev_signo=14, "
		  "sigev_notify=SIGEV_NONE}, [3]) = 0");
	img.sev.sigev_notify = SIGEV_THREAD_ID;
	img.sev._sigev_un._tid = 77;
	call(&u, "timer_create", CLOCK_REALTIME, BASE, id, 0, &img,
	     sizeof(img));
	CHECK_STR("timer.create_tid", unit_run_squeezed(&u, 0, 0),
		  "timer_create(CLOCK_REALTIME, {sigev_signo=SIGALRM, "
		  "sigev_notify=SIGEV_THREAD_ID, sigev_notify_thread_id=77}, "
		  "[3]) "
		  "= 0");
	img.sev.sigev_notify = SIGEV_THREAD;
	img.sev._sigev_un._sigev_thread._function =
		(void (*)(union sigval))0x4000;
	img.sev._sigev_un._sigev_thread._attribute = NULL;
	call(&u, "timer_create", CLOCK_REALTIME, BASE, id, 0, &img,
	     sizeof(img));
	CHECK_STR("timer.create_thread", unit_run_squeezed(&u, 0, 0),
		  "timer_create(CLOCK_REALTIME, {sigev_signo=SIGALRM, "
		  "sigev_notify=SIGEV_THREAD, sigev_notify_function=0x4000, "
		  "sigev_notify_attributes=NULL}, [3]) = 0");
	img.sev.sigev_notify = 77;
	call(&u, "timer_create", 99, BASE, id, 0, &img, sizeof(img));
	CHECK_STR("timer.create_unknown", unit_run_squeezed(&u, -1, EINVAL),
		  "timer_create(0x63 /* CLOCK_??? */, {sigev_signo=14, "
		  "sigev_notify=0x4d /* SIGEV_??? */}, 0x10040) = -1 EINVAL "
		  "(Invalid argument)");
	call(&u, "timer_create", CLOCK_REALTIME, 1, 0, 0, &img, sizeof(img));
	CHECK_STR("timer.create_bad", unit_run_squeezed(&u, -1, EFAULT),
		  "timer_create(CLOCK_REALTIME, 0x1, NULL) = -1 EFAULT (Bad "
		  "address)");
	/* i386: a 4-byte value, the union at 12 */
	uint32_t sev32[6] = {0x55,	SIGUSR1,   SIGEV_THREAD,
			     0x8048000, 0x8049000, 0};
	call(&u, "timer_create", CLOCK_REALTIME, BASE, 0, 0, sev32,
	     sizeof(sev32));
	unit_to_i386(&u, "timer_create");
	CHECK_STR("timer.create_i386", unit_run_squeezed(&u, -1, EFAULT),
		  "timer_create(CLOCK_REALTIME, {sigev_value={sival_int=85, "
		  "sival_ptr=0x55}, sigev_signo=SIGUSR1, "
		  "sigev_notify=SIGEV_THREAD, sigev_notify_function=0x8048000, "
		  "sigev_notify_attributes=0x8049000}, NULL) = -1 EFAULT (Bad "
		  "address)");

	int64_t its[4] = {0, 0, 1, 0};
	call(&u, "timer_settime", 0, 4, BASE, 0, its, sizeof(its));
	CHECK_STR(
		"timer.settime_flags", unit_run_squeezed(&u, 0, 0),
		"timer_settime(0, 0x4 /* TIMER_??? */, {it_interval={tv_sec=0, "
		"tv_nsec=0}, it_value={tv_sec=1, tv_nsec=0}}, NULL) = 0");
	call(&u, "timer_gettime", 55, BASE, 0, 0, its, sizeof(its));
	CHECK_STR("timer.gettime_failed", unit_run_squeezed(&u, -1, EINVAL),
		  "timer_gettime(55, 0x10000) = -1 EINVAL (Invalid argument)");
	call(&u, "timer_getoverrun", 1, 0, 0, 0, NULL, 0);
	CHECK_STR("timer.getoverrun", unit_run_squeezed(&u, 2, 0), "timer_getoverrun(1) = 2");
	call(&u, "timer_delete", 1, 0, 0, 0, NULL, 0);
	CHECK_STR("timer.delete", unit_run_squeezed(&u, 0, 0), "timer_delete(1) = 0");
}

int main(void)
{
	test_clocks();
	test_sleeps();
	test_day();
	test_timex();
	test_itimers();
	test_posix_timers();
	return unit_done();
}
