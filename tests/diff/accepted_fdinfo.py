"""-y/-yy annotations: what must match strace exactly, and the
differences accepted on purpose (see tests/diff/accepted.py)."""

# Calls whose lines must now match strace exactly: their arguments are
# decoded by signature and every fd in them is annotated by fdinfo.
DECODED = ["close", "dup", "dup2", "dup3", "fsync", "fdatasync", "fchdir"]

_PROTOS = r"(?:TCP|TCPv6|UDP|UDPv6|UDPLITEv6|RAW|RAWv6|PING|PINGv6|UNIX|UNIX-STREAM|NETLINK)"

RULES = [
    # values that differ from run to run, on both sides
    (r"\b(" + _PROTOS + r"):\[\d+(?=[\],]|->)", r"\1:[INO",
     "socket inodes differ between runs"),
    (r"(UNIX(?:-STREAM)?:\[INO)->\d+", r"\1->INO",
     "the peer's inode differs between runs"),
    (r"((?:\d+\.){3}\d+|\]):\d+(?=->|\]>)", r"\1:PORT",
     "ephemeral ports differ between runs"),
    (r"(NETLINK:\[[A-Z_0-9]+):[^\]]+\]", r"\1:PORTID]",
     "netlink port ids differ between runs"),
    (r"/#\d+>", "/#INO>", "O_TMPFILE names carry the inode"),
    (r"((?:\\x70\\x69\\x70\\x65|\\x73\\x6f\\x63\\x6b\\x65\\x74)\\x3a\\x5b)(?:\\x3[0-9])+",
     r"\1INO", "-xx: pipe:[ and socket:[ inodes in hex"),
    (r"/dev/pts/\d+", "/dev/pts/N", "pty numbers differ between runs"),
    (r"^((?:P\d+ )?)\[[0-9a-f]{16}\] ", r"\1[0000000000000000] ",
     "-i: addresses differ between runs (ASLR)"),
    (r"<char 136:\d+>", "<char 136:N>", "pty numbers differ between runs"),
    # deliberate differences
    (r"\b(9[01])<(?:UDP|TCP):\[[^\]]*\]>", r"\1<STALE-IN-STRACE>",
     "strace 6.1 keeps the first TCP/UDP details it found for an inode "
     "for the rest of the run (a socket bound, then connected, still "
     "shows only its bound address); sctrace shows what sock_diag says "
     "now. fd_sockets makes these cases at fds 90 and 91 only"),
]
