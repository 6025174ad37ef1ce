#!/usr/bin/env bash
# Installs everything the explainer needs to build, serve and test.
# Idempotent: each step checks what is already there and skips it.
#
# Usage: scripts/setup.sh [PART...]   (no part: all of them, in this order)
#   rust    Rust's wasm target, rustfmt and clippy, the crates (rustup, cargo fetch)
#   npm     the npm packages (wasm-opt, the browsers' drivers, Lighthouse, the Persian font)
#   tools   Trunk and wasm-bindgen-cli (cargo install: minutes, once)
#   fonts   the link previews' fallback font (apt; the host tests draw previews)
#   system  Debian packages: Chromium, WebKit's driver, Firefox, nginx (apt)
# scripts/test.sh runs `rust npm fonts` first, then `tools` and `system` in the background while the lints and host
# tests run, which need neither: on a fresh machine their installs then cost little of the run's time.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130   # must equal the wasm-bindgen crate pin in Cargo.toml

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive

# apt, one at a time (scripts/wordpress.sh takes the same lock): two installs at once would fail on dpkg's lock.
apt_install() {
  flock /tmp/apt.lock $SUDO apt-get update -qq
  flock /tmp/apt.lock $SUDO apt-get install -y -qq "$@" >/dev/null
}

# A tool from the crate registry, compiled for this machine. Its own release profile (Trunk's: fat LTO, one codegen
# unit) makes the fastest binary but compiles longest. These are build tools whose work is small (Trunk hands the
# build to cargo and wasm-opt), so they are compiled unoptimised: Trunk in 132 s instead of 255 s at opt-level 1, and a
# release build no slower (docs/testing.md).
cargo_install() {
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_OPT_LEVEL=0 \
    CARGO_PROFILE_RELEASE_DEBUG=false cargo install "$@"
}

rust() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi

  say "fetching crates"
  cargo fetch --locked >/dev/null

  for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component"; then
      say "adding the $component component"
      rustup component add "$component"
    fi
  done
}

tools() {
  if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
    say "installing trunk $TRUNK_VERSION (takes about 2 minutes once)"
    # Without its default features: no TLS stack (Trunk.toml's `offline`: it downloads nothing) and no update check.
    cargo_install trunk --version "=$TRUNK_VERSION" --locked --no-default-features
  fi

  if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes about a minute once)"
    # not --locked: its lockfile names a webpki-roots version the registry lacks
    cargo_install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION" --force
  fi
}

system() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian's chromium and chromium-driver"
    apt_install chromium chromium-driver fonts-dejavu-core fonts-noto-core
  fi

  # Two more engines for e2e/engines.test.mjs: WebKit (WebKitGTK's WebKitWebDriver and MiniBrowser, which needs a
  # display: Xvfb) and Firefox ESR (driven by npm puppeteer-core over WebDriver BiDi).
  ENGINE_PKGS=""
  { [ -x /usr/bin/WebKitWebDriver ] && [ -x /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser ]; } || ENGINE_PKGS="$ENGINE_PKGS webkit2gtk-driver"
  [ -x /usr/bin/Xvfb ] || ENGINE_PKGS="$ENGINE_PKGS xvfb"
  [ -x /usr/bin/firefox-esr ] || ENGINE_PKGS="$ENGINE_PKGS firefox-esr"
  if [ -n "$ENGINE_PKGS" ]; then
    say "installing the other engines' packages:$ENGINE_PKGS"
    # shellcheck disable=SC2086  # a list of package names
    apt_install $ENGINE_PKGS
  fi

  # The real server for the tests (e2e/harness.mjs serve(), e2e/server.test.mjs): nginx 1.22 with brotli, serving
  # dist/ by deploy/explainer.conf.
  if [ ! -x /usr/sbin/nginx ] || [ ! -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] \
     || [ ! -f /usr/lib/nginx/modules/ngx_http_brotli_filter_module.so ]; then
    say "installing nginx with the brotli modules"
    # The package would start a system nginx on port 80; the tests run their own. A policy-rc.d that refuses service
    # starts stops that (only while installing, and only if the machine has none of its own).
    policy=""
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      policy=/usr/sbin/policy-rc.d
      printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$policy" >/dev/null && $SUDO chmod +x "$policy"
    fi
    apt_install nginx libnginx-mod-http-brotli-static libnginx-mod-http-brotli-filter
    [ -z "$policy" ] || $SUDO rm -f "$policy"
  fi
}

fonts() {
  # The link previews' fallback font (build/src/preview.rs: DejaVu Sans for the chart's ● and ■, which Vazirmatn lacks;
  # Vazirmatn itself comes from npm).
  if [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
    say "installing fonts-dejavu-core (the link previews' fallback font)"
    apt_install fonts-dejavu-core
  fi
}

npm_packages() {
  # npm packages: binaryen (wasm-opt 132; Debian's 108 breaks the wasm), playwright-core, Vazirmatn (the Persian
  # font's source, and the link previews' font) and ajv (the independent JSON Schema validator of e2e/schema.test.mjs)
  if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ] || [ ! -d node_modules/pym.js ] \
     || [ ! -d node_modules/puppeteer-core ] \
     || [ ! -d node_modules/lighthouse ] || [ ! -d node_modules/ajv ] \
     || [ ! -d node_modules/vazirmatn ] \
     || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing npm packages (binaryen, playwright-core, axe-core, pym.js, puppeteer-core, lighthouse, vazirmatn, ajv)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

parts=("$@")
[ ${#parts[@]} -gt 0 ] || parts=(rust npm fonts tools system)
for part in "${parts[@]}"; do
  case "$part" in
    rust) rust ;;
    npm) npm_packages ;;
    tools) tools ;;
    fonts) fonts ;;
    system) system ;;
    *) echo "scripts/setup.sh: no part named $part (rust, npm, fonts, tools, system)" >&2; exit 2 ;;
  esac
done
say "ready: ${parts[*]}"
