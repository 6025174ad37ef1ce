// Serving the build for the end-to-end tests: nginx with the project's deploy/explainer.conf (as deployed), or a
// small Node server for injected faults and custom headers; the build's folder, a copy with another dataset in place
// of the shipped one (E2E_DATASET), and the build's post-build step run again on a copy.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { cp, mkdir, mkdtemp, readFile, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { basename, dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPRESSIBLE, precompress } from '../scripts/precompress.mjs';

export const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
export const DIST = process.env.DIST ? resolve(process.env.DIST) : join(ROOT, 'dist');
/** The dataset the suite runs against: the shipped one, or another (`E2E_DATASET=core/tests/fixtures/small.json`),
 * served in its place, so that no expectation can depend on one story. Screenshots go to a folder per dataset. */
export const DATASET_FILE = process.env.E2E_DATASET ? resolve(ROOT, process.env.E2E_DATASET) : null;
export const DATASET_NAME = DATASET_FILE ? basename(DATASET_FILE, '.json') : 'shipped';
export const ARTIFACTS = join(ROOT, 'e2e', 'artifacts', ...(DATASET_FILE ? [DATASET_NAME] : []));
/** The options of a test whose subject is not the dataset (a server rule, the embed protocol, a fault injected): it
 * runs in the shipped dataset's run, and is listed as skipped in the runs against another dataset. */
export const ONCE = DATASET_FILE ? { skip: 'not about the dataset: run once, with the shipped one' } : {};
await mkdir(ARTIFACTS, { recursive: true });

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves `dir` on 127.0.0.1 at a free port, below `prefix` (a sub-path such as '/news/graphics/iran-2026/').
 * Normally with nginx and the project's rules (deploy/explainer.conf: precompressed files, types, CSP, caching);
 * with the Node server below when `overrides` or `headers` is given: `overrides` maps a path to a handler
 * `(req, res) => void`, for faults the browser's request interception cannot make (a body that breaks off), and
 * `headers` are added to every response. With E2E_DATASET, what is served is a copy of `dir` with the dataset in
 * it (prepareDist). E2E_NODE_SERVER=1 serves everything with the Node server (to tell a server difference from a
 * page bug). Returns { url, close }.
 */
export async function serve(dir = DIST, overrides = {}, headers = {}, prefix = '/') {
  if (!Object.keys(overrides).length && !Object.keys(headers).length && !process.env.E2E_NODE_SERVER) {
    return serveNginx(await prepareDist(dir), prefix);
  }
  return serveNode(dir, overrides, headers, prefix);
}

/** The Node server: any `dir`, fault-injecting `overrides`, extra `headers`; the dataset swapped in on the fly. */
export async function serveNode(dir = DIST, overrides = {}, headers = {}, prefix = '/') {
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (!overrides[path]) {
        if (!path.startsWith(prefix)) throw new Error('outside the prefix');
        path = `/${path.slice(prefix.length)}`;
      }
      if (overrides[path]) return overrides[path](req, res);
      if (DATASET_FILE && path === '/data/iran-2026.json') {
        res.writeHead(200, { 'content-type': MIME['.json'], ...headers });
        return res.end(await readFile(DATASET_FILE));
      }
      // The dataset's Persian text, beside it (`small.json` → `small.fa.json`).
      if (DATASET_FILE && path === '/data/iran-2026.fa.json') {
        res.writeHead(200, { 'content-type': MIME['.json'], ...headers });
        return res.end(await readFile(DATASET_FILE.replace(/\.json$/, '.fa.json')));
      }
      let file = normalize(join(dir, path));
      if (!file.startsWith(dir)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((ok) => server.close(ok)) };
}

export const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
export const NGINX_MODULES = process.env.NGINX_MODULES ?? '/usr/lib/nginx/modules';
/** The project's serving rules (deploy/nginx.conf is the production server block that includes them). */
export const NGINX_RULES = process.env.NGINX_RULES ? resolve(process.env.NGINX_RULES) : join(ROOT, 'deploy', 'explainer.conf');

/** A port that was free a moment ago. */
async function freePort() {
  const probe = createServer();
  await new Promise((ok) => probe.listen(0, '127.0.0.1', ok));
  const { port } = probe.address();
  await new Promise((ok) => probe.close(ok));
  return port;
}

/**
 * True if a page, script, style, wasm, data or SVG file under `dir` lacks its .br or .gz sibling, or has one of
 * another time than its own (stale: scripts/precompress.mjs gives each sibling its source's time). Then serveNginx
 * precompresses `dir` (the release build writes them itself; this is for other builds, and copies the tests edit).
 */
function lacksPrecompressed(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && lacksPrecompressed(path)) return true;
      continue;
    }
    if (!COMPRESSIBLE.some((ext) => entry.name.endsWith(ext))) continue;
    const { mtimeMs, size } = statSync(path);
    for (const sibling of [`${path}.br`, `${path}.gz`]) {
      const s = statSync(sibling, { throwIfNoEntry: false });
      // A sibling is only left out when it would not be smaller (tiny files): then precompress would not write it.
      if (s ? Math.abs(s.mtimeMs - mtimeMs) >= 1 : size > 64) return true;
    }
  }
  return false;
}

/**
 * Serves `dir` with nginx (deploy/explainer.conf), unprivileged, from a temporary prefix that holds the generated
 * top-level config, pid, logs and temp folders. `prefix` is a sub-path: the root is then a folder in the prefix
 * with a symlink at that path to `dir`, so the rules are the same as at the top. Returns { url, close, prefixDir }.
 */
export async function serveNginx(dir = DIST, prefix = '/') {
  dir = resolve(dir);
  if (!prefix.startsWith('/') || !prefix.endsWith('/') || prefix.includes('..')) throw new Error(`bad prefix ${prefix}`);
  if (lacksPrecompressed(dir)) precompress(dir);
  const base = await mkdtemp(join(tmpdir(), 'toll-nginx-'));
  let root = dir;
  if (prefix !== '/') {
    root = join(base, 'www');
    const at = join(root, prefix);
    await mkdir(dirname(at.replace(/\/$/, '')), { recursive: true });
    await symlink(dir, at.replace(/\/$/, ''));
  }
  const temp = (name) => join(base, 'temp', name);
  for (const name of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) await mkdir(temp(name), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const conf = `# Generated by e2e/harness.mjs for one test server; the rules are in ${NGINX_RULES}.
${process.getuid?.() === 0 ? `user ${userInfo().username};\n` : ''}load_module ${NGINX_MODULES}/ngx_http_brotli_filter_module.so;
load_module ${NGINX_MODULES}/ngx_http_brotli_static_module.so;
worker_processes 1;
pid ${join(base, 'nginx.pid')};
error_log ${join(base, 'error.log')} warn;
events { worker_connections 256; }
http {
  access_log ${join(base, 'access.log')};
  client_body_temp_path ${temp('body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  sendfile on;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${root};
    include ${NGINX_RULES};
  }
}
`;
    await writeFile(join(base, 'nginx.conf'), conf);
    const child = spawn(NGINX, ['-p', base, '-e', join(base, 'error.log'), '-c', join(base, 'nginx.conf'), '-g', 'daemon off;'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise((ok) => child.once('exit', (code, signal) => ok({ code, signal })));
    const url = `http://127.0.0.1:${port}${prefix}`;
    // Ready when it answers; gone if it exits first (a port taken meanwhile: try another).
    let up = false;
    for (let i = 0; i < 100 && child.exitCode === null; i++) {
      try {
        await fetch(`http://127.0.0.1:${port}/`, { method: 'HEAD' });
        up = true;
        break;
      } catch {
        await new Promise((ok) => setTimeout(ok, 50));
      }
    }
    if (up) {
      return {
        url,
        prefixDir: base,
        root: dir,
        async close() {
          if (child.exitCode === null) {
            child.kill('SIGQUIT'); // graceful: finish open responses
            const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
            await exited;
            clearTimeout(timer);
          }
          await rm(base, { recursive: true, force: true });
        },
      };
    }
    child.kill('SIGKILL');
    await exited;
    const log = await readFile(join(base, 'error.log'), 'utf8').catch(() => '');
    if (attempt < 3 && /Address already in use/.test(stderr + log)) continue;
    await rm(base, { recursive: true, force: true });
    throw new Error(`nginx did not start:\n${stderr}\n${log}`);
  }
}

/**
 * What nginx serves for `dir`: `dir` itself; or, with E2E_DATASET, a copy of it in e2e/artifacts/<name>/ with the
 * dataset's files in place of data/iran-2026.json and data/iran-2026.fa.json, precompressed. The copy is made once
 * per build and dataset (a stamp records both), safely when several test files start at once.
 */
export async function prepareDist(dir = DIST) {
  dir = resolve(dir);
  if (!DATASET_FILE) return dir;
  const fa = DATASET_FILE.replace(/\.json$/, '.fa.json');
  const sources = [join(dir, 'index.html'), join(dir, 'data', 'iran-2026.json'), DATASET_FILE, fa];
  const stamp = JSON.stringify([dir, ...(await Promise.all(sources.map(async (f) => [f, (await stat(f)).mtimeMs])))]);
  const out = join(ARTIFACTS, resolve(dir) === DIST ? 'dist' : basename(dir));
  if ((await readFile(join(out, '.stamp'), 'utf8').catch(() => null)) === stamp) return out;
  const tmp = `${out}.${process.pid}.tmp`;
  await rm(tmp, { recursive: true, force: true });
  await cp(dir, tmp, { recursive: true, preserveTimestamps: true });
  await cp(DATASET_FILE, join(tmp, 'data', 'iran-2026.json'));
  await cp(fa, join(tmp, 'data', 'iran-2026.fa.json'));
  // The build's post-build step again on the copy: the data minified, every door's page rendered from this
  // dataset, everything precompressed (scripts/post-build.mjs; each step gives the same files when run twice).
  // (Not the offline files: e2e/offline.test.mjs makes its own from the dataset.)
  postBuild(tmp);
  await writeFile(join(tmp, '.stamp'), stamp);
  // Another test file may have made the same copy meanwhile: keep the first, unless it is of another build.
  if ((await readFile(join(out, '.stamp'), 'utf8').catch(() => null)) !== stamp) {
    await rm(out, { recursive: true, force: true });
    try {
      await rename(tmp, out);
      return out;
    } catch (e) {
      if (!['ENOTEMPTY', 'EEXIST'].includes(e.code)) throw e;
    }
  }
  await rm(tmp, { recursive: true, force: true });
  return out;
}

/**
 * Runs the build's post-build step again on `dir`, a copy of a build (scripts/post-build.mjs, without the offline
 * files), with `env` added to the environment: e.g. `{ EXPLAINER_SITE_URL: server.url }`, the site's public
 * address that a deployment's build gives (the link previews' absolute image address), or
 * `{ EXPLAINER_SITE_URL: '' }` for a build without it. Returns what the step printed.
 */
export function postBuild(dir, env = {}) {
  const step = spawnSync('node', [join(ROOT, 'scripts', 'post-build.mjs'), '--no-offline', dir], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  if (step.status !== 0) throw new Error(`post-build on ${dir} (${DATASET_NAME} dataset) failed:\n${step.stdout}${step.stderr}`);
  return step.stdout + step.stderr;
}
