import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type RunningGraph } from './support/graph.js';

let graph: RunningGraph;
let allCodes: string[];
beforeAll(async () => {
  graph = await startGraph();
  const { body } = await graph.query(`{ counties { code } }`);
  allCodes = body.data!.counties.map((c: { code: string }) => c.code);
});
afterAll(async () => {
  await graph?.stop();
});

const ALL_VIEWS = `query ($codes: [ID!]) {
  counties(codes: $codes) {
    code name
    finance(year: 2019) { fiscalRevenueIncrement specialBudgetAdded specialBudgetShare rules { rule { id } status gap } }
    transport(year: 2019) { townshipRoadUpgradeKm roadUpgradeKmPerTownship rules { rule { id } status gap } }
    water(year: 2019) { safeDrinkingWaterShare rules { status } }
    education(year: 2019) { poorFamilyCompulsoryDropouts rules { status } }
    health(year: 2019) { medicalAssistanceFunds rules { status required } }
    financeInsurance(year: 2019) { poorHouseholdLoanApprovalDays rules { status } }
  }
}`;

const SUBGRAPHS = ['catalog', 'finance', 'transport', 'water', 'education', 'health', 'finance-insurance'];

async function cost(codes: string[]) {
  graph.calls.reset();
  const { body } = await graph.query(ALL_VIEWS, { codes });
  expect(body.errors).toBeUndefined();
  expect(body.data!.counties).toHaveLength(codes.length);
  return Object.fromEntries(
    SUBGRAPHS.map((name) => [name, { requests: graph.calls.count(name), sql: graph.calls.statements(name) }]),
  );
}

describe('batching across the federation', () => {
  it('asks each subgraph once per level of the plan, for 5 counties as for all 103', async () => {
    expect(allCodes).toHaveLength(103);
    const five = await cost(allCodes.slice(0, 5));
    const all = await cost(allCodes);
    for (const name of SUBGRAPHS) {
      expect(five[name]!.requests, name).toBe(1);
      expect(all[name]!.requests, name).toBe(1);
    }
  });

  it('costs each subgraph the same number of SQL statements for 5 counties as for 103', async () => {
    const five = await cost(allCodes.slice(0, 5));
    const all = await cost(allCodes);
    for (const name of SUBGRAPHS) {
      expect(all[name]!.sql, name).toEqual(five[name]!.sql);
      expect(
        five[name]!.sql.every((n) => Number.isInteger(n) && n >= 1),
        name,
      ).toBe(true);
    }
  });
});
