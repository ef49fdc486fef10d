import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('@provides and @external', () => {
  it("answers a provided field from the providing subgraph, without a call to the field's owner", async () => {
    const result = await gateway.query('{ roads { number county { name } } }');

    expect(result.data).toEqual({
      roads: [
        { number: 'X001', county: { name: '枣阳市' } },
        { number: 'X002', county: { name: '枣阳市' } },
        { number: 'X001', county: { name: '嘉鱼县' } },
      ],
    });
    expect(subgraphsReached(result)).toEqual(['transport']);
  });

  it('fetches the fields not provided elsewhere, and the provided field can serve as the key', async () => {
    const result = await gateway.query('{ roads { number county { name ruralIncomeYuan } } }');

    expect(result.data).toMatchObject({ roads: [{ county: { name: '枣阳市', ruralIncomeYuan: 18_400 } }, {}, {}] });
    // Statistics joins counties by name, which transport provided: divisions is not needed at all.
    expect(subgraphsReached(result)).toEqual(['transport', 'statistics']);
    expect(entityFetches(result, 'statistics')[0]?.representations).toContainEqual({
      __typename: 'County',
      name: '枣阳市',
    });
  });

  it('needs the provided field marked @external in the providing subgraph', () => {
    const notExternal = withEditedSdl(gateway.subgraphs, 'transport', (sdl) =>
      sdl.replace('name: String! @external', 'name: String!'),
    );

    expect(compositionErrors(notExternal)).toContain('PROVIDES_FIELDS_MISSING_EXTERNAL');
  });
});
