/* The smaller items: modify_ldt's errors in its unsigned return, kcmp's
 * and pidfd_getfd's fds of other processes (-y), mq_notify's sigevent,
 * socket filters by SO_ATTACH_FILTER and SO_GET_FILTER, BPF codes with
 * bits no field has, and, under a seccomp filter that fakes ptrace,
 * PEEKUSER and POKEUSER offsets into struct user. */
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/kcmp.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <stddef.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void filters(void)
{
	int fd = socket(AF_INET, SOCK_DGRAM, 0);
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 12),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0x800, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, 0xffff),
		BPF_STMT(BPF_RET | BPF_K, 0),
	};
	struct sock_fprog p = {4, f};
	setsockopt(fd, SOL_SOCKET, SO_ATTACH_FILTER, &p, sizeof(p));
	struct sock_filter out[8];
	memset(out, 0, sizeof(out));
	socklen_t len = 8;
	getsockopt(fd, SOL_SOCKET, SO_GET_FILTER, out, &len);
	len = 0;
	getsockopt(fd, SOL_SOCKET, SO_GET_FILTER, NULL, &len);
	len = 2;
	getsockopt(fd, SOL_SOCKET, SO_GET_FILTER, out, &len);
	len = 8;
	getsockopt(fd, SOL_SOCKET, SO_GET_FILTER, (void *)8, &len);
	int fd2 = socket(AF_INET, SOCK_DGRAM, 0);
	len = 8;
	getsockopt(fd2, SOL_SOCKET, SO_GET_FILTER, out, &len);
	close(fd2);
	close(fd);
}

static void other_fds(void)
{
	int fd = open("/dev/null", O_RDONLY);
	pid_t me = getpid();
	int pfd = (int)syscall(SYS_pidfd_open, me, 0);
	/* no SIGCHLD to race the wait */
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	sigprocmask(SIG_BLOCK, &set, NULL);
	pid_t child = fork();
	if (child == 0) {
		pause();
		_exit(0);
	}
	/* only results that do not depend on where the kernel put things */
	syscall(SYS_kcmp, me, child, KCMP_FILE, fd, fd);
	syscall(SYS_kcmp, me, child, KCMP_FILE, 99, fd);
	syscall(SYS_kcmp, me, child, KCMP_FILE, fd, 99);
	int got = (int)syscall(SYS_pidfd_getfd, pfd, fd, 0);
	syscall(SYS_pidfd_getfd, pfd, 99, 0);
	syscall(SYS_pidfd_getfd, pfd, fd, 5);
	kill(child, SIGKILL);
	waitpid(child, NULL, 0);
	close(got);
	close(pfd);
	close(fd);
}

static void sigevents(void)
{
	struct sigevent se;
	memset(&se, 0, sizeof(se));
	se.sigev_notify = SIGEV_SIGNAL;
	se.sigev_signo = SIGUSR1;
	syscall(SYS_mq_notify, -1, &se);
	se.sigev_notify = SIGEV_THREAD_ID;
	se.sigev_value.sival_int = 5;
	se._sigev_un._tid = 12345;
	syscall(SYS_mq_notify, -1, &se);
	se.sigev_notify = SIGEV_THREAD;
	syscall(SYS_mq_notify, -1, &se);
	se.sigev_notify = 77;
	syscall(SYS_mq_notify, -1, &se);
	se.sigev_notify = SIGEV_NONE;
	syscall(SYS_mq_notify, -1, &se);
	syscall(SYS_mq_notify, -1, NULL);
	syscall(SYS_mq_notify, -1, (void *)8);
}

static void fake_ptrace(void)
{
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
			 offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_ptrace, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | 5),
		BPF_STMT(BPF_ALU | BPF_AND | BPF_X, 0),
		BPF_STMT(BPF_MISC | BPF_TAX, 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog p = {sizeof(f) / sizeof(f[0]), f};
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	/* codes with bits no field has: rejected, and shown */
	struct sock_filter bad[] = {BPF_STMT(0xffff, 7),
				    BPF_STMT(BPF_RET | 0xe0, 0)};
	struct sock_fprog b = {2, bad};
	prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &b);
	prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &p);
}

int main(void)
{
	/* modify_ldt returns (unsigned int)ret: its errors are positive */
	syscall(SYS_modify_ldt, 7, NULL, 0);
	syscall(SYS_modify_ldt, 1, NULL, 0);
	syscall(SYS_modify_ldt, 0x11, (void *)8, 16);
	filters();
	other_fds();
	sigevents();

	fake_ptrace();
	static const long offsets[] = {
		offsetof(struct user, regs.r15),
		offsetof(struct user, regs.r14),
		offsetof(struct user, regs.rip) + 3,
		offsetof(struct user, regs.eflags),
		offsetof(struct user, regs.ss),
		offsetof(struct user, regs.fs_base),
		offsetof(struct user, regs.gs) + 7,
		offsetof(struct user, u_fpvalid),
		offsetof(struct user, i387) + 100,
		offsetof(struct user, u_tsize),
		offsetof(struct user, signal),
		offsetof(struct user, u_comm) + 31,
		offsetof(struct user, u_debugreg),
		offsetof(struct user, u_debugreg[7]),
		sizeof(struct user),
		sizeof(struct user) + 1,
		-1,
	};
	long v;
	for (size_t i = 0; i < sizeof(offsets) / sizeof(offsets[0]); i++) {
		syscall(SYS_ptrace, PTRACE_PEEKUSER, 1, offsets[i], &v);
		syscall(SYS_ptrace, PTRACE_POKEUSER, 1, offsets[i], i);
	}
	syscall(SYS_ptrace, PTRACE_POKEDATA, 1, 0, 0);
	return 0;
}
