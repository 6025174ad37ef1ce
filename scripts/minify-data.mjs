// Trunk post-build hook: rewrites the datasets copied into the build without indentation (the repository keeps
// them indented for editors). Readers download the same data in fewer bytes: 1 KB less brotli for the shipped
// dataset. The JSON is parsed first, so a file that does not parse is left as it is for the page to report.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('minify-data: TRUNK_STAGING_DIR is not set (run by Trunk as a post_build hook)');
  process.exit(1);
}
const data = join(dir, 'data');
for (const name of readdirSync(data).filter((n) => n.endsWith('.json'))) {
  const file = join(data, name);
  const text = readFileSync(file, 'utf8');
  try {
    const min = JSON.stringify(JSON.parse(text));
    writeFileSync(file, min);
    console.log(`minify-data: ${name} ${text.length} -> ${min.length} bytes`);
  } catch (e) {
    console.log(`minify-data: ${name} left as it is (${e.message})`);
  }
}
