/* Identity, limits, scheduling, prctl and other process-family calls
 * with ordinary and edge-case arguments. Nothing here changes the
 * machine: calls that could (sethostname, reboot, kexec_load) are made
 * with arguments the kernel rejects. */
#include <errno.h>
#include <fcntl.h>
#include <linux/capability.h>
#include <linux/futex.h>
#include <linux/kcmp.h>
#include <linux/keyctl.h>
#include <linux/reboot.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/personality.h>
#include <sys/ptrace.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <sys/utsname.h>
#include <unistd.h>
#include <asm/prctl.h>

#define BAD ((void *)0xdead0000UL)

struct sched_attr_ {
	uint32_t size, sched_policy;
	uint64_t sched_flags;
	int32_t sched_nice;
	uint32_t sched_priority;
	uint64_t sched_runtime, sched_deadline, sched_period;
	uint32_t util_min, util_max;
};

int main(void)
{
	syscall(SYS_getpid);
	syscall(SYS_getppid);
	syscall(SYS_gettid);
	syscall(SYS_getpgrp);
	syscall(SYS_getpgid, 0);
	syscall(SYS_getpgid, -5);
	syscall(SYS_setpgid, 0, 0);
	syscall(SYS_getsid, 0);
	syscall(SYS_setsid);
	syscall(SYS_getuid);
	syscall(SYS_geteuid);
	syscall(SYS_getgid);
	syscall(SYS_getegid);
	syscall(SYS_setuid, 0);
	syscall(SYS_setgid, 0);
	syscall(SYS_setreuid, -1, -1);
	syscall(SYS_setregid, -1, 0);
	syscall(SYS_setresuid, -1, -1, -1);
	syscall(SYS_setresgid, 0, -1, 0);
	uid_t r, e, s;
	syscall(SYS_getresuid, &r, &e, &s);
	syscall(SYS_getresgid, &r, &e, &s);
	syscall(SYS_getresuid, BAD, &e, &s);
	syscall(SYS_setfsuid, -1);
	syscall(SYS_setfsgid, 0);
	gid_t groups[64];
	int ng = syscall(SYS_getgroups, 64, groups);
	syscall(SYS_getgroups, 0, NULL);
	syscall(SYS_getgroups, 1, BAD);
	syscall(SYS_setgroups, ng, groups);
	gid_t three[3] = {0, 1, 2};
	syscall(SYS_setgroups, 3, three);
	syscall(SYS_setgroups, 0, NULL);
	syscall(SYS_setgroups, 1, BAD);
	syscall(SYS_setgroups, ng, groups);

	struct __user_cap_header_struct ch = {_LINUX_CAPABILITY_VERSION_3, 0};
	struct __user_cap_data_struct cd[2];
	syscall(SYS_capget, &ch, cd);
	syscall(SYS_capset, &ch, cd);
	struct __user_cap_header_struct ch1 = {_LINUX_CAPABILITY_VERSION_1, 0};
	syscall(SYS_capget, &ch1, cd);
	struct __user_cap_header_struct chx = {0x12345, 0};
	syscall(SYS_capget, &chx, cd);
	syscall(SYS_capget, &ch, NULL);
	syscall(SYS_capget, BAD, cd);
	struct __user_cap_data_struct few[2] = {
		{1u << CAP_CHOWN | 1u << CAP_KILL, 0, 0}, {0, 0, 0}};
	syscall(SYS_capset, &ch, few);

	syscall(SYS_umask, 022);
	syscall(SYS_umask, 0777);

	struct rlimit rl;
	syscall(SYS_getrlimit, RLIMIT_NOFILE, &rl);
	syscall(SYS_setrlimit, RLIMIT_NOFILE, &rl);
	syscall(SYS_getrlimit, RLIMIT_STACK, &rl);
	syscall(SYS_getrlimit, 99, &rl);
	syscall(SYS_getrlimit, RLIMIT_CORE, BAD);
	struct rlimit64 {
		uint64_t cur, max;
	} r64 = {1 << 20, -1ULL}, o64;
	syscall(SYS_prlimit64, 0, RLIMIT_AS, &r64, &o64);
	syscall(SYS_prlimit64, 0, RLIMIT_AS, NULL, &o64);
	syscall(SYS_prlimit64, getpid(), RLIMIT_CPU, NULL, &o64);
	r64.cur = 1000;
	r64.max = 2048;
	syscall(SYS_prlimit64, 0, RLIMIT_NPROC, &r64, NULL);
	syscall(SYS_prlimit64, 0, RLIMIT_RTTIME, BAD, NULL);

	struct rusage ru;
	syscall(SYS_getrusage, RUSAGE_SELF, &ru);
	syscall(SYS_getrusage, RUSAGE_CHILDREN, &ru);
	syscall(SYS_getrusage, RUSAGE_THREAD, &ru);
	syscall(SYS_getrusage, 7, &ru);
	syscall(SYS_getpriority, PRIO_PROCESS, 0);
	syscall(SYS_setpriority, PRIO_PROCESS, 0, 0);
	syscall(SYS_getpriority, PRIO_PGRP, 0);
	syscall(SYS_getpriority, PRIO_USER, 0);
	syscall(SYS_getpriority, 9, 0);

	syscall(SYS_sched_yield);
	struct sched_param sp = {0};
	syscall(SYS_sched_getparam, 0, &sp);
	syscall(SYS_sched_setparam, 0, &sp);
	syscall(SYS_sched_getparam, 0, BAD);
	syscall(SYS_sched_getscheduler, 0);
	syscall(SYS_sched_setscheduler, 0, SCHED_OTHER, &sp);
	syscall(SYS_sched_setscheduler, 0, SCHED_BATCH | SCHED_RESET_ON_FORK,
		&sp);
	syscall(SYS_sched_getscheduler, 0);
	syscall(SYS_sched_setscheduler, 0, SCHED_OTHER, &sp);
	syscall(SYS_sched_setscheduler, 0, 17, &sp);
	syscall(SYS_sched_get_priority_max, SCHED_FIFO);
	syscall(SYS_sched_get_priority_min, SCHED_RR);
	syscall(SYS_sched_get_priority_max, 42);
	struct timespec ts;
	syscall(SYS_sched_rr_get_interval, 0, &ts);
	cpu_set_t set;
	int n = syscall(SYS_sched_getaffinity, 0, sizeof(set), &set);
	syscall(SYS_sched_setaffinity, 0, n, &set);
	syscall(SYS_sched_getaffinity, 0, 3, &set);
	syscall(SYS_sched_getaffinity, 0, 8, BAD);
	cpu_set_t one;
	CPU_ZERO(&one);
	CPU_SET(0, &one);
	syscall(SYS_sched_setaffinity, 0, sizeof(one), &one);
	syscall(SYS_sched_setaffinity, 0, n, &set);
	struct sched_attr_ sa = {0};
	syscall(SYS_sched_getattr, 0, &sa, sizeof(sa), 0);
	syscall(SYS_sched_setattr, 0, &sa, 0);
	syscall(SYS_sched_getattr, 0, BAD, sizeof(sa), 0);
	syscall(SYS_sched_getattr, 0, &sa, 8, 0);
	sa.sched_policy = SCHED_DEADLINE;
	sa.sched_flags = 0x11;
	sa.sched_runtime = 1000000;
	sa.sched_deadline = 2000000;
	sa.sched_period = 3000000;
	syscall(SYS_sched_setattr, 0, &sa, 0);
	syscall(SYS_ioprio_get, 1, 0);
	syscall(SYS_ioprio_set, 1, 0, (2 << 13) | 4);
	syscall(SYS_ioprio_set, 1, 0, 0);
	syscall(SYS_ioprio_set, 2, 0, (3 << 13));
	syscall(SYS_ioprio_get, 3, 0);
	syscall(SYS_ioprio_get, 7, 0);
	unsigned node;
	syscall(SYS_getcpu, NULL, &node, NULL);
	syscall(SYS_getcpu, NULL, NULL, NULL);

	syscall(SYS_kill, getpid(), 0);
	syscall(SYS_kill, -1234567, SIGTERM);
	syscall(SYS_tkill, syscall(SYS_gettid), 0);
	syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), 0);
	syscall(SYS_tgkill, getpid(), 99999999, 100);
	int pfd = syscall(SYS_pidfd_open, getpid(), 0);
	syscall(SYS_pidfd_open, getpid(), O_NONBLOCK);
	syscall(SYS_pidfd_open, getpid(), 0x1234);
	syscall(SYS_pidfd_send_signal, pfd, 0, NULL, 0);
	siginfo_t si;
	memset(&si, 0, sizeof(si));
	si.si_signo = SIGUSR1;
	si.si_code = SI_QUEUE;
	si.si_pid = getpid();
	si.si_uid = 0;
	syscall(SYS_pidfd_send_signal, pfd, 0, &si, 0);
	syscall(SYS_pidfd_send_signal, pfd, SIGKILL, BAD, 5);
	syscall(SYS_pidfd_getfd, pfd, 0, 0);
	syscall(SYS_pidfd_getfd, pfd, 999, 1);
	syscall(SYS_unshare, 0);
	syscall(SYS_unshare,
		CLONE_NEWNS | CLONE_NEWUTS | CLONE_FILES | 0x80000000);
	syscall(SYS_unshare, CLONE_SIGHAND);
	int tid;
	syscall(SYS_set_tid_address, &tid);
	syscall(SYS_set_tid_address, NULL);
	struct robust_list_head *rh;
	size_t rlen;
	syscall(SYS_get_robust_list, 0, &rh, &rlen);
	syscall(SYS_set_robust_list, rh, rlen);
	syscall(SYS_get_robust_list, 0, BAD, &rlen);
	syscall(SYS_set_robust_list, rh, 1);
	syscall(SYS_rseq, NULL, 0, 0, 0);
	syscall(SYS_rseq, BAD, 32, 1, 0x53053053);

	char name[16];
	prctl(PR_SET_NAME, "worker\n1");
	prctl(PR_GET_NAME, name);
	prctl(PR_SET_NAME, BAD);
	prctl(PR_SET_PDEATHSIG, SIGTERM);
	int sig;
	prctl(PR_GET_PDEATHSIG, &sig);
	prctl(PR_SET_PDEATHSIG, 0);
	prctl(PR_CAPBSET_READ, CAP_SYS_ADMIN);
	prctl(PR_CAPBSET_READ, 99);
	prctl(PR_GET_DUMPABLE);
	prctl(PR_SET_DUMPABLE, 1);
	prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0);
	prctl(PR_SET_NO_NEW_PRIVS, 0, 0, 0, 0);
	prctl(PR_GET_SECCOMP);
	prctl(PR_SET_SECCOMP, 99);
	prctl(PR_GET_KEEPCAPS);
	prctl(PR_SET_KEEPCAPS, 0);
	prctl(PR_GET_TIMERSLACK);
	prctl(PR_SET_TIMERSLACK, 50000);
	prctl(PR_GET_CHILD_SUBREAPER, &sig);
	prctl(PR_SET_CHILD_SUBREAPER, 0);
	prctl(PR_GET_THP_DISABLE, 0, 0, 0, 0);
	prctl(PR_SET_THP_DISABLE, 0, 0, 0, 0);
	prctl(PR_GET_SECUREBITS);
	prctl(PR_SET_SECUREBITS, 0);
	prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, CAP_NET_RAW, 0, 0);
	prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
	prctl(PR_GET_TID_ADDRESS, &rh);
	prctl(PR_SET_MM, PR_SET_MM_START_CODE, 0, 0, 0);
	prctl(PR_SET_PTRACER, 0);
	prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY);
	prctl(PR_GET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, 0, 0, 0);
	prctl(PR_SET_VMA, PR_SET_VMA_ANON_NAME, (unsigned long)BAD, 4096,
	      (unsigned long)"nm");
	prctl(PR_GET_FP_MODE);
	prctl(PR_MCE_KILL_GET, 0, 0, 0, 0);
	prctl(PR_GET_IO_FLUSHER, 0, 0, 0, 0);
	prctl(PR_SET_TSC, PR_TSC_ENABLE);
	int tsc;
	prctl(PR_GET_TSC, &tsc);
	prctl(0x12345678, 1, 2, 3, 4);
	unsigned long fs;
	syscall(SYS_arch_prctl, ARCH_GET_FS, &fs);
	syscall(SYS_arch_prctl, ARCH_SET_FS, fs);
	syscall(SYS_arch_prctl, ARCH_GET_GS, &fs);
	syscall(SYS_arch_prctl, ARCH_GET_CPUID, 0);
	syscall(SYS_arch_prctl, 0x4001, 0);
	syscall(SYS_arch_prctl, 0x9999, 0);
	syscall(SYS_personality, 0xffffffff);
	syscall(SYS_personality, PER_LINUX | ADDR_NO_RANDOMIZE);
	syscall(SYS_personality, 0xffffffff);
	syscall(SYS_personality, PER_LINUX);
	syscall(SYS_personality, 0x1234567);

	struct utsname u;
	syscall(SYS_uname, &u);
	syscall(SYS_uname, BAD);
	struct sysinfo info;
	syscall(SYS_sysinfo, &info);
	char rnd[16];
	syscall(SYS_getrandom, rnd, 16, GRND_NONBLOCK | GRND_RANDOM);
	syscall(SYS_getrandom, rnd, 0, 0);
	syscall(SYS_getrandom, BAD, 16, 0x10);
	syscall(SYS_sethostname, "x", 1000);
	syscall(SYS_setdomainname, "y", 1000);
	syscall(SYS_syslog, 10, NULL, 0);
	syscall(SYS_syslog, 3, BAD, 0);
	syscall(SYS_syslog, 99, NULL, 0);
	syscall(SYS_reboot, 0, 0, 0, NULL);
	syscall(SYS_reboot, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, 0x1234,
		NULL);
	syscall(SYS_reboot, LINUX_REBOOT_MAGIC1, 0x1, LINUX_REBOOT_CMD_RESTART2,
		"now");
	char ldt[16];
	syscall(SYS_modify_ldt, 0, ldt, sizeof(ldt));
	syscall(SYS_modify_ldt, 7, NULL, 0);
	syscall(SYS_init_module, NULL, 0, "");
	syscall(SYS_delete_module, "no_such_module", O_NONBLOCK | O_TRUNC);
	syscall(SYS_delete_module, "no_such_module", 0);
	syscall(SYS_kexec_load, 0, 0, NULL, 0xdead0000UL);
	syscall(SYS_lookup_dcookie, 0, NULL, 0);
	syscall(SYS_add_key, "user", "sctrace-test", "payload", 7, 12345);
	syscall(SYS_request_key, "user", "sctrace-nosuch", NULL, 0);
	syscall(SYS_keyctl, KEYCTL_GET_KEYRING_ID, KEY_SPEC_SESSION_KEYRING, 0);
	syscall(SYS_keyctl, KEYCTL_GET_KEYRING_ID, KEY_SPEC_THREAD_KEYRING, 0);
	syscall(SYS_keyctl, KEYCTL_REVOKE, 12345);
	syscall(SYS_keyctl, 999, 1, 2, 3, 4);
	syscall(SYS_kcmp, getpid(), getpid(), KCMP_FILE, 0, 0);
	syscall(SYS_kcmp, getpid(), getpid(), KCMP_VM, 0, 0);
	syscall(SYS_kcmp, getpid(), getpid(), 77, 0, 0);
	unsigned int act = SECCOMP_RET_KILL_PROCESS;
	syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &act);
	syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER,
		SECCOMP_FILTER_FLAG_LOG | SECCOMP_FILTER_FLAG_TSYNC, NULL);
	syscall(SYS_seccomp, 9, 0, NULL);
	syscall(SYS_ptrace, 0x4206, 99999999, 0, 0);
	syscall(SYS_ptrace, PTRACE_PEEKDATA, 99999999, BAD, &fs);
	syscall(SYS_ptrace, 0x7777, 99999999, 0, 0);
	syscall(SYS_iopl, 0);
	syscall(SYS_ioperm, 0x80, 1, 0);
	return 0;
}
