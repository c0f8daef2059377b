#!/bin/sh
# make bench: every bench/cases/*.sh, in one run, so the ratios compare
# tools on the same machine state. RUNS (default 7) runs of each command,
# the tools in turns; the median counts (bench/lib.sh).
set -e
cd "$(dirname "$0")/.."
. bench/lib.sh
RUNS=${RUNS:-7}
command -v strace >/dev/null || { echo "bench: strace is not installed"; exit 1; }
command -v bc >/dev/null || { echo "bench: bc is not installed"; exit 1; }
echo "sctrace bench ($(nproc) cpus, $(uname -r), median of $RUNS, tools in turns)"
for c in bench/cases/*.sh; do
	. "$c"
done
