#!/usr/bin/env bash
# Runs every fuzz target of a fuzz build for SECONDS each and prints what each did:
#   tests/fuzz/run-fuzzers.sh build/fuzz 60 [target...]
# Each works on its own corpus in BUILD/corpus/<name>, seeded from the captures and
# tests/data/fuzz/<name>, which it only reads. An input that breaks a promise is kept in
# BUILD/crashes/ and makes this script fail; it belongs in tests/data/fuzz/<name> with its fix.
set -uo pipefail
build=${1:?build folder}
seconds=${2:-60}
shift 2 || shift $#
list="$build/fuzz-targets.txt"
[ -s "$list" ] || { echo "no fuzz targets in $build: build the fuzz preset first" >&2; exit 2; }
mkdir -p "$build/corpus" "$build/crashes" "$build/stats"
failed=()
printf '%-18s %10s %10s %8s %8s %s\n' target runs exec/s cov ft result
while read -r name binary dict cases seeds; do
    if [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; then
        continue
    fi
    corpus="$build/corpus/$name"
    mkdir -p "$corpus"
    options=(-max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048
        -malloc_limit_mb=1024 -max_len=262144 -artifact_prefix="$build/crashes/$name-")
    [ "$dict" != "-" ] && options+=(-dict="$dict")
    inputs=("$corpus")
    [ -d "$cases" ] && inputs+=("$cases")
    for seed in $seeds; do inputs+=("$seed"); done
    log="$build/stats/$name.log"
    # Qt keeps some allocations until exit on purpose; leaks are the ASan ctest run's to judge.
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        QT_QPA_PLATFORM=offscreen "$binary" "${options[@]}" "${inputs[@]}" >"$log" 2>&1
    status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -oE '(DONE|pulse|NEW|REDUCE|INITED) +cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+$')
    ft=$(grep -oE 'ft: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+$')
    result=ok
    if [ $status -ne 0 ]; then
        result="FAILED (exit $status; $log)"
        failed+=("$name")
    fi
    printf '%-18s %10s %10s %8s %8s %s\n' "$name" "${runs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "$result"
done <"$list"
if [ ${#failed[@]} -gt 0 ]; then
    echo "broken: ${failed[*]}; the inputs are in $build/crashes" >&2
    exit 1
fi
