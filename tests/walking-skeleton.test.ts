import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type RunningGraph } from './support/graph.js';

let graph: RunningGraph;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

describe('the graph through the gateway', () => {
  it("answers the walking skeleton's question: 麻城市 and the 22 measures with their lead departments", async () => {
    const { status, body } = await graph.query(`{
      county(code: "421181") { name prefecture { name } povertyStatus }
      measures { number leadDepartments { name } }
    }`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.county).toEqual({ name: '麻城市', prefecture: { name: '黄冈市' }, povertyStatus: 'NATIONAL' });
    expect(body.data?.measures).toHaveLength(22);
    expect(body.data?.measures[0]).toEqual({ number: 1, leadDepartments: [{ name: '省财政厅' }] });
    expect(body.data?.measures[10]).toEqual({ number: 11, leadDepartments: [{ name: '省交通运输厅' }] });
  });

  it('lists the non-poverty counties of 黄冈市 with their sample stock figures', async () => {
    const { body } = await graph.query(`{
      prefecture(code: "421100") { name counties(povertyStatus: NONE, hasTasks: true) { code name stockPoorVillages } }
    }`);
    const counties = body.data?.prefecture.counties;
    expect(body.data?.prefecture.name).toBe('黄冈市');
    expect(counties.length).toBeGreaterThan(0);
    expect(counties.every((c: any) => c.stockPoorVillages >= 1)).toBe(true);
  });

  it('refuses an unknown field with a validation error and a stable code', async () => {
    const { status, body } = await graph.query(`{ county(code: "421181") { population } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toContain('population');
  });
});
