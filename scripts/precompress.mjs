// Writes X.br (brotli, quality 11) and X.gz (gzip, level 9) beside every .html/.js/.css/.wasm/.json/.svg file under
// a folder, for servers that send precompressed files (deploy/explainer.conf: brotli_static, gzip_static). Trunk
// writes none itself. The output is deterministic (no names or times in the gzip header). Each sibling gets its
// source's modification time (to the millisecond), so a sibling whose time differs from its source's is stale and is rewritten; one that
// would not be smaller than its source is not written (and a stale one is removed), the server then sends the file.
//
//   node scripts/precompress.mjs DIR     prints a line per file: raw, gzip and brotli bytes
//   import { precompress } from './scripts/precompress.mjs'; precompress(dir) → [{ file, raw, gz, br }]
import { readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The extensions that are compressed (fonts and images are compressed already). */
export const COMPRESSIBLE = ['.html', '.js', '.css', '.wasm', '.json', '.svg'];

const brotli = (body) =>
  brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
const gzip = (body) => gzipSync(body, { level: 9 });

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

/** Writes `path` whole or not at all (another process may be reading or writing the same file). */
function writeAtomic(path, body, mtime) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, body);
  utimesSync(tmp, mtime / 1000, mtime / 1000);
  renameSync(tmp, path);
}

/**
 * Writes `.br` and `.gz` siblings for every compressible file under `dir`, recursively. Up-to-date siblings (same
 * modification time as their source) are kept unless `force`. Returns one row per source file, in path order:
 * { file (relative to dir), raw, gz, br } in bytes (gz/br: null when not written because not smaller).
 */
export function precompress(dir, { force = false } = {}) {
  const root = resolve(dir);
  const rows = [];
  for (const path of walk(root)) {
    if (!COMPRESSIBLE.some((ext) => path.endsWith(ext))) continue;
    rows.push({ file: relative(root, path), ...precompressFile(path, { force }) });
  }
  return rows;
}

/** The bytes the server sends for `path` to a client that accepts brotli: its `.br` sibling's (written now if it is
 * not up to date), else the file's own. */
export function brotliSize(path) {
  const { raw, br } = precompressFile(path, { only: ['.br'] });
  return br ?? raw;
}

/** Writes the `.br` and `.gz` siblings of one file (or those in `only`), keeping up-to-date ones unless `force`. */
function precompressFile(path, { force = false, only = ['.br', '.gz'] } = {}) {
  const source = statSync(path);
  let body = null;
  const row = { raw: source.size };
  for (const [ext, compress] of [['.br', brotli], ['.gz', gzip]]) {
    if (!only.includes(ext)) continue;
    const sibling = `${path}${ext}`;
    let current = null;
    try {
      current = statSync(sibling);
    } catch {}
    if (!force && current && Math.abs(current.mtimeMs - source.mtimeMs) < 1 && current.size < source.size) {
      row[ext.slice(1)] = current.size;
      continue;
    }
    body ??= readFileSync(path);
    const packed = compress(body);
    if (packed.length < body.length) {
      writeAtomic(sibling, packed, source.mtimeMs);
      row[ext.slice(1)] = packed.length;
    } else {
      rmSync(sibling, { force: true });
      row[ext.slice(1)] = null;
    }
  }
  return row;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/precompress.mjs DIR');
    process.exit(2);
  }
  const rows = precompress(dir, { force: process.argv.includes('--force') });
  const cell = (n) => String(n ?? '-').padStart(9);
  console.log(`${'file'.padEnd(48)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}`);
  for (const r of rows) console.log(`${r.file.padEnd(48)} ${cell(r.raw)} ${cell(r.gz)} ${cell(r.br)}`);
}
