import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compositionErrors,
  startFixtureGateway,
  subgraphsReached,
  withEditedSdl,
  type FixtureGateway,
} from './fixtures/gateway.js';
import { directivesOn } from './fixtures/sdl.js';

let gateway: FixtureGateway;
beforeAll(async () => {
  gateway = await startFixtureGateway();
});
afterAll(() => gateway.stop());

describe('@override', () => {
  it('resolves the field in the overriding subgraph, even for a query that starts in the old owner', async () => {
    const result = await gateway.query('{ counties { name population } }');

    // Statistics' 2018 figures, not the 2010 census that divisions still has.
    expect(result.data).toEqual({
      counties: [
        { name: '枣阳市', population: 1_010_000 },
        { name: '监利市', population: 1_160_000 },
        { name: '嘉鱼县', population: 320_000 },
      ],
    });
    expect(subgraphsReached(result)).toEqual(['divisions', 'statistics']);
    expect(result.calls.find((call) => call.subgraph === 'divisions')?.query).not.toContain('population');
  });

  it('moves the field in the supergraph to the overriding subgraph alone', () => {
    expect(directivesOn(gateway.supergraphSdl, 'County.population')).toEqual([
      '@join__field(graph: STATISTICS, override: "divisions")',
    ]);
  });

  it('is what lets the field move: without it two subgraphs would own it', () => {
    const withoutOverride = withEditedSdl(gateway.subgraphs, 'statistics', (sdl) =>
      sdl.replace(' @override(from: "divisions")', ''),
    );

    expect(compositionErrors(withoutOverride)).toContain('INVALID_FIELD_SHARING');
  });
});
