// The host formatter (core/src/format.rs, used for tests, the command line and prerendering) must print exactly
// what the browser's Intl prints for the page's locale, with the options src/intl.rs uses. The samples come from
// the core's own binary; Chromium formats the same values here.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { LOCALE, ROOT, launch, openPage, serve } from './harness.mjs';

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

test('the host formatter prints what Chromium\'s Intl prints (numbers, percentages, years, dates, lists, plurals)', async () => {
  const samples = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--locked', '-p', 'explainer-core', '--bin', 'format-samples'], { cwd: ROOT, encoding: 'utf8' }));
  assert.equal(samples.locale, LOCALE);
  const p = await openPage(browser, server.url);
  await p.page.goto(server.url);
  const browserSays = await p.page.evaluate(([s, locale]) => {
    const n = (o) => new Intl.NumberFormat(locale, o);
    const day = (iso) => new Date(`${iso}T12:00:00Z`);
    const long = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const short = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    const list = new Intl.ListFormat(locale, { type: 'conjunction' });
    const plural = new Intl.PluralRules(locale);
    return {
      integer: s.integer.map(([v]) => [v, n({ maximumFractionDigits: 0 }).format(v)]),
      decimal: s.decimal.map(([v, d]) => [v, d, n({ maximumFractionDigits: d }).format(v)]),
      percent: s.percent.map(([v]) => [v, n({ style: 'percent', maximumFractionDigits: 2 }).format(v / 100)]),
      year: s.year.map(([v]) => [v, n({ useGrouping: false }).format(v)]),
      date: s.date.map(([iso]) => [iso, long.format(day(iso)), short.format(day(iso))]),
      list: s.list.map(([items]) => [items, list.format(items)]),
      plural: s.plural.map(([v]) => [v, plural.select(v)]),
    };
  }, [samples, LOCALE]);
  const count = Object.values(browserSays).reduce((t, xs) => t + xs.length, 0);
  assert.ok(count >= 40, `${count} samples compared`);
  for (const k of Object.keys(browserSays)) assert.deepEqual(samples[k], browserSays[k], k);
  console.log(`host formatter = Chromium Intl (${LOCALE}) on ${count} samples`);
  p.assertClean();
  await p.close();
});
