#!/usr/bin/env bash
# A throw-away PostgreSQL server for the test suites (Debian's postgresql package; binaries are not on PATH).
#   scripts/pg-test-server.sh start DIR   → initdb into DIR, listen on 127.0.0.1:<free port>, print the connection string
#   scripts/pg-test-server.sh stop DIR    → stop it (the folder is left for the caller to delete)
# Runs initdb/pg_ctl as user postgres when started as root.
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?folder}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then echo "PostgreSQL binaries not found under /usr/lib/postgresql/*/bin" >&2; exit 3; fi
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$cmd" in
  start)
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
    as_pg "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    for _ in $(seq 1 20); do
      port=$(( 20000 + RANDOM % 40000 ))
      if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then continue; fi # taken
      if as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
           -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=300" start >/dev/null; then
        echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
        exit 0
      fi
    done
    cat "$dir/server.log" >&2 || true
    exit 1 ;;
  stop)
    as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
