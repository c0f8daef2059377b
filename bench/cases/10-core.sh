# The foundation's numbers: a syscall-bound loop and a file-tree walk,
# traced to a file with the same options by strace and sctrace.
LOOP="$BUILD/tests/progs/getppid_loop"
OUT=$(mktemp -d)
u=$(best_of $RUNS "$LOOP" 200000)
s=$(best_of $RUNS strace -o "$OUT/s" "$LOOP" 200000)
m=$(best_of $RUNS "$SCTRACE" -o "$OUT/m" "$LOOP" 200000)
report "getppid x200000 -o file" "$u" "$s" "$m"

u=$(best_of $RUNS find /usr -name '*.h')
s=$(best_of $RUNS strace -o "$OUT/s" find /usr -name '*.h')
m=$(best_of $RUNS "$SCTRACE" -o "$OUT/m" find /usr -name '*.h')
report "find /usr -name '*.h' -o file" "$u" "$s" "$m"
rm -rf "$OUT"
