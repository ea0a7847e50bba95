#!/usr/bin/env bash
# Installs the C libraries parlens builds against, only when they are missing:
# libgsl-dev (statistics), libedit-dev (REPL line editing), zlib1g-dev (ZIPFoundation inflates
# .xlsx archives with zlib), pkg-config (finding them).
set -euo pipefail
need=()
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
if command -v pkg-config >/dev/null 2>&1; then
  pkg-config --exists gsl || need+=(libgsl-dev)
  pkg-config --exists libedit || need+=(libedit-dev)
  pkg-config --exists zlib || need+=(zlib1g-dev)
else
  need+=(libgsl-dev libedit-dev zlib1g-dev)
fi
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
echo "parlens: installing ${need[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${need[@]}" >/dev/null
