// The explainer as a reader meets it in another engine (e2e/engines.test.mjs): WebKit over plain W3C WebDriver and
// Firefox over puppeteer, neither of them Playwright. Such an engine (`engine`) only runs a function in the page
// (`evaluate(fn, ...args)`, the function sent as its source: it must use nothing but its arguments), clicks an
// element by CSS selector (`click`), and goes to an address (`goto(query)`). Waiting is polling: a check run in the
// page until it answers. The page's markup is named here, as in page.mjs for Playwright.
import { setTimeout as sleep } from 'node:timers/promises';

/** The explainer in a WebDriver or puppeteer engine. */
export class EngineExplainer {
  constructor(engine) {
    this.engine = engine;
  }

  /** Polls `fn` in the page until it returns something truthy; returns that. `what` names it in the failure. */
  async waitFor(what, fn, args = [], timeout = 20000) {
    const t0 = Date.now();
    let last;
    for (;;) {
      last = await this.engine.evaluate(fn, ...args).catch((err) => ({ error: err.message }));
      if (last && !last.error) return last;
      if (Date.now() - t0 > timeout) throw new Error(`${this.engine.name}: timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
      await sleep(100);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The door and the app.

  /** Opens the page at `query` and waits for the live app (not the built page before it): the chart's hit layer
   * and the summary. */
  async open(query = '') {
    await this.engine.goto(query);
    await this.waitFor('the live chart and summary', () =>
      document.querySelector('[data-testid=toll-chart] svg.hit-layer .hit[tabindex="0"]') && document.querySelector('[data-testid=summary-official]') ? true : null,
    );
  }

  /** Waits until the page's fonts have loaded. */
  async fontsLoaded() {
    await this.engine.evaluate(() => document.fonts.ready.then(() => true));
  }

  /** The address's fragment (`#step`). */
  fragment() {
    return this.engine.evaluate(() => location.hash);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // What the reader sees first.

  /** The English page at a glance: its language and direction, title, the chart's series, its claim points and
   * size, the two headline cards (claim and text) and the gap, and how far the page scrolls sideways. */
  overview() {
    return this.engine.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      title: document.title,
      series: [...document.querySelectorAll('[data-testid=toll-chart] svg.chart g.series')].map((g) => g.dataset.claimant),
      hits: document.querySelectorAll('[data-testid=toll-chart] .hit[data-kind=claim]').length,
      official: { claim: document.querySelector('[data-testid=summary-official]').dataset.claim, text: document.querySelector('[data-testid=summary-official]').innerText },
      independent: { claim: document.querySelector('[data-testid=summary-independent]').dataset.claim, text: document.querySelector('[data-testid=summary-independent]').innerText },
      gap: document.querySelector('[data-testid=summary-gap]')?.innerText ?? '',
      chartBox: (() => {
        const r = document.querySelector('[data-testid=toll-chart] .chart-svg').getBoundingClientRect();
        return { w: r.width, h: r.height };
      })(),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
  }

  /** An edition's page at a glance: its `lang` and `dir`, the body's computed direction, the two headline cards
   * (claim, figure alone, whole text), the gap, and how far the page scrolls sideways. */
  editionOverview() {
    return this.engine.evaluate(() => ({
      lang: document.documentElement.getAttribute('lang'),
      dir: document.documentElement.getAttribute('dir'),
      direction: getComputedStyle(document.body).direction,
      cards: ['summary-official', 'summary-independent'].map((t) => {
        const c = document.querySelector(`[data-testid=${t}]`);
        return { claim: c.dataset.claim, figure: c.querySelector('.figure').innerText, text: c.innerText };
      }),
      gap: document.querySelector('[data-testid=summary-gap]')?.innerText ?? '',
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
  }

  /**
   * Words joined by a ZWNJ (U+200C), up to 12 from the page's text, each measured set whole and as its parts set
   * apart, in the gap's and the heading's fonts: `{ host, word, whole, parts }` (widths in CSS pixels).
   */
  zwnjWidths() {
    return this.engine.evaluate(() => {
      const words = [...new Set(document.body.innerText.split(/[\s«»()،:.]+/).filter((w) => /^[\u0600-\u06FF\u200C]+$/.test(w) && /[^\u200C]\u200C[^\u200C]/.test(w)))].slice(0, 12);
      const out = [];
      for (const host of [document.querySelector('[data-testid=summary-gap]'), document.querySelector('h1')]) {
        const width = (t) => {
          const s = document.createElement('span');
          s.style.whiteSpace = 'nowrap';
          s.textContent = t;
          host.append(s);
          const w = s.getBoundingClientRect().width;
          s.remove();
          return w;
        };
        for (const w of words) {
          const whole = width(w);
          const parts = w.split('\u200C').reduce((sum, p) => sum + width(p), 0);
          out.push({ host: host.localName, word: w, whole, parts });
        }
      }
      return out;
    });
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The chart and its tooltip.

  /** Focuses the chart's one tab stop; returns its point (`id`, `x` on the chart), or null if it took no focus. */
  focusChart() {
    return this.engine.evaluate(() => {
      const el = document.querySelector('[data-testid=toll-chart] .hit[tabindex="0"]');
      el.focus();
      return document.activeElement === el ? { id: el.dataset.id, x: Number(el.getAttribute('cx')) } : null;
    });
  }

  /** Waits until focus is on a point other than `id`; returns it (`id`, `kind`, `x`). */
  focusMovedFrom(id, timeout) {
    return this.waitFor(
      'focus to move to another point',
      (from) => {
        const el = document.activeElement;
        return el?.classList.contains('hit') && el.dataset.id !== from ? { id: el.dataset.id, kind: el.dataset.kind, x: Number(el.getAttribute('cx')) } : null;
      },
      [id],
      timeout,
    );
  }

  /** The tooltip's text now, or null when it is closed. */
  tooltipNow() {
    return this.engine.evaluate(() => document.querySelector('[data-testid=tooltip]')?.innerText ?? null);
  }

  /** Waits until the tooltip is open (`what`: for the failure); returns its text. */
  tooltip(what, timeout) {
    return this.waitFor(what, () => document.querySelector('[data-testid=tooltip]')?.innerText ?? null, [], timeout);
  }

  /** Waits until the tooltip is closed. */
  async tooltipClosed(what, timeout) {
    await this.waitFor(what, () => (document.querySelector('[data-testid=tooltip]') ? null : true), [], timeout);
  }

  /** Scrolls data point `id` into view; returns its centre in viewport pixels (null: no such point). */
  pointCentre(id) {
    return this.engine.evaluate((x) => {
      const el = document.querySelector(`[data-testid=toll-chart] .hit[data-id="${x}"]`);
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, id);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The story.

  /** How many steps the story has. */
  storySteps() {
    return this.engine.evaluate(() => document.querySelectorAll('[data-testid=story] article.step').length);
  }

  /** How many stories the page has (0 or 1). */
  storyCount() {
    return this.engine.evaluate(() => document.querySelectorAll('[data-testid=story]').length);
  }

  /** Waits until a step is current; returns its id. */
  currentStep(what) {
    return this.waitFor(what, () => document.querySelector('article.step[aria-current=step]')?.id ?? null);
  }

  /** Waits until step `id` is the current one. */
  async stepIs(id, what, timeout) {
    await this.waitFor(what, (x) => document.querySelector('article.step[aria-current=step]')?.id === x, [id], timeout);
  }

  /** Clicks step `id`'s "next" button (scrolled into view first, as a reader would have it). */
  async stepForward(id) {
    await this.engine.evaluate((x) => document.querySelector(`article#${x} [data-testid=story-next]`).scrollIntoView({ block: 'center' }), id);
    await this.engine.click(`article#${id} [data-testid=story-next]`);
  }

  /** Waits until the story's chart describes itself with `want` (e.g. the step's window); returns the description. */
  storyChartSays(want, what, timeout) {
    return this.waitFor(
      what,
      (w) => {
        const d = document.querySelector('[data-testid=story-chart] svg.chart desc')?.textContent ?? '';
        return d.includes(w) ? d : null;
      },
      [want],
      timeout,
    );
  }
}
