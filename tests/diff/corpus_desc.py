"""Differential cases of the desc family: the test programs (every call
with normal and edge-case arguments) under the options that change how
they print, and real commands that read, write, poll and ioctl.
Every case name starts with "desc-" (make check TESTS=desc)."""

import os

BUILD = os.environ.get("BUILD", os.path.join(os.path.dirname(os.path.dirname(
    os.path.dirname(os.path.abspath(__file__)))), "build"))


def prog(name):
    return os.path.join(BUILD, "tests/progs", name)


PY_SELECT = r"""
import os, select
r, w = os.pipe()
os.write(w, b"x")
print(select.select([r], [w], [], 0.5))
p = select.poll(); p.register(r, select.POLLIN); p.register(w, select.POLLOUT)
print(sorted(p.poll(100)))
e = select.epoll(); e.register(r, select.EPOLLIN | select.EPOLLET)
print(e.poll(0.1)); e.unregister(r); e.close()
print(os.read(r, 10))
"""

PY_FCNTL = r"""
import fcntl, os
fd = os.open("data/a.txt", os.O_RDONLY)
fl = fcntl.fcntl(fd, fcntl.F_GETFL)
fcntl.fcntl(fd, fcntl.F_SETFL, fl | os.O_NONBLOCK)
fcntl.fcntl(fd, fcntl.F_SETFD, fcntl.FD_CLOEXEC)
print(fcntl.fcntl(fd, fcntl.F_GETFD))
fcntl.flock(fd, fcntl.LOCK_SH); fcntl.flock(fd, fcntl.LOCK_UN)
fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB, 10, 0)
os.lseek(fd, 2, os.SEEK_SET); print(os.pread(fd, 4, 1)); os.close(fd)
print(sorted(os.listdir("data")))
"""

PY_PTY = r"""
import os, pty, termios, tty, fcntl, struct
m, s = pty.openpty()
a = termios.tcgetattr(s)
tty.setraw(s)
termios.tcsetattr(s, termios.TCSADRAIN, a)
fcntl.ioctl(s, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
print(struct.unpack("HHHH", fcntl.ioctl(s, termios.TIOCGWINSZ, b"\0" * 8)))
termios.tcflush(s, termios.TCIOFLUSH)
os.write(m, b"hi\n"); print(os.read(s, 10))
print(os.isatty(s), os.isatty(os.open("data/a.txt", os.O_RDONLY)))
"""


def py(name, src, opts=(), flags=""):
    # exec: the shell becomes python, so there is no child to wait for
    return (name, list(opts),
            "exec python3 -c '%s'" % src.replace("'", "\"").strip(), flags)


CASES = [
    # the test programs, with the options that change what they print
    ("desc-io", [], prog("desc_io"), "argv"),
    ("desc-io-v", ["-v"], prog("desc_io"), "argv"),
    ("desc-io-s4", ["-s", "4"], prog("desc_io"), "argv"),
    ("desc-io-x", ["-x"], prog("desc_io"), "argv"),
    ("desc-io-xx", ["-xx"], prog("desc_io"), "argv"),
    ("desc-io-y", ["-y"], prog("desc_io"), "argv"),
    ("desc-io-raw", ["-e", "raw=all"], prog("desc_io"), "argv"),
    ("desc-io-noverbose", ["-e", "verbose=none"], prog("desc_io"), "argv"),
    ("desc-io-s0", ["-s", "0"], prog("desc_io"), "argv"),
    ("desc-io-s1", ["-s", "1"], prog("desc_io"), "argv"),
    ("desc-fcntl", [], prog("desc_fcntl"), "argv"),
    ("desc-fcntl-v", ["-v"], prog("desc_fcntl"), "argv"),
    ("desc-ioctl", [], prog("desc_ioctl"), "argv"),
    ("desc-ioctl-v", ["-v"], prog("desc_ioctl"), "argv"),
    ("desc-ioctl-y", ["-y"], prog("desc_ioctl"), "argv"),
    ("desc-ioctl-s4", ["-s", "4"], prog("desc_ioctl"), "argv"),
    ("desc-poll", [], prog("desc_poll"), "argv"),
    ("desc-poll-v", ["-v"], prog("desc_poll"), "argv"),
    ("desc-poll-y", ["-y"], prog("desc_poll"), "argv"),
    ("desc-poll-s4", ["-s", "4"], prog("desc_poll"), "argv"),
    ("desc-poll-s1", ["-s", "1"], prog("desc_poll"), "argv"),
    ("desc-poll-noverbose", ["-e", "verbose=none"], prog("desc_poll"), "argv"),
    ("desc-getdents", [], prog("desc_getdents"), "argv"),
    ("desc-getdents-v", ["-v"], prog("desc_getdents"), "argv"),
    ("desc-getdents-vs4", ["-v", "-s", "4"], prog("desc_getdents"), "argv"),
    ("desc-getdents-vx", ["-v", "-x"], prog("desc_getdents"), "argv"),
    ("desc-events", [], prog("desc_events"), "argv"),
    ("desc-events-v", ["-v"], prog("desc_events"), "argv"),
    ("desc-misc", [], prog("desc_misc"), "argv"),
    ("desc-misc-y", ["-y"], prog("desc_misc"), "argv"),
    ("desc-aio", [], prog("desc_aio"), "argv"),
    ("desc-aio-v", ["-v"], prog("desc_aio"), "argv"),
    ("desc-aio-s4", ["-s", "4"], prog("desc_aio"), "argv"),
    ("desc-aio-noverbose", ["-e", "verbose=none"], prog("desc_aio"), "argv"),
    ("desc-ioctl-noverbose", ["-e", "verbose=none"], prog("desc_ioctl"), "argv"),
    # real commands
    ("desc-cat", [], "cat data/a.txt data/b.txt", "argv"),
    ("desc-cat-s8-x", ["-s", "8", "-x"], "cat data/a.txt", "argv"),
    ("desc-head", [], "head -c 7 data/a.txt", "argv"),
    ("desc-tail", [], "tail -n 2 data/a.txt", "argv"),
    ("desc-tail-c", [], "tail -c 5 data/b.txt", "argv"),
    ("desc-sort", [], "sort -r data/b.txt", "argv"),
    ("desc-tee", [], "exec tee t1.txt t2.txt < data/b.txt > /dev/null", ""),
    ("desc-dd", [], "dd if=data/a.txt of=dd.out bs=4 count=3 status=none", "argv"),
    ("desc-dd-skip", [], "dd if=data/a.txt bs=1 skip=3 count=5 status=none", "argv"),
    ("desc-ls-v", ["-v"], "ls -a data", "argv"),
    ("desc-cp", [], "cp data/a.txt cp.txt", "argv"),
    ("desc-sh-redirect", ["-f"], "exec 3>out.txt; echo hi >&3; exec 3>&-; cat out.txt", ""),
    py("desc-py-select", PY_SELECT),
    py("desc-py-select-v", PY_SELECT, ["-v"]),
    py("desc-py-fcntl", PY_FCNTL),
    py("desc-py-pty", PY_PTY),
    py("desc-py-pty-v", PY_PTY, ["-v"]),
    # script copies through the pty in chunks that vary, and reads a
    # signalfd that carries pids: the pty set-up calls are the point
    # (stty rows/cols would race a SIGWINCH with the shell's exit)
    ("desc-script-stty", ["-f", "-e", "trace=ioctl,fcntl,dup,dup2,dup3,pipe2"],
     "script -qc 'stty -a; stty size' /dev/null", ""),
]
