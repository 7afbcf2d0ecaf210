#!/usr/bin/env bash
# Writes a fresh copy of the bundled Lishui demo project and opens it in the built app.
# Uses the display if there is one, else a virtual one (xvfb-run).
set -euo pipefail
cd "$(dirname "$0")/.."
demo=build/lishui-demo.gpkg
build/app/investatlas-cli demo "$demo" --force
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec build/app/investatlas "$demo"
fi
echo "No display found: starting InvestAtlas on a virtual X display (xvfb-run)." >&2
exec xvfb-run -a -s "-screen 0 1600x1000x24" build/app/investatlas "$demo"
