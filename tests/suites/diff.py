"""Differential tests: sctrace against the system strace on real commands
(tests/diff/corpus*.py), normalised and compared line by line. Every line
must be identical once the rules of tests/diff/accepted.py (each with its
reason) have been applied to both sides."""

import difflib
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "diff"))
import accepted  # noqa: E402
import glob  # noqa: E402
import importlib.util  # noqa: E402
import corpus  # noqa: E402
import sctest  # noqa: E402

# one directory per checkout, so that worktrees do not collide
WORK = os.environ.get("SCTRACE_DIFF_WORK", "/tmp/sctrace-diff-%08x" %
                      (hash(sctest.ROOT) & 0xffffffff))
ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin", "HOME": WORK, "LANG": "C",
       "LC_ALL": "C", "TZ": "UTC", "PYTHONHASHSEED": "0",
       "PYTHONDONTWRITEBYTECODE": "1", "GIT_CONFIG_NOSYSTEM": "1",
       "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t",
       "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}
TOTALS = {"lines": 0, "same": 0}
REPORT = []
EXTRA = [
    # values that differ from run to run
    (r"tv_sec=\d+, tv_nsec=\d+", "tv_sec=N, tv_nsec=N"),
    (r"tv_sec=\d+, tv_usec=\d+", "tv_sec=N, tv_usec=N"),
    (r"si_([us])time=\d+( /\* [0-9.]+ s \*/)?", r"si_\1time=N"),
]

# cases flagged "i386" trace 32-bit programs: their addresses have 7 or 8
# hex digits, below the normaliser's 9
I386_EXTRA = [(r"0x[0-9a-f]{7,8}\b", "0xADDR")]

# Where the scheduler decides: when a SIGCHLD arrives (and so where its
# rt_sigreturn and the wait4 calls fall), and how threads meet on futexes.
# Cases flagged "racy" drop these lines before the pass/fail comparison;
# cases flagged "threads" compare the calls of all threads together,
# regardless of order and of which thread made them. The agreement figure
# always counts every line.
RACY_LINE = re.compile(r"^(P\d+ )?(TS )?(--- SIGCHLD |rt_sigreturn\(|wait4\(|futex\(|<\.\.\. (wait4|futex|rt_sigreturn) resumed)")


def fresh_dir(name):
    d = os.path.join(WORK, name)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    subprocess.run(["sh", "-c", corpus.FIXTURE], cwd=d, check=True, env=ENV)
    return d


def run_case(tool, name, opts, cmd, flags):
    d = fresh_dir(name)
    argv = cmd.split() if "argv" in flags else ["/bin/sh", "-c", cmd]
    rc, text, err = sctest.trace(tool, opts, argv, cwd=d, env=ENV,
                                 input=b"")
    return rc, text


def apply_rules(lines, rules):
    out = []
    for l in lines:
        for pat, rep, _why in rules:
            l = re.sub(pat, rep, l)
        out.append(l)
    return out


def compare(ref, mine):
    """(lines compared, lines equal, first differences)."""
    sm = difflib.SequenceMatcher(None, ref, mine, autojunk=False)
    same = 0
    diffs = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            same += i2 - i1
            continue
        a, b = ref[i1:i2], mine[j1:j2]
        for k in range(max(len(a), len(b))):
            x = a[k] if k < len(a) else None
            y = b[k] if k < len(b) else None
            diffs.append((x, y))
    return max(len(ref), len(mine)), same, diffs


def attempt(name, opts, cmd, flags):
    """One run of both tracers: (exit statuses, lines, equal lines,
    differences that fail the case)."""
    rc1, ref = run_case(sctest.STRACE, name, opts, cmd, flags)
    rc2, mine = run_case(sctest.SCTRACE, name, opts, cmd, flags)
    rules = accepted.RULES + accepted.SCTRACE_ONLY
    extra = EXTRA + (I386_EXTRA if "i386" in flags else [])
    a = apply_rules(sctest.normalise(ref, extra), accepted.RULES + accepted.STRACE_ONLY)
    b = apply_rules(sctest.normalise(mine, extra), rules)
    if "f" in flags or "-f" in opts:
        # compare each process's calls in order; the interleaving of
        # processes is the scheduler's
        sa, sb = sctest.per_pid(a), sctest.per_pid(b)
        a = [p + " " + l for p in sorted(sa) for l in sa[p]]
        b = [p + " " + l for p in sorted(sb) for l in sb[p]]
    total, same, diffs = compare(a, b)
    if "racy" in flags or "threads" in flags:
        a2 = [l for l in a if not RACY_LINE.match(l)]
        b2 = [l for l in b if not RACY_LINE.match(l)]
        if "threads" in flags:
            # glibc trims each thread's malloc arena by what it used,
            # and reuses a finished thread's stack only if its exit
            # was complete when the next thread started
            def steady(l):
                return not re.match(r"^(P\d+ )?(munmap\(|mmap\(NULL, \d+, PROT_NONE, [A-Z_|]*MAP_STACK|mprotect\(0xADDR, 8388608, )", l)
            a2 = [l for l in a2 if steady(l)]
            b2 = [l for l in b2 if steady(l)]
            a2 = sorted(re.sub(r"^P\d+ ", "", l) for l in a2)
            b2 = sorted(re.sub(r"^P\d+ ", "", l) for l in b2)
        _, _, diffs = compare(a2, b2)
    return (rc1, rc2), total, same, diffs


def make_case(name, opts, cmd, flags):
    def fn():
        sctest.need_strace()
        need = re.match(r"command -v (\S+) >/dev/null && ", cmd)
        if need and not shutil.which(need.group(1), path=ENV["PATH"]):
            raise sctest.Skip("%s is not installed" % need.group(1))
        rcs, total, same, diffs = attempt(name, opts, cmd, flags)
        # the agreement figure counts the first run, whatever happens next
        TOTALS["lines"] += total
        TOTALS["same"] += same
        REPORT.append((name, total, same))
        if diffs or rcs[0] != rcs[1]:
            # a difference that does not come back when both tracers run
            # the command again was the scheduler's (where a SIGCHLD
            # landed, which thread won); count it, then judge the rerun
            TOTALS["retried"] = TOTALS.get("retried", 0) + 1
            rcs, total, _, diffs = attempt(name, opts, cmd, flags)
        assert rcs[0] == rcs[1], "exit status: strace %d, sctrace %d" % rcs
        assert total > 0, "neither tracer wrote a line"
        if diffs:
            msg = ["%d of %d lines differ (in two runs)" % (len(diffs), total)]
            for x, y in diffs[:12]:
                msg.append("strace : %s" % x)
                msg.append("sctrace: %s" % y)
            raise AssertionError("\n".join(msg))
    fn.timeout = 240
    return fn


def all_cases():
    out = list(corpus.CASES)
    for p in sorted(glob.glob(os.path.join(os.path.dirname(HERE), "diff", "corpus_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(p)[:-3], p)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        out += getattr(m, "CASES", [])
    return out


def cases():
    for name, opts, cmd, flags in all_cases():
        yield name, make_case(name, opts, cmd, flags)
    yield "zz_agreement", agreement


def agreement():
    if TOTALS["lines"]:
        pct = 100.0 * TOTALS["same"] / TOTALS["lines"]
        line = "differential agreement: %d of %d normalised lines (%.2f%%); %d cases differed once and were run again" % (
            TOTALS["same"], TOTALS["lines"], pct, TOTALS.get("retried", 0))
        sctest.summary_lines = getattr(sctest, "summary_lines", []) + [line]
        print("     " + line)
