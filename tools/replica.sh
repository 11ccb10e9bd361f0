#!/usr/bin/env bash
# A primary and a streaming hot standby on loopback, for the replica tests and benchmark.
#
#   tools/replica.sh start DIR   creates (first time) and starts DIR/primary and DIR/standby, the standby made from the
#                                primary with pg_basebackup; prints PRIMARY_PORT, STANDBY_PORT and PASSWORD lines
#   tools/replica.sh stop DIR [primary|standby]   stops both (or one)
#
# Both clusters run as the postgres user and listen on 127.0.0.1 only, with password (SCRAM) authentication for TCP
# and replication; the password is random, kept in DIR/password (mode 0600). Unix sockets are in DIR (mode 0700).
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/pg.sh

command=${1:?usage: tools/replica.sh start|stop DIR [primary|standby]}
dir=${2:?usage: tools/replica.sh start|stop DIR [primary|standby]}
bin=$(pg_bin)
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
chmod 700 "$dir"; if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi

stop() { pg_as_owner "$bin/pg_ctl" -D "$dir/$1" -m fast -w stop >/dev/null 2>&1 || true; }

serve() { # serve NAME PORT
    pg_as_owner "$bin/pg_ctl" -D "$dir/$1" -l "$dir/$1.log" -w -t 60 \
        -o "-p $2 -k $dir -c listen_addresses=127.0.0.1 -c unix_socket_permissions=0700 -c max_connections=${PG_MAX_CONNECTIONS:-200} -c fsync=${PG_FSYNC:-on}" \
        start >/dev/null
}

case $command in
start)
    pg_ensure_installed
    if [ ! -f "$dir/password" ]; then
        pg_as_owner sh -c "umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=' > '$dir/password'"
    fi
    password=$(cat "$dir/password")
    if [ ! -f "$dir/ports" ]; then
        primary_port=$(pg_free_port)
        # Hold the first port while choosing the second, so that they differ.
        standby_port=$(for port in $(seq $((primary_port + 1)) 55532); do
            (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; break; }; done)
        echo "$primary_port $standby_port" > "$dir/ports"
    fi
    read -r primary_port standby_port < "$dir/ports"
    if [ ! -f "$dir/primary/PG_VERSION" ]; then
        pg_as_owner "$bin/initdb" -D "$dir/primary" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
            --pwfile="$dir/password" -E UTF8 --locale=C.UTF-8 >/dev/null
        echo "host replication postgres 127.0.0.1/32 scram-sha-256" | pg_as_owner tee -a "$dir/primary/pg_hba.conf" >/dev/null
    fi
    pg_as_owner "$bin/pg_ctl" -D "$dir/primary" status >/dev/null 2>&1 || serve primary "$primary_port"
    if [ ! -f "$dir/standby/PG_VERSION" ]; then
        # -R writes primary_conninfo (with the password) and standby.signal: the copy starts as a streaming standby.
        pg_as_owner env PGPASSWORD="$password" "$bin/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres \
            -D "$dir/standby" -R -X stream -c fast
    fi
    pg_as_owner "$bin/pg_ctl" -D "$dir/standby" status >/dev/null 2>&1 || serve standby "$standby_port"
    echo "PRIMARY_PORT=$primary_port"
    echo "STANDBY_PORT=$standby_port"
    echo "PASSWORD=$password"
    ;;
stop)
    case ${3:-both} in
    primary) stop primary ;;
    standby) stop standby ;;
    both) stop standby; stop primary ;;
    *) echo "stop what? primary, standby or nothing for both" >&2; exit 2 ;;
    esac
    ;;
*) echo "usage: tools/replica.sh start|stop DIR [primary|standby]" >&2; exit 2 ;;
esac
