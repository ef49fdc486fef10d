import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type RunningGraph } from './support/graph.js';

let graph: RunningGraph;
beforeAll(async () => {
  graph = await startGraph();
  await graph.subgraphs.find((s) => s.name === 'water')!.stop();
});
afterAll(async () => {
  await graph?.stop();
});

describe('a department subgraph that is down', () => {
  it('leaves the rest of the answer intact and is named, with a stable code, in the error', async () => {
    const { status, body } = await graph.query(`{
      county(code: "421182") {
        name
        transport(year: 2019) { roadUpgradeKmPerTownship }
        water(year: 2019) { safeDrinkingWaterShare }
      }
    }`);
    expect(status).toBe(200);
    expect(body.data!.county.name).toBe('武穴市');
    expect(body.data!.county.transport.roadUpgradeKmPerTownship).toEqual(expect.any(Number));
    expect(body.data!.county.water).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'water' });
    expect(body.errors![0]!.message).toContain('water');
  });
});
