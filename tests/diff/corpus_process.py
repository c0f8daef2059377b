"""Differential cases of the process and memory families: real commands
that fork, exec, wait, make threads and set limits, and the family's own
test programs (tests/progs/proc_*.c)."""

import os

BUILD = os.environ.get("BUILD", os.path.join(os.path.dirname(os.path.dirname(
    os.path.dirname(os.path.abspath(__file__)))), "build"))


def prog(name):
    return os.path.join(BUILD, "tests/progs", name)


PY_MP = r"""
import multiprocessing as mp
def sq(x): return x * x
if __name__ == "__main__":
    ctx = mp.get_context("fork")
    with ctx.Pool(2) as p: print(p.map(sq, range(4)))
"""

PY_THREADS = r"""
import threading
def work(): sum(range(1000))
ts = [threading.Thread(target=work) for i in range(2)]
[t.start() for t in ts]; [t.join() for t in ts]
"""

# python multiprocessing and thread pools contend on futexes in an order
# that differs from run to run, so they are not cases here
CASES = [
    ("proc-memory", [], prog("proc_memory"), "argv"),
    ("proc-memory-s2", ["-s", "2"], prog("proc_memory"), "argv"),
    ("proc-memory-v", ["-v"], prog("proc_memory"), "argv"),
    ("proc-ident", [], prog("proc_ident"), "argv"),
    ("proc-ident-v", ["-v"], prog("proc_ident"), "argv"),
    ("proc-ident-s8", ["-s", "8"], prog("proc_ident"), "argv"),
    ("proc-spawn", ["-f"], prog("proc_spawn"), "argv"),
    ("proc-spawn-v", ["-f", "-v"], prog("proc_spawn"), "argv"),
    ("proc-spawn-s8", ["-f", "-s", "8"], prog("proc_spawn"), "argv"),
    ("sh-subshell-wait", ["-f"], "(sleep 0.01; exit 3); echo $?", ""),
    ("sh-ulimit", ["-f"], "ulimit -n 256; ulimit -s; ulimit -c 0; ulimit -a >/dev/null", ""),
    ("sh-umask", [], "umask 027; umask", ""),
    ("env-true", ["-f"], "env -i A=1 /bin/true", "argv"),
    ("env-v", ["-f", "-v"], "env -i A=1 B=2 /bin/true", "argv"),
    ("nice", ["-f"], "nice -n 5 /bin/true", "argv"),
    ("nohup", ["-f"], "nohup /bin/true", "argv"),
    ("timeout", ["-f"], "timeout 5 /bin/true", "argv"),
    ("taskset", ["-f"], "taskset -c 0 /bin/true", "argv"),
    ("taskset-p", [], "taskset -p 1", "argv"),
    ("id", [], "id", "argv"),
    ("id-v", ["-v"], "id -G", "argv"),
    ("uname-v", ["-v"], "uname -a", "argv"),
    ("nproc", [], "nproc", "argv"),
    ("ionice", ["-f"], "ionice -c 3 /bin/true", "argv"),
    ("chrt", ["-f"], "chrt -o 0 /bin/true", "argv"),
    ("prlimit", ["-f"], "prlimit --nofile=128:256 /bin/true", "argv"),
    ("setsid", ["-f"], "setsid /bin/true", "argv"),
]
