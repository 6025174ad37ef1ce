// The explainer as a reader meets it, for the end-to-end tests: what they open, read and click, named as a reader
// would say it, so that a test reads as a reader's actions and the page's markup is named in one place. `scope` is
// a Playwright page or a frame (the explainer inside a host page).

/** An explainer's page, or an explainer in a frame. */
export class Explainer {
  constructor(scope) {
    this.scope = scope;
  }

  /** One embed view (`summary`, `chart`, `story`, `blackout`, `table`). */
  view(name) {
    return this.scope.locator(`[data-testid=embedded][data-view=${name}]`);
  }

  /** Waits until the view `name` is shown. */
  async shows(name, timeout = 20000) {
    await this.view(name).waitFor({ timeout });
  }

  /** The page's language (`lang` of its root). */
  language() {
    return this.scope.locator('html').getAttribute('lang');
  }

  /** The headline figures' text, as the reader reads it. */
  keyFigures() {
    return this.scope.locator('[data-testid=summary]').innerText();
  }

  /** Waits until the chart is drawn. */
  async chartDrawn() {
    await this.scope.locator('[data-testid=toll-chart] svg').first().waitFor();
  }

  /** How tall the page's content is, in CSS pixels. */
  contentHeight() {
    return this.scope.locator('html').evaluate((h) => Math.ceil(Math.max(h.getBoundingClientRect().height, document.body.scrollHeight)));
  }

  /** Whether what does not fit its window is reached by scrolling inside it. */
  scrollsInside() {
    return this.scope
      .locator('html')
      .evaluate(() => getComputedStyle(document.documentElement).overflowY !== 'hidden' && document.scrollingElement.scrollHeight > innerHeight);
  }

  /** Clicks the link to the whole explainer (an embed's source line). */
  async openWholeExplainer() {
    await this.scope.locator('.embed-source a').click();
  }
}

/** A news article (a host page) holding the explainer in a frame: WordPress's for a pasted link (`pasted`), the
 * embed code's, or, for an oEmbed consumer that knows neither (`consumer`), its only frame. */
export class Article {
  constructor(page, { pasted = false, consumer = false } = {}) {
    this.page = page;
    this.selector = consumer ? 'iframe' : pasted ? 'iframe.wp-embedded-content' : 'iframe[data-toll-explainer]';
    this.frame = page.locator(this.selector);
    this.explainer = new Explainer(page.frameLocator(this.selector));
  }

  /** Waits until the frame is in the article. */
  async hasFrame(timeout = 30000) {
    await this.frame.waitFor({ state: 'attached', timeout });
  }

  /** WordPress shows a pasted link's frame (and hides its fallback link) once the page has said its height. */
  async frameShown(timeout = 20000) {
    await this.page.waitForFunction((s) => !document.querySelector(s).getAttribute('style'), this.selector, { timeout });
  }

  /** The frame's `sandbox` attribute. */
  sandbox() {
    return this.frame.getAttribute('sandbox');
  }

  /** The frame's box, and the width of the column it sits in. */
  async frameBox() {
    const box = await this.frame.boundingBox();
    const column = await this.frame.evaluate((f) => f.parentElement.getBoundingClientRect().width);
    return { ...box, column };
  }

  /** How far the article scrolls sideways (0: not at all). */
  sidewaysScroll() {
    return this.page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  }
}
