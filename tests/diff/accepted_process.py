"""Process and memory families: the calls whose lines match strace 6.1
exactly in every differential case, and the differences accepted on
purpose."""

DECODED = [
    # memory
    "mmap", "munmap", "mprotect", "pkey_mprotect", "mremap", "brk", "msync",
    "mincore", "madvise", "process_madvise", "mlock", "mlock2", "munlock",
    "mlockall", "munlockall", "remap_file_pages", "mbind", "set_mempolicy",
    "get_mempolicy", "set_mempolicy_home_node", "migrate_pages",
    "move_pages", "pkey_alloc", "pkey_free", "membarrier",
    "process_vm_readv", "process_vm_writev", "process_mrelease",
    # process
    "clone", "clone3", "fork", "vfork", "execve", "execveat", "exit",
    "exit_group", "wait4", "waitid", "kill", "tkill", "tgkill",
    "pidfd_open", "pidfd_getfd", "unshare", "set_tid_address",
    "set_robust_list", "get_robust_list", "rseq", "futex", "futex_waitv",
    "prctl", "arch_prctl", "personality", "getpid", "getppid", "gettid",
    "getpgrp", "getpgid", "setpgid", "getsid", "setsid", "getuid",
    "geteuid", "getgid", "getegid", "setuid", "setgid", "setreuid",
    "setregid", "setresuid", "setresgid", "getresuid", "getresgid",
    "setfsuid", "setfsgid", "getgroups", "setgroups", "capget", "capset",
    "umask", "getrlimit", "setrlimit", "prlimit64", "getrusage",
    "getpriority", "setpriority", "sched_yield", "sched_setparam",
    "sched_getparam", "sched_setscheduler", "sched_getscheduler",
    "sched_get_priority_max", "sched_get_priority_min",
    "sched_rr_get_interval", "sched_setaffinity", "sched_getaffinity",
    "sched_setattr", "sched_getattr", "ioprio_get", "ioprio_set", "getcpu",
    "ptrace", "kcmp", "uname", "sysinfo", "getrandom", "sethostname",
    "setdomainname", "syslog", "reboot", "init_module", "delete_module",
    "kexec_load", "lookup_dcookie", "add_key", "request_key", "keyctl",
    "iopl", "ioperm",
]

RULES = [
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
    (r"^\[[0-9a-f]{16}\] ", "[IP] ", "instruction pointers differ under ASLR"),
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
