#!/usr/bin/env bash
# Installs what building, running and testing need on Debian 12: Debian packages (with sudo when
# not root) and the web app's npm packages. Quick when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build ccache pkg-config git
  libcpp-httplib-dev nlohmann-json3-dev libcli11-dev libsqlite3-dev libpq-dev libicu-dev
  libcairo2-dev libpango1.0-dev fonts-liberation2 libxlsxwriter-dev libzip-dev libpugixml-dev
  libqrencode-dev libzxing-dev libsodium-dev libfmt-dev libspdlog-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  postgresql chromium nodejs npm poppler-utils curl procps
)

missing=()
for p in "${packages[@]}"; do
  # Node and npm may come from outside Debian's packages; either is fine.
  case $p in nodejs) command -v node >/dev/null 2>&1 && continue ;; npm) command -v npm >/dev/null 2>&1 && continue ;; esac
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "deps: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ -f web/package.json ]; then
  stamp=web/node_modules/.daihoi-lock
  if [ ! -f "$stamp" ] || ! cmp -s web/package-lock.json "$stamp"; then
    echo "deps: npm ci (web)"
    (cd web && npm ci --no-audit --no-fund --loglevel=error)
    cp web/package-lock.json "$stamp"
  fi
fi
