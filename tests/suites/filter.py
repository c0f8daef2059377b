"""The filters issue: -e expressions against strace 6.1 (every error, and
the class and -P membership of every syscall), the -c tables, seccomp
acceleration (the same traces with and without it, and that a traced
program is never hurt by it)."""

import os
import re
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "diff"))
import accepted  # noqa: E402
import corpus  # noqa: E402
import gen_classes  # noqa: E402
import sctest  # noqa: E402

DIFF_DIR = os.path.join(os.path.dirname(HERE), "diff")
ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C", "LC_ALL": "C",
       "TZ": "UTC"}


def fixture():
    """A fresh directory with the differential fixture (data/a.txt,
    data/link -> a.txt, ...)."""
    d = sctest.scratch()
    subprocess.run(["sh", "-c", corpus.FIXTURE], cwd=d, check=True, env=ENV)
    return d


def trace(tool, opts, cmd, cwd):
    rc, text, err = sctest.trace(tool, ["-qq"] + list(opts), cmd, cwd=cwd,
                                 env=ENV)
    return rc, text, err


# ------------------------------------------------------------ expressions

BAD = [
    "trace=opne", "opne", "trace=%foo", "trace=", "trace=!", "trace=,",
    "trace=!,", "trace=/[", "trace=/zzz", "trace=open@99", "trace=?open@99",
    "trace=open@", "trace=open@64@32", "trace=@64", "trace=bogus@64",
    "trace=none@64", "trace=none,open", "trace=open,!read", "trace= open",
    "trace=9999", "trace=-1", "trace=0x10", "trace=384@64", "trace=net",
    "trace=creds", "trace=%FILE", "abbrev=opne", "verbose=%x", "raw=/(",
    "foo=bar", "signal=FOO", "signal=", "signal=,", "signal=-1",
    "signal=256", "signal=+5", "signal=SIGIOT", "signal=SIGRT_33",
    "signal=!", "status=foo", "status=", "quiet=foo", "quiet=",
    "decode-fds=signalfd", "decode-fds=", "read=x", "read=-1",
    "read=2147483648", "write=", "read=,",
]

GOOD = [
    "trace=?opne", "trace=?", "trace=,open", "trace=/", "trace=?/zzz",
    "trace=open@x32", "trace=file", "trace=stat", "trace=07", "trace=335",
    "trace=%%statfs", "trace=!!open", "trace=all@32", "signal=0",
    "signal=255", "signal=sigint", "signal=SIGRT_32", "signal=!int",
    "read=+3", "read= 3", "read=all", "write=!1", "quiet=exits",
    "quiet=path-resolution", "status=!failed", "decode-fds=!path",
    "q=attach", "t=open", "x=open", "r=3",
]


def test_bad_expressions_like_strace():
    """one line naming the bad token, exit 1, nothing traced"""
    sctest.need_strace()
    d = sctest.scratch()
    problems = []
    for expr in BAD + GOOD:
        marker = os.path.join(d, "ran")
        cmd = ["touch", marker]
        ref = sctest.run([sctest.STRACE, "-o", "/dev/null", "-e", expr] + cmd)
        ref_ran = os.path.exists(marker)
        if ref_ran:
            os.unlink(marker)
        got = sctest.run([sctest.SCTRACE, "-o", "/dev/null", "-e", expr] + cmd)
        got_ran = os.path.exists(marker)
        if got_ran:
            os.unlink(marker)
        want = re.sub(r"^\S*strace: ", "sctrace: ", ref.stderr.split("\n")[0])
        have = got.stderr.rstrip("\n")
        if (ref.returncode, ref_ran) != (got.returncode, got_ran):
            problems.append("%s: strace exit %d ran=%s, sctrace exit %d "
                            "ran=%s" % (expr, ref.returncode, ref_ran,
                                        got.returncode, got_ran))
        elif ref.returncode and have != want:
            problems.append("%s: strace [%s] sctrace [%s]" % (expr, want, have))
    assert not problems, "\n".join(problems)


def test_long_options_take_expressions():
    r = sctest.sctrace(["--trace=opne", "true"])
    assert r.returncode == 1 and r.stderr == "sctrace: invalid system call 'opne'\n", r.stderr
    r = sctest.sctrace(["--signal=FOO", "true"])
    assert r.returncode == 1 and "invalid signal 'FOO'" in r.stderr, r.stderr
    r = sctest.sctrace(["--trace-fds=x", "true"])
    assert r.returncode == 1 and "invalid descriptor 'x'" in r.stderr, r.stderr


# ------------------------------------------------------------ classes

def read_pending():
    """{(name, bits): (strace classes, ours today)} from classes_pending.txt"""
    out = {}
    with open(os.path.join(DIFF_DIR, "classes_pending.txt")) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            key, want, have = line.rstrip("\n").split("\t")
            bits = 32 if key.endswith("@32") else 64
            name = key[:-3] if bits == 32 else key
            conv = lambda s: set() if s == "-" else set(s.split(","))  # noqa
            out[(name, bits)] = (conv(want), conv(have))
    return out


def test_classes_file_is_strace():
    """classes_expected.txt is what the installed strace says"""
    sctest.need_strace()
    live = gen_classes.class_table([sctest.STRACE])
    saved = gen_classes.parse(os.path.join(DIFF_DIR, "classes_expected.txt"))
    diff = sorted(k for k in set(live) | set(saved) if live.get(k) != saved.get(k))
    assert not diff, "strace and classes_expected.txt differ on: %s" % diff[:20]


def check_classes(tracer):
    expected = gen_classes.parse(os.path.join(DIFF_DIR, "classes_expected.txt"))
    pending = read_pending()
    mine = gen_classes.class_table(tracer)
    problems = []
    for key in sorted(expected):
        want, have = expected[key], mine.get(key)
        if key in pending:
            if have == pending[key][1] and want == pending[key][0]:
                continue
            if have == want:
                problems.append("%s@%d is fixed: remove it from "
                                "classes_pending.txt" % key)
                continue
        if have != want:
            problems.append("%s@%d: strace %s, sctrace %s" % (
                key[0], key[1], sorted(want), sorted(have) if have is not None else "not shown"))
    # calls strace 6.1 does not know are ours to classify
    assert not problems, "\n".join(problems)
    return len(expected)


def test_classes_match_strace():
    """every x86_64 and i386 syscall is in strace's classes (seccomp on)"""
    check_classes([sctest.SCTRACE])


def test_classes_match_strace_no_seccomp():
    check_classes([sctest.SCTRACE, "--no-seccomp"])


def test_stacked_repetitions_select_like_one():
    """'a' and 30 '+' means 'a+'; glibc's regcomp given it as it is needs
    gigabytes (each '+' doubles it), so sctrace simplifies the run first"""
    def names(pattern):
        d = sctest.scratch()
        out = os.path.join(d, "t")
        p = sctest.run([sctest.SCTRACE, "-qq", "-e", "trace=/" + pattern, "-o", out,
                        "cat", "/etc/hostname"], timeout=30)
        assert p.returncode == 0, p.stderr
        return {l.split("(")[0] for l in open(out) if "(" in l}
    for stacked, simple in (("^(read|open)" + "+" * 30, "^(read|open)+"),
                            ("op+?en", "op*en"), ("clos*+e", "clos*e"),
                            ("^[+*]*?(read|write)$", "^[+*]*(read|write)$")):
        got, want = names(stacked), names(simple)
        assert got == want and want, (stacked, sorted(got), sorted(want))


# ------------------------------------------------------------ -P, --trace-fds

PROBED = re.compile(r"^([a-z_0-9]+)\(.*\) += -1 (E[A-Z0-9]+) ")
# the probe's errno tells which argument held the path (EPERM..ENXIO for
# arguments 0..5), or the fd (E2BIG..ENOMEM), or an fd in a struct (ENOSPC)
FD_ERRNOS = {"E2BIG", "ENOEXEC", "EBADF", "ECHILD", "EAGAIN", "ENOMEM", "ENOSPC"}


def probe_matches(tool, opts, bits, d):
    rc, text, _ = trace(tool, opts, [sctest.prog("filter_allcalls"), "args",
                                     str(bits), "data/a.txt"], d)
    return {m.groups() for m in map(PROBED.match, text.split("\n")) if m}


def check_probe(opts_ref, opts_mine, only=None):
    sctest.need_strace()
    d = fixture()
    problems = []
    for bits in (64, 32):
        ref = probe_matches(sctest.STRACE, opts_ref, bits, d)
        if only:
            ref = {x for x in ref if x[1] in only}
        for extra in ([], ["--no-seccomp"]):
            mine = probe_matches(sctest.SCTRACE, opts_mine + extra, bits, d)
            # calls strace 6.1 does not know: it shows them as syscall_N
            mine = {x for x in mine if x[0] not in accepted.NEW_SYSCALLS}
            if ref != mine:
                problems.append("%d-bit %s: strace only %s; sctrace only %s" % (
                    bits, " ".join(extra), sorted(ref - mine)[:12],
                    sorted(mine - ref)[:12]))
    assert not problems, "\n".join(problems)


def test_trace_path_every_syscall():
    """-P matches the arguments strace matches, call by call"""
    check_probe(["-P", "data/a.txt"], ["-P", "data/a.txt"])


def test_trace_path_through_symlink():
    check_probe(["-P", "data/link"], ["-P", "data/link"])


def test_trace_fds_every_syscall():
    """--trace-fds=9 matches the calls -P matches through fd 9"""
    check_probe(["-P", "data/a.txt"], ["--trace-fds=9"], only=FD_ERRNOS)


def test_path_resolution_note():
    d = fixture()
    rc, text, err = sctest.trace(sctest.SCTRACE, ["-P", "data/link"], ["true"], cwd=d)
    want = 'sctrace: Requested path "data/link" resolved into "%s/data/a.txt"\n' % os.path.realpath(d)
    assert err == want, err
    rc, text, err = sctest.trace(sctest.SCTRACE, ["-e", "quiet=path-resolution",
                                                  "-P", "data/link"], ["true"], cwd=d)
    assert err == "", err


# ------------------------------------------------------------ seccomp

FILTERS = [
    ["-e", "trace=%file"],
    ["-e", "trace=openat,close,read"],
    ["-e", "trace=/^open"],
    # (futex: whether pthread_join waits is the scheduler's business)
    ["-e", "trace=!read,write,futex"],
    ["-e", "trace=%desc", "-y"],
    ["-e", "trace=%process"],
    ["-e", "trace=none"],
    ["-P", "data/a.txt"],
    ["-P", "data/link"],
    ["--trace-fds=3"],
    ["-Z", "-e", "trace=%file"],
    ["-z", "-e", "trace=openat"],
    ["-e", "trace=openat,read,write", "-e", "read=all", "-e", "write=all"],
    ["-c", "-S", "calls", "-e", "trace=%file"],
    ["-C", "-S", "name", "-e", "trace=openat"],
    ["-e", "trace=getcwd,uname,openat"],
]

PROGRAMS = [
    ["files"], ["files", "signal", "io"], ["fork"], ["thread"],
    ["sandbox"], ["files", "exec"],
]


SUMMARY_TIMES = re.compile(r"^( *\d+\.\d\d +\d+\.\d{6} +\d+ )", re.M)


def normalised(text, follow, d=None):
    # -c times are not the same twice, nor random bytes (which may hold
    # an escaped quote)
    text = SUMMARY_TIMES.sub("T ", text)
    text = re.sub(r'getrandom\("(?:[^"\\]|\\.)*"(\.\.\.)?', 'getrandom("RANDOM"', text)
    if d:
        text = text.replace(os.path.realpath(d), "DIR")
    lines = sctest.normalise(text)
    # the program's own pid, where it names it
    lines = [re.sub(r"^(kill|tgkill)\(\d+(, \d+)?", r"\1(PID", l) for l in lines]
    # glibc gives a new thread's tid word as both parent_tid and
    # child_tid: a thread that ends before its clone3 returns to us has
    # had the kernel clear it already (strace reads 0 too)
    lines = [re.sub(r"=> \{parent_tid=\[(?:0|P\d+)\]\}", "=> {parent_tid=[TID]}", l)
             for l in lines]
    if follow:
        streams = sctest.per_pid(lines)
        lines = [p + " " + l for p in sorted(streams) for l in streams[p]]
    return lines


def fresh_fixture(d):
    subprocess.run(["rm", "-rf", os.path.join(d, "data"), os.path.join(d, "newdir")])
    subprocess.run(["sh", "-c", corpus.FIXTURE], cwd=d, check=True, env=ENV)


def test_seccomp_equivalence():
    """the same filtered traces with and without the seccomp filter"""
    problems = []
    d = sctest.scratch()
    for follow in (False, True):
        for prog in PROGRAMS:
            for f in FILTERS:
                outs = []
                for extra in ([], ["--no-seccomp"]):
                    fresh_fixture(d)
                    # a child's SIGCHLD races the parent's calls
                    opts = (["-f"] if follow else []) + f + extra + \
                        ["-e", "signal=!CHLD"]
                    rc, text, err = trace(sctest.SCTRACE, opts,
                                          [sctest.prog("filter_calls")] + prog, d)
                    outs.append((rc, normalised(text, follow, d)))
                if outs[0] != outs[1]:
                    a, b = outs[0][1], outs[1][1]
                    first = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]),
                                 min(len(a), len(b)))
                    problems.append("%s %s %s: exit %d/%d, line %d: [%s] vs [%s]" % (
                        "-f" if follow else "", " ".join(f), " ".join(prog),
                        outs[0][0], outs[1][0], first,
                        a[first] if first < len(a) else None,
                        b[first] if first < len(b) else None))
    assert not problems, "\n".join(problems[:20])


test_seccomp_equivalence.timeout = 300


def seccomp_state(opts):
    d = fixture()
    r = subprocess.run([sctest.SCTRACE, "-o", "/dev/null"] + opts +
                       [sctest.prog("filter_safety"), "status"],
                       capture_output=True, text=True, cwd=d, timeout=30)
    return dict(l.split(":\t") for l in r.stdout.strip().split("\n"))


def test_seccomp_installed_when_it_helps():
    s = seccomp_state(["-e", "trace=openat"])
    assert s["Seccomp"] == "2" and s.get("Seccomp_filters", "1") == "1", s
    if os.geteuid() == 0:
        # root needs no no_new_privs: setuid programs behave as under strace,
        # also with -u (the filter goes in before root is dropped)
        assert s["NoNewPrivs"] == "0", s
        s = seccomp_state(["-u", "nobody", "-e", "trace=openat"])
        assert s["Seccomp"] == "2" and s["NoNewPrivs"] == "0", s
    for opts in (["-e", "trace=openat", "--no-seccomp"], [], ["-e", "trace=all"],
                 ["-e", "trace=!read"], ["-e", "trace=openat", "-b", "execve"]):
        s = seccomp_state(opts)
        assert s["Seccomp"] == "0", (opts, s)
    s = seccomp_state(["--seccomp-bpf", "-e", "trace=openat"])
    assert s["Seccomp"] == "2", s


def attach_for_a_moment(opts, pid):
    t = subprocess.Popen([sctest.SCTRACE] + opts + ["-p", str(pid)],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         text=True)
    time.sleep(0.3)
    t.send_signal(signal.SIGINT)
    return t.communicate(timeout=10)[1]


def test_seccomp_fallback_is_quiet_unless_v():
    p = subprocess.Popen([sctest.prog("filter_safety"), "loop", "/dev/null",
                          "/dev/null"])
    try:
        time.sleep(0.1)
        quiet = attach_for_a_moment(["-e", "trace=openat"], p.pid)
        loud = attach_for_a_moment(["-v", "-e", "trace=openat"], p.pid)
    finally:
        sctest.kill_quietly(p)
    assert "seccomp" not in quiet, quiet
    assert "sctrace: seccomp filter not used: attached processes cannot be " \
        "given a filter\n" in loud, loud


def results(path):
    with open(path) as f:
        return f.read().strip().split("\n")


def test_interrupt_never_hurts_filtered_command():
    """SIGTERM to sctrace: the command gets it (as under strace), its
    filtered calls keep working, sctrace waits for it"""
    d = fixture()
    out = os.path.join(d, "out")
    p = subprocess.Popen([sctest.SCTRACE, "-e", "trace=openat",
                          sctest.prog("filter_safety"), "sigwait", "data/a.txt", out],
                         cwd=d, stderr=subprocess.PIPE, text=True)
    assert sctest.wait_until(lambda: os.path.exists(out), 5)
    p.send_signal(signal.SIGTERM)
    err = p.communicate(timeout=10)[1]
    got = results(out)
    assert got == ["ready open=ok errno=0", "after-signal open=ok errno=0"], got
    assert p.returncode == -signal.SIGTERM, p.returncode
    # strace's note, and nothing printed for it afterwards
    assert re.search(r"sctrace: Process \d+ detached\n", err), err
    assert "openat" not in err.split("detached")[-1], err


def test_orphan_without_f_keeps_working():
    """without -f the command's children are followed silently: an
    orphan's filtered calls still work, and nothing of it is printed"""
    d = fixture()
    out = os.path.join(d, "out")
    rc, text, err = sctest.trace(sctest.SCTRACE, ["-e", "trace=openat"],
                                 [sctest.prog("filter_safety"), "orphan",
                                  "data/a.txt", out], cwd=d)
    assert rc == 0, err
    assert results(out) == ["orphan open=ok errno=0"], results(out)
    assert "data/a.txt" not in text, text
    assert "[pid" not in text and "attached" not in err, (text, err)


def calls_and_returns(text):
    """name and return value of each line: what the engine decides (which
    calls and processes show), whatever the decoders print"""
    out = []
    for line in sctest.normalise(text):
        m = re.match(r"^([a-z_0-9]+)\(.*\) = (.*)$", line)
        out.append("%s = %s" % m.groups() if m else line)
    return out


def test_threads_and_children_without_f_like_strace():
    sctest.need_strace()
    d = fixture()
    cmd = [sctest.prog("filter_calls"), "thread", "fork"]
    opts = ["-e", "trace=openat,read,close,exit", "-e", "signal=!CHLD"]
    a = calls_and_returns(trace(sctest.STRACE, opts, cmd, d)[1])
    b = calls_and_returns(trace(sctest.SCTRACE, opts, cmd, d)[1])
    assert a == b, "\n".join("%s | %s" % x for x in zip(a, b) if x[0] != x[1])


def test_sigkill_of_sctrace_kills_filtered_command():
    """a filtered process must not run on broken: PTRACE_O_EXITKILL"""
    d = fixture()
    out = os.path.join(d, "out")
    p = subprocess.Popen([sctest.SCTRACE, "-o", os.path.join(d, "t"), "-e", "trace=openat",
                          sctest.prog("filter_safety"), "loop", "data/a.txt", out], cwd=d)
    assert sctest.wait_until(lambda: os.path.exists(out), 5)
    child = None
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                with open("/proc/%s/status" % pid) as f:
                    st = f.read()
            except OSError:
                continue
            if "\nPPid:\t%d\n" % p.pid in st:
                child = int(pid)
    assert child, "no child of sctrace"
    p.kill()
    p.wait()
    assert sctest.wait_until(lambda: sctest.process_state(child) in (None, "Z"), 5), \
        "the filtered program outlived sctrace"
    assert all("ok" in l for l in results(out)), results(out)


def test_attach_gets_no_filter():
    p = subprocess.Popen([sctest.prog("filter_safety"), "loop", "/dev/null", "/dev/null"])
    try:
        time.sleep(0.1)
        t = subprocess.Popen([sctest.SCTRACE, "-o", "/dev/null", "-e", "trace=openat",
                              "-p", str(p.pid)], stderr=subprocess.DEVNULL)
        time.sleep(0.3)
        with open("/proc/%d/status" % p.pid) as f:
            st = f.read()
        t.send_signal(signal.SIGINT)
        t.wait(timeout=10)
        assert "\nSeccomp:\t0\n" in st, st
        time.sleep(0.1)
        assert sctest.process_state(p.pid) not in (None, "Z"), "attached process died"
        assert sctest.tracer_of(p.pid) == 0
    finally:
        sctest.kill_quietly(p)


# ------------------------------------------------------------ -c

ROW = re.compile(r"^ *(\d+\.\d\d) +(\d+\.\d{6}) +(\d+) +(\d+) +(\d*) +(\S+)$")


def summary_rows(text):
    """the rows of a default -c table as (calls, errors, name), and the
    table's other lines"""
    rows, other = [], []
    for line in text.split("\n"):
        m = ROW.match(line)
        if m:
            rows.append((m.group(4), m.group(5), m.group(6)))
        elif line:
            other.append(line)
    return rows, other


def test_summary_like_strace():
    """-c tables: call counts, errors, names, layout (not times)"""
    sctest.need_strace()
    problems = []
    cmds = [["cat", "data/a.txt", "data/nosuch"],
            [sctest.prog("filter_calls"), "files", "io"]]
    for opts in (["-c"], ["-c", "-w"], ["-c", "-e", "trace=%file"], ["-c", "-P", "data/a.txt"],
                 ["-c", "-z"], ["-c", "-O", "10"]):
        for cmd in cmds:
            d = fixture()
            a = summary_rows(trace(sctest.STRACE, opts, cmd, d)[1])
            d = fixture()
            b = summary_rows(trace(sctest.SCTRACE, opts, cmd, d)[1])
            # sorted by time: the order is the clock's; compare as sets
            if sorted(a[0]) != sorted(b[0]) or a[1] != b[1]:
                problems.append("%s %s:\n  strace  %s %s\n  sctrace %s %s" % (
                    " ".join(opts), cmd[0], sorted(set(a[0]) - set(b[0])), a[1],
                    sorted(set(b[0]) - set(a[0])), b[1]))
    assert not problems, "\n".join(problems)


def test_summary_attach_prints_on_interrupt():
    """-c -p: the table is printed when sctrace is interrupted"""
    p = subprocess.Popen([sctest.prog("getppid_loop"), "100000000"])
    try:
        time.sleep(0.1)
        t = subprocess.Popen([sctest.SCTRACE, "-c", "-p", str(p.pid)],
                             stderr=subprocess.PIPE, text=True)
        time.sleep(0.5)
        t.send_signal(signal.SIGINT)
        err = t.communicate(timeout=10)[1]
        assert sctest.process_state(p.pid) not in (None, "Z")
    finally:
        sctest.kill_quietly(p)
    assert "% time     seconds  usecs/call     calls    errors syscall" in err, err
    assert re.search(r"\d+ +getppid\n", err), err
    assert re.search(r"100\.00 +\d+\.\d+ +\d+ +\d+ +total\n", err), err


# ------------------------------------------------------------ i386

I386_PROGRAM = r"""
.globl _start
.section .data
path: .asciz "data/a.txt"
nosuch: .asciz "data/nosuch"
buf: .space 64
.section .text
_start:
	movl $20, %eax          # getpid
	int $0x80
	movl $5, %eax           # open(path, O_RDONLY)
	movl $path, %ebx
	xorl %ecx, %ecx
	int $0x80
	movl %eax, %esi
	movl $3, %eax           # read(fd, buf, 64)
	movl %esi, %ebx
	movl $buf, %ecx
	movl $64, %edx
	int $0x80
	movl $4, %eax           # write(1, buf, 4)
	movl $1, %ebx
	movl $buf, %ecx
	movl $4, %edx
	int $0x80
	movl $6, %eax           # close(fd)
	movl %esi, %ebx
	int $0x80
	movl $5, %eax           # open(nosuch): ENOENT
	movl $nosuch, %ebx
	xorl %ecx, %ecx
	int $0x80
	movl $64, %eax          # getppid
	int $0x80
	movl $252, %eax         # exit_group(0)
	xorl %ebx, %ebx
	int $0x80
"""


def i386_program():
    """a static 32-bit program, assembled here (no 32-bit libc needed)"""
    d = sctest.scratch()
    src, obj, exe = (os.path.join(d, n) for n in ("p.S", "p.o", "p32"))
    with open(src, "w") as f:
        f.write(I386_PROGRAM)
    try:
        subprocess.run(["as", "--32", "-o", obj, src], check=True,
                       capture_output=True)
        subprocess.run(["ld", "-m", "elf_i386", "-o", exe, obj], check=True,
                       capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        raise sctest.Skip("no 32-bit assembler/linker")
    return exe


def test_i386_filtered_like_strace_both_modes():
    """a 32-bit program: the i386 half of the seccomp program, classes,
    -P and -c, against strace"""
    sctest.need_strace()
    exe = i386_program()
    problems = []
    for opts in (["-e", "trace=open,close"], ["-e", "trace=%file"],
                 ["-e", "trace=!read"], ["-e", "trace=%desc@32"],
                 ["-e", "trace=getppid@64"], ["-P", "data/a.txt"], ["-Z"],
                 ["-e", "trace=read", "-e", "read=all"],
                 ["-c", "-S", "name"], ["-c", "-e", "trace=%file"]):
        # (not -qq: the personality notices count too)
        d = fixture()
        ref = calls_and_returns(SUMMARY_TIMES.sub(
            "T ", sctest.trace(sctest.STRACE, opts, [exe], cwd=d, env=ENV)[1]))
        for extra in ([], ["--no-seccomp"]):
            d = fixture()
            mine = calls_and_returns(SUMMARY_TIMES.sub("T ", sctest.trace(
                sctest.SCTRACE, opts + extra, [exe], cwd=d, env=ENV)[1]))
            if mine != ref:
                problems.append("%s %s: strace %s, sctrace %s" % (
                    " ".join(opts), " ".join(extra), ref, mine))
    assert not problems, "\n".join(problems)


def test_i386_personality_notice_like_strace():
    """on stderr only (strace shows it nowhere with -o), in both modes"""
    sctest.need_strace()
    exe = i386_program()
    d = fixture()

    def stderr_of(argv):
        r = subprocess.run(argv + ["-e", "trace=open,close", exe], cwd=d,
                           capture_output=True, text=True, env=ENV)
        return calls_and_returns(re.sub(r"PID=\d+", "PID=N", r.stderr))
    ref = stderr_of([sctest.STRACE])
    assert ref[0] == "[ Process PID=N runs in 32 bit mode. ]", ref
    for extra in ([], ["--no-seccomp"]):
        mine = stderr_of([sctest.SCTRACE] + extra)
        assert mine == ref, (extra, mine, ref)


def test_debugger_in_tree_is_told_about_no_seccomp():
    """a traced program that uses ptrace on its children gets EPERM (we
    follow them); sctrace says what to do, once"""
    sctest.need_strace()
    r = subprocess.run([sctest.SCTRACE, "-o", "/dev/null", "-e", "trace=openat",
                        sctest.STRACE, "-o", "/dev/null", "true"],
                       capture_output=True, text=True, timeout=30)
    notes = [l for l in r.stderr.split("\n") if l.startswith("sctrace:")]
    assert len(notes) == 1 and "use --no-seccomp" in notes[0], r.stderr
    r = subprocess.run([sctest.SCTRACE, "-o", "/dev/null", "--no-seccomp", "-e",
                        "trace=openat", sctest.STRACE, "-o", "/dev/null", "true"],
                       capture_output=True, text=True, timeout=30)
    assert r.returncode == 0 and r.stderr == "", r.stderr


def test_kernel_refuses_filter_falls_back():
    """where seccomp() fails, ordinary stops, strace's trace, and the
    command's children are not followed (nothing waits for them)"""
    sctest.need_strace()
    d = fixture()
    out = os.path.join(d, "out")
    wrap = [sctest.prog("filter_noseccomp")]
    cmd = [sctest.prog("filter_safety"), "orphan", "data/a.txt", out]
    # (no pipes: the orphan would hold them open)
    t0 = time.time()
    subprocess.run(wrap + [sctest.SCTRACE, "-o", os.path.join(d, "t1"), "-e", "trace=openat"] +
                   cmd, cwd=d, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=30, env=ENV)
    took = time.time() - t0
    subprocess.run(wrap + [sctest.STRACE, "-o", os.path.join(d, "t2"), "-e", "trace=openat"] +
                   cmd, cwd=d, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=30, env=ENV)
    assert took < 0.25, "sctrace waited for the untraced orphan (%.2fs)" % took
    with open(os.path.join(d, "t1")) as a, open(os.path.join(d, "t2")) as b:
        mine, ref = a.read(), b.read()
    assert calls_and_returns(mine) == calls_and_returns(ref), (mine, ref)
    r = subprocess.run(wrap + [sctest.SCTRACE, "-v", "-o", "/dev/null", "-e", "trace=openat",
                               "true"], capture_output=True, text=True, timeout=30)
    assert r.stderr == "sctrace: seccomp filter not used: Invalid argument\n", r.stderr
    assert sctest.wait_until(lambda: os.path.exists(out) and results(out) ==
                             ["orphan open=ok errno=0", "orphan open=ok errno=0"], 3), results(out)
