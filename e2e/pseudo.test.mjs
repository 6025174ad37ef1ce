// A second locale changes every word on the page. The `pseudo-locale` test build (scripts/test.sh builds it into
// dist-pseudo/) brackets every string of the locale in ⟦…⟧ and every number, date and list in ⟪…⟫. Here, every
// text node and every accessible name on the page, with its details opened, a tooltip, the embed codes and the
// table shown, must be brackets or the dataset's own text: nothing else may be written by the code.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, dataset, launch, openPage, serveNode } from './harness.mjs';

const PSEUDO = join(ROOT, 'dist-pseudo');
let server;
let browser;
before(async () => {
  assert.ok(existsSync(join(PSEUDO, 'index.html')), 'no pseudo-locale build: run `trunk build --release --features pseudo-locale --dist dist-pseudo`');
  // The Node server, without the CSP: this test build (never shipped) calls `new Function` under nginx's strict CSP
  // (js-sys's global-object fallback), which the shipped build does not (every other test runs under that CSP).
  server = await serveNode(PSEUDO);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Every text node and accessible name (aria-label, title) in the page. */
const texts = (page) =>
  page.evaluate(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      // <noscript> is the static shell's (index.html), not the app's; each door's built page carries its edition's note.
      if (!n.parentElement.closest('script, style, textarea, noscript')) out.push(n.textContent);
    }
    for (const el of document.querySelectorAll('[aria-label], [title]')) out.push(el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '');
    return out.filter((t) => t.trim());
  });

/** What is left of `text` outside the brackets, as pieces. */
function outside(text) {
  let out = text;
  for (;;) {
    const before = out;
    out = out.replace(/⟦[^⟦⟧]*⟧/g, '\u0001').replace(/⟪[^⟪⟫]*⟫/g, '\u0001');
    if (out === before) return out.split('\u0001').map((p) => p.trim());
  }
}

test('pseudo-locale: every word on the page comes from the locale or from the dataset', async () => {
  const data = await dataset();
  const own = [];
  const walk = (v) => (typeof v === 'string' ? own.push(v) : v && typeof v === 'object' && Object.values(v).forEach(walk));
  walk(data);
  const p = await openPage(browser, server.url, { width: 1280, height: 900 });
  await p.page.goto(server.url);
  await p.page.locator('[data-testid=toll-chart] svg.chart').waitFor({ timeout: 15000 });
  await p.page.locator('footer [data-testid=updated]').waitFor({ timeout: 15000 });
  assert.equal(await p.page.locator('html').getAttribute('lang'), 'en', 'the locale keeps its codes');
  await p.page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  await p.page.locator('[data-testid=embed-button]').click();
  await p.page.locator('[data-testid=toll-chart] .hit[tabindex="0"]').focus();
  await p.page.locator('[data-testid=tooltip]').waitFor();
  const shown = await texts(p.page);
  await p.page.locator('#tab-table').click();
  await p.page.locator('[data-testid=claims-table]').waitFor();
  shown.push(...(await texts(p.page)));
  // Every claim is a table row of 8 cells, so there are at least that many texts, and the locale wrote the headings.
  assert.ok(shown.length >= data.claims.length * 8, `${shown.length} texts read`);
  const bracketed = shown.filter((t) => t.includes('⟦')).length;
  assert.ok(bracketed > 100, `the pseudo-locale is in use (${bracketed} bracketed texts)`);
  const left = [];
  for (const t of shown) {
    for (const piece of outside(t)) {
      if (/\p{L}/u.test(piece) && !own.some((s) => s.includes(piece))) left.push(`${JSON.stringify(piece)} in ${JSON.stringify(t.slice(0, 120))}`);
    }
  }
  assert.deepEqual([...new Set(left)], [], 'text written by the code, not the locale');
  console.log(`pseudo-locale: ${shown.length} texts on the page, ${bracketed} from the locale, none from elsewhere`);
  p.assertClean();
  await p.close();
});
