#!/bin/sh
# Runs a command in a D-Bus session of its own with a real accessibility bus (at-spi2-core), as
# a desktop with Orca has it; run it under tests/support/with-xvfb.sh. Qt's bridge talks to the
# bus only when asked to, as a screen reader would ask.
set -e
[ -x /usr/libexec/at-spi-bus-launcher ] || { echo "with-atspi.sh: at-spi2-core is not installed" >&2; exit 1; }
exec dbus-run-session -- sh -c '
    export HOME="$(mktemp -d)" XDG_RUNTIME_DIR="$(mktemp -d)"
    export XDG_CONFIG_HOME="$HOME/config" XDG_DATA_HOME="$HOME/data" XDG_CACHE_HOME="$HOME/cache"
    export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 NO_AT_BRIDGE=0
    /usr/libexec/at-spi-bus-launcher --launch-immediately &
    launcher=$!
    "$@"; status=$?
    kill $launcher 2>/dev/null || true
    rm -rf "$HOME" "$XDG_RUNTIME_DIR"
    exit $status' sh "$@"
