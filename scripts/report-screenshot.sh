#!/usr/bin/env bash
# Regenerates docs/report-corpus.png, the README's picture of `copydesk report corpus`
# (needs Chromium: Debian package "chromium").
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$here"
./copydesk report corpus --out "$work/report.html" -q
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/profile" --hide-scrollbars \
  --window-size=1280,"${HEIGHT:-4500}" --virtual-time-budget=5000 --screenshot="$here/docs/report-corpus.png" \
  "file://$work/report.html" 2>/dev/null
echo "wrote $here/docs/report-corpus.png"
