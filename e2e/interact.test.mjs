// Exploring the chart as readers do: keyboard, touch, filters, time window, table, downloads, dark mode, every
// width, and axe-core on every view in both themes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTIFACTS, addDays, axe, dataset, daysBetween, launch, longDate, nf, openPage, plotted, serve } from './harness.mjs';

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

async function ready(page, query = '') {
  await page.goto(server.url + query);
  await page.locator('[data-testid=toll-chart] svg.chart').waitFor({ timeout: 15000 });
  await page.locator('footer [data-testid=updated]').waitFor({ timeout: 15000 });
}

const seriesIds = (page) => page.locator('[data-testid=toll-chart] svg.chart g.series').evaluateAll((gs) => gs.map((g) => g.dataset.claimant));

/** A minimal CSV reader (quoted fields, doubled quotes, CRLF), enough to check what the page exports. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; }
    else field += ch;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

describe('interaction', () => {
  test('keyboard: one tab stop, arrows move between points, Escape closes', async () => {
    const p = await openPage(browser, server.url);
    await ready(p.page);
    assert.equal(await p.page.locator('[data-testid=toll-chart] .hit[tabindex="0"]').count(), 1, 'the chart is a single tab stop');
    await p.page.locator('[data-testid=toll-chart] .hit[tabindex="0"]').focus();
    const tip = p.page.locator('[data-testid=tooltip]');
    await tip.waitFor();
    // The focused point, read from the page: it must be one of the chart's points (focus never falls out).
    const focused = () =>
      p.page.evaluate(() => {
        const el = document.activeElement;
        return el?.classList.contains('hit') ? { id: el.dataset.id, x: Number(el.getAttribute('cx')), y: Number(el.getAttribute('cy')) } : null;
      });
    const first = await focused();
    assert.ok(first, 'a point has focus');
    await p.page.keyboard.press('ArrowRight');
    const second = await focused();
    assert.ok(second, 'focus stays on a point');
    assert.notEqual(first.id, second.id);
    assert.ok(second.x >= first.x, 'right moves forward in time');
    assert.ok((await tip.innerText()).includes(await p.page.evaluate(() => document.activeElement.getAttribute('aria-label').split(':')[0])));
    await p.page.keyboard.press('End');
    const last = await focused();
    assert.ok(last && last.x >= second.x, 'End goes to the last point');
    await p.page.keyboard.press('ArrowUp');
    const up = await focused();
    assert.ok(up && up.y <= last.y, 'up goes to a point above, or stays');
    await p.page.keyboard.press('Home');
    assert.equal((await focused())?.id, first.id);
    assert.notEqual(last.id, first.id);
    await p.page.keyboard.press('Escape');
    await tip.waitFor({ state: 'detached' });
    p.assertClean();
    await p.close();
  });

  test('touch: tapping a point opens its details below the chart on a phone', async () => {
    const p = await openPage(browser, server.url, { width: 375, height: 800, hasTouch: true });
    await ready(p.page);
    // The official figure the summary shows (the latest one stated on the record).
    const claim = data.claims.filter((c) => c.claimant === data.meta.headline.official && c.method === 'official' && c.value !== null).at(-1);
    const hit = p.page.locator(`[data-testid=toll-chart] .hit[data-id="${claim.id}"]`);
    await hit.scrollIntoViewIfNeeded();
    const box = await hit.boundingBox();
    await p.page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    const tip = p.page.locator('[data-testid=tooltip]');
    await tip.waitFor();
    assert.ok((await tip.innerText()).includes(nf.format(claim.value)));
    const tipBox = await tip.boundingBox();
    const chartBox = await p.page.locator('[data-testid=toll-chart] .chart-svg').boundingBox();
    assert.ok(tipBox.y >= chartBox.y + chartBox.height - 2, 'pinned below the chart');
    await p.page.screenshot({ path: join(ARTIFACTS, 'touch-tooltip-375.png'), fullPage: false });
    p.assertClean();
    await p.close();
  });

  test('filters: claimants and kinds toggle from the legend; reset shows everything', async () => {
    const p = await openPage(browser, server.url);
    await ready(p.page);
    const all = await seriesIds(p.page);
    const hidden = data.meta.headline.independent;
    await p.page.locator(`.toggle[data-claimant="${hidden}"]`).click();
    assert.equal(await p.page.locator(`.toggle[data-claimant="${hidden}"]`).getAttribute('aria-pressed'), 'false');
    assert.ok(!(await seriesIds(p.page)).includes(hidden));
    await p.page.locator('.toggle[data-kind="unverified"]').click();
    const shown = await seriesIds(p.page);
    // Claimants that gave only unverified figures disappear; the others stay (but the one hidden above).
    const onlyUnverified = all.filter((id) => data.claims.filter((c) => c.claimant === id).every((c) => c.method === 'unverified'));
    assert.ok(onlyUnverified.length > 0);
    assert.deepEqual(shown, all.filter((id) => id !== hidden && !onlyUnverified.includes(id)), `unverified hidden: ${shown}`);
    // The deaths axis rescales to what is shown: below the largest unverified figure.
    const top = await p.page.locator('[data-testid=toll-chart] svg.chart g.grid text').evaluateAll((ts) => Math.max(...ts.map((t) => Number(t.textContent.replace(/[^0-9]/g, '')) || 0)));
    const largest = Math.max(...data.claims.map((c) => c.value ?? c.high));
    assert.ok(top < largest, `axis top ${top} below ${largest}`);
    await p.page.screenshot({ path: join(ARTIFACTS, 'filtered-1280.png') });
    await p.page.locator('[data-testid=reset]').click();
    assert.deepEqual(await seriesIds(p.page), all);
    p.assertClean();
    await p.close();
  });

  test('time window: keyboard-operable sliders narrow the chart and the blackout strip together', async () => {
    const p = await openPage(browser, server.url);
    await ready(p.page);
    // Narrow to the middle half of the period, one key press per day.
    const { start, end } = data.meta.period;
    const span = daysBetween(start, end);
    const forward = Math.floor(span / 4);
    const back = Math.floor(span / 4);
    const [a, b] = [addDays(start, forward), addDays(end, -back)];
    const from = p.page.locator('[data-testid=window-from]');
    await from.focus();
    for (let i = 0; i < forward; i++) await p.page.keyboard.press('ArrowRight');
    const to = p.page.locator('[data-testid=window-to]');
    await to.focus();
    for (let i = 0; i < back; i++) await p.page.keyboard.press('ArrowLeft');
    const win = await p.page.locator('[data-testid=time-window]').innerText();
    assert.ok(win.includes(longDate(a)) && win.includes(longDate(b)), win);
    const desc = await p.page.locator('[data-testid=toll-chart] svg.chart desc').textContent();
    assert.ok(desc.includes(`between ${longDate(a)} and ${longDate(b)}`), desc);
    // Every claim still reachable is inside the window; the band and the service bars are drawn in it.
    const ids = await p.page.locator('[data-testid=toll-chart] .hit[data-kind=claim]').evaluateAll((cs) => cs.map((c) => c.dataset.id));
    for (const id of ids) {
      const c = data.claims.find((k) => k.id === id);
      const day = c.published ?? c.as_of;
      assert.ok(day >= a && day <= b, `${id} ${day}`);
    }
    assert.ok(ids.length < data.claims.length, 'the window hides some claims');
    // A band for every internet cut that overlaps the window; a service bar for every event that does.
    const overlaps = (e) => e.start.slice(0, 10) <= b && (e.end ?? end).slice(0, 10) >= a;
    const bands = data.blackout_events.filter((e) => e.services.includes('internet') && overlaps(e)).length;
    assert.equal(await p.page.locator('[data-testid=toll-chart] svg.chart g.blackout-band').count(), bands);
    assert.ok(await p.page.locator('[data-testid=toll-chart] svg.chart g.services rect').count() >= data.blackout_events.filter(overlaps).length);
    await p.page.screenshot({ path: join(ARTIFACTS, 'window-1280.png') });
    p.assertClean();
    await p.close();
  });

  test('table: the same claims, sortable by figure, with sources', async () => {
    const p = await openPage(browser, server.url);
    await ready(p.page);
    await p.page.locator('#tab-table').click();
    const table = p.page.locator('[data-testid=claims-table]');
    await table.waitFor();
    assert.equal(await table.locator('tbody tr').count(), data.claims.length);
    await table.locator('button[data-sort=figure]').click();
    const firstAsc = await table.locator('tbody tr').first().getAttribute('data-claim');
    await table.locator('button[data-sort=figure]').click();
    const firstDesc = await table.locator('tbody tr').first().getAttribute('data-claim');
    const top = (c) => (c.basis === 'range' ? c.high : c.value);
    const max = data.claims.reduce((a, c) => (top(c) > top(a) ? c : a));
    assert.equal(firstDesc, max.id);
    assert.notEqual(firstAsc, firstDesc);
    assert.equal(await table.locator('th[aria-sort=descending]').count(), 1);
    assert.ok(await table.locator('tbody a[href^="http"]').count() >= data.claims.length);
    await p.page.screenshot({ path: join(ARTIFACTS, 'table-1280.png') });
    p.assertClean();
    await p.close();
  });

  test('downloads: CSV, JSON, SVG and a 2x PNG arrive and parse, with the source on the image', async () => {
    const p = await openPage(browser, server.url);
    await ready(p.page);
    const get = async (id) => {
      const [dl] = await Promise.all([p.page.waitForEvent('download'), p.page.locator(`[data-testid=${id}]`).click()]);
      return { name: dl.suggestedFilename(), body: await readFile(await dl.path()) };
    };
    const csv = await get('download-csv');
    const csvText = csv.body.toString('utf8');
    assert.equal(csvText[0], '\ufeff', 'a byte-order mark first, so spreadsheets read UTF-8');
    const rows = parseCsv(csvText.slice(1)).filter((r) => r.length > 1);
    assert.equal(rows.length, data.claims.length + 1);
    assert.equal(rows[0][0], 'id');
    const col = (name) => rows[0].indexOf(name);
    const byId = Object.fromEntries(rows.slice(1).map((r) => [r[0], r]));
    for (const c of data.claims) {
      assert.ok(byId[c.id], c.id);
      assert.equal(byId[c.id][col('value')], c.value === null ? '' : String(c.value), `${c.id} value exact`);
      assert.equal(byId[c.id][col('method')], c.method, `${c.id} method`);
      assert.equal(byId[c.id][col('basis')], c.basis, `${c.id} basis`);
    }
    // No cell would run as a spreadsheet formula.
    for (const r of rows) for (const cell of r) assert.ok(!/^[=+\-@\t\r]/.test(cell), `formula-like cell ${cell}`);
    const json = await get('download-json');
    // The JSON is the dataset exactly as served.
    const served = await (await fetch(`${server.url}data/iran-2026.json`)).json();
    assert.deepEqual(JSON.parse(json.body.toString('utf8')), served);
    const svg = await get('download-svg');
    const svgText = svg.body.toString('utf8');
    assert.match(svgText, /^<svg/);
    assert.match(svgText, /Source: /);
    assert.ok(svgText.includes(data.meta.title.replace(/&/g, '&amp;')));
    const png = await get('download-png');
    assert.deepEqual([...png.body.subarray(1, 4)], [0x50, 0x4e, 0x47]);
    const width = png.body.readUInt32BE(16);
    const svgWidth = Number(/width="(\d+)"/.exec(svgText)[1]);
    assert.equal(width, svgWidth * 2, 'PNG at twice the resolution');
    p.assertClean();
    await p.close();
  });

  test('dark mode: the URL forces it, the system setting is followed otherwise', async () => {
    const forced = await openPage(browser, server.url);
    await ready(forced.page, '?theme=dark');
    assert.equal(await forced.page.locator('html').getAttribute('data-theme'), 'dark');
    assert.ok((await forced.page.locator('[data-testid=toll-chart] svg.chart rect.paper').getAttribute('fill')).toLowerCase() !== '#ffffff');
    forced.assertClean();
    await forced.close();
    const system = await openPage(browser, server.url, { colorScheme: 'dark' });
    await ready(system.page);
    assert.equal(await system.page.locator('html').getAttribute('data-theme'), 'dark');
    const light = await openPage(browser, server.url, { colorScheme: 'dark' });
    await ready(light.page, '?theme=light');
    assert.equal(await light.page.locator('html').getAttribute('data-theme'), 'light');
    system.assertClean();
    light.assertClean();
    await system.close();
    await light.close();
  });

  for (const theme of ['light', 'dark']) {
    for (const width of [320, 375, 768, 1280]) {
      test(`${theme}, ${width} px: nothing scrolls sideways, no axe-core violations (chart, tooltip, table)`, async () => {
        const p = await openPage(browser, server.url, { width, height: 900, colorScheme: theme });
        await ready(p.page);
        const overflow = await p.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
        // Tick labels thin out: none overlaps the next.
        const ticks = await p.page.locator('[data-testid=toll-chart] svg.chart g.grid text').evaluateAll((ts) =>
          ts.filter((t) => /[A-Za-z]/.test(t.textContent)).map((t) => t.getBoundingClientRect()).filter((r) => r.width > 0));
        const xs = ticks.filter((r) => Math.abs(r.top - ticks[ticks.length - 1].top) < 2).sort((a, b) => a.left - b.left);
        for (let i = 1; i < xs.length; i++) assert.ok(xs[i].left >= xs[i - 1].right - 1, `tick labels overlap at ${width}px`);
        await p.page.screenshot({ path: join(ARTIFACTS, `chart-${theme}-${width}.png`), fullPage: false });
        let violations = await axe(p.page);
        assert.deepEqual(violations, [], 'chart view');
        await p.page.locator('[data-testid=toll-chart] .hit[tabindex="0"]').focus();
        await p.page.locator('[data-testid=tooltip]').waitFor();
        violations = await p.page.evaluate(async () => (await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`));
        assert.deepEqual(violations, [], 'with the tooltip open');
        await p.page.keyboard.press('Escape');
        await p.page.locator('#tab-table').click();
        await p.page.locator('[data-testid=claims-table]').waitFor();
        violations = await p.page.evaluate(async () => (await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`));
        assert.deepEqual(violations, [], 'table view');
        p.assertClean();
        await p.close();
      });
    }
  }

  test('benchmark: redraw as a reader gets it, from the input event to the next frame with the chart updated (printed)', async () => {
    const p = await openPage(browser, server.url);
    await ready(p.page);
    // In the page: dispatch the reader's input, wait for the chart's SVG to change, then for the next frame.
    const timed = (selector, act) =>
      p.page.evaluate(
        ([sel, how]) =>
          new Promise((done) => {
            const chart = document.querySelector('[data-testid=toll-chart] .chart-svg');
            const el = document.querySelector(sel);
            const t0 = performance.now();
            const observer = new MutationObserver(() => {
              observer.disconnect();
              requestAnimationFrame(() => done(performance.now() - t0));
            });
            observer.observe(chart, { childList: true, subtree: true, characterData: true, attributes: true });
            if (how === 'click') el.click();
            else {
              el.value = String(Number(el.value) + 1);
              el.dispatchEvent(new Event('input', { bubbles: true }));
            }
          }),
        [selector, act],
      );
    const times = [];
    const toggles = data.claimants.filter((c) => data.claims.some((k) => k.claimant === c.id)).slice(0, 4).map((c) => c.id);
    for (let round = 0; round < 5; round++) {
      for (const id of toggles) times.push(await timed(`.toggle[data-claimant="${id}"]`, 'click'));
    }
    for (let i = 0; i < 10; i++) times.push(await timed('[data-testid=window-from]', 'input'));
    assert.equal(times.length, toggles.length * 5 + 10);
    assert.ok(times.every((t) => t > 0), 'every input redrew the chart');
    times.sort((a, b) => a - b);
    const median = times[times.length >> 1];
    console.log(`redraw in Chromium (release wasm, shipped dataset), input to next frame: median ${median.toFixed(1)} ms, max ${times.at(-1).toFixed(1)} ms over ${times.length} filter/zoom changes`);
    p.assertClean();
    await p.close();
  });
});
