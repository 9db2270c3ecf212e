#!/usr/bin/env bash
# Installs what ThiDua needs from Debian's packages, once. Usage: install-prerequisites.sh [main|native|test]
#   main: the Vietnamese syllable dictionary (hunspell-vi) for TEXT-SPELL.
#   native: also clang, which links the native thidua (service/ThiDua.Cli/publish-native.sh).
#   test: also clang, Chromium (browser tests), LibreOffice Writer and poppler (rendered pages of generated plans),
#         LibreOffice Calc (the exports opened as a spreadsheet opens them).
# The .NET SDK (the band global.json pins), Node.js/npm and PostgreSQL 15 are expected on the machine, not installed here.
set -euo pipefail
mode="${1:-main}"
packages=(hunspell-vi)
if [ "$mode" = native ] || [ "$mode" = test ]; then packages+=(clang); fi
if [ "$mode" = test ]; then packages+=(chromium libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils); fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Cài đặt: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi
