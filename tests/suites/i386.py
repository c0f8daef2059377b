"""32-bit (i386) tracees on x86_64, beyond the differential cases of
tests/diff/corpus_i386.py: the programs are real 32-bit builds (or the
tests say why they skip); socketcall's and ipc's subcalls are selected
by -e trace=, counted by -c and filtered by the seccomp program exactly
as strace selects them, with the filter and without; the personality
notices of a 32-bit process that runs a 64-bit one."""

import os
import re
import subprocess
import sys

import sctest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "diff"))
import corpus  # noqa: E402
import corpus_i386  # noqa: E402

PROGS = ["i386_file", "i386_proc", "i386_signal", "i386_time", "i386_net",
         "i386_ipc", "i386_threads", "i386_tools", "i386_misc", "i386_shared"]
ENV = {"PATH": "/usr/bin:/bin", "LANG": "C", "LC_ALL": "C", "TZ": "UTC"}


def need_32bit():
    """Skips, saying why, where cc -m32 could not build the programs."""
    path = sctest.prog("i386_file")
    if not corpus_i386.built("i386_file"):
        p = subprocess.run([path], capture_output=True, text=True)
        raise sctest.Skip(p.stderr.strip() or
                          "the i386 programs are not 32-bit builds")
    return path


def fixture():
    d = sctest.scratch()
    subprocess.run(["sh", "-c", corpus.FIXTURE], cwd=d, check=True)
    return d


def calls(text):
    """(name, result) of each finished call, in order; addresses and ids
    that change from run to run are left out of the result"""
    out = []
    for line in sctest.merge_unfinished(text.splitlines()):
        _, rest = sctest.split_prefix(line)
        m = re.match(r"^([a-z_0-9]+)\(.*\) += (-?\d+|0x[0-9a-f]+|\?)"
                     r"( [A-Z][A-Z0-9_]+)?", rest)
        if m:
            # failed or not: the values (fds, ids, indexes) are the
            # differential cases' business
            ret = m.group(2) if m.group(2) in ("-1", "?") else "ok"
            out.append("%s=%s%s" % (m.group(1), ret, m.group(3) or ""))
        elif rest.startswith(("%", " ", "-", "100")) or re.match(r"^\s*\d", rest):
            # -c rows: the calls and errors columns, by name
            cols = rest.split()
            if len(cols) >= 5 and re.match(r"^[a-z_0-9]+$", cols[-1]):
                out.append("row %s %s" % (cols[-1], " ".join(cols[3:-1])))
    return out


def test_programs_are_32bit():
    """every i386 program is a 32-bit ELF (or all skip, with the reason)"""
    need_32bit()
    for name in PROGS:
        with open(sctest.prog(name), "rb") as f:
            head = f.read(20)
        assert head[:5] == b"\x7fELF\x01", "%s is not a 32-bit ELF" % name
        assert head[18:20] == b"\x03\x00", "%s is not for i386" % name


def test_subcalls_selected_like_strace_both_modes():
    """-e trace= and -c see socketcall(SYS_SOCKET) as socket and ipc(SEMGET)
    as semget; the unresolved ones stay socketcall and ipc; the seccomp
    program stops the multiplexers for them"""
    sctest.need_strace()
    need_32bit()
    problems = []
    cases = [
        ("i386_net", ["-e", "trace=socket"]),
        ("i386_net", ["-e", "trace=%network"]),
        ("i386_net", ["-e", "trace=send,recv,accept"]),
        ("i386_net", ["-e", "trace=socketcall"]),
        ("i386_net", ["-e", "trace=!socketcall,socket"]),
        ("i386_net", ["-e", "trace=/^(get|set)sock"]),
        ("i386_net", ["-c", "-S", "name", "-e", "trace=%network"]),
        ("i386_net", ["-y", "-e", "trace=close,connect"]),
        ("i386_ipc", ["-e", "trace=%ipc"]),
        ("i386_ipc", ["-e", "trace=semctl,shmat"]),
        ("i386_ipc", ["-e", "trace=ipc"]),
        ("i386_ipc", ["-c", "-S", "name", "-e", "trace=%ipc"]),
    ]
    for name, opts in cases:
        exe = sctest.prog(name)
        ref = calls(sctest.trace(sctest.STRACE, opts, [exe], cwd=fixture(),
                                 env=ENV)[1])
        assert ref, "strace saw nothing for %s %s" % (name, opts)
        for extra in ([], ["--no-seccomp"]):
            mine = calls(sctest.trace(sctest.SCTRACE, opts + extra, [exe],
                                      cwd=fixture(), env=ENV)[1])
            if mine != ref:
                problems.append("%s %s %s:\n  strace  %s\n  sctrace %s" % (
                    name, " ".join(opts), " ".join(extra), ref, mine))
    assert not problems, "\n".join(problems)


def test_personality_notices_like_strace():
    """a 32-bit process forks a child that runs a 64-bit program: the
    notices on stderr as strace prints them, none in an -o file"""
    sctest.need_strace()
    need_32bit()
    exe = sctest.prog("i386_threads")

    def notices(tool, to_file):
        d = fixture()
        argv = [tool, "-f", "-e", "trace=execve"]
        if to_file:
            argv += ["-o", os.path.join(d, "trace")]
        r = subprocess.run(argv + [exe], cwd=d, capture_output=True,
                           text=True, env=ENV, timeout=60)
        text = r.stderr
        if to_file:
            with open(os.path.join(d, "trace")) as f:
                text += f.read()
        # pids are padded to five columns: "[pid  4711]"
        return [re.sub(r"\[pid +\d+\]", "[pid N]", re.sub(r"PID=\d+", "PID=N", l))
                for l in text.splitlines() if "runs in" in l]
    for to_file in (False, True):
        ref = notices(sctest.STRACE, to_file)
        mine = notices(sctest.SCTRACE, to_file)
        assert mine == ref, (to_file, mine, ref)
    got = notices(sctest.SCTRACE, False)
    assert got == ["[ Process PID=N runs in 32 bit mode. ]",
                   "[pid N] [ Process PID=N runs in 64 bit mode. ]"], got


def test_subcall_numbers_are_not_the_tracees():
    """a 32-bit program calling 901 (sctrace's number for socketcall's
    socket) gets an unknown call, as under strace"""
    need_32bit()
    exe = sctest.prog("i386_misc")
    rc, text, _ = sctest.trace(sctest.SCTRACE, [], [exe], cwd=fixture(),
                               env=ENV)
    assert "syscall_0x385(0x1, 0x2, 0x3, 0x4, 0x5, 0x6) = -1 ENOSYS" in text, text
    assert "syscall_0x3a3(" in text, text


# calls whose times are 64-bit in a 32-bit process; the differential
# cases normalise every time, so their inputs are compared here as they are
TIME64_CALLS = ("clock_settime64", "clock_nanosleep_time64", "timer_settime64",
                "semtimedop_time64", "mq_timedsend_time64",
                "mq_timedreceive_time64", "utimensat_time64", "futex_time64",
                "ppoll_time64", "pselect6_time64", "rt_sigtimedwait_time64",
                "recvmmsg_time64", "epoll_pwait2")


def time64_args(text):
    out = []
    for line in sctest.merge_unfinished(text.splitlines()):
        _, rest = sctest.split_prefix(line)
        m = re.match(r"^([a-z_0-9]+)\((.*)\) += ", rest)
        if not m or m.group(1) not in TIME64_CALLS:
            continue
        args = re.sub(r"0x[0-9a-f]{7,8}\b", "0xADDR", m.group(2))
        args = re.sub(r"si_pid=\d+", "si_pid=PID", args)
        if m.group(1) == "semtimedop_time64":
            args = re.sub(r"^\d+", "ID", args)
        out.append("%s(%s)" % (m.group(1), args))
    return out


def test_time64_inputs_like_strace():
    """the 64-bit times the programs pass, exactly as strace shows them"""
    sctest.need_strace()
    need_32bit()
    problems = []
    for name in ("i386_time", "i386_signal", "i386_net", "i386_ipc",
                 "i386_shared"):
        exe = sctest.prog(name)
        ref = time64_args(sctest.trace(sctest.STRACE, [], [exe],
                                       cwd=fixture(), env=ENV)[1])
        mine = time64_args(sctest.trace(sctest.SCTRACE, [], [exe],
                                        cwd=fixture(), env=ENV)[1])
        if ref != mine:
            problems.append("%s:\n  strace  %s\n  sctrace %s" % (name, ref, mine))
        if name == "i386_time":
            assert len(ref) >= 10, ref
    assert not problems, "\n".join(problems)
