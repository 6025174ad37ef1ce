// Trunk post-build hook: moves the inline module script that Trunk writes into index.html into its own file, so
// the page runs under a strict Content-Security-Policy (script-src 'self', no 'unsafe-inline'), which many
// newsrooms set. Runs in Trunk's staging directory (TRUNK_STAGING_DIR).
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('externalize-loader: TRUNK_STAGING_DIR is not set (run by Trunk as a post_build hook)');
  process.exit(1);
}
const file = join(dir, 'index.html');
const html = readFileSync(file, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const m = inline.exec(html);
if (!m) {
  console.log('externalize-loader: no inline module script found; nothing to do');
  process.exit(0);
}
const code = m[1].trim() + '\n';
const name = `loader-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, name), code);
writeFileSync(file, html.replace(inline, `<script type="module" src="./${name}"></script>`));
console.log(`externalize-loader: moved the inline loader to ${name}`);
