#!/usr/bin/env bash
# Installs what the tests need when it is missing, then runs every test in the solution.
# Extra arguments go to `dotnet test` (e.g. ./test.sh --filter FullyQualifiedName~Matching).
set -euo pipefail
cd "$(dirname "$0")"

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v qpdf >/dev/null || need_apt+=(qpdf)
command -v pdftoppm >/dev/null || need_apt+=(poppler-utils)
[ -d /usr/share/fonts/truetype/liberation2 ] || need_apt+=(fonts-liberation2)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "test.sh: installing ${need_apt[*]} from Debian"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "test.sh: these Debian packages are missing: ${need_apt[*]}" >&2
    echo "test.sh: install them with: sudo apt-get install -y ${need_apt[*]}" >&2
    exit 1
  fi
fi
command -v dotnet >/dev/null || { echo "test.sh: the .NET 10 SDK is missing (https://dot.net)" >&2; exit 1; }
command -v npm >/dev/null || { echo "test.sh: Node.js 20+ with npm is missing (the GOV.UK Frontend assets come from npm)" >&2; exit 1; }

dotnet tool restore >/dev/null
dotnet build Licensing.sln -c Debug -nologo -clp:ErrorsOnly
dotnet test Licensing.sln --no-build -nologo "$@"
