// `npm run readme`: regenerates the README's blocks from what the graph says — the rules of every
// department (schema/departments.json) and the assessment's figures, answered by the whole graph
// on a throwaway database with the sample data. `--check`: exit 1 if the README is behind.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createLogger, openDatabase, readDepartmentsManifest } from '@fupin/kit';
import {
  ASSESSMENT_QUERY,
  ASSESSMENT_YEAR,
  blockOf,
  CROSS_DEPARTMENT_QUERY,
  renderAssessment,
  renderCrossDepartment,
  renderRules,
  replaceBlock,
} from './lib/readme/render.js';
import { startGraph } from './lib/run-graph.js';

const README = fileURLToPath(new URL('../README.md', import.meta.url));
const check = process.argv.includes('--check');

/** The whole graph's answers to the README's queries, on the sample data. */
async function answers() {
  process.env.SAMPLE_DATA = 'true';
  const log = createLogger('readme', 'silent');
  const database = await openDatabase('memory://');
  const graph = await startGraph(database, { logFor: () => log, host: '127.0.0.1' });
  const ask = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${graph.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
    if (body.errors) throw new Error(`a README query failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  try {
    return {
      assessment: (await ask(ASSESSMENT_QUERY, { year: ASSESSMENT_YEAR })) as Parameters<typeof renderAssessment>[0],
      crossDepartment: (await ask(CROSS_DEPARTMENT_QUERY)) as Parameters<typeof renderCrossDepartment>[0],
    };
  } finally {
    await graph.stop();
    await database.close();
  }
}

const readme = await readFile(README, 'utf8');
const answered = await answers();
const blocks = {
  rules: renderRules(readDepartmentsManifest()),
  crossDepartment: renderCrossDepartment(answered.crossDepartment),
  assessment: renderAssessment(answered.assessment),
};
let next = readme;
for (const [name, body] of Object.entries(blocks)) next = replaceBlock(next, name, body);

if (check) {
  const behind = Object.keys(blocks).filter((name) => blockOf(readme, name) !== blockOf(next, name));
  if (behind.length > 0) {
    console.error(`README.md is behind the graph (${behind.join(', ')}): run npm run readme`);
    process.exit(1);
  }
} else if (next !== readme) {
  await writeFile(README, next);
  console.log('README.md: blocks rewritten');
} else {
  console.log('README.md: up to date');
}
