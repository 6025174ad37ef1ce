// End-to-end: the release build in dist/, served over http, read in Debian's Chromium as a reader would.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTIFACTS, ONCE, LOCALE, dataset, launch, longDate, nf, openPage, serve, headlineClaim as harnessHeadlineClaim } from './harness.mjs';
import { Explainer } from './page.mjs';

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

/** Opens the explainer on `p`'s page and waits until it is drawn whole. */
async function ready(p) {
  const explainer = new Explainer(p.page);
  await explainer.visit(server.url);
  await explainer.ready(15000);
  return explainer;
}

describe('the explainer', () => {
  test('the summary shows the latest official and independent figures, formatted, and the derived gap', async () => {
    const p = await openPage(browser, server.url);
    const explainer = await ready(p);
    const official = headlineClaim(data.meta.headline.official);
    const independent = headlineClaim(data.meta.headline.independent);
    const o = await explainer.headlineCard('official');
    const i = await explainer.headlineCard('independent');
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
    const gap = await explainer.gap();
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
    const explainer = await ready(p);
    const plotted = data.claimants.filter((c) => data.claims.some((k) => k.claimant === c.id)).map((c) => c.id);
    const series = await explainer.series();
    assert.deepEqual(series, plotted);
    for (const id of plotted) {
      const n = data.claims.filter((k) => k.claimant === id).length;
      const marks = await explainer.marks(id);
      assert.ok(marks >= n, `${id}: ${marks} marks for ${n} claims`);
    }
    const internet = data.blackout_events.filter((e) => e.services.includes('internet'));
    assert.ok(internet.length > 0);
    for (const e of internet) {
      const box = await explainer.blackoutBand(e.id);
      assert.ok(box && box.width > 20 && box.height > 100, `band ${e.id} drawn: ${JSON.stringify(box)}`);
    }
    // One focusable target per claim and per connectivity observation.
    assert.equal(await explainer.pointCount('claim'), data.claims.length);
    assert.equal(await explainer.pointCount('observation'), data.connectivity.length);
    p.assertClean();
    await p.close();
  });

  test('every claim is listed with a working http(s) source link', async () => {
    const p = await openPage(browser, server.url);
    const explainer = await ready(p);
    const sourceUrl = Object.fromEntries(data.sources.map((s) => [s.id, s.url]));
    for (const c of data.claims) {
      const hrefs = await explainer.sourceLinks(c.id);
      assert.ok(hrefs.length >= 1, `claim ${c.id} has a link`);
      for (const h of hrefs) assert.match(h, /^https?:\/\//);
      assert.deepEqual(hrefs.map((h) => decodeURI(h)), c.sources.map((s) => decodeURI(new URL(sourceUrl[s]).href)));
    }
    p.assertClean();
    await p.close();
  });

  test('hovering a point shows who said it, when, and the source; Escape closes it', async () => {
    const p = await openPage(browser, server.url);
    const explainer = await ready(p);
    const claim = headlineClaim(data.meta.headline.independent);
    const claimant = data.claimants.find((c) => c.id === claim.claimant);
    await explainer.hoverPoint(claim.id);
    await explainer.tooltipShown();
    const text = await explainer.tooltipText();
    assert.ok(text.includes(claimant.short_name), text);
    assert.ok(text.includes(nf.format(claim.value)), text);
    const published = longDate(claim.published);
    assert.ok(text.includes(published), `${text} should include ${published}`);
    const firstSource = data.sources.find((s) => s.id === claim.sources[0]);
    const hrefs = await explainer.tooltipLinks();
    assert.ok(hrefs.includes(firstSource.url), hrefs.join(' '));
    await p.page.screenshot({ path: join(ARTIFACTS, 'tooltip-1280.png') });
    // Keyboard: focus opens the tooltip, Escape closes it. (Move the mouse off the chart first: it closes too.)
    await explainer.pointerAway();
    await explainer.tooltipClosed();
    await explainer.focusFirstClaim();
    await explainer.tooltipShown();
    await p.page.keyboard.press('Escape');
    await explainer.tooltipClosed();
    p.assertClean();
    await p.close();
  });

  test('how each figure was arrived at: legend, marks, tooltip, table and shared origins say it', async () => {
    const p = await openPage(browser, server.url);
    const explainer = await ready(p);
    const methods = ['documented', 'official', 'unverified'];
    assert.deepEqual(await explainer.legendKinds(), methods);
    assert.deepEqual(await explainer.legendMethods(), methods);
    // Every unverified figure is drawn inside its series' dashed group; no documented or official one is.
    for (const claimant of new Set(data.claims.map((c) => c.claimant))) {
      const unverified = data.claims.filter((c) => c.claimant === claimant && c.method === 'unverified').length;
      assert.equal(await explainer.unverifiedGroups(claimant), unverified > 0 ? 1 : 0, claimant);
      if (unverified) assert.equal(await explainer.unverifiedDashes(claimant), '3 2');
    }
    // The tooltip of each unverified figure says so, and names any shared origin.
    const unverified = data.claims.filter((c) => c.method === 'unverified');
    assert.ok(unverified.length > 0);
    for (const c of unverified.filter((c) => (data.shared_origins ?? []).some((o) => o.claims.includes(c.id)))) {
      await explainer.focusPoint(c.id);
      await explainer.tooltipShown();
      assert.equal(await explainer.tooltipMethod(), 'unverified');
      const origin = await explainer.tooltipOrigin();
      for (const o of data.shared_origins.filter((o) => o.claims.includes(c.id))) assert.ok(origin.includes(o.summary), origin);
      await p.page.keyboard.press('Escape');
    }
    // The table gives the method of every row; hiding "unverified" removes exactly those rows.
    await explainer.openTable();
    await explainer.tableRowsShown();
    assert.equal(await explainer.tableRowCount(), data.claims.length);
    const byRow = await explainer.tableRowMethods();
    for (const [id, m] of byRow) assert.equal(m, data.claims.find((c) => c.id === id).method, id);
    await explainer.toggleKind('unverified');
    assert.equal(await explainer.tableRowCount(), data.claims.length - unverified.length);
    // "What each number counts" names the shared origin beside each claimant involved.
    for (const o of data.shared_origins ?? []) {
      for (const id of new Set(o.claims.map((c) => data.claims.find((k) => k.id === c).claimant))) {
        const text = await explainer.methodNote(id);
        assert.ok(text.includes(o.summary), `${id}: ${text}`);
      }
    }
    p.assertClean();
    await p.close();
  });

  test('the chart keeps its labels in place on a right-to-left page (its SVG sets its own direction)', async () => {
    const p = await openPage(browser, server.url);
    const explainer = await ready(p);
    const ltr = await explainer.chartLabelOffsets();
    assert.ok(ltr.length > 10);
    await explainer.makeRightToLeft();
    const rtl = await explainer.chartLabelOffsets();
    assert.deepEqual(rtl, ltr);
    p.assertClean();
    await p.close();
  });

  test('a missing dataset says so and offers a retry that works', ONCE, async () => {
    const p = await openPage(browser, server.url);
    const explainer = new Explainer(p.page);
    p.allowConsoleError(/404|Failed to load resource/);
    let fail = true;
    await p.page.route('**/data/iran-2026.json', (r) => (fail ? r.fulfill({ status: 404, body: 'not found' }) : r.continue()));
    await explainer.visit(server.url);
    assert.match(await explainer.loadError(), /not found/i);
    await p.page.screenshot({ path: join(ARTIFACTS, 'error-404-375.png') });
    fail = false;
    await explainer.retry();
    await explainer.ready(30000);
    p.assertClean();
    await p.close();
  });

  test('an invalid dataset names the field and the problem', ONCE, async () => {
    const p = await openPage(browser, server.url);
    const broken = structuredClone(data);
    broken.claims[0].claimant = 'nobody';
    delete broken.claims[1].sources;
    await p.page.route('**/data/iran-2026.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(broken) }));
    const explainer = new Explainer(p.page);
    await explainer.visit(server.url);
    const text = await explainer.dataError();
    assert.match(text, /claims\[1\]/);
    assert.match(text, /sources/);
    p.assertClean();
    await p.close();
  });

  for (const width of [1280, 375]) {
    test(`screenshots at ${width} px, with nothing wider than the page`, async () => {
      const p = await openPage(browser, server.url, { width, height: 800 });
      const explainer = await ready(p);
      const widths = await explainer.widths();
      const overflow = widths.scroll - widths.window;
      assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
      await p.page.screenshot({ path: join(ARTIFACTS, `top-${width}.png`) });
      await p.page.screenshot({ path: join(ARTIFACTS, `full-${width}.png`), fullPage: true });
      p.assertClean();
      await p.close();
    });
  }
});
