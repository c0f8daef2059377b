"""Differential cases of 32-bit (i386) tracees: the tests/progs/i386_*
programs, built with cc -m32, traced by both tools. Every case name
starts with "i386-" (make check TESTS=i386) and carries the "i386" flag,
which normalises 32-bit addresses. Where cc -m32 cannot build, the
programs are stubs and there are no cases (tests/suites/i386.py says
why)."""

import os

BUILD = os.environ.get("BUILD", os.path.join(os.path.dirname(os.path.dirname(
    os.path.dirname(os.path.abspath(__file__)))), "build"))


def prog(name):
    return os.path.join(BUILD, "tests/progs", name)


def built(name):
    """Whether the program is a 32-bit ELF (not the stub of i386.mk)."""
    try:
        with open(prog(name), "rb") as f:
            head = f.read(5)
    except OSError:
        return False
    return head == b"\x7fELF\x01"


F = prog("i386_file")
P = prog("i386_proc")
S = prog("i386_signal")
T = prog("i386_time")
N = prog("i386_net")
I = prog("i386_ipc")
TH = prog("i386_threads")
TL = prog("i386_tools")
M = prog("i386_misc")
SH = prog("i386_shared")

_CASES = [
    # the calls only i386 has, and the shared ones in their 32-bit forms
    ("i386-file", [], F, "argv i386"),
    ("i386-file-v", ["-v"], F, "argv i386"),
    ("i386-file-y", ["-y"], F, "argv i386"),
    ("i386-file-s4", ["-s", "4"], F, "argv i386"),
    ("i386-file-x", ["-x"], F, "argv i386"),
    ("i386-file-raw", ["-e", "raw=_llseek,mmap2,fcntl64,stat64"], F, "argv i386"),
    ("i386-file-raw-all", ["-e", "raw=all"], F, "argv i386"),
    ("i386-file-noverbose", ["-e", "verbose=none"], F, "argv i386"),
    # (racy: where each SIGCHLD falls is the scheduler's)
    ("i386-proc", ["-f"], P, "argv racy i386"),
    ("i386-proc-v", ["-f", "-v"], P, "argv racy i386"),
    ("i386-proc-s8", ["-f", "-s", "8"], P, "argv racy i386"),
    ("i386-signal", [], S, "argv i386"),
    ("i386-signal-v", ["-v"], S, "argv i386"),
    ("i386-signal-trace", ["-e", "trace=%signal"], S, "argv i386"),
    ("i386-time", [], T, "argv i386"),
    ("i386-time-v", ["-v"], T, "argv i386"),
    ("i386-time-clock", ["-e", "trace=%clock"], T, "argv i386"),
    # sockets: glibc's socketcall(2) shown as the calls it makes
    ("i386-net", [], N, "argv i386"),
    ("i386-net-v", ["-v"], N, "argv i386"),
    ("i386-net-y", ["-y"], N, "argv i386"),
    ("i386-net-yy", ["-yy"], N, "argv i386"),
    ("i386-net-s2", ["-s", "2"], N, "argv i386"),
    ("i386-net-network", ["-e", "trace=%network"], N, "argv i386"),
    ("i386-net-socket", ["-e", "trace=socket,send,recv"], N, "argv i386"),
    ("i386-net-socketcall", ["-e", "trace=socketcall"], N, "argv i386"),
    ("i386-net-n", ["-n"], N, "argv i386"),
    ("i386-net-c", ["-c", "-S", "name"], N, "argv i386"),
    # System V IPC: glibc's ipc(2) shown as the calls it makes
    ("i386-ipc", [], I, "argv i386"),
    ("i386-ipc-v", ["-v"], I, "argv i386"),
    ("i386-ipc-trace", ["-e", "trace=%ipc"], I, "argv i386"),
    ("i386-ipc-semctl", ["-e", "trace=semctl,ipc"], I, "argv i386"),
    # threads, a fork and an exec of a 64-bit program
    ("i386-threads", ["-f"], TH, "argv threads i386"),
    ("i386-threads-process", ["-f", "-e", "trace=%process,write"], TH,
     "argv threads i386"),
    ("i386-misc", [], M, "argv i386"),
    ("i386-misc-v", ["-v"], M, "argv i386"),
    ("i386-misc-c", ["-c", "-S", "name"], M, "argv i386"),
    ("i386-shared", [], SH, "argv i386"),
    ("i386-shared-v", ["-v"], SH, "argv i386"),
    ("i386-shared-y", ["-y"], SH, "argv i386"),
    # small tools, as coreutils would be
    ("i386-tools-ls", [], TL + " ls data", "argv i386"),
    ("i386-tools-ls-y", ["-y"], TL + " ls data", "argv i386"),
    ("i386-tools-cat", [], TL + " cat data/a.txt data/nosuch data/b.txt", "argv i386"),
    ("i386-tools-cp", ["-y"], TL + " cp data/a.txt copy", "argv i386"),
    ("i386-tools-wc", [], TL + " wc data/b.txt", "argv i386"),
    ("i386-tools-date", ["-v"], TL + " date", "argv i386"),
    ("i386-tools-stat", ["-e", "trace=%stat,%fstat,%lstat"], TL + " ls data", "argv i386"),
]

CASES = _CASES if built("i386_file") else []
