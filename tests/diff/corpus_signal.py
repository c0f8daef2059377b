"""Differential cases of the signal, time and ipc families: the test
programs tests/progs/sig_*.c (each makes its calls with their edge cases
and receives each kind of signal) and real commands that use signals,
timers and System V IPC. Names carry "signal", "time" or "ipc" so that
make check TESTS=signal (time, ipc) selects them."""

import os


def prog(name):
    return os.path.join(os.environ.get("BUILD", "build"), "tests/progs", name)


# timers interrupting a select, a blocked signal taken by sigtimedwait,
# the pending set, an alarm cancelled
PY_SIGNALS = r"""
import signal, select, time, os
signal.signal(signal.SIGALRM, lambda s, f: None)
signal.setitimer(signal.ITIMER_REAL, 0.01)
try:
    select.select([], [], [], 0.5)
except InterruptedError:
    pass
signal.setitimer(signal.ITIMER_REAL, 0)
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
os.kill(os.getpid(), signal.SIGUSR1)
print(signal.sigpending())
print(signal.sigtimedwait([signal.SIGUSR1], 0.1))
print(signal.sigtimedwait([signal.SIGUSR2], 0.001))
signal.alarm(5)
signal.alarm(0)
time.sleep(0.001)
print(time.time() > 0, time.monotonic() > 0)
"""

# a child that exits and one that is killed, seen through SIGCHLD
PY_CHILDREN = r"""
import os, signal
signal.signal(signal.SIGCHLD, lambda s, f: None)
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGCHLD])
pid = os.fork()
if pid == 0:
    os._exit(7)
print(signal.sigwaitinfo([signal.SIGCHLD]).si_status)
os.waitpid(pid, 0)
"""


def py(code):
    return "python3 -c '%s'" % code.replace("'", "\"").strip()


CASES = [
    ("signal-action", [], prog("sig_action"), "argv"),
    ("signal-info", [], prog("sig_info"), "argv"),
    ("signal-recv", [], prog("sig_recv"), "argv"),
    ("signal-recv-trace", ["-e", "trace=%signal"], prog("sig_recv"), "argv"),
    ("signal-recv-quiet", ["-e", "signal=SIGCHLD,SIGSEGV"], prog("sig_recv"),
     "argv"),
    ("signal-badframe", [], prog("sig_badframe"), "argv"),
    ("signal-timeout", [], "timeout 5 sleep 0.01", "argv"),
    ("signal-py", [], py(PY_SIGNALS), ""),
    ("signal-py-children", [], py(PY_CHILDREN), ""),
    ("time-clocks", [], prog("sig_time"), "argv"),
    ("time-clocks-trace", ["-e", "trace=%clock"], prog("sig_time"), "argv"),
    ("time-timers", [], prog("sig_timer"), "argv"),
    ("time-date", [], "date -d @0 +%s", "argv"),
    ("time-sleep-short", [], "sleep 0.001", "argv"),
    ("ipc-sysv", [], prog("sig_ipc"), "argv"),
    ("ipc-sysv-trace", ["-e", "trace=%ipc"], prog("sig_ipc"), "argv"),
    ("ipc-ipcs-summary", [], "ipcs -u", "argv"),
]
