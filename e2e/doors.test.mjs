// The doors readers come through (core/src/door.rs): every story × edition × the whole page and each embed view is
// a page the build rendered with the app's own components (build/, `ssg`). Each shows its own content at once and
// without JavaScript; the app takes it over without changing what is on screen (every element kept); old addresses
// reach the right page, through nginx and on a static host.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTIFACTS, ONCE, DIST, dataset, launch, openPage, serve, serveNode } from './harness.mjs';
import { Explainer } from './page.mjs';

let server;
let browser;
let data;

before(async () => {
  server = await serve();
  browser = await launch();
  data = await dataset();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const EDITIONS = [
  { lang: 'en', dir: 'ltr', suffix: '' },
  { lang: 'fa', dir: 'rtl', suffix: '.fa' },
];
const VIEWS = ['story', 'chart', 'blackout', 'table', 'summary'];
/** The site's own story (unnamed files) and the second story (named by its dataset). */
const STORIES = [
  { prefix: '', data: () => data },
  { prefix: 'iran-2019.', data: async () => JSON.parse(await readFile(join(DIST, 'data', 'iran-2019.json'), 'utf8')) },
];
/** A door's file (core/src/door.rs `Door::file`). */
const fileOf = (story, view, edition) => {
  const name = `${story.prefix}${view ? `embed-${view}` : ''}`.replace(/\.$/, '');
  const parts = [name, edition.lang === 'en' ? '' : edition.lang].filter(Boolean);
  return parts.length ? `${parts.join('.')}.html` : 'index.html';
};

const squash = (s) => s.replace(/\s+/g, ' ').trim();

async function noScript(file, width = 375) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
  const page = await context.newPage();
  const outside = [];
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== new URL(server.url).origin) outside.push(r.url());
  });
  const response = await page.goto(server.url + file);
  assert.equal(response.status(), 200, file);
  return { page, explainer: new Explainer(page), context, outside };
}

/** Whether the dataset has a headline pair, which the summary shows (core/src/derive.rs `headline`). */
const hasSummary = async (explainer) => (await explainer.keyFigureCards()) === 2;

describe('every door without JavaScript', () => {
  for (const story of STORIES) {
    for (const edition of EDITIONS) {
      test(`${story.prefix || 'the site\'s story '}${edition.lang}: the whole page and each view, each its own`, async () => {
        const d = await story.data();
        for (const view of [null, ...VIEWS]) {
          const file = fileOf(story, view, edition);
          const { explainer, context, outside } = await noScript(file);
          const root = await explainer.builtFor();
          assert.deepEqual([root.lang, root.dir, root.edition, root.view], [edition.lang, edition.dir, edition.lang, view], file);
          assert.ok(root.dataset.endsWith(`${story.prefix ? story.prefix.slice(0, -1) : ''}.json`) || !story.prefix, `${file}: ${root.dataset}`);
          if (edition.lang === 'en') assert.equal(squash(await explainer.title()), squash(d.meta.title), `${file}: the story's title`);
          if (view) {
            assert.equal(await explainer.embeddedView(), view, file);
            assert.equal(await explainer.mastheads(), 0, `${file}: no page chrome in an embed`);
          } else {
            assert.equal(await explainer.embeds(), 0, file);
            assert.equal(squash(await explainer.mainTitle()), squash(await explainer.title()), file);
          }
          // Its content is there: the headline figures, the chart drawn as a still, the story's steps, the table's
          // rows come with the app (a table needs the reader's sort), the blackout's events.
          if (!view || view === 'summary') assert.ok(await hasSummary(explainer) || !d.claims.length, `${file}: the key figures`);
          if (!view || view === 'chart' || (view === 'story' && d.story?.length)) {
            const shown = await explainer.stillChartsShown();
            assert.ok(shown >= 1, `${file}: a still chart is shown`);
          }
          if (view === 'story' && d.story?.length) assert.equal(await explainer.stepArticles(), d.story.length, file);
          if (view === 'blackout') assert.equal((await explainer.blackoutEvents()) >= (d.blackout_events?.length ?? 0), true, file);
          assert.deepEqual(outside, [], `${file}: nothing leaves the page's origin`);
          await context.close();
        }
      });
    }
  }

  test('what needs JavaScript is said to a reader without it, in their edition', async () => {
    for (const edition of EDITIONS) {
      const { page, explainer, context } = await noScript(fileOf(STORIES[0], null, edition));
      const note = await explainer.noScriptNote();
      assert.ok(note.length > 20, note);
      await page.screenshot({ path: join(ARTIFACTS, `door-nojs-${edition.lang}-375.png`) });
      await context.close();
    }
  });
});

/**
 * Opens `file` with the app's wasm held back until `release()`; `ready()` waits for the app to have taken the page
 * over (`#app[data-ready]`). Before the page's scripts, every element of the built page is noted, so that what the
 * app kept, added and removed can be counted.
 */
async function heldBack(file, { width = 375, height = 400 } = {}) {
  const p = await openPage(browser, server.url, { width, height });
  const explainer = new Explainer(p.page);
  await explainer.noteBuiltPage();
  let release;
  const released = new Promise((r) => (release = r));
  await p.page.route(/_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  // (`commit`: the harness's wait for the app would wait for the held-back wasm.)
  await p.page.goto(server.url + file, { waitUntil: 'commit' });
  await p.page.waitForLoadState('domcontentloaded');
  const ready = async () => {
    await explainer.takenOver();
    await explainer.painted();
  };
  return { p, explainer, release, ready };
}

describe('the app takes the built page over', () => {
  for (const edition of EDITIONS) {
    for (const view of [null, 'chart', 'story']) {
      const file = fileOf(STORIES[0], view, edition);
      test(`${file}: every element and every text kept, no hydration warning`, async (t) => {
        if (view === 'story' && !data.story.length) return t.skip('the dataset has no story');
        const { p, explainer, release, ready } = await heldBack(file, { width: 1280, height: 900 });
        const warnings = [];
        p.page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
        release();
        await ready();
        const kept = await explainer.keptFromBuiltPage();
        console.log(`# ${file}: ${kept.built} elements built, ${kept.removed} removed, ${kept.added.length} added by the app`);
        assert.ok(kept.built > 20, 'the built page has content');
        assert.equal(kept.removed, 0, 'no built element was replaced');
        assert.deepEqual(kept.added, [], 'the app added nothing outside its charts');
        assert.ok(kept.sameText, 'every text is the built one');
        assert.deepEqual(warnings.filter((w) => /hydrat/i.test(w)), []);
        // It is the app's now: the chart is live and answers the keyboard.
        if (view !== 'story') {
          await explainer.liveChart();
          assert.ok((await explainer.points()) > 0, 'the live chart has its points');
        }
        p.assertClean();
        await p.close();
      });
    }

    test(`${edition.lang}: a reader who scrolled, opened a list and focused a link before the app came keeps all three`, async () => {
      const { p, explainer, release, ready } = await heldBack(fileOf(STORIES[0], null, edition));
      await explainer.openSources();
      await explainer.focusSourceLink();
      // Where the focused link is in the window: the reader's place (the page above it may grow as charts are drawn
      // at their measured width; the browser's scroll anchoring keeps what the reader sees where it was).
      const before = await explainer.focusedLink();
      release();
      await ready();
      const after = await explainer.focusedLink();
      assert.ok(await explainer.sourcesOpen(), 'the list stays open');
      assert.equal(after.href, before.href, 'the focus stays on the link');
      assert.ok(Math.abs(after.y - before.y) <= 1, `the focused link stays where the reader saw it (${before.y} → ${after.y} px from the window's top)`);
      p.assertClean();
      await p.close();
    });
  }

  // CLS 0, not "small": a shift moves the line the reader is on. The Persian font is held back on every door, as on a
  // slow link, where it arrives after the first paint: the page must not reflow for it (style/main.css).
  test('no layout shift on any kind of door, at 375 and 1280 px, even when the font comes late', async () => {
    for (const edition of EDITIONS) {
      for (const view of [null, ...VIEWS]) {
        for (const width of [375, 1280]) {
          const file = fileOf(STORIES[0], view, edition);
          const p = await openPage(browser, server.url, { width });
          const explainer = new Explainer(p.page);
          await explainer.watchLayoutShift();
          await explainer.fontsLate(400);
          await p.page.goto(server.url + file);
          await explainer.takenOver();
          await p.page.waitForTimeout(500);
          const cls = await explainer.layoutShift();
          console.log(`# ${file} ${width} px, the font 400 ms late: cumulative layout shift ${cls.toFixed(4)}`);
          assert.equal(cls, 0, `${file} at ${width} px: CLS ${cls}`);
          p.assertClean();
          await p.close();
        }
      }
    }
  });
});

describe('old addresses', ONCE, () => {
  const OLD = [
    ['?lang=fa', 'fa.html'],
    ['?embed=chart', 'embed-chart.html'],
    ['?embed=summary&lang=fa', 'embed-summary.fa.html'],
    ['?data=data/iran-2019.json', 'iran-2019.html'],
    ['?data=data/iran-2019.json&embed=story&lang=fa&theme=dark', 'iran-2019.embed-story.fa.html'],
  ];

  test('nginx sends each to its page before anything is shown, the query kept', async () => {
    for (const [query, file] of OLD) {
      for (const path of ['', 'index.html']) {
        const r = await fetch(`${server.url}${path}${query}`, { redirect: 'manual' });
        assert.equal(r.status, 302, `${path}${query}`);
        assert.equal(r.headers.get('location'), `/${file}${query}`, `${path}${query}`);
      }
    }
    for (const query of ['', '?lang=en', '?embed=nothing', '?data=https://example.org/x.json', '?theme=dark']) {
      const r = await fetch(`${server.url}${query}`, { redirect: 'manual' });
      assert.equal(r.status, 200, `${query}: the index itself`);
    }
    const r = await fetch(`${server.url}fa.html?lang=fa`, { redirect: 'manual' });
    assert.equal(r.status, 200, 'a door is never redirected');
  });

  test('in the browser, each lands on its own page in its own language, and stays there', async () => {
    for (const [query, file] of OLD) {
      const p = await openPage(browser, server.url, { width: 375 });
      const first = [];
      p.page.on('response', (r) => r.request().resourceType() === 'document' && first.push(r.url()));
      await p.page.goto(server.url + query);
      await new Explainer(p.page).takenOver();
      assert.equal(new URL(p.page.url()).pathname, `/${file}`, query);
      assert.equal(first.filter((u) => new URL(u).pathname.endsWith('.html') || new URL(u).pathname === '/').length, 2, `${query}: one redirect, one page`);
      p.assertClean();
      await p.close();
    }
  });

  test('on a static host (no server rules), the app goes to the page asked for (a documented limit: after the main page)', async () => {
    const plain = await serveNode(DIST);
    try {
      const p = await openPage(browser, plain.url, { width: 375 });
      await p.page.goto(`${plain.url}?embed=chart&lang=fa`);
      await p.page.waitForURL(/embed-chart\.fa\.html/, { timeout: 20000 });
      const explainer = new Explainer(p.page);
      await explainer.takenOver();
      assert.equal(await explainer.language(), 'fa');
      assert.equal(await explainer.embeddedView(), 'chart');
      p.assertClean();
      await p.close();
    } finally {
      await plain.close();
    }
  });
});

describe('a reader who saves data', ONCE, () => {
  for (const edition of EDITIONS) {
    test(`${edition.lang}: the app is not downloaded by itself; the page offers it with its size, and it loads on request`, async () => {
      const p = await openPage(browser, server.url, { width: 375 });
      const explainer = new Explainer(p.page);
      // What Chromium reports with "Data Saver" on, or on a 2G link.
      await p.page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true, effectiveType: '4g' } }));
      const wasm = [];
      p.page.on('request', (r) => /_bg\.wasm$/.test(r.url()) && wasm.push(r.url()));
      await p.page.goto(server.url + fileOf(STORIES[0], null, edition), { waitUntil: 'commit' });
      await explainer.saveDataOffered(10000);
      await p.page.waitForTimeout(3500);
      assert.deepEqual(wasm, [], 'no app downloaded');
      const text = await explainer.saveDataOffer();
      const kb = Math.ceil((await readFile(join(DIST, (await readdirWasm())))).length / 1024);
      assert.ok(text.length > 40 && kb > 0, text);
      // The size is the one served (brotli), in the edition's digits: a number of at most the raw size in KB.
      const digits = Number(text.replace(/[۰-۹]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'.indexOf(d)).replace(/[^0-9]/g, ''));
      assert.ok(digits > 0 && digits <= kb, `${text}: ${digits} KB of at most ${kb}`);
      await p.page.screenshot({ path: join(ARTIFACTS, `door-save-data-${edition.lang}-375.png`) });
      await explainer.loadApp();
      await explainer.takenOver();
      assert.equal(wasm.length, 1, 'the app, once asked for');
      assert.ok(await explainer.saveDataOfferHidden(), 'the offer goes');
      p.assertClean();
      await p.close();
    });
  }
});

async function readdirWasm() {
  const { readdir } = await import('node:fs/promises');
  return (await readdir(DIST)).find((n) => n.endsWith('_bg.wasm'));
}
