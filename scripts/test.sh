#!/usr/bin/env bash
# Sets up whatever is missing, then runs every test: host tests of the pure core (cargo test), the dataset
# validator on the shipped dataset, a release build, and the end-to-end tests in headless Chromium (which also
# print the size of everything the page loads and the time to first chart, and check the size budget).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# How many tests the suite has; a run with fewer fails (raise these when adding tests).
HOST_MIN_TESTS=106
E2E_MIN_TESTS=148

echo "[test] formatting and lints (host and wasm)"
cargo fmt --all -- --check
cargo clippy --locked --workspace --all-targets -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown -p toll-explainer --all-targets -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown -p toll-explainer --all-targets --features pseudo-locale -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown -p explainer-core --lib --test browser_bench -- -D warnings

echo "[test] host tests"
cargo test --workspace --locked 2>&1 | tee /tmp/host-tests.log
# Fail when fewer tests ran than the suite has (a test file silently dropped, a filter left in).
host_ran=$(grep -E '^test result: ok\. [0-9]+ passed' /tmp/host-tests.log | awk '{n += $4} END {print n + 0}')
echo "[test] host tests run: $host_ran (at least $HOST_MIN_TESTS expected)"
[ "$host_ran" -ge "$HOST_MIN_TESTS" ] || { echo "[test] only $host_ran host tests ran"; exit 1; }

echo "[test] benchmark: parse + validate (shipped and 100x synthetic), chart drawing"
cargo bench --locked -p explainer-core --bench load

echo "[test] benchmark in Chromium: chart redraw (shipped dataset, and a 100,000-point connectivity series)"
CHROMEDRIVER=/usr/bin/chromedriver cargo test --locked --release --target wasm32-unknown-unknown \
  -p explainer-core --test browser_bench -- --nocapture

echo "[test] validating the shipped dataset and its Persian text (and the fixture's)"
cargo run --quiet --locked -p explainer-build --bin validate -- public/data/iran-2026.json public/data/iran-2026.fa.json
cargo run --quiet --locked -p explainer-build --bin validate -- public/data/iran-2019.json public/data/iran-2019.fa.json
cargo run --quiet --locked -p explainer-build --bin validate -- core/tests/fixtures/small.json core/tests/fixtures/small.fa.json

echo "[test] the Persian font has every character the Persian text draws"
scripts/check-font.sh

echo "[test] release build"
# Without EXPLAINER_SITE_URL (a test machine has no public address; the build prints a line saying the link previews
# carry no image): e2e/preview.test.mjs builds its own copy with the address of the server it starts.
start=$(date +%s)
trunk build --release
echo "[test] release build took $(( $(date +%s) - start )) s"

echo "[test] pseudo-locale test build (every string and number bracketed; never shipped)"
trunk build --release --features pseudo-locale --dist dist-pseudo

echo "[test] end-to-end tests in Chromium"
# The files, not the directory: Node 22 and later read a bare directory as one file.
node --test --test-reporter=spec e2e/*.test.mjs 2>&1 | tee /tmp/e2e-tests.log
check_e2e_count() {
  local ran
  ran=$(grep -E '^ℹ tests [0-9]+' "$1" | awk '{print $3}')
  echo "[test] end-to-end tests run: ${ran:-0} (at least $E2E_MIN_TESTS expected)"
  [ "${ran:-0}" -ge "$E2E_MIN_TESTS" ] || { echo "[test] only ${ran:-0} end-to-end tests ran"; exit 1; }
}
check_e2e_count /tmp/e2e-tests.log

echo "[test] end-to-end tests again, against the small fixture dataset (no expectation may depend on one story)"
E2E_DATASET=core/tests/fixtures/small.json node --test --test-reporter=spec e2e/*.test.mjs 2>&1 | tee /tmp/e2e-fixture-tests.log
check_e2e_count /tmp/e2e-fixture-tests.log

echo "[test] end-to-end tests again, against the second story (Iran, November 2019): expectations computed from it"
E2E_DATASET=public/data/iran-2019.json node --test --test-reporter=spec e2e/*.test.mjs 2>&1 | tee /tmp/e2e-2019-tests.log
check_e2e_count /tmp/e2e-2019-tests.log
