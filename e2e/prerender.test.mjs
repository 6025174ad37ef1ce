// The prerendered page (core/src/prerender.rs, written into index.html and fa.html by scripts/post-build.mjs):
// what a reader without JavaScript gets, that it says what the live app says, and that the app takes over from it
// without a flash or a layout shift.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ARTIFACTS, dataset, launch, openPage, serve } from './harness.mjs';

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

/** Each edition's page in the build, and the number format its figures are written in. */
const EDITIONS = [
  { lang: 'en', dir: 'ltr', file: 'index.html', nf: new Intl.NumberFormat('en-GB') },
  { lang: 'fa', dir: 'rtl', file: 'fa.html', nf: new Intl.NumberFormat('fa-IR', { useGrouping: 'min2' }) },
];

/** The sections the build prerenders, and where the live app renders the same thing. */
const SECTIONS = {
  // The masthead is the prerendered one, kept: the app fills in its own text where it differs.
  masthead: '#masthead',
  summary: '#app [data-testid=summary]',
  chart: '#app section.chart-section > h2, #app section.chart-section > p.intro',
  blackout: '#app section.blackout',
  sources: '#app [data-testid=sources]',
};
/** In the still page's chart section, what the live one also has (the heading and the intro). */
const STILL_CHART_TEXT = '[data-static-section=chart] > h2, [data-static-section=chart] > p.intro';

const squash = (s) => s.replace(/\s+/g, ' ').trim();

/** The text of every element matching `selector`, joined (textContent: what `<details>` hides counts too). */
const textOf = (page, selector) =>
  page.evaluate((sel) => [...document.querySelectorAll(sel)].map((e) => e.textContent).join(' '), selector).then(squash);

async function stillPage(edition, width = 375) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
  const page = await context.newPage();
  const outside = [];
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== new URL(server.url).origin) outside.push(r.url());
  });
  await page.goto(server.url + edition.file);
  return { page, context, outside };
}

/**
 * The edition's page in a short phone window (375 × 400, so that a short dataset's page scrolls into its last
 * sections too) with the app's wasm held back until `release()`: the reader is on the still page meanwhile.
 * `taken()` waits for the app to have replaced it, and for two frames.
 */
async function heldBack(edition) {
  const p = await openPage(browser, server.url, { width: 375, height: 400 });
  let release;
  const released = new Promise((r) => (release = r));
  await p.page.route(/_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  await p.page.goto(server.url + edition.file);
  const taken = async () => {
    await p.page.waitForFunction(() => !document.querySelector('#static') && document.querySelector('#app footer [data-testid=updated]'), null, { timeout: 20000 });
    await p.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  };
  return { p, release, taken };
}

async function livePage(edition, width = 1280) {
  const p = await openPage(browser, server.url, { width });
  await p.page.goto(server.url + edition.file);
  await p.page.locator('[data-testid=toll-chart] svg.chart').waitFor({ timeout: 15000 });
  // The sections below the chart follow, one task each (src/app.rs `later`): the page is whole at its footer.
  await p.page.locator('footer [data-testid=updated]').waitFor({ timeout: 15000 });
  return p;
}

/** Every source URL the dataset gives for a claim, a blackout event or a blackout note. */
function sourceUrls() {
  const byId = new Map(data.sources.map((s) => [s.id, s.url]));
  const ids = [...data.claims.flatMap((c) => c.sources), ...data.blackout_events.flatMap((e) => e.sources)];
  return [...new Set(ids.map((id) => byId.get(id)))];
}

describe('without JavaScript', () => {
  for (const edition of EDITIONS) {
    test(`${edition.lang}: the key figures, the gap, the still chart, the blackout, every source and what needs JavaScript`, async () => {
      for (const width of [375, 1280]) {
        const { page, context, outside } = await stillPage(edition, width);
        assert.equal(await page.getAttribute('html', 'lang'), edition.lang);
        assert.equal(await page.getAttribute('html', 'dir'), edition.dir);
        assert.equal(await page.title(), squash(await textOf(page, '[data-static-section=masthead] h1')));
        // The headline figures are the dataset's, formatted as the edition writes numbers.
        const cards = await page.locator('[data-static-section=summary] .card').allInnerTexts();
        assert.equal(cards.length, 2);
        const ids = await page.locator('[data-static-section=summary] .card').evaluateAll((cs) => cs.map((c) => c.dataset.claim));
        ids.forEach((id, i) => {
          const claim = data.claims.find((c) => c.id === id);
          assert.ok(claim, `card ${i} names a claim of the dataset`);
          assert.ok(cards[i].includes(edition.nf.format(claim.value)), `${cards[i]} should show ${claim.value}`);
        });
        assert.ok((await page.locator('[data-static-section=summary] .gap').innerText()).length > 20);
        // One still chart is shown at each width, the one drawn for it, and it scales into the column.
        const shown = await page.locator('[data-static-section=chart] .still svg').evaluateAll((svgs) =>
          svgs.filter((s) => s.getBoundingClientRect().width > 0).map((s) => ({ w: s.getBoundingClientRect().width, view: s.getAttribute('viewBox') })),
        );
        assert.equal(shown.length, 1, `one still chart at ${width} px`);
        assert.ok(shown[0].w <= width, `the chart fits ${width} px`);
        assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, 'no sideways scrolling');
        assert.ok(await page.locator('[data-static-section=chart] .blackout-band').first().count(), 'the blackout band is drawn');
        // The blackout's events and notes, with their sources.
        for (const e of data.blackout_events) {
          assert.equal(await page.locator(`[data-static-section=blackout] [data-event="${e.id}"]`).count(), 1, e.id);
        }
        // Every source is a link.
        const hrefs = new Set(await page.locator('#static a[href^=http]').evaluateAll((as) => as.map((a) => a.href)));
        for (const url of sourceUrls()) assert.ok(hrefs.has(new URL(url).href), `${url} is linked`);
        // What needs JavaScript is said.
        assert.ok((await page.locator('.still-note').innerText()).length > 20);
        await page.screenshot({ path: join(ARTIFACTS, `still-${edition.lang}-${width}.png`), fullPage: false });
        assert.deepEqual(outside, []);
        await context.close();
      }
    });
  }
});

describe('the app takes over', () => {
  for (const edition of EDITIONS) {
    test(`${edition.lang}: each prerendered section says what the live app says`, async () => {
      const still = await stillPage(edition, 1280);
      const live = await livePage(edition, 1280);
      for (const [name, selector] of Object.entries(SECTIONS)) {
        const a = name === 'chart' ? await textOf(still.page, STILL_CHART_TEXT) : await textOf(still.page, `[data-static-section=${name}]`);
        const b = await textOf(live.page, selector);
        assert.ok(a.length > 0, `the still ${name} has text`);
        assert.equal(a, b, `the ${name} section`);
      }
      // The still chart is the live chart's drawing: the same accessible title and description.
      const stillChart = await textOf(still.page, '.still-wide svg > title, .still-wide svg > desc');
      const liveChart = await textOf(live.page, '[data-testid=toll-chart] svg.chart > title, [data-testid=toll-chart] svg.chart > desc');
      assert.equal(stillChart, liveChart);
      // Once ready, the still page is gone but its masthead, and one main landmark and one masthead are left.
      assert.equal(await live.page.locator('#static').count(), 0);
      assert.equal(await live.page.locator('main').count(), 1);
      assert.equal(await live.page.locator('header.masthead').count(), 1);
      assert.equal(await live.page.title(), await textOf(live.page, '#masthead h1'));
      live.assertClean();
      await live.close();
      await still.context.close();
    });

    test(`${edition.lang}: no layout shift as the app replaces the still page (375 and 1280 px)`, async () => {
      for (const width of [375, 1280]) {
        const p = await openPage(browser, server.url, { width });
        await p.page.addInitScript(() => {
          window.__shift = 0;
          new PerformanceObserver((l) => {
            for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await p.page.goto(server.url + edition.file);
        await p.page.locator('[data-testid=toll-chart] svg.chart').waitFor({ timeout: 15000 });
        await p.page.locator('footer [data-testid=updated]').waitFor({ timeout: 15000 });
        await p.page.waitForTimeout(500);
        const cls = await p.page.evaluate(() => window.__shift);
        console.log(`# ${edition.lang} ${width} px: cumulative layout shift ${cls.toFixed(4)}`);
        assert.ok(cls <= 0.02, `CLS ${cls} at ${width} px`);
        p.assertClean();
        await p.close();
      }
    });

    test(`${edition.lang}: two links side by side never touch, in the still page and the app's (375 and 1280 px)`, async () => {
      // Publishers' names that touch read as one ("Secours RougeCore Insights International"): in Persian, a Latin
      // name's own margin fell on the wrong side, and a name wrapped across lines lost it. (A small dataset may have
      // no two links on one line: the count is printed.)
      const touching = (page, root) =>
        page.evaluate((sel) => {
          for (const d of document.querySelectorAll(`${sel} details`)) d.open = true;
          let pairs = 0;
          const close = [];
          for (const box of [...document.querySelectorAll(`${sel} *`)].filter((e) => e.querySelectorAll(':scope > a').length > 1)) {
            const frags = [...box.querySelectorAll(':scope > a')].flatMap((a, i) => [...a.getClientRects()].map((r) => ({ i, r, t: a.textContent })));
            for (const a of frags) {
              for (const b of frags) {
                if (a.i === b.i || Math.abs(a.r.top - b.r.top) > 2 || a.r.right > b.r.left) continue;
                pairs++;
                if (b.r.left - a.r.right < 3) close.push(`"${a.t}" | "${b.t}"`);
              }
            }
          }
          return { pairs, close };
        }, root);
      for (const width of [375, 1280]) {
        const still = await stillPage(edition, width);
        const s = await touching(still.page, '#static');
        await still.context.close();
        const p = await openPage(browser, server.url, { width });
        await p.page.goto(server.url + edition.file);
        await p.page.locator('#app footer [data-testid=updated]').waitFor({ timeout: 20000 });
        const live = await touching(p.page, '#app');
        console.log(`# ${edition.lang} ${width} px: links side by side, ${s.pairs} pairs in the still page and ${live.pairs} in the app's`);
        assert.deepEqual(s.close, [], `still page, ${width} px: links touching`);
        assert.deepEqual(live.close, [], `app, ${width} px: links touching`);
        p.assertClean();
        await p.close();
      }
    });

    test(`${edition.lang}: a reader who has scrolled into the still page keeps their place, open lists and focus when the app takes over`, async () => {
      // The section at the top of the window starts, in the app's page, where the still one did (every section of
      // the app's page is there at once: a reader past the first screen is never left beyond its end).
      for (const [key, wanted] of [['chart', 100], ['blackout', 120]]) {
        const { p, release, taken } = await heldBack(edition);
        // `wanted` px into the section, or as far as the page scrolls.
        const [before, into] = await p.page.evaluate(
          ([k, by]) => {
            const el = document.querySelector(`#static [data-static-section=${k}]`);
            const top = el.getBoundingClientRect().top + window.scrollY;
            const most = document.documentElement.scrollHeight - window.innerHeight;
            const into = Math.min(by, most - top);
            window.scrollTo(0, top + into);
            return [el.getBoundingClientRect().top, into];
          },
          [key, wanted],
        );
        assert.ok(into >= 10, `${key}: the page scrolls only ${into} px into it`);
        assert.ok(Math.abs(before + into) <= 1, `${key}: the still section starts ${before} px from the window's top`);
        release();
        await taken();
        const liveHeading = (await p.page.locator(`#static-${key}-heading`).count()) === 0;
        assert.ok(liveHeading, 'the still page is gone');
        const after = await p.page.evaluate((k) => document.getElementById(`${k}-heading`).closest('section').getBoundingClientRect().top, key);
        console.log(`# ${edition.lang} ${key}: ${into} px into it, the still section at ${before.toFixed(1)} px, the app's at ${after.toFixed(1)} px`);
        assert.ok(Math.abs(after - before) <= 2, `${key}: the app's section starts at ${after} px, the still one was at ${before} px`);
        p.assertClean();
        await p.close();
      }
      // A keyboard reader who has opened the list of sources and is on one of its links: the list is open in the
      // app's page too, its section where it was, and the focus on the app's link to the same place, in view.
      const { p, release, taken } = await heldBack(edition);
      await p.page.locator('#static [data-static-section=sources] details > summary').first().click();
      const links = p.page.locator('#static [data-static-section=sources] details[open] a[href]');
      const n = await links.count();
      assert.ok(n > 0, 'the still page lists its sources as links');
      const link = links.nth(Math.floor(n / 2));
      await link.focus();
      const href = await link.getAttribute('href');
      const sourcesTop = () =>
        p.page.evaluate(() => document.querySelector('[aria-labelledby$=sources-heading]').getBoundingClientRect().top);
      const before = await sourcesTop();
      assert.equal(await p.page.evaluate(() => document.activeElement.getAttribute('href')), href, 'the still link has the focus');
      release();
      await taken();
      const focus = await p.page.evaluate(() => {
        const a = document.activeElement;
        const r = a.getBoundingClientRect();
        return { inApp: !!a.closest('#app'), href: a.getAttribute('href'), top: r.top, bottom: r.bottom, height: window.innerHeight };
      });
      const after = await sourcesTop();
      console.log(`# ${edition.lang} sources list opened, a link focused: the still section at ${before.toFixed(1)} px, the app's at ${after.toFixed(1)} px; focus ${JSON.stringify(focus)}`);
      assert.ok(await p.page.locator('#app [data-testid=sources] details[open]').count() > 0, "the app's list of sources is open");
      assert.ok(Math.abs(after - before) <= 2, `sources: the app's section starts at ${after} px, the still one was at ${before} px`);
      assert.ok(focus.inApp && focus.href === href, `the focus is on ${JSON.stringify(focus)}, not the app's link to ${href}`);
      assert.ok(focus.top >= 0 && focus.bottom <= focus.height, 'the focused link is in view');
      p.assertClean();
      await p.close();
    });
  }
});
