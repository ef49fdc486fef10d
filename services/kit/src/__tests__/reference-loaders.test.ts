import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { divisionRows } from './fixtures/divisions.js';
import { entityFetches, startFixtureGateway, type FixtureGateway } from './fixtures/gateway.js';

let gateway: FixtureGateway;
beforeAll(async () => {
  gateway = await startFixtureGateway();
});
afterAll(() => gateway.stop());

describe('reference resolvers through per-request loaders', () => {
  it('answers every representation of one entity fetch with one batch', async () => {
    const before = divisionRows.batches;
    const result = await gateway.query('{ roads { county { prefecture } } }');

    expect(entityFetches(result, 'divisions')).toHaveLength(1);
    expect(entityFetches(result, 'divisions')[0]?.representations).toHaveLength(3);
    expect(divisionRows.batches - before).toBe(1);
  });

  it('makes new loaders for every request, so no row cached by one request answers the next', async () => {
    const before = divisionRows.batches;
    await gateway.query('{ roads { county { prefecture } } }');
    await gateway.query('{ roads { county { prefecture } } }');

    expect(divisionRows.batches - before).toBe(2);
  });
});
