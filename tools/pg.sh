# Shell functions to install PostgreSQL and run a private cluster; sourced by run.sh, test.sh and bench scripts.
# PostgreSQL refuses to run as root, so as root the cluster is owned and run by the 'postgres' user.

pg_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$dir" ] && echo "$dir"
}

# Installs Debian's postgresql and postgresql-contrib when the server or the extensions we use are missing.
pg_ensure_installed() {
    local bin
    bin=$(pg_bin)
    if [ -n "$bin" ] && ls /usr/share/postgresql/*/extension/pg_trgm.control >/dev/null 2>&1 \
        && ls /usr/share/postgresql/*/extension/unaccent.control >/dev/null 2>&1; then
        return 0
    fi
    if [ "$(id -u)" -ne 0 ]; then
        echo "PostgreSQL is missing: install it with 'sudo apt-get install postgresql postgresql-contrib'." >&2
        return 1
    fi
    echo "Installing PostgreSQL from apt..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    # Debian's package would start its own cluster on port 5432; ours are private, so keep services off.
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
    apt-get install -y -qq postgresql postgresql-contrib >&2
    rm -f /usr/sbin/policy-rc.d
}

# Runs a PostgreSQL program as the cluster's owner.
pg_as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# pg_start DIR PORT: creates the cluster in DIR on first use, then starts it listening only on a Unix socket in DIR
# (DIR/.s.PGSQL.PORT). No TCP: the socket's folder is the data folder, mode 0700, so only the cluster's owner (and
# root) can connect at all; the "trust" of a private cluster extends to nobody else on the machine.
pg_start() {
    local dir=$1 port=$2 bin
    bin=$(pg_bin)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$dir"
        if ! runuser -u postgres -- test -w "$dir"; then
            echo "The postgres user cannot reach $dir; put the repository where other users can read it." >&2
            return 1
        fi
    fi
    if [ ! -f "$dir/PG_VERSION" ]; then
        pg_as_owner "$bin/initdb" -D "$dir" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if pg_as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
        echo "PostgreSQL is already running in $dir" >&2
        return 0
    fi
    pg_as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses='' -c unix_socket_permissions=0700 -c fsync=${PG_FSYNC:-on} -c max_connections=${PG_MAX_CONNECTIONS:-100}" start >/dev/null
}

# pg_socket_dir DIR: the absolute folder of the cluster's socket, for Host= in a connection string or psql -h.
pg_socket_dir() {
    (cd "$1" && pwd)
}

# pg_stop DIR: stops the cluster in DIR if it runs.
pg_stop() {
    local dir=$1
    pg_as_owner "$(pg_bin)/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 || true
}

# pg_free_port: a port number no cluster on this machine uses (for TCP or for the socket name .s.PGSQL.PORT).
pg_free_port() {
    local port
    for port in $(seq 55432 55532); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && ! ls /tmp/attribution-*/.s.PGSQL."$port" >/dev/null 2>&1; then
            echo "$port"; return 0
        fi
    done
    return 1
}
