/* An i386 tracee's shared calls with structures of longs and pointers
 * (cc -m32): scheduling, robust lists, capabilities, POSIX queues,
 * async I/O, splicing with 64-bit offsets, vectors of iovecs, memory
 * calls, event fds, and the new calls whose times are 64-bit in every
 * personality (epoll_pwait2, futex_waitv). */
#include <fcntl.h>
#include <linux/aio_abi.h>
#include <linux/capability.h>
#include <mqueue.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/file.h>
#include <sys/inotify.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

int main(void)
{
	char buf[256];
	/* scheduling */
	cpu_set_t set;
	CPU_ZERO(&set);
	CPU_SET(0, &set);
	sched_setaffinity(0, sizeof(set), &set);
	sched_getaffinity(0, sizeof(set), &set);
	struct sched_param sp = {0};
	sched_getparam(0, &sp);
	sched_setscheduler(0, SCHED_OTHER, &sp);
	sched_getscheduler(0);
	syscall(SYS_sched_get_priority_max, SCHED_FIFO);
	setpriority(PRIO_PROCESS, 0, 0);
	sched_yield();

	/* robust lists, names, capabilities */
	uint32_t head, len;
	syscall(SYS_get_robust_list, 0, &head, &len);
	prctl(PR_SET_NAME, "i386-shared");
	prctl(PR_GET_NAME, buf);
	prctl(PR_GET_DUMPABLE);
	struct __user_cap_header_struct ch = {_LINUX_CAPABILITY_VERSION_3, 0};
	struct __user_cap_data_struct cd[2];
	syscall(SYS_capget, &ch, cd);
	getcwd(buf, sizeof(buf));
	readlink("data/link", buf, sizeof(buf));
	getrandom(buf, 8, GRND_NONBLOCK);

	/* files: splice and copies with 64-bit offsets */
	int fd = open("i386_shared.tmp", O_RDWR | O_CREAT | O_TRUNC, 0600);
	write(fd, "0123456789", 10);
	int out = open("i386_shared.out", O_RDWR | O_CREAT | O_TRUNC, 0600);
	int64_t in_off = 2, out_off = 0;
	syscall(SYS_copy_file_range, fd, &in_off, out, &out_off, 4, 0);
	int p[2];
	pipe2(p, O_CLOEXEC);
	in_off = 1;
	splice(fd, &in_off, p[1], NULL, 3, SPLICE_F_MOVE);
	splice(p[0], NULL, out, NULL, 3, 0);
	struct iovec iov[2] = {{"ab", 2}, {"cd", 2}};
	vmsplice(p[1], iov, 2, 0);
	tee(p[0], p[1], 1, SPLICE_F_NONBLOCK);
	char rb[8];
	struct iovec local = {rb, 4}, remote = {(void *)"wxyz", 4};
	process_vm_readv(getpid(), &local, 1, &remote, 1, 0);
	syncfs(fd);
	fchmod(fd, 0640);
	fchown(fd, -1, -1);
	flock(fd, LOCK_SH);

	/* memory */
	void *m = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	madvise(m, 4096, MADV_DONTNEED);
	mlock(m, 4096);
	munlock(m, 4096);
	unsigned char vec[2];
	mincore(m, 8192, vec);
	msync(m, 4096, MS_ASYNC);
	m = mremap(m, 8192, 16384, MREMAP_MAYMOVE);
	mprotect(m, 4096, PROT_READ);
	munmap(m, 16384);
	memfd_create("i386", MFD_CLOEXEC);

	/* event fds */
	int efd = eventfd(3, EFD_NONBLOCK);
	uint64_t v;
	read(efd, &v, sizeof(v));
	sigset_t mask;
	sigemptyset(&mask);
	sigaddset(&mask, SIGUSR1);
	int sfd = signalfd(-1, &mask, SFD_CLOEXEC);
	int ifd = inotify_init1(IN_NONBLOCK);
	inotify_add_watch(ifd, "data", IN_CREATE | IN_DELETE);
	int ep = epoll_create1(0);
	struct epoll_event ev = {EPOLLIN, {.fd = efd}};
	epoll_ctl(ep, EPOLL_CTL_ADD, efd, &ev);
	struct epoll_event evs[2];
	struct {
		int64_t sec, nsec;
	} t64 = {0, 1000};
	syscall(SYS_epoll_pwait2, ep, evs, 2, &t64, NULL, 8);
	close(ep);
	close(ifd);
	close(sfd);
	close(efd);

	/* POSIX queues: struct mq_attr of longs */
	struct mq_attr attr = {.mq_maxmsg = 2, .mq_msgsize = 8}, oattr;
	mqd_t q = mq_open("/i386_shared", O_RDWR | O_CREAT, 0600, &attr);
	mq_unlink("/i386_shared");
	mq_getattr(q, &oattr);
	attr.mq_flags = O_NONBLOCK;
	mq_setattr(q, &attr, &oattr);
	struct sigevent sev;
	memset(&sev, 0, sizeof(sev));
	sev.sigev_notify = SIGEV_NONE;
	syscall(SYS_mq_notify, q, &sev);
	close(q);

	/* async I/O: iocbs of 64-bit fields, io_events */
	aio_context_t ctx = 0;
	syscall(SYS_io_setup, 4, &ctx);
	struct iocb cb;
	memset(&cb, 0, sizeof(cb));
	cb.aio_lio_opcode = IOCB_CMD_PREAD;
	cb.aio_fildes = fd;
	cb.aio_buf = (uint64_t)(uintptr_t)buf;
	cb.aio_nbytes = 4;
	struct iocb *cbs[1] = {&cb};
	syscall(SYS_io_submit, ctx, 1, cbs);
	struct io_event events[1];
	struct {
		int32_t sec, nsec;
	} t32 = {1, 0};
	syscall(SYS_io_getevents, ctx, 1, 1, events, &t32);
	syscall(SYS_io_destroy, ctx);

	close(p[0]);
	close(p[1]);
	close(out);
	close(fd);
	unlink("i386_shared.out");
	unlink("i386_shared.tmp");
	return 0;
}
