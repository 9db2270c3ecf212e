#!/usr/bin/env bash
# Runs every test of ThiDua on a fresh machine: installs what is missing (Debian packages, NuGet, npm), builds the
# solution, starts a throw-away PostgreSQL on 127.0.0.1 (tests/run-postgres.sh) for the .NET tests, runs the pane's unit
# tests (Vitest) and its browser tests (node:test + Playwright driving Debian's Chromium against the real service),
# compares the native thidua with the dotnet one (tests/native-cli.sh), checks the house rules, and ends with one line
# "N passed, N failed". House rules: ESLint and Prettier check addin/, manifest/ and tests/browser/ (one step each,
# counted below).
# Exit code 0 only when everything ran and passed.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
results="$root/tests/artifacts/results"
rm -rf "$results"; mkdir -p "$results"
passed=0; failed=0
fail_step() { echo "!! $1"; failed=$((failed + 1)); }

bash service/install-prerequisites.sh test || fail_step "prerequisites"

echo "== dotnet build"
if ! dotnet build ThiDua.WordAddin.sln -c Release -nologo -v q; then
  echo "0 passed, 1 failed"; exit 1
fi

echo "== .NET tests (PostgreSQL started for the database tests)"
bash tests/run-postgres.sh bash -c '
  for proj in tests/*/*.Tests.csproj; do
    name=$(basename "$proj" .csproj)
    echo "-- $name"
    dotnet test "$proj" -c Release --no-build -nologo --results-directory "$0" \
      --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" || true
  done' "$results" || fail_step "PostgreSQL or .NET test run"
for proj in tests/*/*.Tests.csproj; do
  name=$(basename "$proj" .csproj)
  trx="$results/$name.trx"
  if [ ! -f "$trx" ]; then fail_step "$name: no test results"; continue; fi
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  echo "$name: ${p:-0} passed, ${f:-0} failed"
done

echo "== native thidua (NativeAOT) against dotnet thidua.dll"
bash tests/native-cli.sh service/ThiDua.Cli/bin/Release/net10.0/thidua.dll 2>&1 | tee "$results/native-cli.log"
np=$(grep -E '^# pass [0-9]+' "$results/native-cli.log" | tail -1 | grep -o '[0-9]*'); nf=$(grep -E '^# fail [0-9]+' "$results/native-cli.log" | tail -1 | grep -o '[0-9]*')
if [ -z "$np" ]; then fail_step "native thidua: no results"; else
  passed=$((passed + np)); failed=$((failed + ${nf:-0})); echo "native thidua: $np passed, ${nf:-0} failed"; fi

if [ -f addin/package.json ]; then
  echo "== pane: npm ci, unit tests (Vitest)"
  if (cd addin && npm ci --no-audit --no-fund --loglevel=error); then
    echo "== house rules: ESLint, then Prettier (addin/, manifest/, tests/browser/)"
    if (cd addin && npm run --silent lint:eslint); then passed=$((passed + 1))
    else fail_step "ESLint: the findings above"; fi
    if (cd addin && npm run --silent lint:format); then passed=$((passed + 1))
    else fail_step "Prettier: the files above are not formatted (cd addin && npm run format)"; fi
    (cd addin && npm test -- --reporter=default --reporter=junit --outputFile.junit="$results/vitest.xml") || true
    if [ -f "$results/vitest.xml" ]; then
      head=$(grep -o '<testsuites [^>]*>' "$results/vitest.xml" | head -1)
      t=$(sed -n 's/.* tests="\([0-9]*\)".*/\1/p' <<<"$head"); f=$(sed -n 's/.* failures="\([0-9]*\)".*/\1/p' <<<"$head"); e=$(sed -n 's/.* errors="\([0-9]*\)".*/\1/p' <<<"$head")
      passed=$((passed + ${t:-0} - ${f:-0} - ${e:-0})); failed=$((failed + ${f:-0} + ${e:-0}))
      echo "vitest: $((${t:-0} - ${f:-0} - ${e:-0})) passed, $((${f:-0} + ${e:-0})) failed"
    else fail_step "vitest: no results"; fi

    echo "== pane: browser tests (Chromium, real service)"
    (cd addin && npm run test:browser) 2>&1 | tee "$results/browser.log"
    bp=$(grep -E '^# pass [0-9]+' "$results/browser.log" | tail -1 | grep -o '[0-9]*'); bf=$(grep -E '^# fail [0-9]+' "$results/browser.log" | tail -1 | grep -o '[0-9]*')
    if [ -z "$bp" ]; then fail_step "browser tests: no results"; else
      passed=$((passed + bp)); failed=$((failed + ${bf:-0})); echo "browser: $bp passed, ${bf:-0} failed"; fi
  else fail_step "npm ci"; fi
fi

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
