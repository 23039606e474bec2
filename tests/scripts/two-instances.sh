#!/usr/bin/env bash
# Two JobConnect instances behind nginx on loopback, sharing one PostgreSQL database and its
# data-protection keys, with sticky sessions — the production shape of docs/deploy.md, locally.
#   tests/scripts/two-instances.sh start DIR        # prints the proxy's URL; state and logs go to DIR
#   tests/scripts/two-instances.sh stop-instance DIR a|b    # and start-instance DIR a|b to bring it back
#   tests/scripts/two-instances.sh stop DIR
# Environment: JOBCONNECT_POSTGRES  server connection string (default: a throwaway cluster in DIR/pg)
#              JOBCONNECT_APP       the built JobConnect.Web.dll (default: the Debug build output)
#              JOBCONNECT_ENVIRONMENT  ASPNETCORE_ENVIRONMENT of the instances (default Development: demo fair)
# Needs nginx (apt-get install -y nginx) and postgresql when no server is given.
set -euo pipefail
cd "$(dirname "$0")/../.."
action=${1:?start, stop-instance or stop}
dir=$(mkdir -p "${2:?state directory}" && cd "$2" && pwd)
app=${JOBCONNECT_APP:-$PWD/src/JobConnect.Web/bin/Debug/net10.0/linux-x64/JobConnect.Web.dll}

free_port() {
  while :; do
    local port=$((20000 + RANDOM % 30000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

# True once the instance answers the sign-in page with 200 (no curl on a bare Debian).
answers() {
  { exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
  printf 'GET /account/login HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
  local status; read -r -t 10 status <&3 || true
  exec 3>&-
  [[ "$status" == *" 200 "* ]]
}

start_instance() {
  local name=$1 port
  # A restarted instance keeps its port: nginx knows it by that.
  port=$(cat "$dir/$name.port" 2>/dev/null || free_port)
  echo "$port" >"$dir/$name.port"
  (cd "$(dirname "$app")" && exec env ASPNETCORE_ENVIRONMENT="${JOBCONNECT_ENVIRONMENT:-Development}" \
      Database__Provider=PostgreSql ConnectionStrings__PostgreSql="$(cat "$dir/connection")" Database__SeedDemoData=true \
      dotnet "$app" --urls "http://127.0.0.1:$port" >"$dir/$name.log" 2>&1) &
  echo $! >"$dir/$name.pid"
  for _ in $(seq 1 240); do
    answers "$port" && return 0
    kill -0 "$(cat "$dir/$name.pid")" 2>/dev/null || { echo "instance $name died:" >&2; tail -20 "$dir/$name.log" >&2; return 1; }
    sleep 0.5
  done
  echo "instance $name did not answer on port $port" >&2; tail -20 "$dir/$name.log" >&2; return 1
}

case "$action" in
  start)
    [ -f "$app" ] || { echo "$app not built (dotnet build src/JobConnect.Web)" >&2; exit 1; }
    server=${JOBCONNECT_POSTGRES:-}
    if [ -z "$server" ]; then server=$(tests/scripts/postgres-throwaway.sh start "$dir/pg"); fi
    echo "$server;Database=jobconnect_pair_$RANDOM$RANDOM" >"$dir/connection"
    # The first instance migrates (and in Development seeds) before the second starts: one migration step.
    start_instance a
    start_instance b
    proxy=$(free_port)
    mkdir -p "$dir/nginx"
    sed -e "s|@DIR@|$dir/nginx|g" -e "s|@PROXY@|$proxy|" -e "s|@A@|$(cat "$dir/a.port")|" -e "s|@B@|$(cat "$dir/b.port")|" \
      tests/scripts/nginx-two-instances.conf >"$dir/nginx/nginx.conf"
    nginx -p "$dir/nginx" -c "$dir/nginx/nginx.conf" -e "$dir/nginx/error.log"
    echo "http://127.0.0.1:$proxy" | tee "$dir/proxy.url"
    ;;
  start-instance)
    start_instance "${3:?a or b}"
    ;;
  stop-instance)
    name=${3:?a or b}
    pid=$(cat "$dir/$name.pid")
    kill "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    ;;
  stop)
    if [ -f "$dir/nginx/nginx.pid" ]; then
      nginx -p "$dir/nginx" -c "$dir/nginx/nginx.conf" -e "$dir/nginx/error.log" -s stop 2>/dev/null || true
    fi
    for name in a b; do
      if [ -f "$dir/$name.pid" ]; then kill "$(cat "$dir/$name.pid")" 2>/dev/null || true; fi
    done
    if [ -d "$dir/pg" ]; then tests/scripts/postgres-throwaway.sh stop "$dir/pg"; fi
    ;;
  *) echo "usage: $0 start|stop-instance|start-instance|stop DIR [a|b]" >&2; exit 2 ;;
esac
