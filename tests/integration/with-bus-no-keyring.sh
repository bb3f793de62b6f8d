#!/usr/bin/env bash
# Runs a command on a private session bus where the Secret Service may be
# activated but has no keyring: the "key store present but unusable" case.
# HOME and XDG folders are throw-away, so nothing lands in the user's own.
set -euo pipefail
root=$(mktemp -d "${TMPDIR:-/tmp}/tpp-nokeyring.XXXXXX")
trap 'rm -rf "$root"' EXIT
mkdir -p "$root"/{home,config,data,cache,runtime}; chmod 700 "$root/runtime"
export HOME="$root/home" XDG_CONFIG_HOME="$root/config" XDG_DATA_HOME="$root/data" \
       XDG_CACHE_HOME="$root/cache" XDG_RUNTIME_DIR="$root/runtime"
# Not exec: the EXIT trap must run to remove the throw-away folders.
dbus-run-session -- "$@"
