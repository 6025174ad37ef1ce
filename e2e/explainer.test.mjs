// End-to-end: the release build in dist/, served over http, read in Debian's Chromium as a reader would.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTIFACTS, LOCALE, dataset, launch, longDate, nf, openPage, serve, headlineClaim as harnessHeadlineClaim } from './harness.mjs';

let server;
let browser;
let data;

before(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  server = await serve();
  browser = await launch();
  data = await dataset();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const plotDate = (c) => c.published ?? c.as_of;

const headlineClaim = (claimant) => harnessHeadlineClaim(data, claimant);

/** Moves the mouse to the centre of a data point's focus ring (the chart picks the nearest point). */
async function hoverPoint(page, id) {
  await page.locator(`[data-testid=toll-chart] .hit[data-id="${id}"]`).scrollIntoViewIfNeeded();
  const box = await page.locator(`[data-testid=toll-chart] .hit[data-id="${id}"]`).boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
}

async function ready(page) {
  await page.goto(server.url);
  await page.locator('[data-testid=toll-chart] svg.chart').waitFor({ timeout: 15000 });
  await page.locator('footer [data-testid=updated]').waitFor({ timeout: 15000 });
}

describe('the explainer', () => {
  test('the summary shows the latest official and independent figures, formatted, and the derived gap', async () => {
    const p = await openPage(browser, server.url);
    await ready(p.page);
    const official = headlineClaim(data.meta.headline.official);
    const independent = headlineClaim(data.meta.headline.independent);
    const o = await p.page.locator('[data-testid=summary-official]').innerText();
    const i = await p.page.locator('[data-testid=summary-independent]').innerText();
    assert.ok(o.includes(nf.format(official.value)), o);
    assert.ok(i.includes(nf.format(independent.value)), i);
    const minimum = independent.basis === 'at_least' || independent.qualifier === 'more_than';
    if (minimum) assert.match(i, /at least|more than/);
    // Each card says how its figure was arrived at, and the official card gives the state's own split, quoted.
    const methodWords = { documented: /documented case by case/, official: /stated on the record by the state/, unverified: /nobody could verify/ };
    assert.match(o, methodWords[official.method]);
    assert.match(i, methodWords[independent.method]);
    for (const part of official.breakdown) {
      assert.ok(o.includes(`${nf.format(part.value)} ${part.label}`), `${o} should give the part ${part.label}`);
    }
    if (official.counts_note) assert.ok(o.includes(official.counts_note), o);
    const gap = await p.page.locator('[data-testid=summary-gap]').innerText();
    assert.match(gap, /derived/i);
    // The gap keeps the hedge and both dates: "at least 3,885 more", the figures as of their days.
    const difference = nf.format(independent.value - official.value);
    assert.ok(gap.includes(minimum ? `at least ${difference} more` : `${difference} more`), gap);
    assert.ok(gap.includes(longDate(plotDate(independent))) && gap.includes(longDate(plotDate(official))), `${gap}: both dates`);
    // The ratio is cut, never rounded up, to one decimal.
    const ratio = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 }).format(Math.floor((independent.value / official.value) * 10) / 10);
    assert.ok(gap.includes(minimum ? `at least ${ratio} times` : `${ratio} times`), `${gap} should contain ${ratio}`);
    console.log(`summary: official ${official.value} (${plotDate(official)}), independent ${independent.value} (${plotDate(independent)})`);
    p.assertClean();
    await p.close();
  });

  test('the chart has one series per claimant and the blackout band', async () => {
    const p = await openPage(browser, server.url);
    await ready(p.page);
    const plotted = data.claimants.filter((c) => data.claims.some((k) => k.claimant === c.id)).map((c) => c.id);
    const series = await p.page.locator('[data-testid=toll-chart] svg.chart g.series').evaluateAll((gs) => gs.map((g) => g.dataset.claimant));
    assert.deepEqual(series, plotted);
    for (const id of plotted) {
      const n = data.claims.filter((k) => k.claimant === id).length;
      const marks = await p.page.locator(`[data-testid=toll-chart] svg.chart g.series[data-claimant="${id}"] :not(g)`).count();
      assert.ok(marks >= n, `${id}: ${marks} marks for ${n} claims`);
    }
    const internet = data.blackout_events.filter((e) => e.services.includes('internet'));
    assert.ok(internet.length > 0);
    for (const e of internet) {
      const rect = p.page.locator(`[data-testid=toll-chart] svg.chart g.blackout-band[data-event="${e.id}"] rect`).first();
      const box = await rect.boundingBox();
      assert.ok(box && box.width > 20 && box.height > 100, `band ${e.id} drawn: ${JSON.stringify(box)}`);
    }
    // One focusable target per claim and per connectivity observation.
    assert.equal(await p.page.locator('[data-testid=toll-chart] .hit[data-kind=claim]').count(), data.claims.length);
    assert.equal(await p.page.locator('[data-testid=toll-chart] .hit[data-kind=observation]').count(), data.connectivity.length);
    p.assertClean();
    await p.close();
  });

  test('every claim is listed with a working http(s) source link', async () => {
    const p = await openPage(browser, server.url);
    await ready(p.page);
    const sourceUrl = Object.fromEntries(data.sources.map((s) => [s.id, s.url]));
    for (const c of data.claims) {
      const hrefs = await p.page.locator(`[data-testid=sources] li[data-claim="${c.id}"] a`).evaluateAll((as) => as.map((a) => a.href));
      assert.ok(hrefs.length >= 1, `claim ${c.id} has a link`);
      for (const h of hrefs) assert.match(h, /^https?:\/\//);
      assert.deepEqual(hrefs.map((h) => decodeURI(h)), c.sources.map((s) => decodeURI(new URL(sourceUrl[s]).href)));
    }
    p.assertClean();
    await p.close();
  });

  test('hovering a point shows who said it, when, and the source; Escape closes it', async () => {
    const p = await openPage(browser, server.url);
    await ready(p.page);
    const claim = headlineClaim(data.meta.headline.independent);
    const claimant = data.claimants.find((c) => c.id === claim.claimant);
    await hoverPoint(p.page, claim.id);
    const tip = p.page.locator('[data-testid=tooltip]');
    await tip.waitFor();
    const text = await tip.innerText();
    assert.ok(text.includes(claimant.short_name), text);
    assert.ok(text.includes(nf.format(claim.value)), text);
    const published = longDate(claim.published);
    assert.ok(text.includes(published), `${text} should include ${published}`);
    const firstSource = data.sources.find((s) => s.id === claim.sources[0]);
    const hrefs = await tip.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.includes(firstSource.url), hrefs.join(' '));
    await p.page.screenshot({ path: join(ARTIFACTS, 'tooltip-1280.png') });
    // Keyboard: focus opens the tooltip, Escape closes it. (Move the mouse off the chart first: it closes too.)
    await p.page.mouse.move(0, 0);
    await tip.waitFor({ state: 'detached' });
    await p.page.locator(`[data-testid=toll-chart] .hit[data-kind=claim]`).first().focus();
    await tip.waitFor();
    await p.page.keyboard.press('Escape');
    await tip.waitFor({ state: 'detached' });
    p.assertClean();
    await p.close();
  });

  test('how each figure was arrived at: legend, marks, tooltip, table and shared origins say it', async () => {
    const p = await openPage(browser, server.url);
    await ready(p.page);
    const methods = ['documented', 'official', 'unverified'];
    assert.deepEqual(await p.page.locator('[data-testid=legend] .kinds .toggle').evaluateAll((bs) => bs.map((b) => b.dataset.kind)), methods);
    assert.deepEqual(await p.page.locator('[data-testid=legend] .methods li').evaluateAll((ls) => ls.map((l) => l.dataset.method)), methods);
    // Every unverified figure is drawn inside its series' dashed group; no documented or official one is.
    for (const claimant of new Set(data.claims.map((c) => c.claimant))) {
      const unverified = data.claims.filter((c) => c.claimant === claimant && c.method === 'unverified').length;
      const group = p.page.locator(`[data-testid=toll-chart] svg.chart g.series[data-claimant="${claimant}"] > g.unverified`);
      assert.equal(await group.count(), unverified > 0 ? 1 : 0, claimant);
      if (unverified) assert.equal(await group.getAttribute('stroke-dasharray'), '3 2');
    }
    // The tooltip of each unverified figure says so, and names any shared origin.
    const unverified = data.claims.filter((c) => c.method === 'unverified');
    assert.ok(unverified.length > 0);
    for (const c of unverified.filter((c) => (data.shared_origins ?? []).some((o) => o.claims.includes(c.id)))) {
      await p.page.locator(`[data-testid=toll-chart] .hit[data-id="${c.id}"]`).focus();
      const tip = p.page.locator('[data-testid=tooltip]');
      await tip.waitFor();
      assert.equal(await tip.locator('.tip-method').getAttribute('data-method'), 'unverified');
      const origin = await tip.locator('.tip-origin').innerText();
      for (const o of data.shared_origins.filter((o) => o.claims.includes(c.id))) assert.ok(origin.includes(o.summary), origin);
      await p.page.keyboard.press('Escape');
    }
    // The table gives the method of every row; hiding "unverified" removes exactly those rows.
    await p.page.locator('#tab-table').click();
    const rows = p.page.locator('[data-testid=claims-table] tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), data.claims.length);
    const byRow = await rows.evaluateAll((rs) => rs.map((r) => [r.dataset.claim, r.querySelector('td.method').dataset.method]));
    for (const [id, m] of byRow) assert.equal(m, data.claims.find((c) => c.id === id).method, id);
    await p.page.locator('.toggle[data-kind="unverified"]').click();
    assert.equal(await rows.count(), data.claims.length - unverified.length);
    // "What each number counts" names the shared origin beside each claimant involved.
    for (const o of data.shared_origins ?? []) {
      for (const id of new Set(o.claims.map((c) => data.claims.find((k) => k.id === c).claimant))) {
        const text = await p.page.locator(`[data-testid=method] .method-item[data-claimant="${id}"]`).innerText();
        assert.ok(text.includes(o.summary), `${id}: ${text}`);
      }
    }
    p.assertClean();
    await p.close();
  });

  test('the chart keeps its labels in place on a right-to-left page (its SVG sets its own direction)', async () => {
    const p = await openPage(browser, server.url);
    await ready(p.page);
    const boxes = () =>
      p.page.locator('[data-testid=toll-chart] svg.chart text').evaluateAll((ts) =>
        ts.map((t) => Math.round(t.getBoundingClientRect().left - t.ownerSVGElement.getBoundingClientRect().left)),
      );
    const ltr = await boxes();
    assert.ok(ltr.length > 10);
    await p.page.evaluate(() => document.querySelectorAll('html, main').forEach((e) => e.setAttribute('dir', 'rtl')));
    const rtl = await boxes();
    assert.deepEqual(rtl, ltr);
    p.assertClean();
    await p.close();
  });

  test('a missing dataset says so and offers a retry that works', async () => {
    const p = await openPage(browser, server.url);
    p.allowConsoleError(/404|Failed to load resource/);
    let fail = true;
    await p.page.route('**/data/iran-2026.json', (r) => (fail ? r.fulfill({ status: 404, body: 'not found' }) : r.continue()));
    await p.page.goto(server.url);
    const error = p.page.locator('[data-testid=load-error]');
    await error.waitFor();
    assert.match(await error.innerText(), /not found/i);
    await p.page.screenshot({ path: join(ARTIFACTS, 'error-404-375.png') });
    fail = false;
    await p.page.locator('[data-testid=retry]').click();
    await p.page.locator('[data-testid=toll-chart] svg.chart').waitFor();
    await p.page.locator('footer [data-testid=updated]').waitFor();
    p.assertClean();
    await p.close();
  });

  test('an invalid dataset names the field and the problem', async () => {
    const p = await openPage(browser, server.url);
    const broken = structuredClone(data);
    broken.claims[0].claimant = 'nobody';
    delete broken.claims[1].sources;
    await p.page.route('**/data/iran-2026.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(broken) }));
    await p.page.goto(server.url);
    const panel = p.page.locator('[data-testid=data-error]');
    await panel.waitFor();
    const text = await panel.innerText();
    assert.match(text, /claims\[1\]/);
    assert.match(text, /sources/);
    p.assertClean();
    await p.close();
  });

  for (const width of [1280, 375]) {
    test(`screenshots at ${width} px, with nothing wider than the page`, async () => {
      const p = await openPage(browser, server.url, { width, height: 800 });
      await ready(p.page);
      const overflow = await p.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
      await p.page.screenshot({ path: join(ARTIFACTS, `top-${width}.png`) });
      await p.page.screenshot({ path: join(ARTIFACTS, `full-${width}.png`), fullPage: true });
      p.assertClean();
      await p.close();
    });
  }
});
