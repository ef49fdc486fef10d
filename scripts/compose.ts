// `npm run compose`: regenerate schema/*.graphql; `npm run compose:check`: fail if they are stale.
import { mkdir, readdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { composeSupergraph, schemaDir, staleFiles } from './lib/compose.js';

const check = process.argv.includes('--check');
const composition = await composeSupergraph();
if (composition.errors.length > 0) {
  console.error(`Composition failed:\n${composition.errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(1);
}

if (check) {
  const stale = await staleFiles(composition);
  if (stale.length > 0) {
    console.error(`Stale generated schema (run \`npm run compose\` and commit): ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log(`schema/ is up to date (${composition.files.size} files).`);
} else {
  await mkdir(schemaDir, { recursive: true });
  for (const name of await readdir(schemaDir)) {
    if (name.endsWith('.graphql') && !composition.files.has(name)) await unlink(path.join(schemaDir, name));
  }
  for (const [name, content] of composition.files) await writeFile(path.join(schemaDir, name), content);
  console.log(`Wrote ${[...composition.files.keys()].map((n) => `schema/${n}`).join(', ')}.`);
}
