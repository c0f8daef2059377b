"""Engine tests: following threads and children, exit status and signals,
job control, attaching and detaching, output files and pipes, errors.
Every test that starts processes checks that none is left stopped or
traced, and that they all end."""

import os
import re
import signal
import subprocess
import time

import sctest
from sctest import SCTRACE, prog, scratch, process_state, tracer_of, wait_until


def read(path):
    with open(path, errors="surrogateescape") as f:
        return f.read()


def assert_not_held(pid):
    """The process is neither stopped by us nor traced by anyone."""
    st = process_state(pid)
    assert st not in ("T", "t"), "process %d is left stopped (%s)" % (pid, st)
    tr = tracer_of(pid)
    assert not tr, "process %d is still traced by %s" % (pid, tr)


def test_threads_every_call_once():
    d = scratch()
    out = os.path.join(d, "t")
    threads, calls = 6, 300
    p = sctest.run([SCTRACE, "-f", "-o", out, prog("eng_threads"),
                    str(threads), str(calls)], timeout=120)
    assert p.returncode == 0, p.stderr
    text = read(out)
    merged = sctest.merge_unfinished(text.splitlines())
    seen = {}
    for line in merged:
        for m in re.finditer(r"close\(-(\d+)\)", line):
            seen[m.group(1)] = seen.get(m.group(1), 0) + 1
    want = {str(1000000 + i) for i in range(threads * calls)}
    missing = want - set(seen)
    dup = {k: v for k, v in seen.items() if v != 1}
    assert not missing, "%d calls missing, e.g. %s" % (len(missing), sorted(missing)[:5])
    assert not dup, "calls seen more than once: %s" % list(dup.items())[:5]
    assert len(re.findall(r"\+\+\+ exited with 0 \+\+\+", text)) == threads


def test_fork_vfork_clone3_followed():
    d = scratch()
    out = os.path.join(d, "t")
    p = sctest.run([SCTRACE, "-f", "-o", out, prog("eng_fork")])
    assert p.returncode == 6, (p.returncode, p.stderr)
    lines = sctest.merge_unfinished(read(out).splitlines())
    by_marker = {}
    for l in lines:
        pid, rest = sctest.split_prefix(l)
        m = re.match(r"close\(-(11|22|33)\)", rest)
        if m:
            by_marker[m.group(1)] = pid
    assert set(by_marker) == {"11", "22", "33"}, by_marker
    pids = set(by_marker.values())
    assert len(pids) == 3, "markers should come from three processes: %s" % by_marker
    for marker, code in (("11", 1), ("22", 2), ("33", 3)):
        pid = by_marker[marker]
        assert any(l.startswith(pid) and "+++ exited with %d +++" % code in l
                   for l in lines), "child %s exit %d not traced" % (pid, code)


def test_ff_one_file_per_process():
    d = scratch()
    base = os.path.join(d, "t")
    p = sctest.run([SCTRACE, "-ff", "-o", base, prog("eng_fork")])
    assert p.returncode == 6, p.stderr
    files = sorted(f for f in os.listdir(d) if f.startswith("t."))
    assert len(files) == 4, files
    markers = {}
    for f in files:
        text = read(os.path.join(d, f))
        assert not re.search(r"^\[pid|^\d+ ", text, re.M), "-ff lines carry no pid prefix"
        for m in re.finditer(r"close\(-(\d+)\)", text):
            markers[m.group(1)] = f
        assert "<unfinished ...>" not in text
    assert len(set(markers.values())) == 3, markers


def test_exit_status_propagates():
    for code in (0, 1, 7, 255):
        p = sctest.run([SCTRACE, "-o", "/dev/null", prog("eng_exit"), str(code)])
        assert p.returncode == code, (code, p.returncode)


def test_death_by_signal_propagates():
    d = scratch()
    out = os.path.join(d, "t")
    p = sctest.run([SCTRACE, "-o", out, prog("eng_exit"), "-15"])
    assert p.returncode == -signal.SIGTERM, p.returncode
    assert "+++ killed by SIGTERM +++" in read(out)


def test_core_dump_reported():
    d = scratch()
    out = os.path.join(d, "t")
    with open("/proc/sys/kernel/core_pattern") as f:
        pattern = f.read().strip()
    if pattern.startswith("|"):
        raise sctest.Skip("core_pattern pipes cores to %s" % pattern.split()[0])
    p = sctest.run([SCTRACE, "-o", out, prog("eng_exit"), "-11", "core"], cwd=d)
    # sctrace re-raises the signal on itself without dumping its own core
    assert p.returncode == -signal.SIGSEGV, p.returncode
    assert "+++ killed by SIGSEGV (core dumped) +++" in read(out), read(out)[-300:]


def test_stop_and_continue_under_trace():
    d = scratch()
    out = os.path.join(d, "t")
    p = subprocess.Popen([SCTRACE, "-o", out, prog("eng_stop")],
                         stdout=subprocess.PIPE, text=True)
    try:
        child = None

        def find_child():
            nonlocal child
            for pid in os.listdir("/proc"):
                if pid.isdigit():
                    try:
                        with open("/proc/%s/stat" % pid) as f:
                            s = f.read()
                    except OSError:
                        continue
                    if "(eng_stop)" in s and int(s.split(")")[1].split()[1]) == p.pid:
                        child = int(pid)
                        return True
            return False

        assert wait_until(find_child, 5), "child not found"
        # stopped by its SIGSTOP, as it would be untraced
        assert wait_until(lambda: process_state(child) in ("T", "t"), 5)
        time.sleep(0.2)
        assert p.poll() is None, "the stopped child must keep sctrace waiting"
        os.kill(child, signal.SIGCONT)
        outp, _ = p.communicate(timeout=10)
        assert p.returncode == 0
        assert outp == "resumed\n"
        text = read(out)
        assert "--- stopped by SIGSTOP ---" in text
        assert "--- SIGCONT {si_signo=SIGCONT, si_code=SI_USER" in text
    finally:
        sctest.kill_quietly(p)


def test_external_stop_cont():
    d = scratch()
    out = os.path.join(d, "t")
    p = subprocess.Popen([SCTRACE, "-o", out, prog("eng_busy"), "1.0", "400"],
                         stdout=subprocess.PIPE, text=True)
    try:
        assert p.stdout.readline() == "ready\n"
        child = int(subprocess.check_output(["pgrep", "-P", str(p.pid)]).split()[0])
        os.kill(child, signal.SIGSTOP)
        assert wait_until(lambda: process_state(child) in ("T", "t"), 5)
        time.sleep(0.3)
        assert process_state(child) in ("T", "t"), "it must stay stopped"
        os.kill(child, signal.SIGCONT)
        rest, _ = p.communicate(timeout=20)
        assert p.returncode == 0
        assert rest.strip().isdigit()
        text = read(out)
        assert "--- stopped by SIGSTOP ---" in text
    finally:
        sctest.kill_quietly(p)


def expected_checksum(iters):
    s = 1469598103934665603
    for i in range(iters):
        s = ((s ^ i) * 1099511628211) & 0xFFFFFFFFFFFFFFFF
    return s


def start_busy(secs, iters):
    p = subprocess.Popen([prog("eng_busy"), str(secs), str(iters)],
                         stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline() == "ready\n"
    return p


def test_attach_detach_sigint_process_runs_on():
    busy = start_busy(1.5, 1500)
    d = scratch()
    out = os.path.join(d, "t")
    try:
        tr = subprocess.Popen([SCTRACE, "-o", out, "-p", str(busy.pid)],
                              stderr=subprocess.PIPE, text=True)
        assert wait_until(lambda: tracer_of(busy.pid) == tr.pid, 5), "not attached"
        time.sleep(0.3)
        tr.send_signal(signal.SIGINT)
        _, err = tr.communicate(timeout=10)
        assert "Process %d attached" % busy.pid in err
        assert "Process %d detached" % busy.pid in err
        assert_not_held(busy.pid)
        result, _ = busy.communicate(timeout=20)
        assert busy.returncode == 0
        assert int(result) == expected_checksum(1500), "the process computed a wrong result"
        text = read(out)
        assert "getppid()" in text
    finally:
        sctest.kill_quietly(busy)


def test_attach_survives_sigkill_of_tracer():
    busy = start_busy(1.5, 1500)
    try:
        tr = subprocess.Popen([SCTRACE, "-o", "/dev/null", "-p", str(busy.pid)],
                              stderr=subprocess.DEVNULL)
        assert wait_until(lambda: tracer_of(busy.pid) == tr.pid, 5)
        time.sleep(0.2)
        tr.kill()
        tr.wait(timeout=5)
        assert wait_until(lambda: tracer_of(busy.pid) == 0, 5)
        assert_not_held(busy.pid)
        result, _ = busy.communicate(timeout=20)
        assert int(result) == expected_checksum(1500)
    finally:
        sctest.kill_quietly(busy)


def test_attach_threads_with_f():
    # eng_threads with many calls keeps threads alive long enough? use a
    # python thread pool instead: three sleeping threads
    code = "import threading,time\n" \
           "ev=threading.Event()\n" \
           "ts=[threading.Thread(target=ev.wait) for _ in range(2)]\n" \
           "[t.start() for t in ts]\nprint('ready',flush=True)\ntime.sleep(30)\n"
    p = subprocess.Popen(["python3", "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert p.stdout.readline() == "ready\n"
        tr = subprocess.Popen([SCTRACE, "-f", "-o", "/dev/null", "-p", str(p.pid)],
                              stderr=subprocess.PIPE, text=True)
        tids = [int(t) for t in os.listdir("/proc/%d/task" % p.pid)]
        assert wait_until(lambda: all(tracer_of(t) == tr.pid for t in tids), 5)
        tr.send_signal(signal.SIGINT)
        _, err = tr.communicate(timeout=10)
        assert "Process %d attached with %d threads" % (p.pid, len(tids)) in err, err
        for t in tids:
            assert_not_held(t)
        assert p.poll() is None
    finally:
        sctest.kill_quietly(p)


def test_launched_command_detached_on_sigint():
    # with the trace on stderr, strace detaches from its own child on ^C
    # and the child runs on
    p = subprocess.Popen([SCTRACE, prog("eng_busy"), "1.0", "800"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert p.stdout.readline() == "ready\n"
        child = int(subprocess.check_output(["pgrep", "-P", str(p.pid)]).split()[0])
        time.sleep(0.2)
        p.send_signal(signal.SIGINT)
        p.wait(timeout=10)
        assert p.returncode == -signal.SIGINT, p.returncode
        assert wait_until(lambda: tracer_of(child) == 0, 5)
        assert_not_held(child)
        assert wait_until(lambda: process_state(child) is None or process_state(child) == "Z", 20)
    finally:
        sctest.kill_quietly(p)


def test_output_pipe():
    d = scratch()
    out = os.path.join(d, "piped")
    p = sctest.run([SCTRACE, "-o", "|cat > %s" % out, prog("eng_exit"), "3"])
    assert p.returncode == 3
    text = read(out)
    assert text.startswith("execve(")
    assert "+++ exited with 3 +++" in text
    p = sctest.run([SCTRACE, "-o", "!cat > %s" % out, prog("eng_exit"), "0"])
    assert "+++ exited with 0 +++" in read(out)


def test_append_mode():
    d = scratch()
    out = os.path.join(d, "t")
    sctest.run([SCTRACE, "-o", out, prog("eng_exit"), "1"])
    sctest.run([SCTRACE, "-A", "-o", out, prog("eng_exit"), "2"])
    text = read(out)
    assert "+++ exited with 1 +++" in text and "+++ exited with 2 +++" in text


def test_thread_execve_supersedes_leader():
    d = scratch()
    out = os.path.join(d, "t")
    p = sctest.run([SCTRACE, "-f", "-o", out, prog("eng_thread_exec"), "/bin/true"])
    assert p.returncode == 0, (p.returncode, p.stderr)
    text = read(out)
    assert re.search(r"\+\+\+ superseded by execve in pid \d+ \+\+\+", text), text[-500:]
    lines = sctest.merge_unfinished(text.splitlines())
    leader = sctest.split_prefix(lines[0])[0]
    # the exec'ing thread goes on under the leader's pid
    assert any(l.startswith(leader) and "+++ exited with 0 +++" in l for l in lines), text[-500:]


def test_errors_are_one_line_exit_1():
    cases = [
        (["nosuchcommand-xyz"], "sctrace: Can't stat 'nosuchcommand-xyz': No such file or directory"),
        (["-p", "abc"], "sctrace: Invalid process id: 'abc'"),
        (["-p", "0"], "sctrace: Invalid process id: '0'"),
        (["-Q", "true"], "sctrace: invalid option -- 'Q'"),
        (["-s"], "sctrace: option requires an argument -- 's'"),
        (["-s", "abc", "true"], "sctrace: invalid -s argument: 'abc'"),
        (["-e", "trace=opne", "true"], "sctrace: invalid system call 'opne'"),
        (["-e", "signal=SIGFOO", "true"], "sctrace: invalid signal 'SIGFOO'"),
        (["-u", "nosuchuser-xyz", "true"], "sctrace: Cannot find user 'nosuchuser-xyz'"),
        ([], "sctrace: must have PROG [ARGS] or -p PID"),
        # strace options sctrace does not implement are refused, never
        # silently ignored
        (["-Y", "true"], "sctrace: -Y/--decode-pids is not supported"),
        (["--decode-pids=comm", "true"], "sctrace: -Y/--decode-pids is not supported"),
        (["-k", "true"], "sctrace: -k (stack traces) is not supported"),
        (["--kvm=vcpu", "true"], "sctrace: --kvm is not supported"),
        (["-D", "true"], "sctrace: -D (daemonize) is not supported"),
    ]
    for args, want in cases:
        p = sctest.sctrace(args)
        assert p.returncode == 1, (args, p.returncode)
        lines = p.stderr.strip().split("\n")
        assert len(lines) == 1, (args, p.stderr)
        assert lines[0].startswith(want), (args, lines[0])


def test_dead_pid():
    # a pid that does not exist
    pid = 4194000
    while os.path.exists("/proc/%d" % pid):
        pid -= 1
    p = sctest.sctrace(["-p", str(pid)])
    assert p.returncode == 1
    assert p.stderr.strip() == \
        "sctrace: attach: ptrace(PTRACE_SEIZE, %d): No such process" % pid, p.stderr


def test_help_and_version():
    p = sctest.sctrace(["-h"])
    assert p.returncode == 0 and p.stdout.startswith("Usage: sctrace")
    p = sctest.sctrace(["-V"])
    assert p.returncode == 0 and p.stdout.startswith("sctrace -- version")


def test_env_and_user():
    d = scratch()
    out = os.path.join(d, "t")
    env = dict(os.environ, DROPME="1")
    p = subprocess.run([SCTRACE, "-o", out, "-E", "ADDED=yes", "-E", "DROPME",
                        "-v", "/usr/bin/env"], capture_output=True, text=True, env=env)
    assert "ADDED=yes" in p.stdout.split("\n")
    assert "DROPME=1" not in p.stdout
    if os.getuid() != 0:
        raise sctest.Skip("-u needs root")
    p = subprocess.run([SCTRACE, "-o", out, "-u", "nobody", "/usr/bin/id", "-u"],
                       capture_output=True, text=True)
    assert p.stdout.strip() == "65534", p.stdout


def test_detach_on_execve():
    d = scratch()
    out = os.path.join(d, "t")
    p = sctest.run([SCTRACE, "-f", "-b", "execve", "-o", out, "/bin/sh", "-c",
                    "/bin/true; exit 4"])
    assert p.returncode == 4, p.returncode
    text = read(out)
    assert "execve(\"/bin/sh\"" in text
    # the child's execve of /bin/true is where it is let go
    assert "exit_group(0)" not in text


def test_blocked_call_shows_while_blocked():
    """A call that blocks is written as strace writes it at entry,
    "read(0, ", within a fraction of a second, and completed in place
    when it returns."""
    d = scratch()
    out = os.path.join(d, "t")
    r, w = os.pipe()
    p = subprocess.Popen([SCTRACE, "-o", out, "cat"], stdin=r,
                         stdout=subprocess.DEVNULL)
    os.close(r)
    try:
        def shown():
            return os.path.exists(out) and read(out).endswith("read(0, ")
        assert wait_until(shown, 5), "the blocked read is not shown: %r" % (
            read(out)[-80:] if os.path.exists(out) else "(no file)")
        os.write(w, b"x\n")
        os.close(w)
        w = None
        p.wait(timeout=10)
        lines = read(out).splitlines()
        assert any(l.startswith('read(0, "x\\n", ') for l in lines), lines[-6:]
        assert not any("<unfinished" in l for l in lines)
    finally:
        if w is not None:
            os.close(w)
        sctest.kill_quietly(p)


def test_command_inherits_ignored_signals_and_mask():
    # nohup and background jobs start a command with SIGINT or SIGHUP
    # ignored; the traced command must start as it would untraced
    def start_state(argv):
        def pre():
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            signal.signal(signal.SIGHUP, signal.SIG_IGN)
            signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1, signal.SIGALRM])
        p = subprocess.run(argv + ["grep", "-E", "^Sig(Blk|Ign):", "/proc/self/status"],
                           preexec_fn=pre, capture_output=True, text=True, timeout=60)
        assert p.returncode == 0, p.stderr
        return p.stdout
    untraced = start_state([])
    ign = int(re.search(r"SigIgn:\t([0-9a-f]+)", untraced).group(1), 16)
    assert ign & 3 == 3, untraced  # SIGHUP and SIGINT
    for opts in ([], ["-o", "/dev/null"], ["-f", "-qq", "-o", "/dev/null"]):
        assert start_state([SCTRACE] + opts) == untraced, opts


def test_interruptible_modes_like_strace():
    """-I 1..4 with -o FILE: whether ^C to the tracer ends it, and whether
    the command it started runs on, as with strace"""
    sctest.need_strace()

    def outcome(tool, mode):
        d = scratch()
        opts = (["-I", mode] if mode else []) + ["-o", os.path.join(d, "t")]
        p = subprocess.Popen([tool] + opts + ["sleep", "5"],
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        child = None
        try:
            def started():
                r = subprocess.run(["pgrep", "-P", str(p.pid)], capture_output=True, text=True)
                return r.stdout.split()
            assert wait_until(started, 20), "%s did not start its command" % tool
            child = int(started()[0])
            time.sleep(0.3)
            p.send_signal(signal.SIGINT)
            try:
                rc = p.wait(timeout=2)
            except subprocess.TimeoutExpired:
                rc = "running"
            time.sleep(0.2)
            st = process_state(child)
            alive = st is not None and st != "Z"
            if rc != "running":
                assert wait_until(lambda: tracer_of(child) == 0, 10), \
                    "%s -I %s: pid %d still traced" % (tool, mode, child)
                if alive:
                    assert_not_held(child)
            return rc, alive
        finally:
            sctest.kill_quietly(p)
            if child:
                try:
                    os.kill(child, signal.SIGKILL)
                except ProcessLookupError:
                    pass
    for mode in ("", "1", "2", "3", "4", "anywhere", "never"):
        ref, mine = outcome(sctest.STRACE, mode), outcome(SCTRACE, mode)
        assert mine == ref, (mode, mine, ref)


test_interruptible_modes_like_strace.timeout = 120


def test_option_messages_like_strace():
    """what the options themselves print on stderr (nothing for -f; a
    deprecation warning for -F, once), with -o FILE"""
    sctest.need_strace()
    for opts in (["-f"], ["-ff"], ["-F"], ["-F", "-F"], ["-f", "-qq"]):
        got = []
        for tool in (sctest.STRACE, SCTRACE):
            d = scratch()
            p = subprocess.run([tool] + opts + ["-o", os.path.join(d, "t"), "true"],
                               capture_output=True, text=True, timeout=30)
            # strace names itself as invoked (/usr/bin/strace:), sctrace
            # as sctrace whatever its file is called (sctrace-asan)
            err = p.stderr.replace(sctest.STRACE + ":", "TRACER:").replace(
                "sctrace:", "TRACER:").replace("strace:", "TRACER:")
            got.append((p.returncode, err))
        assert got[0] == got[1], (opts, got)


def test_detach_messages_like_strace():
    """^C while the attached process sits in a call: on stderr, the call's
    start, the detach notice, then " <detached ...>", as strace writes
    them (also when ^C comes before the 0.1 s partial-line tick)"""
    sctest.need_strace()
    target = subprocess.Popen(["sleep", "30"])
    try:
        got = []
        for tool, wait in ((sctest.STRACE, 0.5), (SCTRACE, 0.5), (SCTRACE, 0.03)):
            p = subprocess.Popen([tool, "-p", str(target.pid)],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            assert wait_until(lambda: tracer_of(target.pid) == p.pid, 10)
            time.sleep(wait)
            p.send_signal(signal.SIGINT)
            _, err = p.communicate(timeout=10)
            assert_not_held(target.pid)
            got.append(err.replace(sctest.STRACE + ":", "TRACER:").replace(
                "sctrace:", "TRACER:").replace("strace:", "TRACER:"))
        assert got[1] == got[0] and got[2] == got[0], got
        assert "<detached ...>" in got[0], got[0]
    finally:
        target.kill()
        target.wait()


CUT_WORKLOAD = ("ls / > /dev/null; cat /nonexist 2>/dev/null; echo hi | tr a-z A-Z; "
                "python3 -c 'import os, threading, time, socket\n"
                "a, b = socket.socketpair()\n"
                "t = threading.Thread(target=lambda: (time.sleep(0.05), b.send(b\"x\")))\n"
                "t.start(); a.recv(1); t.join()\n"
                # a thread busy with calls while the other forks: clone
                # and wait4 lines are cut every time
                "s = threading.Thread(target=lambda: [os.getppid() for i in range(3000)])\n"
                "s.start()\n"
                "for i in range(10):\n"
                "    p = os.fork()\n"
                "    if p == 0: os._exit(0)\n"
                "    os.waitpid(p, 0)\n"
                "s.join()'")


def cut_forms(tool, runs=3):
    """how each call's line is cut where processes interleave: whether a
    ", " stands before " <unfinished ...>", and how the resumed part
    starts, per call name"""
    forms = {}
    for _ in range(runs):
        d = scratch()
        out = os.path.join(d, "t")
        subprocess.run([tool, "-f", "-o", out, "sh", "-c", CUT_WORKLOAD],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
        for line in read(out).splitlines():
            line = re.sub(r"^(\d+ +|\[pid +\d+\] )", "", line)
            m = re.match(r"^([a-z_0-9]+)\(.*?(, )? <unfinished \.\.\.>$", line)
            if m:
                forms.setdefault(m.group(1), set()).add("cut" + (" after ', '" if m.group(2) else ""))
            m = re.match(r"^<\.\.\. ([a-z_0-9]+) resumed>(, |\)| =>|.)", line)
            if m:
                forms.setdefault(m.group(1), set()).add("resumed with %r" % m.group(2)[:2])
    return forms


def test_cut_lines_like_strace():
    """the byte form of lines cut by other processes' lines (the
    differential suite merges them back, so it cannot see this): for
    each call both tracers cut, the same forms"""
    sctest.need_strace()
    ref, mine = cut_forms(sctest.STRACE), cut_forms(SCTRACE)
    common = set(ref) & set(mine)
    assert len(common) >= 5, (sorted(ref), sorted(mine))

    def cuts(forms):
        return {f for f in forms if f.startswith("cut")}
    # a call is always cut the same way; how its resumed part starts can
    # vary with its outcome, but some form must be shared
    bad = {n: (sorted(ref[n]), sorted(mine[n])) for n in common
           if cuts(ref[n]) != cuts(mine[n]) or
           ((ref[n] - cuts(ref[n])) and (mine[n] - cuts(mine[n])) and
            not (ref[n] & mine[n]) - cuts(ref[n]))}
    assert not bad, bad
