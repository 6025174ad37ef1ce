// Embedding in news pages: a host page on another origin (another port) embeds the explainer. The explainer is
// served with a strict Content-Security-Policy. Heights must match content within 2 px with no inner scrollbar,
// with embed.js, with a real pym.js parent, with a Datawrapper-only listener, and in a sandboxed iframe.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTIFACTS, ONCE, DIST, ROOT, addDays, dataset, daysBetween, launch, longDate, openPage, serve } from './harness.mjs';
import { Article, Explainer } from './page.mjs';

const data = await dataset();

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

let app;
/** The explainer again, also readable from an opaque origin (a sandbox without allow-same-origin fetches in CORS
 * mode), with two impostor pages for embed.js to refuse. */
let appCors;
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
    '/persian.html': html('persian'),
    '/pym.html': html('pym'),
    '/datawrapper.html': html('datawrapper'),
    '/sandbox.html': html('sandbox'),
    '/wide.html': html('wide'),
    '/history.html': html('history'),
    '/messages.html': html('messages'),
    '/opaque.html': html('opaque'),
    '/quiet.html': html('quiet'),
    '/late.html': html('late'),
    '/spoof.html': html('spoof'),
  });
  appCors = await serve(DIST, {
    // Redirects to a page on another origin (the host's) that claims to be the explainer.
    '/elsewhere': (req, res) => { res.writeHead(302, { location: `${host.url}spoof.html` }); res.end(); },
    // The explainer's origin, but the server sandboxes the page (opaque origin) while the iframe has no sandbox.
    '/self-sandboxed.html': (req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': 'sandbox allow-scripts' });
      res.end(pages.spoof);
    },
  }, { 'content-security-policy': CSP, 'access-control-allow-origin': '*' });
  const page = (body) => `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>A news article</title>
<style>body{font-family:Georgia,serif;max-width:760px;margin:0 auto;padding:16px} iframe{display:block;width:100%;border:0}</style></head>
<body><h1>A news article about the toll</h1><p>Text of the article before the graphic.</p>${body}<p>Text of the article after the graphic.</p></body></html>`;
  pages.embedjs = page(`<iframe id="f" src="${app.url}embed-${data.story.length ? 'story' : 'chart'}.html" title="Explainer" height="900" data-toll-explainer></iframe>
<script src="${app.url}embed.js" async></script>`);
  pages.persian = page(`<iframe id="f" src="${app.url}embed-${data.story.length ? 'story' : 'chart'}.fa.html" title="Explainer" height="900" data-toll-explainer></iframe>
<script src="${app.url}embed.js" async></script>`);
  pages.sandbox = page(`<iframe id="f" src="${app.url}embed-chart.html" title="Explainer" height="900" data-toll-explainer sandbox="allow-scripts allow-same-origin allow-popups"></iframe>
<script src="${app.url}embed.js" async></script>`);
  pages.pym = page(`<div id="container"></div><script src="/pym.js"></script>
<script>window.pymParent = new pym.Parent('container', '${app.url}embed-summary.html', {title: 'Explainer'});</script>`);
  pages.datawrapper = page(`<iframe id="f" src="${app.url}embed-blackout.html?id=dw1" title="Explainer" height="900"></iframe>
<script>window.addEventListener('message', function (e) {
  var h = e.data && e.data['datawrapper-height'];
  if (!h || e.origin !== new URL(document.getElementById('f').src).origin) return;
  for (var k in h) if (k === 'dw1') document.getElementById('f').style.height = h[k] + 'px';
});</script>`);
  // Defects found on real host pages (see the tests in the second describe block).
  const bare = (body) => `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A news article</title>
<style>body{margin:0;padding:16px} iframe{display:block;border:0;margin-block:8px}</style></head><body>${body}</body></html>`;
  pages.wide = bare(VIEWS.flatMap((v) => ['1280px', '1600px', '100%'].map((w) =>
    `<iframe id="${v}-${w.replace('%', 'pc')}" src="${app.url}embed-${v}.html" title="Explainer" height="900" style="width:${w}" data-toll-explainer></iframe>`)).join('\n')
    + `<script src="${app.url}embed.js" async></script>`);
  pages.history = bare(`<iframe id="f" src="${app.url}embed-chart.html" title="Explainer" height="900" style="width:100%" data-toll-explainer></iframe>
<script src="${app.url}embed.js" async></script>`);
  // Records every message the explainer's frame posts to its parent.
  const recorder = `<script>window.__msgs = []; addEventListener('message', function (e) {
  if (e.source === document.getElementById('f').contentWindow) window.__msgs.push({ at: Date.now(), data: e.data });
});</script>`;
  pages.messages = bare(`<iframe id="f" src="${app.url}embed-chart.html?id=dw9&childId=c1" title="Explainer" height="900" style="width:100%" data-toll-explainer></iframe>
${recorder}<script src="${app.url}embed.js" async></script>`);
  pages.quiet = bare(`<iframe id="f" src="${app.url}embed-summary.html" title="Explainer" height="200" style="width:100%"></iframe>${recorder}`);
  // Posts a forged height as the explainer would, again and again, and in answer to anything.
  pages.spoof = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Not the explainer</title></head><body><script>
function send() { parent.postMessage({ type: 'toll-explainer:height', version: 1, id: 'toll-explainer', height: 4321 }, '*'); }
send(); setInterval(send, 200); addEventListener('message', send);
</script></body></html>`;
  const srcdoc = pages.spoof.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  pages.opaque = bare(`<iframe id="f" src="${appCors.url}embed-summary.html" title="Explainer" height="200" style="width:100%" data-toll-explainer sandbox="allow-scripts allow-popups"></iframe>
<iframe id="spoof-other-frame" srcdoc="${srcdoc}" title="Impostor" height="150" sandbox="allow-scripts"></iframe>
<iframe id="spoof-other-origin" src="${appCors.url}elsewhere" title="Impostor" height="150" style="width:100%" data-toll-explainer></iframe>
<iframe id="spoof-null-unsandboxed" src="${appCors.url}self-sandboxed.html" title="Impostor" height="150" style="width:100%" data-toll-explainer></iframe>
<script src="${appCors.url}embed.js" async></script>`);
  // embed.js arrives 3 s after the iframe has loaded and spoken (a tag manager, a lazy bundle); later still, a
  // second iframe is added.
  pages.late = bare(`<iframe id="f" src="${app.url}embed-chart.html" title="Explainer" height="200" style="width:100%" data-toll-explainer></iframe>
<script>(function () {
  var f = document.getElementById('f'), loaded = false, heard = false;
  function inject() {
    if (!loaded || !heard || window.__injectAt) return;
    window.__injectAt = setTimeout(function () {
      var s = document.createElement('script'); s.src = '${app.url}embed.js'; document.head.appendChild(s); window.__injected = true;
    }, 3000);
  }
  f.addEventListener('load', function () { loaded = true; inject(); });
  addEventListener('message', function (e) { if (e.source === f.contentWindow) { heard = true; inject(); } });
  window.addSecond = function () {
    var g = document.createElement('iframe'); g.id = 'g'; g.title = 'Explainer'; g.height = '200'; g.style.width = '100%';
    g.setAttribute('data-toll-explainer', ''); g.src = '${app.url}embed-summary.html'; document.body.appendChild(g);
  };
})();</script>`);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await app?.close();
  await appCors?.close();
  await host?.close();
});

const VIEWS = ['story', 'chart', 'blackout', 'table', 'summary'];

/** The article on the host page: its explainer's frame is its only one, or the one named `id`. */
const article = (page, id) => new Article(page, id ? { id } : { consumer: true });

describe('embedding', () => {
  for (const width of [320, 768, 1280]) {
    test(`embed.js sizes the iframe to its content at host width ${width}, also after switching steps`, async () => {
      const p = await openPage(browser, [host.url, app.url], { width, height: 900 });
      await p.page.goto(`${host.url}embedjs.html`);
      let s = await article(p.page).settled();
      assert.ok(Math.abs(s.outer - s.inner) <= 2, `iframe ${s.outer}px vs content ${s.inner}px`);
      assert.ok(await s.explainer.noInnerScrollbar());
      await p.page.screenshot({ path: join(ARTIFACTS, `host-embedjs-${width}.png`), fullPage: true });
      // Move through the story (or, without one, open the table): the content changes height; the iframe follows.
      if (data.story.length > 2) {
        await s.explainer.nextStep();
        await s.explainer.nextStep();
      } else await s.explainer.openTable();
      s = await article(p.page).settled();
      assert.ok(Math.abs(s.outer - s.inner) <= 2, `after steps: iframe ${s.outer}px vs content ${s.inner}px`);
      assert.ok(await s.explainer.noInnerScrollbar());
      p.assertClean();
      await p.close();
    });
  }

  for (const width of [320, 1600]) {
    test(`a Persian embed (lang=fa) is right to left and embed.js sizes it to its content at host width ${width}`, async () => {
      const p = await openPage(browser, [host.url, app.url], { width, height: 900 });
      await p.page.goto(`${host.url}persian.html`);
      const s = await article(p.page).settled();
      assert.equal(await s.explainer.direction(), 'rtl');
      assert.ok(Math.abs(s.outer - s.inner) <= 2, `iframe ${s.outer}px vs content ${s.inner}px`);
      assert.ok(await s.explainer.noInnerScrollbar());
      await p.page.screenshot({ path: join(ARTIFACTS, `host-persian-${width}.png`), fullPage: true });
      p.assertClean();
      await p.close();
    });
  }

  test('a sandboxed iframe works and resizes when the table view opens', async () => {
    const p = await openPage(browser, [host.url, app.url], { width: 768, height: 900 });
    await p.page.goto(`${host.url}sandbox.html`);
    let s = await article(p.page).settled();
    assert.ok(Math.abs(s.outer - s.inner) <= 2);
    await s.explainer.openTable();
    s = await article(p.page).settled();
    assert.ok(Math.abs(s.outer - s.inner) <= 2, `table: ${s.outer} vs ${s.inner}`);
    assert.ok(await s.explainer.noInnerScrollbar());
    await p.page.screenshot({ path: join(ARTIFACTS, 'host-sandbox-768.png'), fullPage: true });
    p.assertClean();
    await p.close();
  });

  test('a real pym.js parent gets the height in pym\'s format', ONCE, async () => {
    const p = await openPage(browser, [host.url, app.url], { width: 768, height: 900 });
    await p.page.goto(`${host.url}pym.html`);
    const pymArticle = new Article(p.page, { pym: true });
    const s = await pymArticle.settled();
    assert.ok(Math.abs(s.outer - s.inner) <= 2, `pym: iframe ${s.outer}px vs content ${s.inner}px`);
    const src = await pymArticle.frameAddress();
    assert.match(src, /childId=container/);
    p.assertClean();
    await p.close();
  });

  test('a listener that reads only Datawrapper\'s format sizes the iframe', ONCE, async () => {
    const p = await openPage(browser, [host.url, app.url], { width: 1280, height: 900 });
    await p.page.goto(`${host.url}datawrapper.html`);
    const s = await article(p.page).settled();
    assert.ok(Math.abs(s.outer - s.inner) <= 2, `datawrapper: iframe ${s.outer}px vs content ${s.inner}px`);
    p.assertClean();
    await p.close();
  });

  test('under a strict CSP the full page runs, with its tooltip open, with no violation', ONCE, async () => {
    const p = await openPage(browser, app.url, { width: 1280, height: 900 });
    await p.context.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const explainer = new Explainer(p.page);
    await explainer.open(app.url);
    await explainer.openTooltip();
    assert.deepEqual(await p.page.evaluate(() => window.__violations), []);
    p.assertClean();
    await p.close();
  });

  test('dist/ works from a sub-path', ONCE, async () => {
    const sub = await serve(DIST, {}, { 'content-security-policy': CSP }, '/news/graphics/iran-2026/');
    const p = await openPage(browser, sub.url, { width: 768, height: 900 });
    const explainer = new Explainer(p.page);
    await explainer.open(sub.url);
    await p.page.goto(`${sub.url}?embed=summary`);
    await explainer.embedded();
    p.assertClean();
    await p.close();
    await sub.close();
  });

  test('the embed button shows snippets for the chosen view and theme', ONCE, async () => {
    const p = await openPage(browser, app.url, { width: 1280, height: 900 });
    const explainer = new Explainer(p.page);
    await explainer.open(app.url);
    const { snippet, plain } = await explainer.embedCodes('table', 'dark');
    // The code is the table's own page in the edition it was made in, so the embed shows the language the editor
    // saw; named by its story (the page's own here), so an embed keeps its story whatever the site shows later.
    assert.match(snippet, /<iframe src="http:\/\/[^"]*\/[a-z0-9-]+\.embed-table\.html\?theme=dark"/);
    assert.match(snippet, /title="[^"]+"/);
    assert.match(snippet, /loading="lazy"/);
    assert.match(snippet, /data-toll-explainer/);
    assert.match(snippet, /<script src="[^"]*embed\.js" async><\/script>/);
    assert.ok(!plain.includes('<script'));
    p.assertClean();
    await p.close();
  });

  test('permalinks: the address keeps filters, window and view; a shared link reopens them; back works', async () => {
    const p = await openPage(browser, app.url, { width: 1280, height: 900 });
    const explainer = new Explainer(p.page);
    await explainer.open(app.url);
    const hidden = data.meta.headline.independent;
    const presses = Math.floor(daysBetween(data.meta.period.start, data.meta.period.end) / 3);
    const fromDay = addDays(data.meta.period.start, presses);
    await explainer.toggleClaimant(hidden);
    await explainer.moveWindowStart(presses);
    await explainer.openTable();
    const url = p.page.url();
    assert.ok(url.includes(`hide=${hidden}`), url);
    assert.ok(url.includes(`from=${fromDay}`), url);
    assert.match(url, /view=table/);
    // A reader opening the shared link sees the same view.
    const q = await openPage(browser, app.url, { width: 1280, height: 900 });
    const shared = new Explainer(q.page);
    await q.page.goto(url);
    await shared.tableShown();
    assert.equal(await shared.claimantPressed(hidden), 'false');
    assert.ok((await shared.timeWindow()).includes(longDate(fromDay)));
    const rows = await shared.tableClaims();
    assert.ok(rows.length > 0 && rows.every((id) => data.claims.find((c) => c.id === id).claimant !== hidden));
    q.assertClean();
    await q.close();
    // Back undoes the view switch, then the filter.
    await p.page.goBack();
    await explainer.addressLacks('view=table');
    await p.page.goBack();
    await explainer.addressLacks(`hide=${hidden}`);
    assert.equal(await explainer.claimantPressed(hidden), 'true');
    // Malformed parameters are ignored without a console error.
    const r = await openPage(browser, app.url);
    await new Explainer(r.page).open(`${app.url}?embed=nonsense&theme=purple&from=2026-99-01&hide=%3Cscript%3E&date=yesterday&step=nope`);
    r.assertClean();
    await r.close();
    p.assertClean();
    await p.close();
  });
});

describe('embedding: defects found on host pages', () => {
  test('no embed view grows with its iframe: every view at frame widths 1280, 1600 and 100% holds its height for 10 s', async () => {
    const p = await openPage(browser, [host.url, app.url], { width: 1600, height: 900 });
    await p.page.goto(`${host.url}wide.html`);
    const ids = await new Article(p.page).frameIds();
    assert.equal(ids.length, VIEWS.length * 3);
    const frames = {};
    for (const id of ids) {
      frames[id] = await article(p.page, id).inFrame();
      await frames[id].embedded(30000);
    }
    // Let embed.js size them all (or give up after 20 s: the samples below then say what happened).
    for (let i = 0, calm = 0; i < 80 && calm < 4; i++) {
      await p.page.waitForTimeout(250);
      let ok = true;
      for (const id of ids) ok &&= Math.abs((await article(p.page, id).frameHeight()) - (await frames[id].boxHeight())) <= 2;
      calm = ok ? calm + 1 : 0;
    }
    const samples = await new Article(p.page).frameHeightsWhileIdle();
    const report = [];
    for (const id of ids) {
      const hs = samples[id];
      const [lo, hi] = [Math.min(...hs), Math.max(...hs)];
      const content = await frames[id].boxHeight();
      const width = await frames[id].windowWidth();
      report.push(`${id}: width ${width}px, iframe ${lo}..${hi}px over 10 s, content ${content}px`);
      assert.ok(hi - lo <= 2, `${id} changed height while idle: ${lo}..${hi}px`);
      assert.ok(Math.abs(hs[hs.length - 1] - content) <= 2, `${id}: iframe ${hs[hs.length - 1]}px vs content ${content}px`);
      assert.ok(hi < 20000, `${id}: ${hi}px`);
    }
    console.log(report.join('\n'));
    p.assertClean();
    await p.close();
  });

  test('a dataset without a story (and one without any optional record): no story anywhere, no panic, the rest shown', ONCE, async () => {
    const shipped = await dataset();
    const noStory = { ...shipped, story: [] };
    const sparse = { ...shipped, story: [], annotations: [], disagreements: [], history: [], blackout_events: [], notes: [] };
    // Each case: the dataset, the address, what shows it has rendered (an embed's source line, or the live chart),
    // and the parts that must be there once.
    const embedShown = (e) => e.embedSourceShown(15000);
    const chartShown = (e) => e.liveChart(15000);
    const cases = [
      [noStory, '?embed=story', embedShown, []],
      [noStory, '', chartShown, ['knownOn', 'method', ...(shipped.disagreements.length ? ['disagreements'] : []), 'sources']],
      [sparse, '?embed=story', embedShown, []],
      [sparse, '?embed=blackout', embedShown, []],
      [sparse, '', chartShown, ['knownOn', 'method', 'sources']],
    ];
    for (const [data, query, rendered, present] of cases) {
      const p = await openPage(browser, app.url);
      const explainer = new Explainer(p.page);
      await p.page.route('**/data/iran-2026.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(data) }));
      await p.page.goto(app.url + query);
      const label = `${data === sparse ? 'sparse' : 'no story'} ${query || 'full page'}`;
      await rendered(explainer).catch(() => assert.fail(`${label}: never rendered; ${p.problems.join('; ')}`));
      await p.page.waitForTimeout(300);
      const parts = await explainer.parts();
      assert.equal(parts.error, 0, label);
      assert.equal(parts.story, 0, `${label}: a story section`);
      for (const part of present) assert.equal(parts[part], 1, `${label}: ${part} missing`);
      if (data === sparse) {
        for (const part of ['disagreements', 'history', 'verification', 'blackout', 'context', 'knownCuts']) {
          assert.equal(parts[part], 0, `${label}: ${part} shown without data`);
        }
      }
      if (!query) {
        const offered = await explainer.embedViewsOffered();
        assert.ok(!offered.includes('story') && offered.includes('chart'), `${label}: embed views offered ${offered}`);
      }
      p.assertClean();
      await p.close();
    }
  });

  test('an embed never adds to the host\'s history: filters replace the entry, Back leaves the host page', ONCE, async () => {
    const p = await openPage(browser, [host.url, app.url], { width: 1280, height: 900 });
    await p.page.goto('about:blank');
    await p.page.goto(`${host.url}history.html`);
    const onHost = article(p.page, 'f');
    const frame = await onHost.inFrame();
    await frame.liveChart(15000);
    const [inner, outer] = [await frame.historyLength(), await onHost.historyLength()];
    await frame.toggleClaimant(data.meta.headline.independent);
    await frame.addressHas(`hide=${data.meta.headline.independent}`);
    await frame.openTable();
    await frame.addressHas('view=table');
    assert.equal(await frame.historyLength(), inner, 'history inside the frame grew');
    assert.equal(await onHost.historyLength(), outer, 'the host\'s history grew');
    await p.page.goBack();
    assert.equal(p.page.url(), 'about:blank', 'Back stayed on the host page');
    p.assertClean();
    await p.close();
  });

  test('every message to the host carries heights and ids only, never the frame\'s address', ONCE, async () => {
    const p = await openPage(browser, [host.url, app.url], { width: 1280, height: 900 });
    await p.page.goto(`${host.url}messages.html`);
    let s = await article(p.page).settled();
    await s.explainer.openTable();
    s = await article(p.page).settled();
    await s.explainer.openChart();
    s = await article(p.page).settled();
    const href = await s.explainer.address();
    const msgs = (await p.page.evaluate(() => window.__msgs)).map((m) => m.data);
    assert.ok(msgs.length >= 10, `only ${msgs.length} messages`);
    const KEYS = new Set(['type', 'version', 'id', 'height', 'sentinel', 'context', 'datawrapper-height']);
    const heights = new Set();
    for (const m of msgs) {
      const text = typeof m === 'string' ? m : JSON.stringify(m);
      for (const leak of [href, new URL(href).host, new URL(href).pathname, new URL(href).search, 'embed='].filter((l) => l.length > 1)) assert.ok(!text.includes(leak), `${text} contains ${leak}`);
      if (typeof m === 'string' && m.startsWith('pymxPYMx')) {
        assert.match(m, /^pymxPYMxc1xPYMxheightxPYMx\d+$/);
        continue;
      }
      const o = typeof m === 'string' ? JSON.parse(m) : m;
      for (const [k, v] of Object.entries(o)) {
        assert.ok(KEYS.has(k), `unknown key ${k} in ${text}`);
        if (k === 'datawrapper-height') assert.deepEqual(Object.keys(v), ['dw9'], text);
        if (k === 'height') heights.add(v);
      }
      if (typeof m === 'string') {
        assert.deepEqual(Object.keys(o), ['context', 'height'], text);
        assert.equal(o.context, 'iframe.resize');
      }
    }
    assert.ok([...heights].every((h) => Number.isInteger(h) && h > 0), [...heights].join());
    p.assertClean();
    await p.close();
  });

  test('embed.js sizes a frame sandboxed without allow-same-origin, and still refuses other frames and origins', ONCE, async () => {
    const p = await openPage(browser, [host.url, appCors.url], { width: 1280, height: 900 });
    await p.page.goto(`${host.url}opaque.html`);
    const sandboxed = article(p.page, 'f');
    const frame = await sandboxed.inFrame();
    assert.equal(await frame.origin(), 'null');
    await frame.firstKeyFigureShown(15000);
    let outer = 0;
    let content = -10;
    for (let i = 0; i < 50 && Math.abs(outer - content) > 2; i++) {
      await p.page.waitForTimeout(100);
      [outer, content] = [await sandboxed.frameHeight(), await frame.boxHeight()];
    }
    assert.ok(Math.abs(outer - content) <= 2 && content !== 200, `sandboxed: iframe ${outer}px vs content ${content}px`);
    // The impostors have been posting 4321 px all along (checked: they ran), and nothing took it.
    await p.page.waitForTimeout(1000);
    for (const id of ['spoof-other-frame', 'spoof-other-origin', 'spoof-null-unsandboxed']) {
      const impostor = article(p.page, id);
      assert.equal(await (await impostor.inFrame()).title(), 'Not the explainer', id);
      assert.equal(await impostor.frameHeight(), 150, `${id} was resized`);
    }
    assert.equal(await (await article(p.page, 'spoof-other-origin').inFrame()).origin(), new URL(host.url).origin);
    assert.equal(await (await article(p.page, 'spoof-null-unsandboxed').inFrame()).origin(), 'null');
    assert.ok(Math.abs((await sandboxed.frameHeight()) - content) <= 2, 'the explainer took a forged height');
    p.assertClean();
    await p.close();
  });

  test('the page answers embed.js\'s ask with its height, forced, and ignores every other message', ONCE, async () => {
    const p = await openPage(browser, [host.url, app.url], { width: 1280, height: 900 });
    await p.page.goto(`${host.url}quiet.html`);
    const quiet = article(p.page, 'f');
    const frame = await quiet.inFrame();
    await frame.firstKeyFigureShown(15000);
    const count = () => p.page.evaluate(() => window.__msgs.length);
    // Quiet: nothing posted for a second.
    let n = await count();
    for (let i = 0; i < 30; i++) {
      await p.page.waitForTimeout(1000);
      const m = await count();
      if (m === n) break;
      n = m;
    }
    await quiet.postToFrame([{ type: 'toll-explainer:ask', version: 2 }, { type: 'toll-explainer:ask' }, 'toll-explainer:ask', { type: 'toll-explainer:height', version: 1, height: 9 },
      'pymxPYMxnobodyxPYMxwidthxPYMx300', { sentinel: 'amp', type: 'embed-size' }, { type: 'toll-explainer:ask', version: '1' }]);
    await p.page.waitForTimeout(1000);
    assert.equal(await count(), n, 'the page answered a message it should ignore');
    await quiet.postToFrame([{ type: 'toll-explainer:ask', version: 1 }]);
    await p.page.waitForFunction((n) => window.__msgs.length > n, n, { timeout: 3000 });
    const answer = await p.page.evaluate((n) => window.__msgs.slice(n).map((m) => m.data).find((d) => d && d.type === 'toll-explainer:height'), n);
    assert.ok(answer, 'no height message in the answer');
    assert.ok(Math.abs(answer.height - (await frame.boxHeight())) <= 2, `answered ${answer.height}px`);
    p.assertClean();
    await p.close();
  });

  test('embed.js loaded 3 s after the iframe settled still sizes it (and an iframe added later)', ONCE, async () => {
    const p = await openPage(browser, [host.url, app.url], { width: 1280, height: 900 });
    await p.page.goto(`${host.url}late.html`);
    const first = article(p.page, 'f');
    await (await first.inFrame()).liveChart(15000);
    assert.equal(await first.frameHeight(), 200, 'sized before embed.js arrived');
    await p.page.waitForFunction(() => window.__injected === true, null, { timeout: 15000 });
    let s = await first.settled();
    assert.ok(Math.abs(s.outer - s.inner) <= 2 && s.outer > 400, `late embed.js: iframe ${s.outer}px vs content ${s.inner}px`);
    await p.page.evaluate(() => window.addSecond());
    s = await article(p.page, 'g').settled();
    assert.ok(Math.abs(s.outer - s.inner) <= 2 && s.outer !== 200, `added iframe: ${s.outer}px vs content ${s.inner}px`);
    p.assertClean();
    await p.close();
  });

  test('the chart unmounts with the table view and comes back; observers leave with it; resizing still redraws', async () => {
    const p = await openPage(browser, app.url, { width: 1280, height: 900 });
    const explainer = new Explainer(p.page);
    await p.page.goto(app.url);
    await explainer.explorerChart(15000);
    const drawnWidth = () => explainer.explorerChartDrawnWidth();
    const boxWidth = () => explainer.explorerChartBoxWidth();
    for (const width of [1000, 1280, 760]) {
      await explainer.openTable();
      assert.equal(await explainer.explorerCharts(), 0, 'the chart stayed mounted under the table');
      // Resizing with the chart gone: an observer left behind would run on a disposed chart.
      await p.page.setViewportSize({ width, height: 900 });
      await p.page.waitForTimeout(200);
      await explainer.openChart();
      await explainer.explorerChart();
      assert.equal(await drawnWidth(), await boxWidth(), `after remounting at ${width}px`);
    }
    const before = await drawnWidth();
    await p.page.setViewportSize({ width: 1100, height: 900 });
    await explainer.explorerChartRedrawnFrom(before, 5000);
    assert.equal(await drawnWidth(), await boxWidth(), 'after resizing');
    // The chart's downloads still work from the table view (drawn for the view as it is now).
    await explainer.toggleClaimant(data.meta.headline.independent);
    await explainer.openTable();
    const svg = (await explainer.download('svg')).body.toString('utf8');
    assert.match(svg, /<svg/);
    assert.ok(!svg.includes(`data-claimant="${data.meta.headline.independent}"`) && svg.includes('data-claimant="'), 'the SVG is not drawn for the current filters');
    p.assertClean();
    await p.close();
  });
});
