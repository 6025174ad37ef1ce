// What the page must show, for the end-to-end tests: the dataset served, read as the page reads it; formatters
// that write numbers and dates as the English page does; and, where the core can say it, the core's own answer
// (build/src/bin/oracle.rs), not a second implementation here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATASET_FILE, DIST, ROOT } from './serve.mjs';

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

/** The page's locale for numbers and dates (core/src/strings.rs `intl_locale`), and formatters the tests use to
 * compute what the page must show, independently of the Rust code. */
export const LOCALE = 'en-GB';
export const nf = new Intl.NumberFormat(LOCALE);
const df = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** "2026-01-21" (or a date-time) as the page writes it: "21 January 2026". */
export const longDate = (iso) => df.format(new Date(`${iso.slice(0, 10)}T12:00:00Z`));

/** The core's answers for each dataset a test asked about (by its JSON text). */
const answers = new Map();

/** What the core says the page must show for `data` (any dataset, as parsed JSON): `build/src/bin/oracle.rs`. */
export function oracle(data) {
  const text = JSON.stringify(data);
  if (!answers.has(text)) {
    const dir = mkdtempSync(join(tmpdir(), 'toll-oracle-'));
    try {
      writeFileSync(join(dir, 'dataset.json'), text);
      const out = execFileSync('cargo', ['run', '--quiet', '--locked', '-p', 'explainer-build', '--bin', 'oracle', '--', join(dir, 'dataset.json')], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      answers.set(text, JSON.parse(out));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return answers.get(text);
}

/** The claim a headline claimant's summary card shows (DATA.md, meta.headline), as the core picks it. */
export function headlineClaim(data, claimant) {
  const headline = oracle(data).headline;
  if (!headline) throw new Error('the dataset has no headline figures');
  const id = claimant === data.meta.headline.official ? headline.official : headline.independent;
  return data.claims.find((c) => c.id === id);
}
