#!/usr/bin/env bash
# The main job on embedded defaults: installs what is missing, builds the solution and the task pane, and starts the
# ThiDua service on http://localhost:5000 (and https://localhost:5001 with the ASP.NET Core development certificate,
# which Office needs to load the pane). Data goes to SQLite under service/ThiDua.Service/data/; no cloud sign-in.
# Stop it with Ctrl+C.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Development = Authentication:Mode=LocalDevelopment (appsettings.Development.json): no cloud sign-in on this machine.
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"

bash service/install-prerequisites.sh main
dotnet build ThiDua.WordAddin.sln -c Release -nologo -v q
if [ -f addin/package.json ]; then
  (cd addin && npm ci --no-audit --no-fund --loglevel=error && npm run build)
fi
# The service runs from a ReadyToRun publish (its code and its packages' compiled ahead of time, framework-dependent): it
# starts with a third of the methods to compile and its first check of a plan compiles 60 methods instead of 335
# (README, "The service starts warm"; tests/bench/warm-start.sh). On another architecture, the build output.
service="service/ThiDua.Service/bin/Release/net10.0/ThiDua.Service.dll"
case "$(uname -m)" in x86_64) rid=linux-x64 ;; aarch64) rid=linux-arm64 ;; *) rid="" ;; esac
if [ -n "$rid" ]; then
  dotnet publish service/ThiDua.Service -c Release -r "$rid" --no-self-contained -p:PublishReadyToRun=true \
    -o service/ThiDua.Service/bin/ready -nologo -v q
  service="service/ThiDua.Service/bin/ready/ThiDua.Service.dll"
fi
urls="http://localhost:5000"
if dotnet dev-certs https >/dev/null 2>&1; then urls="$urls;https://localhost:5001"; fi

echo "ThiDua: http://localhost:5000  (API: /swagger · bảng điều khiển: /dashboard)"
echo "Kiểm tra một kế hoạch: dotnet service/ThiDua.Cli/bin/Release/net10.0/thidua.dll check ../shared/corpus"
echo "  (bản biên dịch sẵn, nhanh hơn khi kiểm tra nhiều tệp: bash service/ThiDua.Cli/publish-native.sh)"
exec dotnet "$service" --urls "$urls" --contentRoot "$root/service/ThiDua.Service"
