import { indicatorField, readDepartmentsManifest } from '@fupin/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type RunningGraph } from './support/graph.js';

let graph: RunningGraph;
let allCodes: string[];
beforeAll(async () => {
  graph = await startGraph();
  const { body } = await graph.query(`{ counties { code } }`);
  allCodes = body.data!.counties.map((c: { code: string }) => c.code);
});
afterAll(async () => {
  await graph?.stop();
});

const { departments } = readDepartmentsManifest();

/** Every department view of every county, each with all its figures and its rule results. */
const ALL_VIEWS = `query ($codes: [ID!]) {
  counties(codes: $codes) {
    code name
${departments
  .map(
    (d) =>
      `    ${d.viewField}(year: 2019) { ${d.indicators.map(indicatorField).join(' ')} rules { rule { id } status gap required } }`,
  )
  .join('\n')}
  }
}`;

/** Each department part's subgraph: the catalog among them (it keeps the overall targets, and answers `counties`). */
const SUBGRAPHS = [...new Set(departments.map((d) => d.subgraph))];

async function cost(codes: string[]) {
  graph.calls.reset();
  const { body } = await graph.query(ALL_VIEWS, { codes });
  expect(body.errors).toBeUndefined();
  expect(body.data!.counties).toHaveLength(codes.length);
  return Object.fromEntries(
    SUBGRAPHS.map((name) => [name, { requests: graph.calls.count(name), sql: graph.calls.statements(name) }]),
  );
}

describe('batching across the federation', () => {
  it('asks each subgraph once per level of the plan, for 5 counties as for all 103', async () => {
    expect(allCodes).toHaveLength(103);
    const five = await cost(allCodes.slice(0, 5));
    const all = await cost(allCodes);
    for (const name of SUBGRAPHS) {
      expect(five[name]!.requests, name).toBe(1);
      expect(all[name]!.requests, name).toBe(1);
    }
  });

  it('costs each subgraph the same number of SQL statements for 5 counties as for 103', async () => {
    const five = await cost(allCodes.slice(0, 5));
    const all = await cost(allCodes);
    for (const name of SUBGRAPHS) {
      expect(all[name]!.sql, name).toEqual(five[name]!.sql);
      expect(
        five[name]!.sql.every((n) => Number.isInteger(n) && n >= 1),
        name,
      ).toBe(true);
    }
  });
});
