#!/bin/sh
# Runs a test under an X server of its own (Xvfb on a free display), for tests that start the
# real reporter and type into it with xdotool: real start-up, real window, real keyboard focus.
# -noreset: without it the server resets whenever its last client goes, as a killed reporter
# does, and a client connecting during the reset is refused.
set -e
command -v Xvfb >/dev/null || { echo "with-xvfb.sh: Xvfb is not installed" >&2; exit 1; }
dir=$(mktemp -d)
exec 3>"$dir/display"
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp -noreset >/dev/null 2>&1 &
server=$!
for _ in $(seq 100); do
    [ -s "$dir/display" ] && break
    sleep 0.05
done
export DISPLAY=":$(cat "$dir/display")"
status=0
"$@" || status=$?
kill "$server" 2>/dev/null || true
wait "$server" 2>/dev/null || true
rm -rf "$dir"
exit $status
