# Sourced by scripts/test and scripts/demo: installs what is missing with
# apt-get (as root, or through sudo), then configures and builds one preset.
# Quick when everything is present: dpkg is asked first, apt only for the rest.

TPP_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

tpp_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

tpp_as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"
    elif command -v sudo >/dev/null; then sudo "$@"
    else echo "need root for: $* (no sudo available)" >&2; return 1; fi
}

# tpp_install_packages FILE…: every package named in the files (comments and
# blank lines ignored) that dpkg does not report as installed.
tpp_install_packages() {
    local wanted missing=()
    wanted=$(cat "$@" 2>/dev/null | sed 's/#.*//' | tr -s ' \t' '\n' | sed '/^$/d' | sort -u)
    for pkg in $wanted; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    tpp_log "installing ${#missing[@]} Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # An install can fail on stale package lists: update once and retry.
    tpp_as_root apt-get install -y --no-install-recommends "${missing[@]}" ||
        { tpp_as_root apt-get update && tpp_as_root apt-get install -y --no-install-recommends "${missing[@]}"; }
}

tpp_install_all() {
    tpp_install_packages "$TPP_ROOT/scripts/packages.txt" \
        $(find "$TPP_ROOT/stack" -name packages.txt 2>/dev/null)
    # kubectl judges the cluster simulator. Debian 12 does not package it; the
    # machines this project runs on come with it. Say so plainly if it is missing.
    command -v kubectl >/dev/null ||
        tpp_log "warning: kubectl is not installed (not a Debian 12 package): the stack tests that drive it will fail"
}

# tpp_build PRESET: configure once, then an incremental Ninja build.
tpp_build() {
    local preset=$1
    export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
    export CCACHE_BASEDIR=$TPP_ROOT CCACHE_NOHASHDIR=true
    if [ ! -f "$TPP_ROOT/build/$preset/build.ninja" ]; then
        tpp_log "configuring ($preset)"
        cmake --preset "$preset" -S "$TPP_ROOT" >/dev/null
    fi
    tpp_log "building ($preset)"
    cmake --build "$TPP_ROOT/build/$preset" -j "$(nproc)"
}
