"""Differential cases of the gaps the families left: the test programs of
every family under -X raw and -X verbose (numbers for constants, numbers
with their names in comments), and the programs tests/progs/gaps_*.c
(socket ioctls, flag words in parts, quota structures, ...).
Every case name starts with "gaps-" (make check TESTS=gaps)."""

import os

BUILD = os.environ.get("BUILD", os.path.join(os.path.dirname(os.path.dirname(
    os.path.dirname(os.path.abspath(__file__)))), "build"))


def prog(name):
    return os.path.join(BUILD, "tests/progs", name)


# the family programs that run alone (no -f)
SINGLE = ["desc_aio", "desc_events", "desc_fcntl", "desc_getdents", "desc_io",
          "desc_ioctl", "desc_misc", "desc_poll", "file_fake", "file_mount",
          "file_open", "file_paths", "file_stat", "file_xattr", "net_addr",
          "net_msg", "net_netlink", "net_socket", "net_sockopt", "proc_ident",
          "proc_memory", "sig_action", "sig_badframe", "sig_info", "sig_ipc",
          "sig_recv", "sig_time", "sig_timer", "fd_kinds", "gaps_xlat"]
# strace 6.1 under -X verbose gives up on sig_action's full signal sets
# ("sprintsigmask_n: got unexpected return value") and detaches
NOT_VERBOSE = {"sig_action"}

CASES = []
for _p in SINGLE:
    _name = _p.replace("_", "-")
    CASES.append(("gaps-%s-xraw" % _name, ["-X", "raw"], prog(_p), "argv"))
    if _p not in NOT_VERBOSE:
        CASES.append(("gaps-%s-xverbose" % _name, ["-X", "verbose"],
                      prog(_p), "argv"))

# socket ioctls: GET requests on the interfaces there are, SET requests in
# a network namespace of the program's own, odd structures faked by seccomp
for _p in ("gaps_sockioctl", "gaps_sockioctl_ns", "gaps_sockioctl_fake"):
    for _opts, _tag in (([], ""), (["-X", "raw"], "-xraw"),
                        (["-X", "verbose"], "-xverbose"), (["-s", "1"], "-s1"),
                        (["-v"], "-v"), (["-e", "verbose=none"], "-noverbose"),
                        (["-xx"], "-xx")):
        CASES.append(("gaps-%s%s" % (_p[5:].replace("_", "-"), _tag), _opts,
                      prog(_p), "argv"))

# quotactl's structures (real calls, then faked ones), and the smaller
# items of gaps_misc
for _p, _optsets in (
        ("gaps_quota", ([], ["-v"], ["-X", "raw"], ["-X", "verbose", "-v"],
                        ["-e", "verbose=none"])),
        ("gaps_misc", ([], ["-v"], ["-y"], ["-yy"], ["-X", "raw"],
                       ["-X", "verbose", "-v"], ["-e", "verbose=none"]))):
    for _opts in _optsets:
        CASES.append(("gaps-%s%s" % (_p[5:], "".join(
            "-" + o.lstrip("-").replace("=", "") for o in _opts)), _opts,
            prog(_p), "argv"))

CASES += [
    ("gaps-proc-spawn-xraw", ["-f", "-X", "raw"], prog("proc_spawn"), "argv"),
    ("gaps-proc-spawn-xverbose", ["-f", "-X", "verbose"], prog("proc_spawn"),
     "argv"),
    # real commands
    ("gaps-ls-xraw", ["-X", "raw"], "ls -la data", "argv"),
    ("gaps-ls-xverbose", ["-X", "verbose", "-v"], "ls -la data", "argv"),
    ("gaps-stat-xverbose", ["-X", "verbose"], "stat data/a.txt data/link",
     "argv"),
    ("gaps-sh-xraw", ["-f", "-X", "raw"], "echo hi | cat", "racy"),
    ("gaps-xlat", [], prog("gaps_xlat"), "argv"),
]
