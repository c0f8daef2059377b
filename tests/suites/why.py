"""--why: the report after the trace. Each test runs a small program
(tests/progs/why_*.c) that fails in a known way and checks that the report
names what the program itself knows (the worker's pid, the directory, its
owner and mode, the uid, the port, the limit). Every process a test starts
carries a marker in its environment; at the end of each test none may be
left, and none may be left stopped."""

import json
import os
import re
import signal
import socket
import subprocess
import time

import sctest



class Run(sctest.MarkedRun):
    """one test's processes: started with a marker, checked at the end"""

    def check_clean(self):
        self.finish()


def report_of(text):
    """the lines of the text report (after "sctrace --why:")"""
    lines = text.split("\n")
    for i, l in enumerate(lines):
        if l == "sctrace --why:":
            out = []
            for x in lines[i + 1:]:
                if not x.startswith("  "):
                    break
                out.append(x)
            return out
    raise AssertionError("no --why report in:\n" + text[-3000:])


def field(report, label):
    """the report lines of one label, with their continuation lines"""
    out = []
    take = False
    for l in report:
        m = re.match(r"^  (\S+:)?\s+(.*)$", l)
        if not m:
            continue
        if m.group(1):
            take = m.group(1) == label
        if take:
            out.append(m.group(2))
    return out


def sctrace(run, args, timeout=60, net=False, **kw):
    """sctrace with args; net: in a network namespace of its own"""
    pre = netns() if net else []
    return subprocess.run(pre + [sctest.SCTRACE] + args, capture_output=True,
                          text=True, errors="replace", env=run.env,
                          timeout=timeout, **kw)


def root_dir(mode=0o755):
    """a scratch directory every uid can search"""
    d = sctest.scratch()
    os.chmod(d, 0o755)
    return d


def need_root():
    if os.geteuid() != 0:
        raise sctest.Skip("needs root (drops to uid 65534 in a child)")


_netns = None


def netns():
    """a command prefix that runs in a network namespace of its own, with
    its loopback up (other tests may change the host's); [] when that
    cannot be had"""
    global _netns
    if _netns is None:
        pre = ["unshare", "-n", "sh", "-c",
               'ip link set lo up || exit 99; exec "$@"', "netns"]
        try:
            ok = subprocess.run(pre + ["true"], capture_output=True,
                                timeout=20).returncode == 0
        except (OSError, subprocess.TimeoutExpired):
            ok = False
        _netns = pre if ok else []
    return _netns


def free_port():
    """a port where nothing listens: any, in a namespace of our own"""
    if netns():
        return 5432
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


# ------------------------------------------------------------------ tests


def test_forked_worker_eacces():
    """a server forks a worker that drops to uid 65534 and cannot create a
    file in root's 0755 directory: the report names the worker, the
    directory, its owner and mode, and the uid"""
    need_root()
    run = Run("worker")
    d = root_dir()
    spool = os.path.join(d, "spool")
    os.mkdir(spool, 0o755)
    os.chown(spool, 0, 0)
    try:
        # the trace shows only writes: --why keeps its own record
        p = sctrace(run, ["-f", "--why", "-e", "trace=write", "--",
                          sctest.prog("why_server"), spool], net=True)
        m = re.search(r"worker (\d+)", p.stdout)
        assert m, "no worker pid on stdout: %r" % p.stdout
        worker = int(m.group(1))
        rep = report_of(p.stderr)
        assert p.returncode == 1, p.returncode
        failed = " ".join(field(rep, "failed:"))
        assert "pid %d " % worker in failed and "exited with status 1" in failed, rep
        msg = " ".join(field(rep, "message:"))
        assert "cannot create %s/job.out" % spool in msg and \
            "[pid %d, stderr]" % worker in msg, rep
        call = field(rep, "call:")
        assert call and "job.out" in call[0] and "EACCES" in call[0] and \
            "[pid %d]" % worker in call[0], rep
        cause = field(rep, "cause:")
        want = "no write permission on %s (root:root 0755) for uid 65534" % spool
        assert cause and cause[0] == want, "cause %r, want %r" % (cause, want)
        assert any("uid 65534, gid 65534, groups none" in l for l in cause), cause
        # the trace itself was filtered: no openat line in it
        assert not re.search(r"^\[pid +\d+\] openat\(", p.stderr, re.M), p.stderr
    finally:
        run.check_clean()


def test_forked_worker_json():
    """the same failure as one JSON object after the trace"""
    need_root()
    run = Run("worker-json")
    d = root_dir()
    spool = os.path.join(d, "spool")
    os.mkdir(spool, 0o755)
    out = os.path.join(d, "trace.json")
    try:
        p = sctrace(run, ["-f", "--why", "--json", "-o", out, "--",
                          sctest.prog("why_server"), spool], net=True)
        worker = int(re.search(r"worker (\d+)", p.stdout).group(1))
        with open(out) as f:
            lines = [l for l in f.read().split("\n") if l]
        objs = [json.loads(l) for l in lines]
        why = [o for o in objs if o.get("type") == "why"]
        assert len(why) == 1 and objs[-1] is why[0], "one why object, last"
        w = why[0]
        assert w["failed"]["pid"] == worker and w["failed"]["status"] == 1, w
        assert w["message"]["pid"] == worker, w
        assert w["named_by_message"] is True and len(w["calls"]) == 1, w
        c = w["calls"][0]
        assert c["pid"] == worker and c["errno"] == "EACCES", c
        assert c["cause"] == "no write permission on %s (root:root 0755) for uid 65534" % spool, c
        assert c["creds"]["fsuid"] == 65534 and c["creds"]["groups"] == [], c
        last = [x for x in c["components"] if x["path"] == spool][0]
        assert last["mode"] == "0755" and last["uid"] == 0 and \
            last["allowed"] is False, last
        assert c["call"]["name"] == "openat", c
    finally:
        run.check_clean()


def test_missing_config():
    """a missing configuration file: the report names it and its first
    missing component, although later calls failed too"""
    run = Run("config")
    d = root_dir()
    out = os.path.join(d, "trace.out")
    try:
        p = sctrace(run, ["--why", "-o", out, "-e", "trace=write", "--",
                          sctest.prog("why_config"), d])
        assert p.returncode == 2, (p.returncode, p.stderr)
        with open(out) as f:
            text = f.read()
        # the report is in the -o file, after the trace
        assert "sctrace --why:" not in p.stderr, p.stderr
        assert text.index("+++ exited with 2 +++") < text.index("sctrace --why:")
        rep = report_of(text)
        call = field(rep, "call:")
        want = '"%s/conf.d/app.conf"' % d
        assert call and want in call[0] and "ENOENT" in call[0], rep
        cause = field(rep, "cause:")
        assert cause[0] == ("%s/conf.d does not exist (the first missing component "
                            "of %s/conf.d/app.conf; %s exists)" % (d, d, d)), cause
    finally:
        run.check_clean()


def test_retry_loop():
    """the same failing connect, again and again: a loop with its count"""
    run = Run("retry")
    port = free_port()
    try:
        p = sctrace(run, ["--why", "-e", "trace=none", "--",
                          sctest.prog("why_retry"), str(port), "20", "10"],
                    net=True)
        assert p.returncode == 3, p.returncode
        rep = report_of(p.stderr)
        loop = field(rep, "loop:")
        assert loop and loop[0].startswith("connect(") and \
            "ECONNREFUSED" in loop[0], rep
        text = "\n".join(rep)
        assert "cause:    nothing listens on 127.0.0.1:%d (no listening TCP socket on " \
            "port %d in the process's network namespace)" % (port, port) in text, rep
        assert re.search(r"\n {12}failed 20 times in [0-9.]+ s \([0-9.]+/s\) in "
                         r"pid \d+ \(why_retry\)$", text), rep
    finally:
        run.check_clean()


def test_retry_loop_attached():
    """-p on a daemon that retries forever: on ^C sctrace detaches, the
    report shows the loop, and the daemon runs on, not stopped"""
    run = Run("retry-p")
    port = free_port()
    target = subprocess.Popen(netns() + [sctest.prog("why_retry"), str(port),
                                         "0", "20"],
                              stdout=subprocess.PIPE, env=run.env)
    try:
        assert target.stdout.readline().strip() == b"ready"
        tracer = subprocess.Popen([sctest.SCTRACE, "--why", "-e", "trace=none",
                                   "-p", str(target.pid)],
                                  stderr=subprocess.PIPE, text=True, env=run.env)
        assert sctest.wait_until(lambda: sctest.tracer_of(target.pid) == tracer.pid)
        time.sleep(0.6)
        tracer.send_signal(signal.SIGINT)
        err = tracer.communicate(timeout=20)[1]
        rep = report_of(err)
        ended = field(rep, "ended:")
        assert ended == ["pid %d (why_retry) is still running; sctrace detached "
                         "from it" % target.pid], rep
        text = "\n".join(rep)
        assert field(rep, "loop:")[0].startswith("connect("), rep
        m = re.search(r"failed (\d+) times in [0-9.]+ s \([0-9.]+/s\) in pid %d "
                      r"\(why_retry\), still failing when sctrace detached$"
                      % target.pid, text, re.M)
        assert m and int(m.group(1)) >= 5, rep
        assert "nothing listens on 127.0.0.1:%d" % port in text, rep
        assert sctest.wait_until(lambda: sctest.tracer_of(target.pid) == 0)
        state = sctest.process_state(target.pid)
        assert state not in ("T", "t", None), state
    finally:
        sctest.kill_quietly(target)
        run.check_clean()


def test_address_in_use():
    """bind fails with EADDRINUSE: the report names the process holding
    the port (not traced: it is found by its socket)"""
    run = Run("bind")
    try:
        p = sctrace(run, ["--why", "-e", "trace=none", "--",
                          sctest.prog("why_bind")], net=True)
        holder = int(re.search(r"holder (\d+)", p.stdout).group(1))
        rep = report_of(p.stderr)
        call = field(rep, "call:")
        assert call and call[0].startswith("bind(") and "EADDRINUSE" in call[0], rep
        cause = field(rep, "cause:")[0]
        assert re.match(r"TCP port \d+ is in use by a listening socket; held by "
                        r"pid %d \(why_bind\)$" % holder, cause), cause
    finally:
        run.check_clean()


def test_fd_limit():
    """EMFILE: the report gives RLIMIT_NOFILE as the process had it"""
    run = Run("emfile")
    try:
        p = sctrace(run, ["--why", "-e", "trace=none", "--",
                          sctest.prog("why_emfile")])
        rep = report_of(p.stderr)
        call = field(rep, "call:")
        assert call and "EMFILE" in call[0], rep
        cause = field(rep, "cause:")[0]
        assert re.match(r"the process has \d+ fds open; its RLIMIT_NOFILE is 16 "
                        r"\(hard limit 16\)$", cause), cause
    finally:
        run.check_clean()


def test_missing_interpreter():
    """execve ENOENT on a file that exists: its #! interpreter does not,
    or the #! line has a DOS line ending"""
    run = Run("interp")
    d = root_dir()
    s1 = os.path.join(d, "script1")
    s2 = os.path.join(d, "script2")
    with open(s1, "w") as f:
        f.write("#!/nonexistent/interp\necho hi\n")
    with open(s2, "w") as f:
        f.write("#!/bin/sh\r\necho hi\n")
    os.chmod(s1, 0o755)
    os.chmod(s2, 0o755)
    try:
        for script, want in [
                (s1, "%s exists, but its interpreter /nonexistent/interp does not" % s1),
                (s2, "%s exists, but its interpreter /bin/sh\\r does not (the #! "
                     "line ends in a carriage return: the script has DOS line "
                     "endings)" % s2)]:
            p = sctrace(run, ["-f", "--why", "-e", "trace=none", "--",
                              "/bin/sh", "-c", script])
            rep = report_of(p.stderr)
            call = field(rep, "call:")
            assert call and call[0].startswith('execve("%s"' % script), rep
            assert field(rep, "cause:")[0] == want, rep
    finally:
        run.check_clean()


def test_sticky_directory():
    """EPERM removing root's file from a sticky directory as uid 65534"""
    need_root()
    run = Run("sticky")
    d = root_dir()
    sticky = os.path.join(d, "sticky")
    os.mkdir(sticky)
    os.chmod(sticky, 0o1777)
    victim = os.path.join(sticky, "rootfile")
    open(victim, "w").close()

    def drop():
        os.setgroups([])
        os.setgid(65534)
        os.setuid(65534)

    try:
        p = subprocess.run([sctest.SCTRACE, "--why", "-e", "trace=none", "--",
                            "/bin/rm", "-f", victim], capture_output=True,
                           text=True, env=run.env, preexec_fn=drop, timeout=60)
        rep = report_of(p.stderr)
        call = field(rep, "call:")
        assert call and "EPERM" in call[0], rep
        want = ("%s is sticky (root:root 1777): only the owner of %s (uid 0) or "
                "of the directory (uid 0) may remove or replace it, not uid 65534"
                % (sticky, victim))
        assert field(rep, "cause:")[0] == want, rep
        assert os.path.exists(victim)
    finally:
        run.check_clean()


def test_dangling_symlink():
    run = Run("dangle")
    d = root_dir()
    link = os.path.join(d, "conf")
    os.symlink(os.path.join(d, "gone", "app.conf"), link)
    try:
        p = sctrace(run, ["--why", "-e", "trace=none", "--", "/bin/cat", link])
        rep = report_of(p.stderr)
        want = "%s is a symbolic link to %s/gone/app.conf, and %s/gone does not exist" % (
            link, d, d)
        assert field(rep, "cause:")[0] == want, rep
    finally:
        run.check_clean()


def test_killed_by_signal():
    run = Run("crash")
    try:
        p = sctrace(run, ["--why", "-e", "trace=none", "--",
                          sctest.prog("why_crash")])
        assert p.returncode == -signal.SIGSEGV, p.returncode
        rep = report_of(p.stderr)
        ended = field(rep, "ended:")
        assert len(ended) == 1 and re.match(
            r"pid \d+ \(why_crash\) was killed by SIGSEGV \(no core dump: its "
            r"RLIMIT_CORE was 0\)$", ended[0]), rep
    finally:
        run.check_clean()


def test_nothing_failed():
    run = Run("true")
    try:
        p = sctrace(run, ["--why", "-e", "trace=none", "--", "/bin/true"])
        rep = report_of(p.stderr)
        assert field(rep, "note:") == ["nothing failed"], rep
        assert p.returncode == 0
    finally:
        run.check_clean()


def test_filesystem_full():
    """ENOSPC on a 64 KiB tmpfs in a private mount namespace"""
    need_root()
    run = Run("enospc")
    d = root_dir()
    small = os.path.join(d, "small")
    os.mkdir(small)
    try:
        p = subprocess.run(
            ["unshare", "-m", "sh", "-c",
             'mount -t tmpfs -o size=64k tmpfs "$1" || exit 99; shift; exec "$@"',
             "sh", small, sctest.SCTRACE, "--why", "-e", "trace=none", "--",
             "dd", "if=/dev/zero", "of=%s/f" % small, "bs=4k", "count=100"],
            capture_output=True, text=True, env=run.env, timeout=60)
        if p.returncode == 99 or "unshare failed" in p.stderr:
            raise sctest.Skip("cannot mount a tmpfs here")
        rep = report_of(p.stderr)
        call = field(rep, "call:")
        assert call and call[0].startswith("write(1, ") and "ENOSPC" in call[0], rep
        assert field(rep, "cause:")[0] == (
            "the filesystem at %s (tmpfs) has no free space (size 64.0 KiB)" % small), rep
    finally:
        run.check_clean()


def test_error_text_picks_the_call():
    """touch as uid 65534 in root's directory: open fails with EACCES,
    then utimensat on the same path with ENOENT; the message says
    "Permission denied", so the report names the open"""
    need_root()
    run = Run("touch")
    d = root_dir()
    target = os.path.join(d, "app.log")

    def drop():
        os.setgroups([])
        os.setgid(65534)
        os.setuid(65534)

    try:
        p = subprocess.run([sctest.SCTRACE, "--why", "-e", "trace=none", "--",
                            "touch", target], capture_output=True, text=True,
                           env=run.env, preexec_fn=drop, timeout=60)
        rep = report_of(p.stderr)
        call = field(rep, "call:")
        assert call and call[0].startswith("openat(") and "EACCES" in call[0], rep
        assert field(rep, "cause:")[0] == \
            "no write permission on %s (root:root 0755) for uid 65534" % d, rep
    finally:
        run.check_clean()


def test_command_not_found():
    """a command looked for along PATH: every directory tried is named"""
    run = Run("path")
    d1 = root_dir()
    d2 = root_dir()
    run.env["PATH"] = "%s:%s" % (d1, d2)
    try:
        p = sctrace(run, ["-f", "--why", "-e", "trace=none", "--", "/bin/sh", "-c",
                          "why-no-such-command"])
        rep = report_of(p.stderr)
        assert "why-no-such-command" in " ".join(field(rep, "message:")), rep
        text = "\n".join(rep)
        assert "looked for why-no-such-command in 2 places, and none has it: %s, %s" % (
            d1, d2) in text, rep
    finally:
        run.check_clean()


def test_search_path_is_not_the_failure():
    """a file not found in one directory and then found in another (a
    search path: the dynamic loader, include directories) is a search,
    not the failure; not found anywhere, it is"""
    run = Run("search")
    d1, d2 = root_dir(), root_dir()
    open(os.path.join(d2, "data.txt"), "w").close()
    try:
        p = sctrace(run, ["--why", "-e", "trace=none", "--",
                          sctest.prog("why_search"), "data.txt", d1, d2])
        rep = report_of(p.stderr)
        assert p.returncode == 3, p.returncode
        assert not field(rep, "calls:") and not field(rep, "call:"), rep
        assert re.match(r"pid \d+ \(why_search\) made no failing call that "
                        r"explains it$", field(rep, "note:")[0]), rep
        os.unlink(os.path.join(d2, "data.txt"))
        p = sctrace(run, ["--why", "-e", "trace=none", "--",
                          sctest.prog("why_search"), "data.txt", d1, d2])
        rep = report_of(p.stderr)
        assert field(rep, "calls:")[0].startswith('openat(AT_FDCWD, "%s/data.txt"' % d1), rep
        text = "\n".join(rep)
        assert '\n            openat(AT_FDCWD, "%s/data.txt"' % d2 in text, rep
        assert text.count("looked for data.txt") == 1, rep
        assert "looked for data.txt in 2 places, and none has it: %s, %s" % (
            d1, d2) in "\n".join(rep), rep
    finally:
        run.check_clean()
