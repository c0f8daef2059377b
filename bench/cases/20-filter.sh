# The filters' numbers: the getppid loop traced with -e trace=openat (no
# getppid stops at all under sctrace's default seccomp filter; strace
# stops at each unless --seccomp-bpf, which needs -f), and -c of the
# same loop (every call stops: the cost of a stop, and of counting).
# Goals: filtered <= 1.3 x untraced; -c <= 0.9 x strace -c.
LOOP="$BUILD/tests/progs/getppid_loop"
OUT=$(mktemp -d)
u=$(best_of $RUNS "$LOOP" 200000)
s=$(best_of $RUNS strace -o "$OUT/s" -e trace=openat "$LOOP" 200000)
b=$(best_of $RUNS strace -f --seccomp-bpf -o "$OUT/s" -e trace=openat "$LOOP" 200000)
m=$(best_of $RUNS "$SCTRACE" -o "$OUT/m" -e trace=openat "$LOOP" 200000)
report "getppid x200000 -e trace=openat" "$u" "$s" "$m"
printf '%-34s strace -f --seccomp-bpf %8.4fs  sctrace/that %s  goal sctrace/untraced <= 1.3\n' \
	"" "$b" "$(ratio "$m" "$b")"

s=$(best_of $RUNS strace -c -o "$OUT/s" "$LOOP" 200000)
m=$(best_of $RUNS "$SCTRACE" -c -o "$OUT/m" "$LOOP" 200000)
report "getppid x200000 -c" "$u" "$s" "$m"
printf '%-34s goal sctrace/strace <= 0.9\n' ""
rm -rf "$OUT"
