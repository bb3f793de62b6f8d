#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a real gnome-keyring
# Secret Service, in throw-away HOME/XDG folders, so tests never touch the
# user's keyring. The keyring gets a random, non-empty password: an empty one
# makes gnome-keyring store the keyring unencrypted, which would defeat the
# "secret is in no file" check.
set -euo pipefail
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "with-keyring: $tool is not installed" >&2; exit 1; }
done
root=$(mktemp -d "${TMPDIR:-/tmp}/tpp-keyring.XXXXXX")
trap 'rm -rf "$root"' EXIT
mkdir -p "$root"/{home,config,data,cache,runtime}
chmod 700 "$root/runtime"
export HOME="$root/home" XDG_CONFIG_HOME="$root/config" XDG_DATA_HOME="$root/data" \
       XDG_CACHE_HOME="$root/cache" XDG_RUNTIME_DIR="$root/runtime"
export TPP_TEST_ROOT="$root"
password=$(head -c 18 /dev/urandom | base64)
# Not exec: the EXIT trap must run to remove the throw-away folders.
dbus-run-session -- bash -c '
    printf "%s" "$1" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    shift
    exec "$@"' with-keyring "$password" "$@"
