// A real WordPress for the embed tests: Debian's WordPress 6.1 (theme Twenty Twenty-Three) on apache2 and MariaDB at
// http://127.0.0.1:8090/, set up by scripts/wordpress.sh (idempotent: about 40 s the first time, then a fraction of a
// second). TEST MACHINES ONLY: it installs packages, starts MariaDB and apache, and lets WordPress fetch oEmbed from
// loopback on any port (e2e/wordpress/allow-loopback.php); it reaches nothing else on the network.
//
//   const wp = await wordpress();                                   // { url, post }
//   const link = await wp.post('author', 'Title', `${explainerUrl}\n`);
//
// post(role, title, content) publishes `content` as the user of `role` ('author': kses strips <iframe> and <script>,
// as in the editor; 'editor' and 'administrator' keep them) and resolves to the post's URL (…/?p=ID). A URL alone
// on its line is embedded by oEmbed discovery when the post is first shown, and cached in that post only.

import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const run = promisify(execFile);

let setup; // the one run of scripts/wordpress.sh for this process: its last line of output is the site's URL

export async function wordpress() {
  setup ??= run('bash', [join(ROOT, 'scripts/wordpress.sh')]).then(({ stdout }) => stdout.trim().split('\n').pop());
  const url = await setup;
  return {
    url,
    async post(role, title, content) {
      const dir = await mkdtemp(join(tmpdir(), 'toll-wp-'));
      try {
        const file = join(dir, 'content.html');
        await writeFile(file, content);
        const { stdout } = await run('php', [join(ROOT, 'e2e/wordpress/post.php'), role, title, file], {
          env: { ...process.env, WORDPRESS_HOST: new URL(url).host },
        });
        return stdout.trim();
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
