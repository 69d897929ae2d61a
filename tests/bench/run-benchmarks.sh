#!/usr/bin/env bash
# Runs the benchmarks against a build tree and prints the figures for docs/performance.md.
# Everything runs on 127.0.0.1; each comparison is measured in the same run as its baseline.
# usage: tests/bench/run-benchmarks.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:?build dir}" && pwd)
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

ms() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

start_sandbox() { # args...; sets $port
    "$build/app/sandbox/open311-sandbox" --port 0 "$@" >"$work/sandbox.out" 2>/dev/null &
    pids+=($!)
    sandbox_pid=$!
    for _ in $(seq 100); do
        port=$(sed -n 's/^Port: //p' "$work/sandbox.out")
        [ -n "$port" ] && return 0
        sleep 0.05
    done
    echo "sandbox did not start" >&2; exit 1
}

key=training-key
echo "## Parsing: 10,000-service service_list (QBENCHMARK, 30 iterations)"
"$build/tests/bench/parse_bench" -iterations 30 | tee "$work/parse.txt" | grep -A1 RESULT
bare=$(grep -A1 'bareReader' "$work/parse.txt" | sed -n 's/^ *\([0-9.]*\) msecs.*/\1/p')
ours=$(grep -A1 'parseServiceList' "$work/parse.txt" | sed -n 's/^ *\([0-9.]*\) msecs.*/\1/p')
echo "ratio parse/bare: $(awk "BEGIN {printf \"%.2f\", $ours / $bare}")"

echo
echo "## Map: painting 1920x1080 from cached tiles, a fresh view at 100 ms latency, panning memory"
QT_QPA_PLATFORM=offscreen "$build/tests/bench/map_bench" -minimumvalue 50 | grep -E "RESULT|msecs|FRESHVIEW|PANMEMORY" | sed 's/^QINFO *: [^ ]* //'
echo "## Map at 200 %: @2x tiles on a 3840x2160 device-pixel view"
QT_SCALE_FACTOR=2 QT_QPA_PLATFORM=offscreen "$build/tests/bench/map_bench" -minimumvalue 50 paintBaselineBareDrawImage paintFullHdFromCache | grep -E "RESULT|msecs"

echo
echo "## Start-up to the first painted window, and idle memory (median of 9, offscreen)"
# OPEN311_BEFORE=path/to/an/earlier/open311-reporter measures a change before and after, in one run.
"$build/tests/bench/startup_bench" "$build/app/reporter/open311-reporter" ${OPEN311_BEFORE:+"$OPEN311_BEFORE"}

echo
echo "## Tracker: one polling round over 10,000 requests, the table on screen"
QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="open311.sandbox.info=false" "$build/tests/bench/tracker_bench" | grep TRACKER | sed 's/^QINFO *: [^ ]* //'

echo
echo "## Feeds: 100,000 published requests loaded and painted"
QT_QPA_PLATFORM=offscreen "$build/tests/bench/feed_bench" -minimumvalue 50 | grep -E "FEEDLOAD|RESULT|msecs" | sed 's/^QINFO *: [^ ]* //'

echo
echo "## Outbox: flushing 1,000 queued reports to the in-process training city"
QT_LOGGING_RULES="open311.sandbox.info=false" "$build/tests/bench/outbox_bench" | grep OUTBOX | sed 's/^QINFO *: [^ ]* //'

echo
echo "## open311 status with 1,000 ids vs curl over one kept-alive connection"
start_sandbox --data "$work/status.sqlite"
base="http://127.0.0.1:$port/dev/V1"
# 1,000 real requests to look up; curl reads URLs from a config file so no key is in argv.
for i in $(seq 1000); do
    echo "url = \"$base/create_request?api_key=$key&city_id=sandbox.example&service_code=021&lat=40&lon=-100\""
    echo "output = /dev/null"
done >"$work/create.curl"
curl -s -K "$work/create.curl"
ids=$(seq 100001 101000)
for id in $ids; do
    echo "url = \"$base/status_update?api_key=$key&city_id=sandbox.example&service_request_id=$id\""
    echo "output = /dev/null"
done >"$work/status.curl"
export OPEN311_API_KEY=$key
for run in 1 2 3 4 5; do
    t0=$(ms); curl -s -K "$work/status.curl"; t1=$(ms)
    echo $(((t1 - t0) / 1000000)) >>"$work/curl.ms"
    t0=$(ms)
    "$build/app/cli/open311" --endpoint "$base/" --city-id sandbox.example status $ids >"$work/status.txt"
    t1=$(ms)
    echo $(((t1 - t0) / 1000000)) >>"$work/cli.ms"
done
[ "$(wc -l <"$work/status.txt")" -eq 1000 ] || { echo "open311 status printed too few lines" >&2; exit 1; }
curl_ms=$(median <"$work/curl.ms"); cli_ms=$(median <"$work/cli.ms")
echo "curl (median of 5): ${curl_ms} ms; open311 status (median of 5): ${cli_ms} ms"
echo "ratio open311/curl: $(awk "BEGIN {printf \"%.2f\", $cli_ms / $curl_ms}")"
kill "$sandbox_pid"; wait "$sandbox_pid" 2>/dev/null || true

echo
"$(dirname "$0")/v2-bench.sh" "$build"

echo
echo "## Sandbox status_update throughput (wrk, 16 connections, 10 s) vs nginx static file"
start_sandbox --data "$work/wrk.sqlite"
base="http://127.0.0.1:$port/dev/V1"
printf 'url = "%s"\noutput = /dev/null\n' "$base/create_request?api_key=$key&city_id=sandbox.example&service_code=021&lat=40&lon=-100" | curl -s -K -
path="/dev/V1/status_update?api_key=$key&city_id=sandbox.example&service_request_id=100001"
curl -s -K - -o "$work/static.xml" <<<"url = \"http://127.0.0.1:$port$path\""
cat >"$work/wrk.lua" <<'LUA'
local path = os.getenv("WRK_PATH")
request = function() return wrk.format("GET", path) end
LUA
mkdir -p "$work/www"; cp "$work/static.xml" "$work/www/status.xml"
cat >"$work/nginx.conf" <<NGINX
worker_processes 1;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx.err;
events { worker_connections 256; }
http {
    access_log off;
    server {
        listen 127.0.0.1:18311;
        root $work/www;
        location / { default_type text/xml; }
    }
}
NGINX
nginx -c "$work/nginx.conf" -p "$work" &
pids+=($!)
sleep 0.5
WRK_PATH="$path" wrk -t2 -c16 -d10s -s "$work/wrk.lua" "http://127.0.0.1:$port" | tee "$work/wrk-sandbox.txt" | grep -E "Requests/sec|Latency"
WRK_PATH="/status.xml" wrk -t2 -c16 -d10s -s "$work/wrk.lua" "http://127.0.0.1:18311" | tee "$work/wrk-nginx.txt" | grep -E "Requests/sec|Latency"
s=$(sed -n 's/Requests\/sec: *//p' "$work/wrk-sandbox.txt"); n=$(sed -n 's/Requests\/sec: *//p' "$work/wrk-nginx.txt")
echo "body bytes: $(wc -c <"$work/static.xml"); sandbox ${s} req/s; nginx ${n} req/s; ratio sandbox/nginx: $(awk "BEGIN {printf \"%.2f\", $s / $n}")"
kill "$sandbox_pid"; wait "$sandbox_pid" 2>/dev/null || true

echo
echo "## Sandbox resident memory after 100,000 stored requests"
start_sandbox --data "$work/many.sqlite"
base="http://127.0.0.1:$port/dev/V1"
rss_before=$(awk '/VmRSS/ {print $2}' "/proc/$sandbox_pid/status")
for i in $(seq "${BENCH_STORED:-100000}"); do
    echo "url = \"$base/create_request?api_key=$key&city_id=sandbox.example&service_code=021&lat=40&lon=-100&description=benchmark+$i\""
    echo "output = /dev/null"
done >"$work/many.curl"
t0=$(ms); curl -s -K "$work/many.curl"; t1=$(ms)
rss_after=$(awk '/VmRSS/ {print $2}' "/proc/$sandbox_pid/status")
echo "stored: $(sqlite3 "$work/many.sqlite" 'select count(*) from requests' 2>/dev/null || echo '?') in $(((t1 - t0) / 1000000)) ms; RSS before ${rss_before} kB, after ${rss_after} kB"
