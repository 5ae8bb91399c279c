#!/usr/bin/env bash
# CaseDesk on a fresh Debian 12 machine:
#   scripts/casedesk.sh run    install what is missing, build, start the GUI on a demo database
#   scripts/casedesk.sh test   install what is missing, build, run every test
#   scripts/casedesk.sh bench  build and run the benchmark (casedesk-bench --json)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${CASEDESK_BUILD_DIR:-$root/build}
command=${1:-run}
shift || true

packages=(cmake g++ make pkg-config qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
          qt6-translations-l10n libgl1-mesa-dev fonts-dejavu-core libsqlite3-dev libsodium-dev
          libicu-dev xvfb xauth xdotool imagemagick poppler-utils locales python3)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build_all() {
    cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$build" -j2
}

case "$command" in
run)
    install_missing
    build_all
    data=${XDG_DATA_HOME:-$HOME/.local/share}/CaseDesk
    db=$data/casedesk-demo.cdsk
    if [ ! -f "$db" ]; then
        mkdir -p "$data"
        echo "Creating a demo database in $db"
        "$build/app/casedesk-cli" init "$db" --site "Demo office" --code DEM1 --kind office
        "$build/app/casedesk-cli" demo "$db" --cases 500 --seed 7
    fi
    exec "$build/app/casedesk" "$db" "$@"
    ;;
test)
    install_missing
    build_all
    cd "$build"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 "$@"
    ;;
bench)
    install_missing
    build_all
    exec "$build/bench/casedesk-bench" "$@"
    ;;
*)
    echo "usage: $0 run|test|bench" >&2
    exit 2
    ;;
esac
