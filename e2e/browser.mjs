// Browsers for the end-to-end tests: Debian's Chromium through playwright-core, a page that records console errors
// and any request leaving the page's origin, and axe-core's accessibility check.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from './serve.mjs';

/** Chromium's flags for the tests: no sandbox (root), and kept off the network (nothing but the page's server). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}

/**
 * Opens a page at `width` that records problems: console errors, page errors, failed requests and requests to any
 * origin but `origin` (one, or a list for a host page and the explainer it embeds). Call `assertClean()` at the end.
 */
export async function openPage(browser, origin, { width = 1280, height = 900, colorScheme = 'light', hasTouch = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, hasTouch, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems = [];
  const allowedErrors = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !allowedErrors.some((re) => re.test(m.text()))) problems.push(`console error: ${m.text()} (${m.location()?.url ?? 'no address'})`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol === 'data:') return;
    const allowed = (Array.isArray(origin) ? origin : [origin]).map((o) => new URL(o).origin);
    if (!allowed.includes(u.origin)) problems.push(`request left the origin: ${r.url()}`);
  });
  // Opening an explainer's page waits for the app to have taken it over (`#app[data-ready]`, src/app.rs): the built
  // page is on screen at once, but answers clicks only then. A page that shows a failure, a host page (no `#app`),
  // the check page and `waitUntil: 'commit'` do not wait.
  const goto = page.goto.bind(page);
  page.goto = async (url, options = {}) => {
    const response = await goto(url, options);
    if (options.waitUntil === 'commit' || String(url).startsWith('file:')) return response;
    await page
      .waitForFunction(
        () =>
          !document.getElementById('app') ||
          document.querySelector('#app[data-ready], [data-testid=load-error], [data-testid=data-error], html[data-page=check]'),
        null,
        { timeout: 20000 },
      )
      .catch(() => {});
    return response;
  };
  return {
    page,
    context,
    problems,
    /** Console errors matching `re` are expected in this test (e.g. the 404 that a test provokes). */
    allowConsoleError: (re) => allowedErrors.push(re),
    assertClean() {
      if (problems.length) throw new Error(problems.join('\n'));
    },
    close: () => context.close(),
  };
}

/** Runs axe-core (WCAG 2 A and AA rules) on the page; returns its violations, summarised. */
export async function axe(page) {
  // Evaluated through the DevTools protocol rather than added as a <script>: the page's CSP (script-src 'self',
  // sent by nginx on every response) blocks inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(await readFile(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  }
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  return violations;
}
