// The README's assessment figures are the graph's answer on the sample data (`npm run readme`):
// when the rules or the sample change, this fails until the README is regenerated.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ASSESSMENT_QUERY,
  ASSESSMENT_YEAR,
  blockOf,
  CROSS_DEPARTMENT_QUERY,
  renderAssessment,
  renderCrossDepartment,
} from '../scripts/lib/readme/render.js';
import { startGraph, type RunningGraph } from './support/graph.js';

let graph: RunningGraph;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

const readme = () => readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');

describe("the README's figures", () => {
  it('of the assessment are what the graph answers on the sample data (run npm run readme)', async () => {
    const { body } = await graph.query(ASSESSMENT_QUERY, { year: ASSESSMENT_YEAR });
    expect(body.errors).toBeUndefined();
    expect(blockOf(readme(), 'assessment')).toBe(renderAssessment(body.data as never).trim());
  });

  it('of the cross-department question are what the graph answers (run npm run readme)', async () => {
    const { body } = await graph.query(CROSS_DEPARTMENT_QUERY);
    expect(body.errors).toBeUndefined();
    expect(blockOf(readme(), 'crossDepartment')).toBe(renderCrossDepartment(body.data as never).trim());
  });
});
