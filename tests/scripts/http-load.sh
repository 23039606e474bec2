#!/usr/bin/env bash
# HTTP load and page weight of the published (Release) app, as production serves it: one instance,
# Production environment, demo fair on a throwaway PostgreSQL cluster. A benchmark, never a test.
#   tests/scripts/http-load.sh [seconds per wrk run, default 20]
# Needs wrk, curl, postgresql (Debian packages). Figures go to docs/performance.md by hand, with `uptime`.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-20}
work=$(mktemp -d /tmp/jobconnect-load.XXXXXX)
chmod 755 "$work"   # the postgres account must reach the cluster inside it
trap 'kill "$(cat "$work/app.pid" 2>/dev/null)" 2>/dev/null || true; tests/scripts/postgres-throwaway.sh stop "$work/pg"' EXIT

dotnet publish src/JobConnect.Web -c Release -o "$work/app" -nologo -clp:ErrorsOnly >/dev/null
server=$(tests/scripts/postgres-throwaway.sh start "$work/pg")
port=$((20000 + RANDOM % 30000))
(cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production Database__Provider=PostgreSql \
   ConnectionStrings__PostgreSql="$server;Database=jobconnect" Database__SeedDemoData=true \
   dotnet JobConnect.Web.dll --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1) &
echo $! >"$work/app.pid"
base="http://127.0.0.1:$port"
until curl -sf -o /dev/null "$base/account/login"; do sleep 1; done

# Sign in as the demo caseworker: the form's antiforgery token and cookie, then the auth cookie.
jar="$work/cookies"
token=$(curl -s -c "$jar" "$base/account/login" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "_handler=login" --data-urlencode "__RequestVerificationToken=$token" \
  --data-urlencode "Input.Email=vermittlung@arbeitsagentur-kassel.demo" --data-urlencode "Input.Password=jobconnect-demo-kassel" "$base/account/login"
cookie=$(awk '$6 ~ /^JobConnect|^\.AspNetCore/ {printf "%s=%s; ", $6, $7}' "$jar")
curl -s -o /dev/null -w "signed-in /jobseekers: HTTP %{http_code}\n" -H "Cookie: $cookie" "$base/jobseekers"

echo "== page weight (bytes on the wire: plain / gzip / br) =="
page=$(curl -s "$base/account/login")
assets=$(grep -oE '(href|src)="[^"]+\.(css|js)"' <<<"$page" | sed -E 's/^(href|src)="//;s/"$//' | sort -u)
for url in /account/login $assets; do
  [[ "$url" == /* ]] || url="/$url"
  plain=$(curl -s -o /dev/null -w '%{size_download}' "$base$url")
  gz=$(curl -s -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' "$base$url")
  br=$(curl -s -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: br' "$base$url")
  cache=$(curl -s -D - -o /dev/null -H 'Accept-Encoding: br' "$base$url" | grep -i '^cache-control' | tr -d '\r' || true)
  echo "$url  $plain / $gz / $br  ${cache:-no cache-control}"
done

echo "== wrk, 2 threads, 50 connections, ${duration}s each =="
uptime
wrk -t2 -c50 -d"${duration}s" --latency "$base/account/login" | grep -E 'Requests/sec|Latency|99%|50%|Non-2xx'
uptime
wrk -t2 -c50 -d"${duration}s" --latency -H "Cookie: $cookie" "$base/jobseekers" | grep -E 'Requests/sec|Latency|99%|50%|Non-2xx'
uptime
echo "app working set: $(ps -o rss= -p "$(pgrep -P "$(cat "$work/app.pid")" -f JobConnect.Web.dll || cat "$work/app.pid")" | awk '{printf "%.0f MB", $1/1024}')"
