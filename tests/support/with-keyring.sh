#!/bin/sh
# Runs a test in a D-Bus session of its own with an unlocked gnome-keyring: a real Secret
# Service, as on a desktop, that the test cannot reach beyond.
set -e
exec dbus-run-session -- sh -c '
    export HOME="$(mktemp -d)" XDG_RUNTIME_DIR="$(mktemp -d)"
    printf %s open311-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    "$@"; status=$?
    rm -rf "$HOME" "$XDG_RUNTIME_DIR"
    exit $status' sh "$@"
