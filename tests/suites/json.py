"""--json: every line of the JSON output of the whole differential corpus
parses, and carries the same calls, signals and exits as the text output
of the same command."""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import sctest  # noqa: E402

import importlib.util  # noqa: E402

_spec = importlib.util.spec_from_file_location("diff_suite", os.path.join(HERE, "diff.py"))
diff = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(diff)


def text_events(text):
    """(pid, kind, name) of every record of a text trace."""
    out = []
    for line in sctest.merge_unfinished(text.splitlines()):
        pid, rest = sctest.split_prefix(line)
        rest = sctest.TIMESTAMP.sub("", rest)
        rest = re.sub(r"^\[ *\d+\] ", "", rest)            # -n
        rest = re.sub(r"^\[[0-9a-f?]{16}\] ", "", rest)     # -i
        m = re.match(r"([a-z_0-9]+)\(", rest)
        if m:
            out.append((pid, "syscall", m.group(1)))
        elif rest.startswith("--- stopped by "):
            out.append((pid, "stopped", rest.split()[3]))
        elif rest.startswith("--- "):
            out.append((pid, "signal", rest.split()[1]))
        elif rest.startswith("+++ exited with "):
            out.append((pid, "exit", rest.split()[3]))
        elif rest.startswith("+++ killed by "):
            out.append((pid, "killed", rest.split()[3]))
    return out


def json_events(text):
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        try:
            obj = json.loads(line)
        except ValueError as e:
            raise AssertionError("line %d is not JSON (%s): %r" % (n, e, line[:300]))
        assert isinstance(obj, dict) and "type" in obj, line[:200]
        kind = obj["type"]
        if kind == "syscall":
            assert isinstance(obj["args"], list)
            out.append((obj["pid"], "syscall", obj["name"]))
        elif kind in ("signal", "stopped", "killed"):
            out.append((obj["pid"], kind, obj["signal"]))
        elif kind == "exit":
            out.append((obj["pid"], "exit", str(obj["status"])))
    return out


# calls whose number depends on how threads meet, not on the program
RACY = {"futex", "sched_yield"}


def by_pid(events):
    streams = {}
    for pid, kind, name in events:
        if name in RACY:
            continue
        streams.setdefault(str(pid) if pid is not None else None, []).append((kind, name))
    return sorted(streams.values())


def make_case(name, opts, cmd, flags):
    def fn():
        # the text run and the JSON run are two runs of the program: one
        # whose calls depend on scheduling gets a second chance, as in
        # the differential suite
        problem = attempt(name, opts, cmd, flags)
        if problem:
            again = attempt(name, opts, cmd, flags)
            assert not again, "%s (and in a second pair of runs: %s)" % (problem, again)
    fn.timeout = 240
    return fn


def attempt(name, opts, cmd, flags):
    """None when the text and JSON traces carry the same events, else
    the first difference."""
    rc1, text = diff.run_case(sctest.SCTRACE, name, opts, cmd, flags)
    rc2, js = diff.run_case(sctest.SCTRACE, name, list(opts) + ["--json"], cmd, flags)
    if rc1 != rc2:
        return "exit status: text %s, json %s" % (rc1, rc2)
    a = text_events(text)
    b = json_events(js)
    multi = "f" in flags or "-f" in opts
    if not multi and "threads" not in flags:
        a = [e[1:] for e in a]
        b = [e[1:] for e in b]
        return None if a == b else first_difference(a, b)
    # pids differ between the two runs, and which thread makes which
    # call is the scheduler's: compare the processes count and the calls
    # of all of them together
    sa, sb = by_pid(a), by_pid(b)
    if len(sa) != len(sb):
        return "processes: text %d, json %d" % (len(sa), len(sb))
    ca = sorted(e for s in sa for e in s)
    cb = sorted(e for s in sb for e in s)
    if "threads" in flags:
        # glibc's thread stack cache and arena trims
        mm = {"mmap", "mprotect", "munmap"}
        ca = [e for e in ca if e[1] not in mm]
        cb = [e for e in cb if e[1] not in mm]
    if "racy" in flags:
        # how often a racy program repeats a call varies (git's
        # racy-clean index checks): compare which calls it makes
        ca, cb = sorted(set(ca)), sorted(set(cb))
    return None if ca == cb else first_difference(ca, cb)


def first_difference(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return "event %d: text %s, json %s" % (i, x, y)
    return "text has %d events, json %d" % (len(a), len(b))


# commands whose own behaviour varies between runs (random temporary
# names, scheduling) are compared by shape only where needed
def cases():
    for name, opts, cmd, flags in diff.all_cases():
        yield "corpus_" + name, make_case(name, opts, cmd, flags)


def test_bytes_are_valid_json():
    d = sctest.scratch()
    prog = os.path.join(d, "w.c")
    # arbitrary bytes, invalid UTF-8, NULs, quotes and control characters
    with open(prog, "w") as f:
        f.write('#include <unistd.h>\nint main(void){'
                'static const char b[] = "\\x00\\x01\\"\\\\\\xff\\xfe\\xc3\\x28\\xe2\\x82\\xac\\n\\x7f";'
                'write(1, b, sizeof b - 1); write(1, "\\xf0\\x9f\\x98\\x80", 4); return 0;}\n')
    exe = os.path.join(d, "w")
    sctest.run(["cc", "-o", exe, prog], check=True)
    _, js, _ = sctest.trace(sctest.SCTRACE, ["--json", "-e", "trace=write"], [exe])
    lines = js.splitlines()
    objs = [json.loads(l) for l in lines]
    writes = [o for o in objs if o.get("name") == "write"]
    assert len(writes) == 2
    first = writes[0]["args"][1]
    assert isinstance(first, dict) and "hex" in first, first
    assert bytes.fromhex(first["hex"]) == b"\x00\x01\"\\\xff\xfe\xc3\x28\xe2\x82\xac\n\x7f"
    assert writes[1]["args"][1] == "\U0001F600"
    for l in lines:
        l.encode("utf-8")  # the output itself is valid UTF-8
