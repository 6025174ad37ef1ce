// Embedding in news pages: a host page on another origin (another port) embeds the explainer. The explainer is
// served with a strict Content-Security-Policy. Heights must match content within 2 px with no inner scrollbar,
// with embed.js, with a real pym.js parent, with a Datawrapper-only listener, and in a sandboxed iframe.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTIFACTS, DIST, ROOT, launch, openPage, serve } from './harness.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

let app;
let host;
let browser;
const pages = {};

before(async () => {
  app = await serve(DIST, {}, { 'content-security-policy': CSP });
  const pym = await readFile(join(ROOT, 'node_modules', 'pym.js', 'dist', 'pym.v1.min.js'));
  const html = (name) => (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(pages[name]);
  };
  host = await serve(join(ROOT, 'e2e'), {
    '/pym.js': (req, res) => { res.writeHead(200, { 'content-type': 'text/javascript' }); res.end(pym); },
    '/embedjs.html': html('embedjs'),
    '/pym.html': html('pym'),
    '/datawrapper.html': html('datawrapper'),
    '/sandbox.html': html('sandbox'),
  });
  const page = (body) => `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>A news article</title>
<style>body{font-family:Georgia,serif;max-width:760px;margin:0 auto;padding:16px} iframe{display:block;width:100%;border:0}</style></head>
<body><h1>A news article about the toll</h1><p>Text of the article before the graphic.</p>${body}<p>Text of the article after the graphic.</p></body></html>`;
  pages.embedjs = page(`<iframe id="f" src="${app.url}?embed=story" title="Explainer" height="900" data-toll-explainer></iframe>
<script src="${app.url}embed.js" async></script>`);
  pages.sandbox = page(`<iframe id="f" src="${app.url}?embed=chart" title="Explainer" height="900" data-toll-explainer sandbox="allow-scripts allow-same-origin allow-popups"></iframe>
<script src="${app.url}embed.js" async></script>`);
  pages.pym = page(`<div id="container"></div><script src="/pym.js"></script>
<script>window.pymParent = new pym.Parent('container', '${app.url}?embed=summary', {title: 'Explainer'});</script>`);
  pages.datawrapper = page(`<iframe id="f" src="${app.url}?embed=blackout&id=dw1" title="Explainer" height="900"></iframe>
<script>window.addEventListener('message', function (e) {
  var h = e.data && e.data['datawrapper-height'];
  if (!h || e.origin !== new URL(document.getElementById('f').src).origin) return;
  for (var k in h) if (k === 'dw1') document.getElementById('f').style.height = h[k] + 'px';
});</script>`);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await app?.close();
  await host?.close();
});

/** Waits until the iframe's height has settled to its content's height; returns both. */
async function settled(page, frameSel = 'iframe') {
  const frameEl = page.locator(frameSel).first();
  await frameEl.waitFor();
  const frame = await (await frameEl.elementHandle()).contentFrame();
  await frame.locator('.embedded').waitFor({ timeout: 15000 });
  let last = { outer: -1, inner: -2 };
  for (let i = 0; i < 50; i++) {
    await page.waitForTimeout(100);
    const outer = await frameEl.evaluate((f) => f.getBoundingClientRect().height);
    const inner = await frame.evaluate(() => Math.max(document.documentElement.scrollHeight, document.body.scrollHeight));
    if (Math.abs(outer - inner) <= 2 && outer === last.outer) return { outer, inner, frame };
    last = { outer, inner };
  }
  return { ...last, frame };
}

async function noInnerScrollbar(frame) {
  return frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 2);
}

describe('embedding', () => {
  for (const width of [320, 768, 1280]) {
    test(`embed.js sizes the iframe to its content at host width ${width}, also after switching steps`, async () => {
      const p = await openPage(browser, [host.url, app.url], { width, height: 900 });
      await p.page.goto(`${host.url}embedjs.html`);
      let s = await settled(p.page);
      assert.ok(Math.abs(s.outer - s.inner) <= 2, `iframe ${s.outer}px vs content ${s.inner}px`);
      assert.ok(await noInnerScrollbar(s.frame));
      await p.page.screenshot({ path: join(ARTIFACTS, `host-embedjs-${width}.png`), fullPage: true });
      // Move through the story: the step text changes length; the iframe follows.
      await s.frame.locator('article.step[aria-current=step] [data-testid=story-next]').click();
      await s.frame.locator('article.step[aria-current=step] [data-testid=story-next]').click();
      s = await settled(p.page);
      assert.ok(Math.abs(s.outer - s.inner) <= 2, `after steps: iframe ${s.outer}px vs content ${s.inner}px`);
      assert.ok(await noInnerScrollbar(s.frame));
      p.assertClean();
      await p.close();
    });
  }

  test('a sandboxed iframe works and resizes when panels open (table view, tooltip)', async () => {
    const p = await openPage(browser, [host.url, app.url], { width: 768, height: 900 });
    await p.page.goto(`${host.url}sandbox.html`);
    let s = await settled(p.page);
    assert.ok(Math.abs(s.outer - s.inner) <= 2);
    await s.frame.locator('#tab-table').click();
    await s.frame.locator('[data-testid=claims-table]').waitFor();
    s = await settled(p.page);
    assert.ok(Math.abs(s.outer - s.inner) <= 2, `table: ${s.outer} vs ${s.inner}`);
    assert.ok(await noInnerScrollbar(s.frame));
    await p.page.screenshot({ path: join(ARTIFACTS, 'host-sandbox-768.png'), fullPage: true });
    p.assertClean();
    await p.close();
  });

  test('a real pym.js parent gets the height in pym\'s format', async () => {
    const p = await openPage(browser, [host.url, app.url], { width: 768, height: 900 });
    await p.page.goto(`${host.url}pym.html`);
    const s = await settled(p.page, '#container iframe');
    assert.ok(Math.abs(s.outer - s.inner) <= 2, `pym: iframe ${s.outer}px vs content ${s.inner}px`);
    const src = await p.page.locator('#container iframe').getAttribute('src');
    assert.match(src, /childId=container/);
    p.assertClean();
    await p.close();
  });

  test('a listener that reads only Datawrapper\'s format sizes the iframe', async () => {
    const p = await openPage(browser, [host.url, app.url], { width: 1280, height: 900 });
    await p.page.goto(`${host.url}datawrapper.html`);
    const s = await settled(p.page);
    assert.ok(Math.abs(s.outer - s.inner) <= 2, `datawrapper: iframe ${s.outer}px vs content ${s.inner}px`);
    p.assertClean();
    await p.close();
  });

  test('under a strict CSP the full page runs with no violation; it posts only heights and ids', async () => {
    const p = await openPage(browser, app.url, { width: 1280, height: 900 });
    await p.context.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await p.page.goto(app.url);
    await p.page.locator('[data-testid=toll-chart] svg.chart').waitFor();
    await p.page.locator('[data-testid=toll-chart] .hit[tabindex="0"]').focus();
    await p.page.locator('[data-testid=tooltip]').waitFor();
    assert.deepEqual(await p.page.evaluate(() => window.__violations), []);
    p.assertClean();
    await p.close();
  });

  test('dist/ works from a sub-path', async () => {
    const sub = await serve(DIST, {}, { 'content-security-policy': CSP }, '/news/graphics/iran-2026/');
    const p = await openPage(browser, sub.url, { width: 768, height: 900 });
    await p.page.goto(sub.url);
    await p.page.locator('[data-testid=toll-chart] svg.chart').waitFor();
    await p.page.goto(`${sub.url}?embed=summary`);
    await p.page.locator('[data-testid=embedded]').waitFor();
    p.assertClean();
    await p.close();
    await sub.close();
  });

  test('the embed button shows snippets for the chosen view and theme', async () => {
    const p = await openPage(browser, app.url, { width: 1280, height: 900 });
    await p.page.goto(app.url);
    await p.page.locator('[data-testid=toll-chart] svg.chart').waitFor();
    await p.page.locator('[data-testid=embed-button]').click();
    await p.page.locator('[data-testid=embed-view]').selectOption('table');
    await p.page.locator('[data-testid=embed-theme]').selectOption('dark');
    const snippet = await p.page.locator('[data-testid=embed-snippet]').inputValue();
    assert.match(snippet, /<iframe src="[^"]*\?embed=table&amp;theme=dark"/);
    assert.match(snippet, /title="[^"]+"/);
    assert.match(snippet, /loading="lazy"/);
    assert.match(snippet, /data-toll-explainer/);
    assert.match(snippet, /<script src="[^"]*embed\.js" async><\/script>/);
    const plain = await p.page.locator('[data-testid=embed-plain]').inputValue();
    assert.ok(!plain.includes('<script'));
    p.assertClean();
    await p.close();
  });

  test('permalinks: the address keeps filters, window and view; a shared link reopens them; back works', async () => {
    const p = await openPage(browser, app.url, { width: 1280, height: 900 });
    await p.page.goto(app.url);
    await p.page.locator('[data-testid=toll-chart] svg.chart').waitFor();
    await p.page.locator('.toggle[data-claimant="hrana"]').click();
    const from = p.page.locator('[data-testid=window-from]');
    await from.focus();
    for (let i = 0; i < 11; i++) await p.page.keyboard.press('ArrowRight');
    await p.page.locator('#tab-table').click();
    const url = p.page.url();
    assert.match(url, /hide=hrana/);
    assert.match(url, /from=2026-01-08/);
    assert.match(url, /view=table/);
    // A reader opening the shared link sees the same view.
    const q = await openPage(browser, app.url, { width: 1280, height: 900 });
    await q.page.goto(url);
    await q.page.locator('[data-testid=claims-table]').waitFor();
    assert.equal(await q.page.locator('.toggle[data-claimant="hrana"]').getAttribute('aria-pressed'), 'false');
    assert.match(await q.page.locator('[data-testid=time-window]').innerText(), /8 January 2026/);
    assert.equal(await q.page.locator('[data-testid=claims-table] tr[data-claim^="hrana-"]').count(), 0);
    q.assertClean();
    await q.close();
    // Back undoes the view switch, then the filter.
    await p.page.goBack();
    await p.page.waitForFunction(() => !location.search.includes('view=table'));
    await p.page.goBack();
    await p.page.waitForFunction(() => !location.search.includes('hide=hrana'));
    assert.equal(await p.page.locator('.toggle[data-claimant="hrana"]').getAttribute('aria-pressed'), 'true');
    // Malformed parameters are ignored without a console error.
    const r = await openPage(browser, app.url);
    await r.page.goto(`${app.url}?embed=nonsense&theme=purple&from=2026-99-01&hide=%3Cscript%3E&date=yesterday&step=nope`);
    await r.page.locator('[data-testid=toll-chart] svg.chart').waitFor();
    r.assertClean();
    await r.close();
    p.assertClean();
    await p.close();
  });
});
