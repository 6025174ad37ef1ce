// The Persian edition (?lang=fa), as a Persian reader gets it: right to left, every word Persian, every number in
// Persian digits, the key figures and their Solar Hijri dates as the dataset and the browser's Intl give them, no
// sideways scrolling, no accessibility violations, every embed view in Persian; and the switch between editions.
// Expected values are computed from the dataset and the browser's own Intl (fa-IR), never typed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTIFACTS, axe, dataset, launch, openPage, serve } from './harness.mjs';
import { Explainer } from './page.mjs';

let server;
let browser;
let data;
before(async () => {
  server = await serve();
  browser = await launch();
  data = await dataset();
  await mkdir(ARTIFACTS, { recursive: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const plotDate = (c) => c.published ?? c.as_of;

/** Opens the page at `?query`, as the reader sees it: shown, taken over by the app, its fonts loaded. Returns the
 * page's handle (`p`, from openPage) and the explainer on it. */
async function open(query, opts = {}) {
  const p = await openPage(browser, server.url, opts);
  const explainer = new Explainer(p.page);
  await explainer.visit(`${server.url}?${query}`);
  await explainer.shown(20000);
  await explainer.takenOver(20000);
  await explainer.fontsLoaded();
  return { ...p, explainer };
}

/** A text with its isolated runs (U+2068 … U+2069, as the dataset isolates Latin names) taken out. */
const unisolated = (t) => t.replace(/\u2068[^\u2068\u2069]*\u2069/g, ' ');

/**
 * The texts with Latin letters, and those with ASCII digits, among the page's text runs (the explainer's
 * `textRuns()`: text nodes, SVG text, accessible names) outside the places where a Latin run is allowed: a link, an
 * element marked as another language or direction, or the embed code box.
 */
function strays(list) {
  const latin = [];
  const digits = [];
  for (const { text, free } of list) {
    if (free) continue;
    const t = unisolated(text);
    if (/[A-Za-z]/.test(t)) latin.push(text.slice(0, 100));
    if (/[0-9]/.test(t)) digits.push(text.slice(0, 100));
  }
  return { latin: [...new Set(latin)], digits: [...new Set(digits)] };
}

describe('the Persian edition', () => {
  test('?lang=fa: right to left, Persian title, every word Persian and every number in Persian digits', async () => {
    const p = await open('lang=fa', { width: 1280, height: 900 });
    const { page, explainer } = p;
    assert.equal(await explainer.language(), 'fa');
    assert.equal(await explainer.direction(), 'rtl');
    assert.equal(await explainer.textDirection(), 'rtl');
    const fa = JSON.parse(await (await fetch(`${server.url}data/iran-2026.fa.json`)).text());
    assert.equal(await page.title(), fa.meta.title);
    assert.equal(await explainer.description(), fa.meta.lede);
    // Open everything a reader can open: the details, the embed codes, a tooltip, then the table.
    await explainer.openAllDetails();
    await explainer.openEmbedCodes();
    await explainer.focusChart();
    await explainer.tooltipShown();
    // The chart's labels are isolated right to left inside its left-to-right SVG.
    const labels = await explainer.chartLabels();
    assert.ok(labels.length > 5 && labels.every((t) => t.startsWith('\u2067') && t.endsWith('\u2069')), labels.slice(0, 5).join(' | '));
    assert.equal(await explainer.chartDirection(), 'ltr');
    const seen = await explainer.textRuns();
    await explainer.openTable();
    await explainer.tableShown();
    seen.push(...(await explainer.textRuns()));
    assert.ok(seen.length > data.claims.length * 8, `${seen.length} texts read`);
    const persian = seen.filter((r) => /[\u0600-\u06FF]/.test(r.text)).length;
    assert.ok(persian > seen.length / 2, `${persian} of ${seen.length} texts are Persian`);
    const { latin, digits } = strays(seen);
    assert.deepEqual(latin, [], 'Latin letters outside links and isolated names');
    assert.deepEqual(digits, [], 'ASCII digits: every number must be in Persian digits');
    console.log(`Persian: ${seen.length} texts, ${persian} in Persian, none in English outside links and isolated names`);
    p.assertClean();
    await p.close();
  });

  test('as a reader sees it, with every list open: at most 1% of the words are Latin, at most 3 ASCII digits', async () => {
    const p = await open('lang=fa', { width: 1280, height: 900 });
    const { explainer } = p;
    await explainer.openAllDetails();
    // Everything a reader reads, links and isolated names included (the embed codes, a textarea, are code).
    const text = await explainer.text();
    const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    // The interface keeps a few Latin words on purpose: keys as printed on keyboards, file formats, and the link
    // to the English edition (in English). Everything else Latin is a name or text left untranslated.
    const kept = new Set(['Tab', 'Home', 'End', 'Esc', 'CSV', 'JSON', 'SVG', 'PNG', 'English']);
    const bare = (w) => w.replace(/[^A-Za-z]/g, '');
    const latin = words.filter((w) => /[A-Za-z]/.test(w) && !kept.has(bare(w)));
    const digits = [...text.matchAll(/[0-9]+/g)].map((m) => m[0]);
    const share = latin.length / words.length;
    const common = Object.entries(latin.reduce((t, w) => ({ ...t, [w]: (t[w] ?? 0) + 1 }), {}))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([w, n]) => `${w} ×${n}`);
    console.log(
      `Persian page as read: ${words.length} words, ${latin.length} Latin (${(share * 100).toFixed(2)}%: ${common.join(', ')}), ${digits.length} ASCII numbers ${JSON.stringify(digits)}`,
    );
    assert.ok(words.length > 500, `${words.length} words read`);
    assert.ok(share <= 0.01, `${latin.length} of ${words.length} words are Latin (${(share * 100).toFixed(2)}%): ${common.join(', ')}`);
    assert.ok(digits.length <= 3, `ASCII digits: ${JSON.stringify(digits)}`);
    p.assertClean();
    await p.close();
  });

  test('the key figures and their Solar Hijri dates are the dataset\'s, through the browser\'s fa-IR Intl', async () => {
    const p = await open('lang=fa');
    const { page, explainer } = p;
    for (const side of ['official', 'independent']) {
      const id = await explainer.headlineClaimId(side);
      const c = data.claims.find((k) => k.id === id);
      const owner = c && c.claimant === data.meta.headline[side];
      assert.ok(owner, `${side}: the card shows a claim of ${data.meta.headline[side]} (${id})`);
      const text = await explainer.headlineCard(side);
      const [value, date] = await page.evaluate(
        ([v, d]) => [
          new Intl.NumberFormat('fa-IR', { maximumFractionDigits: 0, useGrouping: 'min2' }).format(v),
          new Intl.DateTimeFormat('fa-IR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${d}T12:00:00Z`)),
        ],
        [c.value, plotDate(c)],
      );
      assert.ok(text.includes(value), `${text} should give ${value}`);
      assert.ok(text.includes(date), `${text} should give the Solar Hijri date ${date}`);
      assert.match(date, /[\u06F0-\u06F9]/, 'Persian digits');
    }
    // A tooltip gives the Solar Hijri date with the Gregorian one beside it.
    const first = data.claims.find((c) => c.published);
    await explainer.focusPoint(first.id);
    const tip = await explainer.tooltipText();
    const [sh, greg] = await page.evaluate((d) => {
      const o = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
      const at = new Date(`${d}T12:00:00Z`);
      return [new Intl.DateTimeFormat('fa-IR', o).format(at), new Intl.DateTimeFormat('fa-IR', { ...o, calendar: 'gregory' }).format(at)];
    }, first.published);
    assert.ok(tip.includes(`${sh} (${greg})`), `${tip} should give ${sh} (${greg})`);
    p.assertClean();
    await p.close();
  });

  test('no sideways scrolling from 320 to 1280 px; axe finds no violations; screenshots in light and dark', async () => {
    for (const width of [320, 375, 768, 1280]) {
      for (const colorScheme of width === 375 || width === 1280 ? ['light', 'dark'] : ['light']) {
        const p = await open('lang=fa', { width, height: 900, colorScheme });
        const { scroll, client } = await p.explainer.widths();
        assert.ok(scroll <= client, `${width}px: the page is ${scroll}px wide`);
        if (width === 375 || width === 1280) {
          await p.page.screenshot({ path: join(ARTIFACTS, `fa-${width}-${colorScheme}.png`), fullPage: true });
        }
        if (width === 1280 && colorScheme === 'light') assert.deepEqual(await axe(p.page), []);
        p.assertClean();
        await p.close();
      }
    }
  });

  test('the story\'s arrow keys follow the reading direction; the chart\'s labels do not overlap at 375 and 1280 px', async () => {
    for (const width of [375, 1280]) {
      const p = await open('lang=fa', { width, height: 900 });
      const { page, explainer } = p;
      const boxes = await explainer.chartLabelBoxes();
      const overlaps = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          if (a.l < b.r - 1 && b.l < a.r - 1 && a.t < b.b - 1 && b.t < a.b - 1) overlaps.push(`${a.s} / ${b.s}`);
        }
      }
      assert.deepEqual(overlaps, [], `${width}px: overlapping chart labels`);
      if (data.story?.length > 1 && width === 1280) {
        await explainer.focusStep(data.story[0].id);
        // Right to left: the left arrow goes forward, the right arrow back.
        await page.keyboard.press('ArrowLeft');
        await explainer.atStep(data.story[1].id);
        await page.keyboard.press('ArrowRight');
        await explainer.atStep(data.story[0].id);
      }
      p.assertClean();
      await p.close();
    }
  });

  test('every embed view is Persian and right to left with lang=fa; the pages keep their edition whatever the browser prefers', async () => {
    for (const view of ['story', 'chart', 'blackout', 'table', 'summary']) {
      if (view === 'story' && !data.story?.length) continue;
      const p = await open(`lang=fa&embed=${view}`, { width: 375, height: 700 });
      assert.equal(await p.explainer.direction(), 'rtl', view);
      await p.explainer.embedded();
      const { latin, digits } = strays(await p.explainer.textRuns());
      assert.deepEqual(latin, [], `${view}: Latin letters`);
      assert.deepEqual(digits, [], `${view}: ASCII digits`);
      p.assertClean();
      await p.close();
    }
    // An embed without lang is English whatever the reader's browser prefers; so is the main link (core/src/edition.rs:
    // it never changes language under a reader), whose first link is the switch to Persian.
    const context = await browser.newContext({ locale: 'fa-IR', viewport: { width: 375, height: 700 } });
    const explainer = new Explainer(await context.newPage());
    for (const path of ['?embed=summary', '']) {
      await explainer.visit(`${server.url}${path}`);
      await explainer.takenOver(20000);
      assert.equal(await explainer.language(), 'en', path);
    }
    assert.equal(await explainer.firstLinkLanguage(), 'fa');
    await context.close();
  });

  test('downloads in Persian: the CSV\'s text, the file names and the chart\'s labels and caption are Persian; the figures exact', async () => {
    const p = await open('lang=fa');
    const { explainer } = p;
    const fa = JSON.parse(await (await fetch(`${server.url}data/iran-2026.fa.json`)).text());
    await explainer.downloadsShown();
    const csv = await explainer.download('csv');
    assert.match(csv.name, /[\u0600-\u06FF]/, `${csv.name}: a Persian file name`);
    const text = csv.body.toString('utf8');
    assert.equal(text[0], '\ufeff');
    for (const c of data.claims) {
      const line = text.split('\r\n').find((l) => l.startsWith(`${c.id},`));
      assert.ok(line, c.id);
      const name = fa.claimants[c.claimant]?.name;
      assert.ok(name && line.includes(name.includes(',') ? `"${name}"` : name), `${c.id}: the claimant's Persian name`);
      if (c.value !== null) assert.ok(line.includes(`,${c.value},`), `${c.id}: the figure exact (${c.value})`);
    }
    const svg = (await explainer.download('svg')).body.toString('utf8');
    assert.match(svg, /direction="ltr"/);
    assert.match(svg, /font-family="Vazirmatn/);
    assert.ok(svg.includes(fa.meta.title), 'the caption names the Persian title');
    const png = (await explainer.download('png')).body;
    assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47]);
    assert.equal(png.readUInt32BE(16), Number(/width="(\d+)"/.exec(svg)[1]) * 2, 'PNG at twice the resolution');
    p.assertClean();
    await p.close();
  });

  test('the switch moves between editions keeping the reader\'s place; embed codes name the edition\'s page', async () => {
    const p = await open('lang=fa&date=' + plotDate(data.claims[0]));
    const { page, explainer } = p;
    assert.equal(await explainer.editionSwitchLabel(), 'English');
    assert.equal(await explainer.editionSwitchLanguage(), 'en');
    await explainer.switchEdition();
    await page.waitForURL(/\/index\.html\?/);
    await explainer.takenOver(30000);
    assert.equal(await explainer.language(), 'en');
    assert.ok(page.url().includes(`date=${plotDate(data.claims[0])}`), `${page.url()} keeps the day`);
    assert.equal(await explainer.editionSwitchLabel(), 'فارسی');
    await explainer.switchEdition();
    await page.waitForURL(/\/fa\.html\?/);
    await explainer.takenOver(30000);
    await explainer.openEmbedCodes();
    const code = await explainer.embedSnippet();
    assert.match(code, /\.embed-[a-z]+\.fa\.html/, code);
    p.assertClean();
    await p.close();
  });
});
