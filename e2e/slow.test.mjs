// The doors benchmark: Chromium on a slow link (400 ms of latency, 400 kbit/s each way, 50,000 bytes/s, no cache),
// against nginx (compressed as deployed), at a phone's size. For every kind of door (core/src/door.rs), in both
// editions and for both stories, and for the addresses of earlier versions, it prints the time from navigation start
// until the door's own content is readable, the bytes of the responses complete by then (Resource Timing; a page still
// arriving is not counted until it has arrived), and whether anything else
// (the whole page inside an embed, another language, another story) was on screen first. The goal (≤ 1.5 s) is
// printed, not asserted; what is asserted is behaviour: each door's own content appears, and nothing else first.
// The test command runs it beside another file (it mostly waits on the link); alone, its times are the clean ones.
//
// "Readable" (e2e/page.mjs, `watchDoor`): an element with non-empty text, with a box, inside the viewport, not hidden.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, serve } from './harness.mjs';
import { Explainer } from './page.mjs';

const LINK = { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 };
const VIEWPORT = { width: 412, height: 823, hasTouch: true };
const GOAL_MS = 1500;

/** Each door: its address, and what it must show (lang, view; none: the whole page), by its file's name. */
const DOORS = [];
for (const story of ['', 'iran-2019.']) {
  for (const lang of ['en', 'fa']) {
    for (const view of [null, 'summary', 'chart', 'story']) {
      const name = `${story}${view ? `embed-${view}` : ''}`.replace(/\.$/, '');
      const parts = [name, lang === 'en' ? '' : lang].filter(Boolean);
      DOORS.push({ path: parts.length ? `${parts.join('.')}.html` : '', lang, view, story: story ? 'iran-2019' : 'home' });
    }
  }
}
// Addresses of earlier versions, sent to their page by nginx (deploy/explainer.conf).
DOORS.push({ path: '?lang=fa', lang: 'fa', view: null, story: 'home' });
DOORS.push({ path: '?embed=chart&lang=fa', lang: 'fa', view: 'chart', story: 'home' });
DOORS.push({ path: '?data=data/iran-2019.json', lang: 'en', view: null, story: 'iran-2019' });

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
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

test(`the doors on a slow link (${LINK.latency} ms, ${(LINK.downloadThroughput * 8) / 1000} kbit/s): each shows its own content, and nothing else first`, async () => {
  const rows = [];
  for (const door of DOORS) {
    const p = await openPage(browser, server.url, VIEWPORT);
    const cdp = await p.context.newCDPSession(p.page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', LINK);
    const explainer = new Explainer(p.page);
    await explainer.watchDoor({ lang: door.lang, view: door.view });
    await p.page.goto(server.url + door.path, { waitUntil: 'commit', timeout: 120_000 });
    const marks = await explainer.doorWatched(60_000);
    rows.push({ door, marks });
    assert.deepEqual([...new Set(marks.other)], [], `${door.path || 'index.html'}: something else was on screen first`);
    await cdp.detach();
    await p.close();
  }
  console.log(`doors on a slow link (${VIEWPORT.width}×${VIEWPORT.height}; goal: own content within ${s(GOAL_MS)}):`);
  console.log(`  ${'address'.padEnd(48)} ${'own content'.padStart(11)} ${'complete by then'.padStart(16)}  anything else first`);
  for (const { door, marks } of rows) {
    const met = marks.own.at <= GOAL_MS ? '' : '  (goal NOT met)';
    console.log(`  ${(door.path || 'index.html').padEnd(48)} ${s(marks.own.at).padStart(11)} ${kb(marks.own.bytes).padStart(16)}  no${met}`);
  }
});

test('on the slow link the app still loads, compressed, and takes the page over', async () => {
  const p = await openPage(browser, server.url, VIEWPORT);
  const cdp = await p.context.newCDPSession(p.page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', LINK);
  const encodings = new Map();
  cdp.on('Network.responseReceived', ({ response }) =>
    encodings.set(new URL(response.url).pathname, response.headers['content-encoding'] ?? response.headers['Content-Encoding'] ?? 'identity'));
  const start = Date.now();
  await p.page.goto(server.url, { waitUntil: 'commit', timeout: 120_000 });
  await new Explainer(p.page).takenOver(180_000);
  console.log(`  the app took the page over after ${s(Date.now() - start)} on the slow link`);
  const wasm = [...encodings].find(([path]) => path.endsWith('.wasm'));
  assert.ok(wasm, 'no wasm loaded');
  assert.notEqual(wasm[1], 'identity', 'the wasm was sent uncompressed');
  await cdp.detach();
  p.assertClean();
  await p.close();
});
