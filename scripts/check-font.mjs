// Fails when the Persian edition uses a character that its subset font (public/fonts/vazirmatn-fa-*.woff2, made
// by scripts/subset-font.sh) lacks, and lists each such character with where it is first used.
//
// The Persian text: every string and char literal in core/src/strings_fa.rs, every string value in
// public/data/*.fa.json and core/tests/fixtures/*.fa.json (missing files are skipped), and what Intl `fa-IR`
// writes for numbers and dates (the app formats those through Intl at run time; Node's ICU matches Chromium's).
//
// Each character is one of:
// - in the font (every weight): drawn with Vazirmatn;
// - missing, and inside the @font-face unicode-range (the Arabic block, ZWNJ, ZWJ): a FAILURE, the browser would
//   fetch Vazirmatn for it, find no glyph and fall back in the middle of a word;
// - missing, outside the range, Latin/Common/Inherited script (Latin letters, ASCII digits and punctuation, «»,
//   dashes, quotes, …, −, ●): drawn by the system font by design, listed for information;
// - default-ignorable (bidi controls, ALM, LRM/RLM) or a control character: never drawn, listed for information;
// - anything else missing (another script, Arabic presentation forms, Arabic Supplement letters): a FAILURE.
//
// The unicode-range is read from the Vazirmatn @font-face rules in style/*.css once they exist, and the fonts
// from their src URLs (relative to the CSS, which Trunk emits at the dist root, where public/fonts is copied to
// fonts/); until then the defaults below. Needs only Node (its zlib decodes the woff2's brotli stream).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rel = (p) => p.slice(root.length + 1);
const DEFAULT_RANGE = 'U+0600-06FF, U+200C-200D';
const DEFAULT_FONTS = ['public/fonts/vazirmatn-fa-400.woff2'];

const hex = (cp) => 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
const show = (cp) => `${hex(cp)} ${/[\p{Cc}\p{Cf}\p{Zs}\p{M}]/u.test(String.fromCodePoint(cp)) ? '' : String.fromCodePoint(cp)}`.trim();

// ---- the font: the Unicode code points of a WOFF2 file's cmap
const WOFF2_TAGS = ('cmap head hhea hmtx maxp name OS/2 post cvt  fpgm glyf loca prep CFF  VORG EBDT EBLC gasp hdmx ' +
  'kern LTSH PCLT VDMX vhea vmtx BASE GDEF GPOS GSUB EBSC JSTF MATH CBDT CBLC COLR CPAL SVG  sbix acnt avar bdat ' +
  'bloc bsln cvar fdsc feat fmtx fvar gvar hsty just lcar mort morx opbd prop trak Zapf Silf Glat Gloc Feat Sill')
  .match(/.{4}\s?/g).map((t) => t.slice(0, 4));

function woff2Cmap(file) {
  const b = readFileSync(file);
  if (b.toString('latin1', 0, 4) !== 'wOF2') throw new Error(`${file}: not a WOFF2 file`);
  const numTables = b.readUInt16BE(12);
  const compressedLength = b.readUInt32BE(20);
  let p = 48;
  const base128 = () => {
    let v = 0;
    for (let i = 0; i < 5; i++) {
      const byte = b[p++];
      v = v * 128 + (byte & 0x7f);
      if (!(byte & 0x80)) return v;
    }
    throw new Error(`${file}: bad UIntBase128`);
  };
  const tables = [];
  for (let i = 0; i < numTables; i++) {
    const flags = b[p++];
    let tag = WOFF2_TAGS[flags & 0x3f];
    if ((flags & 0x3f) === 63) { tag = b.toString('latin1', p, p + 4); p += 4; }
    const version = flags >> 6;
    const origLength = base128();
    const transformed = tag === 'glyf' || tag === 'loca' ? version !== 3 : version !== 0;
    tables.push({ tag, length: transformed ? base128() : origLength });
  }
  const data = brotliDecompressSync(b.subarray(p, p + compressedLength));
  let offset = 0;
  const cmapEntry = tables.find((t) => { if (t.tag === 'cmap') return true; offset += t.length; return false; });
  if (!cmapEntry) throw new Error(`${file}: no cmap table`);
  const cmap = data.subarray(offset, offset + cmapEntry.length);
  const cps = new Set();
  const seen = new Set();
  for (let i = 0, n = cmap.readUInt16BE(2); i < n; i++) {
    const platform = cmap.readUInt16BE(4 + i * 8);
    const encoding = cmap.readUInt16BE(6 + i * 8);
    const at = cmap.readUInt32BE(8 + i * 8);
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))) || seen.has(at)) continue;
    seen.add(at);
    const format = cmap.readUInt16BE(at);
    if (format === 4) {
      const segs = cmap.readUInt16BE(at + 6) / 2;
      const ends = at + 14, starts = ends + segs * 2 + 2, deltas = starts + segs * 2, ranges = deltas + segs * 2;
      for (let s = 0; s < segs; s++) {
        const end = cmap.readUInt16BE(ends + s * 2), start = cmap.readUInt16BE(starts + s * 2);
        const delta = cmap.readUInt16BE(deltas + s * 2), rangeOffset = cmap.readUInt16BE(ranges + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const glyph = rangeOffset === 0
            ? (c + delta) & 0xffff
            : cmap.readUInt16BE(ranges + s * 2 + rangeOffset + (c - start) * 2);
          if (glyph !== 0) cps.add(c);
        }
      }
    } else if (format === 12) {
      for (let g = 0, n = cmap.readUInt32BE(at + 12); g < n; g++) {
        const start = cmap.readUInt32BE(at + 16 + g * 12), end = cmap.readUInt32BE(at + 20 + g * 12);
        for (let c = start; c <= end; c++) cps.add(c);
      }
    }
  }
  return cps;
}

// ---- the @font-face rules for Vazirmatn in style/*.css, if any
function parseRange(text) {
  return text.split(',').map((part) => {
    const m = part.trim().match(/^U\+([0-9A-F?]+)(?:-([0-9A-F]+))?$/i);
    if (!m) throw new Error(`unicode-range: cannot read "${part.trim()}"`);
    if (m[1].includes('?')) return [parseInt(m[1].replace(/\?/g, '0'), 16), parseInt(m[1].replace(/\?/g, 'F'), 16)];
    return [parseInt(m[1], 16), parseInt(m[2] ?? m[1], 16)];
  });
}
const problems = [];
let range = parseRange(DEFAULT_RANGE);
let fonts = DEFAULT_FONTS;
const styleDir = join(root, 'style');
const faces = [];
for (const name of existsSync(styleDir) ? readdirSync(styleDir).filter((n) => n.endsWith('.css')).sort() : []) {
  const css = readFileSync(join(styleDir, name), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, body] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    if (!/font-family\s*:\s*["']?Vazirmatn["']?\s*(;|$)/i.test(body)) continue;
    const r = body.match(/unicode-range\s*:\s*([^;]+)/i);
    const urls = [...body.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]);
    faces.push({ name, range: r ? r[1].trim() : null, urls });
  }
}
if (faces.length) {
  const ranges = new Set(faces.map((f) => f.range).filter(Boolean));
  if (faces.some((f) => !f.range)) problems.push('a Vazirmatn @font-face has no unicode-range: English pages could fetch it');
  if (ranges.size > 1) problems.push(`the Vazirmatn @font-face rules differ in unicode-range: ${[...ranges].join(' | ')}`);
  const first = faces.find((f) => f.range);
  if (first) range = parseRange(first.range);
  fonts = faces.flatMap((f) => f.urls).map((u) => {
    if (/^(\/|[a-z]+:)/i.test(u) || !u.startsWith('fonts/')) problems.push(`@font-face url(${u}) in style/: expected fonts/… (relative to the CSS at the dist root)`);
    return join('public', u.replace(/^\.\//, ''));
  });
}
const inRange = (cp) => range.some(([a, z]) => cp >= a && cp <= z);

const fontMaps = [];
for (const f of fonts) {
  if (!existsSync(join(root, f))) { problems.push(`${f} does not exist (run scripts/subset-font.sh)`); continue; }
  fontMaps.push([f, woff2Cmap(join(root, f))]);
}

// ---- the Persian text: code point -> where it is first used
const uses = new Map();
const sources = [];
function addText(text, where) {
  for (const ch of text) { const cp = ch.codePointAt(0); if (!uses.has(cp)) uses.set(cp, where); }
}

// Rust string and char literals (comments, byte strings and lifetimes skipped).
function rustLiterals(src) {
  const out = [];
  let i = 0, line = 1;
  const unescape = (s) => s.replace(/\\(?:u\{([0-9a-fA-F_]+)\}|x([0-7][0-9a-fA-F])|\n\s*|(.))/g, (m, u, x, c) =>
    u ? String.fromCodePoint(parseInt(u.replace(/_/g, ''), 16)) : x ? String.fromCharCode(parseInt(x, 16))
      : c === undefined ? '' : ({ n: '\n', r: '\r', t: '\t', 0: '\0' })[c] ?? c);
  while (i < src.length) {
    const c = src[i];
    if (c === '\n') { line++; i++; continue; }
    if (src.startsWith('//', i)) { while (i < src.length && src[i] !== '\n') i++; continue; }
    if (src.startsWith('/*', i)) {
      let depth = 0;
      do {
        if (src.startsWith('/*', i)) { depth++; i += 2; } else if (src.startsWith('*/', i)) { depth--; i += 2; }
        else { if (src[i] === '\n') line++; i++; }
      } while (depth > 0 && i < src.length);
      continue;
    }
    const raw = /^(b?r)(#*)"/.exec(src.slice(i, i + 300));
    if (raw && !/[\w]/.test(src[i - 1] ?? '')) {
      const close = '"' + raw[2];
      const start = i + raw[0].length, end = src.indexOf(close, start);
      if (raw[1] === 'r') out.push([src.slice(start, end), line]);
      line += (src.slice(i, end).match(/\n/g) ?? []).length;
      i = end + close.length;
      continue;
    }
    if (c === '"' || ((c === 'b' || c === 'c') && src[i + 1] === '"' && !/[\w]/.test(src[i - 1] ?? ''))) {
      const start = c === '"' ? i + 1 : i + 2;
      let j = start;
      while (src[j] !== '"') j += src[j] === '\\' ? 2 : 1;
      if (c === '"') out.push([unescape(src.slice(start, j)), line]);
      line += (src.slice(i, j).match(/\n/g) ?? []).length;
      i = j + 1;
      continue;
    }
    if (c === "'") {
      const m = /^'(\\u\{[0-9a-fA-F_]+\}|\\x[0-9a-fA-F]{2}|\\.|[^\\'])'/su.exec(src.slice(i, i + 20));
      if (m) { out.push([unescape(m[1]), line]); i += m[0].length; continue; }
    }
    i++;
  }
  return out;
}

const stringsFa = join(root, 'core/src/strings_fa.rs');
if (existsSync(stringsFa)) {
  const lits = rustLiterals(readFileSync(stringsFa, 'utf8'));
  for (const [text, line] of lits) addText(text, `${rel(stringsFa)}:${line}`);
  sources.push(`${rel(stringsFa)} (${lits.length} literals)`);
} else {
  sources.push('core/src/strings_fa.rs (absent, skipped)');
}

function jsonStrings(value, path, out) {
  if (typeof value === 'string') out.push([value, path]);
  else if (Array.isArray(value)) value.forEach((v, i) => jsonStrings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) jsonStrings(v, `${path}.${k}`, out);
  return out;
}
for (const dir of ['public/data', 'core/tests/fixtures']) {
  const full = join(root, dir);
  const names = existsSync(full) ? readdirSync(full).filter((n) => n.endsWith('.fa.json')).sort() : [];
  if (!names.length) sources.push(`${dir}/*.fa.json (none)`);
  for (const name of names) {
    let value;
    try { value = JSON.parse(readFileSync(join(full, name), 'utf8')); } catch (e) {
      problems.push(`${dir}/${name} does not parse as JSON: ${e.message}`);
      continue;
    }
    const strs = jsonStrings(value, '$', []);
    for (const [text, path] of strs) addText(text, `${dir}/${name} ${path}`);
    sources.push(`${dir}/${name} (${strs.length} strings)`);
  }
}

{
  const where = 'Intl fa-IR output';
  const nf = (o) => new Intl.NumberFormat('fa-IR', o);
  for (const o of [{}, { useGrouping: 'min2' }, { maximumFractionDigits: 2 }, { signDisplay: 'always' }]) addText(nf(o).format(-1234567.89) + nf(o).format(1), where);
  addText(nf({ style: 'percent', maximumFractionDigits: 1 }).format(-0.691) + nf().formatRange(3117, 36500), where);
  for (const calendar of ['persian', 'gregory']) {
    for (let m = 0; m < 12; m++) {
      const d = new Date(Date.UTC(2026, m, 15 + (m % 7)));
      for (const o of [{ dateStyle: 'full' }, { dateStyle: 'long' }, { dateStyle: 'medium' }, { year: 'numeric', month: 'long' }, { month: 'short', day: 'numeric' }]) {
        const f = new Intl.DateTimeFormat('fa-IR', { ...o, calendar, timeZone: 'UTC' });
        addText(f.format(d) + f.formatRange(d, new Date(d.getTime() + 9 * 864e5)), where);
      }
    }
  }
  sources.push('Intl fa-IR numbers, percentages and dates');
}

// ---- classify
const drawn = [], system = [], ignorable = [], missing = [];
for (const cp of [...uses.keys()].sort((a, b) => a - b)) {
  const ch = String.fromCodePoint(cp);
  const lacking = fontMaps.filter(([, map]) => !map.has(cp)).map(([f]) => f);
  if (!lacking.length) drawn.push(cp);
  else if (/[\p{Cc}\p{Default_Ignorable_Code_Point}]/u.test(ch)) ignorable.push(cp);
  else if (!inRange(cp) && /[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(ch)) system.push(cp);
  else missing.push([cp, lacking]);
}

const say = (s) => console.log(`[check-font] ${s}`);
say(`fonts: ${fontMaps.map(([f, m]) => `${f} (${m.size} code points)`).join(', ')}; unicode-range ${faces.length ? `from style/${faces[0].name}` : `${DEFAULT_RANGE} (default: no Vazirmatn @font-face in style/ yet)`}`);
say(`text: ${sources.join('; ')}`);
say(`${uses.size} distinct characters; ${drawn.length} drawn with Vazirmatn`);
if (system.length) say(`${system.length} drawn by the system font by design (Latin/common, outside the unicode-range): ${system.map((cp) => String.fromCodePoint(cp)).join('').replace(/\s/g, '')}${system.some((cp) => /\s/u.test(String.fromCodePoint(cp))) ? ' and spaces' : ''}`);
if (ignorable.length) say(`${ignorable.length} never drawn (default-ignorable or control, not in the font): ${ignorable.map(hex).join(' ')}`);
for (const [cp, lacking] of missing) {
  problems.push(`missing from the font: ${show(cp)} (${inRange(cp) ? 'inside the unicode-range' : 'not Latin/common, so no sure fallback'}), first used in ${uses.get(cp)}${lacking.length < fontMaps.length ? `; lacking only in ${lacking.join(', ')}` : ''}`);
}
for (const p of problems) console.error(`[check-font] FAIL: ${p}`);
if (problems.length) {
  console.error(`[check-font] ${problems.length} problem(s). Add missing Persian characters to UNICODES in scripts/subset-font.sh and rerun it, or fix the text.`);
  process.exit(1);
}
say('ok: every character the Persian text draws is in the subset font');
