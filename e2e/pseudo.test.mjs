// A second locale changes every word on the page. The `pseudo-locale` test build (scripts/test.sh builds it into
// dist-pseudo/) brackets every string of the locale in ⟦…⟧ and every number, date and list in ⟪…⟫. Here, every
// text node and every accessible name on the page, with its details opened, a tooltip, the embed codes and the
// table shown, must be brackets or the dataset's own text: nothing else may be written by the code.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, dataset, launch, openPage, serveNode } from './harness.mjs';
import { Explainer } from './page.mjs';

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
  const explainer = new Explainer(p.page);
  await explainer.visit(server.url);
  await explainer.ready(15000);
  assert.equal(await explainer.language(), 'en', 'the locale keeps its codes');
  // Everything a reader can open: the details, the embed codes, a tooltip, then the table. Every text node and
  // accessible name in the page, but for <noscript> (the static shell's, not the app's).
  await explainer.openAllDetails();
  await explainer.openEmbedCodes();
  await explainer.focusChart();
  await explainer.tooltipShown();
  const shown = await explainer.texts();
  await explainer.openTable();
  await explainer.tableShown();
  shown.push(...(await explainer.texts()));
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
