#!/usr/bin/env bash
# The native thidua (NativeAOT, trimmed: service/ThiDua.Cli/publish-native.sh) must behave exactly as `dotnet thidua.dll`:
# trimming can drop code that is only reached by reflection (a rule, a JSON shape) without a build error. Publishes the
# native tool, runs both builds on the corpus and on bad input, and compares what they print and their exit codes.
# Prints one "ok"/"not ok" line per comparison and "# pass N" / "# fail N" (read by tests/run.sh).
# Usage: native-cli.sh <path of the Release thidua.dll>
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dll="$(realpath "${1:?usage: native-cli.sh <thidua.dll>}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pass=0; fail=0
ok() { echo "ok - $1"; pass=$((pass + 1)); }
not_ok() { echo "not ok - $1"; fail=$((fail + 1)); }

if ! native="$(bash "$root/service/ThiDua.Cli/publish-native.sh" "$work/native" | tail -1)" || [ ! -x "$native" ]; then
  not_ok "publish the native thidua"
  echo "# pass $pass"; echo "# fail $fail"; exit 1
fi
ok "publish the native thidua"

# Inputs, under names both runs see alike: the corpus, an unreadable file, an empty one, and the samples of `thidua new`.
mkdir -p "$work/in" "$work/jit" "$work/aot"
cp "$root/../shared/corpus/"*.docx "$work/in/"
echo "không phải văn bản Word" > "$work/in/ghi-chu.docx"
: > "$work/in/rong.docx"
samples="$root/service/ThiDua.Cli/samples"

# run <name> <args…>: both builds from $work, stdout and stderr and exit code compared.
run() {
  local name="$1"; shift
  (cd "$work" && dotnet "$dll" "$@" > "jit/$name.out" 2> "jit/$name.err"; echo $? > "jit/$name.code")
  (cd "$work" && "$native" "$@" > "aot/$name.out" 2> "aot/$name.err"; echo $? > "aot/$name.code")
  if cmp -s "$work/jit/$name.out" "$work/aot/$name.out" && cmp -s "$work/jit/$name.err" "$work/aot/$name.err" \
     && cmp -s "$work/jit/$name.code" "$work/aot/$name.code"; then
    ok "thidua $* (exit $(cat "$work/jit/$name.code"))"
  else
    not_ok "thidua $*: the native build differs"
    diff "$work/jit/$name.out" "$work/aot/$name.out" | head -20
    diff "$work/jit/$name.err" "$work/aot/$name.err" | head -5
  fi
}

run check-json check in --format json
run check-text check in
run extract-json extract in --format json
run extract-text extract in
# The fix and new commands write packages with fresh GUIDs: what is compared is the check of what each build wrote.
(cd "$work" && dotnet "$dll" fix in/tien-dong-2024.docx -o jit/da-sua.docx > /dev/null && "$native" fix in/tien-dong-2024.docx -o aot/da-sua.docx > /dev/null)
(cd "$work" && cp jit/da-sua.docx in/da-sua-jit.docx 2>/dev/null; cp aot/da-sua.docx in/da-sua-aot.docx 2>/dev/null)
(cd "$work" && dotnet "$dll" new -u "$samples/don-vi-tri-yen.json" -y 2025 -s "Phát động phong trào thi đua năm 2025" \
  --targets "$samples/chi-tieu-tri-yen.json" -o in/moi-jit.docx > /dev/null \
  && "$native" new -u "$samples/don-vi-tri-yen.json" -y 2025 -s "Phát động phong trào thi đua năm 2025" \
  --targets "$samples/chi-tieu-tri-yen.json" -o in/moi-aot.docx > /dev/null)
(cd "$work" && dotnet "$dll" tag in/hai-anh-2023.docx -o in/gan-the-jit.docx > /dev/null && "$native" tag in/hai-anh-2023.docx -o in/gan-the-aot.docx > /dev/null)
declare -A command_of=([da-sua]=fix [moi]=new [gan-the]=tag)
for pair in da-sua moi gan-the; do
  if [ -f "$work/in/$pair-jit.docx" ] && [ -f "$work/in/$pair-aot.docx" ]; then
    (cd "$work" && dotnet "$dll" check "in/$pair-jit.docx" --format json | sed "s/$pair-jit/$pair/" > "jit/$pair.json"
     "$native" check "in/$pair-aot.docx" --format json | sed "s/$pair-aot/$pair/" > "aot/$pair.json")
    if cmp -s "$work/jit/$pair.json" "$work/aot/$pair.json"; then ok "check of the plan each build's thidua ${command_of[$pair]} wrote"
    else not_ok "check of the plan each build's thidua ${command_of[$pair]} wrote differs"; diff "$work/jit/$pair.json" "$work/aot/$pair.json" | head -20; fi
  else
    not_ok "each build's thidua ${command_of[$pair]} writes its plan"
  fi
done
run new-bad-json new -u in/ghi-chu.docx -y 2025 -s "Kế hoạch" -o in/x.docx
run missing check in/khong-co.docx

# The service calls go through the client generated from the OpenAPI document (System.Text.Json over a source-generated
# context, no reflection): both builds against one real ThiDua.Service (Development: no sign-in, SQLite in $work). The
# corpus is sent once beforehand, so both compared runs answer "unchanged" for every plan (and refuse the two bad files);
# an import is refused with the service's problem (no Microsoft 365 sign-in here); a stored profile is read through its
# chain (and one that is not there is the chain's 404 problem).
service_dll="$root/service/ThiDua.Service/bin/Release/net10.0/ThiDua.Service.dll"
if [ -f "$service_dll" ]; then
  mkdir -p "$work/db"
  (cd "$work" && ASPNETCORE_ENVIRONMENT=Development Authentication__Mode=LocalDevelopment DOTNET_NOLOGO=1 Database__DataFolder="$work/db" \
    exec dotnet "$service_dll" --urls http://127.0.0.1:0 > "$work/service.log" 2>&1) &
  service_pid=$!
  server=""
  for _ in $(seq 1 120); do
    server="$(grep -oE 'Now listening on: http://127\.0\.0\.1:[0-9]+' "$work/service.log" | head -1 | sed 's/Now listening on: //')"
    [ -n "$server" ] && break
    sleep 1
  done
  if [ -n "$server" ]; then
    (cd "$work" && dotnet "$dll" submit in --server "$server" > /dev/null 2>&1)
    run submit-json submit in --server "$server"
    run import-refused import --onedrive --server "$server"
    run profile-missing check in/tri-yen-2024.docx --profile khong-co --server "$server"
    sed 's/"name": "tinh-mau"/"name": "tinh-thu"/' "$root/service/ThiDua.Rules/Profiles/Samples/tinh-mau.json" > "$work/tinh-thu.json"
    curl -s -o /dev/null -X PUT -H 'Content-Type: application/json' --data-binary @"$work/tinh-thu.json" "$server/api/rule-profiles/tinh-thu"
    run profile-stored check in/tri-yen-2024.docx --profile tinh-thu --server "$server"
  else
    not_ok "ThiDua.Service started for the service calls"; tail -5 "$work/service.log"
  fi
  kill "$service_pid" 2>/dev/null; wait "$service_pid" 2>/dev/null
else
  not_ok "ThiDua.Service built ($service_dll) for the service calls"
fi

# The memory probe of `thidua bench` runs in the native process too (figures are the benchmark's, not a test's).
if probe="$("$native" bench --memory-probe Check --probe-file "$work/in/tri-yen-2024.docx")" && [[ "$probe" =~ ^[0-9]+\ [0-9]+\ [0-9]+$ ]]; then
  ok "native memory probe answers ($probe)"
else
  not_ok "native memory probe"
fi

echo "# pass $pass"
echo "# fail $fail"
[ "$fail" -eq 0 ]
