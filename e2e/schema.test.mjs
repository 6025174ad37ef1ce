// The JSON Schemas generated from the Rust types (public/dataset.schema.json, public/translation.schema.json, by
// build/src/schema.rs), checked by an independent validator: ajv, in strict mode, for the draft the schemas declare.
// Every dataset and translation in public/data/ and core/tests/fixtures/ must pass; the invalid corpus's structural
// cases (core/tests/invalid/, chosen by the kind of message each .expect lists) must fail, at the record the
// validator names; the cases the schema leaves to the validator (references, duplicates, dates in order, sums) must
// pass it. Needs no build and no browser: files only (so it does the same with or without E2E_DATASET, adding that
// dataset when it is not one of the listed ones).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const rel = (p) => relative(ROOT, p);
const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));
const DATASET_SCHEMA = join(ROOT, 'public/dataset.schema.json');
const TRANSLATION_SCHEMA = join(ROOT, 'public/translation.schema.json');
const datasetSchema = readJson(DATASET_SCHEMA);
const translationSchema = readJson(TRANSLATION_SCHEMA);

/** ajv for the draft the generated schema names (schemars writes 2020-12 today). */
function ajvFor(schema) {
  const drafts = {
    'https://json-schema.org/draft/2020-12/schema': Ajv2020,
    'http://json-schema.org/draft-07/schema#': Ajv,
  };
  const Class = drafts[schema.$schema];
  assert.ok(Class, `the schema declares ${schema.$schema}, a draft this test has no ajv for`);
  return new Class({ strict: true, allErrors: true });
}
const checkDataset = ajvFor(datasetSchema).compile(datasetSchema);
const checkTranslation = ajvFor(translationSchema).compile(translationSchema);
const errorsOf = (check) => (check.errors ?? []).map((e) => `${e.instancePath || '(top)'} ${e.message}`);

/** Every dataset (x.json) with its translation (x.fa.json) in a folder, by listing it. */
function filesIn(dir) {
  const full = join(ROOT, dir);
  const names = existsSync(full) ? readdirSync(full).filter((n) => n.endsWith('.json')).sort() : [];
  return names.map((n) => join(full, n));
}
const files = [...filesIn('public/data'), ...filesIn('core/tests/fixtures'), ...filesIn('docs/template')];
if (process.env.E2E_DATASET) {
  const extra = resolve(ROOT, process.env.E2E_DATASET);
  for (const f of [extra, extra.replace(/\.json$/, '.fa.json')]) if (existsSync(f) && !files.includes(f)) files.push(f);
}
const isTranslation = (f) => /\.[a-z]{2,3}\.json$/.test(f);

test('every dataset and translation passes its schema, and its "$schema" leads to it', () => {
  const datasets = files.filter((f) => !isTranslation(f));
  assert.ok(datasets.some((f) => f.endsWith('public/data/iran-2026.json')), 'the shipped dataset was found');
  assert.ok(datasets.some((f) => f.endsWith('small.json')), 'the fixture was found');
  for (const f of files) {
    const [check, schemaFile] = isTranslation(f) ? [checkTranslation, TRANSLATION_SCHEMA] : [checkDataset, DATASET_SCHEMA];
    const value = readJson(f);
    assert.ok(check(value), `${rel(f)}:\n  ${errorsOf(check).join('\n  ')}`);
    if (typeof value.$schema === 'string') {
      assert.equal(resolve(dirname(f), value.$schema), schemaFile, `${rel(f)}: "$schema" leads to ${rel(schemaFile)}`);
    }
    console.log(`${rel(f)}: valid (${rel(schemaFile)})`);
  }
  // DATA.md's complete example (which core/tests/data_md.rs loads with the validator) passes too.
  const example = readFileSync(join(ROOT, 'DATA.md'), 'utf8').split('## A small complete example')[1]?.split('```json')[1]?.split('```')[0];
  assert.ok(example, "DATA.md's complete example was found");
  assert.ok(checkDataset(JSON.parse(example)), `DATA.md's example:\n  ${errorsOf(checkDataset).join('\n  ')}`);
  console.log(`${files.length} files and DATA.md's example checked`);
});

// The kinds of message the validator gives (core/src/validate.rs), and whether the schema checks that kind too.
// A corpus case whose .expect names at least one kind the schema checks must be refused by it; a case whose kinds
// are all the validator's alone must pass it; a case none of whose lines is a known kind fails this test (add it).
const KINDS = [
  { kind: 'top level not an object', schema: true, re: /must start with \{/ },
  { kind: 'schema version', schema: true, re: /reads schema version|must be a number \(\d+\), not null/ },
  { kind: 'unknown field', schema: true, re: /is not a field here/ },
  { kind: 'missing field', schema: true, re: /is missing$|missing: the file must say/ },
  { kind: 'wrong type', schema: true, re: /expected .+, found |must not be null/ },
  { kind: 'unknown enum value', schema: true, re: /is not allowed here; use / },
  { kind: 'count (negative, fractional, above 2^53)', schema: true, re: /is negative: counts|is not a whole number|too large for a count|is larger than \d+, the largest count/ },
  { kind: 'date or time format', schema: true, re: /is not a date written|is not a real calendar date|is neither a date|is not a real time of day/ },
  { kind: 'id format', schema: true, re: /may use only a-z, 0-9 and -/ },
  { kind: 'URL format', schema: true, re: /is not an http or https address|contains a space or a control character|has no site name/ },
  { kind: 'text length or blank', schema: true, re: /characters long; the limit is|: is empty$/ },
  { kind: 'empty list', schema: true, re: /every record needs at least one source|must name at least one service/ },
  { kind: 'percentage', schema: true, re: /is not a percentage between/ },
  { kind: 'not JSON', schema: false, re: /not valid JSON|ends too early|the file is empty|web page \(HTML\)/ },
  { kind: 'duplicate key (JSON parsers keep the last)', schema: false, re: /appears twice/ },
  { kind: 'reference', schema: false, re: /is not in [a-z_]+$|which is not in claimants/ },
  { kind: 'duplicate id', schema: false, re: /is used twice in/ },
  { kind: 'dates in order, period', schema: false, re: /outside meta\.period|before it starts|is before the start|after it was published/ },
  { kind: 'rule between fields of a record', schema: false, re: /needs a published date|must say why|must say whether|is set but there is no end|a range needs|only for basis|is required \(only a range|must be less than high|at least two different claims/ },
  { kind: 'sums and parts', schema: false, re: /larger than the total|larger than the range's high|add up to|breakdown is empty/ },
  { kind: 'claimant kind (between records)', schema: false, re: /claimant is not a government/ },
];

/** A count above 2^53 that a JavaScript number cannot tell from 2^53 (9007199254740993 reads as ...992). */
function beyondJsPrecision(line) {
  const m = line.match(/(\d+) is larger than (\d+), the largest count/);
  return Boolean(m) && BigInt(m[1]) > BigInt(m[2]) && Number(m[1]) <= Number(m[2]);
}

/** The JSON pointer of the record a message names (`in claims[1] ("ngo-2").value` → /claims/1), if any. */
function recordPointer(line) {
  const m = line.match(/ in ([a-z_]+)\[(\d+)\]/) ?? line.match(/ in (meta)\b/);
  return m ? `/${m[1]}${m[2] !== undefined ? `/${m[2]}` : ''}` : null;
}

test('the invalid corpus: structural cases are refused at the right record, the others left to the validator', () => {
  const dir = join(ROOT, 'core/tests/invalid');
  const cases = readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
  const checked = new Map(KINDS.filter((k) => k.schema).map((k) => [k.kind, []]));
  const refused = [];
  const left = [];
  const skipped = [];
  const failures = [];
  for (const name of cases) {
    const text = readFileSync(join(dir, name), 'utf8');
    const lines = readFileSync(join(dir, name.replace(/\.json$/, '.expect')), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#') && !l.startsWith('count:'));
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      skipped.push(`${name} (not JSON)`);
      continue;
    }
    const structural = [];
    const others = new Set();
    for (const line of lines) {
      const k = KINDS.find((k) => k.re.test(line));
      if (!k) continue; // a path or a fragment of a message
      if (k.schema && beyondJsPrecision(line)) others.add('count a JavaScript number cannot tell from 2^53');
      else if (k.schema) structural.push({ kind: k.kind, line });
      else others.add(k.kind);
    }
    if (!structural.length && !others.size) {
      failures.push(`${name}: no line of its .expect is a kind of message this test knows; add its kind to KINDS`);
      continue;
    }
    const ok = checkDataset(value);
    const errors = errorsOf(checkDataset);
    if (structural.length) {
      if (ok) {
        failures.push(`${name}: the schema accepted it, but the validator refuses it for: ${structural.map((s) => s.kind).join(', ')}`);
        continue;
      }
      for (const { kind, line } of structural) {
        if (!checked.get(kind).includes(name)) checked.get(kind).push(name);
        const at = recordPointer(line);
        if (at && !(checkDataset.errors ?? []).some((e) => e.instancePath === at || e.instancePath.startsWith(`${at}/`))) {
          failures.push(`${name}: the validator names ${at} (${line}); ajv said:\n    ${errors.join('\n    ')}`);
        }
      }
      refused.push(name);
    } else {
      // Left to the validator: the schema must not refuse what only the validator can see.
      if (!ok) failures.push(`${name}: only the validator's rules (${[...others].join(', ')}) apply, but the schema refused it:\n    ${errors.join('\n    ')}`);
      left.push(`${name} (${[...others].join(', ')})`);
    }
  }
  console.log(`${cases.length} corpus cases: ${refused.length} refused by the schema, ${left.length} passed it (the validator's rules alone), ${skipped.length} skipped`);
  for (const [kind, names] of checked) console.log(`  schema refuses ${kind}: ${names.length} (${names.join(', ')})`);
  console.log(`  left to the validator:\n    ${left.join('\n    ')}`);
  console.log(`  skipped: ${skipped.join(', ')}`);
  assert.deepEqual(failures, [], failures.join('\n'));
  assert.ok(refused.length > 0, 'no case was checked');
  for (const [kind, names] of checked) assert.ok(names.length > 0, `no corpus case of kind "${kind}"`);
  assert.ok(left.length > 0 && skipped.length > 0);
});

/** The fixture, changed by `edit`, against the dataset schema: the errors ajv gives. */
function mutated(edit) {
  const value = readJson(join(ROOT, 'core/tests/fixtures/small.json'));
  edit(value);
  return checkDataset(value) ? [] : errorsOf(checkDataset);
}

test('a valid dataset with one thing wrong fails, where it is wrong', () => {
  const wrong = {
    'a required field removed': [(d) => delete d.claims[0].reliability, "/claims/0 must have required property 'reliability'"],
    'a top-level list removed': [(d) => delete d.notes, "(top) must have required property 'notes'"],
    'an unknown field': [(d) => (d.meta.note = 'x'), '/meta must NOT have additional properties'],
    'a negative count': [(d) => (d.claims[0].value = -1), '/claims/0/value must be >= 0'],
    'a fractional count': [(d) => (d.claims[0].value = 1.5), '/claims/0/value must be integer,null'],
    'a count in quotes': [(d) => (d.claims[0].value = '12'), '/claims/0/value must be integer,null'],
    'a count above 2^53': [(d) => (d.claims[0].value = 2 ** 54), '/claims/0/value must be <= 9007199254740992'],
    'an unknown enum value': [(d) => (d.claims[0].basis = 'guess'), '/claims/0/basis must be equal to one of the allowed values'],
    'an id with capitals': [(d) => (d.sources[0].id = 'S1'), '/sources/0/id must match pattern'],
    'a javascript: address': [(d) => (d.sources[0].url = 'javascript:alert(1)'), '/sources/0/url must match pattern'],
    'no sources': [(d) => (d.claims[0].sources = []), '/claims/0/sources must NOT have fewer than 1 items'],
    'a blank summary': [(d) => (d.claims[0].summary = ' \u00a0 '), '/claims/0/summary must match pattern'],
    'a summary too long': [(d) => (d.claims[0].summary = 'x'.repeat(2001)), '/claims/0/summary must NOT have more than 2000 characters'],
    'a date that is no day': [(d) => (d.meta.updated = '2025-02-29'), '/meta/updated must match pattern'],
    'a "$schema" that is not text': [(d) => (d.$schema = 5), '/$schema must be string'],
    'another schema version': [(d) => (d.schema_version = 2), '/schema_version must be equal to constant'],
  };
  for (const [what, [edit, expected]] of Object.entries(wrong)) {
    const errors = mutated(edit);
    assert.ok(errors.some((e) => e.startsWith(expected)), `${what}: expected "${expected}…", ajv said: ${JSON.stringify(errors)}`);
  }
  // What the types allow passes: no "$schema" (it is optional), 2^53 exactly, a leap day, a blank optional text.
  assert.deepEqual(mutated((d) => delete d.$schema), []);
  assert.deepEqual(mutated((d) => (d.claims[0].value = 2 ** 53)), []);
  assert.deepEqual(mutated((d) => (d.meta.updated = '2024-02-29')), []);
  assert.deepEqual(mutated((d) => (d.claims[0].scope = ' ')), []);
});

test('a translation with one thing wrong fails', () => {
  const fa = () => readJson(join(ROOT, 'core/tests/fixtures/small.fa.json'));
  const id = Object.keys(fa().claims)[0];
  const wrong = [
    [(t) => (t.claims[id].value = 'x'), `/claims/${id} must NOT have additional properties`],
    [(t) => (t.claims['Not An Id'] = {}), '/claims must NOT have additional properties'],
    [(t) => (t.schema_version = 2), '/schema_version must be equal to constant'],
    [(t) => delete t.lang, "(top) must have required property 'lang'"],
    [(t) => (t.$schema = null), '/$schema must be string'],
  ];
  for (const [edit, expected] of wrong) {
    const t = fa();
    edit(t);
    assert.equal(checkTranslation(t), false, expected);
    assert.ok(errorsOf(checkTranslation).some((e) => e.startsWith(expected)), `expected "${expected}", got ${errorsOf(checkTranslation)}`);
  }
});

test('the date, time and address patterns read as the validator reads them', () => {
  const date = new RegExp(datasetSchema.$defs.Date.pattern, 'u');
  const moment = new RegExp(datasetSchema.$defs.Moment.pattern, 'u');
  const url = new RegExp(datasetSchema.$defs.Source.properties.url.pattern, 'u');
  const two = (n) => String(n).padStart(2, '0');
  let n = 0;
  for (const y of [1900, 1999, 2000, 2023, 2024, 2026, 2100, 2400]) {
    for (let m = 0; m <= 13; m++) {
      const days = m >= 1 && m <= 12 ? new Date(Date.UTC(y, m, 0)).getUTCDate() : 0;
      for (let d = 0; d <= 32; d++, n++) {
        const s = `${y}-${two(m)}-${two(d)}`;
        assert.equal(date.test(s), d >= 1 && d <= days, s);
      }
    }
  }
  for (let h = 0; h <= 25; h++) {
    for (const min of [0, 30, 59, 60, 99]) {
      const s = `2026-01-08T${two(h)}:${two(min)}`;
      assert.equal(moment.test(s), h < 24 && min < 60, s);
    }
  }
  for (const s of ['2026-1-08', '2026-01-08 20:00', '2026-01-08T20:00:00', '２０２６-01-08', '2026-01-08T2000']) {
    assert.equal(moment.test(s), false, s);
  }
  const good = ['https://example.org/a?b#c', 'HTTP://example.org', 'http://x', 'https://example.org/%20a'];
  const bad = ['https:///x', 'https://?q', 'https://#f', 'https://', 'https://a b', 'https://a\tb', 'https://a\u00a0b', 'https://a\u0085b',
    'https://a\u2028b', 'https://a\u0000b', 'ftp://example.org', 'javascript:alert(1)', 'data:text/html,x', ' https://example.org'];
  for (const s of good) assert.ok(url.test(s), s);
  for (const s of bad) assert.ok(!url.test(s), JSON.stringify(s));
  console.log(`${n} dates, 130 times, ${good.length + bad.length} addresses compared`);
});
