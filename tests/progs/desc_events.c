/* fds that deliver events: eventfd, signalfd, timerfd, inotify,
 * fanotify, memfd, userfaultfd; every flag, unknown flags and clocks,
 * bad pointers and sizes. */
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/fanotify.h>
#include <sys/inotify.h>
#include <sys/mman.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	syscall(SYS_eventfd, 5L);
	eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK | EFD_SEMAPHORE);
	syscall(SYS_eventfd2, 1L, 0x10L);
	syscall(SYS_eventfd2, 0xffffffffffffffffUL, 0xffffffffffffffffUL);
	sigset_t ss;
	sigemptyset(&ss);
	sigaddset(&ss, SIGUSR1);
	sigaddset(&ss, SIGRTMIN);
	syscall(SYS_signalfd, -1, &ss, 8L);
	signalfd(-1, &ss, SFD_CLOEXEC | SFD_NONBLOCK);
	syscall(SYS_signalfd4, -1, &ss, 8L, 0L);
	syscall(SYS_signalfd4, -1, &ss, 4L, 0L);
	syscall(SYS_signalfd4, -1, &ss, 16L, 0L);
	syscall(SYS_signalfd4, -1, 1L, 8L, 0x10L);

	int t = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK);
	timerfd_create(CLOCK_REALTIME, 0);
	syscall(SYS_timerfd_create, CLOCK_BOOTTIME_ALARM, 0x10L);
	syscall(SYS_timerfd_create, 99L, 0L);
	syscall(SYS_timerfd_create, -1L, 0xffffffffL);
	struct itimerspec its = {{1, 2}, {3, 4}}, old;
	timerfd_settime(t, 0, &its, NULL);
	timerfd_settime(t, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &its,
			&old);
	syscall(SYS_timerfd_settime, t, 0x10L, &its, &old);
	syscall(SYS_timerfd_settime, t, 0L, 1L, &old);
	its.it_value.tv_sec = 0;
	its.it_value.tv_nsec = 0;
	timerfd_settime(t, 0, &its, &old);
	timerfd_gettime(t, &old);
	syscall(SYS_timerfd_gettime, t, NULL);

	syscall(SYS_inotify_init);
	inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
	int in = inotify_init1(0);
	syscall(SYS_inotify_init1, 0x10L);
	syscall(SYS_inotify_init1, 0xffffffffffffffffUL);
	inotify_rm_watch(in, 99);

	fanotify_init(FAN_CLASS_NOTIF | FAN_CLOEXEC | FAN_NONBLOCK,
		      O_RDONLY | O_LARGEFILE);
	fanotify_init(FAN_CLASS_CONTENT | FAN_UNLIMITED_QUEUE | FAN_REPORT_FID,
		      O_RDWR | O_CLOEXEC);
	fanotify_init(FAN_CLASS_PRE_CONTENT | FAN_REPORT_DFID_NAME |
			      FAN_REPORT_TID | FAN_ENABLE_AUDIT,
		      0);
	syscall(SYS_fanotify_init, 0x0c | 0x4000000L, 0L);
	syscall(SYS_fanotify_init, 0L, 0x800000L);
	syscall(SYS_fanotify_init, 0xfffffff3L, 0x800000L);

	memfd_create("name", MFD_CLOEXEC | MFD_ALLOW_SEALING);
	memfd_create("huge", MFD_CLOEXEC | MFD_HUGETLB | (21 << 26));
	syscall(SYS_memfd_create, "huge", (long)(MFD_HUGETLB | (30U << 26)));
	syscall(SYS_memfd_create, "nohugetlb", (long)(21U << 26));
	memfd_create("zero", 0);
	syscall(SYS_memfd_create, "unknown", 0x100L);
	syscall(SYS_memfd_create, "newer", 0x18L);
	syscall(SYS_memfd_create, "a name longer than thirty-two bytes", 0L);
	syscall(SYS_memfd_create, 1L, 0L);
	syscall(SYS_memfd_create, NULL, 0xffffffffffffffffUL);
	syscall(SYS_memfd_secret, 0L);
	syscall(SYS_memfd_secret, 1L);
	syscall(SYS_memfd_secret, (long)O_CLOEXEC);
	syscall(SYS_memfd_secret, 0xffffffffL);
	syscall(SYS_userfaultfd, (long)(O_CLOEXEC | O_NONBLOCK));
	syscall(SYS_userfaultfd, 1L);
	syscall(SYS_userfaultfd, 2L);
	syscall(SYS_userfaultfd, 0xffffffffL);
	syscall(SYS_open_by_handle_at, -1, NULL, (long)O_RDONLY);
	struct {
		unsigned int bytes;
		int type;
		unsigned char h[8];
	} fh = {8, 1, {1, 2, 3, 4, 5, 6, 7, 8}};
	syscall(SYS_open_by_handle_at, -1, &fh, (long)(O_RDONLY | O_CLOEXEC));
	return 0;
}
