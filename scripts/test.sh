#!/usr/bin/env bash
# Sets up whatever is missing, then runs every test: formatting and lints, host tests (cargo test), benchmarks, the
# dataset validator, a release build, and the end-to-end tests in headless Chromium (docs/testing.md says what each
# checks). Each stage's time is printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

# Stage times, printed at the end (also when a stage fails).
STAGES=()
STAGE_NAME=""
STAGE_START=$(date +%s)
SUITE_START=$STAGE_START
stage() {
  local now
  now=$(date +%s)
  [ -z "$STAGE_NAME" ] || STAGES+=("$(printf '%5d s  %s' $((now - STAGE_START)) "$STAGE_NAME")")
  STAGE_NAME="$1"
  STAGE_START=$now
  [ -z "$1" ] || echo "[test] $1"
}
print_stages() {
  local rc=$?
  # Background installs still running when a stage failed stop with the run, with every process they started.
  for pid in ${TOOLS_PID:-} ${SYSTEM_PID:-}; do kill -- "-$pid" 2>/dev/null || true; done
  stage ""
  echo "[test] stage times:"
  printf '  %s\n' "${STAGES[@]}"
  printf '  %5d s  in all (exit %d)\n' $(($(date +%s) - SUITE_START)) "$rc"
}
trap print_stages EXIT

stage "setup (Rust, npm, fonts; Trunk, wasm-bindgen and the Debian packages go on in the background)"
scripts/setup.sh rust npm fonts
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# The lints, host tests and host benchmarks need none of these, so on a fresh machine their installs (minutes of
# compiling, downloading and unpacking) run beside them. A real WordPress for the embed tests (e2e/oembed.test.mjs):
# Debian's wordpress, mariadb-server, apache2 and PHP, installed without starting any service (the test starts what
# it needs, through scripts/wordpress.sh).
# Each in a session of its own (setsid), so that a run that stops early stops its compilers too (print_stages).
setsid scripts/setup.sh tools >/tmp/setup-tools.log 2>&1 &
TOOLS_PID=$!
setsid bash -c 'scripts/setup.sh system && scripts/wordpress.sh --packages' >/tmp/setup-system.log 2>&1 &
SYSTEM_PID=$!
# Waits for a background install, shows what it said, and stops the run if it failed.
await_install() {
  local status=0
  wait "$1" || status=$?
  sed "s/^/  [$2] /" "$3"
  [ "$status" = 0 ] || { echo "[test] installing $2 failed (exit $status)"; exit 1; }
}

# How many tests the suite has; a run with fewer fails (raise these when adding tests).
# End to end: tests passed in the shipped dataset's run, and in the fixture's and the 2019 story's (which skip the 26
# tests that are not about the dataset, and the fixture, which has no story, 5 more).
HOST_MIN_TESTS=114
E2E_MIN_TESTS=153
E2E_MIN_FIXTURE_TESTS=66
E2E_MIN_2019_TESTS=71

stage "formatting and lints (host; the wasm is linted as its test builds compile, below)"
cargo fmt --all -- --check
cargo clippy --locked --workspace --all-targets -- -D warnings

# The end-to-end tests reach the page through its page object (e2e/page.mjs), so a test reads as a reader's actions
# and the markup is named in one place: no selector in a test file.
if grep -nE "locator\(|querySelector|waitForSelector|getBy[A-Z]|\\\$eval|testid" e2e/*.test.mjs; then
  echo "[test] a test file names the page's markup (above): name it once, in e2e/page.mjs"
  exit 1
fi

stage "host tests"
# Not the app's own crate, which has no host test: built here with its browser feature (`hydrate`) beside the
# renderer's (`ssr`), it made Leptos compile a second time, with other features than the renderer and the command-line
# tools are built with just after (22 s).
cargo test --workspace --exclude toll-explainer --locked 2>&1 | tee /tmp/host-tests.log
# Fail when fewer tests ran than the suite has (a test file silently dropped, a filter left in).
host_ran=$(grep -E '^test result: ok\. [0-9]+ passed' /tmp/host-tests.log | awk '{n += $4} END {print n + 0}')
echo "[test] host tests run: $host_ran (at least $HOST_MIN_TESTS expected)"
[ "$host_ran" -ge "$HOST_MIN_TESTS" ] || { echo "[test] only $host_ran host tests ran"; exit 1; }

stage "benchmark: parse + validate (shipped and 100x synthetic), chart drawing"
cargo bench --locked -p explainer-core --bench load

stage "waiting for the background installs"
await_install "$TOOLS_PID" tools /tmp/setup-tools.log
await_install "$SYSTEM_PID" system /tmp/setup-system.log

# The wasm's lints: clippy-driver compiles our crates in the two wasm builds that are never shipped (the browser
# benchmark, the pseudo-locale build), as `cargo clippy` would check them (`-D warnings`), from the same release
# artifacts of their dependencies. A separate `cargo clippy --target wasm32-unknown-unknown` checked every dependency
# again for the wasm target: 80 s of a fresh run. (Not the shipped build: clippy-driver turns off MIR optimisations.)
linted() {
  RUSTC_WORKSPACE_WRAPPER="$(command -v clippy-driver)" CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__" "$@"
}

stage "benchmark in Chromium: chart redraw (shipped dataset, and a 100,000-point connectivity series); its crate linted for the wasm"
CHROMEDRIVER=/usr/bin/chromedriver linted cargo test --locked --release --target wasm32-unknown-unknown \
  -p explainer-core --test browser_bench -- --nocapture

stage "validating the shipped datasets and their Persian text (and the fixture's)"
cargo run --quiet --locked -p explainer-build --bin validate -- public/data/iran-2026.json public/data/iran-2026.fa.json
cargo run --quiet --locked -p explainer-build --bin validate -- public/data/iran-2019.json public/data/iran-2019.fa.json
cargo run --quiet --locked -p explainer-build --bin validate -- core/tests/fixtures/small.json core/tests/fixtures/small.fa.json

stage "the Persian font has every character the Persian text draws"
scripts/check-font.sh

stage "release build"
# Without EXPLAINER_SITE_URL (a test machine has no public address; the build prints a line saying the link previews
# carry no image): e2e/preview.test.mjs builds its own copy with the address of the server it starts.
start=$(date +%s)
trunk build --release
echo "[test] release build took $(( $(date +%s) - start )) s"

stage "pseudo-locale test build (every string and number bracketed; never shipped), the app linted for the wasm"
linted trunk build --release --features pseudo-locale --dist dist-pseudo

# The end-to-end files. Those whose expectations come from the dataset served run once per dataset (inside them, a
# test that is not about the dataset runs only in the shipped dataset's run: `ONCE`, e2e/serve.mjs); the rest (server
# config, Intl samples, schema, link previews and oEmbed rebuilds, engines, faults, budgets, WordPress, the slow link)
# once. Two files at a time (2 cores), the longest first so that no long file runs alone at the end; Lighthouse, which
# times the page's work, alone after the rest. (The slow link's test asserts behaviour and prints times: it mostly
# waits on the emulated link, so it runs beside another file; alone, `node --test e2e/slow.test.mjs`, its times are
# the clean ones.)
PER_DATASET=(doors embed interact persian offline explainer newsroom story pseudo)
ONCE=(oembed slow budget preview engines faults intl server schema)
TIMED=(lighthouse)
files() { for f in "$@"; do printf 'e2e/%s.test.mjs ' "$f"; done; }
# Every file is in one list: a new file must be placed.
for f in e2e/*.test.mjs; do
  name=$(basename "$f" .test.mjs)
  [[ " ${PER_DATASET[*]} ${ONCE[*]} ${TIMED[*]} " == *" $name "* ]] || { echo "[test] $f is in no list of scripts/test.sh"; exit 1; }
done
check_e2e_count() {
  local ran skipped
  # Passed, not listed: the runs against another dataset skip what is not about the dataset (e2e/serve.mjs, ONCE).
  ran=$(grep -E '^ℹ pass [0-9]+' "$1" | awk '{n += $3} END {print n + 0}')
  skipped=$(grep -E '^ℹ skipped [0-9]+' "$1" | awk '{n += $3} END {print n + 0}')
  echo "[test] end-to-end tests passed ($2): ${ran:-0} (at least $3 expected; $skipped skipped)"
  [ "${ran:-0}" -ge "$3" ] || { echo "[test] only ${ran:-0} end-to-end tests passed ($2)"; exit 1; }
}
e2e() {
  local log=$1 concurrency=$2
  shift 2
  # Against another dataset, the build's copy with it is made first, once (e2e/serve.mjs prepareDist): files starting
  # side by side would each make it.
  [ -z "${E2E_DATASET:-}" ] || node --input-type=module -e "await (await import('./e2e/serve.mjs')).prepareDist()"
  # The files, not the directory: Node 22 and later read a bare directory as one file.
  # shellcheck disable=SC2046
  node --test --test-reporter=spec --test-concurrency="$concurrency" $(files "$@") 2>&1 | tee -a "$log"
}

stage "end-to-end tests in Chromium, shipped dataset"
rm -f /tmp/e2e-tests.log
e2e /tmp/e2e-tests.log 2 "${ONCE[@]}" "${PER_DATASET[@]}"
e2e /tmp/e2e-tests.log 1 "${TIMED[@]}"
check_e2e_count /tmp/e2e-tests.log "shipped dataset" "$E2E_MIN_TESTS"

stage "end-to-end tests again, against the small fixture dataset (no expectation may depend on one story)"
rm -f /tmp/e2e-fixture-tests.log
E2E_DATASET=core/tests/fixtures/small.json e2e /tmp/e2e-fixture-tests.log 2 "${PER_DATASET[@]}"
check_e2e_count /tmp/e2e-fixture-tests.log "fixture" "$E2E_MIN_FIXTURE_TESTS"

stage "end-to-end tests again, against the second story (Iran, November 2019): expectations computed from it"
rm -f /tmp/e2e-2019-tests.log
E2E_DATASET=public/data/iran-2019.json e2e /tmp/e2e-2019-tests.log 2 "${PER_DATASET[@]}"
check_e2e_count /tmp/e2e-2019-tests.log "2019 story" "$E2E_MIN_2019_TESTS"
