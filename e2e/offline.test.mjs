// The offline edition (scripts/offline.mjs): each single HTML file, copied alone into an empty folder as a reader
// would have it, opened from file:// with the browser offline and every request but the file itself aborted. It
// must make no request (only the file, data: and blob: URLs), log no error and violate none of its own CSP, and
// work fully: the key figures, the story, the chart's tooltip by keyboard, the table, the downloads, the switch
// between editions. Expected values come from the dataset and the browser's Intl, never typed.
// With E2E_DATASET (another dataset), the files are built here from that dataset, by offline() on a copy of dist/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { ARTIFACTS, ONCE, DATASET_FILE, DIST, ROOT, dataset, launch, nf, postBuild, headlineClaim as harnessHeadlineClaim } from './harness.mjs';
import { offline } from '../scripts/offline.mjs';
import { Explainer } from './page.mjs';

const SHOTS = join(ARTIFACTS, 'offline');
let browser;
let data;
let fa;
let built; // the folder with explainer-en.html and explainer-fa.html
const temps = [];

before(async () => {
  browser = await launch();
  data = await dataset();
  await mkdir(SHOTS, { recursive: true });
  if (DATASET_FILE || !existsSync(join(DIST, 'offline', 'explainer-en.html'))) {
    // The files for this dataset: offline() on a copy of dist/ with its data files replaced.
    const copy = await mkdtemp(join(tmpdir(), 'offline-dist-'));
    temps.push(copy);
    await cp(DIST, copy, { recursive: true, filter: (src) => !src.startsWith(join(DIST, 'offline')) });
    if (DATASET_FILE) {
      await copyFile(DATASET_FILE, join(copy, 'data', 'iran-2026.json'));
      await copyFile(DATASET_FILE.replace(/\.json$/, '.fa.json'), join(copy, 'data', 'iran-2026.fa.json'));
      // The pages rendered again from this dataset (the offline files are the built pages).
      postBuild(copy);
    }
    offline(copy);
    built = join(copy, 'offline');
  } else {
    built = join(DIST, 'offline');
  }
  fa = JSON.parse(await readFile(DATASET_FILE ? DATASET_FILE.replace(/\.json$/, '.fa.json') : join(DIST, 'data', 'iran-2026.fa.json'), 'utf8'));
  for (const lang of ['en', 'fa']) {
    const body = await readFile(join(built, `explainer-${lang}.html`));
    console.log(`explainer-${lang}.html: ${body.length} bytes, ${gzipSync(body, { level: 9 }).length} bytes gzipped`);
  }
});
after(async () => {
  await browser?.close();
  for (const t of temps) await rm(t, { recursive: true, force: true });
});

/** Opens the edition's file from a folder of its own, offline, and waits for the app (or, with `fails`, for the
 * failure it shows). Records every request but the file's own and data:/blob: ones, console and page errors, and
 * CSP violations. */
async function open(lang, { width = 1280, height = 900, edit = null, fails = false } = {}) {
  const folder = await mkdtemp(join(tmpdir(), 'offline-copy-'));
  temps.push(folder);
  const file = join(folder, `explainer-${lang}.html`);
  const html = await readFile(join(built, `explainer-${lang}.html`), 'utf8');
  await writeFile(file, edit ? edit(html) : html);
  const url = pathToFileURL(file).href;
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, acceptDownloads: true });
  await context.setOffline(true);
  const problems = [];
  const own = (u) => u.split(/[?#]/)[0] === url;
  const allowed = (u) => own(u) || u.startsWith('data:') || u.startsWith('blob:');
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (own(u)) return route.continue();
    problems.push(`request attempted: ${u}`);
    return route.abort();
  });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  page.on('request', (r) => {
    if (!allowed(r.url())) problems.push(`request: ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  const explainer = new Explainer(page);
  await explainer.visit(url);
  if (fails) await explainer.failureShown(20000);
  else await explainer.takenOver(20000);
  await explainer.fontsLoaded();
  return {
    page,
    explainer,
    url,
    async assertClean() {
      const violations = await page.evaluate(() => window.__violations);
      assert.deepEqual([...problems, ...violations.map((v) => `CSP violation: ${v}`)], []);
    },
    close: () => context.close(),
  };
}


const headlineClaim = (claimant) => harnessHeadlineClaim(data, claimant);

/** The figure as the edition prints it: en-GB (harness `nf`), or the browser's fa-IR Intl as the app asks it. */
const figure = (page, lang, v) =>
  lang === 'en' ? nf.format(v) : page.evaluate((x) => new Intl.NumberFormat('fa-IR', { maximumFractionDigits: 0, useGrouping: 'min2' }).format(x), v);

describe('the offline edition', () => {
  for (const lang of ['en', 'fa']) {
    test(`explainer-${lang}.html from file://, offline: figures, story, tooltip, table, CSV, no request, no error`, async () => {
      const p = await open(lang);
      const { page, explainer } = p;
      assert.equal(await explainer.language(), lang);
      assert.equal(await explainer.direction(), lang === 'fa' ? 'rtl' : 'ltr');
      assert.equal(await explainer.textDirection(), lang === 'fa' ? 'rtl' : 'ltr');
      assert.equal(await page.title(), lang === 'fa' ? fa.meta.title : data.meta.title);
      if (lang === 'fa') {
        // The Persian fonts, inlined as data: URLs, have loaded: every face the stylesheet declares.
        const css = await readFile(join(ROOT, 'style', 'main.css'), 'utf8');
        const declared = [...css.matchAll(/@font-face\s*{[^}]*font-family:\s*"Vazirmatn"[^}]*font-weight:\s*(\d+)/g)].map((m) => `${m[1]} loaded`);
        assert.ok(declared.length > 0, 'the stylesheet declares Vazirmatn');
        const faces = await explainer.fontFaces('Vazirmatn');
        assert.deepEqual(faces.sort(), declared.sort());
      }
      // The key figures: the latest official and independent ones, by the summary's rule.
      for (const side of ['official', 'independent']) {
        const c = headlineClaim(data.meta.headline[side]);
        assert.equal(await explainer.headlineClaimId(side), c.id, side);
        const text = await explainer.headlineCard(side);
        const v = await figure(page, lang, c.value);
        assert.ok(text.includes(v), `${side}: ${text} should give ${v}`);
      }
      await page.screenshot({ path: join(SHOTS, `${lang}-top-1280.png`) });
      // The story steps forward, and the address names the step (history on a file:// page).
      if (data.story.length > 1) {
        await explainer.storyChartDrawn();
        await explainer.stepForward(data.story[0].id);
        await explainer.atStep(data.story[1].id);
        assert.equal(await explainer.fragment(), `#${data.story[1].id}`);
        assert.ok(page.url().startsWith(p.url), `${page.url()} is still the file`);
        await explainer.screenshotStep(data.story[1].id, join(SHOTS, `${lang}-story-2.png`));
      }
      // The chart's tooltip by keyboard: the chart's one tab stop, then an arrow to the next point.
      await explainer.focusChart();
      await explainer.tooltipShown();
      // The first point in time: a claim, or a connectivity reading when one comes first.
      const first = await explainer.focusedPointId();
      const point = data.claims.find((c) => c.id === first) ?? data.connectivity.find((o) => o.id === first);
      assert.ok(point, `the focused point ${first} is a claim or a reading`);
      if (point.value !== null) assert.ok((await explainer.tooltipText()).includes(await figure(page, lang, point.value)), await explainer.tooltipText());
      if (data.claims.length > 1) {
        await page.keyboard.press('ArrowRight');
        assert.notEqual(await explainer.focusedPointId(), first, 'the arrow moves to another point');
        await explainer.tooltipShown();
      }
      await explainer.screenshotChart(join(SHOTS, `${lang}-tooltip.png`));
      await page.keyboard.press('Escape');
      // The table view.
      await explainer.openTable();
      await explainer.tableShown();
      assert.equal(await explainer.tableRowCount(), data.claims.length);
      // The view is written into the address (pushState on a file:// page) and Back undoes it.
      await explainer.addressHasQuery();
      assert.ok(page.url().startsWith(p.url), `${page.url()} is still the file`);
      await explainer.back();
      await explainer.tableGone();
      await explainer.forward();
      await explainer.tableShown();
      await explainer.screenshotTable(join(SHOTS, `${lang}-table.png`));
      // The CSV arrives, every figure exact.
      const csv = await explainer.download('csv');
      const text = csv.body.toString('utf8');
      assert.equal(text[0], '\ufeff');
      for (const c of data.claims) {
        const line = text.split('\r\n').find((l) => l.startsWith(`${c.id},`));
        assert.ok(line, `${c.id} in the CSV`);
        if (c.value !== null) assert.ok(line.includes(`,${c.value},`), `${c.id}: the figure exact (${c.value})`);
      }
      if (lang === 'fa') assert.match(csv.name, /[\u0600-\u06FF]/, `${csv.name}: a Persian file name`);
      await p.assertClean();
      await p.close();
    });
  }

  test('explainer-en.html: the JSON, SVG and PNG downloads arrive; no local path is printed on the image', async () => {
    const p = await open('en');
    const { explainer } = p;
    const json = await explainer.download('json');
    assert.deepEqual(JSON.parse(json.body.toString('utf8')), JSON.parse(await readFile(DATASET_FILE ?? join(DIST, 'data', 'iran-2026.json'), 'utf8')), 'the dataset the file carries');
    const svg = (await explainer.download('svg')).body.toString('utf8');
    assert.match(svg, /^<svg/);
    assert.ok(svg.includes(data.meta.title.replace(/&/g, '&amp;')), 'the caption names the title');
    assert.ok(!svg.includes('file:') && !svg.includes(tmpdir()), 'the image gives away no local path');
    const png = (await explainer.download('png')).body;
    assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47]);
    assert.equal(png.readUInt32BE(16), Number(/width="(\d+)"/.exec(svg)[1]) * 2, 'PNG at twice the resolution');
    await p.assertClean();
    await p.close();
  });

  test('the edition switch works from file://, offline, both ways', async () => {
    const p = await open('en');
    const { page, explainer } = p;
    await explainer.switchEdition();
    await page.waitForURL(/lang=fa/);
    await explainer.takenOver(30000);
    assert.equal(await explainer.language(), 'fa');
    assert.equal(await explainer.direction(), 'rtl');
    assert.equal(await page.title(), fa.meta.title);
    assert.equal(await explainer.missingTranslations(), 0, 'the Persian text is in the file');
    assert.ok(page.url().startsWith(p.url), `${page.url()} is still the file`);
    await page.screenshot({ path: join(SHOTS, 'en-switched-to-fa-1280.png') });
    await explainer.switchEdition();
    await page.waitForURL(/lang=en/);
    await explainer.takenOver(30000);
    assert.equal(await explainer.language(), 'en');
    await p.assertClean();
    await p.close();
  });

  test('a copy whose dataset element is empty says the file is damaged, with no error in the console', ONCE, async () => {
    const edit = (html) => {
      const out = html.replace(/(<script type="application\/json" id="data\/iran-2026\.json">)[^<]*(<\/script>)/, '$1$2');
      assert.notEqual(out, html, 'the dataset element is there to empty');
      return out;
    };
    const p = await open('en', { edit, fails: true });
    const text = await p.explainer.loadError();
    assert.match(text, /damaged or incomplete/);
    assert.ok(await p.explainer.headingVisible());
    await p.assertClean();
    await p.close();
  });

  for (const lang of ['en', 'fa']) {
    test(`explainer-${lang}.html in a viewer that runs no JavaScript: the figures, the chart and the sources`, async () => {
      const context = await browser.newContext({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
      await context.setOffline(true);
      const page = await context.newPage();
      const explainer = new Explainer(page);
      await explainer.visit(pathToFileURL(join(built, `explainer-${lang}.html`)).href);
      assert.equal(await explainer.language(), lang);
      const figures = await explainer.printedFigures();
      // The official headline figure, as the edition prints it (Node's Intl is the browser's ICU here).
      const official = data.meta.headline && headlineClaim(data.meta.headline.official);
      if (official?.value != null) {
        const printed = lang === 'en' ? nf.format(official.value) : new Intl.NumberFormat('fa-IR', { maximumFractionDigits: 0, useGrouping: 'min2' }).format(official.value);
        assert.ok(figures.join(' ').includes(printed), `${printed} in ${figures.join(' | ')}`);
      }
      assert.ok((await explainer.stillCharts()) >= 2, 'the chart, drawn as stills');
      const links = await explainer.sourceLinkCount();
      assert.ok(links >= new Set(data.claims.flatMap((c) => c.sources)).size, `${links} source links`);
      await page.screenshot({ path: join(SHOTS, `${lang}-no-javascript-375.png`) });
      await context.close();
    });
  }

  test('a phone-width Persian file: nothing scrolls sideways', async () => {
    const p = await open('fa', { width: 375, height: 800 });
    const { page, explainer } = p;
    const widths = await explainer.widths();
    const overflow = widths.scroll - widths.client;
    assert.ok(overflow <= 0, `scrolls sideways by ${overflow} px`);
    await page.screenshot({ path: join(SHOTS, 'fa-375.png'), fullPage: false });
    await p.assertClean();
    await p.close();
  });
});
