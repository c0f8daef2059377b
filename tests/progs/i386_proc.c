/* An i386 tracee's process calls (cc -m32): the *32 id calls, limits
 * (ugetrlimit, getrlimit with 32-bit limits, prlimit64), usage and
 * system information in their 32-bit layouts, TLS descriptors, waitpid,
 * wait4, fork, clone with i386's argument order, execve with 32-bit
 * pointer arrays. Run with an argument, it only exits. */
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

/* i386's struct user_desc */
struct user_desc32 {
	uint32_t entry_number, base_addr, limit;
	uint32_t seg_32bit : 1, contents : 2, read_exec_only : 1,
		limit_in_pages : 1, seg_not_present : 1, useable : 1;
};

int main(int argc, char **argv)
{
	if (argc > 1)
		return atoi(argv[1]);
	char buf[1024];
	uint32_t groups[4] = {0, 0, 0, 0};
	uint32_t r[3];

	/* identities */
	syscall(SYS_getuid32);
	syscall(SYS_geteuid32);
	syscall(SYS_getgid32);
	syscall(SYS_getegid32);
	syscall(SYS_getuid);
	syscall(SYS_getgid);
	syscall(SYS_getresuid32, &r[0], &r[1], &r[2]);
	syscall(SYS_getresgid32, &r[0], &r[1], NULL);
	syscall(SYS_getresuid, &r[0], &r[1], &r[2]);
	syscall(SYS_getgroups32, 4, groups);
	syscall(SYS_getgroups32, 0, NULL);
	syscall(SYS_getgroups32, -1, groups);
	syscall(SYS_setgroups32, 1, groups);
	syscall(SYS_setuid32, 0);
	syscall(SYS_setgid32, 0);
	syscall(SYS_setreuid32, -1, 0);
	syscall(SYS_setregid32, 0, -1);
	syscall(SYS_setresuid32, -1, -1, -1);
	syscall(SYS_setresgid32, 0, 0, 0);
	syscall(SYS_setfsuid32, -1);
	syscall(SYS_setfsgid32, 0);
	syscall(SYS_chown32, "nonexistent", 0, -1);
	syscall(SYS_lchown32, "nonexistent", -1, 0);
	syscall(SYS_fchown32, 99, 1, 2);
	/* the legacy calls: 16-bit ids, 0xffff is -1 */
	uint16_t g16[4] = {0, 0, 0, 0};
	syscall(SYS_setuid, 0);
	syscall(SYS_setuid, 0xffff);
	syscall(SYS_chown, "nonexistent", 0, -1);
	syscall(SYS_chown, "nonexistent", 0xffff, 0xfffe);
	syscall(SYS_lchown, "nonexistent", 1, 0xffff);
	syscall(SYS_fchown, 99, 0xffff, 2);
	syscall(SYS_setreuid, -1, 0xffff);
	syscall(SYS_setresuid, 0xffff, -1, 0);
	syscall(SYS_setregid, 0xffff, 0xffff);
	syscall(SYS_setfsuid, 0xffff);
	syscall(SYS_setfsgid, 0);
	syscall(SYS_getresuid, &g16[0], &g16[1], &g16[2]);
	syscall(SYS_getresgid, &g16[0], &g16[1], &g16[2]);
	syscall(SYS_getgroups, 4, g16);
	syscall(SYS_setgroups, 1, g16);
	syscall(SYS_chown32, "nonexistent", -1, 0xffff);

	/* limits: ugetrlimit and prlimit64 (64-bit), getrlimit (32-bit,
	 * infinity clipped to 0x7fffffff) */
	uint32_t lim[2];
	uint64_t lim64[2];
	syscall(SYS_ugetrlimit, RLIMIT_STACK, lim);
	syscall(SYS_ugetrlimit, RLIMIT_NOFILE, lim);
	syscall(SYS_ugetrlimit, RLIMIT_CORE, lim);
	syscall(SYS_ugetrlimit, 99, lim);
	syscall(SYS_ugetrlimit, RLIMIT_CPU, NULL);
	syscall(SYS_getrlimit, RLIMIT_STACK, lim);
	syscall(SYS_getrlimit, RLIMIT_CPU, lim);
	syscall(SYS_setrlimit, RLIMIT_NOFILE, lim);
	lim[0] = 1 << 20;
	lim[1] = 0xffffffff;
	syscall(SYS_setrlimit, RLIMIT_STACK, lim);
	syscall(SYS_prlimit64, 0, RLIMIT_STACK, NULL, lim64);
	lim64[0] = 8 << 20;
	lim64[1] = ~0ULL;
	syscall(SYS_prlimit64, 0, RLIMIT_STACK, lim64, NULL);
	struct rlimit rl;
	getrlimit(RLIMIT_NOFILE, &rl);

	/* usage, system information, names, times */
	syscall(SYS_getrusage, RUSAGE_SELF, buf);
	syscall(SYS_getrusage, RUSAGE_CHILDREN, buf);
	syscall(SYS_getrusage, 77, buf);
	syscall(SYS_sysinfo, buf);
	syscall(SYS_uname, buf);
	syscall(SYS_olduname, buf);
	syscall(SYS_oldolduname, buf);
	syscall(SYS_times, buf);
	syscall(SYS_times, NULL);
	syscall(SYS_umask, 022);
	syscall(SYS_nice, 0);
	syscall(SYS_ulimit, 2, 0);
	syscall(SYS_personality, 0xffffffff);
	syscall(SYS_getpriority, PRIO_PROCESS, 0);
	syscall(SYS_getpgrp);
	syscall(SYS_getppid);
	cpu_set_t cpus;
	sched_getaffinity(0, sizeof(cpus), &cpus);

	/* TLS descriptors */
	struct user_desc32 ud;
	memset(&ud, 0, sizeof(ud));
	ud.entry_number = 12;
	syscall(SYS_get_thread_area, &ud);
	ud.entry_number = -1;
	ud.base_addr = 0x1000;
	ud.limit = 0xfff;
	ud.seg_32bit = 1;
	ud.useable = 1;
	syscall(SYS_set_thread_area, &ud);
	syscall(SYS_set_thread_area, NULL);
	ud.entry_number = 99;
	syscall(SYS_get_thread_area, &ud);

	/* children: waitpid, wait4 with usage, waitid */
	int status;
	pid_t pid = fork();
	if (pid == 0)
		_exit(3);
	syscall(SYS_waitpid, pid, &status, 0);
	syscall(SYS_waitpid, -1, &status, WNOHANG);
	syscall(SYS_waitpid, -1, NULL, 0x40000000);
	pid = fork();
	if (pid == 0) {
		raise(SIGKILL);
		_exit(0);
	}
	wait4(pid, &status, 0, (struct rusage *)buf);
	pid = fork();
	if (pid == 0)
		_exit(1);
	siginfo_t si;
	waitid(P_PID, pid, &si, WEXITED);

	/* clone: flags, stack, parent_tid, tls, child_tid on i386 */
	int ptid = 0;
	pid = syscall(SYS_clone, SIGCHLD | CLONE_PARENT_SETTID, 0, &ptid, 0,
		      0);
	if (pid == 0)
		_exit(0);
	wait4(pid, &status, 0, NULL);
	syscall(SYS_clone, CLONE_VM | CLONE_SETTLS, 0, NULL, &ud, NULL);

	/* execve: 32-bit pointer arrays */
	pid = fork();
	if (pid == 0) {
		char *args[] = {argv[0], "7", NULL};
		char *env[] = {"A=1", "B=2", NULL};
		execve(argv[0], args, env);
		_exit(99);
	}
	wait4(pid, &status, 0, NULL);
	execve("/nonexistent", (char *[]){"x", NULL}, NULL);
	syscall(SYS_execve, "/nonexistent", 16, 32);
	return 0;
}
