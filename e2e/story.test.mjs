// The guided story, "what was known on…", the comparison: reachable every way, and every number in the text
// equal to the dataset value it claims to show (computed here, independently of the Rust code).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ARTIFACTS, LOCALE, addDays, axe, dataset, daysBetween, launch, longDate, nf, openPage, plotted, serve } from './harness.mjs';
import { Explainer } from './page.mjs';

let server;
let browser;
const data = await dataset();
/** Story tests need a story; a dataset without one is checked to show none. */
const noStory = data.story.length === 0 && 'the dataset has no story';

before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const claim = (id) => data.claims.find((c) => c.id === id);
const event = (id) => data.blackout_events.find((e) => e.id === id);
const days = daysBetween;

/** Opens the explainer (at `frag`) in `page` and waits until its story's chart is drawn (the explorer's, without a
 * story); returns it. */
async function open(page, frag = '') {
  const explainer = new Explainer(page);
  await page.goto(server.url + frag);
  await (noStory ? explainer.liveChart(15000) : explainer.storyChartDrawn(15000));
  return explainer;
}

describe('story', () => {
  test('the story section is there exactly when the dataset has a story', async () => {
    const p = await openPage(browser, server.url);
    const explainer = await open(p.page);
    assert.equal(await explainer.storySteps(), data.story.length);
    assert.equal(await explainer.storySections(), data.story.length ? 1 : 0);
    p.assertClean();
    await p.close();
  });

  test('every step by button, with its own fragment and chart window', { skip: noStory }, async () => {
    const p = await openPage(browser, server.url, { width: 1280, height: 900 });
    const explainer = await open(p.page);
    assert.equal(await explainer.currentStep(), data.story[0].id);
    for (let i = 0; i < data.story.length; i++) {
      const step = data.story[i];
      if (i > 0) await explainer.stepForward(data.story[i - 1].id);
      await explainer.atStep(step.id);
      // The page does not touch the address on load; from the first move on, the address names the step.
      if (i > 0) assert.equal(await explainer.fragment(), `#${step.id}`);
      const desc = await explainer.storyChartDescription();
      assert.ok(desc.includes(`between ${longDate(step.window.start)} and ${longDate(step.window.end)}`), `${step.id}: ${desc}`);
      // The step's annotations are labelled on the chart.
      for (const a of step.annotations) {
        const n = data.annotations.find((x) => x.id === a);
        const inside = n.date.slice(0, 10) >= step.window.start && n.date.slice(0, 10) <= step.window.end;
        const count = await explainer.storyAnnotations(n.label);
        assert.equal(count, inside ? 1 : 0, `${step.id}: annotation ${a}`);
      }
      await p.page.screenshot({ path: join(ARTIFACTS, `story-${i + 1}-${step.id}-1280.png`) });
    }
    p.assertClean();
    await p.close();
  });

  test('arrow keys and fragments open steps; phone screenshots of every step', { skip: noStory }, async () => {
    const p = await openPage(browser, server.url, { width: 375, height: 800 });
    for (let i = 0; i < data.story.length; i++) {
      const step = data.story[i];
      const explainer = await open(p.page, `#${step.id}`);
      await explainer.atStep(step.id);
      await p.page.waitForTimeout(150);
      await p.page.screenshot({ path: join(ARTIFACTS, `story-${i + 1}-${step.id}-375.png`) });
    }
    const explainer = await open(p.page, `#${data.story[1].id}`);
    await explainer.atStep(data.story[1].id);
    await explainer.focusStep(data.story[1].id);
    await p.page.keyboard.press('ArrowRight');
    await explainer.atStep(data.story[2].id);
    // Focus follows to the new step (its buttons replaced the ones that were pressed), so the keys keep working.
    await explainer.focusOnStep(data.story[2].id);
    await p.page.keyboard.press('ArrowLeft');
    await explainer.atStep(data.story[1].id);
    p.assertClean();
    await p.close();
  });

  test('every number in the story equals the dataset value it shows', { skip: noStory }, async () => {
    const p = await openPage(browser, server.url);
    const explainer = await open(p.page);
    const refs = await explainer.storyValues();
    let placeholders = 0;
    for (const s of data.story) placeholders += (s.text.match(/\{[a-z]+:[^}]+\}/g) ?? []).length;
    assert.equal(refs.length, placeholders, 'every placeholder rendered');
    for (const r of refs) {
      const [kind, n] = r.kind.split(':');
      let expected;
      let shown;
      if (kind === 'value') expected = claim(r.id).value;
      else if (kind === 'low') expected = claim(r.id).low;
      else if (kind === 'high') expected = claim(r.id).high;
      else if (kind === 'uinv') expected = claim(r.id).under_investigation;
      else if (kind === 'part') expected = claim(r.id).breakdown[Number(n)].value;
      else if (kind === 'figure') { expected = claim(r.id).value; if (claim(r.id).basis === 'range') shown = `${nf.format(claim(r.id).low)}–${nf.format(claim(r.id).high)}`; }
      else if (kind === 'history') expected = data.history.find((h) => h.id === r.id).value;
      else if (kind === 'days') expected = days(event(r.id).start, event(r.id).end);
      else if (kind === 'date') shown = longDate(claim(r.id).published);
      else if (kind === 'note') shown = longDate(data.notes.find((n) => n.id === r.id).date);
      else if (kind === 'start') shown = longDate(event(r.id).start);
      else if (kind === 'end') shown = longDate(event(r.id).end);
      else if (kind === 'dayyear') shown = longDate(r.id);
      else if (kind === 'day') shown = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${r.id}T12:00:00Z`));
      else assert.fail(`unknown placeholder kind ${kind}`);
      if (expected !== undefined && expected !== null) {
        assert.equal(Number(r.value), expected, `${r.kind}:${r.id}`);
        shown ??= nf.format(expected);
      }
      assert.ok(r.text.includes(shown), `${r.kind}:${r.id} shows "${r.text}", expected "${shown}"`);
    }
    // No digits typed into the prose outside the filled values, except calendar dates and years.
    const prose = await explainer.storyProse();
    for (const t of prose) {
      for (const m of t.match(/\d+(?:[.,]\d+)*/g) ?? []) {
        assert.ok(/^(19|20)\d\d$/.test(m), `a number typed into the story: ${m} in "${t}"`);
      }
      // Dates come from the records too: no month is typed into the prose.
      const month = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/.exec(t);
      assert.equal(month, null, `a date typed into the story: "${t}"`);
    }
    p.assertClean();
    await p.close();
  });

  test('"what was known on" gives each claimant\'s latest figure as of the day, and the blackout state', async () => {
    const p = await openPage(browser, server.url);
    const explainer = await open(p.page);
    const start = data.meta.period.start;
    const span = days(start, data.meta.period.end);
    // Four days through the period, and the day of every blackout event's start and end.
    const picked = [1, 2, 3, 4].map((k) => addDays(start, Math.round((span * k) / 5)));
    for (const e of data.blackout_events) picked.push(e.start.slice(0, 10), ...(e.end ? [e.end.slice(0, 10)] : []));
    for (const day of [...new Set(picked)]) {
      const offset = days(start, day);
      await explainer.setKnownDay(offset);
      await explainer.knownDateIs(longDate(day));
      // Independently: for each claimant, the latest claim published (or as of, when unpublished) on or before the day;
      // same-day claims: the later in the file.
      const expected = {};
      data.claims.forEach((c, i) => {
        const d = c.published ?? c.as_of;
        if (d <= day) {
          const cur = expected[c.claimant];
          if (!cur || d > cur.d || (d === cur.d && i > cur.i)) expected[c.claimant] = { d, i, c };
        }
      });
      const shown = await explainer.knownFigures();
      assert.deepEqual(shown.map((s) => s.claimant).sort(), Object.keys(expected).sort(), day);
      for (const s of shown) {
        const c = expected[s.claimant].c;
        assert.equal(s.claim, c.id, `${day} ${s.claimant}`);
        const v = c.basis === 'range' ? nf.format(c.low) : nf.format(c.value);
        assert.ok(s.text.includes(v), `${day} ${s.claimant}: ${s.text} should show ${v}`);
      }
      for (const e of data.blackout_events) {
        const state = await explainer.knownCut(e.id);
        const [from, to] = [e.start.slice(0, 10), e.end?.slice(0, 10)];
        const expected = day < from ? 'notyet' : to && day >= to ? (e.end_kind === 'partial' ? 'partly' : 'restored') : 'cut';
        assert.equal(state, expected, `${e.id} on ${day}`);
      }
      await explainer.screenshotKnownOn(join(ARTIFACTS, `known-${day}-1280.png`));
    }
    p.assertClean();
    await p.close();
  });

  test('the comparison shows 2019, 2022 and 2026 on one scale, with sources; updated and corrections lines', async () => {
    const p = await openPage(browser, server.url);
    const explainer = await open(p.page);
    const episodes = await explainer.comparedEpisodes();
    // Each episode of the history once, in order of first appearance, then this dataset's year.
    const expected = [...new Set(data.history.filter((h) => (h.value ?? h.high) !== null).map((h) => h.episode))];
    if (expected.length) expected.push(data.meta.period.end.slice(0, 4));
    assert.deepEqual(episodes, expected);
    const bars = await explainer.comparedBars();
    const max = Math.max(1, ...bars.map((b) => b.v));
    const full = bars.find((b) => b.v === max)?.w;
    for (const b of bars) {
      assert.ok(Math.abs(b.w - Math.max(full * b.v / max, 0)) < 3 || b.w <= 4, `bar ${b.v} is ${b.w}px of ${full}`);
      assert.ok(b.links >= 1);
    }
    assert.match(await explainer.updatedLine(), new RegExp(longDate(data.meta.updated)));
    if (data.meta.corrections?.length) assert.equal(await explainer.corrections(), data.meta.corrections.length);
    else assert.ok((await explainer.correctionsText()).length > 5, 'says there are none');
    assert.equal(await explainer.methodClaimants(), plotted(data).length);
    p.assertClean();
    await p.close();
  });

  test('annotation labels never overlap, at phone and desktop widths; no axe-core violations in the story', async () => {
    for (const width of [320, 375, 1280]) {
      const p = await openPage(browser, server.url, { width, height: 800 });
      const explainer = await open(p.page);
      for (const chart of [...(noStory ? [] : ['story']), 'explorer']) {
        const boxes = await explainer.annotationBoxes(chart);
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i];
            const b = boxes[j];
            const overlap = a.l < b.r - 1 && b.l < a.r - 1 && a.t < b.b - 1 && b.t < a.b - 1;
            assert.ok(!overlap, `${chart} chart: labels ${i} and ${j} overlap at ${width}px`);
          }
        }
      }
      if (width === 375) assert.deepEqual(await axe(p.page), []);
      p.assertClean();
      await p.close();
    }
  });
});
