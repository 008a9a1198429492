#!/usr/bin/env bash
# Installs the npm dependencies exactly as locked, skipping the install when node_modules
# already matches package-lock.json (so repeated runs are quick).
set -euo pipefail
cd "$(dirname "$0")/.."

stamp=node_modules/.jak-monitor-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  exit 0
fi
npm ci --no-audit --no-fund
echo "$want" > "$stamp"
