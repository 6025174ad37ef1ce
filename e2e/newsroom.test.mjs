// For newsrooms: the dataset chosen by the page (<meta name="dataset">) or a link (?data=data/<name>.json), never
// anything outside the site's data folder; embed codes and links that carry it; and the check page (check.html),
// where an editor opens a dataset and sees every problem, or the explainer drawn from it. Expectations come from
// the files the server serves and from the invalid corpus.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTIFACTS, ONCE, ROOT, headlineClaim, launch, nf, openPage, serve } from './harness.mjs';
import { CheckPage, Explainer } from './page.mjs';

let server;
let browser;
let own;
let stories;

before(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  server = await serve();
  browser = await launch();
  const html = await (await fetch(server.url)).text();
  own = /<meta name="dataset" content="([^"]+)"/.exec(html)?.[1];
  // Every dataset the site publishes beside the page's own (a second story, at least).
  stories = (await readdir(join(ROOT, 'public', 'data'))).filter((f) => f.endsWith('.json') && !f.endsWith('.fa.json')).map((f) => `data/${f}`);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const served = async (path) => JSON.parse(await (await fetch(`${server.url}${path}`)).text());

describe('the dataset a page shows', () => {
  test('the page names its own dataset, and its embed codes name its story', async () => {
    assert.match(own ?? '', /^data\/[a-z0-9-]+\.json$/, 'index.html names its dataset');
    const p = await openPage(browser, server.url);
    const explainer = new Explainer(p.page);
    await explainer.visit(server.url);
    await explainer.ready();
    await explainer.openEmbedCodes();
    const snippet = await explainer.embedSnippet();
    // The embed's own page, named by the story (core/src/door.rs), so it keeps its story when the site's changes.
    const name = own.replace(/^data\//, '').replace(/\.json$/, '');
    assert.match(snippet, new RegExp(`src="[^"]*/${name}\\.embed-[a-z]+\\.html`), snippet);
    p.assertClean();
    await p.close();
  });

  test('a link chooses another published story: its figures, its title, its Persian text, and links that carry it', ONCE, async () => {
    const others = stories.filter((s) => s !== own);
    assert.ok(others.length >= 1, `a second story is published beside ${own}: ${stories}`);
    for (const story of others) {
      const data = await served(story);
      const official = headlineClaim(data, data.meta.headline.official);
      const independent = headlineClaim(data, data.meta.headline.independent);
      const p = await openPage(browser, server.url);
      const explainer = new Explainer(p.page);
      const requested = [];
      p.page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      await explainer.visit(`${server.url}?data=${story}&lang=en`);
      await explainer.ready();
      assert.equal(new URL(p.page.url()).pathname, `/${story.replace(/^data\//, '').replace(/\.json$/, '')}.html`, 'the story\'s own page');
      assert.equal(await explainer.heading(), data.meta.title);
      assert.ok((await explainer.headlineCard('official')).includes(nf.format(official.value)));
      assert.ok((await explainer.headlineCard('independent')).includes(nf.format(independent.value)));
      assert.ok(requested.some((r) => r.endsWith(`/${story}`)), requested.join(' '));
      assert.ok(!requested.some((r) => r.endsWith(`/${own}`)), 'the page\'s own dataset is not fetched');
      // The switch to Persian keeps the story; embed codes name it.
      const name = story.replace(/^data\//, '').replace(/\.json$/, '');
      const sw = await explainer.editionSwitchHref();
      assert.equal(new URL(sw, server.url).pathname, `/${name}.fa.html`, sw);
      await explainer.openEmbedCodes();
      const snippet = await explainer.embedSnippet();
      const src = /src="([^"]+)"/.exec(snippet)[1].replaceAll('&amp;', '&');
      assert.match(new URL(src).pathname, new RegExp(`^/${name}\\.embed-[a-z]+\\.html$`), snippet);
      p.assertClean();
      await p.close();

      // The embed the code makes shows that story, and so does the Persian edition, with its own text.
      const e = await openPage(browser, server.url, { width: 400 });
      const embed = new Explainer(e.page);
      await embed.visit(src);
      await embed.embedded(20000);
      assert.ok((await embed.embedSource()).includes(data.meta.title));
      e.assertClean();
      await e.close();
      const fa = await openPage(browser, server.url);
      const persian = new Explainer(fa.page);
      const faRequests = [];
      fa.page.on('request', (r) => faRequests.push(new URL(r.url()).pathname));
      await persian.visit(`${server.url}${story.replace(/^data\//, '').replace(/\.json$/, '')}.fa.html`);
      await persian.ready();
      const faText = await served(story.replace(/\.json$/, '.fa.json'));
      assert.equal(await persian.heading(), faText.meta.title);
      assert.ok(faRequests.some((r) => r.endsWith(`/${story.replace(/\.json$/, '.fa.json')}`)));
      fa.assertClean();
      await fa.close();
    }
  });

  test('a link to anything outside the data folder is refused, says why, and loads nothing', ONCE, async () => {
    const refused = [
      'https://example.org/data/x.json',
      '//example.org/data/x.json',
      '/data/x.json',
      'data/../index.html',
      'data/%2e%2e/x.json',
      'data/x.txt',
      'javascript:alert(1)',
    ];
    for (const value of refused) {
      const p = await openPage(browser, server.url);
      const explainer = new Explainer(p.page);
      const requested = [];
      p.page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      await explainer.visit(`${server.url}?data=${encodeURIComponent(value)}`);
      const text = await explainer.loadError(20000);
      assert.ok(text.includes(value), `${value}: ${text}`);
      assert.equal(await explainer.retryCount(), 0, 'no retry: trying again cannot help');
      assert.equal(await explainer.keyFiguresCount(), 0, 'no other story shown under the refusal');
      assert.ok(!requested.some((r) => r.includes('/data/') || r.endsWith('.json')), `${value}: ${requested.join(' ')}`);
      p.assertClean();
      await p.close();
    }
  });
});

describe('the check page', () => {
  test('a valid dataset: no errors, and the explainer drawn from it in both editions', async () => {
    const p = await openPage(browser, server.url);
    const check = new CheckPage(p.page);
    const { preview } = check;
    await check.open(`${server.url}check.html`);
    await check.ready(20000);
    for (const story of stories) {
      const text = await (await fetch(`${server.url}${story}`)).text();
      const faText = await (await fetch(`${server.url}${story.replace(/\.json$/, '.fa.json')}`)).text();
      const data = JSON.parse(text);
      const name = story.split('/').pop();
      await check.openFiles([
        { name: name.replace(/\.json$/, '.fa.json'), mimeType: 'application/json', buffer: Buffer.from(faText) },
        { name, mimeType: 'application/json', buffer: Buffer.from(text) },
      ]);
      await check.valid(20000);
      const files = await check.fileLines();
      assert.ok(files[0].startsWith(`${name}: 0 errors`), files.join(' | '));
      await preview.updated(20000);
      assert.equal(await preview.heading(), data.meta.title);
      const official = headlineClaim(data, data.meta.headline.official);
      assert.ok((await preview.headlineCard('official')).includes(nf.format(official.value)));
      assert.equal(await check.embedCodesCount(), 0, 'a file being checked has no address to embed');
      assert.equal(await preview.editionSwitchCount(), 0, "no link away from the file: the page's buttons switch editions");
      await check.chooseEdition('fa');
      await check.previewRightToLeft();
      await preview.updated(20000);
      assert.equal(await preview.heading(), JSON.parse(faText).meta.title);
      const faOfficial = await preview.headlineCard('official');
      assert.ok(faOfficial.includes(new Intl.NumberFormat('fa-IR', { useGrouping: 'min2' }).format(official.value)), faOfficial);
      await p.page.screenshot({ path: join(ARTIFACTS, `check-${name}-fa.png`), fullPage: false });
      await check.chooseEdition('en');
    }
    p.assertClean();
    await p.close();
  });

  test('an invalid dataset: every problem, with its place, and nothing drawn', ONCE, async () => {
    const dir = join(ROOT, 'core', 'tests', 'invalid');
    const p = await openPage(browser, server.url, { width: 375 });
    const check = new CheckPage(p.page);
    await check.open(`${server.url}check.html`);
    await check.ready(20000);
    for (const c of ['68-many-problems-all-reported', '04-trailing-comma', '33-parse-errors-in-several-records']) {
      const expect = (await readFile(join(dir, `${c}.expect`), 'utf8')).split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
      const count = Number(expect.find((l) => l.startsWith('count: '))?.slice(7));
      await check.openFiles({ name: `${c}.json`, mimeType: 'application/json', buffer: await readFile(join(dir, `${c}.json`)) });
      await check.reported(`${c}.json`, 20000);
      assert.equal(await check.verdict(), 'false');
      const problems = await check.problems();
      if (count) assert.equal(problems.filter((t) => t.startsWith('Error')).length, count, problems.join('\n'));
      for (const line of expect.filter((l) => !l.startsWith('count: '))) {
        // "error at line L, column C in PATH: message" as the page lists it: "Error line L, column C · PATH: message".
        const m = /^error(?: at (line \d+, column \d+))?(?: in (.+?))?: (.+)$/.exec(line);
        assert.ok(m, line);
        const [, where, path, message] = m;
        assert.ok(problems.some((t) => t.includes(message) && (!where || t.includes(where)) && (!path || t.includes(path))), `${c}: ${line}\n${problems.join('\n')}`);
      }
      assert.equal(await check.previewCount(), 0);
    }
    await p.page.screenshot({ path: join(ARTIFACTS, 'check-invalid-375.png'), fullPage: true });
    p.assertClean();
    await p.close();
  });

  test('without JavaScript the check page says what it needs, and points to the command-line validator', ONCE, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const check = new CheckPage(await context.newPage());
    await check.open(`${server.url}check.html`);
    const text = await check.mainText();
    assert.match(text, /needs JavaScript/);
    assert.match(text, /DATA\.md/);
    assert.equal(await check.pageKind(), 'check');
    await context.close();
  });

  test('nothing is uploaded: opening a file makes no request', ONCE, async () => {
    const p = await openPage(browser, server.url);
    const check = new CheckPage(p.page);
    await check.open(`${server.url}check.html`);
    await check.ready(20000);
    const after = [];
    p.page.on('request', (r) => after.push(r.url()));
    const text = await (await fetch(`${server.url}${own}`)).text();
    await check.openFiles({ name: 'story.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await check.preview.updated(20000);
    assert.deepEqual(after.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:')), [], 'no request after opening the file');
    await writeFile(join(ARTIFACTS, 'check-requests.txt'), after.join('\n'));
    p.assertClean();
    await p.close();
  });

  test('the edition or the file changed while the explainer is still being drawn: no error, and the last choice is drawn', ONCE, async () => {
    // The explainer is drawn a section per task; each change draws it again from scratch, and what was left of the
    // old drawing must stop quietly (it once read a disposed signal and aborted the page: "unreachable").
    const p = await openPage(browser, server.url);
    const check = new CheckPage(p.page);
    await check.open(`${server.url}check.html`);
    await check.ready(20000);
    const files = async (story) => {
      const text = await (await fetch(`${server.url}${story}`)).text();
      const faText = await (await fetch(`${server.url}${story.replace(/\.json$/, '.fa.json')}`)).text();
      const name = story.split('/').pop();
      return [
        { name, mimeType: 'application/json', buffer: Buffer.from(text) },
        { name: name.replace(/\.json$/, '.fa.json'), mimeType: 'application/json', buffer: Buffer.from(faText) },
      ];
    };
    // Editions switched at once and then a few milliseconds apart, over every point of the drawing.
    const [first, last] = [stories[0], stories.at(-1)];
    await check.openFiles(await files(first));
    await check.valid(20000);
    await check.flipEditions();
    await check.openFiles(await files(last));
    await check.flipEditions();
    await check.previewDrawnInEnglish(20000);
    // Time for anything left of the earlier drawings to run.
    await p.page.waitForTimeout(1000);
    assert.equal(await check.previewCount(), 1);
    assert.equal(await check.preview.heading(), (await served(last)).meta.title);
    p.assertClean();
    await p.close();
  });
});
