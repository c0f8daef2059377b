/* An i386 tracee's time calls (cc -m32): the _time64 calls, whose
 * times are 64-bit in a 32-bit process, next to the old ones with
 * 32-bit times (time, stime, gettimeofday, nanosleep, clock_gettime,
 * timers, itimers, utimes), and futex, ppoll, pselect6 in both kinds. */
#include <fcntl.h>
#include <linux/futex.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

struct ts64 {
	int64_t sec, nsec;
};
struct ts32 {
	int32_t sec, nsec;
};
struct its64 {
	struct ts64 interval, value;
};
struct its32 {
	struct ts32 interval, value;
};

int main(void)
{
	struct ts64 t64 = {0, 1000}, r64;
	struct ts32 t32 = {0, 1000}, r32;

	/* clocks */
	syscall(SYS_clock_gettime64, CLOCK_MONOTONIC, &r64);
	syscall(SYS_clock_gettime64, CLOCK_REALTIME, NULL);
	syscall(SYS_clock_gettime64, 99, &r64);
	syscall(SYS_clock_getres_time64, CLOCK_MONOTONIC, &r64);
	syscall(SYS_clock_settime64, CLOCK_MONOTONIC, &t64);
	syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &r32);
	syscall(SYS_clock_getres, CLOCK_BOOTTIME, &r32);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &(struct timespec){0, 0});
	int32_t t;
	syscall(SYS_time, &t);
	syscall(SYS_time, NULL);
	t = 0;
	syscall(SYS_stime, &t);
	struct {
		int32_t sec, usec;
	} tv;
	struct {
		int32_t minuteswest, dsttime;
	} tz;
	syscall(SYS_gettimeofday, &tv, &tz);
	syscall(SYS_settimeofday, NULL, NULL);
	char timex[256];
	memset(timex, 0, sizeof(timex));
	syscall(SYS_clock_adjtime64, CLOCK_REALTIME, timex);
	syscall(SYS_adjtimex, timex);

	/* sleeps */
	syscall(SYS_clock_nanosleep_time64, CLOCK_MONOTONIC, 0, &t64, &r64);
	syscall(SYS_clock_nanosleep_time64, CLOCK_REALTIME, TIMER_ABSTIME,
		&t64, NULL);
	syscall(SYS_clock_nanosleep_time64, CLOCK_MONOTONIC, 0, NULL, NULL);
	syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &t32, &r32);
	syscall(SYS_nanosleep, &t32, &r32);
	struct timespec req = {0, 1000};
	nanosleep(&req, NULL);
	clock_nanosleep(CLOCK_MONOTONIC, 0, &req, NULL);

	/* POSIX timers, timerfd, itimers */
	timer_t tid;
	struct sigevent sev;
	memset(&sev, 0, sizeof(sev));
	sev.sigev_notify = SIGEV_NONE;
	timer_create(CLOCK_MONOTONIC, &sev, &tid);
	struct its64 i64 = {{0, 0}, {100, 0}}, o64;
	struct its32 i32 = {{0, 0}, {100, 0}}, o32;
	syscall(SYS_timer_settime64, tid, 0, &i64, &o64);
	syscall(SYS_timer_gettime64, tid, &o64);
	syscall(SYS_timer_settime, tid, 0, &i32, &o32);
	syscall(SYS_timer_gettime, tid, &o32);
	syscall(SYS_timer_gettime64, 99, &o64);
	timer_delete(tid);
	int tfd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC);
	syscall(SYS_timerfd_settime64, tfd, 0, &i64, &o64);
	syscall(SYS_timerfd_gettime64, tfd, &o64);
	syscall(SYS_timerfd_settime, tfd, TFD_TIMER_ABSTIME, &i32, NULL);
	syscall(SYS_timerfd_gettime, tfd, &o32);
	close(tfd);
	struct {
		struct {
			int32_t sec, usec;
		} interval, value;
	} itv = {{0, 0}, {0, 0}}, oitv;
	syscall(SYS_setitimer, ITIMER_REAL, &itv, &oitv);
	syscall(SYS_getitimer, ITIMER_VIRTUAL, &oitv);
	syscall(SYS_sched_rr_get_interval_time64, 0, &r64);
	syscall(SYS_sched_rr_get_interval, 0, &r32);

	/* file times */
	int fd = open("i386_time.tmp", O_WRONLY | O_CREAT | O_TRUNC, 0600);
	struct ts64 times64[2] = {{1, 2}, {3, UTIME_OMIT}};
	struct ts32 times32[2] = {{1, 2}, {0, UTIME_NOW}};
	syscall(SYS_utimensat_time64, AT_FDCWD, "i386_time.tmp", times64, 0);
	syscall(SYS_utimensat_time64, fd, NULL, NULL, 0);
	syscall(SYS_utimensat, AT_FDCWD, "i386_time.tmp", times32,
		AT_SYMLINK_NOFOLLOW);
	struct {
		int32_t actime, modtime;
	} ub = {1, 2};
	syscall(SYS_utime, "i386_time.tmp", &ub);
	syscall(SYS_utimes, "i386_time.tmp", NULL);
	futimens(fd, NULL);
	close(fd);
	unlink("i386_time.tmp");

	/* futex, ppoll, pselect6 with either kind of timeout */
	static uint32_t word = 1;
	syscall(SYS_futex_time64, &word, FUTEX_WAIT_PRIVATE, 0, &t64, NULL, 0);
	syscall(SYS_futex_time64, &word, FUTEX_WAIT_PRIVATE, 1, &t64, NULL, 0);
	syscall(SYS_futex_time64, &word, FUTEX_WAKE, 1, NULL, NULL, 0);
	syscall(SYS_futex_time64, &word, FUTEX_WAIT_BITSET, 1, &t64, NULL,
		FUTEX_BITSET_MATCH_ANY);
	syscall(SYS_futex, &word, FUTEX_WAIT, 1, &t32, NULL, 0);
	int p[2];
	pipe(p);
	struct pollfd pf[2] = {{p[0], POLLIN, 0}, {p[1], POLLOUT, 0}};
	uint32_t mask[2] = {1u << (SIGUSR1 - 1), 0};
	syscall(SYS_ppoll_time64, pf, 2, &t64, mask, 8);
	syscall(SYS_ppoll_time64, pf, 1, &t64, NULL, 8);
	syscall(SYS_ppoll, pf, 2, &t32, mask, 8);
	fd_set r;
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	uint32_t data[2] = {(uint32_t)(uintptr_t)mask, 8};
	syscall(SYS_pselect6_time64, p[0] + 1, &r, NULL, NULL, &t64, data);
	FD_SET(p[0], &r);
	syscall(SYS_pselect6_time64, p[1] + 1, NULL, &r, NULL, &t64, NULL);
	FD_SET(p[0], &r);
	syscall(SYS_pselect6, p[0] + 1, &r, NULL, NULL, &t32, data);
	struct timeval stv = {0, 10};
	select(p[0] + 1, &r, NULL, NULL, &stv);
	poll(pf, 2, 0);
	return 0;
}
