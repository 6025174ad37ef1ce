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

  /** Goes to `address` and no further (a page opened by `openPage` also waits there for the app to take the page
   * over, see browser.mjs); `open` also waits for the live chart. */
  async visit(address, options) {
    return this.scope.goto(address, options);
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
  focusedPointId() {
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

  /** Waits until the story's chart is drawn. */
  async storyChartDrawn(timeout) {
    await this.scope.locator('[data-testid=story-chart] svg.chart').waitFor({ timeout });
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

  // ─── Opening the page and waiting for the app ───────────────────────────────────────────────────────────────

  /** Opens `url` and waits until the app is ready for the reader (see `ready`). */
  async open(url, timeout) {
    await this.scope.goto(url);
    await this.ready(timeout);
  }

  /** Waits until the app is ready for the reader: the live chart drawn and the footer's "updated" line shown.
   * (`timeout` left out: Playwright's own.) */
  async ready(timeout) {
    await this.liveChart(timeout);
    await this.updated(timeout);
  }

  /** Waits until the explorer's live chart (not the built page's still) is drawn. */
  async liveChart(timeout) {
    await this.scope.locator('[data-testid=toll-chart] svg.chart').waitFor({ timeout });
  }

  /** Waits until the app has taken the built page over (`#app[data-ready]`, src/app.rs): it answers clicks from then. */
  async takenOver(timeout = 20000) {
    await this.scope.locator('#app[data-ready]').waitFor({ state: 'attached', timeout });
  }

  /** Waits two frames: what the app changed on taking over is painted. */
  async painted() {
    await this.scope.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }

  /** The page's title (the document's, as a browser tab shows it). */
  title() {
    return this.scope.title();
  }

  /** What the built page says it is, on its app's root: language, direction, edition, view (null: the whole
   * page), dataset, and how much text it holds. */
  builtFor() {
    return this.scope.evaluate(() => {
      const app = document.getElementById('app');
      return { lang: document.documentElement.lang, dir: document.documentElement.dir, edition: app.dataset.edition, view: app.dataset.view ?? null, dataset: app.dataset.dataset, text: app.textContent.length };
    });
  }

  /** What a reader without JavaScript is told the page needs it for. */
  noScriptNote() {
    return this.scope.locator('noscript p.needs-js').innerText();
  }

  /** Before the page's scripts run, notes every element and text of the built page (outside its charts), so that
   * `keptFromBuiltPage` can say what the app kept. Call before opening the page. */
  async noteBuiltPage() {
    await this.scope.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const outsideCharts = (e) => !e.closest('.toll-chart');
        window.__built = new Set([...document.querySelectorAll('#app *')].filter(outsideCharts));
        window.__builtText = [...document.querySelectorAll('#app *')].filter(outsideCharts).map((e) => (e.children.length ? '' : e.textContent)).join('|');
      });
    });
  }

  /** What the app did to the built page (outside its charts): elements built, removed and added, and whether every
   * text is the built one. */
  keptFromBuiltPage() {
    return this.scope.evaluate(() => {
      const outsideCharts = (e) => !e.closest('.toll-chart');
      const now = [...document.querySelectorAll('#app *')].filter(outsideCharts);
      const text = now.map((e) => (e.children.length ? '' : e.textContent)).join('|');
      return {
        built: window.__built.size,
        removed: [...window.__built].filter((e) => !e.isConnected).length,
        added: now.filter((e) => !window.__built.has(e)).map((e) => e.outerHTML.slice(0, 120)),
        sameText: text === window.__builtText,
      };
    });
  }

  /** From the page's first byte, sums how far its content moves under the reader (layout shifts without input).
   * Call before opening the page. */
  async watchLayoutShift() {
    await this.scope.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
  }

  /** Holds the page's fonts back by `ms` milliseconds, as a slow link does: the text is first laid out without them. */
  async fontsLate(ms) {
    await this.scope.route(/\.woff2$/, async (route) => {
      await new Promise((done) => setTimeout(done, ms));
      await route.continue();
    });
  }

  /** The cumulative layout shift since the page opened (see `watchLayoutShift`). */
  layoutShift() {
    return this.scope.evaluate(() => window.__shift);
  }

  /** From the page's first byte, notes the moment the live chart enters the document. Call before opening it. */
  async noteChartArrival() {
    await this.scope.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-testid=toll-chart] svg.chart')) {
          window.__chartAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, childList: true });
    });
  }

  /** When the live chart entered the document, in ms from navigation start (see `noteChartArrival`). */
  chartArrivedAt() {
    return this.scope.evaluate(() => window.__chartAt);
  }

  /** From the page's first byte, watches for when a door's own content (`view`'s, or the whole page's headline
   * figures) is readable, the bytes arrived by then, and anything else on screen first (another language, the whole
   * page in an embed's door). Call before opening the door; read with `doorWatched`. */
  async watchDoor({ lang, view }) {
    await this.scope.addInitScript(doorWatcher, { lang, view });
  }

  /** Waits until the door's own content is readable; returns what `watchDoor` noted. */
  async doorWatched(timeout) {
    const handle = await this.scope.waitForFunction(() => window.__door?.own && window.__door, null, { timeout, polling: 100 });
    return handle.jsonValue();
  }

  // ─── A reader who saves data ─────────────────────────────────────────────────────────────────────────────────

  /** Waits until the page offers to load the app (a reader with "Data Saver" on). */
  async saveDataOffered(timeout) {
    await this.scope.locator('[data-save-data]').waitFor({ state: 'visible', timeout });
  }

  /** The offer's text (what the app weighs, in the edition's digits). */
  saveDataOffer() {
    return this.scope.locator('[data-save-data]').innerText();
  }

  /** Whether the offer is hidden. */
  saveDataOfferHidden() {
    return this.scope.locator('[data-save-data]').isHidden();
  }

  /** Accepts the offer: loads the app. */
  async loadApp() {
    await this.scope.locator('[data-load-app]').click();
  }

  // ─── The page's parts ────────────────────────────────────────────────────────────────────────────────────────

  /** The whole page's title, in its masthead. */
  mainTitle() {
    return this.scope.locator('header.masthead h1').innerText();
  }

  /** How many mastheads the page shows (none in an embed). */
  mastheads() {
    return this.scope.locator('header.masthead').count();
  }

  /** Waits until an embed view (any) is shown. */
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
  /** Waits until an embed view's source line is shown (its last part: the view is all there). */
  async embedSourceShown(timeout) {
    await this.scope.locator('[data-testid=embedded] .embed-source').waitFor({ timeout });
  }

  /** Which embed view the page is (`data-view`). */
  embeddedView() {
    return this.scope.locator('[data-testid=embedded]').getAttribute('data-view');
  }

  /** How many embed views the page shows (0: the whole page). */
  embeds() {
    return this.scope.locator('[data-testid=embedded]').count();
  }

  /** How many headline figures (cards) the page shows: two, when the dataset has a headline pair. */
  keyFigureCards() {
    return this.scope.locator('[data-testid=summary] .card').count();
  }

  /** Waits until the first headline figure is shown. */
  async firstKeyFigureShown(timeout) {
    await this.scope.locator('[data-testid=summary] .card').first().waitFor({ timeout });
  }

  /** How many still charts (drawn by the build) are shown, with a box. */
  stillChartsShown() {
    return this.scope.locator('.toll-chart .still svg.chart-still').evaluateAll((svgs) => svgs.filter((s) => s.getBoundingClientRect().width > 0).length);
  }

  /** How many story steps the page holds (as built: `article[data-step]`). */
  stepArticles() {
    return this.scope.locator('article[data-step]').count();
  }

  /** How many blackout events the page lists. */
  blackoutEvents() {
    return this.scope.locator('[data-event]').count();
  }

  /** How many of each part the page shows, by name: an error, the story, "what was known on", method, disagreements,
   * sources, history, verification, the blackout, the context, the known cuts. */
  async parts() {
    const count = (sel) => this.scope.locator(sel).count();
    return {
      error: await count('[data-testid=data-error], [data-testid=load-error]'),
      story: await count('[data-testid=story], #story-heading, [data-testid=story-chart]'),
      knownOn: await count('[data-testid=known-on]'),
      method: await count('[data-testid=method]'),
      disagreements: await count('[data-testid=disagreements]'),
      sources: await count('[data-testid=sources]'),
      history: await count('[data-testid=history]'),
      verification: await count('[data-testid=verification]'),
      blackout: await count('.blackout'),
      context: await count('.context'),
      knownCuts: await count('[data-testid=known-cuts]'),
    };
  }

  /** The theme the page is drawn in (`light` or `dark`). */
  theme() {
    return this.scope.locator('html').getAttribute('data-theme');
  }

  /** How far the page scrolls sideways (0 or less: not at all). */
  sidewaysScroll() {
    return this.scope.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  }

  // ─── The chart: points and tooltip ───────────────────────────────────────────────────────────────────────────

  /** How many tab stops the chart has (one: the keyboard enters it once). */
  chartTabStops() {
    return this.scope.locator('[data-testid=toll-chart] .hit[tabindex="0"]').count();
  }

  /** Tabs into the chart and waits for the tooltip of the point it lands on. */
  async openTooltip() {
    await this.scope.locator('[data-testid=toll-chart] .hit[tabindex="0"]').focus();
    await this.scope.locator('[data-testid=tooltip]').waitFor();
  }

  /** How many points (claims, events) the live chart has. */
  points() {
    return this.scope.locator('[data-testid=toll-chart] .hit').count();
  }

  /** The point that has focus ({id, x, y} on the chart), or null when focus is not on a point. */
  focusedPoint() {
    return this.scope.evaluate(() => {
      const el = document.activeElement;
      return el?.classList.contains('hit') ? { id: el.dataset.id, x: Number(el.getAttribute('cx')), y: Number(el.getAttribute('cy')) } : null;
    });
  }

  /** The name a screen reader gives the focused point (its label up to the colon). */
  focusedPointName() {
    return this.scope.evaluate(() => document.activeElement.getAttribute('aria-label').split(':')[0]);
  }

  /** Taps the point of claim `id` on a touch screen (scrolled into view first). */
  async tapPoint(id) {
    const hit = this.scope.locator(`[data-testid=toll-chart] .hit[data-id="${id}"]`);
    await hit.scrollIntoViewIfNeeded();
    const box = await hit.boundingBox();
    await this.scope.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** Where the tooltip is on the page (its box). */
  tooltipBox() {
    return this.scope.locator('[data-testid=tooltip]').boundingBox();
  }

  /** Where the chart's drawing is on the page (its box). */
  chartBox() {
    return this.scope.locator('[data-testid=toll-chart] .chart-svg').boundingBox();
  }

  /** The chart's description for screen readers (what it shows, between which dates). */
  chartDescription() {
    return this.scope.locator('[data-testid=toll-chart] svg.chart desc').textContent();
  }

  /** The ids of the claims drawn as points on the chart. */
  claimsOnChart() {
    return this.scope.locator('[data-testid=toll-chart] .hit[data-kind=claim]').evaluateAll((cs) => cs.map((c) => c.dataset.id));
  }

  /** How many internet-cut bands the chart draws. */
  blackoutBands() {
    return this.scope.locator('[data-testid=toll-chart] svg.chart g.blackout-band').count();
  }

  /** How many service bars (one per service cut) the chart draws. */
  serviceBars() {
    return this.scope.locator('[data-testid=toll-chart] svg.chart g.services rect').count();
  }

  /** The top of the deaths axis: the largest number its grid labels. */
  deathsAxisTop() {
    return this.scope
      .locator('[data-testid=toll-chart] svg.chart g.grid text')
      .evaluateAll((ts) => Math.max(...ts.map((t) => Number(t.textContent.replace(/[^0-9]/g, '')) || 0)));
  }

  /** The boxes of the time axis's labels (those with letters: the dates), as shown (with a width). */
  dateLabelBoxes() {
    return this.scope
      .locator('[data-testid=toll-chart] svg.chart g.grid text')
      .evaluateAll((ts) => ts.filter((t) => /[A-Za-z]/.test(t.textContent)).map((t) => t.getBoundingClientRect()).filter((r) => r.width > 0));
  }

  /** The colour of the chart's paper (its background). */
  paperColour() {
    return this.scope.locator('[data-testid=toll-chart] svg.chart rect.paper').getAttribute('fill');
  }

  /** The boxes of the annotation labels on the story's chart (`story`) or the explorer's (`explorer`). */
  annotationBoxes(chart) {
    const testid = chart === 'story' ? 'story-chart' : 'toll-chart';
    return this.scope
      .locator(`[data-testid=${testid}] svg.chart g.annotations text`)
      .evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect()).map((r) => ({ l: r.left, r: r.right, t: r.top, b: r.bottom })));
  }

  // ─── The chart's filters and time window ─────────────────────────────────────────────────────────────────────

  /** Clicks a claimant's toggle in the legend (hides or shows its series). */
  async toggleClaimant(id) {
    await this.scope.locator(`.toggle[data-claimant="${id}"]`).click();
  }

  /** A claimant's toggle as the legend says it (`aria-pressed`: `true` shown, `false` hidden). */
  claimantPressed(id) {
    return this.scope.locator(`.toggle[data-claimant="${id}"]`).getAttribute('aria-pressed');
  }

  /** Clicks "reset": every claimant and kind shown again. */
  async resetFilters() {
    await this.scope.locator('[data-testid=reset]').click();
  }

  /** Moves the time window's start by `days` days, one arrow key per day (forward; back if negative). */
  async moveWindowStart(days) {
    await this.#stepSlider('[data-testid=window-from]', days);
  }

  /** Moves the time window's end by `days` days, one arrow key per day (forward; back if negative). */
  async moveWindowEnd(days) {
    await this.#stepSlider('[data-testid=window-to]', days);
  }

  async #stepSlider(selector, days) {
    await this.scope.locator(selector).focus();
    const keyboard = this.scope.keyboard ?? this.scope.page().keyboard;
    for (let i = 0; i < Math.abs(days); i++) await keyboard.press(days > 0 ? 'ArrowRight' : 'ArrowLeft');
  }

  /** The time window as the page writes it (its two dates). */
  timeWindow() {
    return this.scope.locator('[data-testid=time-window]').innerText();
  }

  /** Times one redraw as a reader gets it: from clicking claimant `id`'s toggle to the next frame with the chart
   * changed, in ms. */
  redrawAfterToggle(id) {
    return this.#timedRedraw(`.toggle[data-claimant="${id}"]`, 'click');
  }

  /** Times one redraw as a reader gets it: from moving the window's start by a day to the next frame with the
   * chart changed, in ms. */
  redrawAfterWindowStep() {
    return this.#timedRedraw('[data-testid=window-from]', 'input');
  }

  // In the page: dispatch the reader's input, wait for the chart's SVG to change, then for the next frame.
  #timedRedraw(selector, act) {
    return this.scope.evaluate(
      ([sel, how]) =>
        new Promise((done) => {
          const chart = document.querySelector('[data-testid=toll-chart] .chart-svg');
          const el = document.querySelector(sel);
          const t0 = performance.now();
          const observer = new MutationObserver(() => {
            observer.disconnect();
            requestAnimationFrame(() => done(performance.now() - t0));
          });
          observer.observe(chart, { childList: true, subtree: true, characterData: true, attributes: true });
          if (how === 'click') el.click();
          else {
            el.value = String(Number(el.value) + 1);
            el.dispatchEvent(new Event('input', { bubbles: true }));
          }
        }),
      [selector, act],
    );
  }

  // ─── The explorer's chart, as it comes and goes with the table view ──────────────────────────────────────────

  /** Waits until the explorer's chart is drawn. */
  async explorerChart(timeout) {
    await this.scope.locator('.explorer [data-testid=toll-chart] svg.chart').waitFor({ timeout });
  }

  /** How many charts the explorer holds (0: unmounted under the table). */
  explorerCharts() {
    return this.scope.locator('.explorer [data-testid=toll-chart]').count();
  }

  /** The width the explorer's chart is drawn for (its viewBox). */
  explorerChartDrawnWidth() {
    return this.scope.locator('.explorer [data-testid=toll-chart] svg.hit-layer').evaluate((s) => Number(s.getAttribute('viewBox').split(' ')[2]));
  }

  /** The width of the explorer chart's box on the page. */
  explorerChartBoxWidth() {
    return this.scope.locator('.explorer [data-testid=toll-chart]').evaluate((e) => e.clientWidth);
  }

  /** Waits until the explorer's chart is drawn for a width other than `width`. */
  async explorerChartRedrawnFrom(width, timeout) {
    await this.scope.waitForFunction(
      (w) => {
        const s = document.querySelector('.explorer [data-testid=toll-chart] svg.hit-layer');
        return s && Number(s.getAttribute('viewBox').split(' ')[2]) !== w;
      },
      width,
      { timeout },
    );
  }

  // ─── The table ───────────────────────────────────────────────────────────────────────────────────────────────

  /** Opens the table view (its tab) and waits for the table. */
  async openTable() {
    await this.scope.locator('#tab-table').click();
    await this.tableShown();
  }

  /** Opens the chart view (its tab). */
  async openChart() {
    await this.scope.locator('#tab-chart').click();
  }

  /** How many rows (claims) the table has. */
  tableRows() {
    return this.scope.locator('[data-testid=claims-table] tbody tr').count();
  }

  /** Clicks a column's sort button (`figure`…): once ascending, again descending. */
  async sortTableBy(column) {
    await this.scope.locator(`[data-testid=claims-table] button[data-sort=${column}]`).click();
  }

  /** The claim in the table's first row. */
  firstTableClaim() {
    return this.scope.locator('[data-testid=claims-table] tbody tr').first().getAttribute('data-claim');
  }

  /** How many of the table's columns say they are sorted `direction` (`ascending`, `descending`). */
  columnsSorted(direction) {
    return this.scope.locator(`[data-testid=claims-table] th[aria-sort=${direction}]`).count();
  }

  /** How many links to sources the table holds. */
  tableSourceLinks() {
    return this.scope.locator('[data-testid=claims-table] tbody a[href^="http"]').count();
  }

  /** The claims the table lists, by id, in order. */
  tableClaims() {
    return this.scope.locator('[data-testid=claims-table] tr[data-claim]').evaluateAll((rs) => rs.map((r) => r.dataset.claim));
  }

  // ─── Downloads and embed codes ───────────────────────────────────────────────────────────────────────────────

  /** Clicks a download button (`csv`, `json`, `svg`, `png`); returns the file's suggested name and its bytes. */
  async download(format) {
    const page = this.scope.waitForEvent ? this.scope : this.scope.page();
    const [dl] = await Promise.all([page.waitForEvent('download'), this.scope.locator(`[data-testid=download-${format}]`).click()]);
    return { name: dl.suggestedFilename(), body: await readFile(await dl.path()) };
  }

  /** Opens the embed button's dialog, picks a view and a theme; returns the code with embed.js (`snippet`) and
   * without (`plain`). */
  async embedCodes(view, theme) {
    await this.openEmbedCodes();
    await this.scope.locator('[data-testid=embed-view]').selectOption(view);
    await this.scope.locator('[data-testid=embed-theme]').selectOption(theme);
    return {
      snippet: await this.embedSnippet(),
      plain: await this.scope.locator('[data-testid=embed-plain]').inputValue(),
    };
  }

  /** The views the embed dialog offers. */
  embedViewsOffered() {
    return this.scope.locator('[data-testid=embed-view] option').evaluateAll((os) => os.map((o) => o.value));
  }

  // ─── The story ───────────────────────────────────────────────────────────────────────────────────────────────

  /** How many story sections the page has (0 or 1). */
  storySections() {
    return this.scope.locator('[data-testid=story]').count();
  }

  /** How many steps the story section has. */
  storySteps() {
    return this.scope.locator('[data-testid=story] article.step').count();
  }

  /** The step the story is at (its id). */
  currentStep() {
    return this.scope.locator('article.step[aria-current=step]').getAttribute('id');
  }

  /** Waits until the story is at step `id`. */
  async atStep(id) {
    await this.scope.waitForFunction((i) => document.querySelector('article.step[aria-current=step]')?.id === i, id);
  }

  /** Clicks "next" on the step the story is at. */
  async nextStep() {
    await this.scope.locator('article.step[aria-current=step] [data-testid=story-next]').click();
  }

  /** Waits until the keyboard's focus is on step `id`. */
  async focusOnStep(id) {
    await this.scope.waitForFunction((i) => document.activeElement?.id === i, id);
  }

  /** The story chart's description for screen readers (what it shows, between which dates). */
  storyChartDescription() {
    return this.scope.locator('[data-testid=story-chart] svg.chart desc').textContent();
  }

  /** How many annotations labelled `label` the story's chart shows. */
  storyAnnotations(label) {
    return this.scope.locator('[data-testid=story-chart] g.annotations text', { hasText: label }).count();
  }

  /** Every value the story's text fills in from the dataset: its kind, record, value and text. */
  storyValues() {
    return this.scope
      .locator('article.step .ref')
      .evaluateAll((rs) => rs.map((r) => ({ kind: r.dataset.kind, id: r.dataset.id, value: r.dataset.value ?? null, text: r.textContent })));
  }

  /** The story's prose between the filled-in values. */
  storyProse() {
    return this.scope.locator('article.step .step-text > span:not(.ref)').allTextContents();
  }

  // ─── "What was known on…" ────────────────────────────────────────────────────────────────────────────────────

  /** Sets the "what was known on" slider to `offset` days after the period's start, as an input would. */
  async setKnownDay(offset) {
    await this.scope.locator('[data-testid=known-slider]').evaluate((el, v) => {
      el.value = String(v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, offset);
  }

  /** Waits until the section says the day is `date` (as written on the page). */
  async knownDateIs(date) {
    await this.scope.waitForFunction((d) => document.querySelector('[data-testid=known-date]').textContent === d, date);
  }

  /** What the section lists: each claimant's figure known on the day (claimant, claim, text). */
  knownFigures() {
    return this.scope
      .locator('[data-testid=known-list] li[data-claimant]')
      .evaluateAll((ls) => ls.map((l) => ({ claimant: l.dataset.claimant, claim: l.dataset.claim, text: l.textContent })));
  }

  /** The state of blackout event `id` on the day (`notyet`, `cut`, `partly`, `restored`). */
  knownCut(id) {
    return this.scope.locator(`[data-testid=known-cuts] li[data-event="${id}"]`).getAttribute('data-state');
  }

  /** Saves a screenshot of the section to `path`. */
  async screenshotKnownOn(path) {
    await this.scope.locator('[data-testid=known-on]').screenshot({ path });
  }

  // ─── Comparison, method, sources, footer ─────────────────────────────────────────────────────────────────────

  /** The episodes the comparison shows, in order. */
  comparedEpisodes() {
    return this.scope.locator('[data-testid=compare] .compare-group').evaluateAll((gs) => gs.map((g) => g.dataset.episode));
  }

  /** The comparison's bars: each one's value, drawn width, and number of links to sources. */
  comparedBars() {
    return this.scope
      .locator('[data-testid=compare] li')
      .evaluateAll((ls) => ls.map((l) => ({ v: Number(l.dataset.value), w: l.querySelector('.bar').getBoundingClientRect().width, links: l.querySelectorAll('a[href^="http"]').length })));
  }

  /** The footer's "updated" line. */
  updatedLine() {
    return this.scope.locator('[data-testid=updated]').innerText();
  }

  /** How many corrections the page lists. */
  corrections() {
    return this.scope.locator('[data-testid=corrections] li').count();
  }

  /** The corrections section's text (it says when there are none). */
  correctionsText() {
    return this.scope.locator('[data-testid=corrections]').innerText();
  }

  /** How many claimants the method section explains. */
  methodClaimants() {
    return this.scope.locator('[data-testid=method] .method-item[data-claimant]').count();
  }

  /** Opens the first list of sources (scrolled to it). */
  async openSources() {
    const summary = this.scope.locator('[data-testid=sources] details > summary').first();
    await summary.scrollIntoViewIfNeeded();
    await summary.click();
  }

  /** Puts the keyboard's focus on the first link of an open list of sources. */
  async focusSourceLink() {
    await this.scope.locator('[data-testid=sources] details[open] a[href]').first().focus();
  }

  /** Whether the first list of sources is open. */
  sourcesOpen() {
    return this.scope.evaluate(() => document.querySelector('[data-testid=sources] details').open);
  }

  /** The focused link: where it is in the window (px from its top) and where it goes. */
  focusedLink() {
    return this.scope.evaluate(() => ({ y: document.activeElement.getBoundingClientRect().top, href: document.activeElement.getAttribute('href') }));
  }

  // ─── In a frame: what the page inside knows of itself ────────────────────────────────────────────────────────

  /** The height of the page's content box, whatever its frame's height (no viewport in a frame). */
  boxHeight() {
    return this.scope.evaluate(() => document.documentElement.getBoundingClientRect().height);
  }

  /** How far the page's content scrolls (its document's or body's scroll height, whichever is more). */
  scrollHeight() {
    return this.scope.evaluate(() => Math.max(document.documentElement.scrollHeight, document.body.scrollHeight));
  }

  /** Whether the page fits its window, with no scrollbar of its own (2 px of slack). */
  noInnerScrollbar() {
    return this.scope.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 2);
  }

  /** The width of the page's window (a frame's: its width on the host page). */
  windowWidth() {
    return this.scope.evaluate(() => window.innerWidth);
  }

  /** The page's address. */
  address() {
    return this.scope.evaluate(() => location.href);
  }

  /** The page's origin (`null`: opaque, in a sandbox). */
  origin() {
    return this.scope.evaluate(() => origin);
  }

  /** How many entries the page's history has. */
  historyLength() {
    return this.scope.evaluate(() => history.length);
  }

  /** Waits until the page's query holds `text`. */
  async addressHas(text) {
    await this.scope.waitForFunction((t) => location.search.includes(t), text);
  }

  /** Waits until the page's query no longer holds `text`. */
  async addressLacks(text) {
    await this.scope.waitForFunction((t) => !location.search.includes(t), text);
  }
}

/** In the page from its first byte (see `Explainer.watchDoor`): the moment its own content is readable, and what
 * was on screen before. "Readable": an element with non-empty text, with a box, inside the viewport, not hidden. */
function doorWatcher({ lang, view }) {
  const marks = (window.__door = { first: null, own: null, other: [] });
  const readable = (el) => {
    if (!el || !el.textContent.trim()) return false;
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && s.visibility !== 'hidden' && Number(s.opacity) > 0;
  };
  const own = () =>
    view
      ? [...document.querySelectorAll(`[data-testid=embedded][data-view=${view}] *`)].filter((e) => e.children.length === 0 || e.matches('svg'))
      : [...document.querySelectorAll('[data-testid=summary] .figure')];
  const check = () => {
    const now = performance.now();
    const visible = [...document.querySelectorAll('body *')].some((e) => e.children.length === 0 && readable(e));
    if (visible && !marks.first) marks.first = now;
    // Anything else on screen: another language, or the whole page in an embed's door.
    if (visible && document.documentElement.lang !== lang) marks.other.push(`lang ${document.documentElement.lang}`);
    if (visible && view && readable(document.querySelector('header.masthead h1'))) marks.other.push('the whole page');
    if (!marks.own && own().some(readable)) {
      const bytes = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
        .filter((e) => e.responseEnd > 0 && e.responseEnd <= now)
        .reduce((n, e) => n + e.transferSize, 0);
      marks.own = { at: now, bytes };
    }
    if (!marks.own) requestAnimationFrame(check);
  };
  new MutationObserver(() => requestAnimationFrame(check)).observe(document, { subtree: true, childList: true, characterData: true });
  requestAnimationFrame(check);
}

/** A news article (a host page) holding the explainer in a frame: WordPress's for a pasted link (`pasted`), the
 * embed code's, or, for an oEmbed consumer that knows neither (`consumer`), its only frame. On the tests' own host
 * pages, a frame may also be named by its `id`, or be the one pym.js's parent made (`pym`). */
export class Article {
  constructor(page, { pasted = false, consumer = false, id = null, pym = false } = {}) {
    this.page = page;
    this.selector = id ? `#${id}` : pym ? '#container iframe' : consumer ? 'iframe' : pasted ? 'iframe.wp-embedded-content' : 'iframe[data-toll-explainer]';
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

  // ─── Embedding: the frame's height, and the page inside it ───────────────────────────────────────────────────

  /** The explainer in the frame as it is now (a Playwright frame, not a locator), for what only the page inside
   * can say: its height, its origin, its address. */
  async inFrame() {
    return new Explainer(await (await this.frame.first().elementHandle()).contentFrame());
  }

  /** The frame's height on the article. */
  frameHeight() {
    return this.frame.first().evaluate((f) => f.getBoundingClientRect().height);
  }

  /** The frame's address (`src`). */
  frameAddress() {
    return this.frame.first().getAttribute('src');
  }

  /** Waits until the frame's height has settled to its content's height (up to 5 s); returns both (`outer`,
   * `inner`), and the explainer inside. */
  async settled() {
    const frameEl = this.frame.first();
    await frameEl.waitFor();
    const explainer = await this.inFrame();
    await explainer.embedded(15000);
    let last = { outer: -1, inner: -2 };
    for (let i = 0; i < 50; i++) {
      await this.page.waitForTimeout(100);
      const outer = await this.frameHeight();
      const inner = await explainer.scrollHeight();
      if (Math.abs(outer - inner) <= 2 && outer === last.outer) return { outer, inner, explainer };
      last = { outer, inner };
    }
    return { ...last, explainer };
  }

  /** The ids of every frame on the article. */
  frameIds() {
    return this.page.locator('iframe').evaluateAll((fs) => fs.map((f) => f.id));
  }

  /** Every frame's height (by id), sampled every 250 ms for 10 s while nobody touches the page. */
  frameHeightsWhileIdle() {
    return this.page.evaluate(async () => {
      const out = {};
      const fs = [...document.querySelectorAll('iframe')];
      for (let t = 0; t < 40; t++) {
        for (const f of fs) (out[f.id] ??= []).push(f.getBoundingClientRect().height);
        await new Promise((ok) => setTimeout(ok, 250));
      }
      return out;
    });
  }

  /** Posts `messages` to the frame, as a script on the article would (to any origin). */
  async postToFrame(messages) {
    await this.frame.first().evaluate((f, ms) => {
      for (const m of ms) f.contentWindow.postMessage(m, '*');
    }, messages);
  }

  /** How many entries the article's history has. */
  historyLength() {
    return this.page.evaluate(() => history.length);
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
