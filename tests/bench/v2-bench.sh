#!/usr/bin/env bash
# The GeoReport v2 figures for docs/performance.md: parsing against bare Qt passes, and
# `open311 status` with 1,000 ids over v2 against curl on one kept-alive connection.
# usage: tests/bench/v2-bench.sh BUILD_DIR   (run-benchmarks.sh runs it too)
set -euo pipefail
build=$(cd "${1:?build dir}" && pwd)
work=$(mktemp -d)
sandbox_pid=
cleanup() { [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
ms() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
spread() { sort -n | awk '{a[NR]=$1} END {print a[1] "-" a[NR]}'; }

echo "## v2 parsing: 10,000-service services.json and .xml (QBENCHMARK, 30 iterations)"
"$build/tests/bench/v2codec_bench" -iterations 30 | tee "$work/v2parse.txt" | grep -A1 RESULT
value() { grep -A1 "$1" "$work/v2parse.txt" | sed -n 's/^ *\([0-9.]*\) msecs.*/\1/p'; }
echo "ratio JSON parse/bare fromJson: $(awk "BEGIN {printf \"%.2f\", $(value parseServiceListJson) / $(value bareFromJson)}")"
echo "ratio XML parse/bare reader: $(awk "BEGIN {printf \"%.2f\", $(value parseServiceListXml) / $(value bareXmlReader)}")"

echo
echo "## open311 --protocol v2 status with 1,000 ids vs curl over one kept-alive connection"
"$build/app/sandbox/open311-sandbox" --port 0 --data "$work/v2.sqlite" >"$work/sandbox.out" 2>/dev/null &
sandbox_pid=$!
port=
for _ in $(seq 100); do
    port=$(sed -n 's/^Port: //p' "$work/sandbox.out")
    [ -n "$port" ] && break
    sleep 0.05
done
[ -n "$port" ] || { echo "sandbox did not start" >&2; exit 1; }
base="http://127.0.0.1:$port/dev/v2"
# 1,000 real requests; the key goes in a POST body read from a file, never in argv.
printf 'api_key=training-key&jurisdiction_id=sandbox.example&service_code=001&lat=40&long=-100' >"$work/post.form"
for i in $(seq 1000); do
    [ "$i" -gt 1 ] && echo "next"
    echo "url = \"$base/requests.json\""
    echo "data = \"@$work/post.form\""
    echo "output = /dev/null"
done >"$work/create.curl"
curl -s -K "$work/create.curl"
ids=$(seq 100001 101000)
for id in $ids; do
    echo "url = \"$base/requests/$id.json?jurisdiction_id=sandbox.example\""
    echo "output = /dev/null"
done >"$work/one.curl"
# The same 1,000 ids as the 20 lists of 50 that open311 asks for: what batching alone gives.
echo "$ids" | paste -sd, | tr ',' '\n' | awk 'NR % 50 == 1 {if (l) print l; l=$0; next} {l=l","$0} END {print l}' |
    while read -r list; do
        echo "url = \"$base/requests.json?jurisdiction_id=sandbox.example&service_request_id=$list\""
        echo "output = /dev/null"
    done >"$work/lists.curl"
cli="$build/app/cli/open311 --protocol v2 --endpoint $base/ --jurisdiction-id sandbox.example"
for run in 1 2 3 4 5 6 7; do
    t0=$(ms); curl -s -K "$work/one.curl"; t1=$(ms)
    echo $(((t1 - t0) / 1000000)) >>"$work/curl-one.ms"
    t0=$(ms); curl -s -K "$work/lists.curl"; t1=$(ms)
    echo $(((t1 - t0) / 1000000)) >>"$work/curl-lists.ms"
    /usr/bin/time -f "%U %S" -o "$work/cpu.txt" $cli status $ids >"$work/status.txt"
    t0=$(ms); $cli status $ids >"$work/status.txt"; t1=$(ms)
    echo $(((t1 - t0) / 1000000)) >>"$work/cli.ms"
    awk '{printf "%d\n", ($1 + $2) * 1000}' "$work/cpu.txt" >>"$work/cli-cpu.ms"
done
[ "$(wc -l <"$work/status.txt")" -eq 1000 ] || { echo "open311 status printed $(wc -l <"$work/status.txt") lines" >&2; exit 1; }
one=$(median <"$work/curl-one.ms"); lists=$(median <"$work/curl-lists.ms"); cli=$(median <"$work/cli.ms")
echo "curl, requests/{id} one by one (median of 7): ${one} ms (spread $(spread <"$work/curl-one.ms"))"
echo "curl, the same ids in 20 lists of 50 (median of 7): ${lists} ms (spread $(spread <"$work/curl-lists.ms"))"
echo "open311 status (median of 7): ${cli} ms wall (spread $(spread <"$work/cli.ms")), $(median <"$work/cli-cpu.ms") ms CPU"
echo "ratio open311/curl one by one: $(awk "BEGIN {printf \"%.2f\", $cli / $one}")"
echo "ratio open311/curl lists: $(awk "BEGIN {printf \"%.2f\", $cli / $lists}")"
