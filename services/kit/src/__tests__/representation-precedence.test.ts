import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceResolver, rowLoader, withReference } from '../loaders.js';
import {
  allFixtures,
  entityFetches,
  startFixtureGateway,
  subgraphsReached,
  type FixtureGateway,
} from './fixtures/gateway.js';
import { maintenance, UPKEEP_WAN_YUAN_PER_KM } from './fixtures/maintenance.js';

let gateway: FixtureGateway;
beforeAll(async () => {
  gateway = await startFixtureGateway([...allFixtures, maintenance]);
});
afterAll(() => gateway.stop());

describe("the representation's fields over the subgraph's own row", () => {
  it('computes a @requires field from the value the gateway sent, not from a stale local copy', async () => {
    // Maintenance's inventory still says X001 is 30 km; transport, which owns the length, says 31.5.
    const result = await gateway.query('{ roads { countyCode number upkeepWanYuan } }');

    expect(UPKEEP_WAN_YUAN_PER_KM).toBe(0.8);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      roads: [
        // 31.5 km × 0.8 万元/km, where the stale 30 km would give 24.
        { countyCode: '420683', number: 'X001', upkeepWanYuan: 25.2 },
        { countyCode: '420683', number: 'X002', upkeepWanYuan: 17.6 },
        { countyCode: '421221', number: 'X001', upkeepWanYuan: 14.8 },
      ],
    });
    expect(subgraphsReached(result)).toEqual(['transport', 'maintenance']);
    expect(entityFetches(result, 'maintenance')[0]?.representations?.[0]).toEqual({
      __typename: 'Road',
      countyCode: '420683',
      number: 'X001',
      lengthKm: 31.5,
    });
  });

  it('still fills in from the row what the representation lacks', async () => {
    const result = await gateway.query('{ roads { number lastMaintainedYear upkeepWanYuan } }');

    expect(result.data).toMatchObject({
      roads: [{ number: 'X001', lastMaintainedYear: 2017, upkeepWanYuan: 25.2 }, {}, {}],
    });
  });
});

describe('withReference', () => {
  it("keeps the row's value of the key it was looked up by: an old code answers with the current one", async () => {
    // The loader finds the row by the old code; the row says which code is current.
    const byOld = { load: async (code: string) => ({ code: code === '421023' ? '421088' : code, name: '监利市' }) };
    const resolver = referenceResolver(
      () => byOld as never,
      (ref: { code: string }) => ref.code,
    );
    expect(await resolver.__resolveReference({ code: '421023' }, {})).toEqual({ code: '421088', name: '监利市' });
    expect(withReference({ code: '421023', name: 'x' }, { code: '421088', name: '监利市' }, ['code'])).toEqual({
      code: '421088',
      name: 'x',
    });
  });

  const row = { countyCode: '420683', number: 'X001', lengthKm: 30, lastMaintainedYear: 2017 };

  it("lets the representation's fields win and the row fill in the rest, without __typename", () => {
    const reference = { __typename: 'Road', countyCode: '420683', number: 'X001', lengthKm: 31.5 };

    expect(withReference(reference, row)).toEqual({
      countyCode: '420683',
      number: 'X001',
      lengthKm: 31.5,
      lastMaintainedYear: 2017,
    });
    expect(row.lengthKm).toBe(30);
  });

  it('merges a nested selection field by field, the representation winning', () => {
    const budget = { year: 2018, county: { code: '420683', name: '枣阳市', population: 1_004_741 }, fund: 5_000 };
    const reference = { __typename: 'CountyBudget', year: 2018, county: { code: '420683', population: 1_010_000 } };

    expect(withReference(reference, budget)).toEqual({
      year: 2018,
      county: { code: '420683', name: '枣阳市', population: 1_010_000 },
      fund: 5_000,
    });
  });

  it("keeps the row's class, even where the class has a getter the representation sends a value for", () => {
    class Road {
      constructor(
        readonly number: string,
        private readonly inventoryKm: number,
      ) {}
      get lengthKm(): number {
        return this.inventoryKm;
      }
    }
    const merged = withReference(
      { __typename: 'Road', number: 'X001', lengthKm: 31.5 },
      Object.freeze(new Road('X001', 30)),
    );

    expect(merged).toBeInstanceOf(Road);
    expect((merged as Road).lengthKm).toBe(31.5);
  });

  it('answers null when there is no row', () => {
    expect(withReference({ __typename: 'Road', number: 'X999', lengthKm: 3 }, null)).toBeNull();
  });

  it('is what referenceResolver answers with', async () => {
    const resolver = referenceResolver(
      () =>
        rowLoader(
          async () => [row],
          (r) => `${r.countyCode}/${r.number}`,
        ),
      (ref: { countyCode: string; number: string }) => `${ref.countyCode}/${ref.number}`,
    );

    expect(
      await resolver.__resolveReference(
        { __typename: 'Road', countyCode: '420683', number: 'X001', lengthKm: 31.5 } as never,
        {},
      ),
    ).toMatchObject({ lengthKm: 31.5, lastMaintainedYear: 2017 });
  });
});
