#!/usr/bin/env bash
# Checks: the stack's sshd lets the support user in with the key (BatchMode,
# strict host key checking against TPP_SSH_KNOWN_HOSTS) and, when the stack
# runs as root, with the password (sshpass); the host key the server shows
# has the fingerprint in stack.env.
set -euo pipefail
. "$(dirname "$0")/../lib/testing.sh"
use_stack --users 200 --pods 20

opts=(-p "$TPP_SSH_PORT" -o UserKnownHostsFile="$TPP_SSH_KNOWN_HOSTS" -o StrictHostKeyChecking=yes
      -o GlobalKnownHostsFile=/dev/null -o ConnectTimeout=10 -o LogLevel=ERROR)
out=$(ssh "${opts[@]}" -o BatchMode=yes -o IdentitiesOnly=yes -i "$TPP_SSH_KEY" \
      "$TPP_SSH_USER@$TPP_SSH_HOST" 'echo "login:$(id -un)"') || fail "key login failed"
[ "$out" = "login:$TPP_SSH_USER" ] || fail "key login answered '$out'"
say "key login as $TPP_SSH_USER works"

if [ -n "${TPP_SSH_PASSWORD:-}" ]; then
    command -v sshpass >/dev/null || fail "sshpass is not installed (stack/packages.txt)"
    out=$(SSHPASS=$TPP_SSH_PASSWORD sshpass -e ssh "${opts[@]}" -o PubkeyAuthentication=no \
          -o PreferredAuthentications=password -o NumberOfPasswordPrompts=1 \
          "$TPP_SSH_USER@$TPP_SSH_HOST" 'echo "login:$(id -un)"') || fail "password login failed"
    [ "$out" = "login:$TPP_SSH_USER" ] || fail "password login answered '$out'"
    if SSHPASS="wrong-$TPP_SSH_PASSWORD" sshpass -e ssh "${opts[@]}" -o PubkeyAuthentication=no \
          -o PreferredAuthentications=password -o NumberOfPasswordPrompts=1 \
          "$TPP_SSH_USER@$TPP_SSH_HOST" true 2>/dev/null; then fail "a wrong password logs in"; fi
    say "password login works, a wrong password does not"
else
    say "no password login on a stack run by a normal user (see stack/README.md)"
fi

shown=$(ssh-keyscan -p "$TPP_SSH_PORT" -t ed25519 "$TPP_SSH_HOST" 2>/dev/null | ssh-keygen -lf - | awk '{print $2}')
[ "$shown" = "$TPP_SSH_HOST_FINGERPRINT" ] || fail "server shows $shown, stack.env says $TPP_SSH_HOST_FINGERPRINT"
file_fp=$(ssh-keygen -lf "$TPP_SSH_HOST_KEY_PUB" | awk '{print $2}')
[ "$file_fp" = "$TPP_SSH_HOST_FINGERPRINT" ] || fail "TPP_SSH_HOST_KEY_PUB has fingerprint $file_fp"
perm=$(stat -c %a "$TPP_SSH_KEY"); [ "$perm" = 600 ] || fail "private key mode $perm"
pass "ssh key$([ -n "${TPP_SSH_PASSWORD:-}" ] && echo ' and password') login, host key fingerprint"
