import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type RunningGraph } from './support/graph.js';

let graph: RunningGraph;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

// The README's question: every non-poverty county in 黄冈市 with its 2019 road km per township,
// its special-budget share, and whether each finance and transport rule is met.
export const HUANGGANG_2019 = `{
  prefecture(code: "421100") {
    name
    counties(povertyStatus: NONE, hasTasks: true) {
      code
      name
      transport(year: 2019) { roadUpgradeKmPerTownship townshipRoadUpgradeKm townshipsWithTasks sample }
      finance(year: 2019) { specialBudgetShare specialBudgetAdded fiscalRevenueIncrement sample }
      financeRules: finance(year: 2019) { rules { rule { id measure { number } } status actual required gap } }
      transportRules: transport(year: 2019) { rules { rule { id measure { number } } status actual required gap } }
    }
  }
}`;

describe("黄冈市's non-poverty counties in 2019, across finance and transport", () => {
  it("answers in one request with figures, shares and every rule's result", async () => {
    const { body } = await graph.query(HUANGGANG_2019);
    expect(body.errors).toBeUndefined();
    const prefecture = body.data!.prefecture;
    expect(prefecture.name).toBe('黄冈市');
    expect(prefecture.counties.map((c: any) => c.name)).toEqual(['黄州区', '浠水县', '黄梅县', '武穴市']);
    for (const county of prefecture.counties) {
      const { transport, finance } = county;
      expect(transport.sample).toBe(true);
      expect(transport.roadUpgradeKmPerTownship).toBeCloseTo(
        transport.townshipRoadUpgradeKm / transport.townshipsWithTasks,
        5,
      );
      expect(finance.specialBudgetShare).toBeCloseTo(
        (finance.specialBudgetAdded / finance.fiscalRevenueIncrement) * 100,
        5,
      );
      const budgetRule = county.financeRules.rules.find((r: any) => r.rule.id === 'finance.specialBudgetShare');
      expect(budgetRule).toMatchObject({ rule: { measure: { number: 1 } }, required: 15 });
      expect(budgetRule.status).toBe(finance.specialBudgetShare >= 15 ? 'MET' : 'NOT_MET');
      const roadRule = county.transportRules.rules.find((r: any) => r.rule.id === 'transport.roadUpgradeKmPerTownship');
      expect(roadRule).toMatchObject({ rule: { measure: { number: 11 } }, required: 10 });
      expect(roadRule.status).toBe(transport.roadUpgradeKmPerTownship >= 10 ? 'MET' : 'NOT_MET');
    }
    const statuses = prefecture.counties.flatMap((c: any) =>
      [...c.financeRules.rules, ...c.transportRules.rules].map((r: any) => r.status),
    );
    // Every rule is judged: met, not met, or (measure 2's rule where the county's flag says it is
    // not a major grain or populous county) not applicable; none lacks data in 黄冈's 2019 sample.
    expect(new Set(statuses)).toEqual(new Set(['MET', 'NOT_MET', 'NOT_APPLICABLE']));
    const notApplicable = prefecture.counties.flatMap((c: any) =>
      c.financeRules.rules.filter((r: any) => r.status === 'NOT_APPLICABLE').map((r: any) => r.rule.id),
    );
    expect(new Set(notApplicable)).toEqual(new Set(['finance.transferPaymentIncreased']));
  });

  it("rolls the prefecture up as the sum of its counties' figures", async () => {
    const { body } = await graph.query(`{
      prefecture(code: "421100") {
        transport(year: 2019) { townshipRoadUpgradeKm townshipsWithTasks roadUpgradeKmPerTownship }
        counties { transport(year: 2019) { townshipRoadUpgradeKm townshipsWithTasks } }
      }
      province { finance(year: 2019) { fiscalRevenueIncrement specialBudgetAdded specialBudgetShare } }
    }`);
    expect(body.errors).toBeUndefined();
    const { transport, counties } = body.data!.prefecture;
    const km = counties.reduce((s: number, c: any) => s + (c.transport?.townshipRoadUpgradeKm ?? 0), 0);
    const townships = counties.reduce((s: number, c: any) => s + (c.transport?.townshipsWithTasks ?? 0), 0);
    expect(transport.townshipRoadUpgradeKm).toBeCloseTo(km, 5);
    expect(transport.townshipsWithTasks).toBe(townships);
    expect(transport.roadUpgradeKmPerTownship).toBeCloseTo(km / townships, 5);
    const province = body.data!.province.finance;
    expect(province.specialBudgetShare).toBeCloseTo(
      (province.specialBudgetAdded / province.fiscalRevenueIncrement) * 100,
      5,
    );
  });

  it("lists every department's indicators and rules through the catalog", async () => {
    const { body } = await graph.query(`{
      transport: indicators(department: "transport") { id unit measure { number } department { name } }
      measure(number: 1) { indicators { id } rules { id threshold indicator { id unit } } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.transport.map((i: any) => i.id)).toContain('transport.roadUpgradeKmPerTownship');
    expect(
      body.data!.transport.every((i: any) => i.department.name === '省交通运输厅' && i.measure.number === 11),
    ).toBe(true);
    const rule = body.data!.measure.rules.find((r: any) => r.id === 'finance.specialBudgetShare');
    expect(rule).toEqual({
      id: 'finance.specialBudgetShare',
      threshold: 15,
      indicator: { id: 'finance.specialBudgetShare', unit: 'PERCENT' },
    });
  });
});
