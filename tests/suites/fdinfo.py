"""-y/-yy annotations and --peers, checked against what /proc says.

The fd cache test runs tests/progs/fd_reuse, which reuses fd numbers in
every way a table can change and prints, at each checkpoint, what
/proc/thread-self/fd/N says; the checkpoint's fsync line in the trace must
carry the same annotation. The --peers tests run fd_chain (a parent
reading a pipe from a client which talks TCP to a server) and fd_peers
(the write end passed on with SCM_RIGHTS, then closed)."""

import json
import os
import re
import shutil
import subprocess

import sctest

FSYNC = re.compile(r"^(?:\d+ +)?fsync\((\d+)(?:<(.*)>(\(deleted\))?)?\)")
ARROWS = {"from": "\u21d0", "to": "\u21d2", "both": "\u21d4"}


def escape_path(s):
    """strace's escaping of a path in an annotation (ASCII paths)."""
    out = []
    for i, ch in enumerate(s):
        c = ord(ch)
        nxt = s[i + 1] if i + 1 < len(s) else ""
        if ch in "<>":
            out.append("\\%03o" % c if nxt in "01234567" and nxt else "\\%o" % c)
        elif ch in "\"\\":
            out.append("\\" + ch)
        elif 0x20 <= c < 0x7f:
            out.append(ch)
        else:
            out.append({"\t": "\\t", "\n": "\\n", "\r": "\\r"}.get(ch, "\\%o" % c))
    return "".join(out)


def expected_annotation(link):
    """(text, deleted) strace prints for a /proc link at that moment."""
    if link == "-":
        return None, False
    if link.endswith(" (deleted)"):
        return escape_path(link[:-len(" (deleted)")]), True
    return escape_path(link), False


def run_reuse(opts, prog=None):
    d = sctest.scratch()
    work = os.path.join(d, "w")
    os.mkdir(work)
    out = os.path.join(d, "trace")
    p = subprocess.run([sctest.SCTRACE, "-f", "-o", out] + opts +
                       ["--", prog or sctest.prog("fd_reuse"), work],
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, "fd_reuse failed: %s" % p.stderr[-2000:]
    checks = [l.split(" ", 3) for l in p.stdout.splitlines()
              if l.startswith("CHECK ")]
    assert "DONE" in p.stdout, "fd_reuse did not finish:\n" + p.stdout[-2000:]
    with open(out) as f:
        trace = f.read()
    fsyncs = []
    # another tracee's line may split a call into unfinished/resumed
    for line in sctest.merge_unfinished(trace.splitlines()):
        m = FSYNC.match(line)
        if m:
            fsyncs.append(m)
    assert len(checks) == len(fsyncs), "%d checkpoints, %d fsync lines" % (
        len(checks), len(fsyncs))
    bad = []
    for (_, tag, fd, link), m in zip(checks, fsyncs):
        text, deleted = expected_annotation(link)
        got = (m.group(2), bool(m.group(3)))
        if m.group(1) != fd or got != (text, deleted):
            bad.append("%s fd %s: /proc says %r%s, trace says %s" % (
                tag, fd, text, " (deleted)" if deleted else "", m.group(0)))
    assert not bad, "\n".join(bad)
    return work, trace, len(checks)


def test_cache_reuse_y():
    work, trace, n = run_reuse(["-y"])
    assert n >= 45, "only %d checkpoints" % n
    # AT_FDCWD carries the cwd, and follows fchdir
    assert re.search(r'openat\(AT_FDCWD<%s>, "' % re.escape(escape_path(work)),
                     trace), "AT_FDCWD does not name the cwd"
    assert re.search(r'openat\(AT_FDCWD<%s>, "in-sub"' %
                     re.escape(escape_path(os.path.join(work, "sub"))), trace), \
        "AT_FDCWD after fchdir does not name the new cwd"


def test_cache_reuse_yy():
    run_reuse(["-yy"])


def test_cache_reuse_hidden():
    # the checkpoints only: every call that changes a table is hidden,
    # yet the cache must still see it
    run_reuse(["-y", "-e", "trace=fsync"])


def test_cache_reuse_i386():
    """the same on a 32-bit tracee (other syscall numbers, clone flags)"""
    d = sctest.scratch()
    exe = os.path.join(d, "fd_reuse32")
    src = os.path.join(sctest.ROOT, "tests", "progs", "fd_reuse.c")
    p = subprocess.run(["cc", "-m32", "-std=gnu17", "-O1", "-D_GNU_SOURCE",
                        "-o", exe, src, "-pthread"], capture_output=True)
    if p.returncode != 0:
        raise sctest.Skip("cannot build 32-bit programs here")
    work, trace, n = run_reuse(["-y"], exe)
    # i386 names (strace prints the personality notice only on stderr)
    assert "mmap2(" in trace, "not a 32-bit tracee"


def test_cache_reuse_json():
    d = sctest.scratch()
    work = os.path.join(d, "w")
    os.mkdir(work)
    out = os.path.join(d, "trace")
    p = subprocess.run([sctest.SCTRACE, "-f", "--json", "-y", "-o", out, "--",
                        sctest.prog("fd_reuse"), work],
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr[-2000:]
    checks = [l.split(" ", 3) for l in p.stdout.splitlines()
              if l.startswith("CHECK ")]
    recs = [json.loads(l) for l in open(out) if l.strip()]
    fsyncs = [r for r in recs if r.get("name") == "fsync"]
    assert len(fsyncs) == len(checks)
    for (_, tag, fd, link), r in zip(checks, fsyncs):
        arg = r["args"][0]
        text, deleted = expected_annotation(link)
        if text is None:
            assert arg == int(fd), (tag, arg)
            continue
        assert arg["fd"] == int(fd) and arg["path"] == text, (tag, arg, link)
        assert arg.get("deleted", False) == deleted, (tag, arg)


def test_cache_reads_proc_once():
    """the same fd printed 2000 times is read from /proc a few times"""
    sctest.need_strace()
    d = sctest.scratch()
    counts = os.path.join(d, "counts")
    # LeakSanitizer cannot run under ptrace: a sanitized build is traced
    # with leak checking off
    env = dict(os.environ)
    env["ASAN_OPTIONS"] = (env.get("ASAN_OPTIONS", "") + ":detect_leaks=0").lstrip(":")
    subprocess.run([sctest.STRACE, "-c", "-e", "trace=readlink", "-o", counts,
                    sctest.SCTRACE, "-y", "-o", os.path.join(d, "trace"),
                    "dd", "if=/dev/zero", "of=/dev/null", "bs=1", "count=2000"],
                   capture_output=True, timeout=120, check=True, env=env)
    with open(os.path.join(d, "trace")) as f:
        annotated = sum(1 for l in f if re.match(r"^(read|write)\(\d+<", l))
    assert annotated >= 4000, "only %d annotated read/write lines" % annotated
    n = 0
    for line in open(counts):
        f = line.split()
        if f and f[-1] == "readlink":
            n = int(f[3])
    assert 0 < n < 100, "%d readlinks for %d annotated lines" % (n, annotated)


def test_no_annotation_without_y():
    rc, text, err = sctest.trace(sctest.SCTRACE, [], ["cat", "/etc/hostname"])
    assert rc == 0
    assert not re.search(r"\(\d+<", text), "annotation without -y"
    assert "AT_FDCWD<" not in text


def test_decode_fds_subsets():
    # socket only: sockets annotated, files not; pidfd only: pidfds
    rc, text, err = sctest.trace(sctest.SCTRACE, ["-e", "decode-fds=socket"],
                                 [sctest.prog("fd_sockets")])
    assert re.search(r"fsync\(\d+<TCP:\[", text)
    assert not re.search(r"\(\d+</", text), "a path with decode-fds=socket"
    rc, text, err = sctest.trace(sctest.SCTRACE, ["-e", "decode-fds=dev"],
                                 [sctest.prog("fd_kinds")])
    assert "fsync(3</dev/null<char 1:3>>)" in text
    assert not re.search(r"\(\d+<pipe:", text)


# ---------------------------------------------------------------- --peers

def parse_pids(stdout):
    m = re.search(r"PIDS (.*)", stdout)
    assert m, "no PIDS line in %r" % stdout
    return {k: int(v) for k, v in (kv.split("=") for kv in m.group(1).split())}


def peers_of(ann):
    """the pids after the arrow of an annotation (none: [])"""
    m = re.search("[\u21d0\u21d2\u21d4](.*)$", ann or "")
    if not m:
        return None, []
    return m.group(0)[0], [int(h.split(":")[0]) for h in m.group(1).split(",")]


def fd_arg(line, call):
    """the first fd argument's annotation of call in line"""
    m = re.search(r"%s\(\d+<(.*?)>[,)]" % call, line)
    return m.group(1) if m else None


def by_pid(trace):
    out = {}
    for line in trace.splitlines():
        m = re.match(r"^(\d+) +(.*)$", line)
        if m:
            out.setdefault(int(m.group(1)), []).append(m.group(2))
    return out


def chain(opts):
    rc, text, err = sctest.trace(sctest.SCTRACE, opts,
                                 [sctest.prog("fd_chain")])
    assert rc == 0, err
    return text


def test_peers_chain():
    d = sctest.scratch()
    out = os.path.join(d, "trace")
    p = subprocess.run([sctest.SCTRACE, "-f", "--peers", "-o", out, "--",
                        sctest.prog("fd_chain")], capture_output=True,
                       text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    pids = parse_pids(p.stdout)
    lines = by_pid("\n".join(sctest.merge_unfinished(open(out).read().splitlines())))
    par, srv, cli = pids["parent"], pids["server"], pids["client"]
    # the parent reads the pipe: the client holds the write end
    reads = [fd_arg(l, "read") for l in lines[par]
             if l.startswith("read(%d<pipe:" % pids["rfd"])]
    assert reads, "no read of the pipe in the parent"
    assert peers_of(reads[-1]) == ("\u21d0", [cli]), reads[-1]
    # the client writes the pipe (the parent reads it) and talks TCP to
    # the server
    w = [fd_arg(l, "write") for l in lines[cli] if "<pipe:" in l and
         l.startswith("write(")]
    assert w and peers_of(w[0]) == ("\u21d2", [par]), w
    tcp = [fd_arg(l, c) for l in lines[cli] for c in ("write", "read")
           if l.startswith(c + "(") and "<TCP:[127.0.0.1:" in l]
    assert tcp, "no TCP read/write in the client"
    for a in tcp:
        assert peers_of(a) == ("\u21d4", [srv]), a
    # the server's accepted socket: the client at the other end
    stcp = [fd_arg(l, c) for l in lines[srv] for c in ("write", "read")
            if l.startswith(c + "(") and "<TCP:[127.0.0.1:" in l]
    assert len(stcp) >= 3, "no TCP read/write in the server"
    # (its last read waits for EOF: the client may be gone)
    for a in stcp[:-1]:
        assert peers_of(a) == ("\u21d4", [cli]), a
        assert ":chain-client" in a, a


def test_peers_untraced_children():
    # without -f the children are not traced: /proc still names them
    d = sctest.scratch()
    out = os.path.join(d, "trace")
    p = subprocess.run([sctest.SCTRACE, "--peers", "-o", out, "--",
                        sctest.prog("fd_chain")], capture_output=True,
                       text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    pids = parse_pids(p.stdout)
    reads = [fd_arg(l, "read") for l in open(out)
             if l.startswith("read(%d<pipe:" % pids["rfd"])]
    assert reads and peers_of(reads[-1]) == ("\u21d0", [pids["client"]]), reads


def test_peers_json():
    d = sctest.scratch()
    out = os.path.join(d, "trace")
    p = subprocess.run([sctest.SCTRACE, "-f", "--json", "--peers", "-o", out,
                        "--", sctest.prog("fd_chain")], capture_output=True,
                       text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    pids = parse_pids(p.stdout)
    recs = [json.loads(l) for l in open(out) if l.strip()]
    reads = [r for r in recs if r.get("name") == "read" and
             r["pid"] == pids["parent"] and isinstance(r["args"][0], dict) and
             r["args"][0]["fd"] == pids["rfd"]]
    assert reads, "no read of the pipe in the parent"
    a = reads[-1]["args"][0]
    assert a["path"].startswith("pipe:["), a
    assert a["peers"]["dir"] == "from", a
    assert [(h["pid"], h["fds"]) for h in a["peers"]["holders"]] == \
        [(pids["client"], [pids["wfd"]])], a
    acc = [r for r in recs if r.get("name") == "accept" and "ret_peers" in r]
    assert acc and acc[0]["ret_peers"]["holders"][0]["pid"] == pids["client"], acc


def peers_stages(opts):
    d = sctest.scratch()
    out = os.path.join(d, "trace")
    p = subprocess.run([sctest.SCTRACE, "--peers", "-o", out] + opts +
                       ["--", sctest.prog("fd_peers")], capture_output=True,
                       text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    pids = parse_pids(p.stdout)
    merged = sctest.merge_unfinished(open(out).read().splitlines())
    anns = [m.group(2) for m in (FSYNC.match(l) for l in merged) if m]
    assert len(anns) == 3, anns
    assert peers_of(anns[0]) == ("\u21d0", [pids["first"]]), anns[0]
    # passed on with SCM_RIGHTS, the first closed it and exited
    assert peers_of(anns[1]) == ("\u21d0", [pids["second"]]), anns[1]
    # the last holder exited: nobody writes
    assert peers_of(anns[2]) == (None, []), anns[2]


def test_peers_passed_on_traced():
    peers_stages(["-f"])


def test_peers_passed_on_untraced():
    peers_stages([])
