// The real server: nginx with the project's rules (deploy/explainer.conf), as serve() runs it. Every text asset is
// sent as the precompressed file the build wrote (brotli or gzip, as the client accepts) or as itself, and decodes to
// the file's bytes; types, caching and security headers are right on every response, errors included; nothing
// outside the folder and no directory listing is served.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { DIST, serveNginx, prepareDist } from './harness.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'";
const TYPES = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  wasm: 'application/wasm',
  woff2: 'font/woff2',
  png: 'image/png',
};
/** Trunk's content hash in a file name: up to 16 hex digits (no leading zeros) after a dash, before the extension (`_bg` for the wasm). */
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z0-9]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

let root;
let server;
let sub;
before(async () => {
  root = await prepareDist(DIST);
  server = await serveNginx(root);
  sub = await serveNginx(root, '/news/graphics/iran-2026/');
});
after(async () => {
  await server?.close();
  await sub?.close();
});

/** Every file of the site, relative to its root (no precompressed siblings, no dot files). */
const files = (dir = root) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.name.startsWith('.') ? [] : e.isDirectory() ? files(join(dir, e.name)) : /\.(br|gz)$/.test(e.name) ? [] : [relative(root, join(dir, e.name))],
  );
const ext = (f) => f.split('.').pop();

/** A GET with exactly these headers, body not decoded. */
const get = (url, headers = {}) =>
  new Promise((ok, fail) => {
    const req = request(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });

/** A request line sent as written (no client normalises the path). */
const raw = (url, path) =>
  new Promise((ok, fail) => {
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port), hostname, () => socket.end(`GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`));
    const chunks = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [head, ...rest] = text.split('\r\n\r\n');
      const headers = Object.fromEntries(head.split('\r\n').slice(1).map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      ok({ status: Number(head.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
    socket.on('error', fail);
  });

function assertSecurityHeaders(res, what) {
  assert.equal(res.headers['content-security-policy'], CSP, `${what}: CSP`);
  assert.equal(res.headers['x-content-type-options'], 'nosniff', `${what}: nosniff`);
  assert.equal(res.headers['referrer-policy'], 'no-referrer', `${what}: Referrer-Policy`);
}

/** The files the compression checks cover: the page, its scripts, styles, wasm and data. */
const compressible = () => files().filter((f) => ['html', 'js', 'css', 'wasm', 'json'].includes(ext(f)));

test('the build has a .br and a .gz beside every page, script, style, wasm and data file', () => {
  const list = compressible();
  for (const kind of ['html', 'js', 'css', 'wasm', 'json']) assert.ok(list.some((f) => ext(f) === kind), `no .${kind} file in ${root}`);
  for (const f of list) {
    for (const sibling of [`${f}.br`, `${f}.gz`]) {
      assert.ok(existsSync(join(root, sibling)), `${sibling} missing`);
      assert.ok(statSync(join(root, sibling)).size < statSync(join(root, f)).size, `${sibling} is not smaller than ${f}`);
    }
  }
});

for (const [label, acceptEncoding, encoding, decode] of [
  ['brotli, to a client that accepts br', 'gzip, deflate, br', 'br', brotliDecompressSync],
  ['gzip, to a client that accepts only gzip', 'gzip', 'gzip', gunzipSync],
  ['as is, to a client that accepts no encoding', null, undefined, (b) => b],
]) {
  test(`pages, scripts, styles, wasm and data are sent ${label}, and decode to the file`, async () => {
    for (const f of compressible()) {
      const res = await get(server.url + f, acceptEncoding ? { 'accept-encoding': acceptEncoding } : {});
      const what = `${f} (Accept-Encoding: ${acceptEncoding ?? 'none'})`;
      assert.equal(res.status, 200, what);
      assert.equal(res.headers['content-encoding'], encoding, `${what}: Content-Encoding`);
      assert.equal(res.headers['content-type'], TYPES[ext(f)], `${what}: Content-Type`);
      assert.match(res.headers.vary ?? '', /accept-encoding/i, `${what}: Vary`);
      // The precompressed file itself is sent (not one compressed on the fly): its exact length.
      const sent = encoding ? readFileSync(join(root, `${f}.${encoding === 'br' ? 'br' : 'gz'}`)) : readFileSync(join(root, f));
      assert.equal(Number(res.headers['content-length']), sent.length, `${what}: Content-Length`);
      assert.ok(decode(res.body).equals(readFileSync(join(root, f))), `${what}: body differs from the file`);
      assertSecurityHeaders(res, what);
    }
  });
}

test('every file has its type, the security headers, and its caching: immutable if hashed, else revalidated', async () => {
  const list = files();
  const hashed = list.filter((f) => HASHED.test(f));
  // Trunk hashes its wasm, its JS glue, the loader and the CSS; nothing else is.
  for (const kind of ['wasm', 'js', 'css']) assert.ok(hashed.some((f) => ext(f) === kind), `no hashed .${kind} in ${root}`);
  assert.ok(list.includes('index.html') && list.includes('embed.js') && list.some((f) => f.startsWith('data/')) && list.some((f) => f.startsWith('fonts/')));
  for (const f of list) {
    const res = await get(server.url + f, { 'accept-encoding': 'br' });
    assert.equal(res.status, 200, f);
    if (TYPES[ext(f)]) assert.equal(res.headers['content-type'], TYPES[ext(f)], `${f}: Content-Type`);
    assertSecurityHeaders(res, f);
    if (HASHED.test(f)) {
      assert.equal(res.headers['cache-control'], IMMUTABLE, `${f}: Cache-Control`);
    } else {
      assert.equal(res.headers['cache-control'], 'no-cache', `${f}: Cache-Control`);
      // no-cache means revalidate: the validators are there and a revalidation costs no body.
      assert.ok(res.headers.etag && res.headers['last-modified'], `${f}: ETag and Last-Modified`);
      const again = await get(server.url + f, { 'accept-encoding': 'br', 'if-none-match': res.headers.etag });
      assert.equal(again.status, 304, `${f}: revalidation with If-None-Match`);
      assert.equal(again.body.length, 0);
      assertSecurityHeaders(again, `${f} (304)`);
    }
  }
  // The page itself, at the folder's address.
  const page = await get(server.url, { 'accept-encoding': 'br' });
  assert.equal(page.status, 200);
  assert.equal(page.headers['cache-control'], 'no-cache');
  assert.ok(brotliDecompressSync(page.body).equals(readFileSync(join(root, 'index.html'))));
});

test('a missing file is a 404 with the security headers and no long-lived caching', async () => {
  const name = files().find((f) => HASHED.test(f) && ext(f) === 'wasm');
  for (const path of ['no-such-file.js', name.replace(/-[0-9a-f]{8,16}(_bg)?\./, '-0000000000000000$1.'), 'data/no-such.json']) {
    assert.ok(!existsSync(join(root, path)));
    const res = await get(server.url + path, { 'accept-encoding': 'br, gzip' });
    assert.equal(res.status, 404, path);
    assertSecurityHeaders(res, `404 ${path}`);
    assert.notEqual(res.headers['cache-control'], IMMUTABLE, `404 ${path} cached as immutable`);
  }
});

test('nothing outside the folder is served, however the path climbs', async () => {
  const secret = readFileSync('/etc/passwd', 'latin1').split('\n')[0];
  assert.ok(secret.length > 0);
  for (const path of ['/../../../../../../etc/passwd', '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/data/..%2f..%2f..%2f..%2f..%2f..%2fetc/passwd', '/data/../../../../../../etc/passwd']) {
    const res = await raw(server.url, path);
    // nginx refuses a path above the root as a bad request (400); 404 would be as good. Never the file.
    assert.ok([400, 404].includes(res.status), `${path}: status ${res.status}`);
    assert.ok(!res.body.includes(secret), `${path}: served /etc/passwd`);
    assertSecurityHeaders(res, path);
  }
});

test('folders are not listed', async () => {
  for (const dir of ['data/', 'fonts/']) {
    const inside = readdirSync(join(root, dir));
    assert.ok(inside.length > 0);
    const res = await get(server.url + dir);
    assert.ok([403, 404].includes(res.status), `${dir}: status ${res.status}`);
    const body = res.body.toString('utf8');
    for (const name of inside) assert.ok(!body.includes(name), `${dir}: lists ${name}`);
    assertSecurityHeaders(res, dir);
  }
});

test('dot files (a stray .git or .env beside the site) are not served', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'toll-dotfiles-'));
  await mkdir(join(dir, '.git'));
  await writeFile(join(dir, '.git', 'config'), '[core]\n');
  await writeFile(join(dir, '.env'), 'SECRET=1\n');
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>t</title>');
  const dots = await serveNginx(dir);
  try {
    assert.equal((await get(dots.url)).status, 200);
    for (const path of ['.env', '.git/config']) {
      const res = await get(dots.url + path);
      assert.equal(res.status, 404, path);
      assert.ok(!res.body.toString().includes('SECRET') && !res.body.toString().includes('[core]'), path);
    }
  } finally {
    await dots.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('under a sub-path the same rules hold, and nothing is served outside it', async () => {
  assert.match(sub.url, /\/news\/graphics\/iran-2026\/$/);
  const page = await get(sub.url, { 'accept-encoding': 'br' });
  assert.equal(page.status, 200);
  assert.ok(brotliDecompressSync(page.body).equals(readFileSync(join(root, 'index.html'))));
  assertSecurityHeaders(page, 'sub-path page');
  const wasm = files().find((f) => ext(f) === 'wasm');
  const res = await get(sub.url + wasm, { 'accept-encoding': 'gzip' });
  assert.equal(res.status, 200);
  assert.equal(res.headers['content-type'], 'application/wasm');
  assert.equal(res.headers['content-encoding'], 'gzip');
  assert.equal(res.headers['cache-control'], IMMUTABLE);
  assert.ok(gunzipSync(res.body).equals(readFileSync(join(root, wasm))));
  const outside = await get(`${new URL(sub.url).origin}/index.html`);
  assert.equal(outside.status, 404);
  assertSecurityHeaders(outside, 'outside the sub-path');
});
