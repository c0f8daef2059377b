"""Differential cases of NETLINK_SOCK_DIAG: tests/progs/sockdiag_query
(UNIX and netlink sockets of its own asked for by inode or protocol, and
crafted messages of every family), and ss dumping TCP and UDP sockets on
fixed loopback ports, filtered in the kernel to the sockets the case's
script holds, so that other tests' sockets never enter the reply.

The connections are closed by RST (SO_LINGER 0): a TIME_WAIT left by the
strace run would otherwise show up in the sctrace run's dump."""

import os

BUILD = os.environ.get("BUILD", os.path.join(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "build"))
QUERY = os.path.join(BUILD, "tests", "progs", "sockdiag_query")

# a TCP connection from port 2404 to 2400 with 10 bytes unread (fixed
# ports: the kernel lists connections in the order of their hash), TCP listeners on
# 127.0.0.1:2400 and [::1]:2401, UDP on [::1]:2402 and 127.0.0.1:2403;
# then the ss command given as arguments
PY_SOCKETS = r"""
import socket, struct, subprocess, sys
rst = struct.pack("ii", 1, 0)
srv = socket.socket(); srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 2400)); srv.listen(4)
cl = socket.socket(); cl.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
cl.bind(("127.0.0.1", 2404)); cl.connect(("127.0.0.1", 2400)); a, _ = srv.accept()
for s in (cl, a): s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, rst)
cl.sendall(b"x" * 10)
s6 = socket.socket(socket.AF_INET6); s6.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s6.bind(("::1", 2401)); s6.listen(1)
u6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM); u6.bind(("::1", 2402))
u4 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u4.bind(("127.0.0.1", 2403))
sys.exit(subprocess.run(sys.argv[1:]).returncode)
"""

SS_CALLS = ["-f", "-e", "trace=sendmsg,recvmsg,sendto,recvfrom",
            "-e", "signal=none"]


def with_sockets(ss):
    code = PY_SOCKETS.replace("'", "\"").strip()
    return "command -v ss >/dev/null && python3 -c '%s' %s" % (code, ss)


TCP = '"sport = :2400 or sport = :2404 or sport = :2401"'
UDP = '"sport = :2402 or sport = :2403"'

CASES = [
    ("sockdiag-query", [], QUERY, "argv"),
    ("sockdiag-query-v", ["-v"], QUERY, "argv"),
    ("sockdiag-query-raw", ["-X", "raw"], QUERY, "argv"),
    ("sockdiag-query-verbose", ["-X", "verbose"], QUERY, "argv"),
    ("sockdiag-query-s256", ["-s", "256"], QUERY, "argv"),
    ("sockdiag-query-s4", ["-s", "4"], QUERY, "argv"),
    ("sockdiag-query-x", ["-x"], QUERY, "argv"),
    ("sockdiag-query-xx", ["-xx"], QUERY, "argv"),
    ("sockdiag-ss-tan", SS_CALLS, with_sockets("ss -tan " + TCP), ""),
    ("sockdiag-ss-tan-v", SS_CALLS + ["-v"], with_sockets("ss -tan " + TCP), ""),
    ("sockdiag-ss-tan-raw", SS_CALLS + ["-X", "raw"], with_sockets("ss -tan " + TCP), ""),
    ("sockdiag-ss-tan-verbose", SS_CALLS + ["-X", "verbose"], with_sockets("ss -tan " + TCP), ""),
    ("sockdiag-ss-lnp", SS_CALLS, with_sockets("ss -lnpt " + TCP), ""),
    ("sockdiag-ss-tinm", SS_CALLS + ["-s", "256"], with_sockets("ss -tinm " + TCP), ""),
    ("sockdiag-ss-tiepm-verbose", SS_CALLS + ["-X", "verbose"], with_sockets("ss -tiepmO " + TCP), ""),
    ("sockdiag-ss-uan", SS_CALLS, with_sockets("ss -uan " + UDP), ""),
    ("sockdiag-ss-uiepm-raw", SS_CALLS + ["-X", "raw"], with_sockets("ss -uiepm " + UDP), ""),
    # the machine's packet sockets: there are normally none
    ("sockdiag-ss-packet", SS_CALLS, "command -v ss >/dev/null && ss -0 -a", ""),
]
