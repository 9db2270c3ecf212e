#!/usr/bin/env bash
# Warm start benchmark (issue 17: the first check after the service starts ≤ 2× a warm one):
#   bash tests/bench/warm-start.sh [plan.docx…]     # default: ../shared/corpus/tri-yen-2024.docx (7 pages)
# For each plan, starts the Release service twice on a throw-away SQLite database — with the engine warm-up
# (Engine:WarmUp=true, the default) and without — waits until /health answers, then times POST /api/plans/check of the
# plan 21 times with curl: the first request, and the median of the last 10 (warm). Prints the start time too (process
# start to /health), since the warm-up moves the compilation there. A 300-page plan: `thidua bench --save FILE`.
# SERVICE_DLL names another build. Build first: dotnet build service/ThiDua.Service -c Release
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
service_dll=${SERVICE_DLL:-$root/service/ThiDua.Service/bin/Release/net10.0/ThiDua.Service.dll}
[ -f "$service_dll" ] || { echo "not built: $service_dll" >&2; exit 2; }
plans=("$@")
[ ${#plans[@]} -gt 0 ] || plans=("$root/../shared/corpus/tri-yen-2024.docx")

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

run_one() {
  local plan=$1 warm=$2 dir port pid started ready first rest
  dir=$(mktemp -d "${TMPDIR:-/tmp}/thidua-warm.XXXXXX")
  port=$((20000 + RANDOM % 40000))
  started=$(date +%s.%N)
  ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__ThiDua="Data Source=$dir/thidua.db" Engine__WarmUp="$warm" \
    RateLimits__PerAddressPerMinute=1000000 RateLimits__PerUserPerMinute=1000000 \
    dotnet "$service_dll" --urls "http://127.0.0.1:$port" --contentRoot "$root/service/ThiDua.Service" >"$dir/log" 2>&1 &
  pid=$!
  until curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { cat "$dir/log" >&2; rm -rf "$dir"; return 1; }
    sleep 0.05
  done
  ready=$(date +%s.%N)
  check() { curl -fsS -o /dev/null -w '%{time_total}\n' -F "file=@$plan" "http://127.0.0.1:$port/api/plans/check"; }
  local t0 t1 t2 t3
  t0=$(cpu_ticks "$pid")
  first=$(check)
  t1=$(cpu_ticks "$pid")
  for _ in $(seq 1 10); do check >/dev/null; done
  t2=$(cpu_ticks "$pid")
  rest=$(for _ in $(seq 1 10); do check; done | median)
  t3=$(cpu_ticks "$pid")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
  # Wall time is distorted by a loaded machine; the service's CPU time (user + system) much less.
  awk -v n="$(basename "$plan")" -v w="$warm" -v s="$(echo "$ready - $started" | bc)" -v f="$first" -v r="$rest" \
    -v cf=$((t1 - t0)) -v cw=$((t3 - t2)) -v hz="$(getconf CLK_TCK)" \
    'BEGIN { printf "%-28s warm-up=%-5s start %5.2f s | wall: first %7.1f ms, warm %6.1f ms, %4.1f× | CPU: first %6.0f ms, warm %5.1f ms, %4.1f×\n",
             n, w, s, f*1000, r*1000, f/r, 1000*cf/hz, 100*cw/hz, (cf*10)/(cw > 0 ? cw : 1) }'
}

for plan in "${plans[@]}"; do
  run_one "$plan" false
  run_one "$plan" true
done
