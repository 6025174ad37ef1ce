// A smoke suite in two more engines: WebKit (WebKitGTK's MiniBrowser, the engine of every iPhone browser, driven
// over plain W3C WebDriver) and Firefox ESR (puppeteer-core over WebDriver BiDi). The same checks in both: the page
// renders, the two key figures and the gap, the chart's tooltip by keyboard and by pointer, the story steps forward,
// the Persian edition, and no console errors, page errors or requests leaving the page's origin. Every expected
// value is computed from the dataset the page is served (harness `dataset()`), or from the engine's own Intl where
// the page formats with it. A missing engine fails its tests with what to install (scripts/setup.sh installs them).
//
// Console errors in WebKit: classic WebDriver has no console API and WebKitWebDriver 2.50 offers no BiDi session
// (a new session asking for `webSocketUrl: true` fails to match capabilities), so WebKit is served, by the harness's
// own server and rules, a copy of dist/ whose index.html loads one same-origin script first in <head> (the page runs
// under `script-src 'self'`: no inline script) that records console.error calls, uncaught errors, unhandled rejections,
// resources that fail to load, CSP violations, and every resource whose URL leaves the page's origin (Resource
// Timing). A positive control checks that it catches what it should before its silence counts. Firefox reports
// console messages, page errors and requests natively through puppeteer.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ARTIFACTS, DIST, dataset, longDate, nf, serve, headlineClaim as harnessHeadlineClaim } from './harness.mjs';
import { EngineExplainer } from './page.mjs';

const OUT = join(ARTIFACTS, 'engines');
await mkdir(OUT, { recursive: true });
const data = await dataset();
const story = data.story;

const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB = process.env.XVFB ?? '/usr/bin/Xvfb';
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const WIDTH = 1280;
const HEIGHT = 900;

// ---------------------------------------------------------------------------------------------------------------
// What the page must show, from the dataset.

const plotDate = (c) => c.published ?? c.as_of;

const headlineClaim = (claimant) => harnessHeadlineClaim(data, claimant);
const official = headlineClaim(data.meta.headline.official);
const independent = headlineClaim(data.meta.headline.independent);

/** Persian digits read back as ASCII, everything else dropped: "۱۲٬۳۴۵" → "12345". */
const persianDigitsValue = (t) => t.replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[^0-9]/g, '');

// ---------------------------------------------------------------------------------------------------------------
// The error probe for engines without a console API: a same-origin script first in <head>.

const PROBE_PATH = '/e2e-probe.js';
const PROBE = `(() => {
  const problems = (window.__e2eProblems = []);
  const text = (v) => {
    try { return v instanceof Error ? v.name + ': ' + v.message : typeof v === 'string' ? v : JSON.stringify(v); }
    catch { return String(v); }
  };
  const error = console.error;
  console.error = function (...args) {
    problems.push('console error: ' + args.map(text).join(' '));
    return error.apply(this, args);
  };
  window.addEventListener('error', (e) => {
    if (e instanceof ErrorEvent) problems.push('page error: ' + e.message + ' (' + e.filename + ':' + e.lineno + ')');
    else problems.push('failed to load: <' + (e.target && e.target.localName) + '> ' + ((e.target && (e.target.src || e.target.href)) || ''));
  }, true);
  window.addEventListener('unhandledrejection', (e) => problems.push('unhandled rejection: ' + text(e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => problems.push('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));
  const leaves = (name) => {
    const u = new URL(name, location.href);
    return u.protocol !== 'data:' && u.protocol !== 'blob:' && u.origin !== location.origin;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (leaves(e.name)) problems.push('request left the origin: ' + e.name);
  }).observe({ type: 'resource', buffered: true });
  window.__e2eProbe = true;
})();
`;

/**
 * The server for WebKit: the harness's own server (nginx with deploy/explainer.conf: its CSP, types and headers; and
 * the harness's dataset) over a copy of dist/ whose editions' pages load the probe first in <head>. The copy's
 * precompressed siblings of those pages are removed so that the server cannot send the unprobed page.
 */
async function serveWithProbe() {
  // (With E2E_DATASET the harness serves a copy of this, named after it, in e2e/artifacts/<dataset>/.)
  const dir = join(tmpdir(), `toll-e2e-${process.getuid?.() ?? 'user'}`, 'webkit-probe-dist');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dirname(dir), { recursive: true });
  await cp(DIST, dir, { recursive: true, preserveTimestamps: true });
  // Both editions' pages (core/src/door.rs).
  for (const page of ['index.html', 'fa.html']) {
    const html = await readFile(join(DIST, page), 'utf8');
    const tag = `<script src=".${PROBE_PATH}"></script>`;
    const withProbe = /<meta charset[^>]*>/i.test(html) ? html.replace(/(<meta charset[^>]*>)/i, `$1${tag}`) : html.replace(/<head>/i, `<head>${tag}`);
    assert.notEqual(withProbe, html, `the probe went into ${page}`);
    await writeFile(join(dir, page), withProbe);
    await rm(join(dir, `${page}.br`), { force: true });
    await rm(join(dir, `${page}.gz`), { force: true });
  }
  await writeFile(join(dir, PROBE_PATH.slice(1)), PROBE);
  const server = await serve(dir);
  return { url: server.url, close: async () => { await server.close(); await rm(dir, { recursive: true, force: true }); } };
}

/**
 * Runs in the page, for the positive control: a console error, an uncaught error, an image that is not there (404),
 * an inline script (which the page's CSP blocks, when the server sends one) and an image from another origin.
 */
const PROVOKE = (other) => {
  console.error('e2e-control console');
  setTimeout(() => { throw new Error('e2e-control thrown'); });
  const missing = document.createElement('img');
  missing.src = './e2e-control-missing.png';
  document.body.append(missing);
  const inline = document.createElement('script');
  inline.textContent = 'window.e2eControlInline = true;';
  document.head.append(inline);
  const far = document.createElement('img');
  far.src = `${other}e2e-control-far.png`;
  document.body.append(far);
};

// ---------------------------------------------------------------------------------------------------------------
// Processes, started by this file and ended in after() hooks.

const started = [];
function start(cmd, args, env = {}) {
  const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout.resume();
  let stderr = '';
  child.stderr.on('data', (b) => { stderr = (stderr + b).slice(-4000); });
  child.stderrText = () => stderr;
  started.push(child);
  return child;
}
/** Ends a process this file started (its process group: WebKitWebDriver's MiniBrowser, Xvfb). */
async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((ok) => child.once('exit', ok));
  try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
  if (await Promise.race([gone.then(() => true), sleep(3000).then(() => false)])) return;
  try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
  await gone;
}
/** Last resort (the run interrupted, an after() hook never reached): no Xvfb or WebKit left behind. */
function killStarted() {
  for (const c of started) if (c.exitCode === null && c.signalCode === null) try { process.kill(-c.pid, 'SIGKILL'); } catch { /* gone */ }
}
process.on('exit', killStarted);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    killStarted();
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  });
}

function missing(what) {
  const absent = what.filter(([, path]) => !existsSync(path));
  if (absent.length) {
    throw new Error(`not installed: ${absent.map(([name, path]) => `${name} (${path})`).join(', ')}; run scripts/setup.sh`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// WebKit: a minimal W3C WebDriver client over HTTP.

const KEYS = { ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015', Escape: '\uE00C' };

async function webkitEngine() {
  missing([['WebKitWebDriver (apt webkit2gtk-driver)', WEBKIT_DRIVER], ['MiniBrowser (apt webkit2gtk-driver)', MINIBROWSER], ['Xvfb (apt xvfb)', XVFB]]);
  // Xvfb picks a free display and writes its number once it is ready (-displayfd).
  const xvfb = start(XVFB, ['-displayfd', '1', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp']);
  const display = await new Promise((ok, fail) => {
    let out = '';
    xvfb.stdout.on('data', (b) => { out += b; if (/\d+\n/.test(out)) ok(`:${out.trim()}`); });
    xvfb.once('exit', () => fail(new Error(`Xvfb exited: ${xvfb.stderrText()}`)));
    setTimeout(() => fail(new Error(`Xvfb gave no display in 10 s: ${xvfb.stderrText()}`)), 10000).unref();
  });
  const port = await new Promise((ok) => {
    const probe = createServer().listen(0, '127.0.0.1', () => { const { port } = probe.address(); probe.close(() => ok(port)); });
  });
  const driver = start(WEBKIT_DRIVER, [`--port=${port}`], { DISPLAY: display });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const r = await fetch(base + path, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const json = await r.json();
    if (!r.ok || json.value?.error) throw new Error(`WebDriver ${method} ${path}: ${json.value?.error} ${json.value?.message}`);
    return json.value;
  };
  for (let i = 0; ; i++) {
    try { await call('GET', '/status'); break; } catch (e) {
      if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited: ${driver.stderrText()}`);
      if (i > 100) throw new Error(`WebKitWebDriver did not answer: ${e.message}`);
      await sleep(100);
    }
  }
  const { sessionId, capabilities } = await call('POST', '/session', {
    capabilities: {
      alwaysMatch: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    },
  });
  const s = `/session/${sessionId}`;
  await call('POST', `${s}/window/rect`, { width: WIDTH, height: HEIGHT });
  const server = await serveWithProbe();
  const evaluate = (fn, ...args) => call('POST', `${s}/execute/sync`, { script: `return (${fn}).apply(null, arguments)`, args });
  const actions = async (list) => {
    await call('POST', `${s}/actions`, { actions: list });
    await call('DELETE', `${s}/actions`);
  };
  return {
    name: 'webkit',
    server,
    version: async () => `${capabilities.browserName} ${capabilities.browserVersion}`,
    async goto(query) {
      await call('POST', `${s}/url`, { url: server.url + query });
      // The probe runs first in <head>; without it the page's silence would prove nothing.
      assert.equal(await evaluate(() => window.__e2eProbe === true), true, 'the error probe runs in the page');
    },
    evaluate,
    async click(selector) {
      const el = await call('POST', `${s}/element`, { using: 'css selector', value: selector });
      await call('POST', `${s}/element/${Object.values(el)[0]}/click`, {});
    },
    press: (key) => actions([{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: KEYS[key] }, { type: 'keyUp', value: KEYS[key] }] }]),
    move: (x, y) =>
      actions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [{ type: 'pointerMove', duration: 0, origin: 'viewport', x: Math.round(x), y: Math.round(y) }] }]),
    async screenshot(name) {
      await writeFile(join(OUT, `webkit-${name}.png`), Buffer.from(await call('GET', `${s}/screenshot`), 'base64'));
    },
    async problems() {
      return (await evaluate(() => window.__e2eProblems ?? ['the error probe is gone'])) ?? [];
    },
    /** Makes the page report problems of every kind, as a positive control of the probe. */
    provoke: (other) => evaluate(PROVOKE, other),
    resetProblems: () => evaluate(() => { window.__e2eProblems.length = 0; }),
    async close() {
      await call('DELETE', s).catch(() => {});
      await server.close();
      await stop(driver);
      await stop(xvfb);
    },
    async kill() {
      await stop(driver);
      await stop(xvfb);
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Firefox: puppeteer-core over WebDriver BiDi.

async function firefoxEngine() {
  missing([['firefox-esr (apt firefox-esr)', FIREFOX]]);
  let puppeteer;
  try {
    puppeteer = (await import('puppeteer-core')).default;
  } catch (e) {
    throw new Error(`npm puppeteer-core is missing (${e.message}); run scripts/setup.sh`);
  }
  const server = await serve();
  let browser;
  let page;
  try {
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
    page = await browser.newPage();
    await page.setViewport({ width: WIDTH, height: HEIGHT });
  } catch (e) {
    await browser?.close().catch(() => {});
    await server.close();
    throw e;
  }
  const origin = new URL(server.url).origin;
  let problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message ?? e}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'data:' && u.protocol !== 'blob:' && u.origin !== origin) problems.push(`request left the origin: ${r.url()}`);
  });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  return {
    name: 'firefox',
    server,
    version: () => browser.version(),
    goto: (query) => page.goto(server.url + query, { waitUntil: 'load' }),
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key),
    move: (x, y) => page.mouse.move(x, y),
    screenshot: (name) => page.screenshot({ path: join(OUT, `firefox-${name}.png`) }),
    problems: async () => problems,
    provoke: (other) => page.evaluate(PROVOKE, other),
    resetProblems: async () => { problems = []; },
    async close() {
      await browser.close().catch(() => {});
      await server.close();
    },
    async kill() {
      const proc = browser.process();
      await browser.close().catch(() => {});
      if (proc && proc.exitCode === null) proc.kill('SIGKILL');
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The checks, the same for each engine.

async function assertClean(e) {
  // A moment for late errors (a rejected promise, a resource still loading) to arrive.
  await sleep(200);
  assert.deepEqual(await e.problems(), [], `${e.name}: console errors, page errors or requests off the origin`);
}

function figureOf(c) {
  return c.basis === 'range' ? nf.format(c.low) : nf.format(c.value ?? c.low);
}

const factories = { webkit: webkitEngine, firefox: firefoxEngine };

for (const [name, factory] of Object.entries(factories)) {
  describe(`smoke in ${name}`, { timeout: 120000 }, () => {
    let e;
    let setupError;
    before(async () => {
      const t0 = Date.now();
      try {
        e = await factory();
        console.log(`${name}: browser session up in ${Date.now() - t0} ms`);
      } catch (err) {
        setupError = err;
      }
    });
    after(async () => {
      await e?.close().catch(async () => e?.kill());
      // Anything started but not ended (a failed start) goes too.
      for (const c of started) await stop(c);
    });
    /** The engine, or the reason it could not start, as a failure of the test asking for it. */
    const engine = () => {
      if (setupError) throw new Error(`${name} could not start: ${setupError.message}`);
      return e;
    };

    test('the error capture reports what it should (positive control)', async () => {
      const e = engine();
      await new EngineExplainer(e).open();
      await e.resetProblems();
      // What the server sends decides what the page may load: with a CSP, the inline script is a violation.
      const csp = (await fetch(e.server.url)).headers.get('content-security-policy');
      const expected = {
        'a console error': 'e2e-control console',
        'an uncaught error': 'e2e-control thrown',
        'an image that is not there': 'e2e-control-missing.png',
        // Blocked by the CSP (reported as a violation, naming the URL), or else seen leaving the origin.
        'an image from another origin': csp ? 'e2e-control-far.png' : 'left the origin: http://localhost',
        ...(csp ? { 'an inline script against the CSP': 'script-src-elem' } : {}),
      };
      await e.provoke(e.server.url.replace('127.0.0.1', 'localhost'));
      let got = [];
      const unseen = () => Object.entries(expected).filter(([, token]) => !got.some((x) => x.includes(token))).map(([what]) => what);
      for (let i = 0; i < 50 && unseen().length; i++) {
        await sleep(100);
        got = await e.problems();
      }
      assert.deepEqual(unseen(), [], `${name} reported:\n${got.join('\n')}`);
      console.log(`${name}: the capture reported ${Object.keys(expected).join(', ')}${csp ? '' : ' (no CSP sent)'}`);
      await e.resetProblems();
    });

    test('renders: the title, the chart, the two key figures and the gap, from the dataset', async () => {
      const e = engine();
      const explainer = new EngineExplainer(e);
      const t0 = Date.now();
      await explainer.open();
      const ms = Date.now() - t0;
      const page = await explainer.overview();
      assert.equal(page.lang, 'en');
      assert.equal(page.dir, 'ltr');
      assert.equal(page.title, data.meta.title);
      assert.deepEqual(page.series, data.claimants.filter((c) => data.claims.some((k) => k.claimant === c.id)).map((c) => c.id), 'one series per claimant');
      assert.equal(page.hits, data.claims.length, 'one point per claim');
      assert.ok(page.chartBox.w > 300 && page.chartBox.h > 150, `the chart is drawn: ${JSON.stringify(page.chartBox)}`);
      assert.ok(page.overflow <= 0, `scrolls sideways by ${page.overflow}px`);
      assert.equal(page.official.claim, official.id);
      assert.equal(page.independent.claim, independent.id);
      assert.ok(page.official.text.includes(nf.format(official.value)), page.official.text);
      assert.ok(page.independent.text.includes(nf.format(independent.value)), page.independent.text);
      assert.ok(page.official.text.includes(longDate(plotDate(official))), page.official.text);
      assert.ok(page.independent.text.includes(longDate(plotDate(independent))), page.independent.text);
      assert.ok(page.gap.includes(nf.format(Math.abs(independent.value - official.value))), `${page.gap}: the difference`);
      assert.ok(page.gap.includes(longDate(plotDate(independent))) && page.gap.includes(longDate(plotDate(official))), `${page.gap}: both dates`);
      await e.screenshot('en-1280');
      console.log(`${name} (${await e.version()}): live app ready in ${ms} ms`);
      await assertClean(e);
    });

    test('the tooltip opens by keyboard (focus a point, arrow key) and by pointer', async () => {
      const e = engine();
      const explainer = new EngineExplainer(e);
      await explainer.open();
      // Keyboard: focus the chart's one tab stop; the right arrow moves to another point, the tooltip follows.
      const first = await explainer.focusChart();
      assert.ok(first, 'a point takes focus');
      await explainer.tooltip('the tooltip on focus');
      await e.press('ArrowRight');
      const second = await explainer.focusMovedFrom(first.id, 5000);
      assert.ok(second.x >= first.x, 'right moves forward in time');
      const byKey = await explainer.tooltip('the tooltip for the new point');
      const focused = second.kind === 'claim' ? data.claims.find((c) => c.id === second.id) : null;
      if (focused) assert.ok(byKey.includes(figureOf(focused)), `${second.id}: ${byKey} should give ${figureOf(focused)}`);
      else {
        const o = data.connectivity.find((c) => c.id === second.id);
        assert.ok(o, `${second.id} is a claim or an observation of the dataset`);
      }
      await e.screenshot('tooltip-keyboard-1280');
      await e.press('Escape');
      await explainer.tooltipClosed('the tooltip to close on Escape', 5000);
      // Pointer: a fresh page, the mouse over the official headline figure's point.
      await explainer.open();
      assert.equal(await explainer.tooltipNow(), null, 'no tooltip before the pointer comes');
      const at = await explainer.pointCentre(official.id);
      assert.ok(at, `a point for ${official.id}`);
      await e.move(at.x, at.y);
      const byPointer = await explainer.tooltip('the tooltip under the pointer', 5000);
      assert.ok(byPointer.includes(nf.format(official.value)), `${byPointer} should give ${nf.format(official.value)}`);
      assert.ok(byPointer.includes(longDate(plotDate(official))), `${byPointer} should give ${longDate(plotDate(official))}`);
      await e.screenshot('tooltip-pointer-1280');
      await assertClean(e);
    });

    test('the story steps forward (or, for a dataset without a story, there is none)', async () => {
      const e = engine();
      const explainer = new EngineExplainer(e);
      await explainer.open();
      const steps = await explainer.storySteps();
      assert.equal(steps, story.length, 'one step per story step');
      if (story.length < 2) {
        assert.equal(await explainer.storyCount(), story.length ? 1 : 0);
        console.log(`${name}: the dataset has ${story.length} story step(s); stepping not exercised`);
        await assertClean(e);
        return;
      }
      assert.equal(await explainer.currentStep('the first step current'), story[0].id);
      await explainer.stepForward(story[0].id);
      await explainer.stepIs(story[1].id, `step ${story[1].id}`, 5000);
      assert.equal(await explainer.fragment(), `#${story[1].id}`);
      const { start, end } = story[1].window;
      const desc = await explainer.storyChartSays(`between ${longDate(start)} and ${longDate(end)}`, 'the story chart to show the step\'s window', 5000);
      assert.ok(desc);
      await e.screenshot('story-step-2-1280');
      await assertClean(e);
    });

    test('the Persian edition: <html dir=rtl lang=fa>, the key figures in Persian digits, words with a ZWNJ drawn whole', async () => {
      const e = engine();
      const explainer = new EngineExplainer(e);
      await explainer.open('fa.html');
      const page = await explainer.editionOverview();
      assert.equal(page.lang, 'fa');
      assert.equal(page.dir, 'rtl');
      assert.equal(page.direction, 'rtl');
      assert.ok(page.overflow <= 0, `scrolls sideways by ${page.overflow}px`);
      for (const [card, c] of [[page.cards[0], official], [page.cards[1], independent]]) {
        assert.equal(card.claim, c.id);
        // The figure is in Persian digits, reads back as the dataset's value, and has no ASCII digit.
        assert.match(card.figure, /[\u06F0-\u06F9]/, `${card.figure}: Persian digits`);
        assert.doesNotMatch(card.figure, /[0-9]/, `${card.figure}: no ASCII digits`);
        assert.equal(persianDigitsValue(card.figure), String(c.value), `${card.figure} reads as ${c.value}`);
        // And it is what this engine's own fa-IR Intl makes of the value and the day (the page formats with it).
        const [value, date] = await e.evaluate((v, d) => [
          new Intl.NumberFormat('fa-IR', { maximumFractionDigits: 0, useGrouping: 'min2' }).format(v),
          new Intl.DateTimeFormat('fa-IR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${d}T12:00:00Z`)),
        ], c.value, plotDate(c));
        assert.ok(card.text.includes(value), `${card.text} should give ${value}`);
        assert.ok(card.text.includes(date), `${card.text} should give ${date}`);
      }
      const difference = await e.evaluate((v) => new Intl.NumberFormat('fa-IR', { maximumFractionDigits: 0, useGrouping: 'min2' }).format(v), Math.abs(independent.value - official.value));
      assert.ok(page.gap.includes(difference), `${page.gap}: the difference ${difference}`);
      assert.doesNotMatch(page.gap, /[0-9]/, `${page.gap}: no ASCII digits`);
      await e.screenshot('fa-1280');
      // Words joined by a ZWNJ (U+200C: "کشته‌شدگان") are drawn whole: a ZWNJ breaks the joining, so the word is at
      // least as wide as its parts set apart (wider where the font gives the ZWNJ, the "half space", a width; Firefox
      // does for "‌ها" in bold). WebKit drops the letter after every ZWNJ when the font has no space glyph (U+0020).
      // One letter is at least 4 px at the page's sizes, so a word 2 px (or 4 %) narrower than its parts lost one.
      await explainer.fontsLoaded();
      const zwnj = await explainer.zwnjWidths();
      assert.ok(zwnj.length >= 2, `the page has words with a ZWNJ to check (${zwnj.length})`);
      const dropped = zwnj.filter((z) => z.parts - z.whole > Math.max(2, z.parts * 0.04));
      assert.deepEqual(dropped.map((z) => `${z.host}: ${z.word} is ${z.whole.toFixed(1)}px, its parts ${z.parts.toFixed(1)}px`), [], 'ZWNJ words drawn whole (no letter lost after a ZWNJ)');
      await assertClean(e);
    });
  });
}
