#!/usr/bin/env bash
# Install everything the suite needs on a fresh Debian/Ubuntu machine: system packages (CJK fonts,
# zbar, Qt's runtime libraries), a virtual environment in .venv with the project, compiled
# translations. With --dev also the test and lint tools. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

DEV=0
[ "${1:-}" = "--dev" ] && DEV=1

APT_PKGS="python3-venv libzbar0 fonts-noto-cjk fonts-wqy-microhei fontconfig libegl1 libgl1 libxkbcommon0
  libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4
  libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  poppler-utils"
if command -v apt-get >/dev/null 2>&1; then
  missing=""
  for p in $APT_PKGS; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
  if [ -n "$missing" ]; then
    SUDO=""
    [ "$(id -u)" != 0 ] && SUDO="sudo"
    echo "installing system packages:$missing"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
fi

PY="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PY" -m venv .venv
if [ "$DEV" = 1 ]; then
  .venv/bin/pip install -q -e ".[test]"
else
  .venv/bin/pip install -q -e .
fi
.venv/bin/python tools/i18n.py compile
echo "ready: .venv"
