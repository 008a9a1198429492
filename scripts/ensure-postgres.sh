#!/usr/bin/env bash
# The register's tests run their data layer on a real PostgreSQL too: Debian's postgresql
# package (15 or later), installed with apt-get when no initdb is found. Prints initdb's path.
set -euo pipefail

find_initdb() { ls -1 /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1; }

initdb_path=$(find_initdb || true)
if [[ -z "$initdb_path" ]]; then
  echo "Installing Debian's postgresql for the register's tests…" >&2
  sudo_cmd=()
  [[ "$(id -u)" -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  # policy-rc.d-less containers: the package's own cluster is not needed, only the binaries.
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq postgresql >/dev/null
  initdb_path=$(find_initdb || true)
fi
[[ -n "$initdb_path" ]] || { echo "postgresql did not install: no /usr/lib/postgresql/*/bin/initdb." >&2; exit 1; }
echo "$initdb_path"
