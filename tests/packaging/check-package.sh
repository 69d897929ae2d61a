#!/usr/bin/env bash
# CI's package test: lintian reports no errors; the package installs with apt, its three
# programs run (the CLI against the sandbox, the GUI offscreen); it removes cleanly, leaving
# nothing but configuration. Run as root on a disposable machine: it installs the package.
# usage: tests/packaging/check-package.sh PATH/open311-reporter_VERSION_ARCH.deb
set -euo pipefail
deb=$(realpath "${1:?the .deb}")
work=$(mktemp -d)
trap 'kill "${sandbox:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

echo "== lintian"
lintian --tag-display-limit 0 "$deb" | tee "$work/lintian.txt" || true
if grep -q '^E:' "$work/lintian.txt"; then
    echo "lintian reported errors" >&2
    exit 1
fi

echo "== desktop file and metainfo"
dpkg-deb -x "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/io.github.open311_reporter.Reporter.desktop"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/io.github.open311_reporter.Reporter.metainfo.xml"

echo "== install"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
dpkg -L open311-reporter >"$work/files.txt"

echo "== run"
/usr/bin/open311 --version
/usr/bin/open311-sandbox --port 0 --data "$work/sandbox.sqlite" >"$work/sandbox.out" 2>/dev/null &
sandbox=$!
for _ in $(seq 100); do grep -q '^Port: ' "$work/sandbox.out" && break; sleep 0.1; done
port=$(sed -n 's/^Port: //p' "$work/sandbox.out")
OPEN311_API_KEY=training-key XDG_DATA_HOME="$work/data" /usr/bin/open311 \
    --endpoint "http://127.0.0.1:$port/dev/V1/" --city-id sandbox.example services | grep -q "Pothole in Street"
kill "$sandbox"
wait "$sandbox" 2>/dev/null || true
set +e
XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" \
    QT_QPA_PLATFORM=offscreen timeout 5 /usr/bin/open311-reporter --training >/dev/null 2>&1
status=$?
set -e
# 124: still running when the timeout ended it, which is what a working GUI does.
[ "$status" -eq 124 ] || { echo "open311-reporter exited with $status" >&2; exit 1; }

echo "== remove"
apt-get remove -y -qq open311-reporter >/dev/null
left=0
while read -r path; do
    if [ -f "$path" ]; then
        echo "left behind: $path" >&2
        left=1
    fi
done <"$work/files.txt"
[ "$left" -eq 0 ]
echo "package check passed"
