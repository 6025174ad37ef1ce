// The link previews (build/src/preview.rs, written by build/src/bin/ssg.rs): each edition's page carries its Open
// Graph and X tags from the dataset; built with the site's public address (EXPLAINER_SITE_URL, as a deployment's
// build sets it: here the address of this test's own nginx, under a sub-path) the image's tag holds its absolute
// address, and there nginx serves a PNG of exactly 1200 × 630 under 150 KB that Chromium decodes, revalidated (its
// name carries no hash) and never compressed again. Without the setting, the build says so and leaves the image out.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateSync } from 'node:zlib';
import { DIST, dataset, headlineClaim, launch, postBuild, prepareDist, serveNginx } from './harness.mjs';

const MAX_BYTES = 150 * 1024;
const EDITIONS = [
  { lang: 'en', file: 'index.html', locale: 'en_GB', nf: new Intl.NumberFormat('en-GB') },
  { lang: 'fa', file: 'fa.html', locale: 'fa_IR', nf: new Intl.NumberFormat('fa-IR', { useGrouping: 'min2' }) },
];

let site;
let server;
let browser;
let data;
let fa;
/** Each edition's page as the build without the setting wrote it, and what that build printed. */
const without = {};
let withoutLog = '';

before(async () => {
  const root = await prepareDist(DIST);
  data = await dataset();
  fa = JSON.parse(await readFile(join(root, 'data', 'iran-2026.fa.json'), 'utf8'));
  site = await mkdtemp(join(tmpdir(), 'toll-preview-'));
  await cp(root, site, { recursive: true, preserveTimestamps: true });
  server = await serveNginx(site, '/news/iran-2026/');
  // The build without the site's address, then with it (the address this server answers at).
  withoutLog = postBuild(site, { EXPLAINER_SITE_URL: '' });
  for (const e of EDITIONS) without[e.lang] = await readFile(join(site, e.file), 'utf8');
  postBuild(site, { EXPLAINER_SITE_URL: server.url });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (site) await rm(site, { recursive: true, force: true });
});

const unescape = (s) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The page's head's `<meta property|name="key" content="…">` tags, as a map of key to its values (decoded). */
function metaTags(html) {
  const head = html.slice(0, html.indexOf('</head>'));
  const tags = new Map();
  for (const m of head.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"\s*\/?>/g)) {
    tags.set(m[1], [...(tags.get(m[1]) ?? []), unescape(m[2])]);
  }
  return tags;
}
const one = (tags, key) => {
  const v = tags.get(key) ?? [];
  assert.equal(v.length, 1, `exactly one ${key} (found ${v.length})`);
  return v[0];
};

/** Width and height from a PNG's header, after checking its signature, every chunk's CRC and that its image data
 * inflates to exactly the rows the header declares. */
function decodePng(bytes) {
  assert.ok(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'PNG signature');
  let at = 8;
  let header;
  const idat = [];
  for (;;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    assert.equal(bytes.readUInt32BE(at + 8 + length), crc32(bytes.subarray(at + 4, at + 8 + length)), `${type} chunk CRC`);
    if (type === 'IHDR') header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8], colour: body[9] };
    if (type === 'IDAT') idat.push(body);
    at += 12 + length;
    if (type === 'IEND') break;
  }
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[header.colour];
  const rowBytes = Math.ceil((header.width * channels * header.depth) / 8);
  assert.equal(inflateSync(Buffer.concat(idat)).length, header.height * (1 + rowBytes), 'the image data holds every row');
  return header;
}

/** The text each edition's tags and image carry: the dataset's (in Persian, its translation's) title and lede. */
const meta = (lang) => (lang === 'en' ? data.meta : { ...data.meta, ...fa.meta });

for (const e of EDITIONS) {
  test(`${e.lang}: the page carries its link preview's tags, from the dataset, with the image's absolute address`, async () => {
    const res = await fetch(server.url + e.file);
    const tags = metaTags(await res.text());
    assert.equal(one(tags, 'og:type'), 'article');
    assert.equal(one(tags, 'og:title'), meta(e.lang).title);
    assert.equal(one(tags, 'og:description'), meta(e.lang).lede);
    assert.equal(one(tags, 'og:locale'), e.locale);
    assert.equal(one(tags, 'og:locale:alternate'), EDITIONS.find((o) => o !== e).locale);
    assert.equal(one(tags, 'og:url'), server.url + (e.lang === 'en' ? '' : e.file));
    assert.match(one(tags, 'og:image'), new RegExp(`^${server.url.replace(/[.]/g, '\\.')}preview-${e.lang}\\.png\\?v=[0-9a-f]{16}$`));
    assert.equal(one(tags, 'og:image:type'), 'image/png');
    assert.equal(one(tags, 'og:image:width'), '1200');
    assert.equal(one(tags, 'og:image:height'), '630');
    assert.equal(one(tags, 'twitter:card'), 'summary_large_image');
    // The alt text states the two headline figures (formatted as the edition writes numbers) and the title.
    const alt = one(tags, 'og:image:alt');
    assert.equal(one(tags, 'twitter:image:alt'), alt);
    assert.ok(alt.startsWith(meta(e.lang).title), alt);
    for (const who of [data.meta.headline.official, data.meta.headline.independent]) {
      const value = e.nf.format(headlineClaim(data, who).value);
      assert.ok(alt.includes(value), `${e.lang}: the alt text lacks ${who}'s ${value}: ${alt}`);
    }
  });

  test(`${e.lang}: the image is where its tag says: a PNG of 1200 × 630 under 150 KB, revalidated, never immutable`, async () => {
    const tags = metaTags(await (await fetch(server.url + e.file)).text());
    const url = one(tags, 'og:image');
    // As a scraper asks for it.
    const res = await fetch(url, { headers: { 'accept-encoding': 'gzip, deflate, br', 'user-agent': 'TelegramBot (like TwitterBot)' } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'image/png');
    assert.equal(res.headers.get('content-encoding'), null, 'a PNG is sent as it is');
    assert.equal(res.headers.get('cache-control'), 'no-cache');
    assert.ok(res.headers.get('etag'), 'an ETag to revalidate with');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    const bytes = Buffer.from(await res.arrayBuffer());
    assert.ok(bytes.equals(await readFile(join(site, `preview-${e.lang}.png`))));
    assert.ok(bytes.length < MAX_BYTES, `${bytes.length} bytes`);
    const { width, height } = decodePng(bytes);
    assert.deepEqual([width, height], [1200, 630]);
    console.log(`preview-${e.lang}.png: ${bytes.length} B, ${width} × ${height}`);
    // And a browser decodes it.
    const page = await browser.newPage();
    try {
      await page.goto(url);
      const size = await page.evaluate(async () => {
        const img = document.images[0];
        await img.decode();
        return [img.naturalWidth, img.naturalHeight];
      });
      assert.deepEqual(size, [1200, 630]);
    } finally {
      await page.close();
    }
  });

  test(`${e.lang}: built without the site's address, the page has the tags that need none, and no image`, () => {
    const tags = metaTags(without[e.lang]);
    assert.equal(one(tags, 'og:title'), meta(e.lang).title);
    assert.equal(one(tags, 'og:description'), meta(e.lang).lede);
    assert.equal(one(tags, 'og:locale'), e.locale);
    assert.equal(one(tags, 'twitter:card'), 'summary');
    for (const key of ['og:image', 'og:image:alt', 'og:url', 'twitter:image:alt']) assert.ok(!tags.has(key), `${key} without an address`);
  });
}

test('a build without the site\'s address says so, and what to set', () => {
  assert.match(withoutLog, /EXPLAINER_SITE_URL is not set: link previews .* no image.* until it is/);
  assert.match(withoutLog, /EXPLAINER_SITE_URL=https:\/\/example\.org\/explainer\//);
});
