"""--chase -p PID: the chain of waits, on the cases from the field.

Each test starts its processes in sessions of their own, waits until
every one of them is really blocked where it should be (its
/proc/PID/syscall and state), chases, and checks the chain against what
it knows independently (the pids it found as children, the pipe inodes
in /proc/PID/fd, the port the server wrote). It also checks that the
snapshot changed nothing: every process keeps its state, its context
switch and CPU tick counts, and has no tracer. At the end no process may
be left stopped and every process a test started must be gone (each
carries a marker in its environment, and ends itself after 60 s)."""

import json
import os
import re
import signal
import subprocess
import sys
import time

import sctest

NR_READ, NR_WRITE, NR_WAIT4, NR_FLOCK, NR_FCNTL = 0, 1, 61, 73, 72
NR_ACCEPT4 = 288
NR_CLOCK_NANOSLEEP = 230
ARROW = "\u2192"


class Run(sctest.MarkedRun):
    """Processes started for one test, each leading a session of its own,
    and the checks when it ends."""

    def __init__(self, name):
        super().__init__(name)
        self.kill_groups = True

    def start(self, argv, **kw):
        p = subprocess.Popen(argv, env=self.env, start_new_session=True,
                             stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL, **kw)
        self.procs.append(p)
        return p


# ------------------------------------------------------------------ /proc

def read(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return None


def syscall_nr(pid):
    s = read("/proc/%d/syscall" % pid)
    if not s or s.startswith("running"):
        return None
    return int(s.split()[0])


def children(pid):
    kids = []
    for d in os.listdir("/proc"):
        if d.isdigit():
            s = read("/proc/%s/stat" % d)
            if s and int(s[s.rindex(")") + 2:].split()[1]) == pid:
                kids.append(int(d))
    return sorted(kids)


def one_child(pid, timeout=10):
    assert sctest.wait_until(lambda: len(children(pid)) == 1, timeout=timeout), \
        "%d has children %s" % (pid, children(pid))
    return children(pid)[0]


def wait_blocked(pid, nr, wchan=None, timeout=10):
    """Until pid sleeps (state S) in syscall nr (or one of the tuple nr),
    and in wchan if given."""
    nrs = nr if isinstance(nr, tuple) else (nr,)

    def blocked():
        if sctest.process_state(pid) != "S" or syscall_nr(pid) not in nrs:
            return False
        return wchan is None or wchan in (read("/proc/%d/wchan" % pid) or "")
    assert sctest.wait_until(blocked, timeout=timeout), \
        "%d not blocked in %d: state %s, syscall %s, wchan %s" % (
            pid, nr, sctest.process_state(pid), read("/proc/%d/syscall" % pid),
            read("/proc/%d/wchan" % pid))


def counters(pids):
    """What a snapshot must not change: state, context switches, CPU
    ticks and the tracer, for every thread."""
    out = {}
    for pid in pids:
        for tid in sorted(int(t) for t in os.listdir("/proc/%d/task" % pid)):
            status = read("/proc/%d/task/%d/status" % (pid, tid)) or ""
            stat = read("/proc/%d/task/%d/stat" % (pid, tid)) or ")  "
            fields = stat[stat.rindex(")") + 2:].split()
            keep = [l for l in status.split("\n")
                    if l.startswith(("State:", "voluntary_ctxt_switches:",
                                     "nonvoluntary_ctxt_switches:", "TracerPid:"))]
            out[(pid, tid)] = (keep, fields[11:13])  # utime, stime
    return out


def chase(pids, opts=(), **kw):
    args = list(opts) + ["--chase"]
    for p in pids:
        args += ["-p", str(p)]
    t0 = time.monotonic()
    p = subprocess.run([sctest.SCTRACE] + args, capture_output=True, text=True,
                       errors="surrogateescape", timeout=30, **kw)
    took = time.monotonic() - t0
    assert p.returncode == 0, "exit %d: %s" % (p.returncode, p.stderr)
    assert not p.stderr, p.stderr
    return p.stdout.rstrip("\n").split("\n"), took


def chase_json(pids):
    lines, _ = chase(pids, ["--json"])
    return [json.loads(l) for l in lines]


def pipe_ino(pid, fd):
    link = os.readlink("/proc/%d/fd/%d" % (pid, fd))
    m = re.match(r"pipe:\[(\d+)\]$", link)
    assert m, link
    return m.group(1)


def note(line):
    sctest.summary_lines = getattr(sctest, "summary_lines", []) + [line]


def check_untouched(before, pids):
    after = counters(pids)
    assert before == after, "the snapshot changed a process:\n%s\n%s" % (before, after)


# ------------------------------------------------------------------ cases

def field_case(run):
    """The deadlock from the field; returns (client, child, server,
    worker, port)."""
    d = sctest.scratch()
    portfile = os.path.join(d, "port")
    server = run.start([sctest.prog("chase_field"), "server", portfile])
    assert sctest.wait_until(lambda: os.path.exists(portfile), timeout=10), "no port"
    port = int(open(portfile).read())
    client = run.start([sctest.prog("chase_field"), "client", str(port)])
    child = one_child(client.pid)
    worker = one_child(server.pid)
    wait_blocked(client.pid, NR_READ, "pipe_read")
    wait_blocked(child, NR_READ)
    wait_blocked(server.pid, NR_WAIT4, "do_wait")
    wait_blocked(worker, NR_WRITE, "pipe_write")
    return client.pid, child, server.pid, worker, port, portfile


def test_field_deadlock():
    with Run("field") as run:
        P, C, S, W, port, portfile = field_case(run)
        field = [P, C, S, W]
        before = counters(field)
        lines, took = chase([P])
        out = "\n".join(lines)
        pin, wout = pipe_ino(P, 3), pipe_ino(W, 1)
        tcp = r"3<TCP:\[127\.0\.0\.1:\d+->127\.0\.0\.1:\d+\]>"
        want = [
            r"%d chase_field: read\(3<pipe:\[%s\]>,  <unfinished \.\.\.>" % (P, pin),
            r"  reads pipe written by %d chase_field: read\(%s,  <unfinished \.\.\.>" % (C, tcp),
            r"    reads TCP from %d chase_field: wait4\(%d,  <unfinished \.\.\.>" % (S, W),
            r"      waits in wait4 for %d chase_field: write\(1<pipe:\[%s\]>, \"x{32}\"\.\.\., 1048576 <unfinished \.\.\.>" % (W, wout),
            r"        writes to a full pipe read by %d chase_field: deadlock, see above" % S,
            r"    reads TCP from %d chase_field: see above" % W,
            r"deadlock: %d %s %d %s %d" % (S, ARROW, W, ARROW, S),
            r"  %d chase_field waits in wait4 for %d chase_field" % (S, W),
            r"  %d chase_field writes to a full pipe read by %d chase_field" % (W, S),
            r"  %d: state S \(sleeping\), wchan \S*do_wait, asleep \d+\.\d\ds; user \S+; "
            r"command: %s server %s" % (S, re.escape(sctest.prog("chase_field")), re.escape(portfile)),
            r"  %d: state S \(sleeping\), wchan \S*pipe_write, asleep \d+\.\d\ds; user \S+; "
            r"command: %s server %s" % (W, re.escape(sctest.prog("chase_field")), re.escape(portfile)),
            r"stuck behind it: %d chase_field, %d chase_field" % (P, C),
        ]
        assert len(lines) == len(want), out
        for l, w in zip(lines, want):
            assert re.fullmatch(w, l), "line %r does not match %r\n%s" % (l, w, out)
        # the TCP connection is the child's, to the server's port
        assert lines[1].endswith("->127.0.0.1:%d]>,  <unfinished ...>" % port), lines[1]

        recs = chase_json([P])
        hops = [r for r in recs if r["type"] == "hop"]
        assert [h["pid"] for h in hops] == [P, C, S, W, S, W], hops
        assert [h.get("seen") for h in hops] == [None] * 4 + ["on_path", "above"]
        assert [h["depth"] for h in hops] == [0, 1, 2, 3, 4, 2]
        assert [h["call"]["name"] for h in hops[:4]] == ["read", "read", "wait4", "write"]
        assert hops[0]["call"]["args"] == [{"fd": 3, "path": "pipe:[%s]" % pin}]
        assert hops[2]["call"]["args"] == [W]
        assert [h["from"]["reason"] for h in hops[1:]] == [
            "reads pipe written by", "reads TCP from", "waits in wait4 for",
            "writes to a full pipe read by", "reads TCP from"]
        assert [h["from"]["pid"] for h in hops[1:]] == [P, C, S, W, C]
        assert all(h["stuck"] for h in hops[:5])
        assert all(h["state"] == "S" and h["user"] for h in hops[:4])
        dl = [r for r in recs if r["type"] == "deadlock"]
        assert len(dl) == 1 and dl[0]["pids"] == [S, W, S], dl
        assert [e["reason"] for e in dl[0]["edges"]] == [
            "waits in wait4 for", "writes to a full pipe read by"]
        summary = recs[-1]
        assert summary["type"] == "summary" and summary["deadlocks"] == 1
        assert sorted(summary["stuck"]) == sorted(field)
        check_untouched(before, field)
        note("chase: the field deadlock (4 processes) chased in %.3fs" % took)


def chain_case(run, exe=None, i386=False):
    """The five-process chain; returns the pids in chain order."""
    root = run.start([exe or sctest.prog("chase_chain")])
    nr_read, nr_wait4 = (3, 114) if i386 else (NR_READ, NR_WAIT4)
    # 32-bit glibc sleeps in clock_nanosleep (267), or in its _time64
    # twin (407) where it uses 64-bit time
    nr_sleep = (267, 407) if i386 else (NR_CLOCK_NANOSLEEP,)
    one = root.pid
    two = one_child(one)
    three = one_child(two)
    four = one_child(three)
    five = one_child(four)
    wait_blocked(one, nr_read, "pipe_read")
    wait_blocked(two, nr_wait4, "do_wait")
    wait_blocked(three, nr_read, "pipe_read")
    wait_blocked(four, nr_read)
    wait_blocked(five, nr_sleep, "nanosleep")
    return [one, two, three, four, five]


def test_chain_ends_in_nanosleep():
    check_chain(sctest.prog("chase_chain"))


def test_chain_i386():
    """The same chain in 32-bit processes: i386 numbers and layouts"""
    d = sctest.scratch()
    exe = os.path.join(d, "chase_chain")
    src = os.path.join(sctest.ROOT, "tests", "progs", "chase_chain.c")
    p = subprocess.run(["cc", "-m32", "-std=gnu17", "-O1", "-D_GNU_SOURCE",
                        "-o", exe, src], capture_output=True)
    if p.returncode != 0:
        raise sctest.Skip("cannot build 32-bit programs here")
    recs = check_chain(exe, i386=True)
    # read is 3 and wait4 114 in the i386 table (0 and 61 are x86_64's)
    assert [r["call"]["nr"] for r in recs[:4]] == [3, 114, 3, 3], recs


def check_chain(exe, i386=False):
    with Run("chain") as run:
        chain = chain_case(run, exe, i386)
        before = counters(chain)
        times = []
        for _ in range(5):
            lines, took = chase([chain[0]])
            times.append(took)
        out = "\n".join(lines)
        reasons = ["", "reads pipe written by ", "waits in wait4 for ",
                   "reads pipe written by ", "reads UNIX-STREAM from "]
        calls = [r"read\(3<pipe:\[%s\]>,  " % pipe_ino(chain[0], 3),
                 r"wait4\(%d,  " % chain[2],
                 r"read\(3<pipe:\[%s\]>,  " % pipe_ino(chain[2], 3),
                 r"read\(3<UNIX-STREAM:\[\d+->\d+\]>,  ",
                 r"clock_nanosleep(?:_time64)?\(CLOCK_REALTIME, 0, \{tv_sec=3600, tv_nsec=0\},  "]
        for i, pid in enumerate(chain):
            w = r"%s%s%d chase_chain: %s<unfinished \.\.\.>" % ("  " * i, reasons[i], pid, calls[i])
            assert re.fullmatch(w, lines[i]), "line %r does not match %r\n%s" % (lines[i], w, out)
        assert lines[5] == "          place to look: it sleeps for a time it chose", out
        m = re.fullmatch(r"            state S \(sleeping\), wchan (\S+), asleep (\d+\.\d\d)s; "
                         r"user (\S+); command: (.*)", lines[6])
        assert m, out
        assert "nanosleep" in m.group(1)
        assert m.group(3) == "root" or os.geteuid() != 0
        assert m.group(4) == exe
        assert len(lines) == 7, out
        assert "deadlock" not in out and "cycle" not in out
        recs = chase_json([chain[0]])
        assert [r["pid"] for r in recs if r["type"] == "hop"] == chain
        assert recs[-1] == {"type": "summary", "pid": chain[0], "stuck": [],
                            "deadlocks": 0, "processes": 5}
        assert recs[4]["end"] == "it sleeps for a time it chose"
        assert recs[4]["asleep"] >= 0
        check_untouched(before, chain)
        note("chase: the five-process chain%s chased in %.3fs (best of 5; worst %.3fs)"
             % (" (i386)" if i386 else "", min(times), max(times)))
        return recs


def lock_case(kind, nr, call, reason):
    with Run("lock-" + kind) as run:
        path = os.path.join(sctest.scratch(), "locked file")
        holder = run.start([sctest.prog("chase_lock"), kind, path]).pid
        waiter = one_child(holder)
        wait_blocked(holder, NR_CLOCK_NANOSLEEP)
        wait_blocked(waiter, nr)
        before = counters([holder, waiter])
        lines, _ = chase([waiter])
        out = "\n".join(lines)
        esc = re.escape(path)
        assert re.fullmatch(r"%d chase_lock: %s\(3<%s>, .* <unfinished \.\.\.>" % (waiter, call, esc),
                            lines[0]), out
        assert re.fullmatch(r"  waits for %s on %s held by %d chase_lock: clock_nanosleep\(.*"
                            % (reason, esc, holder), lines[1]), out
        assert lines[2] == "    place to look: it sleeps for a time it chose", out
        assert len(lines) == 4, out
        check_untouched(before, [holder, waiter])


def test_flock_held_by_another_process():
    lock_case("flock", NR_FLOCK, "flock", "flock")


def test_posix_lock_held_by_another_process():
    lock_case("posix", NR_FCNTL, "fcntl", "a POSIX lock")


def test_ofd_lock_held_by_another_process():
    # /proc/locks names no pid for an OFD lock: found through fdinfo
    lock_case("ofd", NR_FCNTL, "fcntl", "an OFD lock")


def python(run, code):
    return run.start([sys.executable, "-c", code]).pid


def test_self_deadlock():
    with Run("self") as run:
        pid = python(run, "import os\nr, w = os.pipe()\nos.read(r, 1)\n")
        wait_blocked(pid, NR_READ, "pipe_read")
        lines, _ = chase([pid])
        out = "\n".join(lines)
        assert re.fullmatch(r"%d python3?[.\d]*: read\((\d+)<pipe:\[\d+\]>,  <unfinished \.\.\.>"
                            % pid, lines[0]), out
        assert re.fullmatch(r"  \(nobody else holds the write end: only itself \(fd \d+\)\)",
                            lines[1]), out
        assert "deadlock: %d %s %d" % (pid, ARROW, pid) in lines, out


def test_accept_nobody_connects():
    with Run("accept") as run:
        pid = python(run, "import socket\ns = socket.socket()\n"
                          "s.bind(('127.0.0.1', 0))\ns.listen()\ns.accept()\n")
        wait_blocked(pid, NR_ACCEPT4)
        lines, _ = chase([pid])
        assert re.fullmatch(r"  place to look: it waits in accept on TCP:\[127\.0\.0\.1:\d+\]: "
                            r"nobody connects", lines[1]), lines


def test_running_process_is_not_blocked():
    with Run("running") as run:
        pid = run.start(["sh", "-c", "while :; do :; done"]).pid
        assert sctest.wait_until(lambda: sctest.process_state(pid) == "R")
        lines, _ = chase([pid])
        assert lines[0] == "%d sh: running" % pid, lines
        assert lines[1].startswith("  not blocked: it is running; state R (running)"), lines
        recs = chase_json([pid])
        assert recs[0]["blocked"] is False and recs[-1]["stuck"] == []


def test_threads_and_a_thread_pid():
    """Every thread of the process, also when -p names a thread."""
    with Run("threads") as run:
        pid = python(run, "import os, threading, time\nr, w = os.pipe()\n"
                          "t = threading.Thread(target=lambda: os.read(r, 1))\n"
                          "t.start()\ntime.sleep(60)\n")
        assert sctest.wait_until(lambda: len(os.listdir("/proc/%d/task" % pid)) == 2)
        tid = max(int(t) for t in os.listdir("/proc/%d/task" % pid))
        wait_blocked(tid, NR_READ, "pipe_read")
        wait_blocked(pid, NR_CLOCK_NANOSLEEP)
        lines, _ = chase([tid])
        out = "\n".join(lines)
        assert re.fullmatch(r"%d python3?[.\d]*: 2 threads" % pid, lines[0]), out
        assert re.match(r"  thread %d: clock_nanosleep\(" % pid, lines[1]), out
        assert any(re.match(r"  thread %d: read\(3<pipe:" % tid, l) for l in lines), out
        # its own process holds the write end: a cycle through a process
        # whose other thread sleeps on a timer is no deadlock
        assert any(l.startswith("a cycle, but not a deadlock (%d may go on)" % pid)
                   for l in lines), out


def nobody():
    os.setgroups([])
    os.setgid(65534)
    os.setuid(65534)


def test_other_users_process():
    if os.geteuid() != 0:
        raise sctest.Skip("needs root (chases as uid 65534)")
    with Run("nobody") as run:
        chain = chain_case(run)
        lines, _ = chase([chain[0]], preexec_fn=nobody)
        out = "\n".join(lines)
        assert lines[0] == "%d chase_chain: in a call that cannot be read" % chain[0], out
        assert lines[1] == "  (cannot read /proc/%d/task/%d/syscall: Permission denied)" % (
            chain[0], chain[0]), out
        assert lines[2].startswith("  place to look: the call it is in cannot be read"), out
        assert "user root; command: %s" % sctest.prog("chase_chain") in lines[3], out


def test_bad_pid():
    p = sctest.sctrace(["--chase", "-p", "999999999"])
    assert p.returncode == 1 and p.stderr.strip() == "sctrace: --chase: no process 999999999", p


def test_stopped_process():
    with Run("stopped") as run:
        pid = python(run, "import time\ntime.sleep(60)\n")
        wait_blocked(pid, NR_CLOCK_NANOSLEEP)
        os.kill(pid, signal.SIGSTOP)
        try:
            assert sctest.wait_until(lambda: sctest.process_state(pid) == "T")
            lines, _ = chase([pid])
            assert lines[1] == "  place to look: it is stopped by a signal: it waits for SIGCONT", lines
            assert lines[2].startswith("    state T (stopped)"), lines
            assert sctest.process_state(pid) == "T"
        finally:
            os.kill(pid, signal.SIGCONT)
        assert sctest.wait_until(lambda: sctest.process_state(pid) == "S")


def test_zombie():
    with Run("zombie") as run:
        parent = python(run, "import os, time\nif os.fork() == 0:\n    os._exit(3)\n"
                             "time.sleep(60)\n")
        kid = one_child(parent)
        assert sctest.wait_until(lambda: sctest.process_state(kid) == "Z")
        lines, _ = chase([kid])
        assert lines[0] == "%d python3: exited" % kid or re.fullmatch(
            r"%d python3[.\d]*: exited" % kid, lines[0]), lines
        assert lines[1] == ("  place to look: it has exited; its parent, pid %d, has not "
                            "waited for it yet" % parent), lines


def test_thread_pool_folded():
    """Threads that wait alike print once, the others named after it."""
    with Run("pool") as run:
        pid = python(run, "import threading, time\n"
                          "for i in range(4):\n"
                          "    threading.Thread(target=time.sleep, args=(60,)).start()\n"
                          "time.sleep(60)\n")
        assert sctest.wait_until(lambda: len(os.listdir("/proc/%d/task" % pid)) == 5)
        tids = sorted(int(t) for t in os.listdir("/proc/%d/task" % pid))
        for t in tids:
            wait_blocked(t, NR_CLOCK_NANOSLEEP)
        lines, _ = chase([pid])
        assert re.fullmatch(r"%d python3?[.\d]*: 5 threads" % pid, lines[0]), lines
        assert lines[1].startswith("  thread %d: clock_nanosleep(" % tids[0]), lines
        assert lines[2] == "    place to look: it sleeps for a time it chose", lines
        assert lines[4] == "    the same for thread " + ", ".join(map(str, tids[1:])), lines
        assert len(lines) == 5, lines
        # JSON keeps every thread
        assert [r["tid"] for r in chase_json([pid]) if r["type"] == "hop"] == tids
