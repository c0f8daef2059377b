/* Unit tests of the process family on a fake memory image: argv limits,
 * wait statuses, clone fields, futex operations, limits, capabilities,
 * faults and absurd counts. */
#include "unit.h"

#include <errno.h>
#include <linux/futex.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>

static struct unit_call u;

static const char *render(const char *name, const uint64_t a[6],
			  const void *img, size_t len, int64_t rval, int err)
{
	unit_call_init(&u, name, a, 0x10000, img, len);
	return unit_render(&u, rval, err);
}

static void test_execve(void)
{
	/* argv at 0x10000: pointers to strings that follow */
	static struct {
		uint64_t argv[4];
		uint64_t envp[3];
		char s[3][48];
	} m = {
		{0x10000 + 56, 0x10000 + 56 + 48, 0x10000 + 56 + 96, 0},
		{0x10000 + 56, 0x10000 + 56 + 48, 0},
		{"/bin/true", "a\001b",
		 "0123456789012345678901234567890123456789"},
	};
	uint64_t a[6] = {0x10000 + 56, 0x10000, 0x10000 + 32};
	CHECK_STR("execve.argv", render("execve", a, &m, sizeof(m), 0, 0),
		  "execve(\"/bin/true\", [\"/bin/true\", \"a\\1b\", "
		  "\"01234567890123456789012345678901\"...], 0x10020 /* 2 vars "
		  "*/) = 0");
	u.cfg.string_limit = 2;
	/* -s 2 also limits the element count */
	unit_call_init(&u, "execve", a, 0x10000, &m, sizeof(m));
	u.cfg.string_limit = 2;
	CHECK_STR("execve.s2", unit_render(&u, 0, 0),
		  "execve(\"/bin/true\", [\"/b\"..., \"a\\1\"..., ...], "
		  "0x10020 /* 2 vars */) = 0");
	uint64_t bad[6] = {0x10000 + 56, 0xdead0000, 0};
	CHECK_STR("execve.unreadable",
		  render("execve", bad, &m, sizeof(m), -1, EFAULT),
		  "execve(\"/bin/true\", 0xdead0000, NULL)   = -1 EFAULT (Bad "
		  "address)");
	/* an argv that runs off readable memory stops there */
	static uint64_t endless[4] = {0x10000 + 32, 0x10000 + 32, 0x10000 + 32,
				      0x10000 + 32};
	uint64_t e[6] = {0, 0x10000, 0};
	const char *line =
		render("execve", e, endless, sizeof(endless), -1, EFAULT);
	CHECK("execve.runs_off", strstr(line, "...], NULL)") != NULL);
}

static void test_wait(void)
{
	static int32_t st;
	uint64_t a[6] = {(uint64_t)-1, 0x10000, 0x40000000, 0};
	st = 7 << 8;
	CHECK_STR("wait4.exited", render("wait4", a, &st, 4, 42, 0),
		  "wait4(-1, [{WIFEXITED(s) && WEXITSTATUS(s) == 7}], __WALL, "
		  "NULL) = 42");
	st = SIGSEGV | 0x80;
	CHECK_STR("wait4.core", render("wait4", a, &st, 4, 42, 0),
		  "wait4(-1, [{WIFSIGNALED(s) && WTERMSIG(s) == SIGSEGV && "
		  "WCOREDUMP(s)}], __WALL, NULL) = 42");
	st = 0x7f | (SIGTRAP << 8) | (4 << 16);
	CHECK_STR("wait4.event", render("wait4", a, &st, 4, 42, 0),
		  "wait4(-1, [{WIFSTOPPED(s) && WSTOPSIG(s) == SIGTRAP} | "
		  "PTRACE_EVENT_EXEC << 16], __WALL, NULL) = 42");
	st = 0xffff;
	CHECK_STR("wait4.continued", render("wait4", a, &st, 4, 42, 0),
		  "wait4(-1, [{WIFCONTINUED(s)}], __WALL, NULL) = 42");
	CHECK_STR("wait4.nohang_nothing", render("wait4", a, &st, 4, 0, 0),
		  "wait4(-1, 0x10000, __WALL, NULL)        = 0");
	CHECK_STR("wait4.failed", render("wait4", a, &st, 4, -1, ECHILD),
		  "wait4(-1, 0x10000, __WALL, NULL)        = -1 ECHILD (No "
		  "child processes)");
}

static void test_clone(void)
{
	static int32_t tid = 1234;
	uint64_t a[6] = {CLONE_VM | CLONE_SETTLS | CLONE_PARENT_SETTID |
				 CLONE_CHILD_CLEARTID,
			 0x7000, 0x10000, 0x8000, 0x9000};
	CHECK_STR("clone.thread", render("clone", a, &tid, 4, 1234, 0),
		  "clone(child_stack=0x7000, "
		  "flags=CLONE_VM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_"
		  "CLEARTID, parent_tid=[1234], tls=0x9000, "
		  "child_tidptr=0x8000) = 1234");
	uint64_t f[6] = {CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID | SIGCHLD, 0,
			 0, 0x8000, 0};
	CHECK_STR("clone.fork", render("clone", f, NULL, 0, 99, 0),
		  "clone(child_stack=NULL, "
		  "flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, "
		  "child_tidptr=0x8000) = 99");
	uint64_t z[6] = {0x100000000ULL << 4, 0, 0, 0, 0};
	CHECK_STR("clone.unknown", render("clone", z, NULL, 0, -1, EINVAL),
		  "clone(child_stack=NULL, flags=0x1000000000) = -1 EINVAL "
		  "(Invalid argument)");
}

static void test_futex(void)
{
	static const struct timespec ts = {1, 2};
	uint64_t a[6] = {0x10000, FUTEX_WAIT_BITSET | FUTEX_CLOCK_REALTIME,
			 5,	  0,
			 0,	  FUTEX_BITSET_MATCH_ANY};
	CHECK_STR("futex.wait_bitset",
		  render("futex", a, &ts, sizeof(ts), 0, 0),
		  "futex(0x10000, FUTEX_WAIT_BITSET|FUTEX_CLOCK_REALTIME, 5, "
		  "NULL, FUTEX_BITSET_MATCH_ANY) = 0");
	uint64_t w[6] = {0x10000, FUTEX_WAIT_PRIVATE, 0, 0x10000};
	CHECK_STR("futex.timeout",
		  render("futex", w, &ts, sizeof(ts), -1, ETIMEDOUT),
		  "futex(0x10000, FUTEX_WAIT_PRIVATE, 0, {tv_sec=1, "
		  "tv_nsec=2}) = -1 ETIMEDOUT (Connection timed out)");
	uint64_t op[6] = {
		0x10000, FUTEX_WAKE_OP,
		1,	 1,
		0x20000, FUTEX_OP(FUTEX_OP_ADD, 1, FUTEX_OP_CMP_GT, 0)};
	CHECK_STR("futex.wake_op", render("futex", op, NULL, 0, 0, 0),
		  "futex(0x10000, FUTEX_WAKE_OP, 1, 1, 0x20000, "
		  "FUTEX_OP_ADD<<28|0x1<<12|FUTEX_OP_CMP_GT<<24|0) = 0");
	uint64_t bad[6] = {0x10000, 0x8f, 1, 2, 3, 4};
	CHECK_STR("futex.unknown", render("futex", bad, NULL, 0, -1, ENOSYS),
		  "futex(0x10000, 0x8f /* FUTEX_??? */, 1, 0x2, 0x3, 0x4) = -1 "
		  "ENOSYS (Function not implemented)");
}

static void test_limits(void)
{
	static const uint64_t rl[2] = {8192 * 1024, UINT64_MAX};
	uint64_t a[6] = {0, RLIMIT_STACK, 0, 0x10000};
	CHECK_STR("prlimit64.out", render("prlimit64", a, rl, sizeof(rl), 0, 0),
		  "prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, "
		  "rlim_max=RLIM64_INFINITY}) = 0");
	uint64_t g[6] = {99, 0x10000};
	CHECK_STR("getrlimit.unknown",
		  render("getrlimit", g, rl, sizeof(rl), -1, EINVAL),
		  "getrlimit(0x63 /* RLIMIT_??? */, 0x10000) = -1 EINVAL "
		  "(Invalid argument)");
	static const struct {
		uint32_t version;
		int32_t pid;
		uint32_t d[6];
	} cap = {0x20080522, 0, {(1 << 0) | (1 << 5), 0, 0, 1, 0, 0}};
	uint64_t c[6] = {0x10000, 0x10008};
	CHECK_STR("capget.v3", render("capget", c, &cap, sizeof(cap), 0, 0),
		  "capget({version=_LINUX_CAPABILITY_VERSION_3, pid=0}, "
		  "{effective=1<<CAP_CHOWN|1<<CAP_KILL|1<<CAP_MAC_OVERRIDE, "
		  "permitted=0, inheritable=0}) = 0");
	static const uint8_t mask[16] = {0x03, 0, 0, 0, 0, 0, 0, 0x80};
	uint64_t s[6] = {0, 128, 0x10000};
	CHECK_STR("sched_getaffinity.bounded",
		  render("sched_getaffinity", s, mask, sizeof(mask), 8, 0),
		  "sched_getaffinity(0, 128, [0 1 63])     = 8");
	uint64_t gr[6] = {64, 0x10000};
	static const uint32_t groups[3] = {0, 1, 2};
	CHECK_STR("getgroups.rval",
		  render("getgroups", gr, groups, sizeof(groups), 3, 0),
		  "getgroups(64, [0, 1, 2])                = 3");
	uint64_t sg[6] = {1u << 31, 0x10000};
	const char *line =
		render("setgroups", sg, groups, sizeof(groups), -1, EINVAL);
	CHECK("setgroups.huge_count_bounded",
	      strstr(line, "[0, 1, 2, ... /* 0x1000c */]") != NULL);
}

static void test_prctl(void)
{
	static const char name[] = "worker";
	uint64_t a[6] = {PR_SET_NAME, 0x10000};
	CHECK_STR("prctl.set_name",
		  render("prctl", a, name, sizeof(name), 0, 0),
		  "prctl(PR_SET_NAME, \"worker\")            = 0");
	uint64_t d[6] = {PR_GET_DUMPABLE};
	CHECK_STR(
		"prctl.get_dumpable", render("prctl", d, NULL, 0, 1, 0),
		"prctl(PR_GET_DUMPABLE)                  = 1 (SUID_DUMP_USER)");
	static const int32_t sig = SIGTERM;
	uint64_t p[6] = {PR_GET_PDEATHSIG, 0x10000};
	CHECK_STR("prctl.get_pdeathsig", render("prctl", p, &sig, 4, 0, 0),
		  "prctl(PR_GET_PDEATHSIG, [SIGTERM])      = 0");
	uint64_t x[6] = {0x12345678, 1, 2, 3, 4};
	CHECK_STR("prctl.unknown", render("prctl", x, NULL, 0, -1, EINVAL),
		  "prctl(0x12345678 /* PR_??? */, 0x1, 0x2, 0x3, 0x4) = -1 "
		  "EINVAL (Invalid argument)");
	uint64_t per[6] = {0x0040008};
	unit_call_init(&u, "personality", per, 0, NULL, 0);
	CHECK_STR("personality", unit_render(&u, 0x8, 0),
		  "personality(PER_LINUX32|ADDR_NO_RANDOMIZE) = 0x8 "
		  "(PER_LINUX32)");
	uint64_t r[6] = {0};
	unit_call_init(&u, "restart_syscall", r, 0, NULL, 0);
	u.call.prev_nr = 230; /* clock_nanosleep */
	CHECK_STR("restart_syscall.known", unit_render(&u, 0, 0),
		  "restart_syscall(<... resuming interrupted clock_nanosleep "
		  "...>) = 0");
	unit_call_init(&u, "restart_syscall", r, 0, NULL, 0);
	u.call.prev_nr = -1;
	CHECK_STR("restart_syscall.unknown", unit_render(&u, 0, 0),
		  /* strace's choice when it does not know: syscall 0 */
		  "restart_syscall(<... resuming interrupted read ...>) = 0");
	unit_call_init(&u, "restart_syscall", r, 0, NULL, 0);
	u.call.prev_nr = 219; /* restart_syscall: /proc knows no better */
	CHECK_STR("restart_syscall.restarted", unit_render(&u, 0, 0),
		  "restart_syscall(<... resuming interrupted read ...>) = 0");
}

int main(void)
{
	test_execve();
	test_wait();
	test_clone();
	test_futex();
	test_limits();
	test_prctl();
	return unit_done();
}
