#!/usr/bin/env bash
# Fails when the Persian text (core/src/strings_fa.rs, public/data/*.fa.json, core/tests/fixtures/*.fa.json,
# Intl fa-IR output) uses a character the subset font in public/fonts/ lacks; lists each one. Needs only Node.
set -euo pipefail
cd "$(dirname "$0")/.."
exec node scripts/check-font.mjs "$@"
