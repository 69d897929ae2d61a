#!/usr/bin/env bash
# The README's commands: install what the build needs, build, and run the app or the tests.
#   tools/dev.sh run    build and open Open311 Reporter on the built-in training city
#   tools/dev.sh test   build and run every test
#   tools/dev.sh bench  build in Release and run the benchmarks (docs/performance.md)
#   tools/dev.sh package  build the Debian package (and a .tar.gz) into build/package
#   tools/dev.sh deps   only install the Debian packages
#   tools/dev.sh format  apply .clang-format to every source file (format-check: fail on a difference)
#   tools/dev.sh translations  bring every translations/*.ts up to date with the sources (lupdate)
#   tools/dev.sh soak [MINUTES]  the training city under wrk with faults on, and the CLI beside it (10 min)
#   tools/dev.sh restart-soak  kill and restart the real reporter 50 times, in the dev and the ASan/UBSan build
#   tools/dev.sh fuzz [SECONDS [TARGET...]]  build the libFuzzer targets (clang-14) and run each (60 s)
#   tools/dev.sh asan-test  build with AddressSanitizer and UBSan and run every test under them
#   tools/dev.sh tsan-test  build with ThreadSanitizer and run the tests of the code that uses threads
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-positioning-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev libqt6sql6-sqlite
    qt6-svg-dev libxkbcommon-dev libgl-dev qt6-qpa-plugins qt6-translations-l10n libqrencode-dev libexif-dev
    openssl ca-certificates curl
)
package_packages=(dpkg-dev lintian desktop-file-utils appstream)
# What the tests use: fonts to draw with (Latin and Traditional Chinese), a real Secret Service
# for the keychain test, an X server with xdotool for the crash-and-restart loop, and an
# accessibility bus with pyatspi for the screen-reader test.
test_packages=(fonts-dejavu-core fonts-wqy-microhei gnome-keyring dbus-bin dbus-daemon dbus-user-session
    xvfb xauth xdotool nginx-light openssl at-spi2-core python3-pyatspi)
# What only the benchmarks use: a real X server, load generators and profilers.
bench_packages=(xvfb xauth wrk nginx-light openssl valgrind sqlite3 fonts-dejavu-core)
format_packages=(clang-format)
fuzz_packages=(clang-14 libclang-rt-14-dev)
soak_packages=(wrk python3)
# The tests of the code that runs on more than one thread: the status fan-out, tile decoding,
# feed loading and photo preparation.
tsan_tests=(cli_test map_test tile_policy_test feed_test photo_preparer_test)

install_packages() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "Missing Debian packages: ${missing[*]}; run this as root, or install them." >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

preset=dev
[ "${CI:-}" = "true" ] && preset=ci

build() {
    cmake --preset "$1" >/dev/null
    cmake --build --preset "$1"
}

case "${1:-}" in
deps)
    install_packages "${packages[@]}" "${test_packages[@]}"
    ;;
format | format-check)
    install_packages "${format_packages[@]}"
    mapfile -t sources < <(git ls-files --cached --others --exclude-standard -- 'app/*.cpp' 'app/*.h' 'lib/*.cpp' 'lib/*.h' 'tests/*.cpp' 'tests/*.h')
    if [ "$1" = format ]; then
        clang-format -i "${sources[@]}"
    else
        # Fails on the first file that .clang-format would change, and names it.
        clang-format --dry-run --Werror "${sources[@]}"
    fi
    ;;
translations)
    install_packages "${packages[@]}"
    cmake --preset dev >/dev/null
    # lupdate will not touch a language it does not know, and Qt 6.4 knows no Haitian Creole:
    # it is updated as a language with one plural form, as Haitian Creole has, then named again.
    sed -i 's/<TS version="2.1" language="ht">/<TS version="2.1" language="vi_VN">/' translations/open311_ht.ts
    status=0
    cmake --build build/dev --target update_translations || status=$?
    sed -i 's/<TS version="2.1" language="vi_VN">/<TS version="2.1" language="ht">/' translations/open311_ht.ts
    exit $status
    ;;
run)
    install_packages "${packages[@]}"
    build "$preset"
    shift
    exec "build/$preset/app/reporter/open311-reporter" --training "$@"
    ;;
test)
    install_packages "${packages[@]}" "${test_packages[@]}"
    build "$preset"
    ctest --preset "$preset" -j2
    ;;
package)
    install_packages "${packages[@]}" "${package_packages[@]}"
    # Debian's hardening flags, as a Debian build would use them.
    eval "$(dpkg-buildflags --export=sh)"
    cmake -S . -B build/package -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOPEN311_BUILD_TESTS=OFF >/dev/null
    cmake --build build/package
    (cd build/package && cpack >/dev/null && ls -1 "$PWD"/open311-reporter_*.deb "$PWD"/open311-reporter-*.tar.gz)
    ;;
soak)
    install_packages "${packages[@]}" "${soak_packages[@]}"
    cmake --preset dev >/dev/null
    cmake --build build/dev --target open311-sandbox open311
    python3 tests/soak/server_soak.py --sandbox build/dev/app/sandbox/open311-sandbox \
        --cli build/dev/app/cli/open311 --minutes "${2:-10}" --report build/dev/soak-report.json
    ;;
restart-soak)
    install_packages "${packages[@]}" "${test_packages[@]}"
    for soak_preset in dev asan; do
        cmake --preset "$soak_preset" >/dev/null
        cmake --build "build/$soak_preset" --target open311-reporter crash_restart_test
        # Qt keeps some allocations until exit on purpose; a leak report would drown the rest.
        OPEN311_SOAK_CYCLES="${OPEN311_SOAK_CYCLES:-50}" ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 \
            UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
            ctest --test-dir "build/$soak_preset" -R '^crash_restart_test$' --output-on-failure
    done
    ;;
fuzz)
    install_packages "${packages[@]}" "${fuzz_packages[@]}"
    build fuzz
    shift
    tests/fuzz/run-fuzzers.sh build/fuzz "${1:-60}" "${@:2}"
    ;;
asan-test)
    install_packages "${packages[@]}" "${test_packages[@]}"
    build asan
    # Leaks count: only the system libraries' known ones are suppressed, each with its reason.
    ASAN_OPTIONS=abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1 \
        LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0" \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --preset asan -j2 --timeout 900
    ;;
tsan-test)
    install_packages "${packages[@]}" "${test_packages[@]}"
    cmake --preset tsan >/dev/null
    cmake --build build/tsan --target "${tsan_tests[@]}"
    # Reports from inside Debian's uninstrumented Qt and glib are noise (docs/reliability.md).
    TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:ignore_noninstrumented_modules=1:suppressions=$PWD/tests/sanitizers/tsan.supp" \
        ctest --preset tsan -j2 -R "^($(IFS='|'; echo "${tsan_tests[*]}"))\$"
    ;;
bench)
    install_packages "${packages[@]}" "${test_packages[@]}" "${bench_packages[@]}"
    build release
    tests/bench/run-benchmarks.sh build/release
    ;;
*)
    sed -n '2,14p' "$0" >&2
    exit 2
    ;;
esac
