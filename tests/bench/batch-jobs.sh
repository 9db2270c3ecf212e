#!/usr/bin/env bash
# Batch scaling benchmark (issue 17: `thidua check` on 500 small plans ≥ 1.8× faster with 2 jobs than with 1):
#   bash tests/bench/batch-jobs.sh [plans] [rounds]     # defaults: 500 plans (copies of ../shared/corpus), 3 rounds
# Copies the corpus plans into a temporary folder until it holds N files, then runs `thidua check DIR --jobs 1` and
# `--jobs 2` alternately, each round in a fresh process, and prints per run the wall time and the process's CPU time
# (user + system of the process and its threads, GNU time's %U + %S). On a machine other engineers load, wall time says
# little; the script therefore also runs both pinned with taskset — `--jobs 1` on one core, `--jobs 2` on two — and
# prints the CPU-bound speed-up: CPU(jobs 1) ÷ (CPU(jobs 2) ÷ 2), which is what 2 idle cores would give when the two
# workers never wait for each other, beside the wall-clock ratio of the same run.
# Each round also measures the machine's own ceiling: two independent processes with `--jobs 1`, each on half of the
# files, at the same time (pinned: one per core) — the same work split two ways with nothing shared but the machine. Its
# wall ratio (one process, one job ÷ the two halves) is the most two jobs can reach here; its CPU beside one job's says
# what running both cores at once costs the machine (shared caches, memory bandwidth, the hypervisor), and `--jobs 2`'s
# CPU beside the halves' what two workers in one process add on top (shared heap and GC, locks, the work queue).
# CLI_DLL names another build (an older commit's, to measure a baseline in the same run); CLI="path/to/thidua" runs a
# native build instead (the documented way to run the CLI: service/ThiDua.Cli/publish-native.sh). VARIANTS lists runtime
# settings to compare, each NAME or NAME:VAR=VALUE,VAR=VALUE (environment of the CLI), e.g.
#   VARIANTS="default server:DOTNET_gcServer=1 gen0:DOTNET_GCgen0size=0x4000000" bash tests/bench/batch-jobs.sh 500 2
# MODES="pinned" leaves out the free runs. Build first: dotnet build service/ThiDua.Cli -c Release
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
plans=${1:-500}
rounds=${2:-3}
corpus=$root/../shared/corpus
[ -d "$corpus" ] || { echo "../shared/corpus not found beside the repository" >&2; exit 2; }
if [ -n "${CLI:-}" ]; then
  cli=("$CLI")
else
  cli_dll=${CLI_DLL:-$root/service/ThiDua.Cli/bin/Release/net10.0/thidua.dll}
  [ -f "$cli_dll" ] || { echo "not built: $cli_dll" >&2; exit 2; }
  cli=(dotnet "$cli_dll")
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/thidua-jobs.XXXXXX")
one=$(mktemp -d "${TMPDIR:-/tmp}/thidua-one.XXXXXX")
halves=$(mktemp -d "${TMPDIR:-/tmp}/thidua-halves.XXXXXX")
times=$(mktemp "${TMPDIR:-/tmp}/thidua-time.XXXXXX")
trap 'rm -rf "$dir" "$one" "$halves" "$times"' EXIT
mapfile -t sources < <(find "$corpus" -maxdepth 1 -name '*.docx' ! -name '~$*' | sort)
for i in $(seq 1 "$plans"); do
  cp "${sources[$(( (i - 1) % ${#sources[@]} ))]}" "$dir/$(printf 'ke-hoach-%04d.docx' "$i")"
done
mkdir "$halves/1" "$halves/2"
for i in $(seq 1 "$plans"); do
  f=$(printf 'ke-hoach-%04d.docx' "$i")
  ln "$dir/$f" "$halves/$(( (i - 1) % 2 + 1 ))/$f"
done

read -r -a variants <<<"${VARIANTS:-default}"
settings=()

# One run: prints "wall cpu" in seconds.
run() {
  /usr/bin/time -o "$times" -f '%e %U %S' env "${settings[@]}" "$@" "${cli[@]}" check "$dir" --jobs "$jobs" >/dev/null 2>&1 || true
  tail -1 "$times" | awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }'
}

# Two processes with --jobs 1 on half the files each, at the same time: prints "wall cpu" (CPU of both) in seconds.
run_halves() {
  local pinned=$1 start end pids=() h
  start=$(date +%s.%N)
  for h in 1 2; do
    local pin=()
    [ "$pinned" = pinned ] && pin=(taskset -c $((h - 1)))
    /usr/bin/time -o "$times.$h" -f '%e %U %S' env "${settings[@]}" "${pin[@]}" "${cli[@]}" check "$halves/$h" --jobs 1 >/dev/null 2>&1 &
    pids+=($!)
  done
  wait "${pids[@]}" || true
  end=$(date +%s.%N)
  cat "$times.1" "$times.2" | awk -v w="$(echo "$end - $start" | bc)" '{ c += $2 + $3 } END { printf "%.2f %.2f\n", w, c }'
  rm -f "$times.1" "$times.2"
}

cp "${sources[0]}" "$one/"
printf '%d plans (copies of the corpus), %s, %d cores, load average %s\n' "$plans" "${cli[*]}" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
for variant in "${variants[@]}"; do
  settings=(DOTNET_NOLOGO=1)
  [[ "$variant" != *:* ]] || IFS=, read -r -a settings <<<"${variant#*:}"
  read -r _ start_cpu < <(jobs=1; dir=$one; run)
  echo "── ${variant%%:*} ${settings[*]}: one plan (start-up) $start_cpu s CPU"
  for mode in ${MODES:-free pinned}; do
    for round in $(seq 1 "$rounds"); do
      line="$mode round $round:"
      for jobs in 1 2; do
        if [ "$mode" = pinned ]; then
          cores=$([ "$jobs" = 1 ] && echo 0 || echo 0,1)
          read -r wall cpu < <(run taskset -c "$cores")
        else
          read -r wall cpu < <(run)
        fi
        eval "wall$jobs=$wall cpu$jobs=$cpu"
        line="$line  jobs $jobs: ${wall} s wall, ${cpu} s CPU;"
      done
      read -r wallh cpuh < <(run_halves "$mode")
      line="$line  halves: ${wallh} s wall, ${cpuh} s CPU;"
      # shellcheck disable=SC2154
      awk -v l="$line" -v w1="$wall1" -v w2="$wall2" -v wh="$wallh" -v c1="$cpu1" -v c2="$cpu2" -v ch="$cpuh" -v s="$start_cpu" \
        'BEGIN { printf "%s  wall ratio %.2f× (halves %.2f×), CPU-bound speed-up %.2f× (halves %.2f×), CPU of the work ÷ one job'"'"'s: jobs 2 %.2f, halves %.2f\n",
                 l, w1/w2, w1/wh, c1/(s + (c2-s)/2), c1/(s + (ch-2*s)/2), (c2-s)/(c1-s), (ch-2*s)/(c1-s) }'
    done
  done
done
