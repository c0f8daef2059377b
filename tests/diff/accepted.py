"""Every difference between sctrace and strace 6.1 that the differential
harness accepts, each with its reason. Rules are applied to the
normalised lines of both traces before they are compared.

RULES: (regex, replacement, reason) applied to both sides.
STRACE_ONLY / SCTRACE_ONLY: applied to one side only."""

RULES = [
]

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

STRACE_ONLY = [
]

SCTRACE_ONLY = [
]

# Syscalls whose lines must match strace exactly. Lines of other calls
# are compared by name only, until their decoders are complete.
DECODED = set()
# every call is decoded exactly: set to True when the decoding issue is done
ALL_DECODED = False
