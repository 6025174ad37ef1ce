// A slow link: Chromium with 400 ms of latency and 400 kbit/s each way (50,000 bytes/s), no cache, against nginx
// (content compressed as deployed). For each edition it prints the time from navigation start until the key figures
// are readable and until the chart is drawn, and the bytes that crossed the wire. The goal (figures readable within
// 3 s) is a printed benchmark, not an assertion; what is asserted is behaviour: the figures and the chart do appear,
// with no console error and no request leaving the origin.
//
// "Readable": an element with non-empty text, with a box, inside the viewport, not hidden. The prerendered static page
// (`[data-static] .figure`) and the live app (`[data-testid=summary-official] .figure`) both count, whichever comes
// first; "drawn": an <svg> with shapes in it in the static page's chart section or the live chart.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, serve } from './harness.mjs';

const LINK = { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 };
/** The editions' pages (core/src/edition.rs `file_of`). */
const PAGES = [
  { lang: 'en', path: '' },
  { lang: 'fa', path: 'fa.html' },
];
const FIGURE = '[data-static] .figure, [data-testid=summary-official] .figure';
const CHART = '[data-static] svg, [data-testid=toll-chart] svg.chart';
const VIEWPORT = { width: 412, height: 823, hasTouch: true };

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

/** Runs in the page from its first byte: records performance.now() (time since navigation start) of each milestone. */
function watch({ FIGURE, CHART }) {
  const marks = (window.__slowMarks = {});
  const readable = (el) => {
    if (!el.textContent.trim()) return false;
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth
      && s.visibility !== 'hidden' && Number(s.opacity) > 0;
  };
  const drawn = (svg) => {
    const r = svg.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && svg.querySelector('path, line, rect, circle, polyline') !== null;
  };
  const check = () => {
    const now = performance.now();
    for (const el of document.querySelectorAll(FIGURE)) {
      if (!marks.figure && readable(el)) marks.figure = { at: now, by: el.closest('[data-static]') ? 'static' : 'app', text: el.textContent.trim() };
    }
    for (const svg of document.querySelectorAll(CHART)) {
      if (!marks.chart && drawn(svg)) marks.chart = { at: now, by: svg.closest('[data-static]') ? 'static' : 'app' };
    }
    if (!marks.figure || !marks.chart) requestAnimationFrame(check);
  };
  // Checked in animation frames only: a frame runs when the page can be drawn (after its render-blocking stylesheet),
  // while a DOM mutation can be seen (and laid out by a query) before anything is painted.
  new MutationObserver(() => requestAnimationFrame(check)).observe(document, { subtree: true, childList: true, characterData: true });
  requestAnimationFrame(check);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

for (const { lang, path } of PAGES) {
  test(`slow link (${LINK.latency} ms, ${(LINK.downloadThroughput * 8) / 1000} kbit/s), ${lang} edition: figures readable and chart drawn`, async () => {
    const p = await openPage(browser, server.url, VIEWPORT);
    const cdp = await p.context.newCDPSession(p.page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', LINK);
    const requests = new Map();
    cdp.on('Network.responseReceived', ({ requestId, response }) =>
      requests.set(requestId, { url: response.url, encoding: response.headers['content-encoding'] ?? response.headers['Content-Encoding'] ?? 'identity', bytes: 0 }));
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      if (requests.has(requestId)) requests.get(requestId).bytes = encodedDataLength;
    });
    await p.page.addInitScript(watch, { FIGURE, CHART });
    await p.page.goto(server.url + path, { waitUntil: 'commit', timeout: 120_000 });
    const marks = await p.page.waitForFunction(() => (window.__slowMarks?.figure && window.__slowMarks?.chart ? window.__slowMarks : null), null, {
      timeout: 180_000,
      polling: 250,
    });
    const { figure, chart } = await marks.jsonValue();
    await p.page.waitForLoadState('networkidle', { timeout: 120_000 });
    // The figure is the official headline, and is the live one or the static one; both end in the live app.
    await p.page.locator('[data-testid=summary-official] .figure').waitFor({ timeout: 60_000 });
    assert.ok(figure.text.length > 0);
    const rows = [...requests.values()];
    const total = rows.reduce((t, r) => t + r.bytes, 0);
    console.log(`slow link, ${lang} edition (${VIEWPORT.width}×${VIEWPORT.height}):`);
    console.log(`  figures readable at ${s(figure.at)} (${figure.by}: "${figure.text}")`);
    console.log(`  chart drawn at      ${s(chart.at)} (${chart.by})`);
    for (const r of rows) console.log(`    ${new URL(r.url).pathname.padEnd(48)} ${r.encoding.padEnd(8)} ${String(r.bytes).padStart(8)}`);
    console.log(`  transferred ${total} bytes (${kb(total)}) in ${rows.length} responses; goal: figures within 3 s`);
    assert.ok(rows.length > 0 && total > 0);
    // Served compressed, as deployed: the wasm crosses the wire smaller than it is.
    const wasm = rows.find((r) => r.url.endsWith('.wasm'));
    assert.ok(wasm, 'no wasm loaded');
    assert.notEqual(wasm.encoding, 'identity', 'the wasm was sent uncompressed');
    await cdp.detach();
    p.assertClean();
    await p.close();
  });
}
