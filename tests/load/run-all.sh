#!/usr/bin/env bash
# Issue 17's interactive figures in one go, printed for docs/performance.md. A benchmark, never a test.
#   tests/load/run-all.sh                                   # everything, about 35 minutes on the 2-core machine
#   tests/load/run-all.sh navigation checkin                # some steps only
#   LEVELS=10 MEASURE=20 tests/load/run-all.sh interactive  # smaller
#   tests/load/run-all.sh protocol-navigation protocol      # the protocol-level client only (no browser)
# Steps: navigation (server CPU per navigation, one user), first-load (LCP, Chromium + DevTools protocol with
# Lighthouse's mobile throttling), lighthouse (Lighthouse 12.2.3 itself, from npm), checkin (10 desks scanning,
# 17 booth pages open), interactive (50/100/200 users in Chromium pages), protocol-navigation and protocol (the
# same two with the protocol-level Blazor client instead of Chromium: SignalR "blazorpack", no browser, so
# N = 100 and 200 fit on the 2 cores), hold (keep the app running for profiling).
# Knobs: ROUNDS, WARMUP (protocol-navigation's warm-up rounds, 30: tier-0 code costs several times more), RUNS,
# SCANS, PAUSE_MS, LEVELS, MEASURE, THINK (e.g. 5-15 seconds), APP_DIR (an already published app instead of
# publishing this tree), LIGHTHOUSE_DIR, HOLD_SECONDS.
# Publishes the Release build, starts it in the Production environment with the demo switch
# (Database__SeedDemoData) on a throwaway PostgreSQL cluster, with the Blazor metrics log switched on
# (Diagnostics__BlazorMetricsLog), prepares the fair day (everyone invited and planned, load accounts), then runs
# the load tool (tests/load/JobConnect.Load). Headless Debian Chromium drives the pages; it runs on the same
# 2 cores as the server, so read the server's own CPU share next to the browser-measured times.
# Needs chromium, postgresql (Debian packages; ./test.sh installs both), node/npm for the lighthouse step.
set -euo pipefail
cd "$(dirname "$0")/../.."
steps=("${@:-navigation protocol-navigation first-load lighthouse checkin interactive protocol}")
steps=(${steps[*]})
work=$(mktemp -d /tmp/jobconnect-load.XXXXXX)
chmod 755 "$work"   # the postgres account must reach the cluster inside it
trap 'kill "$(cat "$work/app.pid" 2>/dev/null)" 2>/dev/null || true; tests/scripts/postgres-throwaway.sh stop "$work/pg"' EXIT
started=$(date +%s)
echo "== $(date -u '+%F %T') UTC, $(nproc) cores, uptime: $(uptime)"

# APP_DIR: an already published app (e.g. an older commit's, for a before/after comparison).
if [ -n "${APP_DIR:-}" ]; then cp -r "$APP_DIR" "$work/app"; else dotnet publish src/JobConnect.Web -c Release -o "$work/app" -nologo -clp:ErrorsOnly >/dev/null; fi
dotnet build tests/load/JobConnect.Load -c Release -o "$work/load" -nologo -clp:ErrorsOnly >/dev/null
server=$(tests/scripts/postgres-throwaway.sh start "$work/pg")
export Database__Provider=PostgreSql ConnectionStrings__PostgreSql="$server;Database=jobconnect"
port=$((20000 + RANDOM % 30000))
# The load accounts sign in from one address, several times within a code's 30 seconds: the limits and the
# one-sign-in-per-code rule are switched off as in the HTTP test suite (they have their own tests).
base="http://127.0.0.1:$port/"
metrics="$work/blazor-metrics.csv"
(cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production Database__SeedDemoData=true Security__AllowPlainHttp=true \
   SignInLimits__PermitsPerAddress=100000 SignInLimits__PermitsPerAccount=100000 TwoFactor__RefuseReusedCodes=false \
   Diagnostics__BlazorMetricsLog="$metrics" \
   dotnet JobConnect.Web.dll --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1) &
echo $! >"$work/app.pid"
pid=$(cat "$work/app.pid")
until curl -sf -o /dev/null "${base}health/ready"; do
  kill -0 "$pid" 2>/dev/null || { cat "$work/app.log"; exit 1; }
  sleep 1
done
echo "app: Release, Production + demo switch, PostgreSQL, pid $pid, $base"
dotnet "$work/load/JobConnect.Load.dll" prepare

# Lighthouse 12.2.3 from the npm registry (13.x wants Node 22), mobile preset with its simulated throttling, as
# the issue measured; signed-in pages get the session cookie as an extra header.
lighthouse_pages() {
  local lh=${LIGHTHOUSE_DIR:-$HOME/.cache/jobconnect-lighthouse}
  [ -x "$lh/node_modules/.bin/lighthouse" ] || npm i -E lighthouse@12.2.3 --prefix "$lh" --no-audit --no-fund >/dev/null
  local employer desk
  employer=$(dotnet "$work/load/JobConnect.Load.dll" cookie --base "$base" --role Employer)
  desk=$(dotnet "$work/load/JobConnect.Load.dll" cookie --base "$base" --role CheckIn)
  for page in "account/login|" "employer/booth|$employer" "checkin|$desk"; do
    local path=${page%%|*} cookie=${page#*|} out="$work/lighthouse-${page%%[/|]*}.json"
    curl -s -o /dev/null ${cookie:+-H "Cookie: $cookie"} "$base$path"   # the server's first answer includes JIT compilation
    for run in $(seq "${RUNS:-3}"); do
      # One retry: under load Lighthouse now and then loses its trace (NO_NAVSTART).
      for try in 1 2; do
        CHROME_PATH=/usr/bin/chromium "$lh/node_modules/.bin/lighthouse" "$base$path" --quiet --only-categories=performance \
          --output=json --output-path="$out" --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
          ${cookie:+--extra-headers="{\"Cookie\":\"$cookie\"}"} 2>"$work/lighthouse.err" && break
        echo "  lighthouse failed on /$path (try $try): $(grep -o 'Runtime error.*' "$work/lighthouse.err" | head -1)"
        rm -f "$out"
      done
      [ -f "$out" ] || continue
      node -e '
        const r = require(process.argv[1]), a = r.audits;
        const kib = a["total-byte-weight"].numericValue / 1024;
        console.log(`  /${process.argv[2]} run ${process.argv[3]}: performance ${r.categories.performance.score}, LCP ${a["largest-contentful-paint"].displayValue}, FCP ${a["first-contentful-paint"].displayValue}, TBT ${a["total-blocking-time"].displayValue}, ${kib.toFixed(0)} KiB (final URL ${r.finalDisplayedUrl})`);
      ' "$out" "$path" "$run"
    done
  done
}

for step in "${steps[@]}"; do
  echo
  echo "== $step — uptime before: $(uptime)"
  case "$step" in
    navigation)  dotnet "$work/load/JobConnect.Load.dll" navigation --base "$base" --pid "$pid" --metrics "$metrics" --rounds "${ROUNDS:-20}" ;;
    lighthouse)  lighthouse_pages ;;
    first-load)  dotnet "$work/load/JobConnect.Load.dll" first-load --base "$base" --runs "${RUNS:-3}" ;;
    checkin)     dotnet "$work/load/JobConnect.Load.dll" checkin --base "$base" --pid "$pid" --metrics "$metrics" --scans "${SCANS:-20}" --pause-ms "${PAUSE_MS:-1000}" ;;
    interactive|protocol)
                 dotnet "$work/load/JobConnect.Load.dll" "$step" --base "$base" --pid "$pid" --metrics "$metrics" \
                   --levels "${LEVELS:-50,100,200}" --measure "${MEASURE:-60}" --think "${THINK:-5-15}" ;;
    protocol-navigation) dotnet "$work/load/JobConnect.Load.dll" protocol-navigation --base "$base" --pid "$pid" --metrics "$metrics" \
                   --rounds "${ROUNDS:-20}" --warmup "${WARMUP:-30}" ;;
    hold)        echo "app kept running for ${HOLD_SECONDS:-3600} s (profiling): base $base pid $pid metrics $metrics database $ConnectionStrings__PostgreSql"; sleep "${HOLD_SECONDS:-3600}" ;;
    *) echo "unknown step $step" >&2; exit 2 ;;
  esac || echo "!! step $step failed (exit $?)"
  echo "== $step — uptime after: $(uptime)"
done
echo
echo "server errors logged: $(grep -c -E '^(fail|crit)' "$work/app.log" || true)"
grep -A3 -E '^(fail|crit)' "$work/app.log" | head -20 || true
echo "total $(( ($(date +%s) - started) / 60 )) min $(( ($(date +%s) - started) % 60 )) s"
