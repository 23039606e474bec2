#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and the local two-instance set-up: its own data directory,
# reachable only through a Unix socket in that directory (no TCP port, so it never collides with a
# packaged cluster or another run), trust authentication for the local user.
#   tests/scripts/postgres-throwaway.sh start DIR   # prints the Npgsql connection string of the server
#   tests/scripts/postgres-throwaway.sh stop DIR    # stops the cluster and deletes DIR
# Durability is switched off (fsync, synchronous_commit): never use this for real data.
set -euo pipefail
action=${1:?start or stop}
dir=${2:?directory}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || { echo "PostgreSQL server binaries not found (apt-get install -y postgresql)" >&2; exit 1; }

# initdb and postgres refuse to run as root: use the package's postgres account then.
as_owner() { if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
owner() { if [ "$(id -u)" = "0" ]; then echo postgres; else id -un; fi; }

case "$action" in
  start)
    mkdir -p "$dir"
    if [ "$(id -u)" = "0" ]; then
      chown postgres "$dir"
      runuser -u postgres -- test -w "$dir" || { echo "the postgres account cannot reach $dir (a parent directory is private)" >&2; exit 1; }
    fi
    as_owner "$bin/initdb" -D "$dir/data" -U "$(owner)" -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o \
      "-c listen_addresses='' -c unix_socket_directories='$dir' -c max_connections=300 -c shared_buffers=64MB -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "Host=$dir;Username=$(owner);Maximum Pool Size=200"
    ;;
  stop)
    [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
