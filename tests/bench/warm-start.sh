#!/usr/bin/env bash
# Warm start benchmark (issue 17: the first check after the service starts ≤ 2× a warm one):
#   bash tests/bench/warm-start.sh [plan.docx…]     # default: ../shared/corpus/tri-yen-2024.docx (7 pages)
# For each plan, starts the Release service twice on a throw-away SQLite database — with the engine warm-up
# (Engine:WarmUp=true, the default) and without — waits until /health answers, then times POST /api/plans/check of the
# plan 21 times with curl: the first request, and the median of the last 10 (warm). Prints the start time too (process
# start to /health, wall and the service's CPU), since the warm-up moves the compilation there. A 300-page plan: `thidua bench --save FILE`.
# SERVICE_DLL names another build (an older commit's, for a baseline in the same run). Build first:
#   dotnet build service/ThiDua.Service -c Release
# PUBLISH=r2r measures a ReadyToRun publish of the service instead of the build output (framework-dependent, our
# assemblies and the packages' precompiled: what service/run.sh runs; PUBLISH=r2r-composite: self-contained, one composite image of the framework,
# the packages and ours); the publish goes to a temporary folder, so CI never pays for it.
# VARIANTS lists runtime settings to compare, each NAME or NAME:VAR=VALUE,VAR=VALUE (environment of the service), e.g.
#   VARIANTS="default nopgo:DOTNET_TieredPGO=0 notiered:DOTNET_TieredCompilation=0" bash tests/bench/warm-start.sh
# WARM_UP="true" leaves out the runs without the warm-up.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
service_dll=${SERVICE_DLL:-$root/service/ThiDua.Service/bin/Release/net10.0/ThiDua.Service.dll}
service=(dotnet "$service_dll")
plans=("$@")
[ ${#plans[@]} -gt 0 ] || plans=("$root/../shared/corpus/tri-yen-2024.docx")
read -r -a variants <<<"${VARIANTS:-default}"
published=""
trap '[ -z "$published" ] || rm -rf "$published"' EXIT
case "${PUBLISH:-}" in
  "") ;;
  r2r|r2r-composite)
    published=$(mktemp -d "${TMPDIR:-/tmp}/thidua-r2r.XXXXXX")
    rid=linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')
    flags=(-p:PublishReadyToRun=true --no-self-contained)
    [ "$PUBLISH" = r2r ] || flags=(-p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true --self-contained)
    dotnet publish "$root/service/ThiDua.Service" -c Release -r "$rid" "${flags[@]}" -o "$published" -nologo -v q >&2
    service=(dotnet "$published/ThiDua.Service.dll")
    [ "$PUBLISH" = r2r ] || service=("$published/ThiDua.Service") ;;
  *) echo "PUBLISH: r2r or r2r-composite" >&2; exit 2 ;;
esac
[ -f "${service[-1]}" ] || { echo "not built: ${service[-1]}" >&2; exit 2; }

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

run_one() {
  local plan=$1 warm=$2 variant=$3 dir port pid started ready first rest settings=()
  [[ "$variant" != *:* ]] || IFS=, read -r -a settings <<<"${variant#*:}"
  dir=$(mktemp -d "${TMPDIR:-/tmp}/thidua-warm.XXXXXX")
  port=$((20000 + RANDOM % 40000))
  started=$(date +%s.%N)
  env "${settings[@]}" ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__ThiDua="Data Source=$dir/thidua.db" Engine__WarmUp="$warm" \
    RateLimits__PerAddressPerMinute=1000000 RateLimits__PerUserPerMinute=1000000 \
    "${service[@]}" --urls "http://127.0.0.1:$port" --contentRoot "$root/service/ThiDua.Service" >"$dir/log" 2>&1 &
  pid=$!
  until curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { cat "$dir/log" >&2; rm -rf "$dir"; return 1; }
    sleep 0.05
  done
  ready=$(date +%s.%N)
  local ts
  ts=$(cpu_ticks "$pid")
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
  awk -v n="$(basename "$plan") ${variant%%:*}${PUBLISH:+ $PUBLISH}" -v w="$warm" -v s="$(echo "$ready - $started" | bc)" -v cs="$ts" -v f="$first" -v r="$rest" \
    -v cf=$((t1 - t0)) -v cw=$((t3 - t2)) -v hz="$(getconf CLK_TCK)" \
    'BEGIN { printf "%-40s warm-up=%-5s start %5.2f s, CPU %5.2f s | wall: first %7.1f ms, warm %6.1f ms, %4.1f× | CPU: first %6.0f ms, warm %5.1f ms, %4.1f×\n",
             n, w, s, cs/hz, f*1000, r*1000, f/r, 1000*cf/hz, 100*cw/hz, (cf*10)/(cw > 0 ? cw : 1) }'
}

echo "load average $(cut -d' ' -f1-3 /proc/loadavg), ${service[*]}"
for plan in "${plans[@]}"; do
  for variant in "${variants[@]}"; do
    for warm in ${WARM_UP:-false true}; do run_one "$plan" "$warm" "$variant"; done
  done
done
