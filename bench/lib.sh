# bench/lib.sh — timing helpers for bench cases (sourced).
# best_of N CMD...: runs CMD N times, prints the fastest wall time in s.
best_of() {
	n=$1; shift
	best=""
	i=0
	while [ $i -lt $n ]; do
		t0=$(date +%s.%N)
		"$@" >/dev/null 2>&1
		t1=$(date +%s.%N)
		t=$(echo "$t1 - $t0" | bc -l)
		if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then
			best=$t
		fi
		i=$((i + 1))
	done
	printf '%.4f\n' "$best"
}

ratio() {
	printf '%.3f' "$(echo "$1 / $2" | bc -l)"
}

# report NAME UNTRACED STRACE SCTRACE
report() {
	printf '%-34s untraced %8.4fs  strace %8.4fs  sctrace %8.4fs  sctrace/strace %s  sctrace/untraced %s\n' \
		"$1" "$2" "$3" "$4" "$(ratio "$4" "$3")" "$(ratio "$4" "$2")"
}
