import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type RunningGraph } from './support/graph.js';

let graph: RunningGraph;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

const DEPARTMENTS = ['finance', 'transport', 'water', 'education', 'health', 'financeInsurance'] as const;
const RULES = `rules { rule { id measure { number } } status actual required gap }`;

/** One county, one year, every department's view with its rule results: one request. */
export const ONE_COUNTY_ALL_DEPARTMENTS = `query ($code: ID!, $year: Int!) {
  county(code: $code) {
    code name povertyStatus
    finance(year: $year) { specialBudgetShare sample ${RULES} }
    transport(year: $year) { roadUpgradeKmPerTownship sample ${RULES} }
    water(year: $year) { safeDrinkingWaterShare sample ${RULES} }
    education(year: $year) { poorFamilyCompulsoryDropouts sample ${RULES} }
    health(year: $year) { villageClinicCoverage medicalAssistanceFunds sample ${RULES} }
    financeInsurance(year: $year) { poorHouseholdLoanApprovalDays sample ${RULES} }
  }
}`;

describe('one county across all six departments', () => {
  it('answers for 麻城市 in 2019 with every view, and no figures: the measures are for non-poverty counties', async () => {
    const { body } = await graph.query(ONE_COUNTY_ALL_DEPARTMENTS, { code: '421181', year: 2019 });
    expect(body.errors).toBeUndefined();
    const county = body.data!.county;
    expect(county).toMatchObject({ name: '麻城市', povertyStatus: 'NATIONAL' });
    const statuses = new Set<string>();
    for (const department of DEPARTMENTS) {
      const view = county[department];
      expect(view, department).not.toBeNull();
      expect(view.sample, department).toBe(false);
      // water's rules are set for 2020 only: it has none to report in 2019
      for (const result of view.rules) statuses.add(result.status);
    }
    expect(statuses).toEqual(new Set(['NO_DATA']));
  });

  it("answers for a non-poverty county (武穴市, 2019) with six departments' figures and rule results", async () => {
    const { body } = await graph.query(ONE_COUNTY_ALL_DEPARTMENTS, { code: '421182', year: 2019 });
    expect(body.errors).toBeUndefined();
    const county = body.data!.county;
    const measures = new Set<number>();
    for (const department of DEPARTMENTS) {
      const view = county[department];
      expect(view.sample, department).toBe(true);
      for (const result of view.rules) {
        measures.add(result.rule.measure.number);
        if (result.status === 'MET') expect(result.gap, result.rule.id).toBe(0);
        if (result.status === 'NOT_MET') expect(result.gap, result.rule.id).toBeGreaterThan(0);
        if (result.status === 'NO_DATA') expect(result.gap, result.rule.id).toBeNull();
      }
    }
    // every department's rules speak for its own measures
    expect([...measures].sort((a, b) => a - b)).toEqual(expect.arrayContaining([1, 11, 17, 19, 21]));
  });

  it("lists every department's indicators through the catalog, each attributed to its measure's lead unit", async () => {
    const { body } = await graph.query(`{ indicators { id measure { number } department { id } } rules { id } }`);
    expect(body.errors).toBeUndefined();
    const prefixes = new Set(body.data!.indicators.map((i: any) => i.id.split('.')[0]));
    expect(prefixes).toEqual(
      new Set(['catalog', 'finance', 'transport', 'water', 'education', 'health', 'finance-insurance']),
    );
    // the overall targets' figures (villages exited, people lifted out) are the poverty office's
    expect(
      body
        .data!.indicators.filter((i: any) => i.measure === null)
        .every((i: any) => i.department.id === 'poverty-office'),
    ).toBe(true);
    const departmentOf = (measure: number) =>
      new Set(body.data!.indicators.filter((i: any) => i.measure?.number === measure).map((i: any) => i.department.id));
    expect(departmentOf(18)).toEqual(new Set(['health']));
    expect(departmentOf(19)).toEqual(new Set(['civil-affairs']));
    expect(departmentOf(21)).toEqual(new Set(['pboc-wuhan']));
    expect(departmentOf(22)).toEqual(new Set(['cbirc-hubei']));
    expect(body.data!.rules.length).toBeGreaterThanOrEqual(20);
  });
});
