# The filters' numbers: the getppid loop traced with -e trace=openat (no
# getppid stops at all under sctrace's default seccomp filter; strace
# stops at each unless --seccomp-bpf, which needs -f), and -c of the
# same loop (every call stops: the cost of a stop, and of counting).
# Goals: filtered <= 1.3 x untraced; -c <= 0.9 x strace -c.
# The tools run in turns (bench/lib.sh: in_turns).
LOOP="$BUILD/tests/progs/getppid_loop"
OUT=$(mktemp -d)

set -- $(in_turns $RUNS "$LOOP" 200000 -- \
	strace -o "$OUT/s" -e trace=openat "$LOOP" 200000 -- \
	strace -f --seccomp-bpf -o "$OUT/s" -e trace=openat "$LOOP" 200000 -- \
	"$SCTRACE" -o "$OUT/m" -e trace=openat "$LOOP" 200000)
report "getppid x200000 -e trace=openat" "$1" "$2" "$4"
printf '%-34s strace -f --seccomp-bpf %8.4fs  sctrace/that %s  (goal: sctrace/untraced <= 1.3)\n' \
	"" "$3" "$(ratio "$4" "$3")"

set -- $(in_turns $RUNS "$LOOP" 200000 -- \
	strace -c -o "$OUT/s" "$LOOP" 200000 -- \
	"$SCTRACE" -c -o "$OUT/m" "$LOOP" 200000)
report "getppid x200000 -c" "$1" "$2" "$3"
printf '%-34s (goal: sctrace/strace <= 0.9)\n' ""
rm -rf "$OUT"
