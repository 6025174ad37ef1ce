#!/usr/bin/env bash
# Sets up whatever is missing, then runs every test: host tests of the pure core (cargo test), the dataset
# validator on the shipped dataset, a release build, and the end-to-end tests in headless Chromium (which also
# print the size of everything the page loads and the time to first chart, and check the size budget).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

echo "[test] host tests"
cargo test --workspace --locked

echo "[test] benchmark: parse + validate (shipped and 100x synthetic), chart drawing"
cargo bench --locked -p explainer-core --bench load

echo "[test] benchmark in Chromium: chart redraw (shipped dataset, and a 100,000-point connectivity series)"
CHROMEDRIVER=/usr/bin/chromedriver cargo test --locked --release --target wasm32-unknown-unknown \
  -p explainer-core --test browser_bench -- --nocapture

echo "[test] validating the shipped dataset"
cargo run --quiet --locked -p explainer-core --bin validate -- public/data/iran-2026.json

echo "[test] release build"
start=$(date +%s)
trunk build --release
echo "[test] release build took $(( $(date +%s) - start )) s"

echo "[test] end-to-end tests in Chromium"
node --test --test-reporter=spec e2e/
