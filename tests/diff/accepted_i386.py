"""i386 tracees: the calls whose lines must match strace exactly, and the
differences accepted on purpose (see tests/diff/accepted.py).

DECODED lists the calls only the i386 personality has (compat.def) and
socketcall's own subcalls; the shared calls i386 programs make are in
their families' lists and so must match exactly in the i386 cases too.
Left out: vm86, vm86old and the unimplemented calls strace prints raw
(they match, but there is nothing to decode)."""

DECODED = [
    # files and descriptors
    "_llseek", "_newselect", "fadvise64_64", "fcntl64", "fstat64",
    "fstatat64", "fstatfs64", "ftruncate64", "lstat64", "mmap2",
    "oldfstat", "oldlstat", "oldstat", "readdir", "sendfile64", "stat64",
    "statfs64", "truncate64", "umount",
    # identities and limits
    "chown32", "fchown32", "lchown32", "getegid32", "geteuid32",
    "getgid32", "getuid32", "getgroups32", "setgroups32", "getresgid32",
    "getresuid32", "setfsgid32", "setfsuid32", "setgid32", "setregid32",
    "setresgid32", "setresuid32", "setreuid32", "setuid32", "ugetrlimit",
    "ulimit", "nice", "olduname", "oldolduname", "waitpid",
    # signals
    "sigaction", "signal", "sigpending", "sigprocmask", "sigreturn",
    "sigsuspend", "sgetmask", "ssetmask",
    # multiplexers: what they show when the call cannot be told, and
    # socketcall's calls without a syscall of their own
    "socketcall", "ipc", "send", "recv",
    # 64-bit times in a 32-bit process
    "clock_adjtime64", "clock_getres_time64", "clock_gettime64",
    "clock_nanosleep_time64", "clock_settime64", "futex_time64",
    "mq_timedreceive_time64", "mq_timedsend_time64", "ppoll_time64",
    "pselect6_time64", "recvmmsg_time64", "rt_sigtimedwait_time64",
    "sched_rr_get_interval_time64", "semtimedop_time64", "stime",
    "timer_gettime64", "timer_settime64", "timerfd_gettime64",
    "timerfd_settime64", "utimensat_time64",
    # shared calls made exact for i386 here (their families list the
    # rest): the TLS descriptors, the signal family's rt_ calls
    "set_thread_area", "get_thread_area", "rt_sigaction",
    "rt_sigprocmask", "rt_sigpending", "rt_sigsuspend", "rt_sigtimedwait",
    "rt_sigqueueinfo", "rt_sigreturn", "sigaltstack",
]

_IPC_TIME64 = r"(?:semtimedop_time64)"

RULES = [
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
