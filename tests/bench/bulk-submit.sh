#!/usr/bin/env bash
# Bulk submission benchmark (issue 17: ≥ 150 plans/s with 2 workers, on SQLite and on PostgreSQL):
#   bash tests/bench/bulk-submit.sh [plans] [jobs]        # defaults: 1000 plans, 2 workers
# Starts the Release service (Development: no cloud sign-in) on a throw-away SQLite database, then on a throw-away
# PostgreSQL server (tests/run-postgres.sh: initdb in a temporary folder), and runs
# `thidua submit ../shared/corpus --repeat-to N --jobs J` against each: the corpus sent again and again, each copy made
# distinct, and the rate in plans per second printed by the CLI. The per-minute request limits are raised for the run
# (they would otherwise throttle a benchmark, not the database). Build first:
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

# One database: start the service on it (connection string in $1), wait for it, submit, stop it.
run_one() {
  local label=$1 connection=$2 port pid log
  port=$((20000 + RANDOM % 40000))
  log=$(mktemp "${TMPDIR:-/tmp}/thidua-bulk.XXXXXX.log")
  ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__ThiDua="$connection" \
    RateLimits__PerAddressPerMinute=1000000 RateLimits__PerUserPerMinute=1000000 \
    dotnet "$service_dll" --urls "http://127.0.0.1:$port" --contentRoot "$root/service/ThiDua.Service" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 240); do
    curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; return 1; }
    sleep 0.5
  done
  echo "── $label"
  local before after
  before=$(cpu_ticks "$pid")
  dotnet "$cli_dll" submit "$corpus" --server "http://127.0.0.1:$port" --repeat-to "$plans" "${JOBS_OPTION:---jobs}" "$jobs" | tail -2 || true
  after=$(cpu_ticks "$pid")
  # CPU is what a loaded machine does not distort much: the service's user + system time during the submissions.
  awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$plans" \
    'BEGIN { printf "Máy chủ: %.1f s CPU, %.1f ms CPU mỗi kế hoạch.\n", t/hz, 1000*t/hz/n }'
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$log"
}

if [ -z "${THIDUA_BULK_PG_ONLY:-}" ]; then
  dir=$(mktemp -d "${TMPDIR:-/tmp}/thidua-bulk.XXXXXX")
  run_one "SQLite" "Data Source=$dir/thidua.db" || true
  rm -rf "$dir"
  THIDUA_BULK_PG_ONLY=1 exec bash "$root/tests/run-postgres.sh" bash "$0" "$plans" "$jobs"
else
  run_one "PostgreSQL" "$THIDUA_TEST_PG"
fi
