#!/usr/bin/env bash
# Regenerates the Persian edition's self-hosted font: Vazirmatn (npm `vazirmatn`, SIL OFL 1.1) cut down to a
# fixed list of Persian code points, Regular (400) only, into public/fonts/ (checked in, so a build
# needs no Python). Same pins in, same bytes out: rerunning leaves the files untouched.
#
# Usage: scripts/subset-font.sh            regenerate public/fonts/vazirmatn-fa-400.woff2
#        scripts/subset-font.sh --verify   rebuild into a temporary folder; fail if the checked-in files differ
#        scripts/subset-font.sh --measure  also print the sizes of the alternatives (full font with ASCII, ...)
#
# The list is fixed, not read from the page text: a copy edit cannot silently drop a glyph, and
# scripts/check-font.sh fails when the Persian text uses a character the font lacks.
# Only Arabic-script code points (and ZWNJ/ZWJ) are kept, matching the @font-face unicode-range: the browser
# takes Latin letters, ASCII digits and punctuation, «», dashes, quotes and … from the system font, so glyphs
# for them here would never be drawn (and English text never makes the browser fetch this font).
set -euo pipefail
cd "$(dirname "$0")/.."

FONTTOOLS_VERSION=4.68.0
BROTLI_VERSION=1.2.1
VAZIRMATN_VERSION=33.0.3   # must equal the devDependency in package.json

# ، ؛ ؟, the letters ء–غ, ـ ف–ي and the harakat up to sukun, hamza above (ۀ = ه + ٔ, ژانویهٔ), ٪ ٫ ٬,
# پ چ ژ ک گ ۀ ی, Persian digits ۰–۹, ZWNJ and ZWJ.
# U+0020 too, though the browser takes spaces from the system font (it is outside the unicode-range): without a
# space glyph in the font, WebKit drops the letter after every ZWNJ («کشته‌شدگان» drawn «کشته‌دگان»; e2e/engines).
UNICODES="U+0020,U+060C,U+061B,U+061F,U+0621-063A,U+0640-0652,U+0654,U+066A-066C,U+067E,U+0686,U+0698,U+06A9,U+06AF,U+06C0,U+06CC,U+06F0-06F9,U+200C-200D"
SRC=node_modules/vazirmatn/misc/Non-Latin/fonts/ttf   # the "NL" build: Vazirmatn without its Latin glyphs
OUT=public/fonts

say() { printf '\033[1m[subset-font]\033[0m %s\n' "$*"; }

mode=write
case "${1:-}" in
  "") ;;
  --verify) mode=verify ;;
  --measure) mode=measure ;;
  *) echo "usage: $0 [--verify|--measure]" >&2; exit 2 ;;
esac

# The venv (Debian's python is externally managed, PEP 668): fonttools for pyftsubset, brotli for woff2.
if ! .venv/bin/python -c "import fontTools, brotli, sys; sys.exit(fontTools.version != '$FONTTOOLS_VERSION' or brotli.__version__ != '$BROTLI_VERSION')" 2>/dev/null; then
  if ! python3 -c "import venv, ensurepip" 2>/dev/null; then
    say "installing python3-venv"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-venv >/dev/null
  fi
  say "creating .venv with fonttools $FONTTOOLS_VERSION and brotli $BROTLI_VERSION"
  [ -x .venv/bin/python ] || python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check "fonttools==$FONTTOOLS_VERSION" "brotli==$BROTLI_VERSION"
fi

if ! grep -qs "\"version\": \"$VAZIRMATN_VERSION\"" node_modules/vazirmatn/package.json; then
  say "installing npm packages (vazirmatn $VAZIRMATN_VERSION)"
  npm ci --no-audit --no-fund --loglevel=error
fi

subset() { # source.ttf unicodes output.woff2
  .venv/bin/pyftsubset "$1" --unicodes="$2" --layout-features='*' --no-hinting --flavor=woff2 \
    --output-file="$3"
}
sizes() { # files...: raw and brotli-compressed size of each
  .venv/bin/python - "$@" <<'EOF'
import brotli, os, sys
for p in sys.argv[1:]:
    data = open(p, "rb").read()
    print(f"  {os.path.basename(p):34s} {len(data):6d} B raw, {len(brotli.compress(data, quality=11)):6d} B brotli")
EOF
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
subset "$SRC/Vazirmatn-NL-Regular.ttf" "$UNICODES" "$tmp/vazirmatn-fa-400.woff2"
# One weight: bold text is the browser's bold of it (font-synthesis). The Bold file would add 12 KB brotli to what
# a Persian reader must load before the first screen is drawn in its font, over the 30 KB critical budget.
cp node_modules/vazirmatn/OFL.txt "$tmp/OFL.txt"   # the licence travels with the fonts

if [ "$mode" = verify ]; then
  status=0
  for f in vazirmatn-fa-400.woff2 OFL.txt; do
    cmp -s "$tmp/$f" "$OUT/$f" || { echo "[subset-font] $OUT/$f differs from what scripts/subset-font.sh makes" >&2; status=1; }
  done
  [ "$status" = 0 ] && say "the checked-in fonts are what this script makes"
  exit "$status"
fi

mkdir -p "$OUT"
for f in vazirmatn-fa-400.woff2 OFL.txt; do
  if cmp -s "$tmp/$f" "$OUT/$f"; then say "$OUT/$f unchanged"; else cp "$tmp/$f" "$OUT/$f"; say "wrote $OUT/$f"; fi
done
sizes "$OUT/vazirmatn-fa-400.woff2"

if [ "$mode" = measure ]; then
  # The first candidate list: the Persian set plus printable ASCII, «», dashes, quotes, …, −, ● and ■.
  WITH_LATIN="U+0020-007E,U+00A0,U+00AB,U+00BB,U+061C,U+200E-200F,U+2010-2014,U+2018-201D,U+2022,U+2026,U+2066-2069,U+2212,U+25A0,U+25CF,$UNICODES"
  FULL=node_modules/vazirmatn/fonts/ttf
  for w in Regular Bold; do
    subset "$FULL/Vazirmatn-$w.ttf" "$WITH_LATIN" "$tmp/full-with-latin-$w.woff2"
    subset "$SRC/Vazirmatn-NL-$w.ttf" "$WITH_LATIN" "$tmp/nl-with-latin-$w.woff2"
    subset "$FULL/Vazirmatn-$w.ttf" "$UNICODES" "$tmp/full-persian-only-$w.woff2"
  done
  subset "node_modules/vazirmatn/misc/Non-Latin/fonts/variable/Vazirmatn-NL[wght].ttf" "$UNICODES" "$tmp/nl-variable-persian-only.woff2"
  say "alternatives (not written):"
  sizes "$tmp"/full-with-latin-*.woff2 "$tmp"/nl-with-latin-*.woff2 "$tmp"/full-persian-only-*.woff2 \
    "$tmp/nl-variable-persian-only.woff2" \
    node_modules/vazirmatn/fonts/webfonts/Vazirmatn-{Regular,Bold}.woff2 \
    node_modules/vazirmatn/misc/Non-Latin/fonts/webfonts/Vazirmatn-NL-{Regular,Bold}.woff2
fi
