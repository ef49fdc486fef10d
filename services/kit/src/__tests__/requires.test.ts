import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBSIDY_WAN_YUAN_PER_KM } from './fixtures/finance.js';
import {
  compositionErrors,
  entityFetches,
  startFixtureGateway,
  subgraphsReached,
  withEditedSdl,
  type FixtureGateway,
} from './fixtures/gateway.js';

let gateway: FixtureGateway;
beforeAll(async () => {
  gateway = await startFixtureGateway();
});
afterAll(() => gateway.stop());

describe('@requires and @external', () => {
  it("computes a field from another subgraph's field, which the gateway fetches first", async () => {
    const result = await gateway.query('{ roads { number upgradeSubsidyWanYuan } }');

    expect(result.data).toEqual({
      roads: [
        { number: 'X001', upgradeSubsidyWanYuan: 31.5 * SUBSIDY_WAN_YUAN_PER_KM },
        { number: 'X002', upgradeSubsidyWanYuan: 22 * SUBSIDY_WAN_YUAN_PER_KM },
        { number: 'X001', upgradeSubsidyWanYuan: 18.5 * SUBSIDY_WAN_YUAN_PER_KM },
      ],
    });
    expect(subgraphsReached(result)).toEqual(['transport', 'finance']);
    expect(entityFetches(result, 'finance')[0]?.representations).toContainEqual({
      __typename: 'Road',
      countyCode: '420683',
      number: 'X001',
      lengthKm: 31.5,
    });
  });

  it("keeps the required field beside the entity's own row (the kit's referenceResolver merges them)", async () => {
    // Finance's Road reference resolver loads its funding row, which has no length.
    const result = await gateway.query('{ roads { number fundedYear upgradeSubsidyWanYuan } }');

    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({
      roads: [{ number: 'X001', fundedYear: 2018, upgradeSubsidyWanYuan: 1_575 }, {}, {}],
    });
  });

  it('never asks the subgraph that marks a field @external to resolve it', async () => {
    const result = await gateway.query('{ roads { number lengthKm } }');

    expect(result.data).toMatchObject({ roads: [{ number: 'X001', lengthKm: 31.5 }, {}, {}] });
    expect(subgraphsReached(result)).toEqual(['transport']);
  });

  it('needs the required field marked @external in the requiring subgraph', () => {
    const notExternal = withEditedSdl(gateway.subgraphs, 'finance', (sdl) =>
      sdl.replace('lengthKm: Float! @external', 'lengthKm: Float!'),
    );

    expect(compositionErrors(notExternal)).toContain('REQUIRES_FIELDS_MISSING_EXTERNAL');
  });
});
