"""Option sweeps: every test program that the other corpus files trace
with no options is traced again under -e verbose=none, -e raw=all and
-e abbrev=none, which every decoder must honour (a decoder that reads a
structure regardless shows here). Names end in -sweep-verbose0, -sweep-raw
and -sweep-abbrev0."""

import glob
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SWEEPS = [(["-e", "verbose=none"], "verbose0"), (["-e", "raw=all"], "raw"),
          (["-e", "abbrev=none"], "abbrev0")]
# undecoded netlink replies carry the socket's port id (the pid) as bytes
# in the string, which no rule can tell from other bytes
SKIP = {"net-netlink-sweep-verbose0"}


def _plain_program_cases():
    for p in sorted(glob.glob(os.path.join(HERE, "corpus_*.py"))):
        if os.path.basename(p) == "corpus_options.py":
            continue
        spec = importlib.util.spec_from_file_location("sweep_" + os.path.basename(p)[:-3], p)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        for name, opts, cmd, flags in getattr(m, "CASES", []):
            # a test program of ours, run as it is
            if not opts and "argv" in flags and "/tests/progs/" in cmd:
                yield name, cmd, flags


CASES = [("%s-sweep-%s" % (name, suffix), opts, cmd, flags)
         for name, cmd, flags in _plain_program_cases()
         for opts, suffix in SWEEPS
         if "%s-sweep-%s" % (name, suffix) not in SKIP]
