"""The gaps cases in the differential harness (tests/diff/corpus_gaps.py):
values that differ from one run to the next where -X raw and -X verbose
show them as numbers the other families' rules do not expect."""

RULES = [
    # IPC_INFO (3), SHM_STAT (0xd), SHM_INFO (0xe), SHM_STAT_ANY (0xf),
    # MSG_STAT (0xb), MSG_INFO (0xc), MSG_STAT_ANY (0xd), SEM_STAT (0x12),
    # SEM_INFO (0x13), SEM_STAT_ANY (0x14) return an index or an id
    (r"^((?:shm|msg)ctl\((?:ID|\d+), 0x(?:3|b|c|d|e|f)(?: /\* [A-Z_]+ \*/)?, .*\) = )\d+$",
     r"\1ID", "the INFO and STAT commands return an IPC id or index"),
    (r"^(semctl\((?:ID|\d+), \d+, 0x(?:3|12|13|14)(?: /\* [A-Z_]+ \*/)?, .*\) = )\d+$",
     r"\1ID", "the INFO and STAT commands return an IPC id or index"),
]
