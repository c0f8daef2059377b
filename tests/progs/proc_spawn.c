/* Process creation, exec, wait and futexes: fork, vfork, pthreads,
 * posix_spawn, clone3, execve with odd argv, wait4/waitid forms. */
#include <errno.h>
#include <fcntl.h>
#include <linux/futex.h>
#include <linux/sched.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define BAD ((void *)0xdead0000UL)
extern char **environ;

static void *thread_main(void *arg)
{
	/* still running when the main thread joins: the join waits */
	struct timespec ts = { 0, 20 * 1000 * 1000 };
	nanosleep(&ts, NULL);
	return arg;
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "child") == 0)
		return 3;
	/* SIGCHLD blocked: its delivery would race with the waits */
	sigset_t chld;
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);
	int st;
	pid_t p = fork();
	if (p == 0)
		_exit(0);
	wait4(p, &st, 0, NULL);
	p = fork();
	if (p == 0)
		_exit(7);
	struct rusage ru;
	wait4(-1, &st, __WALL, &ru);
	p = fork();
	if (p == 0) {
		/* killed by a signal outside any system call, no core file */
		struct rlimit none = { 0, 0 };
		setrlimit(RLIMIT_CORE, &none);
		*(volatile int *)BAD = 0;
		_exit(0);
	}
	wait4(p, &st, 0, NULL);
	wait4(-1, &st, WNOHANG, NULL);
	wait4(-1, BAD, 0x40000000, NULL);
	p = fork();
	if (p == 0)
		_exit(1);
	siginfo_t si;
	waitid(P_PID, p, &si, WEXITED | WNOWAIT);
	waitid(P_ALL, 0, &si, WEXITED);
	syscall(SYS_waitid, P_PGID, 0, NULL, WEXITED | WNOHANG, NULL);
	syscall(SYS_waitid, 3, 0, &si, WEXITED, &ru);
	syscall(SYS_waitid, 99, 0, &si, 0x1234, NULL);

	p = vfork();
	if (p == 0)
		_exit(0);
	waitpid(p, &st, 0);

	pthread_t t;
	pthread_create(&t, NULL, thread_main, NULL);
	pthread_join(t, NULL);

	char *args[] = {argv[0], "child", NULL};
	posix_spawn(&p, argv[0], NULL, NULL, args, environ);
	waitpid(p, &st, 0);

	struct clone_args ca;
	memset(&ca, 0, sizeof(ca));
	ca.flags = CLONE_CLEAR_SIGHAND;
	ca.exit_signal = SIGCHLD;
	p = syscall(SYS_clone3, &ca, sizeof(ca));
	if (p == 0)
		_exit(0);
	waitpid(p, &st, 0);
	syscall(SYS_clone3, BAD, sizeof(ca));
	syscall(SYS_clone3, &ca, 8);
	ca.flags = CLONE_VM | CLONE_VFORK | CLONE_PIDFD | CLONE_PARENT_SETTID;
	int pidfd = -1, ptid = 0;
	ca.pidfd = (uintptr_t)&pidfd;
	ca.parent_tid = (uintptr_t)&ptid;
	ca.exit_signal = 0;
	ca.stack = (uintptr_t)BAD;
	ca.stack_size = 0;
	syscall(SYS_clone3, &ca, sizeof(ca));
	syscall(SYS_clone, CLONE_NEWUSER | CLONE_NEWPID | CLONE_THREAD, BAD,
		NULL, NULL, 0);
	syscall(SYS_clone,
		CLONE_SETTLS | CLONE_VM | CLONE_NEWPID | CLONE_THREAD | 0x7f,
		NULL, NULL, NULL, BAD);

	int fut = 0;
	struct timespec to = {0, 1000};
	syscall(SYS_futex, &fut, FUTEX_WAIT, 1, NULL, NULL, 0);
	syscall(SYS_futex, &fut, FUTEX_WAIT_PRIVATE, 0, &to, NULL, 0);
	syscall(SYS_futex, &fut, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
	syscall(SYS_futex, &fut, FUTEX_WAIT_BITSET | FUTEX_CLOCK_REALTIME, 0,
		&to, NULL, FUTEX_BITSET_MATCH_ANY);
	syscall(SYS_futex, &fut, FUTEX_WAIT_BITSET_PRIVATE, 0, &to, NULL, 0x5);
	syscall(SYS_futex, &fut, FUTEX_WAKE_BITSET, 1, NULL, NULL,
		FUTEX_BITSET_MATCH_ANY);
	int fut2 = 0;
	syscall(SYS_futex, &fut, FUTEX_REQUEUE, 1, 2, &fut2, 0);
	syscall(SYS_futex, &fut, FUTEX_CMP_REQUEUE_PRIVATE, 1, 2, &fut2, 0);
	syscall(SYS_futex, &fut, FUTEX_WAKE_OP, 1, 1, &fut2,
		FUTEX_OP(FUTEX_OP_ADD, 1, FUTEX_OP_CMP_GT, 0));
	syscall(SYS_futex, &fut, FUTEX_WAKE_OP_PRIVATE, 1, 1, &fut2,
		FUTEX_OP((FUTEX_OP_OPARG_SHIFT | FUTEX_OP_OR), 3, 7, 9));
	syscall(SYS_futex, &fut, FUTEX_LOCK_PI, 0, &to, NULL, 0);
	syscall(SYS_futex, &fut, FUTEX_UNLOCK_PI, 0, NULL, NULL, 0);
	syscall(SYS_futex, &fut, FUTEX_TRYLOCK_PI_PRIVATE, 0, NULL, NULL, 0);
	syscall(SYS_futex, &fut, FUTEX_LOCK_PI2, 0, NULL, NULL, 0);
	syscall(SYS_futex, &fut, FUTEX_WAIT_REQUEUE_PI, 0, &to, &fut2, 0);
	syscall(SYS_futex, &fut, FUTEX_CMP_REQUEUE_PI, 1, 1, &fut2, 0);
	syscall(SYS_futex, &fut, FUTEX_FD, 0, NULL, NULL, 0);
	syscall(SYS_futex, &fut, 15 | FUTEX_PRIVATE_FLAG, 1, 2, 3, 4);
	syscall(SYS_futex, BAD, FUTEX_WAIT, 0, BAD, NULL, 0);
	syscall(SYS_futex_waitv, NULL, 0, 0, NULL, CLOCK_MONOTONIC);

	char *odd[] = {"a", "with space", "\x01\xff",
		       "0123456789012345678901234567890123456789", NULL};
	char *env[] = {"A=1", "B=2", NULL};
	execve("/nonexistent", odd, env);
	execve("/nonexistent", BAD, BAD);
	syscall(SYS_execve, "/nonexistent", NULL, NULL);
	char *many[40];
	for (int i = 0; i < 39; i++)
		many[i] = "x";
	many[39] = NULL;
	execve("/nonexistent", many, environ);
	syscall(SYS_execveat, AT_FDCWD, "/nonexistent", odd, env,
		AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH);
	syscall(SYS_execveat, 99, "", odd, env, 0x10000);
	char *ok[] = {"true", NULL};
	p = fork();
	if (p == 0) {
		execve("/bin/true", ok, environ);
		_exit(1);
	}
	waitpid(p, &st, 0);
	syscall(SYS_exit_group, 0);
	return 0;
}
