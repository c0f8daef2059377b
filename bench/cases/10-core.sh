# The foundation's numbers: a syscall-bound loop and a file-tree walk,
# traced to a file with the same options by strace and sctrace.
# Goal (getppid): sctrace <= 0.90 x strace.
LOOP="$BUILD/tests/progs/getppid_loop"
OUT=$(mktemp -d)
set -- $(in_turns $RUNS "$LOOP" 200000 -- \
	strace -o "$OUT/s" "$LOOP" 200000 -- \
	"$SCTRACE" -o "$OUT/m" "$LOOP" 200000)
report "getppid x200000 -o file" "$1" "$2" "$3"
printf '%-34s (goal: sctrace/strace <= 0.9)\n' ""

set -- $(in_turns $RUNS find /usr -name '*.h' -- \
	strace -o "$OUT/s" find /usr -name '*.h' -- \
	"$SCTRACE" -o "$OUT/m" find /usr -name '*.h')
report "find /usr -name '*.h' -o file" "$1" "$2" "$3"
rm -rf "$OUT"
