"""Helpers shared by the test suites: running sctrace and strace, waiting
for processes, normalising traces for comparison.

A suite is a module in tests/suites/ with functions named test_*; each may
raise Skip("reason") or fail with an AssertionError (or any exception)."""

import os
import re
import shutil
import signal
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCTRACE = os.environ.get("SCTRACE", os.path.join(ROOT, "sctrace"))
BUILD = os.environ.get("BUILD", os.path.join(ROOT, "build"))
PROGS = os.path.join(BUILD, "tests", "progs")
STRACE = shutil.which("strace")


class Skip(Exception):
    pass


def prog(name):
    """Path of a test program built from tests/progs/NAME.c."""
    p = os.path.join(PROGS, name)
    if not os.path.exists(p):
        raise AssertionError("test program missing: " + p)
    return p


def scratch():
    """A fresh temporary directory, removed at exit of the test runner."""
    d = tempfile.mkdtemp(prefix="sctrace-test-")
    _scratch_dirs.append(d)
    return d


_scratch_dirs = []


def cleanup_scratch():
    for d in _scratch_dirs:
        shutil.rmtree(d, ignore_errors=True)


def run(argv, timeout=60, input=None, cwd=None, env=None, check=False):
    """Runs argv; returns CompletedProcess with text stdout/stderr."""
    p = subprocess.run(argv, input=input, capture_output=True, cwd=cwd,
                       env=env, timeout=timeout, text=True,
                       errors="surrogateescape")
    if check and p.returncode != 0:
        raise AssertionError("%s exited %d: %s" % (argv, p.returncode, p.stderr))
    return p


def trace(tool, opts, cmd, timeout=120, cwd=None, env=None, input=None):
    """Runs `tool -o FILE opts -- cmd`; returns (returncode, trace text,
    stderr). tool is SCTRACE or STRACE. cmd is a list."""
    d = scratch()
    out = os.path.join(d, "trace.out")
    argv = [tool, "-o", out] + list(opts) + ["--"] + list(cmd)
    p = subprocess.run(argv, capture_output=True, cwd=cwd, env=env,
                       timeout=timeout, input=input)
    with open(out, "rb") as f:
        data = f.read().decode("utf-8", "surrogateescape")
    return p.returncode, data, p.stderr.decode("utf-8", "replace")


def sctrace(args, timeout=60, **kw):
    """Runs sctrace with args (no -o); returns CompletedProcess."""
    return run([SCTRACE] + list(args), timeout=timeout, **kw)


def need_strace():
    if not STRACE:
        raise Skip("strace is not installed")


def process_state(pid):
    """The state letter of /proc/PID/stat, or None if gone."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            s = f.read()
        return s[s.rindex(")") + 2]
    except (OSError, ValueError):
        return None


def tracer_of(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("TracerPid:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return 0


def wait_until(pred, timeout=5.0, step=0.01):
    end = time.time() + timeout
    while time.time() < end:
        if pred():
            return True
        time.sleep(step)
    return pred()


def kill_quietly(p):
    try:
        p.kill()
    except Exception:
        pass
    try:
        p.wait(timeout=5)
    except Exception:
        pass


# ---------------------------------------------------------------- normalising

ADDR = re.compile(r"0x[0-9a-f]{9,}")
DURATION = re.compile(r" <\d+\.\d+>$")
INODE = re.compile(r"(socket|pipe|anon_inode:\[[a-z_]+\]|net):\[(\d+)\]")
BRACKET_INODE = re.compile(r"\b(socket|pipe):\[\d+\]")
STAT_TIME = re.compile(r"(st_[amc]time(_nsec)?|st_ino|stx_ino|stx_[abcm]time)=[^,}]*")
UNFINISHED = " <unfinished ...>"
RESUMED = re.compile(r"^<\.\.\. ([a-zA-Z0-9_]+) resumed>")
PREFIX = re.compile(r"^(\[pid +(\d+)\] |(\d+) +)")
TIMESTAMP = re.compile(r"^(\d\d:\d\d:\d\d(\.\d+)?|\d+\.\d+|\s*\d+\.\d+) ")
# what -t/-r, -n and -i put before a record: (timestamp, [nr], [ip])
LEADER = re.compile(r"^((?:\d\d:\d\d:\d\d(?:\.\d+)?|\d+\.\d+|\s*\d+\.\d+) )?"
                    r"(\[ *\d+\] )?(\[[0-9a-f?]{16}\] )?")
RET_PAD = re.compile(r"\) +=( |$)")


def split_leader(rest):
    """(normalised leader, record) of a line without its pid prefix."""
    m = LEADER.match(rest)
    lead = ""
    if m.group(1):
        lead += "TS "
    if m.group(2):
        lead += m.group(2)
    if m.group(3):
        lead += "[IP] " if "?" not in m.group(3) else m.group(3)
    return lead, rest[m.end():]


def split_prefix(line):
    """('1234', rest) for '[pid 1234] rest' or '1234  rest'; (None, line)."""
    m = PREFIX.match(line)
    if not m:
        return None, line
    return (m.group(2) or m.group(3)), line[m.end():]


def merge_unfinished(lines):
    """Joins 'call(args <unfinished ...>' with its '<... call resumed>rest'
    in the same pid, so that traces whose lines were cut at different
    places compare equal."""
    pending = {}
    out = []
    for line in lines:
        pid, rest = split_prefix(line)
        rest = split_leader(rest)[1]
        key = pid or ""
        m = RESUMED.match(rest)
        if m and key in pending:
            idx, head = pending.pop(key)
            out[idx] = head + rest[m.end():]
            continue
        if rest.endswith(UNFINISHED):
            pending[key] = (len(out), line[: -len(UNFINISHED)])
        out.append(line)
    return out


# Where a pid can stand in a trace line; only there are pid numbers
# replaced (a global replace also hit fds and sizes equal to a pid)
PID_RET_CALLS = r"(?:clone3?|fork|vfork|getpid|gettid|getppid|set_tid_address|wait4|waitpid|getpgid|getpgrp|getsid|setsid|rt_sigreturn)"
PID_ARG_CALLS = r"(?:kill|tkill|tgkill|wait4|waitid|waitpid|getpgid|setpgid|getsid|prlimit64|pidfd_open|" \
    r"process_vm_readv|process_vm_writev|kcmp|rt_sigqueueinfo|rt_tgsigqueueinfo|get_robust_list|" \
    r"sched_\w+|migrate_pages|move_pages|getpriority|setpriority|ioprio_get|ioprio_set|process_madvise)"
PID_CONTEXTS = [
    # a pid-returning call's result
    re.compile(r"^(?:<\.\.\. )?%s\b.* = (\d+)(?= |$)" % PID_RET_CALLS),
    # struct fields and siginfo
    re.compile(r"[a-z_]*(?:pid|tid)=\[?(\d+)"),
    re.compile(r"thread_id=(\d+)"),
    # fcntl owners (also as -X raw and -X verbose print them), waitid's
    # id, a futex word holding a thread id (pthread_join), pidfd
    # annotations
    re.compile(r"(?:F_SETOWN|\b0x8(?: /\* F_SETOWN \*/)?), (\d+)"),
    re.compile(r"(?:F_GETOWN|\b0x9(?: /\* F_GETOWN \*/)?)\) += (\d+)"),
    re.compile(r"^waitid\((?:P_PID|0x1(?: /\* P_PID \*/)?), (\d+)"),
    re.compile(r"^futex\(0xADDR, [^,]*, (\d+)"),
    re.compile(r"<pid:(\d+)>"),
    re.compile(r"_tid=\[(\d+)\]"),
    # /proc/PID paths, notices, --peers holders
    re.compile(r"/proc/(\d+)\b"),
    re.compile(r"in pid (\d+)"),
    re.compile(r"[\u21d0\u21d2\u21d4,](\d+):"),
]
PID_ARGS = re.compile(r"^%s\((-?\d+)(?:, (-?\d+))?" % PID_ARG_CALLS)


def pid_spans(rest):
    """(start, end) of every pid number in a record."""
    spans = []
    for rx in PID_CONTEXTS:
        for m in rx.finditer(rest):
            spans.append(m.span(1))
    m = PID_ARGS.match(rest)
    if m:
        for g in (1, 2):
            if m.group(g) and not m.group(g).startswith("-") and m.group(g) != "0":
                spans.append(m.span(g))
    return spans


def pid_map(lines):
    """Maps every pid that appears as a line prefix, or in a place where a
    trace shows pids, to P1, P2... in order of appearance."""
    order = []
    for line in lines:
        pid, rest = split_prefix(line)
        rest = split_leader(rest)[1]
        if pid and pid not in order:
            order.append(pid)
        for a, b in sorted(pid_spans(rest)):
            v = rest[a:b]
            if v not in order and len(v) >= 2:
                order.append(v)
    return {p: "P%d" % (i + 1) for i, p in enumerate(order)}


QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')


def replace_pids(rest, pids):
    """Replaces the pids of the map where a trace shows pids (pid_spans),
    and wherever they stand as whole numbers inside strings ("/proc/1234",
    "parent=1234", "name.1234"). A number elsewhere that only equals a pid
    (read's 832 bytes in a fresh machine's pid 832) is left alone."""
    if not pids:
        return rest
    spans = set(pid_spans(rest))
    strings = [m.span() for m in QUOTED.finditer(rest)]

    def sub(m):
        v = m.group(0)
        if v not in pids:
            return v
        if m.span() in spans:
            return pids[v]
        if not any(a < m.start() and m.end() < b for a, b in strings):
            return v
        # "0.1234" is a number, not a name after a pid
        if m.start() >= 2 and rest[m.start() - 1] == "." and \
           rest[m.start() - 2].isdigit():
            return v
        return pids[v]
    return re.sub(r"(?<![0-9a-zA-Z_])\d+(?![0-9a-zA-Z_])", sub, rest)


def normalise(text, extra=()):
    """Normalised lines of a trace: pids, addresses, inodes, times and
    alignment, so that two runs of the same command compare equal."""
    lines = [l for l in text.split("\n") if l]
    lines = merge_unfinished(lines)
    pids = pid_map(lines)
    out = []
    for line in lines:
        pid, rest = split_prefix(line)
        lead, rest = split_leader(rest)
        rest = DURATION.sub(" <T>", rest)
        rest = ADDR.sub("0xADDR", rest)
        rest = BRACKET_INODE.sub(lambda m: m.group(1) + ":[INO]", rest)
        rest = STAT_TIME.sub(lambda m: m.group(1) + "=N", rest)
        rest = RET_PAD.sub(") =\\1", rest)
        rest = re.sub(r"^(getrandom\()\"[^\"]*\"(\.\.\.)?", r'\1"RANDOM"', rest)
        for pat, rep in extra:
            rest = re.sub(pat, rep, rest)
        rest = replace_pids(rest, pids)
        prefix = (pids.get(pid, pid) + " ") if pid else ""
        out.append(prefix + lead + rest)
    return out


def per_pid(lines):
    """Splits normalised lines into per-pid sequences."""
    streams = {}
    for line in lines:
        m = re.match(r"^(P\d+) ", line)
        key = m.group(1) if m else "P1"
        streams.setdefault(key, []).append(line[m.end():] if m else line)
    return streams


class MarkedRun:
    """One test's processes, marked by a token in their environment so
    that all of them, grandchildren too, can be found at the end: none may
    be left stopped or running. Use as a context manager, or call finish().
    Suites start processes with env=run.env and add them to run.procs."""

    MARK = "SCTRACE_TEST_RUN"

    def __init__(self, name):
        self.token = "%s-%d-%d" % (name, os.getpid(), time.monotonic_ns())
        self.env = dict(os.environ, LANG="C", LC_ALL="C")
        self.env[self.MARK] = self.token
        self.procs = []
        self.kill_groups = False  # the processes lead sessions of their own

    def marked(self):
        """pids of the processes whose environment holds the token"""
        found = []
        mark = ("%s=%s" % (self.MARK, self.token)).encode()
        for d in os.listdir("/proc"):
            if not d.isdigit():
                continue
            try:
                with open("/proc/%s/environ" % d, "rb") as f:
                    data = f.read()
            except OSError:
                continue
            if mark in data.split(b"\0"):
                found.append(int(d))
        return found

    def live(self):
        return [p for p in self.marked() if process_state(p) not in (None, "Z")]

    def finish(self):
        stopped = [p for p in self.marked() if process_state(p) in ("T", "t")]
        for p in self.procs:
            if self.kill_groups:
                try:
                    os.killpg(p.pid, signal.SIGKILL)
                except OSError:
                    pass
            kill_quietly(p)
        # grandchildren are reaped by init once their parents are gone
        wait_until(lambda: not self.live(), timeout=5)
        left = self.live()
        for pid in left:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        assert not stopped, "processes left stopped: %s" % stopped
        assert not left, "processes left running: %s" % left

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.finish()
        return False
