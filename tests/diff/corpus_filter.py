"""Differential cases of the filters issue: -e trace= classes, regexes and
negation, status filters, -P (through symlinks and fds), -e read=/write=
dumps, and -c/-C tables (sorted by calls or name: the order by time is
the clock's), all traced by strace and sctrace alike."""

import os

CALLS = os.path.join(os.environ.get("BUILD", "build"), "tests/progs/filter_calls")

CASES = [
    ("f-trace-file", ["-e", "trace=%file"], "cat data/a.txt data/link", "argv"),
    ("f-trace-file-legacy", ["-e", "trace=file,desc"], "cat data/a.txt", "argv"),
    ("f-trace-regex", ["-e", "trace=/^open"], "cat data/a.txt", "argv"),
    ("f-trace-regex-stat", ["-e", "trace=/stat"], "ls -l --time-style=+%s data", "argv"),
    ("f-trace-not-read", ["-e", "trace=!read"], "cat data/a.txt", "argv"),
    ("f-trace-not-class", ["-e", "trace=!%file,%memory"], "cat data/a.txt", "argv"),
    ("f-trace-list", ["-e", "trace=openat,close,read,write"], "cat data/a.txt data/b.txt", "argv"),
    ("f-trace-optional", ["-e", "trace=?nosuch,openat"], "cat data/a.txt", "argv"),
    ("f-trace-replaced", ["-e", "trace=openat", "-e", "trace=close"], "cat data/a.txt", "argv"),
    ("f-trace-none", ["-e", "trace=none"], "cat data/a.txt", "argv"),
    ("f-trace-at64", ["-e", "trace=%desc@64"], "cat data/a.txt", "argv"),
    ("f-trace-long", ["--trace=%process"], "sh -c true", "argv"),
    ("f-trace-stat-classes", ["-e", "trace=%%stat,%%statfs"], "stat -f data/a.txt", "argv"),
    ("f-trace-prog", ["-e", "trace=%file,%desc"], CALLS + " files signal io", "argv"),
    ("f-trace-prog-f", ["-f", "-e", "trace=%file", "-e", "signal=!CHLD"],
     CALLS + " files fork thread", "argv"),
    ("f-signal-none", ["-e", "signal=none"], CALLS + " signal", "argv"),
    ("f-signal-usr1", ["-e", "signal=USR1", "-e", "trace=write"], CALLS + " signal", "argv"),
    ("f-z", ["-z"], "cat data/a.txt data/nosuch", "argv"),
    ("f-Z", ["-Z"], "cat data/a.txt data/nosuch", "argv"),
    ("f-status-failed-unfinished", ["-e", "status=failed,unfinished"],
     "cat data/a.txt data/nosuch", "argv"),
    ("f-status-not-successful", ["-e", "status=!successful"], CALLS + " files", "argv"),
    ("f-status-unfinished", ["-e", "status=unfinished"], "cat data/a.txt", "argv"),
    ("f-Z-prog-f", ["-f", "-Z", "-e", "signal=!CHLD"], CALLS + " files fork", "argv"),
    ("f-P", ["-P", "data/a.txt"], "cat data/a.txt", "argv"),
    ("f-P-link", ["-P", "data/link"], "cat data/link data/a.txt", "argv"),
    ("f-P-abs-fd", ["-P", "data/b.txt", "-P", "data/a.txt"], CALLS + " files", "argv"),
    ("f-P-dir", ["-P", "data"], "ls data", "argv"),
    ("f-P-missing", ["-P", "data/nosuch"], "cat data/nosuch", "argv"),
    ("f-P-trace", ["-P", "data/a.txt", "-e", "trace=read,close"], "cat data/a.txt", "argv"),
    ("f-P-f", ["-f", "-P", "data/a.txt", "-e", "signal=!CHLD"], CALLS + " fork thread", "argv"),
    ("f-read3", ["-e", "read=3"], "cat data/a.txt", "argv"),
    ("f-write1", ["-e", "write=1"], "cat data/a.txt data/b.txt", "argv"),
    ("f-read-write-all", ["-e", "read=all", "-e", "write=all", "-e", "trace=!%memory"],
     CALLS + " io", "argv"),
    ("f-write-not1", ["-e", "write=!1", "-e", "trace=write,writev,sendto,sendmsg"],
     CALLS + " io", "argv"),
    ("f-c-calls", ["-c", "-S", "calls"], "cat data/a.txt data/nosuch", "argv"),
    ("f-c-name", ["-c", "-S", "name"], CALLS + " files io", "argv"),
    ("f-c-columns", ["-c", "-S", "name", "-U", "name,calls,errors"], "cat data/a.txt data/nosuch", "argv"),
    ("f-c-columns-all", ["-c", "-w", "-S", "errors", "-U", "calls,errors,name"],
     "cat data/nosuch data/a.txt", "argv"),
    ("f-c-trace", ["-c", "-S", "calls", "-e", "trace=%file"], "cat data/a.txt", "argv"),
    ("f-c-P", ["-c", "-S", "name", "-P", "data/a.txt"], "cat data/a.txt", "argv"),
    # (no shell: how many SIGCHLDs a shell handles is the scheduler's)
    ("f-c-f", ["-c", "-f", "-S", "calls"], CALLS + " fork files", "argv"),
    ("f-c-w", ["-c", "-w", "-S", "calls"], "cat data/a.txt", "argv"),
    ("f-c-nothing", ["-c", "-S", "nothing"], "cat data/a.txt", "argv"),
    ("f-C", ["-C", "-S", "name", "-e", "trace=openat,close"], "cat data/a.txt", "argv"),
]
