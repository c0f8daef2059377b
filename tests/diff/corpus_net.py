"""Differential cases of the net family: the test programs, loopback
TCP/UDP clients and servers, name resolution from /etc/hosts, iproute2
and an HTTP fetch from a local server. Traffic stays on loopback and
UNIX sockets; every case is bounded."""

import os

BUILD = os.environ.get("BUILD", os.path.join(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "build"))


def prog(name):
    return os.path.join(BUILD, "tests", "progs", name)


# TCP and UDP over IPv4 and IPv6 loopback, client and server in threads
PY_NET = r"""
import socket
for fam, host in ((socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")):
    srv = socket.socket(fam); srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind((host, 0)); srv.listen(1)
    cl = socket.socket(fam); cl.connect(srv.getsockname()[:2])
    cl.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    c, peer = srv.accept(); cl.sendall(b"hello"); c.sendall(c.recv(100).upper())
    print(cl.recv(100)); c.close(); cl.close(); srv.close()
    u = socket.socket(fam, socket.SOCK_DGRAM); u.bind((host, 0))
    d = socket.socket(fam, socket.SOCK_DGRAM); d.sendto(b"x" * 40, u.getsockname())
    print(u.recvfrom(100)[0]); u.close(); d.close()
a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
socket.send_fds(a, [b"fd"], [0]); print(socket.recv_fds(b, 10, 1)[0])
"""

PY_RESOLVE = r"""
import socket
print(len(socket.getaddrinfo("localhost", 80)))
print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM)[0][4])
print(socket.if_nameindex()[0])
"""

# one HTTP request to a server on a loopback port chosen by the kernel;
# the whole response goes out in one write, so the client reads it in the
# same pieces in every run
PY_HTTP = r"""
import os, socket, sys, threading
srv = socket.socket(); srv.bind(("127.0.0.1", 0)); srv.listen(1)
def serve():
    c, _ = srv.accept(); c.recv(4096)
    c.sendall(b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok"); c.close()
t = threading.Thread(target=serve); t.start()
url = "http://127.0.0.1:%d/" % srv.getsockname()[1]
# posix_spawn opens no fds in this process (subprocess's exec-status
# pipe would take the accepted socket's fd number, or not, by timing)
pid = os.posix_spawnp(sys.argv[1], sys.argv[1:] + [url], os.environ)
os.waitpid(pid, 0)
t.join(); srv.close()
"""


NET_ONLY = ["-e", "trace=%network", "-e", "signal=none"]


def py(code):
    return "python3 -c '%s'" % code.replace("'", "\"").strip()


CASES = [
    ("net-socket", [], prog("net_socket"), "argv"),
    ("net-addr", [], prog("net_addr"), "argv"),
    ("net-tcp", ["-f", "-e", "signal=none"], prog("net_tcp"), "argv"),
    ("net-msg", [], prog("net_msg"), "argv"),
    ("net-msg-y", ["-y"], prog("net_msg"), "argv"),
    ("net-sockopt", [], prog("net_sockopt"), "argv"),
    ("net-sockopt-v0", ["-e", "verbose=none"], prog("net_sockopt"), "argv"),
    ("net-msg-v0", ["-e", "verbose=none"], prog("net_msg"), "argv"),
    ("net-netlink", [], prog("net_netlink"), "argv"),
    ("net-netlink-s", ["-s", "4000"], prog("net_netlink"), "argv"),
    ("net-netlink-x", ["-x"], prog("net_netlink"), "argv"),
    # the network calls of programs whose other calls other families decode
    ("net-py", ["-f"] + NET_ONLY, py(PY_NET), ""),
    ("net-py-resolve", ["-f"] + NET_ONLY, py(PY_RESOLVE), ""),
    ("net-getent", [], "getent ahosts localhost", "argv"),
    ("net-ip-addr", ["-f"], "command -v ip >/dev/null && ip addr", ""),
    ("net-ip-link-s", ["-f", "-s", "4000"], "command -v ip >/dev/null && ip link", ""),
    ("net-ip6-addr", ["-f"], "command -v ip >/dev/null && ip -6 addr", ""),
    ("net-ip-route", ["-f"], "command -v ip >/dev/null && ip route && ip -6 route", ""),
    ("net-ip-neigh-rule", ["-f"], "command -v ip >/dev/null && ip neigh show dev lo && ip rule && ip -6 rule && ip netconf", ""),
    ("net-tc", ["-f"], "command -v tc >/dev/null && tc qdisc", ""),
    ("net-curl", ["-f"] + NET_ONLY, "command -v curl >/dev/null && %s curl -s" % py(PY_HTTP), ""),
    ("net-wget", ["-f"] + NET_ONLY, "command -v wget >/dev/null && %s wget -q -O -" % py(PY_HTTP), ""),
]
