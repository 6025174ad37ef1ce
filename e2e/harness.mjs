// Shared pieces of the end-to-end tests: a static server for dist/, Debian's Chromium through playwright-core,
// and a page wrapper that records console errors and any request leaving the page's origin.

import { createServer } from 'node:http';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
export const DIST = process.env.DIST ? resolve(process.env.DIST) : join(ROOT, 'dist');
/** The dataset the suite runs against: the shipped one, or another (`E2E_DATASET=core/tests/fixtures/small.json`),
 * served in its place, so that no expectation can depend on one story. Screenshots go to a folder per dataset. */
export const DATASET_FILE = process.env.E2E_DATASET ? resolve(ROOT, process.env.E2E_DATASET) : null;
export const DATASET_NAME = DATASET_FILE ? basename(DATASET_FILE, '.json') : 'shipped';
export const ARTIFACTS = join(ROOT, 'e2e', 'artifacts', ...(DATASET_FILE ? [DATASET_NAME] : []));
await mkdir(ARTIFACTS, { recursive: true });

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves `dir` on 127.0.0.1 at a free port. `overrides` maps a path to a handler `(req, res) => void`, for
 * faults the browser's request interception cannot make (a body that breaks off). Returns { url, close }.
 */
export async function serve(dir = DIST, overrides = {}, headers = {}, prefix = '/') {
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (!overrides[path]) {
        if (!path.startsWith(prefix)) throw new Error('outside the prefix');
        path = `/${path.slice(prefix.length)}`;
      }
      if (overrides[path]) return overrides[path](req, res);
      if (DATASET_FILE && path === '/data/iran-2026.json') {
        res.writeHead(200, { 'content-type': MIME['.json'], ...headers });
        return res.end(await readFile(DATASET_FILE));
      }
      // The dataset's Persian text, beside it (`small.json` → `small.fa.json`).
      if (DATASET_FILE && path === '/data/iran-2026.fa.json') {
        res.writeHead(200, { 'content-type': MIME['.json'], ...headers });
        return res.end(await readFile(DATASET_FILE.replace(/\.json$/, '.fa.json')));
      }
      let file = normalize(join(dir, path));
      if (!file.startsWith(dir)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((ok) => server.close(ok)) };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
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
    if (m.type() === 'error' && !allowedErrors.some((re) => re.test(m.text()))) problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol === 'data:') return;
    const allowed = (Array.isArray(origin) ? origin : [origin]).map((o) => new URL(o).origin);
    if (!allowed.includes(u.origin)) problems.push(`request left the origin: ${r.url()}`);
  });
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

/** The dataset the page is served (see DATASET_FILE). */
export async function dataset() {
  const d = JSON.parse(await readFile(DATASET_FILE ?? join(DIST, 'data', 'iran-2026.json'), 'utf8'));
  // The optional lists, as the page reads them (absent is empty).
  for (const k of ['story', 'annotations', 'shared_origins']) d[k] ??= [];
  d.meta.corrections ??= [];
  return d;
}

/** Claimants with at least one claim (the chart's series), in dataset order. */
export const plotted = (data) => data.claimants.filter((c) => data.claims.some((k) => k.claimant === c.id));

/** Days from `a` to `b` (ISO dates or date-times). */
export const daysBetween = (a, b) => Math.round((Date.parse(b.slice(0, 10)) - Date.parse(a.slice(0, 10))) / 86400000);

/** The ISO date `n` days after `iso`. */
export const addDays = (iso, n) => new Date(Date.parse(iso.slice(0, 10)) + n * 86400000).toISOString().slice(0, 10);

/** Runs axe-core (WCAG 2 A and AA rules) on the page; returns its violations, summarised. */
export async function axe(page) {
  await page.addScriptTag({ path: join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  return violations;
}

/** The page's locale for numbers and dates (core/src/strings.rs `intl_locale`), and formatters the tests use to
 * compute what the page must show, independently of the Rust code. */
export const LOCALE = 'en-GB';
export const nf = new Intl.NumberFormat(LOCALE);
const df = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** "2026-01-21" (or a date-time) as the page writes it: "21 January 2026". */
export const longDate = (iso) => df.format(new Date(`${iso.slice(0, 10)}T12:00:00Z`));
