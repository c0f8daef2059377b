# The filters' numbers: the getppid loop traced with -e trace=openat (no
# getppid stops at all under sctrace's default seccomp filter; strace
# stops at each unless --seccomp-bpf, which needs -f), and -c of the
# same loop (every call stops: the cost of a stop, and of counting).
# Goals: filtered <= 1.3 x untraced; -c <= 0.9 x strace -c.
# The tools run in turns (A B C A B C ...), the fastest of each counting:
# on a busy or virtual machine, runs minutes apart are not comparable.
LOOP="$BUILD/tests/progs/getppid_loop"
OUT=$(mktemp -d)

# in_turns N CMD1 -- CMD2 -- ...: prints the fastest wall time of each
in_turns() {
	n=$1; shift
	k=0
	while [ $# -gt 0 ]; do
		cmd=""
		while [ $# -gt 0 ] && [ "$1" != "--" ]; do
			cmd="$cmd '$1'"; shift
		done
		[ $# -gt 0 ] && shift
		eval "cmd_$k=\"\$cmd\""
		eval "best_$k="
		k=$((k + 1))
	done
	i=0
	while [ $i -lt "$n" ]; do
		j=0
		while [ $j -lt $k ]; do
			eval "c=\$cmd_$j"
			t0=$(date +%s.%N)
			eval "$c" >/dev/null 2>&1
			t1=$(date +%s.%N)
			t=$(echo "$t1 - $t0" | bc -l)
			eval "b=\$best_$j"
			if [ -z "$b" ] || [ "$(echo "$t < $b" | bc -l)" = 1 ]; then
				eval "best_$j=$t"
			fi
			j=$((j + 1))
		done
		i=$((i + 1))
	done
	j=0
	while [ $j -lt $k ]; do
		eval "printf '%.4f ' \$best_$j"
		j=$((j + 1))
	done
	echo
}

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
