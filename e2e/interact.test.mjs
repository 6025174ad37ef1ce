// Exploring the chart as readers do: keyboard, touch, filters, time window, table, downloads, dark mode, every
// width, and axe-core on every view in both themes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ARTIFACTS, ONCE, addDays, axe, dataset, daysBetween, launch, longDate, nf, openPage, plotted, serve } from './harness.mjs';
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

/** Opens the explainer (with `query`) in `p`'s page and waits until the app is ready; returns it. */
async function open(p, query = '') {
  const explainer = new Explainer(p.page);
  await explainer.open(server.url + query, 15000);
  return explainer;
}

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
    const explainer = await open(p);
    assert.equal(await explainer.chartTabStops(), 1, 'the chart is a single tab stop');
    await explainer.openTooltip();
    // The focused point, read from the page: it must be one of the chart's points (focus never falls out).
    const first = await explainer.focusedPoint();
    assert.ok(first, 'a point has focus');
    await p.page.keyboard.press('ArrowRight');
    const second = await explainer.focusedPoint();
    assert.ok(second, 'focus stays on a point');
    assert.notEqual(first.id, second.id);
    assert.ok(second.x >= first.x, 'right moves forward in time');
    assert.ok((await explainer.tooltipText()).includes(await explainer.focusedPointName()));
    await p.page.keyboard.press('End');
    const last = await explainer.focusedPoint();
    assert.ok(last && last.x >= second.x, 'End goes to the last point');
    await p.page.keyboard.press('ArrowUp');
    const up = await explainer.focusedPoint();
    assert.ok(up && up.y <= last.y, 'up goes to a point above, or stays');
    await p.page.keyboard.press('Home');
    assert.equal((await explainer.focusedPoint())?.id, first.id);
    assert.notEqual(last.id, first.id);
    await p.page.keyboard.press('Escape');
    await explainer.tooltipClosed();
    p.assertClean();
    await p.close();
  });

  test('touch: tapping a point opens its details below the chart on a phone', async () => {
    const p = await openPage(browser, server.url, { width: 375, height: 800, hasTouch: true });
    const explainer = await open(p);
    // The official figure the summary shows (the latest one stated on the record).
    const claim = data.claims.filter((c) => c.claimant === data.meta.headline.official && c.method === 'official' && c.value !== null).at(-1);
    await explainer.tapPoint(claim.id);
    await explainer.tooltipShown();
    assert.ok((await explainer.tooltipText()).includes(nf.format(claim.value)));
    const tipBox = await explainer.tooltipBox();
    const chartBox = await explainer.chartBox();
    assert.ok(tipBox.y >= chartBox.y + chartBox.height - 2, 'pinned below the chart');
    await p.page.screenshot({ path: join(ARTIFACTS, 'touch-tooltip-375.png'), fullPage: false });
    p.assertClean();
    await p.close();
  });

  test('filters: claimants and kinds toggle from the legend; reset shows everything', async () => {
    const p = await openPage(browser, server.url);
    const explainer = await open(p);
    const all = await explainer.series();
    const hidden = data.meta.headline.independent;
    await explainer.toggleClaimant(hidden);
    assert.equal(await explainer.claimantPressed(hidden), 'false');
    assert.ok(!(await explainer.series()).includes(hidden));
    await explainer.toggleKind('unverified');
    const shown = await explainer.series();
    // Claimants that gave only unverified figures disappear; the others stay (but the one hidden above).
    const onlyUnverified = all.filter((id) => data.claims.filter((c) => c.claimant === id).every((c) => c.method === 'unverified'));
    assert.ok(onlyUnverified.length > 0);
    assert.deepEqual(shown, all.filter((id) => id !== hidden && !onlyUnverified.includes(id)), `unverified hidden: ${shown}`);
    // The deaths axis rescales to what is shown: below the largest unverified figure.
    const top = await explainer.deathsAxisTop();
    const largest = Math.max(...data.claims.map((c) => c.value ?? c.high));
    assert.ok(top < largest, `axis top ${top} below ${largest}`);
    await p.page.screenshot({ path: join(ARTIFACTS, 'filtered-1280.png') });
    await explainer.resetFilters();
    assert.deepEqual(await explainer.series(), all);
    p.assertClean();
    await p.close();
  });

  test('time window: keyboard-operable sliders narrow the chart and the blackout strip together', async () => {
    const p = await openPage(browser, server.url);
    const explainer = await open(p);
    // Narrow to the middle half of the period, one key press per day.
    const { start, end } = data.meta.period;
    const span = daysBetween(start, end);
    const forward = Math.floor(span / 4);
    const back = Math.floor(span / 4);
    const [a, b] = [addDays(start, forward), addDays(end, -back)];
    await explainer.moveWindowStart(forward);
    await explainer.moveWindowEnd(-back);
    const win = await explainer.timeWindow();
    assert.ok(win.includes(longDate(a)) && win.includes(longDate(b)), win);
    const desc = await explainer.chartDescription();
    assert.ok(desc.includes(`between ${longDate(a)} and ${longDate(b)}`), desc);
    // Every claim still reachable is inside the window; the band and the service bars are drawn in it.
    const ids = await explainer.claimsOnChart();
    for (const id of ids) {
      const c = data.claims.find((k) => k.id === id);
      const day = c.published ?? c.as_of;
      assert.ok(day >= a && day <= b, `${id} ${day}`);
    }
    assert.ok(ids.length < data.claims.length, 'the window hides some claims');
    // A band for every internet cut that overlaps the window; a service bar for every event that does.
    const overlaps = (e) => e.start.slice(0, 10) <= b && (e.end ?? end).slice(0, 10) >= a;
    const bands = data.blackout_events.filter((e) => e.services.includes('internet') && overlaps(e)).length;
    assert.equal(await explainer.blackoutBands(), bands);
    assert.ok((await explainer.serviceBars()) >= data.blackout_events.filter(overlaps).length);
    await p.page.screenshot({ path: join(ARTIFACTS, 'window-1280.png') });
    p.assertClean();
    await p.close();
  });

  test('table: the same claims, sortable by figure, with sources', async () => {
    const p = await openPage(browser, server.url);
    const explainer = await open(p);
    await explainer.openTable();
    assert.equal(await explainer.tableRows(), data.claims.length);
    await explainer.sortTableBy('figure');
    const firstAsc = await explainer.firstTableClaim();
    await explainer.sortTableBy('figure');
    const firstDesc = await explainer.firstTableClaim();
    const top = (c) => (c.basis === 'range' ? c.high : c.value);
    const max = data.claims.reduce((a, c) => (top(c) > top(a) ? c : a));
    assert.equal(firstDesc, max.id);
    assert.notEqual(firstAsc, firstDesc);
    assert.equal(await explainer.columnsSorted('descending'), 1);
    assert.ok((await explainer.tableSourceLinks()) >= data.claims.length);
    await p.page.screenshot({ path: join(ARTIFACTS, 'table-1280.png') });
    p.assertClean();
    await p.close();
  });

  test('downloads: CSV, JSON, SVG and a 2x PNG arrive and parse, with the source on the image', async () => {
    const p = await openPage(browser, server.url);
    const explainer = await open(p);
    const csv = await explainer.download('csv');
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
    const json = await explainer.download('json');
    // The JSON is the dataset exactly as served.
    const served = await (await fetch(`${server.url}data/iran-2026.json`)).json();
    assert.deepEqual(JSON.parse(json.body.toString('utf8')), served);
    const svg = await explainer.download('svg');
    const svgText = svg.body.toString('utf8');
    assert.match(svgText, /^<svg/);
    assert.match(svgText, /Source: /);
    assert.ok(svgText.includes(data.meta.title.replace(/&/g, '&amp;')));
    const png = await explainer.download('png');
    assert.deepEqual([...png.body.subarray(1, 4)], [0x50, 0x4e, 0x47]);
    const width = png.body.readUInt32BE(16);
    const svgWidth = Number(/width="(\d+)"/.exec(svgText)[1]);
    assert.equal(width, svgWidth * 2, 'PNG at twice the resolution');
    p.assertClean();
    await p.close();
  });

  test('dark mode: the URL forces it, the system setting is followed otherwise', ONCE, async () => {
    const forced = await openPage(browser, server.url);
    const dark = await open(forced, '?theme=dark');
    assert.equal(await dark.theme(), 'dark');
    assert.ok((await dark.paperColour()).toLowerCase() !== '#ffffff');
    forced.assertClean();
    await forced.close();
    const system = await openPage(browser, server.url, { colorScheme: 'dark' });
    assert.equal(await (await open(system)).theme(), 'dark');
    const light = await openPage(browser, server.url, { colorScheme: 'dark' });
    assert.equal(await (await open(light, '?theme=light')).theme(), 'light');
    system.assertClean();
    light.assertClean();
    await system.close();
    await light.close();
  });

  for (const theme of ['light', 'dark']) {
    for (const width of [320, 375, 768, 1280]) {
      test(`${theme}, ${width} px: nothing scrolls sideways, no axe-core violations (chart, tooltip, table)`, async () => {
        const p = await openPage(browser, server.url, { width, height: 900, colorScheme: theme });
        const explainer = await open(p);
        const overflow = await explainer.sidewaysScroll();
        assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
        // Tick labels thin out: none overlaps the next.
        const ticks = await explainer.dateLabelBoxes();
        const xs = ticks.filter((r) => Math.abs(r.top - ticks[ticks.length - 1].top) < 2).sort((a, b) => a.left - b.left);
        for (let i = 1; i < xs.length; i++) assert.ok(xs[i].left >= xs[i - 1].right - 1, `tick labels overlap at ${width}px`);
        await p.page.screenshot({ path: join(ARTIFACTS, `chart-${theme}-${width}.png`), fullPage: false });
        let violations = await axe(p.page);
        assert.deepEqual(violations, [], 'chart view');
        await explainer.openTooltip();
        violations = await axe(p.page);
        assert.deepEqual(violations, [], 'with the tooltip open');
        await p.page.keyboard.press('Escape');
        await explainer.openTable();
        violations = await axe(p.page);
        assert.deepEqual(violations, [], 'table view');
        p.assertClean();
        await p.close();
      });
    }
  }

  test('benchmark: redraw as a reader gets it, from the input event to the next frame with the chart updated (printed)', async () => {
    const p = await openPage(browser, server.url);
    const explainer = await open(p);
    const times = [];
    const toggles = data.claimants.filter((c) => data.claims.some((k) => k.claimant === c.id)).slice(0, 4).map((c) => c.id);
    for (let round = 0; round < 5; round++) {
      for (const id of toggles) times.push(await explainer.redrawAfterToggle(id));
    }
    for (let i = 0; i < 10; i++) times.push(await explainer.redrawAfterWindowStep());
    assert.equal(times.length, toggles.length * 5 + 10);
    assert.ok(times.every((t) => t > 0), 'every input redrew the chart');
    times.sort((a, b) => a - b);
    const median = times[times.length >> 1];
    console.log(`redraw in Chromium (release wasm, shipped dataset), input to next frame: median ${median.toFixed(1)} ms, max ${times.at(-1).toFixed(1)} ms over ${times.length} filter/zoom changes`);
    p.assertClean();
    await p.close();
  });
});
