import {
  checkDepartmentModel,
  evaluateRule,
  indicatorValue,
  PLAN_YEARS,
  sampleBaseYear,
  type RuleOutcome,
  type ValueOf,
} from '@fupin/kit';
import { measures, nonPovertyCountiesWithTasks } from '@fupin/reference';
import { checkSample } from '@fupin/kit/testing';
import { describe, expect, it } from 'vitest';
import { financeModel } from '../model/index.js';
import { generate, pvReportsLate, revenueFell, withoutPvProjects } from '../sample.js';

const byId = new Map(financeModel.indicators.map((i) => [i.id, i]));
const ruleOf = (id: string) => financeModel.rules.find((r) => r.id === id)!;

/** Every county's sample figures, the kit's 2017 base included, and a way to read them as the kit does. */
const figures = new Map(
  nonPovertyCountiesWithTasks.map((county) => [
    county.code,
    new Map<number, Record<string, number>>([
      [2017, sampleBaseYear(financeModel, county, generate)],
      ...PLAN_YEARS.map((year) => [year, generate(county, year)] as const),
    ]),
  ]),
);
function valueOf(code: string): ValueOf {
  return (id, year) => figures.get(code)?.get(year)?.[id] ?? null;
}

/** The rule's outcome for one county and year, as a county's view computes it. */
function outcome(ruleId: string, code: string, year: number): RuleOutcome | null {
  return evaluateRule(ruleOf(ruleId), { valueOf: valueOf(code), indicatorById: byId }, year);
}

/** The outcome of a rule on figures given by hand: `{ 'finance.x': { 2018: 1 } }`. */
function judge(ruleId: string, given: Record<string, Record<number, number>>, year: number): RuleOutcome | null {
  return evaluateRule(ruleOf(ruleId), { valueOf: (id, y) => given[id]?.[y] ?? null, indicatorById: byId }, year);
}

describe("省财政厅's model", () => {
  it('is consistent', () => {
    expect(() => checkDepartmentModel('finance', financeModel)).not.toThrow();
  });

  it('covers measures 1–4, each with indicators and rules', () => {
    expect([...new Set(financeModel.indicators.map((i) => i.measure))]).toEqual([1, 2, 3, 4]);
    expect([...new Set(financeModel.rules.map((r) => r.measure))]).toEqual([1, 2, 3, 4]);
  });

  it('states each rule as the review proposes: kind, years, basis', () => {
    const plan = [
      ['finance.specialBudgetShare', 'AT_LEAST', [2018, 2019, 2020], 'DOCUMENT'],
      ['finance.stockFundsPrecisePovertyShare', 'AT_LEAST', [2018, 2019, 2020], 'DOCUMENT'],
      ['finance.transferPaymentIncreased', 'MORE_THAN_PREVIOUS_YEAR', [2018, 2019, 2020], 'DOCUMENT'],
      ['finance.pvProjectsSubsidisedShare', 'EVERY_UNIT', [2018, 2019], 'INTERPRETATION'],
      ['finance.poorPopulationWeightIncreased', 'MORE_THAN_PREVIOUS_YEAR', [2018], 'INTERPRETATION'],
      ['finance.poorPopulationWeightNotReduced', 'NOT_LESS_THAN_PREVIOUS_YEAR', [2019, 2020], 'INTERPRETATION'],
    ] as const;
    expect(financeModel.rules.map((r) => [r.id, r.kind, r.years, r.basis])).toEqual(plan);
    expect(ruleOf('finance.specialBudgetShare')).toMatchObject({ required: 15 });
    expect(ruleOf('finance.stockFundsPrecisePovertyShare')).toMatchObject({ required: 50 });
    for (const rule of financeModel.rules) expect(rule.comparison, rule.id).toBeUndefined();
  });

  it("quotes the document's words of each rule's measure exactly, with a basis note in Chinese / English", () => {
    for (const rule of financeModel.rules) {
      const text = measures.find((m) => m.number === rule.measure)!.text;
      expect(rule.words, rule.id).toBeTruthy();
      expect(text, rule.id).toContain(rule.words);
      expect(rule.basisNote, rule.id).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
    }
  });

  it('derives who qualifies for more transfer payments from its parts, with no flag of its own', () => {
    expect(ruleOf('finance.transferPaymentIncreased')).toMatchObject({
      indicator: 'finance.transferPayment',
      appliesWhere: 'finance.majorGrainOrPopulousCounty',
      appliesBelow: {
        figure: 'finance.budgetExpenditurePerCapita',
        reference: 'finance.provincialBudgetExpenditurePerCapita',
      },
    });
    expect(byId.has('finance.belowAverageGrainOrPopulousCounty')).toBe(false);
    expect(ruleOf('finance.transferPaymentIncreased').basisNote).toContain('同一年');
  });

  it('reads the poor-population weight as one province-wide figure of measure 4', () => {
    expect(byId.get('finance.allocationPoorPopulationWeight')).toMatchObject({
      unit: 'PERCENT',
      measure: 4,
      rollup: { kind: 'MEAN' },
      min: 0,
      max: 100,
    });
    for (const id of ['finance.poorPopulationWeightIncreased', 'finance.poorPopulationWeightNotReduced']) {
      expect(ruleOf(id).indicator, id).toBe('finance.allocationPoorPopulationWeight');
    }
  });
});

describe("省财政厅's rules on figures given by hand", () => {
  it('does not judge revenue that fell: NOT_APPLICABLE, nothing is owed', () => {
    const fell = { 'finance.fiscalRevenueIncrement': { 2020: -1_200 }, 'finance.specialBudgetAdded': { 2020: 0 } };
    expect(judge('finance.specialBudgetShare', fell, 2020)).toMatchObject({
      status: 'NOT_APPLICABLE',
      gap: null,
      reason: '当年地方财政收入无增量, 无须按增量增列 / revenue did not rise: nothing is owed',
    });
    const rose = { 'finance.fiscalRevenueIncrement': { 2020: 1_000 }, 'finance.specialBudgetAdded': { 2020: 140 } };
    expect(judge('finance.specialBudgetShare', rose, 2020)).toMatchObject({ status: 'NOT_MET', gap: 1 });
  });

  it('does not judge a year with no idle funds recovered', () => {
    const none = { 'finance.stockFundsRecovered': { 2019: 0 }, 'finance.stockFundsForPrecisePoverty': { 2019: 0 } };
    expect(judge('finance.stockFundsPrecisePovertyShare', none, 2019)).toMatchObject({
      status: 'NOT_APPLICABLE',
      reason: '当年无清理回收可统筹使用的存量资金 / no idle funds recovered this year',
    });
  });

  it('asks every built listed PV project to be subsidised in 2018 and 2019, and nothing of a county without one', () => {
    const oneShort = {
      'finance.pvProjectsListed': { 2019: 12, 2020: 12 },
      'finance.pvProjectsSubsidised': { 2019: 11, 2020: 11 },
    };
    expect(judge('finance.pvProjectsSubsidisedShare', oneShort, 2019)?.status).toBe('NOT_MET');
    expect(judge('finance.pvProjectsSubsidisedShare', oneShort, 2020)).toBeNull();
    const none = { 'finance.pvProjectsListed': { 2018: 0 }, 'finance.pvProjectsSubsidised': { 2018: 0 } };
    expect(judge('finance.pvProjectsSubsidisedShare', none, 2018)).toMatchObject({
      status: 'NOT_APPLICABLE',
      reason: '本县无列入规划并已建成的光伏扶贫项目 / no listed project built in the county',
    });
  });

  it('asks the weight to rise in 2018 and not to fall after: a flat weight fails the one and meets the other', () => {
    const flat = { 'finance.allocationPoorPopulationWeight': { 2017: 55, 2018: 55, 2019: 55 } };
    expect(judge('finance.poorPopulationWeightIncreased', flat, 2018)).toMatchObject({ status: 'NOT_MET', gap: 0 });
    expect(judge('finance.poorPopulationWeightNotReduced', flat, 2019)).toMatchObject({ status: 'MET', gap: 0 });
    const lowered = { 'finance.allocationPoorPopulationWeight': { 2019: 60, 2020: 58 } };
    expect(judge('finance.poorPopulationWeightNotReduced', lowered, 2020)).toMatchObject({ status: 'NOT_MET', gap: 2 });
    const unknown2017 = { 'finance.allocationPoorPopulationWeight': { 2018: 60 } };
    expect(judge('finance.poorPopulationWeightIncreased', unknown2017, 2018)?.status).toBe('NO_DATA');
  });
});

describe("省财政厅's sample", () => {
  it('is the same every time it is generated', () => {
    for (const county of nonPovertyCountiesWithTasks) {
      for (const year of PLAN_YEARS) expect(generate(county, year)).toEqual(figures.get(county.code)!.get(year));
    }
  });

  it('publishes only published indicators of the model, within their ranges', () => {
    expect(checkSample(financeModel, nonPovertyCountiesWithTasks, generate).problems).toEqual([]);
  });

  it('keeps the fiscal revenue increase positive except where revenue fell in 2020, and adds nothing there', () => {
    let fell = 0;
    for (const county of nonPovertyCountiesWithTasks) {
      for (const year of PLAN_YEARS) {
        const value = valueOf(county.code);
        const increment = value('finance.fiscalRevenueIncrement', year);
        if (increment === null) continue;
        if (revenueFell(county, year)) {
          fell += 1;
          expect(increment, `${county.code} ${year}`).toBeLessThan(0);
          expect(value('finance.specialBudgetAdded', year)).toBe(0);
        } else {
          expect(increment, `${county.code} ${year}`).toBeGreaterThan(0);
        }
      }
    }
    expect(fell).toBeGreaterThan(0);
  });

  it('shows every status of every rule over the 60 counties and their years', () => {
    const statuses = checkSample(financeModel, nonPovertyCountiesWithTasks, generate).statuses;
    const seen = (id: string) => [...statuses.get(id)!].sort();
    const all = ['MET', 'NOT_APPLICABLE', 'NOT_MET', 'NO_DATA'];
    // NOT_APPLICABLE where revenue fell in 2020, where nothing was recovered, where a county is
    // not a grain or populous county or spends at least the average, where a district has no PV
    // project; NO_DATA where the 2020 outturns (2019's PV subsidies) are not reported.
    expect(seen('finance.specialBudgetShare')).toEqual(all);
    expect(seen('finance.stockFundsPrecisePovertyShare')).toEqual(all);
    expect(seen('finance.transferPaymentIncreased')).toEqual(all);
    expect(seen('finance.pvProjectsSubsidisedShare')).toEqual(all);
    // The weight is one province-wide figure, published for every county in 2018 and 2019, and
    // the kit draws a province-wide figure's sample 2017 once for the province: F5 (2018 against
    // 2017) has one status, the same in every county, and cannot lack data.
    expect(seen('finance.poorPopulationWeightIncreased')).toHaveLength(1);
    expect(['MET', 'NOT_MET']).toContain(seen('finance.poorPopulationWeightIncreased')[0]);
    // F6 compares published plan years only, so every county has the same status in a year: the
    // weight kept in 2019 (MET), not yet published for 2020 (NO_DATA). Nothing lowers it, so no
    // NOT_MET; the rule has no condition, so no NOT_APPLICABLE.
    expect(seen('finance.poorPopulationWeightNotReduced')).toEqual(['MET', 'NO_DATA']);
  });

  it('publishes the weight as one figure per year, the same for every county', () => {
    for (const year of PLAN_YEARS) {
      const weights = new Set(
        nonPovertyCountiesWithTasks.map((c) => valueOf(c.code)('finance.allocationPoorPopulationWeight', year)),
      );
      expect(weights.size, String(year)).toBe(1);
    }
    const weight = (year: number) =>
      valueOf(nonPovertyCountiesWithTasks[0]!.code)('finance.allocationPoorPopulationWeight', year);
    expect(weight(2019)).toBeGreaterThanOrEqual(weight(2018)!);
    expect(weight(2020)).toBeNull();
  });

  it('leaves out of the transfer rule both counties that are not grain or populous ones and those spending at least the average', () => {
    const reasons = new Set<string | null>();
    let judged = 0;
    for (const county of nonPovertyCountiesWithTasks) {
      for (const year of PLAN_YEARS) {
        const result = outcome('finance.transferPaymentIncreased', county.code, year)!;
        if (result.status === 'NOT_APPLICABLE') reasons.add(result.reason);
        if (result.status === 'MET' || result.status === 'NOT_MET') {
          judged += 1;
          const value = valueOf(county.code);
          expect(value('finance.majorGrainOrPopulousCounty', year)).toBe(1);
          expect(indicatorValue(byId.get('finance.budgetExpenditurePerCapita')!, value, year)).toBeLessThan(
            value('finance.provincialBudgetExpenditurePerCapita', year)!,
          );
        }
      }
    }
    expect([...reasons].sort()).toEqual(
      [
        ruleOf('finance.transferPaymentIncreased').reasons!.notBelow,
        ruleOf('finance.transferPaymentIncreased').reasons!.notFlagged,
      ].sort(),
    );
    expect(judged).toBeGreaterThan(0);
  });

  it("splits 黄冈's non-poverty counties on the 15 % rule in 2019", () => {
    const huanggang = ['421102', '421125', '421127', '421182'];
    const statuses = huanggang.map((code) => outcome('finance.specialBudgetShare', code, 2019)?.status);
    expect(statuses).toContain('MET');
    expect(statuses).toContain('NOT_MET');
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
    expect(nonPovertyCountiesWithTasks.some(withoutPvProjects)).toBe(true);
    expect(nonPovertyCountiesWithTasks.some((c) => pvReportsLate(c, 2019))).toBe(true);
  });

  it("agrees with the document's totals: 659,300 poor people, a third of the province's", () => {
    const sum = (id: string, year: number) =>
      nonPovertyCountiesWithTasks.reduce((total, c) => total + (valueOf(c.code)(id, year) ?? 0), 0);
    expect(sum('finance.allocationPoorPopulation', 2018)).toBe(659_300);
    for (const year of PLAN_YEARS) expect(sum('finance.poorPopulationShareOfProvince', year)).toBeCloseTo(100 / 3, 2);
  });
});
