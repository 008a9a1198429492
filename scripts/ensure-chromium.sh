#!/usr/bin/env bash
# Playwright cannot download its own browser here: it drives Debian's Chromium. Uses
# $CHROMIUM_PATH when set, else /usr/bin/chromium, installing Debian's package when missing.
set -euo pipefail

if [[ -n "${CHROMIUM_PATH:-}" ]]; then
  [[ -x "$CHROMIUM_PATH" ]] || { echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file." >&2; exit 1; }
  exit 0
fi
[[ -x /usr/bin/chromium ]] && exit 0

echo "Installing Debian's chromium for the end-to-end tests…" >&2
sudo_cmd=()
[[ "$(id -u)" -ne 0 ]] && sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq chromium >/dev/null
[[ -x /usr/bin/chromium ]] || { echo "chromium did not install; set CHROMIUM_PATH to a Chromium binary." >&2; exit 1; }
