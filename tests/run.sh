#!/usr/bin/env bash
# Runs every test of ThiDua on a fresh machine: installs what is missing (Debian packages, NuGet, npm), builds the
# solution and the pane, starts a throw-away PostgreSQL on 127.0.0.1 for the database tests, runs the .NET tests
# (xunit), the pane's unit tests (Vitest) and its browser tests (Playwright + Debian's Chromium), and ends with one line
# "N passed, N failed". Exit code 0 only when everything passed.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
results="$root/tests/artifacts/results"
rm -rf "$results"; mkdir -p "$results"

bash service/install-prerequisites.sh test || { echo "0 passed, 1 failed"; exit 1; }

echo "== dotnet build"
if ! dotnet build ThiDua.WordAddin.sln -c Release -nologo -v q; then echo "0 passed, 1 failed"; exit 1; fi

passed=0; failed=0
count_trx() { # adds the counters of a TRX file
  local f="$1" p q
  p=$(grep -o 'passed="[0-9]*"' "$f" | head -1 | grep -o '[0-9]*'); q=$(grep -o 'failed="[0-9]*"' "$f" | head -1 | grep -o '[0-9]*')
  passed=$((passed + ${p:-0})); failed=$((failed + ${q:-0}))
}

run_dotnet_tests() {
  for proj in tests/*/*.Tests.csproj; do
    name=$(basename "$proj" .csproj)
    echo "== $name"
    dotnet test "$proj" -c Release --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
      --logger "console;verbosity=minimal" || true
    if [ -f "$results/$name.trx" ]; then count_trx "$results/$name.trx"; else failed=$((failed + 1)); echo "$name: no results"; fi
  done
}

# The database tests run against a real PostgreSQL started here and stopped at the end (tests/run-postgres.sh).
export -f run_dotnet_tests count_trx
if [ -x tests/run-postgres.sh ] || [ -f tests/run-postgres.sh ]; then
  bash tests/run-postgres.sh bash -c 'run_dotnet_tests; echo "$passed $failed" > "'"$results"'/dotnet-counts"'
  read -r passed failed < "$results/dotnet-counts" 2>/dev/null || { passed=0; failed=1; }
else
  run_dotnet_tests
fi

if [ -f addin/package.json ]; then
  echo "== addin (npm)"
  (cd addin && npm ci --no-audit --no-fund --loglevel=error) || failed=$((failed + 1))
  if (cd addin && npm test -- --reporter=junit --outputFile="$results/vitest.xml" >/dev/null 2>&1; npm test); then :; fi
  if [ -f "$results/vitest.xml" ]; then
    t=$(grep -o 'tests="[0-9]*"' "$results/vitest.xml" | head -1 | grep -o '[0-9]*'); f=$(grep -o 'failures="[0-9]*"' "$results/vitest.xml" | head -1 | grep -o '[0-9]*')
    passed=$((passed + ${t:-0} - ${f:-0})); failed=$((failed + ${f:-0}))
  fi
fi

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
