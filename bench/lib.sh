# bench/lib.sh — timing helpers for bench cases (sourced).
#
# in_turns N CMD1 -- CMD2 -- ...: runs the commands in turns (1 2 3 1 2 3
# ...) N times each and prints the median wall time of each, in seconds.
# On a small or virtual machine one run of a tracer can be twice as fast
# as the next (where the scheduler puts tracer and tracee), and runs
# minutes apart are not comparable: turns put the drift on every tool
# alike, and the median is not a lucky run.
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
		eval "times_$k="
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
			eval "times_$j=\"\$times_$j \$(echo \"\$t1 - \$t0\" | bc -l)\""
			j=$((j + 1))
		done
		i=$((i + 1))
	done
	j=0
	while [ $j -lt $k ]; do
		eval "printf '%.4f ' \$(median \$times_$j)"
		j=$((j + 1))
	done
	echo
}

median() {
	printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
		if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

ratio() {
	printf '%.3f' "$(echo "$1 / $2" | bc -l)"
}

# report NAME UNTRACED STRACE SCTRACE
report() {
	printf '%-34s untraced %8.4fs  strace %8.4fs  sctrace %8.4fs  sctrace/strace %s  sctrace/untraced %s\n' \
		"$1" "$2" "$3" "$4" "$(ratio "$4" "$3")" "$(ratio "$4" "$2")"
}
