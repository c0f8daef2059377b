#!/usr/bin/env python3
"""Developer tool: trace one command with strace and sctrace and show the
normalised lines that differ.

  python3 tests/diff/cmp.py [-a] [OPTIONS...] -- CMD [ARGS...]

OPTIONS are passed to both tracers (e.g. -f -y -s 64). -a prints every
line, not only the differing ones. Runs in the current directory; the
command must not change the files it reads (or give it a fresh copy)."""

import difflib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "lib"))
import sctest  # noqa: E402

EXTRA = [(r"tv_sec=\d+, tv_nsec=\d+", "tv_sec=N, tv_nsec=N")]


def main():
    args = sys.argv[1:]
    show_all = False
    if args and args[0] == "-a":
        show_all = True
        args = args[1:]
    if "--" not in args:
        print(__doc__)
        sys.exit(2)
    i = args.index("--")
    opts, cmd = args[:i], args[i + 1:]
    _, ref, _ = sctest.trace(sctest.STRACE, opts, cmd)
    _, mine, err = sctest.trace(sctest.SCTRACE, opts, cmd)
    if err.strip():
        print("sctrace stderr:", err.strip()[-2000:])
    a = sctest.normalise(ref, EXTRA)
    b = sctest.normalise(mine, EXTRA)
    same = 0
    for line in difflib.unified_diff(a, b, "strace", "sctrace", n=0 if not show_all else 100000, lineterm=""):
        print(line)
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    same = sum(bl.size for bl in sm.get_matching_blocks())
    print("%d of %d lines identical" % (same, max(len(a), len(b))))
    sctest.cleanup_scratch()


if __name__ == "__main__":
    main()
