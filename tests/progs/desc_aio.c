/* The rarer fd calls with structures: Linux AIO, io_uring, perf events,
 * bpf commands, landlock, mount fds, quotas, modules, kexec, namespaces,
 * POSIX message queues. Most fail here (no privilege, no such object);
 * what strace prints for the arguments is the same either way. */
#include <fcntl.h>
#include <mqueue.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include <sys/uio.h>
#include <linux/aio_abi.h>
#include <linux/io_uring.h>
#include <linux/landlock.h>
#include <linux/mount.h>
#include <linux/perf_event.h>

int main(void)
{
	aio_context_t ctx = 0;
	syscall(SYS_io_setup, 8L, &ctx);
	syscall(SYS_io_setup, 8L, NULL);
	struct iocb cb = {0}, cb2 = {0}, cb3 = {0};
	struct iocb *cbs[3] = {&cb, &cb2, &cb3};
	int p[2];
	pipe(p);
	cb.aio_fildes = p[1];
	cb.aio_lio_opcode = IOCB_CMD_PWRITE;
	cb.aio_buf = (unsigned long)"hello";
	cb.aio_nbytes = 5;
	cb.aio_data = 0x1234;
	cb2.aio_fildes = p[0];
	cb2.aio_lio_opcode = IOCB_CMD_PREAD;
	cb2.aio_buf = 0;
	cb3.aio_lio_opcode = IOCB_CMD_FSYNC;
	cb3.aio_fildes = p[0];
	syscall(SYS_io_submit, ctx, 1L, cbs);
	struct io_event evs[4];
	struct timespec ts = {1, 0};
	syscall(SYS_io_getevents, ctx, 1L, 4L, evs, &ts);
	syscall(SYS_io_getevents, ctx, 0L, 4L, evs, &ts);
	syscall(SYS_io_pgetevents, ctx, 0L, 4L, evs, &ts, NULL);
	syscall(SYS_io_submit, ctx, 3L, cbs + 0);
	syscall(SYS_io_submit, ctx, 1L, NULL);
	syscall(SYS_io_cancel, ctx, &cb, evs);
	for (int op = 2; op < 10; op++) {
		cb3.aio_lio_opcode = op;
		syscall(SYS_io_submit, 0L, 1L, cbs + 2);
	}
	/* optional fields: rw flags, priority, flags and the eventfd */
	struct iocb ob = {0};
	struct iocb *obp[2] = {&ob, NULL};
	ob.aio_lio_opcode = IOCB_CMD_PWRITE;
	ob.aio_buf = (unsigned long)"abc";
	ob.aio_nbytes = 3;
	ob.aio_fildes = 1;
	ob.aio_reqprio = 3;
	ob.aio_flags = IOCB_FLAG_RESFD | IOCB_FLAG_IOPRIO;
	ob.aio_resfd = 7;
	ob.aio_rw_flags = 2;
	syscall(SYS_io_submit, 0L, 1L, obp);
	ob.aio_flags = 4;
	ob.aio_reqprio = 0;
	ob.aio_rw_flags = 0;
	syscall(SYS_io_submit, 0L, 1L, obp);
	struct iovec iov = {"x", 1};
	ob.aio_lio_opcode = IOCB_CMD_PWRITEV;
	ob.aio_buf = (unsigned long)&iov;
	ob.aio_nbytes = 1;
	ob.aio_flags = 0;
	syscall(SYS_io_submit, 0L, 1L, obp);
	ob.aio_lio_opcode = IOCB_CMD_PREADV;
	syscall(SYS_io_submit, 0L, 2L, obp);
	syscall(SYS_io_submit, 0L, -1L, obp);
	syscall(SYS_io_destroy, ctx);
	syscall(SYS_io_destroy, 0L);

	struct io_uring_params up;
	memset(&up, 0, sizeof up);
	int ur = syscall(SYS_io_uring_setup, 4L, &up);
	memset(&up, 0, sizeof up);
	up.flags = IORING_SETUP_CQSIZE;
	up.cq_entries = 16;
	up.sq_thread_idle = 100;
	syscall(SYS_io_uring_setup, 4L, &up);
	memset(&up, 0xff, sizeof up);
	syscall(SYS_io_uring_setup, 4L, &up);
	syscall(SYS_io_uring_setup, 4L, NULL);
	syscall(SYS_io_uring_enter, ur, 0L, 0L, (long)IORING_ENTER_GETEVENTS,
		NULL, 0L);
	sigset_t ss;
	sigemptyset(&ss);
	syscall(SYS_io_uring_enter, ur, 0L, 0L,
		(long)(IORING_ENTER_GETEVENTS | IORING_ENTER_SQ_WAKEUP), &ss,
		8L);
	syscall(SYS_io_uring_enter, -1, 0L, 0L, 0xffffffffffffffffUL, NULL, 0L);
	syscall(SYS_io_uring_register, ur, (long)IORING_REGISTER_PROBE, NULL,
		0L);
	syscall(SYS_io_uring_register, ur, (long)IORING_UNREGISTER_BUFFERS,
		NULL, 0L);
	syscall(SYS_io_uring_register, ur, 99L, NULL, 0L);

	struct perf_event_attr pa;
	memset(&pa, 0, sizeof pa);
	pa.type = PERF_TYPE_SOFTWARE;
	pa.size = sizeof pa;
	pa.config = PERF_COUNT_SW_CPU_CLOCK;
	pa.disabled = 1;
	syscall(SYS_perf_event_open, &pa, 0L, -1L, -1L,
		(long)PERF_FLAG_FD_CLOEXEC);
	pa.type = PERF_TYPE_HARDWARE;
	pa.config = PERF_COUNT_HW_INSTRUCTIONS;
	pa.disabled = 0;
	pa.exclude_kernel = 1;
	pa.exclude_hv = 1;
	pa.inherit = 1;
	pa.precise_ip = 2;
	pa.sample_type = PERF_SAMPLE_IP | PERF_SAMPLE_TID;
	pa.read_format = PERF_FORMAT_TOTAL_TIME_ENABLED;
	pa.sample_period = 1000;
	pa.size = 64;
	syscall(SYS_perf_event_open, &pa, -1L, 0L, -1L, 0L);
	syscall(SYS_perf_event_open, NULL, 0L, -1L, -1L, 0xffffffffffffffffUL);
	syscall(SYS_perf_event_open, 1L, -1L, 0L, -1L, 0L);

	syscall(SYS_bpf, 5L, NULL, 0L);
	syscall(SYS_bpf, 999L, NULL, 8L);
	syscall(SYS_bpf, 0xffffffffffffffffUL, NULL, 0L);

	syscall(SYS_fsopen, "tmpfs", (long)FSOPEN_CLOEXEC);
	syscall(SYS_fsopen, "nosuchfs", 0L);
	syscall(SYS_fsopen, NULL, 0xffffffffffffffffUL);
	syscall(SYS_fsmount, -1, (long)FSMOUNT_CLOEXEC,
		(long)(MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOSUID));
	syscall(SYS_fsmount, -1, 0xffffffffffffffffUL, 0xffffffffffffffffUL);
	syscall(SYS_fsmount, -1, 0L, 0x70L);
	unsigned cmds[] = {0x800001, 0x800002, 0x800003, 0x800004, 0x800005,
			   0x800006, 0x800007, 0x800008, 0x800009, 0x5801,
			   0x5802,   0x5803,   0x5804,	 0x5805,   0x5806,
			   0x5807,   0x5808,   0x5809,	 0x580a,   1,
			   0x800010};
	for (unsigned i = 0; i < sizeof cmds / sizeof cmds[0]; i++)
		syscall(SYS_quotactl_fd, -1, (long)((cmds[i] << 8) | (i % 4)),
			(long)i - 1, NULL);
	syscall(SYS_quotactl_fd, -1, 0xffffffffffffffffUL, -1L, NULL);

	struct landlock_ruleset_attr ra = {
		.handled_access_fs = LANDLOCK_ACCESS_FS_READ_FILE};
	syscall(SYS_landlock_create_ruleset, NULL, 0L,
		(long)LANDLOCK_CREATE_RULESET_VERSION);
	int rs = syscall(SYS_landlock_create_ruleset, &ra, 8L, 0L);
	syscall(SYS_landlock_create_ruleset, &ra, 4L, 0L);
	unsigned long big[3] = {-1UL, 0, 0};
	syscall(SYS_landlock_create_ruleset, big, 24L, 0L);
	syscall(SYS_landlock_create_ruleset, NULL, 0L, 0xffffffffffffffffUL);
	struct landlock_path_beneath_attr pb = {LANDLOCK_ACCESS_FS_READ_FILE,
						open(".", O_PATH)};
	syscall(SYS_landlock_add_rule, rs, (long)LANDLOCK_RULE_PATH_BENEATH,
		&pb, 0L);
	syscall(SYS_landlock_add_rule, -1, 0xffffffffffffffffUL, NULL,
		0xffffffffffffffffUL);
	syscall(SYS_landlock_restrict_self, -1, 0L);
	syscall(SYS_landlock_restrict_self, -1, 0xffffffffffffffffUL);

	syscall(SYS_finit_module, -1, "", 7L);
	syscall(SYS_finit_module, -1, "opt=1", 0L);
	syscall(SYS_finit_module, -1, NULL, 0xffffffffffffffffUL);
	syscall(SYS_kexec_file_load, -1, -1, 5L, "cmdl", 0L);
	syscall(SYS_kexec_file_load, -1, -1, 0L, NULL, 6L);
	syscall(SYS_kexec_file_load, -1, -1, 0L, NULL, 0xffffffffffffffffUL);
	syscall(SYS_setns, -1, (long)CLONE_NEWNET);
	syscall(SYS_setns, -1, 0L);
	syscall(SYS_setns, -1, 1L);
	syscall(SYS_setns, -1, 0xffffffffffffffffUL);

	struct mq_attr ma = {.mq_maxmsg = 4, .mq_msgsize = 16};
	mqd_t q = mq_open("/sctrace_desc_q", O_RDWR | O_CREAT, 0600, &ma);
	mq_open("/sctrace_desc_q2", O_RDWR | O_CREAT | O_EXCL, 0600, NULL);
	mq_open("/sctrace_desc_nosuch", O_RDONLY);
	syscall(SYS_mq_open, "x", (long)O_CREAT, 0x1ffffL, 1L);
	mq_timedsend(q, "msg", 3, 1, &ts);
	mq_send(q, "msg2", 4, 0);
	char buf[32];
	unsigned prio;
	mq_timedreceive(q, buf, 32, &prio, &ts);
	mq_receive(q, buf, 32, NULL);
	syscall(SYS_mq_timedreceive, -1, NULL, 10L, NULL, NULL);
	struct sigevent sev;
	memset(&sev, 0, sizeof sev);
	sev.sigev_notify = SIGEV_SIGNAL;
	sev.sigev_signo = SIGUSR1;
	mq_notify(q, &sev);
	mq_notify(q, NULL);
	sev.sigev_value.sival_int = 5;
	sev.sigev_notify = SIGEV_NONE;
	syscall(SYS_mq_notify, -1, &sev);
	sev.sigev_notify = SIGEV_THREAD;
	sev.sigev_notify_function = (void (*)(union sigval))0x1234;
	sev.sigev_notify_attributes = (void *)0x5678;
	syscall(SYS_mq_notify, -1, &sev);
	sev.sigev_notify = 4; /* SIGEV_THREAD_ID */
	sev._sigev_un._tid = 42;
	syscall(SYS_mq_notify, -1, &sev);
	sev.sigev_notify = 9;
	syscall(SYS_mq_notify, -1, &sev);
	syscall(SYS_mq_notify, -1, 1L);
	struct mq_attr na = {.mq_flags = O_NONBLOCK}, oa;
	mq_getattr(q, &oa);
	mq_setattr(q, &na, &oa);
	syscall(SYS_mq_getsetattr, -1, 1L, NULL);
	mq_unlink("/sctrace_desc_q");
	mq_unlink("/sctrace_desc_q2");
	return 0;
}
