"""A short run of `make fuzz` (libFuzzer over every decoder, both emitters
and the -e parser, netlink buffers of every protocol, under ASan and UBSan): no crash, no out-of-bounds read,
always valid JSON. The manual run is `make fuzz` (60 s per target)."""

import os
import shutil
import subprocess

import sctest


def test_short_fuzz_run():
    if not shutil.which("clang"):
        raise sctest.Skip("clang is not installed: make fuzz needs libFuzzer")
    seconds = os.environ.get("SCTRACE_FUZZ_SECONDS", "8")
    p = subprocess.run(["make", "-s", "fuzz", "FUZZ_SECONDS=" + seconds],
                       cwd=sctest.ROOT, capture_output=True, text=True, timeout=900)
    if "fuzzer" in p.stderr and "unsupported" in p.stderr:
        raise sctest.Skip("this clang has no libFuzzer runtime")
    assert p.returncode == 0, (p.stdout + p.stderr)[-3000:]
    # fuzz_decode, fuzz_expr, fuzz_netlink
    assert p.stdout.count("stat::number_of_executed_units") == 3, p.stdout


test_short_fuzz_run.timeout = 900
