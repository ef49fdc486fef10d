import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityFetches, startFixtureGateway, subgraphsReached, type FixtureGateway } from './fixtures/gateway.js';
import { directivesOn } from './fixtures/sdl.js';

let gateway: FixtureGateway;
beforeAll(async () => {
  gateway = await startFixtureGateway();
});
afterAll(() => gateway.stop());

describe('@interfaceObject', () => {
  it('adds a field to every implementation of an interface whose implementations it does not know', async () => {
    const result = await gateway.query('{ measures { __typename title budgetWanYuan } }');

    expect(result.data).toEqual({
      measures: [
        { __typename: 'RoadMeasure', title: '农村公路提档升级', budgetWanYuan: 30_000 },
        { __typename: 'HousingMeasure', title: '农村危房改造', budgetWanYuan: 12_000 },
      ],
    });
    // Finance is asked about "a Measure": it never hears of RoadMeasure or HousingMeasure.
    expect(entityFetches(result, 'finance')[0]?.representations).toEqual([
      { __typename: 'Measure', id: 'road-upgrade' },
      { __typename: 'Measure', id: 'housing-renovation' },
    ]);
  });

  it('has the owner tell the concrete type of each measure the interface object hands out', async () => {
    const result = await gateway.query(
      '{ fundedMeasures { __typename budgetWanYuan ... on RoadMeasure { roadKm } ... on HousingMeasure { households } } }',
    );

    expect(result.data).toEqual({
      fundedMeasures: [
        { __typename: 'RoadMeasure', budgetWanYuan: 30_000, roadKm: 600 },
        { __typename: 'HousingMeasure', budgetWanYuan: 12_000, households: 8_000 },
      ],
    });
    expect(subgraphsReached(result)).toEqual(['finance', 'measures']);
  });

  it('composes the field onto the interface and each of its implementations', () => {
    expect(directivesOn(gateway.supergraphSdl, 'Measure')).toContain(
      '@join__type(graph: FINANCE, key: "id", isInterfaceObject: true)',
    );
    expect(directivesOn(gateway.supergraphSdl, 'Measure.budgetWanYuan')).toEqual(['@join__field(graph: FINANCE)']);
    expect(directivesOn(gateway.supergraphSdl, 'RoadMeasure.budgetWanYuan')).toEqual(['@join__field']);
    expect(directivesOn(gateway.supergraphSdl, 'HousingMeasure.budgetWanYuan')).toEqual(['@join__field']);
  });
});
