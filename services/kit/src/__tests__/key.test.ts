import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityFetches, startFixtureGateway, subgraphsReached, type FixtureGateway } from './fixtures/gateway.js';
import { directivesOn } from './fixtures/sdl.js';

let gateway: FixtureGateway;
beforeAll(async () => {
  gateway = await startFixtureGateway();
});
afterAll(() => gateway.stop());

describe('@key', () => {
  it('joins an entity by its key: transport hands out county codes, divisions answers the rest', async () => {
    const result = await gateway.query('{ roads { number county { code prefecture } } }');

    expect(result.data).toEqual({
      roads: [
        { number: 'X001', county: { code: '420683', prefecture: '襄阳市' } },
        { number: 'X002', county: { code: '420683', prefecture: '襄阳市' } },
        { number: 'X001', county: { code: '421221', prefecture: '咸宁市' } },
      ],
    });
    expect(subgraphsReached(result)).toEqual(['transport', 'divisions']);
    expect(entityFetches(result, 'divisions')[0]?.representations).toContainEqual({
      __typename: 'County',
      code: '420683',
    });
  });

  it('joins an entity with several keys by whichever key the referencing subgraph knows', async () => {
    // Statistics knows counties by name only: divisions turns names into codes, which transport needs.
    const result = await gateway.query('{ countiesByRuralIncome { name code roads { number } } }');

    expect(result.data).toEqual({
      countiesByRuralIncome: [
        { name: '监利市', code: '421088', roads: [] },
        { name: '嘉鱼县', code: '421221', roads: [{ number: 'X001' }] },
        { name: '枣阳市', code: '420683', roads: [{ number: 'X001' }, { number: 'X002' }] },
      ],
    });
    expect(subgraphsReached(result)).toEqual(['statistics', 'divisions', 'transport']);
    expect(entityFetches(result, 'divisions')[0]?.representations).toContainEqual({
      __typename: 'County',
      name: '监利市',
    });
    expect(entityFetches(result, 'transport')[0]?.representations).toContainEqual({
      __typename: 'County',
      code: '421088',
    });
    expect(directivesOn(gateway.supergraphSdl, 'County')).toEqual(
      expect.arrayContaining([
        '@join__type(graph: DIVISIONS, key: "code")',
        '@join__type(graph: DIVISIONS, key: "name")',
      ]),
    );
  });

  it('joins by a composite key: finance finds a road by its county code and road number', async () => {
    const result = await gateway.query('{ roads { countyCode number name fundedYear } }');

    expect(result.data).toEqual({
      roads: [
        { countyCode: '420683', number: 'X001', name: '枣琚线', fundedYear: 2018 },
        { countyCode: '420683', number: 'X002', name: '枣新线', fundedYear: 2019 },
        { countyCode: '421221', number: 'X001', name: '嘉簰线', fundedYear: 2018 },
      ],
    });
    expect(entityFetches(result, 'finance')[0]?.representations).toEqual([
      { __typename: 'Road', countyCode: '420683', number: 'X001' },
      { __typename: 'Road', countyCode: '420683', number: 'X002' },
      { __typename: 'Road', countyCode: '421221', number: 'X001' },
    ]);
  });

  it('joins by a nested key: transport finds a county budget by its county { code } and year', async () => {
    const result = await gateway.query(
      '{ budgets(year: 2018) { county { code } year specialFundWanYuan roadFundWanYuan } }',
    );

    expect(result.data).toEqual({
      budgets: [
        { county: { code: '420683' }, year: 2018, specialFundWanYuan: 5_000, roadFundWanYuan: 1_200 },
        { county: { code: '421221' }, year: 2018, specialFundWanYuan: 3_000, roadFundWanYuan: 640 },
      ],
    });
    expect(entityFetches(result, 'transport')[0]?.representations).toEqual([
      { __typename: 'CountyBudget', county: { code: '420683' }, year: 2018 },
      { __typename: 'CountyBudget', county: { code: '421221' }, year: 2018 },
    ]);
  });

  it('with resolvable: false, lets a subgraph hand out references that only their owner resolves', async () => {
    const result = await gateway.query('{ budgets(year: 2018) { county { code name } specialFundWanYuan } }');

    expect(result.data).toEqual({
      budgets: [
        { county: { code: '420683', name: '枣阳市' }, specialFundWanYuan: 5_000 },
        { county: { code: '421221', name: '嘉鱼县' }, specialFundWanYuan: 3_000 },
      ],
    });
    expect(subgraphsReached(result)).toEqual(['finance', 'divisions']);
    expect(entityFetches(result, 'finance')).toEqual([]);
    expect(directivesOn(gateway.supergraphSdl, 'County')).toContain(
      '@join__type(graph: FINANCE, key: "code", resolvable: false)',
    );
  });
});
