import { checkDepartmentModel, evaluateRule, indicatorValue, PLAN_YEARS, type ValueOf } from '@fupin/kit';
import { nonPovertyCountiesWithTasks } from '@fupin/reference';
import { checkSample } from '@fupin/kit/testing';
import { describe, expect, it } from 'vitest';
import { financeModel } from '../model/index.js';
import { generate } from '../sample.js';

const byId = new Map(financeModel.indicators.map((i) => [i.id, i]));

/** Every county's sample figures, and a way to read them as the kit does. */
const figures = new Map(
  nonPovertyCountiesWithTasks.map((county) => [county.code, PLAN_YEARS.map((year) => generate(county, year))]),
);
function valueOf(code: string): ValueOf {
  return (id, year) => figures.get(code)?.[year - 2018]?.[id] ?? null;
}

/** The rule's outcome for one county and year, as the subgraph computes it; null when left out. */
function outcome(ruleId: string, code: string, year: number) {
  const rule = financeModel.rules.find((r) => r.id === ruleId)!;
  const value = valueOf(code);
  if (rule.appliesWhere && value(rule.appliesWhere, year) !== 1) return null;
  return evaluateRule(rule, (y) => indicatorValue(byId.get(rule.indicator)!, value, y), year);
}

describe("省财政厅's model", () => {
  it('is consistent', () => {
    expect(() => checkDepartmentModel('finance', financeModel)).not.toThrow();
  });

  it('covers measures 1–4, each with indicators, and rules for measures 1–3', () => {
    expect([...new Set(financeModel.indicators.map((i) => i.measure))]).toEqual([1, 2, 3, 4]);
    expect([...new Set(financeModel.rules.map((r) => r.measure))]).toEqual([1, 2, 3]);
    expect(financeModel.rules.find((r) => r.id === 'finance.specialBudgetShare')).toMatchObject({
      comparison: 'AT_LEAST',
      required: 15,
      years: [2018, 2019, 2020],
    });
  });
});

describe("省财政厅's sample", () => {
  it('is the same every time it is generated', () => {
    for (const county of nonPovertyCountiesWithTasks) {
      for (const year of PLAN_YEARS) expect(generate(county, year)).toEqual(figures.get(county.code)![year - 2018]);
    }
  });

  it('publishes only published indicators of the model, within their ranges', () => {
    expect(checkSample(financeModel, nonPovertyCountiesWithTasks, generate).problems).toEqual([]);
  });

  it('keeps the fiscal revenue increase positive wherever it is reported', () => {
    for (const county of nonPovertyCountiesWithTasks) {
      for (const year of PLAN_YEARS) {
        const increment = valueOf(county.code)('finance.fiscalRevenueIncrement', year);
        if (increment !== null) expect(increment).toBeGreaterThan(0);
      }
    }
  });

  it('shows every status of every rule over the 60 counties and three years', () => {
    for (const [rule, seen] of checkSample(financeModel, nonPovertyCountiesWithTasks, generate).statuses) {
      expect([...seen].sort(), rule).toEqual(['MET', 'NOT_MET', 'NO_DATA']);
    }
  });

  it("splits 黄冈's non-poverty counties on the 15 % rule in 2019", () => {
    const huanggang = ['421102', '421125', '421127', '421182'];
    const statuses = huanggang.map((code) => outcome('finance.specialBudgetShare', code, 2019)?.status);
    expect(statuses).toContain('MET');
    expect(statuses).toContain('NOT_MET');
  });

  it('flags exactly the grain or populous counties spending below the provincial average', () => {
    const perCapita = byId.get('finance.budgetExpenditurePerCapita')!;
    let flagged = 0;
    for (const county of nonPovertyCountiesWithTasks) {
      const value = valueOf(county.code);
      for (const year of PLAN_YEARS) {
        const below =
          indicatorValue(perCapita, value, year)! < value('finance.provincialBudgetExpenditurePerCapita', year)!;
        const expected = value('finance.majorGrainOrPopulousCounty', year) === 1 && below ? 1 : 0;
        expect(value('finance.belowAverageGrainOrPopulousCounty', year), `${county.code} ${year}`).toBe(expected);
        flagged += expected;
      }
    }
    expect(flagged).toBeGreaterThan(0);
  });

  it('never subsidises more PV projects than are built, and never takes a subsidy back', () => {
    for (const county of nonPovertyCountiesWithTasks) {
      const value = valueOf(county.code);
      let before = 0;
      for (const year of PLAN_YEARS) {
        const subsidised = value('finance.pvProjectsSubsidised', year);
        if (subsidised === null) continue;
        expect(subsidised).toBeLessThanOrEqual(value('finance.pvProjectsListed', year)!);
        expect(subsidised).toBeGreaterThanOrEqual(before);
        before = subsidised;
      }
    }
  });

  it("agrees with the document's totals: 659,300 poor people, a third of the province's", () => {
    const sum = (id: string, year: number) =>
      nonPovertyCountiesWithTasks.reduce((total, c) => total + (valueOf(c.code)(id, year) ?? 0), 0);
    expect(sum('finance.allocationPoorPopulation', 2018)).toBe(659_300);
    for (const year of PLAN_YEARS) expect(sum('finance.poorPopulationShareOfProvince', year)).toBeCloseTo(100 / 3, 2);
  });
});
