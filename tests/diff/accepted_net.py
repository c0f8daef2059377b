"""What the net family decodes exactly, and the differences accepted in
its differential cases (values that differ from one run to the next)."""

DECODED = [
    "socket", "socketpair", "bind", "connect", "listen", "accept",
    "accept4", "shutdown", "getsockname", "getpeername", "sendto",
    "recvfrom", "sendmsg", "recvmsg", "sendmmsg", "recvmmsg",
    "setsockopt", "getsockopt",
]

_LINK_STATS = ("rx_packets|tx_packets|rx_bytes|tx_bytes|rx_errors|tx_errors|"
               "rx_dropped|tx_dropped|multicast|collisions|rx_length_errors|"
               "rx_over_errors|rx_crc_errors|rx_frame_errors|rx_fifo_errors|"
               "rx_missed_errors|tx_aborted_errors|tx_carrier_errors|"
               "tx_fifo_errors|tx_heartbeat_errors|tx_window_errors|"
               "rx_compressed|tx_compressed|rx_nohandler|rx_otherhost_dropped")

RULES = [
    (r"htons\((3[2-9]\d{3}|[4-5]\d{4}|60\d{3})\)", "htons(EPHEMERAL)",
     "the kernel picks a new ephemeral port in each run"),
    (r"\b(nl_pid|nlmsg_pid)=-\d+", r"\1=AUTOBIND",
     "a process's second netlink socket gets a random negative port id"),
    (r"\bnlmsg_seq=\d{9,}", "nlmsg_seq=TIME",
     "glibc and iproute2 number their requests with time(NULL)"),
    (r"\b(%s)=\d+" % _LINK_STATS, r"\1=N",
     "interface counters move with the traffic of other tests"),
    (r"\[((IPSTATS|ICMP6)_MIB_[A-Z0-9_]+)\]=\d+", r"[\1]=N",
     "IPv6 counters move with the traffic of other tests"),
    (r"\breachable_time=\d+", "reachable_time=N",
     "the kernel re-randomises the neighbour reachable time"),
    (r"\bndm_(confirmed|used|updated)=\d+", r"ndm_\1=N",
     "neighbour entry ages are clock ticks"),
    (r"\{bytes=\d+, packets=\d+", "{bytes=N, packets=N",
     "qdisc counters move with the traffic of other tests"),
]
