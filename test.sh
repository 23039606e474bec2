#!/usr/bin/env bash
# Runs every test of JobConnect: installs what the tests need (Chromium, poppler-utils, PostgreSQL,
# nginx, sqlite3), builds once, runs all test projects on SQLite (the two-instance test behind nginx uses
# PostgreSQL), then the database suites again on PostgreSQL and the time tests under two more time zones,
# and ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx)
command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "Installing ${need[*]} (apt-get) ..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null \
      || { echo "apt-get install ${need[*]} failed"; exit 1; }
  else
    echo "Missing ${need[*]}: run 'sudo apt-get install -y ${need[*]}' or run ./test.sh as root." >&2
    exit 1
  fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null || { echo "dotnet tool restore failed"; exit 1; }
dotnet build JobConnect.sln -c Debug -nologo -clp:ErrorsOnly || { echo "0 passed, 1 failed"; exit 1; }

# Our own PostgreSQL: a fresh cluster in a temporary directory, Unix socket only, removed at exit.
pg_dir=$(mktemp -d /tmp/jobconnect-pg.XXXXXX)
trap 'tests/scripts/postgres-throwaway.sh stop "$pg_dir"' EXIT
pg_server=$(tests/scripts/postgres-throwaway.sh start "$pg_dir") || { echo "PostgreSQL did not start"; echo "0 passed, 1 failed"; exit 1; }
echo "PostgreSQL for the tests: $pg_server"
export JOBCONNECT_TEST_POSTGRES="$pg_server"
export PATH="$PATH:/usr/sbin"   # nginx

log=$(mktemp)
status=0
dotnet test JobConnect.sln --no-build -c Debug -nologo "$@" 2>&1 | tee "$log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
# The suites that touch the database run once more on PostgreSQL (a server that really runs writers in parallel):
# the application suite and the web suite (role × page matrix over HTTP, freshness banner).
for project in tests/JobConnect.Application.Tests tests/JobConnect.Web.Tests; do
  JOBCONNECT_TEST_PROVIDER=PostgreSql dotnet test "$project" --no-build -c Debug -nologo "$@" 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
done

# The time-sensitive tests again in the zones a server may run in (a container is UTC): "today",
# letter dates and deadlines must stay Kassel's (FairClock) whatever the server's zone.
for tz in UTC America/Los_Angeles; do
  echo "Time tests under TZ=$tz"
  TZ=$tz dotnet test tests/JobConnect.Application.Tests --no-build -c Debug -nologo --filter "Category=Time" 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
done

# dotnet test prints one summary per project: "Passed!  - Failed: 0, Passed: 13, Skipped: 0, ..."
summaries=$(grep -E '^(Passed|Failed)! +-' "$log")
passed=$(grep -oE 'Passed: +[0-9]+' <<<"$summaries" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' <<<"$summaries" | awk '{s+=$2} END {print s+0}')
projects=$(grep -c . <<<"$summaries")
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if [ "$projects" -eq 0 ]; then failed=$((failed + 1)); echo "No test summary found."; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
