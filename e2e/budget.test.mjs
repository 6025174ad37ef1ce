// The performance budget: what the first load costs a reader (every file the page requests, raw, gzip and
// brotli), what the first screen costs (the critical bytes: the page up to the end of its first screen,
// the stylesheet and the edition's font), and how long the release build takes to show the chart. Sizes are
// checked against a budget; the time is measured and printed (a benchmark, not a timed assertion).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { DIST, launch, openPage, serve } from './harness.mjs';
import { Explainer } from './page.mjs';

/** The target for the whole first load, brotli-compressed (issue 12). */
const TARGET_BROTLI = 200 * 1024;
/** Per-asset budgets, in one place (e2e/budgets.json). */
const BUDGETS = JSON.parse(await readFile(new URL('./budgets.json', import.meta.url), 'utf8'));
/** Which budget a requested file counts against. */
const kind = (path) =>
  path.endsWith('.wasm') ? 'wasm' : path.endsWith('.js') ? 'js' : path.endsWith('.css') ? 'css' : path.endsWith('.json') ? 'data'
    : /\.(woff2?|ttf|otf)$/.test(path) ? 'fonts' : 'html';

let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const brotli = (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
/** Each edition's page in the build (core/src/door.rs `Door::file`). */
const PAGE = { en: 'index.html', fa: 'fa.html' };
/** Where the built page's first screen ends: after the chart's section (masthead, key figures, story, chart). */
const firstScreenEnd = (html) => {
  const chart = html.indexOf('class="chart-section"');
  const next = chart < 0 ? -1 : html.indexOf('<section', chart);
  return next < 0 ? html.length : next;
};

for (const lang of ['en', 'fa']) test(`first load of the ${lang} edition: sizes of everything the page requests, within budget`, async () => {
  const budgets = BUDGETS[lang];
  const p = await openPage(browser, server.url);
  const requested = new Set();
  p.page.on('request', (r) => requested.add(new URL(r.url()).pathname));
  // The English edition as a reader with an English browser gets it (the site's address), the Persian one at its page.
  await p.page.goto(lang === 'en' ? server.url : server.url + PAGE[lang]);
  await p.page.evaluate(() => document.fonts.ready);
  await new Explainer(p.page).liveChart();
  await p.page.waitForLoadState('networkidle');
  const rows = [];
  for (const path of [...requested].sort()) {
    const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
    const body = await readFile(file);
    rows.push({
      file: path,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotli(body),
    });
  }
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  console.log(`first load of the ${lang} edition (bytes):`);
  console.log(`  ${'file'.padEnd(48)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}`);
  for (const r of [...rows, { file: 'TOTAL', ...total }]) {
    console.log(`  ${r.file.padEnd(48)} ${String(r.raw).padStart(9)} ${String(r.gzip).padStart(9)} ${String(r.brotli).padStart(9)}`);
  }
  console.log(`  total brotli ${kb(total.brotli)}; target ${kb(TARGET_BROTLI)} (${total.brotli <= TARGET_BROTLI ? 'met' : 'NOT met'})`);
  assert.ok(rows.some((r) => r.file.endsWith('.wasm')), 'the wasm was loaded');
  assert.ok(rows.some((r) => r.file.endsWith('.json')), 'the dataset was loaded');
  if (lang === 'fa') {
    assert.ok(rows.some((r) => r.file.endsWith('.fa.json')), 'the Persian text was loaded');
    assert.ok(rows.some((r) => kind(r.file) === 'fonts'), 'the Persian font was loaded');
  } else {
    assert.ok(!rows.some((r) => r.file.endsWith('.fa.json') || kind(r.file) === 'fonts'), 'English loads neither the Persian text nor the font');
  }
  const over = [];
  for (const k of ['wasm', 'js', 'css', 'html', 'data', 'fonts']) {
    const used = rows.filter((r) => kind(r.file) === k).reduce((n, r) => n + r.brotli, 0);
    console.log(`  ${k.padEnd(6)} ${kb(used).padStart(9)} of ${kb(budgets[k])}`);
    if (used > budgets[k]) over.push(`${k} ${kb(used)} > ${kb(budgets[k])}`);
  }
  // The critical bytes: what paints the first screen. The browser draws the page as it arrives, so this is the
  // page up to the end of its first screen, with everything the page needs to draw it: its stylesheet and its font.
  const html = await readFile(join(DIST, PAGE[lang]), 'utf8');
  const cut = firstScreenEnd(html);
  assert.ok(cut > 0, `${PAGE[lang]} has its first screen`);
  const critical = [
    { file: `${PAGE[lang]} (to the end of the first screen)`, brotli: brotli(Buffer.from(html.slice(0, cut))) },
    ...rows.filter((r) => kind(r.file) === 'css' || kind(r.file) === 'fonts'),
  ];
  const criticalTotal = critical.reduce((n, r) => n + r.brotli, 0);
  console.log(`  critical (first screen): ${critical.map((r) => `${r.file} ${kb(r.brotli)}`).join(' + ')} = ${kb(criticalTotal)} of ${kb(budgets.critical)}`);
  if (criticalTotal > budgets.critical) over.push(`critical ${kb(criticalTotal)} > ${kb(budgets.critical)}`);
  assert.deepEqual(over, [], 'over budget (e2e/budgets.json)');
  p.assertClean();
  await p.close();
});

test('time to first chart (median of 5 cold loads, printed)', async () => {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const p = await openPage(browser, server.url);
    const explainer = new Explainer(p.page);
    // Record, inside the page, the moment the chart's SVG enters the document.
    await explainer.noteChartArrival();
    await p.page.goto(server.url);
    await explainer.liveChart();
    times.push(await explainer.chartArrivedAt());
    p.assertClean();
    await p.close();
  }
  times.sort((a, b) => a - b);
  console.log(`time to the live chart on localhost, release build: median ${times[2].toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(', ')})`);
  assert.ok(times[2] > 0);
});

test('what each door\'s page costs (brotli, printed), and every door is within its edition\'s HTML budget', async () => {
  const { readdir } = await import('node:fs/promises');
  const pages = (await readdir(DIST)).filter((n) => n.endsWith('.html') && n !== 'check.html').sort();
  assert.ok(pages.length >= 12, `${pages.length} pages built`);
  console.log('the HTML each door costs (brotli bytes):');
  const over = [];
  for (const name of pages) {
    const size = brotli(await readFile(join(DIST, name)));
    const lang = /(^|\.)fa\.html$/.test(name) ? 'fa' : 'en';
    console.log(`  ${name.padEnd(40)} ${String(size).padStart(7)}`);
    if (size > BUDGETS[lang].html) over.push(`${name} ${kb(size)} > ${kb(BUDGETS[lang].html)}`);
  }
  assert.deepEqual(over, []);
});
