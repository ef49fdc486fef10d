import { runMigrations } from '@fupin/kit';
import { startTestSubgraph, type TestSubgraph } from '@fupin/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogSubgraph } from '../subgraph.js';

let catalog: TestSubgraph;
beforeAll(async () => {
  catalog = await startTestSubgraph(catalogSubgraph);
});
afterAll(async () => {
  await catalog?.stop();
});

describe('the catalog subgraph', () => {
  it('answers for 麻城市 with its prefecture and poverty status', async () => {
    const { body } = await catalog.query(
      `{ county(code: "421181") { code name kind povertyStatus povertyExitYear hasTasks prefecture { code name } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.county).toEqual({
      code: '421181',
      name: '麻城市',
      kind: 'COUNTY_LEVEL_CITY',
      povertyStatus: 'NATIONAL',
      povertyExitYear: expect.any(Number),
      hasTasks: true,
      prefecture: { code: '421100', name: '黄冈市' },
    });
  });

  it('finds 监利 by its old code 421023 as the same county as 421088', async () => {
    const { body } = await catalog.query(
      `{ old: county(code: "421023") { code name code2018 } current: county(code: "421088") { code name } }`,
    );
    expect(body.data?.old).toEqual({ code: '421088', name: body.data?.current.name, code2018: '421023' });
  });

  it("counts the document's 97 counties with tasks: 37 poverty and 60 non-poverty", async () => {
    const { body } = await catalog.query(`{
      all: counties { code }
      withTasks: counties(hasTasks: true) { code }
      nonPoverty: counties(povertyStatus: NONE, hasTasks: true) { code stockPoorVillages stockPoorPopulation }
      national: counties(povertyStatus: NATIONAL) { code }
      provincial: counties(povertyStatus: PROVINCIAL) { code }
      policy { targets { countiesWithTasks nonPovertyCounties stockPoorVillages stockPoorPopulation deadlineYear } }
    }`);
    const data = body.data!;
    expect(data.all).toHaveLength(103);
    expect(data.withTasks).toHaveLength(data.policy.targets.countiesWithTasks);
    expect(data.nonPoverty).toHaveLength(data.policy.targets.nonPovertyCounties);
    expect(data.national.length + data.provincial.length).toBe(37);
    expect(data.national).toHaveLength(28);
    const sum = (key: string) => data.nonPoverty.reduce((s: number, c: any) => s + c[key], 0);
    expect(sum('stockPoorVillages')).toBe(data.policy.targets.stockPoorVillages);
    expect(sum('stockPoorPopulation')).toBe(data.policy.targets.stockPoorPopulation);
    expect(data.policy.targets).toMatchObject({
      stockPoorVillages: 788,
      stockPoorPopulation: 659_300,
      deadlineYear: 2020,
    });
  });

  it('gives stock figures only to non-poverty counties with tasks', async () => {
    const { body } = await catalog.query(
      `{ poor: counties(povertyStatus: NATIONAL) { stockPoorVillages } wuhan: county(code: "420102") { hasTasks stockPoorVillages } }`,
    );
    expect(body.data?.poor.every((c: any) => c.stockPoorVillages === null)).toBe(true);
    expect(body.data?.wuhan).toEqual({ hasTasks: false, stockPoorVillages: null });
  });

  it('lists the 22 measures with their lead or responsible departments, in six groups', async () => {
    const { body } = await catalog.query(`{
      measures { number text group { ordinal } leadDepartments { id name } responsibleDepartments { id } }
      measureGroups { id measures { number } }
      guarantees { number title }
    }`);
    const measures = body.data!.measures;
    expect(measures.map((m: any) => m.number)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect(measures[10].leadDepartments).toEqual([{ id: 'transport', name: '省交通运输厅' }]);
    expect(measures[6].leadDepartments.map((d: any) => d.id)).toEqual(['poverty-office', 'agriculture']);
    expect(measures[5].leadDepartments).toEqual([]);
    expect(measures[5].responsibleDepartments.length).toBe(8);
    expect(measures.every((m: any) => m.leadDepartments.length + m.responsibleDepartments.length > 0)).toBe(true);
    expect(measures[0].text).toContain('15%');
    expect(body.data!.measureGroups.map((g: any) => g.measures.length)).toEqual([4, 2, 4, 6, 4, 2]);
    expect(body.data!.guarantees).toHaveLength(9);
    expect(body.data!.guarantees[4].title).toBe('强化考核评估');
  });

  it('filters measures by group and by department', async () => {
    const { body } = await catalog.query(`{
      finance: measures(department: "finance") { number }
      transport: measures(department: "transport") { number }
      infra: measures(group: "infrastructure") { number }
      none: measures(group: "infrastructure", department: "finance") { number }
    }`);
    expect(body.data?.finance.map((m: any) => m.number)).toEqual([1, 2, 3, 4]);
    expect(body.data?.transport.map((m: any) => m.number)).toEqual([6, 11]);
    expect(body.data?.infra.map((m: any) => m.number)).toEqual([11, 12, 13, 14, 15, 16]);
    expect(body.data?.none).toEqual([]);
  });

  it('resolves many entity references with one SQL statement per entity type', async () => {
    const counties = ['421181', '421023', '421102', '999999'];
    const { body, headers } = await catalog.query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on County { code name } ... on Measure { number } } }`,
      { reps: [...counties.map((code) => ({ __typename: 'County', code })), { __typename: 'Measure', number: 11 }] },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?._entities.map((e: any) => e?.code ?? e?.number ?? null)).toEqual([
      '421181',
      '421088',
      '421102',
      null,
      11,
    ]);
    expect(Number(headers.get('x-sql-statements'))).toBe(2);
  });

  it('runs its migrations once: a second run applies nothing', async () => {
    const applied = await runMigrations(catalog.database, catalogSubgraph.dbSchema, catalogSubgraph.migrations);
    expect(applied).toEqual([]);
  });
});
