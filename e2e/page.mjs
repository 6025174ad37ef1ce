// The explainer as a reader meets it, for the end-to-end tests: what they open, read and click, named as a reader
// would say it, so that a test reads as a reader's actions and the page's markup is named in one place. `scope` is
// a Playwright page or a frame (the explainer inside a host page).
import { readFile } from 'node:fs/promises';

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

  // ---------------------------------------------------------------------------------------------------------------
  // The door and the app. Most of these need `scope` to be a page (not a frame or a part of one): they go to addresses,
  // wait on the document, or read the window.

  /** Goes to `address` (a page opened by `openPage` then also waits for the app, see browser.mjs). */
  async open(address, options) {
    return this.scope.goto(address, options);
  }

  /** Waits until the app has taken the built page over (`#app[data-ready]`, src/app.rs): it answers clicks. */
  async ready(timeout = 20000) {
    await this.scope.locator('#app[data-ready]').waitFor({ state: 'attached', timeout });
  }

  /** Waits until the whole explainer is drawn: the chart, and the footer's date (drawn last). */
  async drawn(timeout = 20000) {
    await this.scope.locator('[data-testid=toll-chart] svg.chart').waitFor({ timeout });
    await this.updated(timeout);
  }

  /** Waits until the footer's "updated" line is there (the last section drawn). Works inside a part of a page. */
  async updated(timeout = 20000) {
    await this.scope.locator('footer [data-testid=updated]').waitFor({ timeout });
  }

  /** Waits until the reader sees something of the explainer: the key figures, an embed view or the story. */
  async shown(timeout = 20000) {
    await this.scope.locator('[data-testid=summary], [data-testid=embedded], [data-testid=story]').first().waitFor({ timeout });
  }

  /** Waits until the page's fonts have loaded (so that what is measured is what the reader sees). */
  async fontsLoaded() {
    await this.scope.evaluate(() => document.fonts.ready.then(() => true));
  }

  /** The font faces of `family` the page declared, each as "weight status" (e.g. "700 loaded"). */
  fontFaces(family) {
    return this.scope.evaluate((f) => [...document.fonts].filter((x) => x.family.replace(/"/g, '') === f).map((x) => `${x.weight} ${x.status}`), family);
  }

  /** The page's writing direction (`dir` of its root). */
  direction() {
    return this.scope.locator('html').getAttribute('dir');
  }

  /** The direction the body's text actually runs in (computed). */
  textDirection() {
    return this.scope.evaluate(() => getComputedStyle(document.body).direction);
  }

  /** The page's description, as search engines and link previews show it. */
  description() {
    return this.scope.locator('meta[name=description]').getAttribute('content');
  }

  /** The page's widths: its content (`scroll`), its root's box (`client`) and the window (`window`), in CSS pixels. */
  widths() {
    return this.scope.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth, window: innerWidth }));
  }

  /** The address's fragment (`#step`), as the story writes it. */
  fragment() {
    return this.scope.evaluate(() => location.hash);
  }

  /** Waits until the address has a query (the view written into it). */
  async addressHasQuery() {
    await this.scope.waitForFunction(() => location.search !== '');
  }

  /** The browser's Back and Forward, as history.back() and history.forward() (pushState pages, file:// too). */
  async back() {
    await this.scope.evaluate(() => history.back());
  }

  /** See `back()`. */
  async forward() {
    await this.scope.evaluate(() => history.forward());
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Every text on the page, for the edition and locale checks.

  /** Everything the reader reads, as the browser lays it out (`innerText` of the body). */
  text() {
    return this.scope.evaluate(() => document.body.innerText);
  }

  /**
   * Every visible text run (text nodes, SVG text, accessible names), each with whether it sits where a Latin run is
   * allowed in the Persian edition (`free`): a link, an element marked as another language or direction, or code.
   */
  textRuns() {
    return this.scope.evaluate(() => {
      const out = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (el.closest('script, style, noscript, textarea')) continue;
        const free = !!el.closest('a, bdi, [dir=ltr], [dir=auto], [lang]:not([lang=fa])');
        out.push({ text: n.textContent, free });
      }
      for (const el of document.querySelectorAll('[aria-label], [title]')) {
        out.push({ text: el.getAttribute('aria-label') ?? '', free: false }, { text: el.getAttribute('title') ?? '', free: false });
      }
      return out.filter((r) => r.text.trim());
    });
  }

  /** Every text node and accessible name (aria-label, title) the app writes: not code, and not <noscript> (each
   * door's built page carries its edition's note there, the static shell's). */
  texts() {
    return this.scope.evaluate(() => {
      const out = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.parentElement.closest('script, style, textarea, noscript')) out.push(n.textContent);
      }
      for (const el of document.querySelectorAll('[aria-label], [title]')) out.push(el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '');
      return out.filter((t) => t.trim());
    });
  }

  /** Opens every list a reader can open (every <details>). */
  async openAllDetails() {
    await this.scope.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The headline figures, the title, and the no-JavaScript page.

  /** The page's heading (its one <h1>). Works inside a part of a page. */
  heading() {
    return this.scope.locator('h1').innerText();
  }

  /** Whether the heading is on screen (the page's frame still renders). */
  headingVisible() {
    return this.scope.locator('h1').isVisible();
  }

  /** The text of the `official` or `independent` headline card. */
  headlineCard(side) {
    return this.scope.locator(`[data-testid=summary-${side}]`).innerText();
  }

  /** The claim (its id) that the `official` or `independent` headline card shows. */
  headlineClaimId(side) {
    return this.scope.locator(`[data-testid=summary-${side}]`).getAttribute('data-claim');
  }

  /** The derived gap between the two headline figures, as written under them. */
  gap() {
    return this.scope.locator('[data-testid=summary-gap]').innerText();
  }

  /** Waits until the headline figures are on screen (the built page shows them before the app runs). */
  async keyFiguresShown(timeout) {
    await this.scope.locator('[data-testid=summary]').waitFor({ timeout });
  }

  /** How many headline summaries the page shows (0: none). */
  keyFiguresCount() {
    return this.scope.locator('[data-testid=summary]').count();
  }

  /** The headline figures alone, as printed (also without JavaScript). */
  printedFigures() {
    return this.scope.locator('[data-testid=summary] .figure').allInnerTexts();
  }

  /** How many still charts the built page draws (what a viewer without JavaScript sees). */
  stillCharts() {
    return this.scope.locator('.toll-chart .still svg.chart-still').count();
  }

  /** How many http(s) links the sources list has. */
  sourceLinkCount() {
    return this.scope.locator('[data-testid=sources] a[href^=http]').count();
  }

  /** The addresses the sources list links for claim `id`. */
  sourceLinks(id) {
    return this.scope.locator(`[data-testid=sources] li[data-claim="${id}"] a`).evaluateAll((as) => as.map((a) => a.href));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The chart and its tooltip.

  /** A data point (`.hit`) of the chart, by its claim's or observation's id. */
  point(id) {
    return this.scope.locator(`[data-testid=toll-chart] .hit[data-id="${id}"]`);
  }

  /** Moves the mouse to the centre of a data point's focus ring (the chart picks the nearest point). */
  async hoverPoint(id) {
    await this.point(id).scrollIntoViewIfNeeded();
    const box = await this.point(id).boundingBox();
    await this.scope.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** Moves the mouse off the chart (to the page's corner). */
  async pointerAway() {
    await this.scope.mouse.move(0, 0);
  }

  /** Focuses data point `id` (its tooltip opens). */
  async focusPoint(id) {
    await this.point(id).focus();
  }

  /** Focuses the chart's one tab stop (its tooltip opens). */
  async focusChart() {
    await this.scope.locator('[data-testid=toll-chart] .hit[tabindex="0"]').focus();
  }

  /** Focuses the chart's first claim. */
  async focusFirstClaim() {
    await this.scope.locator('[data-testid=toll-chart] .hit[data-kind=claim]').first().focus();
  }

  /** The id of the focused data point (or undefined). */
  focusedPoint() {
    return this.scope.evaluate(() => document.activeElement?.dataset.id);
  }

  /** The chart's tooltip. */
  tooltip() {
    return this.scope.locator('[data-testid=tooltip]');
  }

  /** Waits until the tooltip is open. */
  async tooltipShown() {
    await this.tooltip().waitFor();
  }

  /** Waits until the tooltip has closed. */
  async tooltipClosed() {
    await this.tooltip().waitFor({ state: 'detached' });
  }

  /** The tooltip's text. */
  tooltipText() {
    return this.tooltip().innerText();
  }

  /** The addresses the tooltip links (as written). */
  tooltipLinks() {
    return this.tooltip().locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  }

  /** How the tooltip's figure was arrived at (`documented`, `official`, `unverified`). */
  tooltipMethod() {
    return this.tooltip().locator('.tip-method').getAttribute('data-method');
  }

  /** The tooltip's note of a shared origin. */
  tooltipOrigin() {
    return this.tooltip().locator('.tip-origin').innerText();
  }

  /** The chart's labels (its SVG's texts). */
  chartLabels() {
    return this.scope.locator('[data-testid=toll-chart] svg.chart text').allTextContents();
  }

  /** The chart's own direction (`direction` of its SVG). */
  chartDirection() {
    return this.scope.locator('[data-testid=toll-chart] svg.chart').getAttribute('direction');
  }

  /** The chart's labels' boxes on the page, each with its text (`s`). */
  chartLabelBoxes() {
    return this.scope.locator('[data-testid=toll-chart] svg.chart text').evaluateAll((ts) =>
      ts.map((t) => {
        const r = t.getBoundingClientRect();
        return { l: r.left, r: r.right, t: r.top, b: r.bottom, s: t.textContent.trim() };
      }),
    );
  }

  /** Where each of the chart's labels starts, from the chart's left edge, in whole pixels. */
  chartLabelOffsets() {
    return this.scope
      .locator('[data-testid=toll-chart] svg.chart text')
      .evaluateAll((ts) => ts.map((t) => Math.round(t.getBoundingClientRect().left - t.ownerSVGElement.getBoundingClientRect().left)));
  }

  /** Turns the page right to left, as a host page might (its root and main). */
  async makeRightToLeft() {
    await this.scope.evaluate(() => document.querySelectorAll('html, main').forEach((e) => e.setAttribute('dir', 'rtl')));
  }

  /** The claimants the chart draws a series for, in order. */
  series() {
    return this.scope.locator('[data-testid=toll-chart] svg.chart g.series').evaluateAll((gs) => gs.map((g) => g.dataset.claimant));
  }

  /** How many marks claimant `id`'s series draws. */
  marks(id) {
    return this.scope.locator(`[data-testid=toll-chart] svg.chart g.series[data-claimant="${id}"] :not(g)`).count();
  }

  /** The box of the blackout band of event `id` on the chart. */
  blackoutBand(id) {
    return this.scope.locator(`[data-testid=toll-chart] svg.chart g.blackout-band[data-event="${id}"] rect`).first().boundingBox();
  }

  /** How many focusable points of `kind` (`claim`, `observation`) the chart has. */
  pointCount(kind) {
    return this.scope.locator(`[data-testid=toll-chart] .hit[data-kind=${kind}]`).count();
  }

  /** How many groups of unverified figures claimant `id`'s series has (0 or 1). */
  unverifiedGroups(id) {
    return this.scope.locator(`[data-testid=toll-chart] svg.chart g.series[data-claimant="${id}"] > g.unverified`).count();
  }

  /** The dashes (`stroke-dasharray`) of claimant `id`'s group of unverified figures. */
  unverifiedDashes(id) {
    return this.scope.locator(`[data-testid=toll-chart] svg.chart g.series[data-claimant="${id}"] > g.unverified`).getAttribute('stroke-dasharray');
  }

  /** Screenshot of the chart alone. */
  async screenshotChart(path) {
    await this.scope.locator('[data-testid=toll-chart]').screenshot({ path });
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The legend, the method notes and the table.

  /** The kinds of figure the legend's toggles show, in order. */
  legendKinds() {
    return this.scope.locator('[data-testid=legend] .kinds .toggle').evaluateAll((bs) => bs.map((b) => b.dataset.kind));
  }

  /** The methods the legend explains, in order. */
  legendMethods() {
    return this.scope.locator('[data-testid=legend] .methods li').evaluateAll((ls) => ls.map((l) => l.dataset.method));
  }

  /** Hides (or shows again) the figures of `kind` with the legend's toggle. */
  async toggleKind(kind) {
    await this.scope.locator(`.toggle[data-kind="${kind}"]`).click();
  }

  /** "What each number counts" for claimant `id`. */
  methodNote(id) {
    return this.scope.locator(`[data-testid=method] .method-item[data-claimant="${id}"]`).innerText();
  }

  /** Opens the table view (its tab). */
  async showTable() {
    await this.scope.locator('#tab-table').click();
  }

  /** The table of every claim. */
  table() {
    return this.scope.locator('[data-testid=claims-table]');
  }

  /** Waits until the table is shown. */
  async tableShown() {
    await this.table().waitFor();
  }

  /** Waits until the table is gone. */
  async tableGone() {
    await this.table().waitFor({ state: 'detached' });
  }

  /** Waits until the table has a first row. */
  async tableRowsShown() {
    await this.table().locator('tbody tr').first().waitFor();
  }

  /** How many rows the table has. */
  tableRowCount() {
    return this.table().locator('tbody tr').count();
  }

  /** Each row's claim and method, as [claim id, method]. */
  tableRowMethods() {
    return this.table().locator('tbody tr').evaluateAll((rs) => rs.map((r) => [r.dataset.claim, r.querySelector('td.method').dataset.method]));
  }

  /** Screenshot of the table alone. */
  async screenshotTable(path) {
    await this.table().screenshot({ path });
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The story.

  /** Clicks step `id`'s "next" button. */
  async stepForward(id) {
    await this.scope.locator(`article#${id} [data-testid=story-next]`).click();
  }

  /** Focuses step `id`'s "next" button (then arrow keys move through the story). */
  async focusStep(id) {
    await this.scope.locator(`article#${id} [data-testid=story-next]`).focus();
  }

  /** Waits until step `id` is the current one. */
  async currentStep(id) {
    await this.scope.waitForFunction((x) => document.querySelector('article.step[aria-current=step]')?.id === x, id);
  }

  /** Waits until the story's chart is drawn. */
  async storyChartDrawn() {
    await this.scope.locator('[data-testid=story-chart] svg.chart').waitFor();
  }

  /** Screenshot of step `id` alone. */
  async screenshotStep(id, path) {
    await this.scope.locator(`article#${id}`).screenshot({ path });
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The edition switch.

  /** The link to the other edition. */
  editionSwitch() {
    return this.scope.locator('[data-testid=edition-switch]');
  }

  /** Clicks the switch to the other edition. */
  async switchEdition() {
    await this.editionSwitch().click();
  }

  /** The switch's label (the other edition's name, in its language). */
  editionSwitchLabel() {
    return this.editionSwitch().innerText();
  }

  /** The language the switch is written in (`lang`). */
  editionSwitchLanguage() {
    return this.editionSwitch().getAttribute('lang');
  }

  /** Where the switch leads (`href`). */
  editionSwitchHref() {
    return this.editionSwitch().getAttribute('href');
  }

  /** How many switches the page has (a file being checked has none). Works inside a part of a page. */
  editionSwitchCount() {
    return this.editionSwitch().count();
  }

  /** The language of the app's first link (`hreflang`: the switch leads the page). */
  firstLinkLanguage() {
    return this.scope.locator('#app a').first().getAttribute('hreflang');
  }

  /** How many notes say that a translation is missing. */
  missingTranslations() {
    return this.scope.locator('[data-testid=translation-missing]').count();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Embed codes and embed views.

  /** Opens the embed codes (their button). */
  async openEmbedCodes() {
    await this.scope.locator('[data-testid=embed-button]').click();
  }

  /** The embed code with the script (the first box). */
  embedSnippet() {
    return this.scope.locator('[data-testid=embed-snippet]').inputValue();
  }

  /** How many embed code sections the page has (0: nothing to embed). */
  embedCodesCount() {
    return this.scope.locator('[data-testid=embed-codes]').count();
  }

  /** Waits until an embed view, whichever, is shown. */
  async embedded(timeout) {
    await this.scope.locator('[data-testid=embedded]').waitFor({ timeout });
  }

  /** An embed's source line (the story's title and the link to the whole explainer). */
  embedSource() {
    return this.scope.locator('[data-testid=embedded] .embed-source').innerText();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Downloads.

  /** Waits until the downloads are offered. */
  async downloadsShown() {
    await this.scope.locator('[data-testid=download-csv]').waitFor();
  }

  /** Downloads `what` (`csv`, `json`, `svg`, `png`): its suggested file name and its bytes. */
  async download(what) {
    const [dl] = await Promise.all([this.scope.waitForEvent('download'), this.scope.locator(`[data-testid=download-${what}]`).click()]);
    return { name: dl.suggestedFilename(), body: await readFile(await dl.path()) };
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Failures: what the page says when the data cannot be had or is wrong.

  /** Waits for the failure panel (data not loaded, or invalid); returns its text. */
  async failure(timeout = 20000) {
    const panel = this.scope.locator('[data-testid=load-error], [data-testid=data-error]');
    await panel.waitFor({ timeout });
    return panel.innerText();
  }

  /** Waits until the failure panel is there (attached: it may sit over the built page). */
  async failureShown(timeout = 20000) {
    await this.scope.locator('[data-testid=load-error], [data-testid=data-error]').first().waitFor({ state: 'attached', timeout });
  }

  /** Waits for the "could not load" panel; returns its text. */
  async loadError(timeout) {
    const panel = this.scope.locator('[data-testid=load-error]');
    await panel.waitFor({ timeout });
    return panel.innerText();
  }

  /** Waits for the "the data is invalid" panel; returns its text. */
  async dataError(timeout) {
    const panel = this.scope.locator('[data-testid=data-error]');
    await panel.waitFor({ timeout });
    return panel.innerText();
  }

  /** Clicks "try again". */
  async retry() {
    await this.scope.locator('[data-testid=retry]').click();
  }

  /** Whether "try again" is on screen. */
  retryOffered() {
    return this.scope.locator('[data-testid=retry]').isVisible();
  }

  /** How many "try again" buttons the page has (0: trying again cannot help). */
  retryCount() {
    return this.scope.locator('[data-testid=retry]').count();
  }

  /** How many images and scripts the page's content has (none comes from the dataset's text). */
  imagesAndScripts() {
    return this.scope.locator('img, main script').count();
  }

  /** How many images and scripts the invalid-data panel has (its problems are text). */
  imagesAndScriptsInProblems() {
    return this.scope.locator('[data-testid=data-error] script, [data-testid=data-error] img').count();
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

// -----------------------------------------------------------------------------------------------------------------
// The check page (check.html): an editor opens a dataset's files and reads every problem, or the explainer drawn
// from them (`preview`, an Explainer over the part of the page that holds it).

/** The check page, on a Playwright page. */
export class CheckPage {
  constructor(page) {
    this.page = page;
    this.input = page.locator('[data-testid=check-input]');
    this.preview = new Explainer(page.locator('[data-testid=check-preview]'));
  }

  /** Goes to the check page at `address`. */
  async open(address) {
    await this.page.goto(address);
  }

  /** What the page is (`data-page` of its root: `check`, also before its script runs). */
  pageKind() {
    return this.page.locator('html').getAttribute('data-page');
  }

  /** Waits until the page can open files (its file input). */
  async ready(timeout = 20000) {
    await this.input.waitFor({ timeout });
  }

  /** Opens files as the editor picks them: each `{ name, mimeType, buffer }`. */
  async openFiles(files) {
    await this.input.setInputFiles(files);
  }

  /** Waits until the report says the files are valid. */
  async valid(timeout = 20000) {
    await this.page.locator('[data-testid=check-report][data-valid=true]').waitFor({ timeout });
  }

  /** Waits until the report names the file `name`. */
  async reported(name, timeout = 20000) {
    await this.page.locator(`[data-testid=check-file]:has-text("${name}")`).waitFor({ timeout });
  }

  /** The report's verdict (`data-valid`: "true" or "false"). */
  verdict() {
    return this.page.locator('[data-testid=check-report]').getAttribute('data-valid');
  }

  /** The report's line for each file. */
  fileLines() {
    return this.page.locator('[data-testid=check-file]').allInnerTexts();
  }

  /** Every problem the report lists. */
  problems() {
    return this.page.locator('[data-testid=check-problem]').allInnerTexts();
  }

  /** Chooses the edition (`en`, `fa`) the explainer is drawn in, with the page's buttons. */
  async chooseEdition(lang) {
    await this.page.locator(`[data-testid=check-edition][data-lang=${lang}]`).click();
  }

  /** Clicks the edition buttons twelve times, at once and then a few milliseconds apart, over every point of the
   * drawing (from inside the page: faster than any reader). */
  async flipEditions() {
    await this.page.evaluate(async () => {
      for (let i = 0; i < 12; i++) {
        document.querySelector(`[data-testid=check-edition][data-lang=${i % 2 ? 'en' : 'fa'}]`).click();
        await new Promise((r) => setTimeout(r, i * 4));
      }
    });
  }

  /** Waits until the explainer is drawn right to left (the Persian edition chosen). */
  async previewRightToLeft() {
    await this.page.waitForFunction(() => document.querySelector('[data-testid=check-preview]')?.getAttribute('dir') === 'rtl');
  }

  /** Waits until the explainer is drawn whole in English. */
  async previewDrawnInEnglish(timeout = 20000) {
    await this.page.locator('[data-testid=check-preview][lang=en] footer [data-testid=updated]').waitFor({ timeout });
  }

  /** How many explainers the page draws (0 for invalid files, never more than 1). */
  previewCount() {
    return this.page.locator('[data-testid=check-preview]').count();
  }

  /** How many embed code sections the page has (a file being checked has no address to embed). */
  embedCodesCount() {
    return this.page.locator('[data-testid=embed-codes]').count();
  }

  /** The page's main text (what it says without JavaScript). */
  mainText() {
    return this.page.locator('main').innerText();
  }
}

// The explainer in engines that Playwright does not drive (WebKit over WebDriver, Firefox over puppeteer).
export { EngineExplainer } from './page/engine.mjs';
