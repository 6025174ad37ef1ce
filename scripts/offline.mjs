// The offline edition: one self-contained HTML file per edition (dist/offline/explainer-en.html, -fa.html), for a
// reader to mail, archive or pass on a USB stick during a shutdown. It opens from file:// with no network: the
// stylesheet (with the Persian fonts as data: URLs), the dataset and its Persian text (JSON script elements, which
// src/fetch.rs reads before any request), the wasm-bindgen glue and the wasm (gzip + base64, inflated with
// DecompressionStream) are all inside, and a Content-Security-Policy with `default-src 'none'` lets it make no
// request at all. Each is its edition's built page (index.html, fa.html: the page rendered by the app's components,
// so a viewer that runs no JavaScript still shows the figures, the chart and the sources), and carries both
// editions: its switch asks for the other with `?lang=`, which the app draws from the same file.
//
// Run after the build, on the built directory (after the loader is externalized and the data minified):
//   node scripts/offline.mjs DIR      (from scripts/post-build.mjs: offline(process.env.TRUNK_STAGING_DIR))
// The output depends only on the input files (no dates, no randomness).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The files the page fetches, embedded under their URL as element id (src/fetch.rs `embedded`): the dataset the
 * page names (`<meta name="dataset">`, core/src/source.rs) and its Persian text beside it. */
export function datasetOf(html) {
  const path = /<meta name="dataset" content="(data\/[A-Za-z0-9_\/.-]+\.json)"/.exec(html)?.[1] ?? fail('the page names no dataset in data/');
  return { DATASET: path, TRANSLATION: path.replace(/\.json$/, '.fa.json') };
}

/** The editions, from the build tool (build/src/bin/ssg.rs `--editions`): code, direction and page file. */
export function editions() {
  const r = spawnSync('cargo', ['run', '--quiet', '--offline', '-p', 'explainer-build', '--bin', 'ssg', '--', '--editions'], {
    cwd: resolve(dirname(fileURLToPath(import.meta.url)), '..'),
    encoding: 'utf8',
  });
  if (r.status !== 0) fail(`ssg --editions failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** JSON inside <script type="application/json">: `</` and `<!--` would end or confuse the element; both can only
 * occur inside JSON strings, where `<\/` and `\u003c!--` mean the same characters. */
export const scriptJson = (text) => text.replace(/<(\/|!--)/g, (_, g) => (g === '/' ? '<\\/' : '\\u003c!--'));

function fail(message) {
  throw new Error(`offline: ${message}`);
}

/** The wasm-bindgen glue (`--target web`) as plain module-scope code: its `export` keywords and lists removed. */
export function unexported(glue) {
  const out = glue
    .replace(/^export (?=(?:async )?function |class |const |let |var )/gm, '')
    .replace(/^export \{[^}]*\};?[ \t]*$/gm, '');
  if (/^\s*(export|import)\b/m.test(out)) fail('the glue has an import or export this script does not know how to inline');
  if (!/\basync function __wbg_init\b/.test(out)) fail('the glue has no __wbg_init');
  if (/<\/script|<!--/i.test(out)) fail('the glue contains </script or <!--');
  return out;
}

/** The built page's loader: the glue's and the wasm's file names. */
function loaderTargets(dir, html) {
  const ext = /<script type="module" src="\.?\/?([^"]+)"><\/script>/.exec(html);
  const inline = /<script type="module">([\s\S]*?)<\/script>/.exec(html);
  const code = ext ? readFileSync(join(dir, ext[1]), 'utf8') : inline?.[1];
  if (!code) fail('no module loader in index.html');
  const glue = /(?:from\s*|import\()['"]\.\/([^'"]+\.js)['"]/.exec(code)?.[1];
  const wasm = /module_or_path:\s*['"]\.\/([^'"]+\.wasm)['"]/.exec(code)?.[1];
  if (!glue || !wasm) fail('the loader names no glue or no wasm');
  return { tag: (ext ?? inline)[0], glue, wasm };
}

/** The stylesheet with every url() made a data: URL (only the fonts, under :root[lang="fa"], have one). */
function inlineCss(dir, css) {
  return css.replace(/url\(\s*(["']?)([^"')]+)\1\s*\)/g, (m, _q, url) => {
    if (url.startsWith('data:')) return m;
    if (!/^(\.\/)?fonts\/[\w.-]+\.woff2$/.test(url)) fail(`the stylesheet refers to ${url}, which this script does not inline`);
    const b64 = readFileSync(join(dir, url)).toString('base64');
    return `url("data:font/woff2;base64,${b64}")`;
  });
}

/** The boot code after the glue: the wasm from its base64 text (gzip-inflated or not), then the app. */
function boot(wasmBytes, encoding) {
  const b64 = (encoding === 'gzip' ? gzipSync(wasmBytes, { level: 9 }) : wasmBytes).toString('base64');
  const decode = `const b = Uint8Array.fromBase64 ? Uint8Array.fromBase64(WASM) : Uint8Array.from(atob(WASM), (c) => c.charCodeAt(0));`;
  const bytes =
    encoding === 'gzip'
      ? `await new Response(new Blob([b]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer()`
      : 'b';
  return [
    '',
    '// The offline edition\'s loader: the wasm, as base64' + (encoding === 'gzip' ? ' of its gzip' : '') + ', then the app.',
    `const WASM = "${b64}";`,
    `{`,
    `  ${decode}`,
    `  const wasm = await __wbg_init({ module_or_path: ${bytes} });`,
    `  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));`,
    `}`,
    '',
  ].join('\n');
}

/** One edition's file. */
function page({ html, loaderTag, css, script, data, translation, edition, all, DATASET, TRANSLATION }) {
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)} 'wasm-unsafe-eval'`,
    `style-src ${sha256(css)}`,
    'font-src data:',
    'img-src data: blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  // Blank lines (where Trunk's tags were) go first: nothing may change once the hashed code is in.
  let out = html.replace(/\n\s*\n(\s*\n)*/g, '\n');
  // A built page's links to the other edition's page (index.html, fa.html) name this same file instead: it carries
  // both editions (the app draws the one `?lang=` asks for), and the reader may have it alone.
  for (const e of all) out = out.replaceAll(`href="${e.page}"`, `href="?lang=${e.lang}"`);
  const replace = (re, to, what) => {
    if (!re.test(out)) fail(`index.html has no ${what}`);
    out = out.replace(re, typeof to === 'function' ? to : () => to);
  };
  // The link preview's tags (build/src/preview.rs) stay with the site's pages: no scraper fetches a file opened from
  // disk, a file passed on in a messenger is an attachment (no preview is drawn from its tags), and its og:url and
  // og:image would name the site's page and image as if they were this file.
  out = out.replace(/<!--og-->[\s\S]*?<!--\/og-->\s*/, '');
  replace(/<html[^>]*>/, `<html lang="${edition.lang}" dir="${edition.dir}">`, '<html>');
  replace(/(<meta charset="utf-8"\s*\/?>)/i, (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`, 'charset meta');
  replace(/<link rel="stylesheet"[^>]*>/, `<style>${css}</style>`, 'stylesheet link');
  out = out.replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, '');
  out = out.replace(/<script[^>]*embed\.js[^>]*><\/script>/g, '');
  if (!out.includes(loaderTag)) fail('the loader tag vanished');
  const json = (id, text) => `<script type="application/json" id="${id}">${scriptJson(text)}</script>`;
  out = out.replace(
    loaderTag,
    () => `${json(DATASET, data)}\n    ${json(TRANSLATION, translation)}\n    <script type="module">${script}</script>`,
  );
  if (/\b(integrity|crossorigin)=/.test(out)) fail('an integrity or crossorigin attribute is left');
  if (/<meta (?:property|name)="(?:og|twitter):/.test(out)) fail('a link preview tag is left');
  if (/<(link|script)\b[^>]*\b(src|href)="(?!data:)/.test(out)) fail('a link or script still refers to a file');
  // The CSP names exactly what the file runs and styles with.
  const inline = [...out.matchAll(/<script type="module">([\s\S]*?)<\/script>|<style>([\s\S]*?)<\/style>/g)];
  if (inline.length !== 2 || inline.some((m) => !csp.includes(sha256(m[1] ?? m[2])))) fail('the CSP hashes do not match the inline code');
  return out;
}

/**
 * Writes DIR/offline/explainer-en.html and explainer-fa.html from the built DIR. Returns, per file, its path and
 * sizes (raw, gzip), and the size the same file would have with the wasm in plain base64.
 */
export function offline(dir) {
  dir = resolve(dir);
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  // Each edition's own built page (index.html, fa.html).
  const all = editions();
  const base = (edition) => (existsSync(join(dir, edition.page)) ? readFileSync(join(dir, edition.page), 'utf8') : html);
  const { glue, wasm } = loaderTargets(dir, html);
  const cssHref = /<link rel="stylesheet" href="\.?\/?([^"]+\.css)"/.exec(html)?.[1] ?? fail('no stylesheet link');
  const css = inlineCss(dir, readFileSync(join(dir, cssHref), 'utf8')).trim();
  if (/<\/style/i.test(css)) fail('the stylesheet contains </style');
  const code = unexported(readFileSync(join(dir, glue), 'utf8'));
  const wasmBytes = readFileSync(join(dir, wasm));
  const { DATASET, TRANSLATION } = datasetOf(html);
  const data = readFileSync(join(dir, DATASET), 'utf8');
  const translation = readFileSync(join(dir, TRANSLATION), 'utf8');
  for (const [name, text] of [[DATASET, data], [TRANSLATION, translation]]) {
    if (!text.trim()) fail(`${name} is empty`);
    JSON.parse(text);
  }
  const out = join(dir, 'offline');
  mkdirSync(out, { recursive: true });
  const results = [];
  for (const edition of all) {
    const source = base(edition);
    const loaderTag = loaderTargets(dir, source).tag;
    const build = (encoding) =>
      page({ html: source, loaderTag, css, script: code + boot(wasmBytes, encoding), data, translation, edition, all, DATASET, TRANSLATION });
    const text = build('gzip');
    const file = join(out, `explainer-${edition.lang}.html`);
    writeFileSync(file, text);
    const raw = Buffer.byteLength(text);
    results.push({
      file,
      raw,
      gzip: gzipSync(text, { level: 9 }).length,
      base64Raw: Buffer.byteLength(build('base64')),
    });
  }
  return results;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/offline.mjs DIR   (a built dist directory)');
    process.exit(2);
  }
  for (const r of offline(dir)) {
    console.log(
      `offline: ${r.file}: ${r.raw} bytes (${kb(r.raw)}), gzip ${r.gzip} bytes (${kb(r.gzip)}); ` +
        `with the wasm in plain base64 it would be ${r.base64Raw} bytes (${kb(r.base64Raw)})`,
    );
  }
}
