#!/usr/bin/env bash
# Installs what the workbook interop tests need (Tests/ShellTests/XLSXInteropTests.swift), only
# when missing: LibreOffice's spreadsheet without a GUI (Debian's libreoffice-calc-nogui, about
# 300 MB, which is why `make deps` does not install it) and .venv-xlsx, a Python venv with the
# pins of scripts/xlsx/requirements.txt (openpyxl). `make test-xlsx` runs this, then the tests.
set -euo pipefail
if ! command -v soffice >/dev/null 2>&1 && ! command -v libreoffice >/dev/null 2>&1; then
  echo "parlens: installing libreoffice-calc-nogui" >&2
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
fi
if ! .venv-xlsx/bin/python -c "import openpyxl" >/dev/null 2>&1; then
  echo "parlens: creating .venv-xlsx with scripts/xlsx/requirements.txt" >&2
  python3 -m venv .venv-xlsx
  .venv-xlsx/bin/python -m pip install --quiet -r scripts/xlsx/requirements.txt
fi
