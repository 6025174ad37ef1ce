// Paste a link, get the explainer (build/src/oembed.rs, src/embed.rs, deploy/explainer.conf). Built with the site's
// address (EXPLAINER_SITE_URL: here this test's own nginx), every door's page announces an oEmbed document, which
// embeds the door's view (a whole page: its headline figures). A generic consumer that follows the discovery link
// alone gets a working frame on its own page. And in a real WordPress (scripts/wordpress.sh), an Author pastes the
// bare links of both editions and of a chart embed, an Editor the embed code (docs/embedding.md): readers of the posts see the
// explainer in the right view and language, its frame sized to its content at phone and desktop widths.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARTIFACTS, DIST, ONCE, dataset, headlineClaim, launch, openPage, postBuild, prepareDist, serveNginx, serveNode } from './harness.mjs';
import { Article, Explainer } from './page.mjs';
import { wordpress } from './wordpress.mjs';

let site;
let server;
let host;
let browser;
let data;
let withoutLog;
let doors;
const hostPages = {};

/** A built page's oEmbed discovery link (its address), or null. */
const discovery = (html) =>
  html.slice(0, html.indexOf('</head>')).match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/)?.[1]?.replace(/&amp;/g, '&') ?? null;

/** What a link to `file` embeds: an embed view itself; a whole page, the same story and edition's headline figures. */
function pastedFile(file) {
  if (file.includes('embed-')) return file;
  const parts = file.replace(/\.html$/, '').split('.').filter((p) => p !== 'index');
  const fa = parts.at(-1) === 'fa' ? ['fa'] : [];
  const story = parts.length > fa.length ? [parts[0]] : [];
  return `${[...story, 'embed-summary', ...fa].join('.')}.html`;
}

/** The two headline figures as the page writes them in `lang` (digits of either script read back as ASCII). */
const digits = (t) => t.replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[^0-9]/g, '');
const headlineValues = () => [data.meta.headline.official, data.meta.headline.independent].map((c) => String(headlineClaim(data, c).value));

before(async () => {
  const root = await prepareDist(DIST);
  data = await dataset();
  site = await mkdtemp(join(tmpdir(), 'toll-oembed-'));
  await cp(root, site, { recursive: true, preserveTimestamps: true });
  server = await serveNginx(site);
  withoutLog = postBuild(site, { EXPLAINER_SITE_URL: '' });
  doors = (await readdir(site)).filter((f) => f.endsWith('.html') && f !== 'check.html').sort();
  for (const f of doors) assert.equal(discovery(await readFile(join(site, f), 'utf8')), null, `${f}: no site address, no oEmbed`);
  postBuild(site, { EXPLAINER_SITE_URL: server.url });
  host = await serveNode(join(site, 'data'), { '/article.html': (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(hostPages[new URL(req.url, 'http://x').searchParams.get('p')]);
  } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await host?.close();
  if (site) await rm(site, { recursive: true, force: true });
});

describe('oEmbed documents', () => {
  test('without the site\'s address the build says that pasted links will not embed', () => {
    assert.match(withoutLog, /EXPLAINER_SITE_URL is not set: .*a link pasted into WordPress, Ghost or Medium will stay a plain link/);
  });

  test('every door announces its document, which frames the door\'s view from the site\'s address', async () => {
    assert.ok(doors.length >= 12, `the doors were listed: ${doors}`);
    for (const file of doors) {
      const html = await readFile(join(site, file), 'utf8');
      const href = discovery(html);
      assert.ok(href?.startsWith(server.url), `${file}: discovery link at the site's address (${href})`);
      // As WordPress asks for it: with its own parameters added.
      const res = await fetch(`${href}?maxwidth=500&maxheight=750&url=${encodeURIComponent(server.url + file)}&format=json`);
      assert.equal(res.status, 200, `${file}: ${href}`);
      assert.match(res.headers.get('content-type'), /^application\/json/);
      assert.equal(res.headers.get('access-control-allow-origin'), '*', 'readable by consumers on other origins');
      const doc = await res.json();
      assert.equal(doc.version, '1.0');
      assert.equal(doc.type, 'rich');
      const title = html.match(/<title>([^<]*)<\/title>/)[1];
      assert.equal(doc.title.replace(/&/g, '&amp;').replace(/</g, '&lt;'), title, `${file}: the story's title in its edition`);
      assert.equal(doc.provider_url, server.url);
      assert.ok(Number.isInteger(doc.width) && doc.width <= 500 && Number.isInteger(doc.height) && doc.height <= 1000, `${file}: ${doc.width} × ${doc.height}`);
      const frame = doc.html.match(/<iframe src="([^"]+)" width="100%" height="(\d+)"/);
      assert.ok(frame, `${file}: ${doc.html}`);
      assert.equal(frame[1], server.url + pastedFile(file), `${file} embeds its view`);
      assert.equal(Number(frame[2]), doc.height);
      assert.match(doc.html, /^<blockquote><a href="[^"]+">[^<]+<\/a><\/blockquote><iframe /, 'WordPress\'s fallback link first');
      const image = await fetch(doc.thumbnail_url);
      assert.equal(image.status, 200, doc.thumbnail_url);
      assert.equal(image.headers.get('content-type'), 'image/png');
    }
  });

  test('the headline figures fit the height the document states, and WordPress\'s frame, at 320–700 px', async () => {
    for (const file of doors.filter((f) => f.includes('embed-summary'))) {
      const doc = await (await fetch(discovery(await readFile(join(site, file), 'utf8')))).json();
      const heights = [];
      for (const width of [320, 375, 500, 700]) {
        const { page, close, assertClean } = await openPage(browser, new URL(server.url).origin, { width, height: 800 });
        await page.goto(server.url + file);
        heights.push(await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)));
        assertClean();
        await close();
      }
      console.log(`  ${file}: ${heights.join(', ')} px tall at 320, 375, 500, 700 px; the document says ${doc.height}`);
      assert.ok(heights.every((h) => h <= 1000), `${file} fits WordPress's 1,000 px at every width: ${heights}`);
      assert.ok(Math.abs(heights[2] - doc.height) <= 120, `${file}: at 500 px ${heights[2]} px, near the stated ${doc.height}`);
    }
  });
});

describe('a generic oEmbed consumer', () => {
  test('following the discovery link alone, it frames the view on its own page, in the right language', async () => {
    for (const [file, lang] of [['index.html', 'en'], ['fa.html', 'fa'], ['embed-chart.html', 'en']]) {
      // What Ghost, Embedly or Iframely do: read the page's head, fetch the document, place its html.
      const page0 = await (await fetch(server.url + file)).text();
      const doc = await (await fetch(`${discovery(page0)}?url=${encodeURIComponent(server.url + file)}&format=json`)).json();
      hostPages[file] = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>An article</title></head>
<body style="max-width:640px;margin:auto"><p>Text before.</p>${doc.html}<p>Text after.</p></body></html>`;
      const { page, close, assertClean } = await openPage(browser, [host.url, server.url], { width: 375, height: 800 });
      await page.goto(`${host.url}article.html?p=${file}`);
      const explainer = new Article(page, { pasted: false, consumer: true }).explainer;
      const view = pastedFile(file).includes('summary') ? 'summary' : 'chart';
      await explainer.shows(view);
      assert.equal(await explainer.language(), lang);
      if (view === 'summary') {
        const text = digits(await explainer.keyFigures());
        for (const v of headlineValues()) assert.ok(text.includes(v), `${file}: ${v} shown`);
      } else {
        await explainer.chartDrawn();
      }
      assertClean();
      await close();
    }
  });
});

describe('a real WordPress', ONCE, () => {
  test('an Author pastes bare links, an Editor the embed code: the explainer in the post, sized to its content', { timeout: 600000 }, async () => {
    const wp = await wordpress();
    const posts = [
      { name: 'author-english', role: 'author', content: `The toll, in our explainer:\n\n${server.url}\n\nMore text.`, view: 'summary', lang: 'en' },
      { name: 'author-persian', role: 'author', content: `${server.url}fa.html\n`, view: 'summary', lang: 'fa' },
      { name: 'author-chart', role: 'author', content: `${server.url}embed-chart.html\n`, view: 'chart', lang: 'en' },
      {
        name: 'editor-code',
        role: 'editor',
        content: `<iframe src="${server.url}embed-summary.html" title="Counting the dead" loading="lazy" width="100%" height="1500" frameborder="0" scrolling="no" data-toll-explainer></iframe>\n<script src="${server.url}embed.js" async></script>\n`,
        view: 'summary',
        lang: 'en',
      },
    ];
    await mkdir(ARTIFACTS, { recursive: true });
    for (const post of posts) {
      post.url = await wp.post(post.role, `Explainer: ${post.name}`, post.content);
      for (const width of [375, 1280]) {
        const { page, close, assertClean } = await openPage(browser, [wp.url, server.url], { width, height: 900 });
        await page.goto(post.url);
        const article = new Article(page, { pasted: post.role === 'author' });
        const explainer = article.explainer;
        await article.hasFrame();
        await explainer.shows(post.view, 30000);
        assert.equal(await explainer.language(), post.lang, `${post.name} at ${width}`);
        if (post.role === 'author') {
          assert.equal(await article.sandbox(), 'allow-scripts', 'WordPress\'s sandbox: an opaque origin');
          await article.frameShown();
        }
        if (post.view === 'summary') {
          const text = digits(await explainer.keyFigures());
          for (const v of headlineValues()) assert.ok(text.includes(v), `${post.name} at ${width}: ${v} shown`);
        }
        // The frame within 2 px of its content, up to WordPress's 1,000 px; a taller view scrolls inside it.
        await page.waitForTimeout(1200);
        const box = await article.frameBox();
        const content = await explainer.contentHeight();
        const column = box.column;
        const expected = post.role === 'author' ? Math.min(content, 1000) : content;
        console.log(`  ${post.name} at ${width} px: frame ${box.width} × ${box.height}, content ${content}, column ${column}`);
        assert.ok(Math.abs(box.height - expected) <= 2, `${post.name} at ${width}: frame ${box.height} px for ${content} px of content`);
        assert.ok(box.width <= column + 1, `${post.name} at ${width}: the frame fits its column (${box.width} in ${column})`);
        if (content > box.height + 2) {
          assert.ok(await explainer.scrollsInside(), `${post.name} at ${width}: what is below the frame's 1,000 px is reached by scrolling inside it`);
        }
        const overflow = await article.sidewaysScroll();
        assert.ok(overflow <= 0, `${post.name} at ${width}: no sideways scroll on the post (${overflow} px)`);
        await page.screenshot({ path: join(ARTIFACTS, `wordpress-${post.name}-${width}.png`), fullPage: true });
        assertClean();
        if (post.role === 'author' && width === 1280) {
          // The sandbox lets no link open a tab: WordPress is asked to go to the whole explainer, and does.
          const before = await page.evaluate(() => history.length);
          await explainer.openWholeExplainer();
          await page.waitForURL((u) => u.href.startsWith(server.url) && !u.href.includes('embed-'), { timeout: 10000 });
          assert.equal(await new Explainer(page).language(), post.lang, `${post.name}: the whole explainer in its edition`);
          assert.ok(await page.evaluate((n) => history.length === n + 1, before), 'one entry: the reader\'s click');
        }
        await close();
      }
    }
  });
});
