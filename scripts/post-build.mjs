// Trunk's post-build step, one script so that its steps run in order (Trunk runs the hooks of one stage at the
// same time, and each of these rewrites the page): `node scripts/post-build.mjs [--no-offline] [DIR]`, in Trunk's staging
// directory (TRUNK_STAGING_DIR) or in DIR, a finished build (the tests run it again on a copy of the build with
// another dataset: every step can run twice and gives the same files).
//
// 1. The inline module script Trunk writes into index.html moves into its own file, so that the page runs under a
//    strict Content-Security-Policy (script-src 'self', no 'unsafe-inline'), which many newsrooms set; it starts the
//    app once the page has loaded, and Trunk's preloads of the app's files go (the first screen comes first).
// 2. The datasets are written without indentation (the repository keeps them indented for editors).
// 3. Every door's page is rendered by the app's own components on the host (`build/src/bin/ssg.rs`, crate
//    explainer-build): each story in data/ × each edition × the whole page and each embed view (index.html,
//    fa.html, embed-chart.html, iran-2019.html…), with each story's link preview (preview-en.png… and its Open Graph
//    tags; the image's absolute address from EXPLAINER_SITE_URL, the site's public address, when it is set).
// 4. The offline edition: one self-contained file per edition in offline/ (scripts/offline.mjs), to pass around
//    when the network is cut.
// 5. Every text asset gets its precompressed `.br` and `.gz` beside it, for the server (deploy/).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliSize, precompress } from './precompress.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
// `--no-offline`: leave out step 4 (the tests' copies of a build, which may carry a test script).
const noOffline = args.includes('--no-offline');
const given = args.find((a) => !a.startsWith('--'));
const dir = resolve(given ?? process.env.TRUNK_STAGING_DIR ?? '');
if (!given && !process.env.TRUNK_STAGING_DIR) {
  console.error('post-build: give the build directory, or run as a Trunk post_build hook (TRUNK_STAGING_DIR)');
  process.exit(1);
}
const say = (m) => console.log(`post-build: ${m}`);

function externalizeLoader() {
  const file = join(dir, 'index.html');
  let html = readFileSync(file, 'utf8');
  const inline = /<script type="module">([\s\S]*?)<\/script>/;
  const m = inline.exec(html);
  if (!m) return say('no inline module script in index.html (already moved)');
  // Trunk's loader imports the glue at once and starts the wasm; this one starts both once the page has loaded and
  // drawn its first screen (the built page, with its stylesheet and font), so that the app's 250 KB never
  // compete with what the first screen needs. Trunk's preloads of the glue and the wasm go for the same reason.
  const glue = /import init, \* as bindings from '\.\/([^']+\.js)';/.exec(m[1])?.[1];
  const wasm = /module_or_path: '\.\/([^']+\.wasm)'/.exec(m[1])?.[1];
  if (!glue || !wasm) throw new Error(`Trunk's loader is not the one this step knows:\n${m[1]}`);
  // The app starts once the first screen (the built page, with its stylesheet and font) is on screen: the
  // browser reports the first contentful paint once that frame is presented, and only then do the app's files start
  // to come, so they never compete with it (the first frame of a long page can take a second on a slow phone, and
  // starting on the first frame after the load let Lighthouse count the wasm in the largest paint). A browser without
  // paint timing starts it after the first frame that follows the load; a page that paints nothing (a background tab,
  // an iframe out of view), and any browser, 3 s after the load at the latest.
  const code = `// Starts the app once the first screen is on screen (scripts/post-build.mjs).
const start = async () => {
  const bindings = await import('./${glue}');
  const wasm = await bindings.default({ module_or_path: './${wasm}' });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
};
const afterPaint = () => {
  let started = false;
  const go = () => {
    if (!started) {
      started = true;
      start();
    }
  };
  if (window.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
    const seen = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) {
        seen.disconnect();
        setTimeout(go, 0);
      }
    });
    seen.observe({ type: 'paint', buffered: true });
  } else requestAnimationFrame(() => setTimeout(go, 0));
  setTimeout(go, 3000);
};
// A browser that asks to save data, or reports a 2G link, does not download the app by itself: the page offers it,
// with its size (src/app.rs), and the reader chooses.
const saving = () => {
  const c = navigator.connection;
  return !!c && (c.saveData === true || /(^|-)2g$/.test(c.effectiveType ?? ''));
};
const offer = () => {
  const note = document.querySelector('[data-save-data]');
  if (!note) return false;
  note.hidden = false;
  note.querySelector('[data-load-app]').addEventListener('click', () => {
    note.hidden = true;
    start();
  }, { once: true });
  return true;
};
const begin = () => (saving() && offer()) || afterPaint();
if (document.readyState === 'complete') begin();
else addEventListener('load', begin, { once: true });
`;
  const name = `loader-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dir, name), code);
  const preloads = /\s*<link rel="(?:modulepreload|preload)" href="\.\/toll-explainer-[^"]+"[^>]*>/g;
  const dropped = (html.match(preloads) ?? []).length;
  html = html.replace(inline, `<script type="module" src="./${name}"></script>`).replace(preloads, '');
  writeFileSync(file, html);
  say(`moved the loader to ${name}, starting the app on load; dropped ${dropped} preloads of the app's files`);
}

function minifyData() {
  const data = join(dir, 'data');
  for (const name of readdirSync(data).filter((n) => n.endsWith('.json'))) {
    const file = join(data, name);
    const text = readFileSync(file, 'utf8');
    try {
      const min = JSON.stringify(JSON.parse(text));
      if (min !== text) say(`data/${name} ${text.length} -> ${min.length} bytes`);
      writeFileSync(file, min);
    } catch (e) {
      // A file that does not parse is left as it is, for the page (and the step that renders the pages) to report.
      say(`data/${name} left as it is (${e.message})`);
    }
  }
}

function renderPages() {
  // The app's size as served (its wasm, brotli: the .br the server sends, written now if need be), which the pages
  // offer to a reader who saves data.
  const wasm = readdirSync(dir).find((n) => n.endsWith('_bg.wasm'));
  const appBytes = wasm ? brotliSize(join(dir, wasm)) : 0;
  // The renderer is a host tool, built as the host tests build it: a compiler wrapper meant for the wasm (the test
  // command lints its test builds through clippy-driver) would rebuild it.
  const { RUSTC_WORKSPACE_WRAPPER, ...env } = process.env;
  const r = spawnSync('cargo', ['run', '--quiet', '--offline', '-p', 'explainer-build', '--bin', 'ssg', '--', dir], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...env, EXPLAINER_APP_BYTES: String(appBytes) },
  });
  if (r.status !== 0) throw new Error(`rendering the pages failed (exit ${r.status ?? r.signal})`);
}

try {
  externalizeLoader();
  minifyData();
  renderPages();
  if (!noOffline) for (const r of (await import('./offline.mjs')).offline(dir)) say(`${relative(dir, r.file)}: ${r.raw} B (gzip ${r.gzip} B)`);
  precompress(dir);
} catch (e) {
  console.error(`post-build: ${e.message}`);
  process.exit(1);
}
