// The host formatters (core/src/format.rs for en-GB, build/src/icu_format.rs for fa-IR; used for tests, the command
// line and the build's pages) must print exactly what the browser's Intl prints for the page's locale, with the options
// src/intl.rs uses. The samples come from the core's own binary; Chromium formats the same values here, and every
// string is compared byte for byte.
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

/** What the host formatter for `locale` prints (build/src/bin/format-samples.rs). */
const hostSamples = (locale) =>
  JSON.parse(
    execFileSync('cargo', ['run', '--quiet', '--locked', '-p', 'explainer-build', '--bin', 'format-samples', '--', locale], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  );

/** Code points of a string that is not plain ASCII, for a readable failure. */
const cps = (v) => (typeof v === 'string' && /[^\x20-\x7e]/.test(v) ? `${v} [${[...v].map((c) => c.codePointAt(0).toString(16).padStart(4, '0')).join(' ')}]` : v);

for (const [locale, minimum] of [[LOCALE, 200], ['fa-IR', 300]]) {
  test(`the host formatter prints what Chromium's Intl prints for ${locale} (numbers, percentages, years, dates, lists, plurals)`, async () => {
    const samples = hostSamples(locale);
    assert.equal(samples.locale, locale);
    const p = await openPage(browser, server.url);
    await p.page.goto(server.url);
    const browserSays = await p.page.evaluate(([s, locale]) => {
      const g = s.grouping;
      const n = (o) => new Intl.NumberFormat(locale, o);
      const day = (iso) => new Date(`${iso}T12:00:00Z`);
      const long = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      const short = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
      const gregorian = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', calendar: 'gregory', timeZone: 'UTC' });
      const dayMonth = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' });
      const gregorianDayMonth = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', calendar: 'gregory', timeZone: 'UTC' });
      const list = new Intl.ListFormat(locale, { type: 'conjunction' });
      const plural = new Intl.PluralRules(locale);
      return {
        integer: s.integer.map(([v]) => [v, n({ maximumFractionDigits: 0, useGrouping: g }).format(v)]),
        decimal: s.decimal.map(([v, d]) => [v, d, n({ maximumFractionDigits: d, useGrouping: g }).format(v)]),
        percent: s.percent.map(([v]) => [v, n({ style: 'percent', maximumFractionDigits: 2, useGrouping: g }).format(v / 100)]),
        year: s.year.map(([v]) => [v, n({ useGrouping: false }).format(v)]),
        date: s.date.map(([iso]) => [iso, long.format(day(iso)), short.format(day(iso)), gregorian.format(day(iso)), dayMonth.format(day(iso)), gregorianDayMonth.format(day(iso))]),
        list: s.list.map(([items]) => [items, list.format(items)]),
        plural: s.plural.map(([v]) => [v, plural.select(v)]),
      };
    }, [samples, locale]);
    const count = Object.values(browserSays).reduce((t, xs) => t + xs.length, 0);
    assert.ok(count >= minimum, `${count} samples compared`);
    const differences = [];
    for (const k of Object.keys(browserSays)) {
      assert.equal(samples[k].length, browserSays[k].length, k);
      browserSays[k].forEach((row, i) => {
        if (JSON.stringify(row) !== JSON.stringify(samples[k][i])) {
          differences.push(`${k}: host ${samples[k][i].map(cps).join(' | ')}\n${' '.repeat(k.length)}  Chromium ${row.map(cps).join(' | ')}`);
        }
      });
    }
    assert.deepEqual(differences, [], `host ≠ Chromium (${locale}):\n${differences.join('\n')}`);
    console.log(`host formatter = Chromium Intl (${locale}) on ${count} samples`);
    if (process.env.INTL_SAMPLES) console.log(JSON.stringify({ host: samples, chromium: browserSays }));
    p.assertClean();
    await p.close();
  });
}
