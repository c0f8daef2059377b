"""The signal, time and ipc families in the differential harness: the
calls whose lines match strace 6.1 exactly, and the values that differ
from one run to the next (both tracers see the same program, not the same
run)."""

DECODED = [
    # signal
    "rt_sigaction", "rt_sigprocmask", "rt_sigreturn", "rt_sigpending",
    "rt_sigtimedwait", "rt_sigqueueinfo", "rt_tgsigqueueinfo",
    "rt_sigsuspend", "sigaltstack", "pause",
    # time
    "clock_gettime", "clock_settime", "clock_getres", "clock_adjtime",
    "clock_nanosleep", "nanosleep", "gettimeofday", "settimeofday",
    "adjtimex", "time", "times", "alarm", "getitimer", "setitimer",
    "timer_create", "timer_settime", "timer_gettime", "timer_getoverrun",
    "timer_delete",
    # ipc
    "shmget", "shmat", "shmdt", "shmctl", "semget", "semop", "semtimedop",
    "semctl", "msgget", "msgsnd", "msgrcv", "msgctl", "mq_unlink",
]

_IPC_CALLS = r"(?:shmat|shmctl|semop|semtimedop|semctl|msgsnd|msgrcv|msgctl)"

RULES = [
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
