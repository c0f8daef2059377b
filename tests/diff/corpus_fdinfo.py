"""-y and -yy on every kind of fd (tests/progs/fd_*.c) and on real
commands that use files, pipes and sockets."""

import os

import corpus

_B = os.environ.get("BUILD", "build")
KINDS = os.path.join(_B, "tests/progs/fd_kinds")
SOCKETS = os.path.join(_B, "tests/progs/fd_sockets")
CHAIN = os.path.join(_B, "tests/progs/fd_chain")

PY_UNIX = r"""
import socket, os
p = "u.sock"
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM); s.bind(p); s.listen(1)
c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM); c.connect(p)
a, _ = s.accept(); c.sendall(b"hi"); print(a.recv(10))
d = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM); d.bind("d.sock")
e = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM); e.connect("d.sock"); e.send(b"x"); print(d.recv(10))
for x in (a, c, s, d, e): x.close()
os.unlink(p); os.unlink("d.sock")
"""

# one thread: the corpus's PY_TCP uses a thread, whose futex calls differ
# from run to run
PY_TCP1 = r"""
import socket
srv = socket.socket(); srv.bind(("127.0.0.1", 0)); srv.listen(1)
cl = socket.create_connection(srv.getsockname()); c, _ = srv.accept()
cl.sendall(b"hello"); c.sendall(c.recv(100).upper()); print(cl.recv(100))
six = socket.socket(socket.AF_INET6); six.bind(("::1", 0)); six.listen(1)
c6 = socket.create_connection(six.getsockname()[:2]); a6, _ = six.accept()
for x in (c, cl, srv, a6, c6, six): x.close()
"""

PY_UDP = r"""
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 0))
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); c.connect(s.getsockname())
c.send(b"ping"); print(s.recv(10)); c.close(); s.close()
"""


def _py(src):
    # exec: no shell child whose SIGCHLD line is another family's
    return "exec python3 -c '%s'" % src.replace("'", "\"").strip()


CASES = [
    ("fd-kinds-y", ["-y"], KINDS, "argv"),
    ("fd-kinds-yy", ["-yy"], KINDS, "argv"),
    ("fd-kinds-y-x", ["-y", "-x"], KINDS, "argv"),
    ("cat-y-xx", ["-y", "-xx"], "cat data/a.txt", "argv"),
    ("fd-kinds-dev", ["-e", "decode-fds=dev"], KINDS, "argv"),
    ("fd-kinds-pidfd", ["-e", "decode-fds=pidfd"], KINDS, "argv"),
    ("fd-sockets-y", ["-y"], SOCKETS, "argv"),
    ("fd-sockets-yy", ["-yy"], SOCKETS, "argv"),
    ("fd-sockets-socket", ["-e", "decode-fds=socket"], SOCKETS, "argv"),
    ("cat-yy", ["-yy"], "cat data/a.txt data/sub/c.txt", "argv"),
    ("cat-dev-yy", ["-yy"], "cat /dev/null", "argv"),
    # processes, pipes and TCP between them (shell pipelines would do, but
    # where their SIGCHLD lines fall differs from run to run)
    ("fd-chain-y", ["-f", "-y"], CHAIN, "argv"),
    ("fd-chain-yy", ["-f", "-yy"], CHAIN, "argv"),
    ("find-y", ["-y"], "find data", "argv"),
    ("ls-l-yy", ["-yy"], "ls -l --time-style=+%s data", "argv"),
    ("py-tcp-yy", ["-yy"], _py(PY_TCP1), "threads"),
    ("py-sockpair-yy", ["-yy"], _py(corpus.PY_SOCKPAIR), ""),
    ("py-unix-yy", ["-yy"], _py(PY_UNIX), ""),
    ("py-udp-yy", ["-yy"], _py(PY_UDP), "threads"),
]
