import { readDepartmentsManifest } from '@fupin/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type RunningGraph } from './support/graph.js';

let graph: RunningGraph;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

// The README's question: every non-poverty county in 黄冈市 with its 2019 share of townships with
// tasks upgraded by at least 10 km, its special-budget share, and whether each finance and
// transport rule is met.
export const HUANGGANG_2019 = `{
  prefecture(code: "421100") {
    name
    counties(povertyStatus: NONE, hasTasks: true) {
      code
      name
      transport(year: 2019) {
        townshipsUpgraded10KmShare townshipsWithTasksUpgraded10Km townshipsWithTasks
        roadUpgradeKmPerTownship townshipRoadUpgradeKm sample
      }
      finance(year: 2019) {
        specialBudgetShare specialBudgetAdded fiscalRevenueIncrement pvProjectsListed pvProjectsSubsidised sample
      }
      financeRules: finance(year: 2019) { rules { ...result } }
      transportRules: transport(year: 2019) { rules { ...result } }
    }
  }
}
fragment result on RuleResult { rule { id measure { number } } year status actual required gap reason }`;

/** The manifest's rules of a department that apply in a year: what its view must judge. */
const rulesOf = (subgraph: string, year: number) =>
  readDepartmentsManifest()
    .departments.find((d) => d.subgraph === subgraph)!
    .rules.filter((r) => r.years.includes(year));

describe("黄冈市's non-poverty counties in 2019, across finance and transport", () => {
  it("answers in one request with figures, shares and every rule's result", async () => {
    const { body } = await graph.query(HUANGGANG_2019);
    expect(body.errors).toBeUndefined();
    const prefecture = body.data!.prefecture;
    expect(prefecture.name).toBe('黄冈市');
    expect(prefecture.counties.map((c: any) => c.name)).toEqual(['黄州区', '浠水县', '黄梅县', '武穴市']);
    const manifestRules = [...rulesOf('finance', 2019), ...rulesOf('transport', 2019)];
    for (const county of prefecture.counties) {
      const { transport, finance } = county;
      const results: any[] = [...county.financeRules.rules, ...county.transportRules.rules];
      // Every rule of the two departments for 2019 is judged, once, for 2019.
      expect(results.map((r) => r.rule.id).sort(), county.name).toEqual(manifestRules.map((r) => r.id).sort());
      expect(results.every((r) => r.year === 2019)).toBe(true);
      const result = (id: string) => results.find((r) => r.rule.id === id);

      expect(transport.sample).toBe(true);
      expect(transport.townshipsUpgraded10KmShare).toBeCloseTo(
        (transport.townshipsWithTasksUpgraded10Km / transport.townshipsWithTasks) * 100,
        5,
      );
      // The km per township is still shown, for context, though no rule reads it any more.
      expect(transport.roadUpgradeKmPerTownship).toBeCloseTo(
        transport.townshipRoadUpgradeKm / transport.townshipsWithTasks,
        5,
      );
      expect(finance.specialBudgetShare).toBeCloseTo(
        (finance.specialBudgetAdded / finance.fiscalRevenueIncrement) * 100,
        5,
      );

      // 15 % of the increment: not applicable where revenue did not rise.
      const budgetRule = result('finance.specialBudgetShare');
      expect(budgetRule).toMatchObject({ rule: { measure: { number: 1 } }, required: 15 });
      expect(budgetRule.status).toBe(
        finance.fiscalRevenueIncrement <= 0 ? 'NOT_APPLICABLE' : finance.specialBudgetShare >= 15 ? 'MET' : 'NOT_MET',
      );
      // Every township with tasks got its 10 km: a count of townships, not an average of km.
      const roadRule = result('transport.everyTownshipWithTasksUpgraded10Km');
      expect(roadRule).toMatchObject({ rule: { measure: { number: 11 } }, required: 100 });
      if (transport.townshipsWithTasks === 0) {
        expect(roadRule.status).toBe('NOT_APPLICABLE');
      } else {
        expect(roadRule.actual).toBeCloseTo(transport.townshipsUpgraded10KmShare, 5);
        expect(roadRule.status).toBe(
          transport.townshipsWithTasksUpgraded10Km >= transport.townshipsWithTasks ? 'MET' : 'NOT_MET',
        );
        expect(roadRule.gap).toBeCloseTo(100 - transport.townshipsUpgraded10KmShare, 5);
      }
      // Every listed PV project built is subsidised; a missing count is no data, not a verdict.
      const pvRule = result('finance.pvProjectsSubsidisedShare');
      expect(pvRule.status).toBe(
        finance.pvProjectsListed === null || finance.pvProjectsSubsidised === null
          ? 'NO_DATA'
          : finance.pvProjectsListed === 0
            ? 'NOT_APPLICABLE'
            : finance.pvProjectsSubsidised >= finance.pvProjectsListed
              ? 'MET'
              : 'NOT_MET',
      );

      for (const r of results) {
        const rule = manifestRules.find((m) => m.id === r.rule.id)!;
        const what = `${county.name} ${r.rule.id}`;
        if (r.status === 'NOT_APPLICABLE') {
          // Not applicable with a reason: one the rule states, where it states any.
          expect(r.reason, what).toEqual(expect.any(String));
          if (rule.reasons) expect(Object.values(rule.reasons), what).toContain(r.reason);
          expect(r.gap, what).toBeNull();
        } else if (r.status === 'NO_DATA') {
          // No data names what was not reported.
          expect(r.reason, what).toMatch(/未报送/);
          expect(r.actual === null || r.required === null, what).toBe(true);
        } else {
          expect(r.reason, what).toBeNull();
          expect(r.actual, what).toEqual(expect.any(Number));
          expect(r.required, what).toEqual(expect.any(Number));
          if (r.status === 'MET') expect(r.gap, what).toBe(0);
          // Not met is short of what is required, or flat where the rule asks for more (less) than the year before.
          else if (r.gap === 0) {
            expect(['MORE_THAN_PREVIOUS_YEAR', 'LESS_THAN_PREVIOUS_YEAR'], what).toContain(rule.kind);
            expect(r.actual, what).toBe(r.required);
          } else expect(r.gap, what).toBeGreaterThan(0);
        }
      }
    }
    // 黄冈's 2019 sample has every outcome, so that each check above is exercised: met, not met,
    // not applicable (a rule's N/A condition holds, as 非种粮大县、人口大县) and no data (a figure
    // not reported).
    const statuses = prefecture.counties.flatMap((c: any) =>
      [...c.financeRules.rules, ...c.transportRules.rules].map((r: any) => r.status),
    );
    expect(new Set(statuses)).toEqual(new Set(['MET', 'NOT_MET', 'NOT_APPLICABLE', 'NO_DATA']));
  });

  it("rolls the prefecture up as the sum of its counties' figures", async () => {
    const { body } = await graph.query(`{
      prefecture(code: "421100") {
        transport(year: 2019) {
          townshipRoadUpgradeKm townshipsWithTasks roadUpgradeKmPerTownship
          townshipsWithTasksUpgraded10Km townshipsUpgraded10KmShare
        }
        counties { transport(year: 2019) { townshipRoadUpgradeKm townshipsWithTasks townshipsWithTasksUpgraded10Km } }
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
    // The share of townships upgraded by 10 km is the ratio of the sums, not a mean of the shares.
    const upgraded = counties.reduce((s: number, c: any) => s + (c.transport?.townshipsWithTasksUpgraded10Km ?? 0), 0);
    expect(transport.townshipsWithTasksUpgraded10Km).toBe(upgraded);
    expect(transport.townshipsUpgraded10KmShare).toBeCloseTo((upgraded / townships) * 100, 5);
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
