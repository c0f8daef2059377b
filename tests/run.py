#!/usr/bin/env python3
"""The test runner of `make check`: unit binaries, then every suite in
tests/suites. Prints PASS/FAIL/SKIP per test and, last, the line
"N passed, N failed, N skipped". Arguments are substrings that select
tests by name."""

import glob
import importlib.util
import os
import signal
import subprocess
import sys
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "lib"))
import sctest  # noqa: E402

counts = {"passed": 0, "failed": 0, "skipped": 0}
failures = []
selectors = sys.argv[1:]


def selected(name):
    return not selectors or any(s in name for s in selectors)


def report(status, name, detail=""):
    key = {"PASS": "passed", "FAIL": "failed", "SKIP": "skipped"}[status]
    counts[key] += 1
    line = "%s %s" % (status, name)
    if detail and status != "PASS":
        first, _, rest = detail.partition("\n")
        line += ": " + first
        if rest and status == "FAIL":
            line += "\n" + "\n".join("    " + l for l in rest.rstrip().split("\n")[:40])
    print(line, flush=True)
    if status == "FAIL":
        failures.append(name)


def run_unit_binaries():
    for path in sorted(glob.glob(os.path.join(sctest.BUILD, "tests", "unit", "*"))):
        if not os.access(path, os.X_OK) or path.endswith(".d"):
            continue
        base = "unit." + os.path.basename(path)
        if not selected(base):
            continue
        # the unit harness reuses call structs without freeing their line
        # buffers: leak checking is for sctrace itself, not for it
        env = dict(os.environ)
        env["ASAN_OPTIONS"] = (env.get("ASAN_OPTIONS", "") + ":detect_leaks=0").lstrip(":")
        try:
            p = subprocess.run([path], capture_output=True, text=True,
                               timeout=120, errors="replace", env=env)
        except subprocess.TimeoutExpired:
            report("FAIL", base, "timed out")
            continue
        seen = 0
        for line in p.stdout.splitlines():
            if line.startswith("ok "):
                report("PASS", base + "." + line[3:].strip())
                seen += 1
            elif line.startswith("not ok "):
                name, _, msg = line[7:].partition(": ")
                report("FAIL", base + "." + name.strip(), msg)
                seen += 1
        if p.returncode != 0 or not seen:
            report("FAIL", base, "exit status %d, %d results\n%s" %
                   (p.returncode, seen, (p.stderr or "")[-2000:]))


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout()


def run_suites():
    signal.signal(signal.SIGALRM, on_alarm)
    for path in sorted(glob.glob(os.path.join(HERE, "suites", "*.py"))):
        modname = os.path.basename(path)[:-3]
        spec = importlib.util.spec_from_file_location("suite_" + modname, path)
        mod = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(mod)
        except Exception:
            report("FAIL", modname, "cannot load\n" + traceback.format_exc())
            continue
        tests = [(n, getattr(mod, n)) for n in sorted(dir(mod))
                 if n.startswith("test_") and callable(getattr(mod, n))]
        if hasattr(mod, "cases"):
            tests += list(mod.cases())
        for name, fn in tests:
            full = "%s.%s" % (modname, name[5:] if name.startswith("test_") else name)
            if not selected(full):
                continue
            limit = getattr(fn, "timeout", 180)
            signal.alarm(limit)
            start = time.time()
            try:
                fn()
                signal.alarm(0)
                report("PASS", full)
            except sctest.Skip as e:
                signal.alarm(0)
                report("SKIP", full, str(e))
            except Timeout:
                report("FAIL", full, "timed out after %ds" % limit)
            except Exception as e:
                signal.alarm(0)
                detail = str(e) or e.__class__.__name__
                if not isinstance(e, AssertionError):
                    detail += "\n" + traceback.format_exc()
                report("FAIL", full, detail)
            finally:
                signal.alarm(0)
                took = time.time() - start
                if took > 30:
                    print("     (%s took %.0fs)" % (full, took), flush=True)
    if hasattr(sctest, "summary_lines"):
        for l in sctest.summary_lines:
            print(l)


def main():
    t0 = time.time()
    run_unit_binaries()
    run_suites()
    sctest.cleanup_scratch()
    print("tests took %.0fs" % (time.time() - t0))
    if failures:
        print("failed: " + " ".join(failures))
    print("%d passed, %d failed, %d skipped" %
          (counts["passed"], counts["failed"], counts["skipped"]))
    sys.exit(1 if counts["failed"] else 0)


if __name__ == "__main__":
    main()
