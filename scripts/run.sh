#!/usr/bin/env bash
# Sets up whatever is missing, then serves the explainer on the bundled dataset with `trunk serve`.
# Usage: scripts/run.sh [extra trunk serve arguments, e.g. --release or --port 9000]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
echo "[run] serving on http://127.0.0.1:8080/ (Ctrl-C to stop)"
exec trunk serve "$@"
