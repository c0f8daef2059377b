/* Unit tests of the filters: the -e parser (every error message, the sets
 * it selects), the seccomp program builder (run by an interpreter over
 * every number of both personalities, and loaded into the kernel), the
 * -P/--trace-fds matcher, the -c table and the -e read=/write= dump. */
#include "unit.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/seccomp.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "engine/session.h"
#include "filter/bpf.h"
#include "filter/filter.h"
#include "filter/pathtrace.h"
#include "report/report.h"

/* ---------------------------------------------------------------- parser */

static int parse(struct config *cfg, const char *expr, char *err)
{
	unit_config(cfg);
	err[0] = '\0';
	return expr_parse(cfg, expr, err);
}

static void free_fd_sets(struct config *cfg)
{
	free(cfg->read_fds.big);
	free(cfg->write_fds.big);
	free(cfg->trace_fds.big);
}

static void check_error(const char *expr, const char *want)
{
	struct config cfg;
	char err[EXPR_ERR_MAX], name[128];
	snprintf(name, sizeof(name), "expr.error[%s]", expr);
	if (parse(&cfg, expr, err) == 0)
		snprintf(err, sizeof(err), "(accepted)");
	CHECK_STR(name, err, want);
	free_fd_sets(&cfg);
}

static void check_ok(const char *expr)
{
	struct config cfg;
	char err[EXPR_ERR_MAX], name[128];
	snprintf(name, sizeof(name), "expr.ok[%s]", expr);
	int rc = parse(&cfg, expr, err);
	CHECK_STR(name, rc == 0 ? "ok" : err, "ok");
	free_fd_sets(&cfg);
}

/* every message, as strace 6.1 words it (checked against it token by
 * token; tests/suites/filter.py compares the two live) */
static void test_errors(void)
{
	check_error("trace=opne", "invalid system call 'opne'");
	check_error("opne", "invalid system call 'opne'");
	check_error("trace=%foo", "invalid system call '%foo'");
	check_error("trace=%FILE", "invalid system call '%FILE'");
	check_error("trace=", "invalid system call ''");
	check_error("trace=!", "invalid system call '!'");
	check_error("trace=,", "invalid system call ','");
	check_error("trace=!,", "invalid system call '!,'");
	check_error("trace=/[", "regcomp: [: Invalid regular expression");
	check_error("trace=/zzz", "invalid system call '/zzz'");
	check_error("trace=open@99",
		    "incorrect personality designator '99' in qualification "
		    "'open@99'");
	check_error("trace=?open@99",
		    "incorrect personality designator '99' in qualification "
		    "'open@99'");
	check_error("trace=open@",
		    "incorrect personality designator '' in qualification "
		    "'open@'");
	check_error("trace=open@64@32", "invalid system call 'open@64@32'");
	check_error("trace=@64", "invalid system call '@64'");
	check_error("trace=bogus@64", "invalid system call 'bogus@64'");
	check_error("trace=bogus@x32", "invalid system call 'bogus@x32'");
	check_error("trace=none@64", "invalid system call 'none@64'");
	check_error("trace=none,open", "invalid system call 'none'");
	check_error("trace=open,!read", "invalid system call '!read'");
	check_error("trace= open", "invalid system call ' open'");
	check_error("trace=9999", "invalid system call '9999'");
	check_error("trace=-1", "invalid system call '-1'");
	check_error("trace=0x10", "invalid system call '0x10'");
	check_error("trace=1000", "invalid system call '1000'");
	check_error("trace=384@64", "invalid system call '384@64'");
	check_error("trace=net", "invalid system call 'net'");
	check_error("trace=creds", "invalid system call 'creds'");
	check_error("abbrev=opne", "invalid system call 'opne'");
	check_error("foo=bar", "invalid system call 'foo=bar'");
	check_error("trace-fds=x", "invalid descriptor 'x'");
	check_error("signal=FOO", "invalid signal 'FOO'");
	check_error("signal=", "invalid signal ''");
	check_error("signal=,", "invalid signal ','");
	check_error("signal=!", "invalid signal '!'");
	check_error("signal=-1", "invalid signal '-1'");
	check_error("signal=256", "invalid signal '256'");
	check_error("signal=0x10", "invalid signal '0x10'");
	check_error("signal=+5", "invalid signal '+5'");
	check_error("signal=SIG", "invalid signal 'SIG'");
	check_error("signal=SIGIOT", "invalid signal 'SIGIOT'");
	check_error("signal=RTMAX", "invalid signal 'RTMAX'");
	check_error("signal=SIGRT_33", "invalid signal 'SIGRT_33'");
	check_error("signal=RTMIN+1", "invalid signal 'RTMIN+1'");
	check_error("signal=SIGHUP,!INT", "invalid signal '!INT'");
	check_error("status=foo", "invalid status 'foo'");
	check_error("status=", "invalid status ''");
	check_error("status=!", "invalid status '!'");
	check_error("quiet=foo", "invalid quiet 'foo'");
	check_error("quiet=", "invalid quiet ''");
	check_error("decode-fds=signalfd", "invalid decode-fds 'signalfd'");
	check_error("read=x", "invalid descriptor 'x'");
	check_error("read=-1", "invalid descriptor '-1'");
	check_error("read=2147483648", "invalid descriptor '2147483648'");
	check_error("write=", "invalid descriptor ''");
	check_error("read=,", "invalid descriptor ','");
	check_error("read=!", "invalid descriptor '!'");
	check_error("inject=open:error=ENOENT", "-e inject is not supported");

	check_ok("trace=?opne");
	check_ok("trace=?");
	check_ok("trace=?,");
	check_ok("trace=,open");
	check_ok("trace=open,,read");
	check_ok("trace=/");
	check_ok("trace=?/zzz");
	check_ok("trace=open@x32");
	check_ok("trace=?bogus@64");
	check_ok("trace=file");
	check_ok("trace=stat");
	check_ok("trace=07");
	check_ok("trace=335");
	check_ok("signal=0");
	check_ok("signal=255");
	check_ok("signal=sigint");
	check_ok("signal=SIGRT_32");
	check_ok("read=+3");
	check_ok("read= 3");
	check_ok("read=2147483647");
	check_ok("quiet=exits");
	check_ok("decode-fds=!path");
}

static bool traced(const struct config *cfg, int pers, const char *name)
{
	long nr = arch_syscall_nr(pers, name);
	return nr >= 0 && sysset_has(&cfg->trace, pers, nr);
}

static void test_sets(void)
{
	struct config cfg;
	char err[EXPR_ERR_MAX];
	parse(&cfg, "trace=%file", err);
	CHECK("set.file_openat", traced(&cfg, PERS_X86_64, "openat"));
	CHECK("set.file_no_read", !traced(&cfg, PERS_X86_64, "read"));
	CHECK("set.file_i386", traced(&cfg, PERS_I386, "open"));
	CHECK("set.file_not_all", !cfg.trace_all);

	parse(&cfg, "trace=!read", err);
	CHECK("set.negated_read", !traced(&cfg, PERS_X86_64, "read"));
	CHECK("set.negated_write", traced(&cfg, PERS_X86_64, "write"));
	CHECK("set.negated_i386", !traced(&cfg, PERS_I386, "read"));

	parse(&cfg, "trace=!!read", err);
	CHECK("set.double_negation",
	      traced(&cfg, PERS_X86_64, "read") &&
		      !traced(&cfg, PERS_X86_64, "write"));

	parse(&cfg, "trace=/^open", err);
	CHECK("set.regex", traced(&cfg, PERS_X86_64, "openat") &&
				   traced(&cfg, PERS_X86_64, "open_tree") &&
				   !traced(&cfg, PERS_X86_64, "fsopen"));

	parse(&cfg, "trace=read@32", err);
	CHECK("set.at32", traced(&cfg, PERS_I386, "read") &&
				  !traced(&cfg, PERS_X86_64, "read"));
	parse(&cfg, "trace=%desc@64", err);
	CHECK("set.class_at64", traced(&cfg, PERS_X86_64, "read") &&
					!traced(&cfg, PERS_I386, "read"));

	parse(&cfg, "trace=none", err);
	CHECK("set.none", !traced(&cfg, PERS_X86_64, "read") &&
				  !traced(&cfg, PERS_I386, "exit"));
	parse(&cfg, "trace=!none", err);
	CHECK("set.not_none", cfg.trace_all);
	parse(&cfg, "trace=all", err);
	CHECK("set.all", traced(&cfg, PERS_X86_64, "read") &&
				 traced(&cfg, PERS_I386, "socketcall"));

	parse(&cfg, "trace=??openat", err);
	CHECK("set.optional_twice", traced(&cfg, PERS_X86_64, "openat"));
	parse(&cfg, "trace=?nosuch,close", err);
	CHECK("set.optional_skipped", traced(&cfg, PERS_X86_64, "close"));

	parse(&cfg, "trace=0", err);
	CHECK("set.number", traced(&cfg, PERS_X86_64, "read") &&
				    traced(&cfg, PERS_I386, "restart_syscall"));

	/* a later -e trace= replaces an earlier one (strace 6.1) */
	unit_config(&cfg);
	expr_parse(&cfg, "trace=openat", err);
	expr_parse(&cfg, "trace=close", err);
	CHECK("set.replaced", traced(&cfg, PERS_X86_64, "close") &&
				      !traced(&cfg, PERS_X86_64, "openat"));
	/* a failed parse leaves the set as it was */
	expr_parse(&cfg, "trace=close,bogus", err);
	CHECK("set.failed_keeps", traced(&cfg, PERS_X86_64, "close"));

	parse(&cfg, "signal=SIGRT_32,hup,9", err);
	CHECK("signal.names", sigset_has(&cfg.signals, 64) &&
				      sigset_has(&cfg.signals, 1) &&
				      sigset_has(&cfg.signals, 9) &&
				      !sigset_has(&cfg.signals, 2));
	parse(&cfg, "signal=!int", err);
	CHECK("signal.negated",
	      !sigset_has(&cfg.signals, 2) && sigset_has(&cfg.signals, 15));
	CHECK("signal.number_of", expr_signal_number("SIGRTMIN") == 32 &&
					  expr_signal_number("rt_1") == 33 &&
					  expr_signal_number("010") == 10 &&
					  expr_signal_number("Int") == 2);

	parse(&cfg, "status=!failed", err);
	CHECK("status.negated",
	      cfg.status_mask == (STATUS_ALL & ~STATUS_FAILED));
	parse(&cfg, "quiet=attach,exits", err);
	CHECK("quiet.bits", cfg.quiet == (QUIET_ATTACH | QUIET_EXIT));
	parse(&cfg, "decode-fds=path,dev", err);
	CHECK("decode_fds.bits",
	      cfg.decode_fds == (DECODE_FD_PATH | DECODE_FD_DEV));

	parse(&cfg, "read=3,70000,+5", err);
	CHECK("fds.small",
	      fdset_has(&cfg.read_fds, 3) && fdset_has(&cfg.read_fds, 5));
	CHECK("fds.big", fdset_has(&cfg.read_fds, 70000) &&
				 !fdset_has(&cfg.read_fds, 70001));
	CHECK("fds.not_given", !fdset_has(&cfg.write_fds, 3));
	free(cfg.read_fds.big);
	parse(&cfg, "write=!1", err);
	CHECK("fds.negated",
	      !fdset_has(&cfg.write_fds, 1) && fdset_has(&cfg.write_fds, 2));
	parse(&cfg, "write=all", err);
	CHECK("fds.all", fdset_has(&cfg.write_fds, 99999));
}

/* ---------------------------------------------------------------- bpf */

static unsigned expect(const struct stop_spec *spec, int pers, unsigned nr)
{
	bool stop = nr < SET_NR_MAX ? sysset_has(&spec->stop, pers, nr)
				    : spec->stop_beyond[pers];
	return stop ? SECCOMP_RET_TRACE : SECCOMP_RET_ALLOW;
}

/* runs the program on every number below 2 * SET_NR_MAX, the x32 range
 * and the extremes, in both arches; returns the mismatches */
static int verify_program(const struct stop_spec *spec,
			  const struct sock_fprog *prog)
{
	static const unsigned arches[] = {AUDIT_ARCH_X86_64, AUDIT_ARCH_I386};
	static const unsigned extra[] = {0x40000000, 0x40000001, 0x400001ff,
					 0x7fffffff, 0x80000000, 0xffffffff};
	int bad = 0;
	for (int p = 0; p < 2; p++) {
		for (unsigned nr = 0; nr < 2 * SET_NR_MAX; nr++)
			bad += bpf_run(prog, arches[p], nr) !=
			       expect(spec, p, nr);
		for (size_t i = 0; i < ARRAY_SIZE(extra); i++)
			bad += bpf_run(prog, arches[p], extra[i]) !=
			       expect(spec, p, extra[i]);
	}
	/* an arch we do not know stops */
	bad += bpf_run(prog, AUDIT_ARCH_AARCH64, 0) != SECCOMP_RET_TRACE;
	bad += bpf_run(prog, 0, 1) != SECCOMP_RET_TRACE;
	return bad;
}

static void check_spec(const char *name, const struct stop_spec *spec)
{
	struct sock_fprog prog;
	char n[96];
	snprintf(n, sizeof(n), "bpf.%s.built", name);
	bool built = bpf_build(spec, &prog) == 0;
	CHECK(n, built);
	if (!built)
		return;
	snprintf(n, sizeof(n), "bpf.%s.correct", name);
	CHECK(n, verify_program(spec, &prog) == 0);
	snprintf(n, sizeof(n), "bpf.%s.fits", name);
	CHECK(n, prog.len <= BPF_MAXINSNS);
	bpf_free(&prog);
}

static void test_bpf(void)
{
	struct stop_spec spec;

	memset(&spec, 0, sizeof(spec));
	check_spec("nothing", &spec);

	memset(&spec, 0, sizeof(spec));
	sysset_add(&spec.stop, PERS_X86_64, 257); /* openat */
	sysset_add(&spec.stop, PERS_I386, 295);
	sysset_add(&spec.stop, PERS_I386, 5);
	check_spec("one_each", &spec);

	/* the personalities differ: 257 stops on x86_64 only */
	struct sock_fprog prog;
	bpf_build(&spec, &prog);
	CHECK("bpf.arch_checked",
	      bpf_run(&prog, AUDIT_ARCH_X86_64, 257) == SECCOMP_RET_TRACE &&
		      bpf_run(&prog, AUDIT_ARCH_I386, 257) ==
			      SECCOMP_RET_ALLOW &&
		      bpf_run(&prog, AUDIT_ARCH_I386, 5) == SECCOMP_RET_TRACE &&
		      bpf_run(&prog, AUDIT_ARCH_X86_64, 5) ==
			      SECCOMP_RET_ALLOW);
	bpf_free(&prog);

	memset(&spec, 0, sizeof(spec));
	sysset_fill(&spec.stop);
	sysset_del(&spec.stop, PERS_X86_64, 0);
	sysset_del(&spec.stop, PERS_I386, 3);
	spec.stop_beyond[0] = spec.stop_beyond[1] = true;
	check_spec("all_but_read", &spec);

	/* every other number: the longest jumps go through BPF_JA */
	memset(&spec, 0, sizeof(spec));
	for (long nr = 0; nr < 500; nr += 2) {
		sysset_add(&spec.stop, PERS_X86_64, nr);
		sysset_add(&spec.stop, PERS_I386, nr + 1);
	}
	spec.stop_beyond[1] = true;
	check_spec("alternating", &spec);

	/* random sets */
	srand(12345);
	for (int round = 0; round < 20; round++) {
		memset(&spec, 0, sizeof(spec));
		for (int p = 0; p < 2; p++) {
			for (long nr = 0; nr < SET_NR_MAX; nr++)
				if (rand() % 7 == 0)
					sysset_add(&spec.stop, p, nr);
			spec.stop_beyond[p] = rand() % 2;
		}
		char name[32];
		snprintf(name, sizeof(name), "random%d", round);
		check_spec(name, &spec);
	}

	/* too many runs for BPF_MAXINSNS: refused, not truncated */
	memset(&spec, 0, sizeof(spec));
	for (long nr = 0; nr < SET_NR_MAX; nr += 2) {
		sysset_add(&spec.stop, PERS_X86_64, nr);
		sysset_add(&spec.stop, PERS_I386, nr);
	}
	CHECK("bpf.too_long_refused", bpf_build(&spec, &prog) < 0);
}

/* the kernel takes the program, and runs it as the interpreter does: a
 * call that stops has no tracer here, so it fails with ENOSYS */
static void test_bpf_in_kernel(void)
{
	struct stop_spec spec;
	memset(&spec, 0, sizeof(spec));
	sysset_add(&spec.stop, PERS_X86_64, __NR_getppid);
	struct sock_fprog prog;
	bpf_build(&spec, &prog);
	pid_t pid = fork();
	if (pid == 0) {
		prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
		if (syscall(__NR_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) <
		    0)
			_exit(10);
		long a = syscall(__NR_getppid);
		int a_err = errno;
		long b = syscall(__NR_getpid);
		_exit(a == -1 && a_err == ENOSYS && b > 0 ? 0 : 11);
	}
	int status = 0;
	waitpid(pid, &status, 0);
	CHECK("bpf.kernel_loads_and_runs",
	      WIFEXITED(status) && WEXITSTATUS(status) == 0);
	bpf_free(&prog);
}

/* ---------------------------------------------------------------- -P */

static bool match_call(struct path_filter *pf, const char *name,
		       const uint64_t args[6], const void *mem, size_t len,
		       int pers)
{
	struct unit_call u;
	unit_call_init(&u, name, args, 0x10000, mem, len);
	if (pers == PERS_I386) {
		long nr = arch_syscall_nr(PERS_I386, name);
		u.call.nr = nr;
		u.call.desc = arch_syscall(PERS_I386, nr);
		u.call.pers = PERS_I386;
		u.mem.wordsize = 4;
	}
	u.mem.pid = getpid();
	return path_filter_match(pf, &u.call);
}

static void test_pathtrace(void)
{
	char *paths[] = {"data/a.txt", "/abs/data/a.txt"};
	struct path_filter pf = {true, paths, 2, NULL};
	static const char rel[] = "data/a.txt", dot[] = "./data/a.txt";
	uint64_t base = 0x10000;

	uint64_t a1[6] = {(uint64_t)-100, base};
	CHECK("pathtrace.openat_path",
	      match_call(&pf, "openat", a1, rel, sizeof(rel), 0));
	CHECK("pathtrace.no_normalising",
	      !match_call(&pf, "openat", a1, dot, sizeof(dot), 0));
	uint64_t a2[6] = {base};
	CHECK("pathtrace.open_path",
	      match_call(&pf, "open", a2, rel, sizeof(rel), 0));
	/* symlinkat's target string is not a path it refers to */
	uint64_t a3[6] = {base, (uint64_t)-100, 0x20000};
	CHECK("pathtrace.symlinkat_target_not_checked",
	      !match_call(&pf, "symlinkat", a3, rel, sizeof(rel), 0));
	/* unreadable and unterminated paths match nothing */
	uint64_t a4[6] = {(uint64_t)-100, 0xdead0000};
	CHECK("pathtrace.unreadable",
	      !match_call(&pf, "openat", a4, rel, sizeof(rel), 0));
	CHECK("pathtrace.unterminated",
	      !match_call(&pf, "openat", a1, rel, sizeof(rel) - 1, 0));
	CHECK("pathtrace.read_has_no_path",
	      !match_call(&pf, "read", a2, rel, sizeof(rel), 0));

	/* fds: what /proc shows for them, here our own fd */
	char tmpl[] = "/tmp/sctrace-unit-XXXXXX";
	int fd = mkstemp(tmpl);
	char *fdpaths[] = {tmpl};
	struct path_filter fdf = {true, fdpaths, 1, NULL};
	uint64_t f1[6] = {(uint64_t)fd, 0, 0};
	CHECK("pathtrace.fd_by_proc", match_call(&fdf, "read", f1, NULL, 0, 0));
	uint64_t f2[6] = {0, (uint64_t)fd};
	CHECK("pathtrace.dup2_second",
	      match_call(&fdf, "dup2", f2, NULL, 0, 0));
	CHECK("pathtrace.epoll_ctl_arg0_not_checked",
	      !match_call(&fdf, "epoll_ctl", f1, NULL, 0, 0));
	uint64_t f3[6] = {0, 4096, 1, 2, (uint64_t)fd, 0};
	CHECK("pathtrace.mmap_fd", match_call(&fdf, "mmap", f3, NULL, 0, 0));
	uint64_t f4[6] = {(uint64_t)-100};
	CHECK("pathtrace.at_fdcwd_is_no_fd",
	      !match_call(&fdf, "fchdir", f4, NULL, 0, 0));

	/* fds inside poll arrays and select sets */
	struct {
		int fd;
		short ev, rev;
	} pfds[2] = {{0, 1, 0}, {fd, 1, 0}};
	uint64_t p1[6] = {base, 2, 0};
	CHECK("pathtrace.pollfds",
	      match_call(&fdf, "poll", p1, pfds, sizeof(pfds), 0));
	uint64_t p2[6] = {base, 1, 0};
	CHECK("pathtrace.pollfds_count_bounds",
	      !match_call(&fdf, "poll", p2, pfds, sizeof(pfds), 0));
	uint64_t p3[6] = {base, 1000000000, 0};
	CHECK("pathtrace.pollfds_absurd_count",
	      match_call(&fdf, "poll", p3, pfds, sizeof(pfds), 0));
	unsigned char set[128] = {0};
	set[fd / 8] |= (unsigned char)(1 << (fd % 8));
	uint64_t s1[6] = {(uint64_t)fd + 1, base, 0, 0, 0};
	CHECK("pathtrace.fdsets",
	      match_call(&fdf, "select", s1, set, sizeof(set), 0));
	uint64_t s2[6] = {(uint64_t)fd, base, 0, 0, 0};
	CHECK("pathtrace.fdsets_nfds_bounds",
	      !match_call(&fdf, "select", s2, set, sizeof(set), 0));
	uint64_t s3[6] = {(uint64_t)fd + 1, 0, 0, base, 0};
	CHECK("pathtrace.fdsets_exceptfds",
	      match_call(&fdf, "pselect6", s3, set, sizeof(set), 0));

	/* the i386 table differs where strace's does */
	uint64_t m32[6] = {0, 0, 0, (uint64_t)fd, 0};
	CHECK("pathtrace.fanotify_mark_i386_fd_arg4",
	      !match_call(&fdf, "fanotify_mark", m32, NULL, 0, PERS_I386));
	uint64_t m32b[6] = {0, 0, 0, 0, (uint64_t)fd};
	CHECK("pathtrace.fanotify_mark_i386",
	      match_call(&fdf, "fanotify_mark", m32b, NULL, 0, PERS_I386));

	/* --trace-fds */
	struct config cfg;
	char err[EXPR_ERR_MAX];
	parse(&cfg, "trace-fds=7", err);
	struct path_filter tf = {true, NULL, 0, &cfg.trace_fds};
	uint64_t t1[6] = {7};
	CHECK("tracefds.read7", match_call(&tf, "read", t1, NULL, 0, 0));
	uint64_t t2[6] = {8};
	CHECK("tracefds.read8", !match_call(&tf, "read", t2, NULL, 0, 0));
	uint64_t t3[6] = {(uint64_t)-100, base};
	CHECK("tracefds.openat_no_fd",
	      !match_call(&tf, "openat", t3, rel, sizeof(rel), 0));
	close(fd);
	unlink(tmpl);
}

/* ---------------------------------------------------------------- -c */

/* a session with only the summary sink, fed calls by hand */
struct fake_trace {
	struct config cfg;
	struct session s;
	struct tracee t;
	struct sink *sink;
};

static void fake_call(struct fake_trace *ft, int pers, const char *name,
		      int err, long us)
{
	struct call c;
	memset(&c, 0, sizeof(c));
	c.nr = arch_syscall_nr(pers, name);
	c.desc = arch_syscall(pers, c.nr);
	c.pers = pers;
	c.err = err;
	c.rval = err ? -1 : 0;
	c.exiting = true;
	struct timespec d = {us / 1000000, (us % 1000000) * 1000};
	ft->t.flags = TF_SELECTED;
	ft->sink->syscall_exit(ft->sink, &ft->s, &ft->t, &c, &d, &d, NULL);
}

static char *finish_to_string(struct fake_trace *ft)
{
	char path[] = "/tmp/sctrace-unit-c-XXXXXX";
	int fd = mkstemp(path);
	close(fd);
	struct output *out = output_open(path, false);
	ft->sink->finish(ft->sink, &ft->s, out);
	output_unref(out);
	static char buf[8192];
	int rfd = open(path, O_RDONLY);
	ssize_t n = read(rfd, buf, sizeof(buf) - 1);
	buf[n > 0 ? n : 0] = '\0';
	close(rfd);
	unlink(path);
	return buf;
}

static void fake_init(struct fake_trace *ft)
{
	summary_sink_free(ft->sink);
	memset(ft, 0, sizeof(*ft));
	unit_config(&ft->cfg);
	ft->cfg.count = true;
	ft->cfg.count_wall = true;
	ft->s.cfg = &ft->cfg;
}

static void test_summary(void)
{
	struct fake_trace ft = {.sink = NULL};
	fake_init(&ft);
	ft.sink = summary_sink_new(&ft.cfg);
	fake_call(&ft, 0, "read", 0, 10);
	fake_call(&ft, 0, "read", 0, 30);
	fake_call(&ft, 0, "openat", ENOENT, 5);
	fake_call(&ft, 0, "openat", 0, 5);
	fake_call(&ft, 0, "close", 0, 5);
	/* exits the trace did not select, and calls that never returned,
	 * are not counted */
	struct call c;
	memset(&c, 0, sizeof(c));
	c.nr = arch_syscall_nr(0, "exit_group");
	c.desc = arch_syscall(0, c.nr);
	struct timespec z = {0, 0};
	ft.t.flags = TF_SELECTED;
	ft.sink->syscall_exit(ft.sink, &ft.s, &ft.t, &c, &z, &z, NULL);
	c.exiting = true;
	ft.t.flags = 0;
	ft.sink->syscall_exit(ft.sink, &ft.s, &ft.t, &c, &z, &z, NULL);
	CHECK_STR("summary.default", finish_to_string(&ft),
		  "% time     seconds  usecs/call     calls    errors syscall\n"
		  "------ ----------- ----------- --------- --------- "
		  "----------------\n"
		  " 72.73    0.000040          20         2           read\n"
		  " 18.18    0.000010           5         2         1 openat\n"
		  "  9.09    0.000005           5         1           close\n"
		  "------ ----------- ----------- --------- --------- "
		  "----------------\n"
		  "100.00    0.000055          11         5         1 total\n");

	fake_init(&ft);
	ft.cfg.sortby = "calls";
	ft.cfg.columns = "name,calls,errors,min-time,max-time,avg-time";
	ft.sink = summary_sink_new(&ft.cfg);
	fake_call(&ft, 0, "close", 0, 1);
	fake_call(&ft, 0, "write", 0, 3);
	fake_call(&ft, 0, "write", 0, 4);
	fake_call(&ft, 0, "read", 0, 2);
	fake_call(&ft, 1, "getpid", 0, 2);
	CHECK_STR("summary.columns_and_i386", finish_to_string(&ft),
		  "syscall              calls    errors shortest  longest  "
		  "usecs/call\n"
		  "---------------- --------- --------- -------- -------- "
		  "-----------\n"
		  "write                    2           0.000003 0.000004      "
		  "     3\n"
		  "read                     1           0.000002 0.000002      "
		  "     2\n"
		  "close                    1           0.000001 0.000001      "
		  "     1\n"
		  "---------------- --------- --------- -------- -------- "
		  "-----------\n"
		  "total                    4           0.000001 0.000004      "
		  "     2\n"
		  "System call usage summary for 32 bit mode:\n"
		  "syscall              calls    errors shortest  longest  "
		  "usecs/call\n"
		  "---------------- --------- --------- -------- -------- "
		  "-----------\n"
		  "getpid                   1           0.000002 0.000002      "
		  "     2\n"
		  "---------------- --------- --------- -------- -------- "
		  "-----------\n"
		  "total                    1           0.000002 0.000002      "
		  "     2\n");

	/* no time at all: every share 0.00, the total's 100.00; -O takes
	 * the overhead off each call */
	fake_init(&ft);
	ft.cfg.sortby = "name";
	ft.cfg.overhead_ns = 50000;
	ft.sink = summary_sink_new(&ft.cfg);
	fake_call(&ft, 0, "write", EBADF, 20);
	fake_call(&ft, 0, "brk", 0, 40);
	CHECK_STR("summary.zero_and_overhead", finish_to_string(&ft),
		  "% time     seconds  usecs/call     calls    errors syscall\n"
		  "------ ----------- ----------- --------- --------- "
		  "----------------\n"
		  "  0.00    0.000000           0         1           brk\n"
		  "  0.00    0.000000           0         1         1 write\n"
		  "------ ----------- ----------- --------- --------- "
		  "----------------\n"
		  "100.00    0.000000           0         2         1 total\n");

	fake_init(&ft);
	ft.sink = summary_sink_new(&ft.cfg);
	CHECK_STR("summary.nothing_counted", finish_to_string(&ft), "");
	ft.cfg.count = false;
	CHECK("summary.off_without_c", summary_sink_new(&ft.cfg) == NULL);
	summary_sink_free(ft.sink);
}

/* ---------------------------------------------------------------- dumps */

static void test_dump(void)
{
	static const char data[] =
		"hello world, this is a longer line of text\x01\x02\xff\n";
	char path[] = "/tmp/sctrace-unit-d-XXXXXX";
	int fd = mkstemp(path);
	close(fd);
	struct fake_trace ft = {.sink = NULL};
	fake_init(&ft);
	char err[EXPR_ERR_MAX];
	expr_parse(&ft.cfg, "write=1", err);
	struct output *out = output_open(path, false);
	ft.t.line.out = out;
	struct unit_call u;
	uint64_t a[6] = {1, 0x10000, sizeof(data) - 1};
	unit_call_init(&u, "write", a, 0x10000, data, sizeof(data) - 1);
	u.call.rval = sizeof(data) - 1;
	u.call.exiting = true;
	filter_dump_io(&ft.s, &ft.t, &u.call);
	/* not on fd 2, not when failed */
	u.call.args[0] = 2;
	filter_dump_io(&ft.s, &ft.t, &u.call);
	u.call.args[0] = 1;
	u.call.err = EBADF;
	filter_dump_io(&ft.s, &ft.t, &u.call);
	output_unref(out);
	char buf[4096];
	int rfd = open(path, O_RDONLY);
	ssize_t n = read(rfd, buf, sizeof(buf) - 1);
	buf[n > 0 ? n : 0] = '\0';
	close(rfd);
	unlink(path);
	CHECK_STR("dump.write", buf,
		  " | 00000  68 65 6c 6c 6f 20 77 6f  72 6c 64 2c 20 74 68 69  "
		  "hello world, thi |\n"
		  " | 00010  73 20 69 73 20 61 20 6c  6f 6e 67 65 72 20 6c 69  "
		  "s is a longer li |\n"
		  " | 00020  6e 65 20 6f 66 20 74 65  78 74 01 02 ff 0a        "
		  "ne of text....   |\n");
}

int main(void)
{
	test_errors();
	test_sets();
	test_bpf();
	test_bpf_in_kernel();
	test_pathtrace();
	test_summary();
	test_dump();
	return unit_done();
}
