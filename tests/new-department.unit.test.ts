// `npm run new:department` writes a folder that works as it is: a subgraph whose schema builds, a
// model the kit accepts, a sample with every rule status, and an example file the publishing
// command accepts. Written here to a scratch folder inside the repository (so that its imports
// resolve), never under services/, where it would become part of the graph.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildFederatedSchema, checkDepartmentModel, type SampleGenerator, type SubgraphDefinition } from '@fupin/kit';
import { checkSample } from '@fupin/kit/testing';
import { departments, measures, nonPovertyCountiesWithTasks } from '@fupin/reference';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFigures } from '../scripts/lib/publish/check.js';
import { departmentTable } from '../scripts/lib/publish/departments.js';
import { readSheet, toFigures } from '../scripts/lib/publish/read.js';
import { departmentFiles } from '../scripts/lib/new-department/templates.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let scratch: string;
let dir: string;
let definition: SubgraphDefinition<unknown>;
let generate: SampleGenerator;

beforeAll(async () => {
  await mkdir(path.join(root, '.data'), { recursive: true });
  scratch = await mkdtemp(path.join(root, '.data', 'new-department-'));
  dir = path.join(scratch, 'land-resources');
  const unit = departments.find((d) => d.id === 'land-resources')!;
  const { files, viewField } = departmentFiles({
    id: unit.id,
    name: unit.name,
    nameEn: unit.nameEn,
    measures: [measures.find((m) => m.number === 14)!, measures.find((m) => m.number === 16)!],
    port: 4999,
  });
  expect(viewField).toBe('landResources');
  // Its tsconfig.json extends ../../tsconfig.base.json, which is right under services/ only: here
  // the repository's own applies.
  files.delete('tsconfig.json');
  for (const [relative, content] of files) {
    await mkdir(path.dirname(path.join(dir, relative)), { recursive: true });
    await writeFile(path.join(dir, relative), content);
  }
  definition = (await import(pathToFileURL(path.join(dir, 'src/subgraph.ts')).href)).landResourcesSubgraph;
  generate = (await import(pathToFileURL(path.join(dir, 'src/sample.ts')).href)).generate;
});
afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('a department written by npm run new:department', () => {
  it('is a subgraph named by its id, with its view field the camel case of the id', async () => {
    expect(definition).toMatchObject({ name: 'land-resources', dbSchema: 'land_resources', defaultPort: 4999 });
    const [manifest] = definition.departments!;
    expect(manifest).toMatchObject({
      subgraph: 'land-resources',
      viewField: 'landResources',
      viewTypes: { county: 'CountyLandResources', rollup: 'LandResourcesRollup' },
      publisher: '省国土资源厅',
      publishers: { 'land-resources': [14, 16] },
      fields: { publish: 'publishLandResourcesObservations', ruleResults: 'landResourcesRuleResults' },
    });
    const { sdl } = await buildFederatedSchema(definition);
    expect(sdl).toMatch(/landResources\(\s*"""[^"]*"""\s*year: Int!\s*\): CountyLandResources/);
    expect(sdl).toContain('publishLandResourcesObservations');
  });

  it('has one indicator and one rule per measure, a consistent model, and a sample with every status', () => {
    const [manifest] = definition.departments!;
    const model = { indicators: manifest!.indicators, rules: manifest!.rules };
    expect(model.indicators.map((i) => i.measure)).toEqual([14, 16]);
    expect(model.rules.map((r) => r.measure)).toEqual([14, 16]);
    expect(() => checkDepartmentModel('land-resources', model)).not.toThrow();
    const report = checkSample(model, nonPovertyCountiesWithTasks, generate);
    expect(report.problems).toEqual([]);
    for (const rule of model.rules) {
      expect([...report.statuses.get(rule.id)!].sort()).toEqual(['MET', 'NOT_MET', 'NO_DATA']);
    }
  });

  it('comes with an example file that the publishing command accepts for the unit', async () => {
    const table = departmentTable({ departments: definition.departments! });
    const department = table.find((d) => d.id === 'land-resources')!;
    expect(department.mutation).toBe('publishLandResourcesObservations');
    const figures = toFigures(await readSheet(path.join(dir, 'examples/land-resources.csv')));
    expect(figures.rows.length).toBeGreaterThanOrEqual(5);
    expect(checkFigures(figures, department).errors).toEqual([]);
  });
});
