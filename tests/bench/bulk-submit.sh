#!/usr/bin/env bash
# Bulk submission benchmark (issue 17: ≥ 150 plans/s with 2 workers, on SQLite and on PostgreSQL):
#   bash tests/bench/bulk-submit.sh [plans] [jobs]        # defaults: 1000 plans, 2 workers
# Starts the Release service (Development: no cloud sign-in) on a throw-away SQLite database, then on a throw-away
# PostgreSQL server (tests/run-postgres.sh: initdb in a temporary folder), and runs
# `thidua submit ../shared/corpus --repeat-to N --jobs J` against each: the corpus sent again and again, each copy made
# distinct, and the rate in plans per second printed by the CLI. The per-minute request limits are raised for the run
# (they would otherwise throttle a benchmark, not the database). A first round of 100 plans is sent before the measured
# one (a running service has compiled its submission path long before a bulk load comes).
# Beside the wall-clock rate it prints the CPU time (user + system) of the CLI, of the service and of the PostgreSQL
# server's processes during the measured round, and the rate two idle cores would reach when they are the only limit:
# N ÷ (CPU ÷ 2). On a machine others load, the wall-clock rate says little and the CPU-bound rate is the figure to
# compare; on a quiet machine both should agree. Build first:
#   dotnet build service/ThiDua.Service -c Release && dotnet build service/ThiDua.Cli -c Release
# SERVICE_DLL / CLI_DLL name other builds (e.g. an older commit's, to measure a baseline in the same run).
# JOBS_OPTION=--parallel for a CLI older than --jobs.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
plans=${1:-1000}
jobs=${2:-2}
service_dll=${SERVICE_DLL:-$root/service/ThiDua.Service/bin/Release/net10.0/ThiDua.Service.dll}
cli_dll=${CLI_DLL:-$root/service/ThiDua.Cli/bin/Release/net10.0/thidua.dll}
corpus=$root/../shared/corpus
for f in "$service_dll" "$cli_dll"; do [ -f "$f" ] || { echo "not built: $f" >&2; exit 2; }; done
[ -d "$corpus" ] || { echo "../shared/corpus not found beside the repository" >&2; exit 2; }

# utime + stime of a process, in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# utime + stime of the PostgreSQL server of $THIDUA_TEST_PG (the postmaster, the backends it reaped and the live ones), in ticks.
pg_ticks() {
  local port server
  port=$(sed -n 's/.*Port=\([0-9]*\).*/\1/p' <<<"${THIDUA_TEST_PG:-}")
  server=$([ -z "$port" ] || pgrep -f "postgres -D .* -p $port( |$)" | head -1)
  [ -n "$server" ] || { echo 0; return; }
  { awk '{ print $14 + $15 + $16 + $17 }' "/proc/$server/stat"; for c in $(pgrep -P "$server"); do cpu_ticks "$c" 2>/dev/null || true; done; } |
    awk '{ s += $1 } END { print s + 0 }'
}

# One database: start the service on it (connection string in $1), wait for it, submit, stop it.
run_one() {
  local label=$1 connection=$2 port pid log times
  port=$((20000 + RANDOM % 40000))
  log=$(mktemp "${TMPDIR:-/tmp}/thidua-bulk.XXXXXX.log")
  times=$(mktemp "${TMPDIR:-/tmp}/thidua-bulk-time.XXXXXX")
  ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__ThiDua="$connection" \
    RateLimits__PerAddressPerMinute=1000000 RateLimits__PerUserPerMinute=1000000 \
    dotnet "$service_dll" --urls "http://127.0.0.1:$port" --contentRoot "$root/service/ThiDua.Service" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; return 1; }
    sleep 0.5
  done
  echo "── $label (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  dotnet "$cli_dll" submit "$corpus" --server "http://127.0.0.1:$port" --repeat-to 100 "${JOBS_OPTION:---jobs}" "$jobs" >/dev/null || true
  local before after pg_before pg_after
  before=$(cpu_ticks "$pid")
  pg_before=$(pg_ticks)
  /usr/bin/time -o "$times" -f '%U %S' \
    dotnet "$cli_dll" submit "$corpus" --server "http://127.0.0.1:$port" --repeat-to "$plans" "${JOBS_OPTION:---jobs}" "$jobs" | tail -2 || true
  after=$(cpu_ticks "$pid")
  pg_after=$(pg_ticks)
  # CPU is what a loaded machine does not distort much: the service's, the CLI's and the database server's user + system time.
  awk -v t=$((after - before)) -v p=$((pg_after - pg_before)) -v c="$(tail -1 "$times")" -v hz="$(getconf CLK_TCK)" -v n="$plans" \
    'BEGIN { split(c, u, " "); client = u[1] + u[2]; service = t/hz; db = p/hz; total = client + service + db;
             printf "CPU: máy chủ %.2f s (%.1f ms mỗi kế hoạch), dòng lệnh %.2f s, PostgreSQL %.2f s; tổng %.1f ms mỗi kế hoạch → %.0f kế hoạch/giây trên 2 nhân rảnh.\n",
                    service, 1000*service/n, client, db, 1000*total/n, n/(total/2) }'
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$log" "$times"
}

if [ -z "${THIDUA_BULK_PG_ONLY:-}" ]; then
  dir=$(mktemp -d "${TMPDIR:-/tmp}/thidua-bulk.XXXXXX")
  run_one "SQLite" "Data Source=$dir/thidua.db" || true
  rm -rf "$dir"
  THIDUA_BULK_PG_ONLY=1 exec bash "$root/tests/run-postgres.sh" bash "$0" "$plans" "$jobs"
else
  run_one "PostgreSQL" "$THIDUA_TEST_PG"
fi
