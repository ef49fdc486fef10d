// `npm run new:department -- --id <id> --measure <n> [--measure <m>…]`: a new department subgraph
// in services/<id>/, a working skeleton for a unit of the reference data. Then `npm run compose`,
// and it is served, composed, listed, assessed, publishable and shown, with no other file edited.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { departments, measures } from '@fupin/reference';
import { departmentFiles, type NewDepartment } from './lib/new-department/templates.js';
import { loadSubgraphs, servicesDir } from './lib/subgraphs.js';

function fail(message: string): never {
  console.error(`new:department: ${message}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    id: { type: 'string' },
    measure: { type: 'string', multiple: true },
    'no-install': { type: 'boolean' },
  },
});

const id = values.id?.trim();
if (!id) fail('--id <reference department id> is required, e.g. --id housing');
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)) fail(`--id must be kebab-case (housing, land-resources), not ${id}`);
const unit = departments.find((d) => d.id === id);
if (!unit) fail(`${id} is not a unit of the reference data: one of ${departments.map((d) => d.id).join(', ')}`);

const numbers = (values.measure ?? []).map((text) => {
  const number = Number(text);
  if (!Number.isInteger(number) || !measures.some((m) => m.number === number)) {
    fail(`--measure must be a measure of the document (1–${measures.length}), not ${text}`);
  }
  return number;
});
if (numbers.length === 0) fail('name at least one measure: --measure <n>');
for (const number of numbers) {
  const measure = measures.find((m) => m.number === number)!;
  if (![...measure.leadDepartmentIds, ...measure.responsibleDepartmentIds].includes(id)) {
    console.warn(`new:department: note: the document does not name ${unit.name} as a unit of measure ${number}`);
  }
}

const dir = path.join(servicesDir, id);
if (existsSync(dir)) fail(`services/${id} exists already`);

const definitions = await loadSubgraphs();
if (definitions.some((d) => d.name === id)) fail(`a subgraph named ${id} exists already`);
const usedFields = new Set(definitions.flatMap((d) => (d.departments ?? []).map((dep) => dep.viewField)));

const department: NewDepartment = {
  id,
  name: unit.name,
  nameEn: unit.nameEn,
  measures: [...new Set(numbers)].sort((a, b) => a - b).map((n) => measures.find((m) => m.number === n)!),
  port: Math.max(...definitions.map((d) => d.defaultPort)) + 1,
};
const files = departmentFiles(department);
const viewField = files.viewField;
if (usedFields.has(viewField)) fail(`the view field ${viewField} is taken by another department`);

for (const [relative, content] of files.files) {
  const file = path.join(dir, relative);
  await mkdir(path.dirname(file), { recursive: true });
  // In the repository's own style, so that the new folder reads like the others.
  const options = await prettier.resolveConfig(file);
  const formatted = relative.endsWith('.csv')
    ? content
    : await prettier.format(content, { ...options, filepath: file });
  await writeFile(file, formatted);
}
console.log(`wrote services/${id}/ (${files.files.size} files): County.${viewField}(year), port ${department.port}`);

// npm ci refuses a lockfile that does not list every workspace: record the new one.
if (!values['no-install']) {
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], {
    stdio: 'inherit',
    cwd: path.resolve(servicesDir, '..'),
  });
  if (install.status !== 0) fail('npm install failed: run it yourself to add the workspace to package-lock.json');
}
console.log('next: npm run compose (regenerates schema/ and the dashboard’s types), then npm start');
