# -y on the find workload of 10-core: sctrace's fd cache against strace
# -y (which reads /proc for every fd it prints) and against sctrace
# without -y (issue 6 asks for at most 1.1). Runs with and without -y
# alternate, so that the machine's drift falls on both alike.
OUT=$(mktemp -d)
u=$(best_of $RUNS find /usr -name '*.h')
s=$(best_of $RUNS strace -y -o "$OUT/s" find /usr -name '*.h')
best_y="" best_n=""
i=0
while [ $i -lt "$RUNS" ]; do
	y=$(best_of 1 "$SCTRACE" -y -o "$OUT/y" find /usr -name '*.h')
	n=$(best_of 1 "$SCTRACE" -o "$OUT/n" find /usr -name '*.h')
	if [ -z "$best_y" ] || [ "$(echo "$y < $best_y" | bc -l)" = 1 ]; then
		best_y=$y
	fi
	if [ -z "$best_n" ] || [ "$(echo "$n < $best_n" | bc -l)" = 1 ]; then
		best_n=$n
	fi
	i=$((i + 1))
done
report "find /usr -name '*.h' -y -o file" "$u" "$s" "$best_y"
printf '%-34s sctrace -y %8.4fs  sctrace %8.4fs  -y/no -y %s\n' \
	"  the cost of -y" "$best_y" "$best_n" "$(ratio "$best_y" "$best_n")"
rm -rf "$OUT"
