// Bad input and bad networks: every fault ends in a clear message and a retry, never a blank page or a spinner.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTIFACTS, DIST, ROOT, launch, openPage, serve } from './harness.mjs';
import { Explainer } from './page.mjs';

let server;
let browser;
let full;

before(async () => {
  full = await readFile(join(DIST, 'data', 'iran-2026.json'));
  server = await serve(DIST, {
    // Promises the whole file, sends half, then drops the connection.
    '/broken/data/iran-2026.json': (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(full.length) });
      res.write(full.subarray(0, full.length >> 1));
      setTimeout(() => res.destroy(), 50);
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const DATA = '**/data/iran-2026.json';

async function expectError(explainer, pattern) {
  const text = await explainer.failure(15000);
  assert.match(text, pattern);
  // The frame still renders, and a retry is offered.
  assert.ok(await explainer.headingVisible());
  assert.ok(await explainer.retryOffered());
  return text;
}

describe('faults', () => {
  test('HTTP 500 says the server failed, and retry recovers', async () => {
    const p = await openPage(browser, server.url);
    const explainer = new Explainer(p.page);
    p.allowConsoleError(/500|Failed to load resource/);
    let fail = true;
    await p.page.route(DATA, (r) => (fail ? r.fulfill({ status: 500, body: 'oops' }) : r.continue()));
    await explainer.visit(server.url);
    await expectError(explainer, /HTTP 500/);
    fail = false;
    await explainer.retry();
    await explainer.ready(30000);
    p.assertClean();
    await p.close();
  });

  test('a network failure says the connection failed', async () => {
    const p = await openPage(browser, server.url);
    const explainer = new Explainer(p.page);
    p.allowConsoleError(/Failed to load resource|ERR_/);
    await p.page.route(DATA, (r) => r.abort('internetdisconnected'));
    await explainer.visit(server.url);
    await expectError(explainer, /connection failed/i);
    p.assertClean();
    await p.close();
  });

  test('a stalled request times out with a message instead of spinning forever', async () => {
    const p = await openPage(browser, server.url);
    const explainer = new Explainer(p.page);
    await p.page.clock.install();
    let asked;
    const requested = new Promise((r) => (asked = r));
    await p.page.route(DATA, () => asked()); // never answers
    await explainer.visit(server.url, { waitUntil: 'commit' });
    // Meanwhile the reader has the built page, whole.
    await explainer.keyFiguresShown();
    await requested;
    await p.page.clock.runFor(21_000);
    await expectError(explainer, /longer than 20 seconds/);
    p.assertClean();
    await p.close();
  });

  test('a body that breaks off says so', async () => {
    const p = await openPage(browser, server.url);
    const explainer = new Explainer(p.page);
    p.allowConsoleError(/Failed to load resource|ERR_/);
    // The page from /, the data from the path whose body breaks off.
    await p.page.route(DATA, (r) => r.continue({ url: `${server.url}broken/data/iran-2026.json` }));
    await explainer.visit(server.url);
    await expectError(explainer, /broke while the data was arriving|ends too early/);
    p.assertClean();
    await p.close();
  });

  test('a truncated file is reported as cut off', async () => {
    const p = await openPage(browser, server.url);
    const explainer = new Explainer(p.page);
    await p.page.route(DATA, (r) => r.fulfill({ status: 200, contentType: 'application/json', body: full.subarray(0, 5000) }));
    await explainer.visit(server.url);
    await expectError(explainer, /ends too early|cut off/);
    p.assertClean();
    await p.close();
  });

  test('a web page instead of the data (a filter or login page) is recognised', async () => {
    const p = await openPage(browser, server.url);
    const explainer = new Explainer(p.page);
    await p.page.route(DATA, (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Blocked</title><p>This site is blocked.</p>' }));
    await explainer.visit(server.url);
    await expectError(explainer, /web page instead of the data/);
    await p.page.screenshot({ path: join(ARTIFACTS, 'error-not-data-1280.png') });
    p.assertClean();
    await p.close();
  });

  test('text from the dataset is shown as text, never run as HTML', async () => {
    const p = await openPage(browser, server.url);
    const explainer = new Explainer(p.page);
    const data = JSON.parse(full);
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    data.meta.title = `Title ${evil}`;
    data.claimants[0].short_name = `Name ${evil}`;
    data.claimants[0].name = `Full ${evil}`;
    data.claims[0].summary = `Summary ${evil}`;
    data.metrics[0].label = `Metric ${evil}`;
    await p.page.route(DATA, (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(data) }));
    await explainer.visit(server.url);
    await explainer.ready(30000);
    assert.match(await explainer.heading(), /<img src=x/);
    assert.equal(await explainer.imagesAndScripts(), 0);
    assert.equal(await p.page.evaluate(() => window.__pwned), undefined);
    p.assertClean();
    await p.close();
  });

  test('broken datasets from the corpus show their problems in the page, as text', async () => {
    const dir = join(ROOT, 'core', 'tests', 'invalid');
    const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
    const picked = names.filter((n) => /claimant|url|javascript|negative|date|duplicate/.test(n)).slice(0, 5);
    assert.ok(picked.length >= 3, `picked ${picked.join(', ')}`);
    for (const name of picked) {
      const body = await readFile(join(dir, name));
      const expect = (await readFile(join(dir, name.replace(/\.json$/, '.expect')), 'utf8'))
        .split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#') && !l.startsWith('count:'));
      const p = await openPage(browser, server.url);
      const explainer = new Explainer(p.page);
      await p.page.route(DATA, (r) => r.fulfill({ status: 200, contentType: 'application/json', body }));
      await explainer.visit(server.url);
      const text = await expectError(explainer, /problems/);
      assert.ok(text.includes(expect[0]), `${name}: page should show ${JSON.stringify(expect[0])}; it shows:\n${text}`);
      // Dataset text is rendered as text: no element was created from it.
      assert.equal(await explainer.imagesAndScriptsInProblems(), 0);
      if (name === picked[0]) await p.page.screenshot({ path: join(ARTIFACTS, 'error-invalid-375.png') });
      p.assertClean();
      await p.close();
    }
  });
});
