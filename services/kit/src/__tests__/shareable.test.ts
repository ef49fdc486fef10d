import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compositionErrors,
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

describe('@shareable', () => {
  it('answers a shared field from the subgraph the query is already in', async () => {
    const fromStatistics = await gateway.query('{ countiesByRuralIncome { name prefecture } }');
    const fromDivisions = await gateway.query('{ counties { name prefecture } }');

    expect(fromStatistics.data).toEqual({
      countiesByRuralIncome: [
        { name: '监利市', prefecture: '荆州市' },
        { name: '嘉鱼县', prefecture: '咸宁市' },
        { name: '枣阳市', prefecture: '襄阳市' },
      ],
    });
    expect(subgraphsReached(fromStatistics)).toEqual(['statistics']);
    expect(subgraphsReached(fromDivisions)).toEqual(['divisions']);
  });

  it('is what lets two subgraphs define the same field: without it composition refuses', () => {
    const withoutShareable = withEditedSdl(gateway.subgraphs, 'statistics', (sdl) =>
      sdl.replace('prefecture: String! @shareable', 'prefecture: String!'),
    );

    expect(compositionErrors(gateway.subgraphs)).toEqual([]);
    expect(compositionErrors(withoutShareable)).toContain('INVALID_FIELD_SHARING');
  });
});
