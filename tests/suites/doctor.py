"""--doctor -p PID: each verdict is checked against a real attach by the
same user: "can be traced" must attach, "cannot be traced" must fail, and
the attach error must give the same reason. Permission cases drop to uid
65534 (nobody) in a child. Every process a test starts carries a marker
in its environment; none may be left, and none may be left stopped."""

import os
import re
import signal
import subprocess
import time

import sctest

PF_KTHREAD = 0x00200000


class Run(sctest.MarkedRun):
    def start(self, argv, drop=False, **kw):
        p = subprocess.Popen(argv, env=self.env, preexec_fn=nobody if drop else None,
                             **kw)
        self.procs.append(p)
        return p


def nobody():
    os.setgroups([])
    os.setgid(65534)
    os.setuid(65534)


def need_root():
    if os.geteuid() != 0:
        raise sctest.Skip("needs root (drops to uid 65534 in a child)")


def doctor(run, pid, drop=False):
    p = subprocess.run([sctest.SCTRACE, "--doctor", "-p", str(pid)],
                       capture_output=True, text=True, env=run.env,
                       preexec_fn=nobody if drop else None, timeout=30)
    lines = p.stdout.rstrip("\n").split("\n")
    return p.returncode, lines


def verdict(lines, pid):
    m = re.match(r"^pid %d( \([^)]*\))?: (can be traced|cannot be traced)$" % pid,
                 lines[0])
    assert m, lines
    return m.group(2) == "can be traced"


def blocking(lines):
    return [l[4:] for l in lines if l.startswith("  - ")]


def notes(lines):
    return [l[8:] for l in lines if l.startswith("  note: ")]


def attach(run, pid, drop=False):
    """sctrace -p pid by the same user: (attached, stderr). The target is
    left running, untraced and not stopped."""
    p = subprocess.Popen([sctest.SCTRACE, "-e", "trace=none", "-p", str(pid)],
                         stderr=subprocess.PIPE, text=True, env=run.env,
                         preexec_fn=nobody if drop else None)
    attached = sctest.wait_until(
        lambda: sctest.tracer_of(pid) == p.pid or p.poll() is not None, timeout=5) \
        and p.poll() is None
    if attached:
        p.send_signal(signal.SIGINT)
    err = p.communicate(timeout=20)[1]
    assert sctest.wait_until(lambda: sctest.tracer_of(pid) != p.pid), "still traced"
    state = sctest.process_state(pid)
    assert state not in ("T", "t"), "left stopped: %s" % state
    return attached, err


def attach_reasons(err, pid):
    return [l[len("sctrace: attach %d: " % pid):] for l in err.split("\n")
            if l.startswith("sctrace: attach %d: " % pid)]


def sleeper(run, drop=False, argv=None):
    p = run.start(argv or ["sleep", "60"], drop=drop)
    assert sctest.wait_until(lambda: sctest.process_state(p.pid) in ("S", "R"))
    time.sleep(0.05)
    return p


def yama_scope():
    try:
        with open("/proc/sys/kernel/yama/ptrace_scope") as f:
            return int(f.read())
    except OSError:
        return None


# ------------------------------------------------------------------ tests


def test_same_user():
    run = Run("same")
    try:
        p = sleeper(run)
        rc, out = doctor(run, p.pid)
        assert rc == 0 and verdict(out, p.pid) and not blocking(out), out
        assert out[-1].startswith("  checked: process state, tracer, uids and gids"), out
        ok, err = attach(run, p.pid)
        assert ok, err
    finally:
        run.finish()


def test_other_uid():
    need_root()
    run = Run("uid")
    try:
        p = sleeper(run)
        rc, out = doctor(run, p.pid, drop=True)
        assert rc == 1 and not verdict(out, p.pid), out
        want = ("it runs as uid 0 (root), and sctrace as uid 65534 (nobody) "
                "without CAP_SYS_PTRACE")
        assert blocking(out)[0] == want, out
        assert out[out.index("  - " + want) + 1] == "    fix: run sctrace as root", out
        ok, err = attach(run, p.pid, drop=True)
        assert not ok, err
        assert "sctrace: attach: ptrace(PTRACE_SEIZE, %d): Operation not permitted" \
            % p.pid in err, err
        assert attach_reasons(err, p.pid)[0] == want + "; fix: run sctrace as root", err
    finally:
        run.finish()


def test_unprivileged_same_uid():
    """nobody tracing nobody: allowed, unless Yama restricts it"""
    need_root()
    run = Run("nobody")
    try:
        p = sleeper(run, drop=True)
        rc, out = doctor(run, p.pid, drop=True)
        scope = yama_scope()
        ok, err = attach(run, p.pid, drop=True)
        if scope in (None, 0):
            assert rc == 0 and verdict(out, p.pid), out
            assert ok, err
        else:
            assert not verdict(out, p.pid) and \
                any(l.startswith("Yama ptrace_scope is %d" % scope)
                    for l in blocking(out)), out
            assert not ok, err
        if scope is None:
            assert "Yama ptrace_scope (not present)" in out[-1], out
    finally:
        run.finish()


def test_not_dumpable():
    need_root()
    run = Run("nodump")
    try:
        p = run.start([sctest.prog("why_nodump")], drop=True, stdout=subprocess.PIPE)
        assert p.stdout.readline().strip() == b"ready"
        rc, out = doctor(run, p.pid, drop=True)
        assert rc == 1 and not verdict(out, p.pid), out
        want = ("not dumpable (a setuid, setgid or file-capability program, or it "
                "called prctl(PR_SET_DUMPABLE, 0)): the kernel made /proc/%d/status "
                "root's" % p.pid)
        assert blocking(out) == [want], out
        ok, err = attach(run, p.pid, drop=True)
        assert not ok and attach_reasons(err, p.pid)[0].startswith(want), err
        # root's CAP_SYS_PTRACE overrides it
        rc, out = doctor(run, p.pid)
        assert rc == 0 and verdict(out, p.pid), out
        assert "it is not dumpable (/proc/%d/status is root's); sctrace's " \
            "CAP_SYS_PTRACE allows it anyway" % p.pid in notes(out), out
        ok, err = attach(run, p.pid)
        assert ok, err
    finally:
        run.finish()


def test_capabilities():
    """a nobody process with a capability nobody's sctrace lacks"""
    need_root()
    run = Run("caps")
    try:
        p = run.start(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                       "--inh-caps", "+net_raw", "--ambient-caps", "+net_raw",
                       "sleep", "60"])
        ok = sctest.wait_until(lambda: sctest.process_state(p.pid) == "S" and
                               open("/proc/%d/comm" % p.pid).read().strip() == "sleep")
        if not ok or p.poll() is not None:
            raise sctest.Skip("setpriv cannot give an ambient capability here")
        rc, out = doctor(run, p.pid, drop=True)
        want = "it holds capabilities sctrace does not: cap_net_raw"
        assert rc == 1 and blocking(out) == [want], out
        ok, err = attach(run, p.pid, drop=True)
        assert not ok and attach_reasons(err, p.pid)[0].startswith(want), err
    finally:
        run.finish()


def test_already_traced():
    run = Run("traced")
    try:
        p = sleeper(run)
        first = run.start([sctest.SCTRACE, "-e", "trace=none", "-p", str(p.pid)],
                          stderr=subprocess.DEVNULL)
        assert sctest.wait_until(lambda: sctest.tracer_of(p.pid) == first.pid)
        rc, out = doctor(run, p.pid)
        want = "already traced by pid %d (%s)" % (first.pid, os.path.basename(sctest.SCTRACE)[:15])
        assert rc == 1 and blocking(out) == [want], out
        assert out[2] == ("    fix: a process has one tracer at a time: stop or "
                          "detach pid %d first" % first.pid), out
        second = subprocess.run([sctest.SCTRACE, "-e", "trace=none", "-p", str(p.pid)],
                                capture_output=True, text=True, env=run.env,
                                timeout=20)
        assert second.returncode == 1, second
        assert attach_reasons(second.stderr, p.pid)[0].startswith(want), second.stderr
        first.send_signal(signal.SIGINT)
        first.wait(timeout=20)
        assert sctest.wait_until(lambda: sctest.tracer_of(p.pid) == 0)
        assert sctest.process_state(p.pid) == "S"
    finally:
        run.finish()


def test_zombie():
    run = Run("zombie")
    try:
        parent = run.start([sctest.prog("why_zombie")], stdout=subprocess.PIPE)
        z = int(parent.stdout.readline().split()[1])
        assert sctest.wait_until(lambda: sctest.process_state(z) == "Z")
        rc, out = doctor(run, z)
        want = ("a zombie: it has exited, and its parent, pid %d (why_zombie), has "
                "not reaped it" % parent.pid)
        assert rc == 1 and blocking(out) == [want], out
        ok, err = attach(run, z)
        assert not ok and attach_reasons(err, z)[0].startswith(want), err
    finally:
        run.finish()


def kernel_thread():
    for d in sorted(os.listdir("/proc"), key=lambda x: int(x) if x.isdigit() else 1e9):
        if not d.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % d) as f:
                s = f.read()
        except OSError:
            continue
        flags = int(s[s.rindex(")") + 2:].split()[6])
        if flags & PF_KTHREAD:
            return int(d)
    return None


def test_kernel_thread():
    run = Run("kthread")
    try:
        k = kernel_thread()
        if k is None:
            raise sctest.Skip("no kernel thread visible here")
        rc, out = doctor(run, k)
        assert rc == 1 and blocking(out) == ["a kernel thread"], out
        p = subprocess.run([sctest.SCTRACE, "-e", "trace=none", "-p", str(k)],
                           capture_output=True, text=True, env=run.env, timeout=20)
        assert p.returncode == 1, p
        assert attach_reasons(p.stderr, k)[0].startswith("a kernel thread; fix: "), p.stderr
    finally:
        run.finish()


def test_thread_id():
    run = Run("thread")
    try:
        p = run.start([sctest.prog("why_threads")], stdout=subprocess.PIPE)
        tid = int(p.stdout.readline().split()[1])
        rc, out = doctor(run, tid)
        assert rc == 0 and verdict(out, tid), out
        assert ("it is a thread of process %d (why_threads): -p %d traces this "
                "thread only" % (p.pid, tid)) in notes(out), out
        ok, err = attach(run, tid)
        assert ok, err
    finally:
        run.finish()


def test_pid_namespace():
    need_root()
    run = Run("pidns")
    try:
        # inside, pid 1 is sh; its child gets a pid no process has here
        here = set(int(d) for d in os.listdir("/proc") if d.isdigit())
        inner = next(n for n in range(29990, 32000) if n + 1 not in here)
        sh = run.start(["unshare", "-pf", "--mount-proc", "sh", "-c",
                        "echo %d > /proc/sys/kernel/ns_last_pid; sleep 60 & wait" % inner])

        def child():
            for d in os.listdir("/proc"):
                if not d.isdigit():
                    continue
                try:
                    with open("/proc/%s/status" % d) as f:
                        st = f.read()
                except OSError:
                    continue
                m = re.search(r"^NSpid:\s+(\d+)\s+(\d+)$", st, re.M)
                if m and int(m.group(2)) == inner + 1 and "Name:\tsleep" in st:
                    return int(m.group(1))
            return None
        if not sctest.wait_until(lambda: child() is not None):
            raise sctest.Skip("cannot make a pid namespace here")
        pid = child()
        rc, out = doctor(run, pid)
        assert rc == 0 and verdict(out, pid), out
        assert ("it lives in another pid namespace, where it is pid %d; the trace "
                "shows pids as sctrace sees them" % (inner + 1)) in notes(out), out
        # the pid as seen inside is not a process here
        rc, out = doctor(run, inner + 1)
        assert rc == 1 and blocking(out) == [
            "there is no process %d in sctrace's pid namespace" % (inner + 1)], out
        assert ("pid %d (sleep) is pid %d in a pid namespace of its own; sctrace -p "
                "%d traces it" % (pid, inner + 1, pid)) in notes(out), out
        ok, err = attach(run, pid)
        assert ok, err
        os.kill(pid, signal.SIGKILL)
    finally:
        run.finish()


def test_no_such_process():
    run = Run("none")
    try:
        p = run.start(["true"])
        p.wait()
        rc, out = doctor(run, p.pid)
        if verdict(out, p.pid):
            raise sctest.Skip("the pid was reused at once")
        assert rc == 1 and blocking(out)[0] == \
            "there is no process %d in sctrace's pid namespace" % p.pid, out
        assert out[-1] == "  checked: existence", out
    finally:
        run.finish()
