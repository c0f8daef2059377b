"""Every difference between sctrace and strace 6.1 that the differential
harness (tests/suites/diff.py) accepts, each with its reason, in this one
file. Every other line of every case must be identical.

RULES: (regex, replacement, reason), applied to the normalised lines of
both traces before they are compared. STRACE_ONLY / SCTRACE_ONLY: the
same, applied to one side only.

Almost all rules hide values that differ between any two runs of the same
program (ports, inodes, ids, times, counters, random bytes, ASLR); strace
traced twice differs in the same places. The deliberate differences,
where sctrace prints something else on purpose, are these:
  - calls newer than strace 6.1 (NEW_SYSCALLS; mseal, map_shadow_stack):
    strace prints syscall_0x1c3(...), sctrace names and decodes them;
  - restart_syscall: sctrace names the call really interrupted;
  - -y on a TCP/UDP socket (fds 90 and 91 of tests/progs/fd_sockets.c):
    strace 6.1 keeps the first details it found for an inode, sctrace
    shows the socket as it is now."""

RULES = []

# strace 6.1 predates these calls and prints them as syscall_0x1c3(...);
# sctrace names them (the running kernel has them)
NEW_SYSCALLS = ["cachestat", "fchmodat2", "map_shadow_stack", "futex_wake",
                "futex_wait", "futex_requeue", "statmount", "listmount",
                "lsm_get_self_attr", "lsm_set_self_attr", "lsm_list_modules",
                "mseal", "setxattrat", "getxattrat", "listxattrat",
                "removexattrat", "open_tree_attr", "file_getattr",
                "file_setattr", "uretprobe", "uprobe"]

RULES += [
    # -e raw=: pids returned in hex escape the pid normaliser
    (r"^((?:P\d+ )?(?:set_tid_address|getpid|gettid|getppid|clone3?|v?fork)\(.*\) = )0x[0-9a-f]+$",
     r"\g<1>0xPID", "a pid the process gets differs from run to run"),
    # restart_syscall: strace names the interrupted call from its last
    # decoded call, "read" for a process it just attached to; sctrace
    # reads the real one from /proc/PID/syscall
    (r"^restart_syscall\(<\.\.\. resuming interrupted [a-z0-9_]+ \.\.\.>",
     "restart_syscall(<... resuming interrupted CALL ...>",
     "sctrace names the call actually interrupted"),
]

# ---- files and descriptors (desc family) -------------------------------

RULES += [
    # a directory made by the traced program gets new inode numbers on
    # each run (the strace run and the sctrace run)
    (r"\bd_ino=\d+", "d_ino=N",
     "inode numbers of entries made afresh in each run"),
    # the harness normalises addresses of 9 hex digits and more; a heap
    # below 4 GiB (python's, grown with brk) gives getdents buffers of 8
    (r"^((?:P\d+ )?getdents(?:64)?\(\d+(?:<[^>]*>)?, )0x[0-9a-f]{1,8}\b",
     r"\g<1>0xADDR",
     "short heap addresses escape the harness' address normalisation"),
    # python stores the fd in epoll_data and leaves the other half as the
    # stack had it
    (r"(data=\{u32=\d+, u64=)\d{10,}\}", r"\g<1>N}",
     "uninitialised upper half of epoll_data differs from run to run"),
    # perl seeds its hash function with 4 bytes of /dev/urandom
    (r'^((?:P\d+ )?read\(\d+(?:<[^>]*>)?, )"(?:[^"\\]|\\.)*"(, 4\) = 4)$',
     r'\g<1>"RANDOM"\g<2>', "4 random bytes differ from run to run"),
    # dd reports how fast it copied: the message's length varies
    (r'^((?:P\d+ )?write\(2(?:<[^>]*>)?, "\d+ bytes \([^"]*"\.\.\., )\d+\) = \d+$',
     r"\g<1>N) = N", "dd's timing message differs from run to run"),
    # -i: where the call was made moves with ASLR between the two runs
    (r"^((?:P\d+ )?)\[[0-9a-f]{16}\] ", r"\g<1>[0000000000000000] ",
     "instruction pointers differ from run to run (ASLR)"),
]

# ---- paths and file metadata (file family) -----------------------------

RULES += [
    # the free counts of a live file system move between the two runs
    (r"\b(f_bfree|f_bavail|f_ffree)=\d+", r"\1=N",
     "statfs free counts change between the two traced runs"),
    # the harness normalises tv_sec only; files made during the run have
    # other times in each run
    (r"\b(stx_[abcm]time)=N, tv_nsec=\d+\}( /\* [^*]* \*/)?", r"\1=N",
     "statx times of files made during the run differ between runs"),
]

RULES += [
    # mkstemp names are random in each run (git's temporary files)
    (r"(/\.git/(?:objects/[0-9a-f]{2}/)?(?:tmp_obj_|t))[A-Za-z0-9]{6}\b",
     r"\1XXXXXX", "git's temporary file names are random"),
]

# ---- processes and memory ----------------------------------------------

RULES += [
    (r"^((?:\S+ )*futex\()0x[0-9a-f]+", r"\1ADDR",
     "futex words on the heap have randomised addresses too short for the address normaliser"),
    (r"getrandom\(\"(?:\\x[0-9a-f]{2})*\"(?:\.\.\.)?", 'getrandom("RANDOM"',
     "random bytes differ between runs (any line prefix)"),
    # values that differ from run to run: the heap's random base (brk
    # addresses too short for the address normaliser), pids returned where
    # a timestamp or -n prefix hides them from the pid normaliser, and the
    # instruction pointer of -i under ASLR
    (r"^((?:\S+ )*brk\()0x[0-9a-f]+(\) = )0x[0-9a-f]+$", r"\1ADDR\2ADDR",
     "brk addresses are randomised"),
    (r"^((?:\S+ )*brk\(NULL\) = )0x[0-9a-f]+$", r"\1ADDR",
     "brk addresses are randomised"),
    (r"^((?:\[ *\d+\] )?(?:getpid|gettid|getppid|set_tid_address)\(.*\) = )\d+$",
     r"\1PID", "pids differ between runs"),
    # counters that differ from run to run
    (r"(ru_(?:maxrss|minflt|majflt|nvcsw|nivcsw|inblock|oublock))=\d+", r"\1=N",
     "resource usage differs between runs"),
    (r"(uptime|freeram|sharedram|bufferram|freeswap|procs)=\d+", r"\1=N",
     "system load differs between runs"),
    (r"loads=\[\d+, \d+, \d+\]", "loads=[N, N, N]",
     "system load differs between runs"),
    # strace 6.1 does not know these calls and prints syscall_0x1ce(...)
    # with six hex arguments; sctrace names them and decodes the three
    # arguments they take
    (r"^(P\d+ )?(?:syscall_0x1ce|mseal)\(.*", r"\1mseal(...)",
     "mseal is newer than strace 6.1"),
    (r"^(P\d+ )?(?:syscall_0x1c5|map_shadow_stack)\(.*", r"\1map_shadow_stack(...)",
     "map_shadow_stack is newer than strace 6.1"),
]

# ---- signals, time and System V IPC ------------------------------------

_IPC_CALLS = r"(?:shmat|shmctl|semop|semtimedop|semctl|msgsnd|msgrcv|msgctl)"

RULES += [
    # the clock moves between the two runs
    (r"^(time\(\[)\d+ /\* [-0-9T:+]+ \*/\]", r"\1N /* DATE */]",
     "time(2) returns the time of the run"),
    (r"^(time\(.*\) = )\d+ \([-0-9T:+]+\)$", r"\1N (DATE)",
     "time(2) returns the time of the run"),
    (r"^(times\(.*\) = )\d+$", r"\1N",
     "times(2) returns clock ticks since boot"),
    (r"\btms_(u|s|cu|cs)time=\d+", r"tms_\1time=N",
     "CPU time used differs from run to run"),
    (r"^((?:clock_adjtime\([^,]+, |adjtimex\()\{modes=[^,]*, )offset=-?\d+, "
     r"freq=-?\d+, maxerror=\d+, esterror=\d+",
     r"\1offset=N, freq=N, maxerror=N, esterror=N",
     "a time daemon changes the clock discipline between the runs"),
    (r"(si_pid=P\d+, si_uid=\d+, si_status=[^,]+, )si_utime=\d+"
     r"(?: /\* [\d.]+ s \*/)?, si_stime=\d+(?: /\* [\d.]+ s \*/)?",
     r"\1si_utime=N, si_stime=N",
     "the CPU time a real child used differs from run to run"),
    (r"\b(shm_[acd]time|sem_[oc]time|msg_[src]time)=\d+", r"\1=N",
     "System V IPC times are the time of the run"),
    # each run gets new IPC ids
    (r"^((?:shm|sem|msg)get\(.*\) = )\d+$", r"\1ID",
     "System V IPC ids are allocated afresh in each run"),
    (r"^(" + _IPC_CALLS + r")\(\d+, ", r"\1(ID, ",
     "System V IPC ids are allocated afresh in each run"),
    (r"^((?:shm|sem|msg)ctl\(.*(?:_INFO|_STAT|_STAT_ANY), .*\) = )\d+$",
     r"\1ID", "the INFO and STAT commands return an IPC id or index"),
]

# ---- sockets and netlink -----------------------------------------------

_LINK_STATS = ("rx_packets|tx_packets|rx_bytes|tx_bytes|rx_errors|tx_errors|"
               "rx_dropped|tx_dropped|multicast|collisions|rx_length_errors|"
               "rx_over_errors|rx_crc_errors|rx_frame_errors|rx_fifo_errors|"
               "rx_missed_errors|tx_aborted_errors|tx_carrier_errors|"
               "tx_fifo_errors|tx_heartbeat_errors|tx_window_errors|"
               "rx_compressed|tx_compressed|rx_nohandler|rx_otherhost_dropped")

RULES += [
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

# ---- sock_diag (ss) ----------------------------------------------------

RULES += [
    (r"\b(idiag_inode|udiag_ino|ndiag_ino|pdiag_ino)=[1-9]\d*", r"\1=INO",
     "sockets made in each run get new inode numbers"),
    (r"\b(idiag|udiag|ndiag|pdiag)_cookie=\[\d{4,}, 0\]", r"\1_cookie=COOKIE",
     "the kernel numbers each new socket with a fresh cookie"),
    (r"(nla_type=(?:UNIX_DIAG_PEER|0x2(?: /\* UNIX_DIAG_PEER \*/)?)\}, )\d{4,}\]",
     r"\1INO]", "the peer of a new UNIX socket is a new inode"),
    (r"(nla_type=(?:INET_DIAG_INFO|0x2 /\* INET_DIAG_INFO \*/)\}, )\"(?:[^\"\\]|\\.)*\"(?:\.\.\.)?",
     r"\1TCP_INFO", "tcp_info (strace shows its bytes): RTTs, timestamps, counters"),
    (r"\{bbr_bw_lo=[^}]*\}", "{BBR}",
     "BBR's bandwidth and RTT estimates differ from run to run"),
]

# ---- -y / -yy annotations ----------------------------------------------

_PROTOS = r"(?:TCP|TCPv6|UDP|UDPv6|UDPLITEv6|RAW|RAWv6|PING|PINGv6|UNIX|UNIX-STREAM|NETLINK)"

RULES += [
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
    (r"<char 136:\d+>", "<char 136:N>", "pty numbers differ between runs"),
    # deliberate differences
    (r"\b(9[01])<(?:UDP|TCP):\[[^\]]*\]>", r"\1<STALE-IN-STRACE>",
     "strace 6.1 keeps the first TCP/UDP details it found for an inode "
     "for the rest of the run (a socket bound, then connected, still "
     "shows only its bound address); sctrace shows what sock_diag says "
     "now. fd_sockets makes these cases at fds 90 and 91 only"),
]

# ---- -c summaries ------------------------------------------------------

# (the harness has already taken the "% time" column for a timestamp)
RULES += [
    (r"^(?:TS +)? *\d+\.\d{6} +\d+ +(\d+ +\d* *\S+)$", r"T \1",
     "-c row: seconds and usecs/call are the clock's"),
    (r"^(\S+ +\d+ +\d*) +\d+\.\d{6} +\d+\.\d{6}( +\d+)?$", r"\1 T",
     "-c -U ... min-time,max-time[,avg-time]: times are the clock's"),
]

# ---- -X raw and -X verbose cases ---------------------------------------

RULES += [
    # IPC_INFO (3), SHM_STAT (0xd), SHM_INFO (0xe), SHM_STAT_ANY (0xf),
    # MSG_STAT (0xb), MSG_INFO (0xc), MSG_STAT_ANY (0xd), SEM_STAT (0x12),
    # SEM_INFO (0x13), SEM_STAT_ANY (0x14) return an index or an id
    (r"^((?:shm|msg)ctl\((?:ID|\d+), 0x(?:3|b|c|d|e|f)(?: /\* [A-Z_]+ \*/)?, .*\) = )\d+$",
     r"\1ID", "the INFO and STAT commands return an IPC id or index"),
    (r"^(semctl\((?:ID|\d+), \d+, 0x(?:3|12|13|14)(?: /\* [A-Z_]+ \*/)?, .*\) = )\d+$",
     r"\1ID", "the INFO and STAT commands return an IPC id or index"),
]

# ---- i386 (32-bit) tracees ---------------------------------------------

_IPC_TIME64 = r"(?:semtimedop_time64)"

RULES += [
    # values that differ from run to run, on both sides
    (r"^(" + _IPC_TIME64 + r")\(\d+, ", r"\1(ID, ",
     "System V IPC ids are allocated afresh in each run"),
    (r"^(msgctl\(.*IPC_INFO, .*\) = )\d+$", r"\1ID",
     "msgctl's IPC_INFO returns the highest index in use"),
    (r"\b(used_ids|shm_tot)=\d+", r"\1=N",
     "SHM_INFO counts every segment of the system"),
    (r"^((?:P\d+ )?times\(.*\) = )\d+$", r"\1N",
     "times(2) returns clock ticks since boot (with -f too)"),
]

# ---- the kernel's races ----------------------------------------------

RULES += [
    # the CLD_STOPPED SIGCHLD of a traced child sometimes carries
    # si_status=0 instead of the stop signal, under strace as under
    # sctrace (sig_recv under -e trace=%signal: 1 and 2 runs in 40)
    (r"(si_code=CLD_STOPPED, si_pid=\S+ si_uid=\d+, si_status=)(?:0|SIGSTOP)\b", r"\1STOPSIG",
     "a traced child's stop is sometimes reported with si_status=0, by the kernel"),
]

# ---- -e raw=all sweeps (tests/diff/corpus_options.py) ------------------

# raw mode prints pids, IPC ids and clock ticks in hex, where the decimal
# normalisers of the harness do not see them
_PID_CALLS = (r"(?:kill|tkill|prlimit64|rt_sigqueueinfo|pidfd_open|process_vm_readv|"
              r"process_vm_writev|wait4|waitid|getpgid|getsid|sched_[a-z_]+)")
RULES += [
    (r"^((?:P\d+ )?" + _PID_CALLS + r"\()0x[0-9a-f]{3,}", r"\1PIDHEX",
     "raw: a pid argument in hex differs from run to run"),
    (r"^((?:P\d+ )?(?:tgkill|kcmp|rt_tgsigqueueinfo)\()0x[0-9a-f]{3,}, 0x[0-9a-f]{3,}",
     r"\1PIDHEX, PIDHEX", "raw: pid arguments in hex differ from run to run"),
    (r"^((?:P\d+ )?wait4\(.*\) = )0x[0-9a-f]{3,}$", r"\1PIDHEX",
     "raw: wait4 returns a pid, in hex"),
    (r"^((?:P\d+ )?waitid\(0x1, )0x[0-9a-f]{3,}", r"\1PIDHEX",
     "raw: waitid(P_PID, pid, ...) in hex"),

    (r"^((?:P\d+ )?fcntl\(0x[0-9a-f]+, 0x8, )0x[0-9a-f]{3,}", r"\1PIDHEX",
     "raw: F_SETOWN's owner is a pid, in hex"),
    (r"^((?:P\d+ )?fcntl\(0x[0-9a-f]+, 0x9, 0\) = )0x[0-9a-f]{3,}$", r"\1PIDHEX",
     "raw: F_GETOWN returns a pid, in hex"),
    (r"^((?:P\d+ )?times\(.*\) = )0x[0-9a-f]+$", r"\1N",
     "raw: times(2) returns clock ticks since boot, in hex"),
    (r"^((?:P\d+ )?(?:shm|sem|msg)get\(.*\) = )0x[0-9a-f]+$", r"\1ID",
     "raw: System V IPC ids, in hex, are new in each run"),
    (r"^((?:P\d+ )?(?:shmat|shmctl|shmdt|semop|semtimedop|semctl|msgsnd|msgrcv|msgctl)\()0x[0-9a-f]+",
     r"\1ID", "raw: System V IPC ids, in hex, are new in each run"),
    (r"^((?:P\d+ )?(?:shm|sem|msg)ctl\(ID, (?:\w+, )?0x(?:3|b|c|d|e|f|12|13|14|10[3bcdef]|11[234]), .*\) = )0x[0-9a-f]+$",
     r"\1ID", "raw: the INFO and STAT commands return an IPC id or index, in hex"),
    (r"^((?:P\d+ )?(?:shm|sem|msg)ctl\(ID, .*\) = )0x[0-9a-f]{5,}$", r"\1ID",
     "raw: a ctl command that returns an IPC id, in hex"),
    (r"^((?:P\d+ )?semtimedop_time64\()0x[0-9a-f]+", r"\1ID",
     "raw: System V IPC ids, in hex, are new in each run"),
]

STRACE_ONLY = []

SCTRACE_ONLY = []
