// The guided story, "what was known on…", the comparison: reachable every way, and every number in the text
// equal to the dataset value it claims to show (computed here, independently of the Rust code).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ARTIFACTS, LOCALE, addDays, axe, dataset, daysBetween, launch, longDate, nf, openPage, plotted, serve } from './harness.mjs';

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

async function ready(page, frag = '') {
  await page.goto(server.url + frag);
  await page.locator(`[data-testid=${noStory ? 'toll-chart' : 'story-chart'}] svg.chart`).waitFor({ timeout: 15000 });
}

const activeStep = (page) => page.locator('article.step[aria-current=step]').getAttribute('id');
const storyDesc = (page) => page.locator('[data-testid=story-chart] svg.chart desc').textContent();

describe('story', () => {
  test('the story section is there exactly when the dataset has a story', async () => {
    const p = await openPage(browser, server.url);
    await ready(p.page);
    assert.equal(await p.page.locator('[data-testid=story] article.step').count(), data.story.length);
    assert.equal(await p.page.locator('[data-testid=story]').count(), data.story.length ? 1 : 0);
    p.assertClean();
    await p.close();
  });

  test('every step by button, with its own fragment and chart window', { skip: noStory }, async () => {
    const p = await openPage(browser, server.url, { width: 1280, height: 900 });
    await ready(p.page);
    assert.equal(await activeStep(p.page), data.story[0].id);
    for (let i = 0; i < data.story.length; i++) {
      const step = data.story[i];
      if (i > 0) await p.page.locator(`article#${data.story[i - 1].id} [data-testid=story-next]`).click();
      await p.page.waitForFunction((id) => document.querySelector('article.step[aria-current=step]')?.id === id, step.id);
      // The page does not touch the address on load; from the first move on, the address names the step.
      if (i > 0) assert.equal(await p.page.evaluate(() => location.hash), `#${step.id}`);
      const desc = await storyDesc(p.page);
      assert.ok(desc.includes(`between ${longDate(step.window.start)} and ${longDate(step.window.end)}`), `${step.id}: ${desc}`);
      // The step's annotations are labelled on the chart.
      for (const a of step.annotations) {
        const n = data.annotations.find((x) => x.id === a);
        const inside = n.date.slice(0, 10) >= step.window.start && n.date.slice(0, 10) <= step.window.end;
        const count = await p.page.locator('[data-testid=story-chart] g.annotations text', { hasText: n.label }).count();
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
      await ready(p.page, `#${step.id}`);
      await p.page.waitForFunction((id) => document.querySelector('article.step[aria-current=step]')?.id === id, step.id);
      await p.page.waitForTimeout(150);
      await p.page.screenshot({ path: join(ARTIFACTS, `story-${i + 1}-${step.id}-375.png`) });
    }
    await ready(p.page, `#${data.story[1].id}`);
    await p.page.waitForFunction((id) => document.querySelector('article.step[aria-current=step]')?.id === id, data.story[1].id);
    await p.page.locator(`article#${data.story[1].id} [data-testid=story-next]`).focus();
    await p.page.keyboard.press('ArrowRight');
    await p.page.waitForFunction((id) => document.querySelector('article.step[aria-current=step]')?.id === id, data.story[2].id);
    // Focus follows to the new step (its buttons replaced the ones that were pressed), so the keys keep working.
    await p.page.waitForFunction((id) => document.activeElement?.id === id, data.story[2].id);
    await p.page.keyboard.press('ArrowLeft');
    await p.page.waitForFunction((id) => document.querySelector('article.step[aria-current=step]')?.id === id, data.story[1].id);
    p.assertClean();
    await p.close();
  });

  test('every number in the story equals the dataset value it shows', { skip: noStory }, async () => {
    const p = await openPage(browser, server.url);
    await ready(p.page);
    const refs = await p.page.locator('article.step .ref').evaluateAll((rs) => rs.map((r) => ({ kind: r.dataset.kind, id: r.dataset.id, value: r.dataset.value ?? null, text: r.textContent })));
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
    const prose = await p.page.locator('article.step .step-text > span:not(.ref)').allTextContents();
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
    await ready(p.page);
    const slider = p.page.locator('[data-testid=known-slider]');
    const start = data.meta.period.start;
    const span = days(start, data.meta.period.end);
    // Four days through the period, and the day of every blackout event's start and end.
    const picked = [1, 2, 3, 4].map((k) => addDays(start, Math.round((span * k) / 5)));
    for (const e of data.blackout_events) picked.push(e.start.slice(0, 10), ...(e.end ? [e.end.slice(0, 10)] : []));
    for (const day of [...new Set(picked)]) {
      const offset = days(start, day);
      await slider.evaluate((el, v) => { el.value = String(v); el.dispatchEvent(new Event('input', { bubbles: true })); }, offset);
      await p.page.waitForFunction((d) => document.querySelector('[data-testid=known-date]').textContent === d, longDate(day));
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
      const shown = await p.page.locator('[data-testid=known-list] li[data-claimant]').evaluateAll((ls) => ls.map((l) => ({ claimant: l.dataset.claimant, claim: l.dataset.claim, text: l.textContent })));
      assert.deepEqual(shown.map((s) => s.claimant).sort(), Object.keys(expected).sort(), day);
      for (const s of shown) {
        const c = expected[s.claimant].c;
        assert.equal(s.claim, c.id, `${day} ${s.claimant}`);
        const v = c.basis === 'range' ? nf.format(c.low) : nf.format(c.value);
        assert.ok(s.text.includes(v), `${day} ${s.claimant}: ${s.text} should show ${v}`);
      }
      for (const e of data.blackout_events) {
        const state = await p.page.locator(`[data-testid=known-cuts] li[data-event="${e.id}"]`).getAttribute('data-state');
        const [from, to] = [e.start.slice(0, 10), e.end?.slice(0, 10)];
        const expected = day < from ? 'notyet' : to && day >= to ? (e.end_kind === 'partial' ? 'partly' : 'restored') : 'cut';
        assert.equal(state, expected, `${e.id} on ${day}`);
      }
      await p.page.locator('[data-testid=known-on]').screenshot({ path: join(ARTIFACTS, `known-${day}-1280.png`) });
    }
    p.assertClean();
    await p.close();
  });

  test('the comparison shows 2019, 2022 and 2026 on one scale, with sources; updated and corrections lines', async () => {
    const p = await openPage(browser, server.url);
    await ready(p.page);
    const episodes = await p.page.locator('[data-testid=compare] .compare-group').evaluateAll((gs) => gs.map((g) => g.dataset.episode));
    // Each episode of the history once, in order of first appearance, then this dataset's year.
    const expected = [...new Set(data.history.filter((h) => (h.value ?? h.high) !== null).map((h) => h.episode))];
    if (expected.length) expected.push(data.meta.period.end.slice(0, 4));
    assert.deepEqual(episodes, expected);
    const bars = await p.page.locator('[data-testid=compare] li').evaluateAll((ls) => ls.map((l) => ({ v: Number(l.dataset.value), w: l.querySelector('.bar').getBoundingClientRect().width, links: l.querySelectorAll('a[href^="http"]').length })));
    const max = Math.max(1, ...bars.map((b) => b.v));
    const full = bars.find((b) => b.v === max)?.w;
    for (const b of bars) {
      assert.ok(Math.abs(b.w - Math.max(full * b.v / max, 0)) < 3 || b.w <= 4, `bar ${b.v} is ${b.w}px of ${full}`);
      assert.ok(b.links >= 1);
    }
    assert.match(await p.page.locator('[data-testid=updated]').innerText(), new RegExp(longDate(data.meta.updated)));
    const corrections = p.page.locator('[data-testid=corrections]');
    if (data.meta.corrections?.length) assert.equal(await corrections.locator('li').count(), data.meta.corrections.length);
    else assert.ok((await corrections.innerText()).length > 5, 'says there are none');
    assert.equal(await p.page.locator('[data-testid=method] .method-item[data-claimant]').count(), plotted(data).length);
    p.assertClean();
    await p.close();
  });

  test('annotation labels never overlap, at phone and desktop widths; no axe-core violations in the story', async () => {
    for (const width of [320, 375, 1280]) {
      const p = await openPage(browser, server.url, { width, height: 800 });
      await ready(p.page);
      for (const sel of [...(noStory ? [] : ['[data-testid=story-chart]']), '[data-testid=toll-chart]']) {
        const boxes = await p.page.locator(`${sel} svg.chart g.annotations text`).evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect()).map((r) => ({ l: r.left, r: r.right, t: r.top, b: r.bottom })));
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i];
            const b = boxes[j];
            const overlap = a.l < b.r - 1 && b.l < a.r - 1 && a.t < b.b - 1 && b.t < a.b - 1;
            assert.ok(!overlap, `${sel} labels ${i} and ${j} overlap at ${width}px`);
          }
        }
      }
      if (width === 375) assert.deepEqual(await axe(p.page), []);
      p.assertClean();
      await p.close();
    }
  });
});
