# The stack's sshd: own host key, port, config and authorised key.
# As root the login user is the system user tpp-support (created once, with a
# password kept in /var/lib/tpp-stack/support-password so that every stack
# on the machine shares it); key and password logins both work.
# As a normal user sshd can only log in the user running it: the login user
# is then the current user, by key only (sshd cannot check a password it may
# not read from /etc/shadow, and we do not know the user's password).

SUPPORT_PW_FILE=/var/lib/tpp-stack/support-password

ensure_support_user() {
    if ! is_root; then
        SSH_USER=$(id -un); SSH_PASSWORD=""
        return
    fi
    SSH_USER=$STACK_SUPPORT_OSUSER
    if ! getent passwd "$SSH_USER" >/dev/null; then
        useradd --system --create-home --home-dir "/var/lib/$SSH_USER" --shell /bin/bash "$SSH_USER" 2>/dev/null \
            || getent passwd "$SSH_USER" >/dev/null || die "cannot create system user $SSH_USER"
        rm -f "$SUPPORT_PW_FILE"
    fi
    mkdir -p "$(dirname "$SUPPORT_PW_FILE")"
    chmod 700 "$(dirname "$SUPPORT_PW_FILE")"
    if [ ! -s "$SUPPORT_PW_FILE" ]; then
        (umask 077; rand_secret >"$SUPPORT_PW_FILE")
        printf '%s:%s\n' "$SSH_USER" "$(cat "$SUPPORT_PW_FILE")" | chpasswd \
            || die "chpasswd for $SSH_USER failed"
    fi
    SSH_PASSWORD=$(cat "$SUPPORT_PW_FILE")
}

# setup_ssh PORT: keys, config, known_hosts in $DIR/ssh; sets SSH_* variables.
setup_ssh() {
    local port=$1 d="$DIR/ssh"
    mkdir -p "$d"; chmod 755 "$d"
    ensure_support_user
    ssh-keygen -q -t ed25519 -N '' -C "tpp-stack-host" -f "$d/ssh_host_ed25519_key" </dev/null
    ssh-keygen -q -t ed25519 -N '' -C "$SSH_USER@tpp-stack" -f "$d/support_ed25519" </dev/null
    chmod 600 "$d/support_ed25519" "$d/ssh_host_ed25519_key"
    cp "$d/support_ed25519.pub" "$d/authorized_keys"
    chmod 644 "$d/authorized_keys"
    SSH_HOST_FP=$(ssh-keygen -lf "$d/ssh_host_ed25519_key.pub" | awk '{print $2}')
    printf '[127.0.0.1]:%s %s\n' "$port" "$(cut -d' ' -f1-2 "$d/ssh_host_ed25519_key.pub")" >"$d/known_hosts"
    local pwauth=no pam=no
    is_root && pwauth=yes
    sed -e "s|@PORT@|$port|; s|@DIR@|$DIR|g; s|@USER@|$SSH_USER|; s|@PASSWORD_AUTH@|$pwauth|; s|@USE_PAM@|$pam|" \
        "$STACK_SRC/ssh/sshd_config.in" >"$d/sshd_config"
}
