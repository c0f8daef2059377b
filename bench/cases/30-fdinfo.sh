# -y on the find workload of 10-core: sctrace's fd cache against strace
# -y (which reads /proc for every fd it prints) and against sctrace
# without -y (issue 6 asks for at most 1.1).
OUT=$(mktemp -d)
set -- $(in_turns $RUNS find /usr -name '*.h' -- \
	strace -y -o "$OUT/s" find /usr -name '*.h' -- \
	"$SCTRACE" -y -o "$OUT/y" find /usr -name '*.h' -- \
	"$SCTRACE" -o "$OUT/n" find /usr -name '*.h')
report "find /usr -name '*.h' -y -o file" "$1" "$2" "$3"
printf '%-34s sctrace -y %8.4fs  sctrace %8.4fs  -y/no -y %s  (goal: <= 1.1)\n' \
	"  the cost of -y" "$3" "$4" "$(ratio "$3" "$4")"
rm -rf "$OUT"
