import {
  checkDepartmentModel,
  evaluateRule,
  indicatorValue,
  isPublished,
  PLAN_YEARS,
  sampleBaseYear,
  type ValueOf,
} from '@fupin/kit';
import { measures, nonPovertyCountiesWithTasks } from '@fupin/reference';
import { checkSample } from '@fupin/kit/testing';
import { describe, expect, it } from 'vitest';
import { waterModel } from '../model/index.js';
import { generate } from '../sample.js';

const counties = nonPovertyCountiesWithTasks;
const byId = new Map(waterModel.indicators.map((i) => [i.id, i]));
const county = (code: string) => counties.find((c) => c.code === code)!;
const PUBLISHED = waterModel.indicators.filter(isPublished).map((i) => i.id);
const PROJECT_FIGURES = [
  'water.eligibleProjects',
  'water.eligibleProjectsInSpecialPlans',
  'water.provinceEligibleProjectsInSpecialPlansShare',
  'water.specialPlanProjectInvestmentArranged',
];
const SUPPORT = 'water.ruralDrinkingWaterSupportIncreased';
const ISSUED = 'water.drinkingWaterInvestmentIssuedShare';
const PRIORITY = 'water.eligibleProjectsInSpecialPlansWithPriority';
/** 黄石港区 and 西陵区: on the city's mains in the sample (see sample.ts). */
const URBAN_DISTRICTS = ['420202', '420502'];

/** A county's figures straight from the generator (2017 as the kit derives it), as the kit reads them. */
function valueOf(code: string): ValueOf {
  const c = county(code);
  const base = sampleBaseYear(waterModel, c, generate);
  return (indicatorId, year) => (year === 2017 ? base[indicatorId] : generate(c, year)[indicatorId]) ?? null;
}

/** A rule's outcome as a county's view evaluates it: zero denominators and the year before included. */
function outcomeOf(ruleId: string, code: string, year: number) {
  const rule = waterModel.rules.find((r) => r.id === ruleId)!;
  return evaluateRule(rule, { valueOf: valueOf(code), indicatorById: byId }, year);
}

describe('the water model', () => {
  it('is consistent by the kit’s own check', () => {
    expect(() => checkDepartmentModel('water', waterModel)).not.toThrow();
  });

  it('covers measure 12 only, with the three rules of the review, all the project’s reading', () => {
    expect(new Set([...waterModel.indicators, ...waterModel.rules].map((x) => x.measure))).toEqual(new Set([12]));
    expect(waterModel.rules.map((r) => [r.id, r.indicator, r.kind, r.years, r.basis])).toEqual([
      [
        SUPPORT,
        'water.ruralDrinkingWaterInvestmentInYear',
        'MORE_THAN_PREVIOUS_YEAR',
        [2018, 2019, 2020],
        'INTERPRETATION',
      ],
      [ISSUED, 'water.drinkingWaterInvestmentIssuedShare', 'AT_LEAST', [2020], 'INTERPRETATION'],
      [
        PRIORITY,
        'water.eligibleProjectsInSpecialPlansShare',
        'AT_LEAST_REFERENCE',
        [2018, 2019, 2020],
        'INTERPRETATION',
      ],
    ]);
    expect(waterModel.rules.find((r) => r.id === ISSUED)!.required).toBe(100);
    expect(waterModel.rules.find((r) => r.id === PRIORITY)!.reference).toBe(
      'water.provinceEligibleProjectsInSpecialPlansShare',
    );
  });

  it('quotes the words of measure 12 for every rule', () => {
    const text = measures.find((m) => m.number === 12)!.text;
    for (const rule of waterModel.rules) expect(text, rule.id).toContain(rule.words);
  });

  it('keeps the share of registered poor people with safe water as a figure no rule judges', () => {
    expect(byId.has('water.safeDrinkingWaterShare')).toBe(true);
    expect(waterModel.rules.map((r) => r.indicator)).not.toContain('water.safeDrinkingWaterShare');
  });

  it('says its registered poor people are the plan’s, not the document’s stock', () => {
    const registered = byId.get('water.registeredPoorPopulation')!;
    expect(registered.name).toContain('十三五');
    expect(registered.description).toContain('not that baseline');
    expect(registered.baseline).toBeUndefined();
    expect(waterModel.indicators.filter((i) => i.baseline)).toEqual([]);
  });

  it('bounds every figure below by 0, every share by 100, and counts people and projects in whole numbers', () => {
    for (const indicator of waterModel.indicators) {
      expect(indicator.min, indicator.id).toBe(0);
      if (indicator.unit === 'PERCENT') expect(indicator.max, indicator.id).toBe(100);
      if (indicator.unit === 'COUNT' || indicator.unit === 'PERSONS')
        expect(indicator.integer, indicator.id).toBe(true);
    }
    // The county shares are ratios; the province's share is one published figure, the same for every county.
    const shares = waterModel.indicators.filter((i) => i.unit === 'PERCENT');
    expect(shares.filter((i) => i.rollup.kind !== 'RATIO').map((i) => [i.id, i.rollup])).toEqual([
      ['water.provinceEligibleProjectsInSpecialPlansShare', { kind: 'MEAN' }],
    ]);
  });
});

describe('the water sample', () => {
  it('is deterministic and pinned: 武穴市 2019', () => {
    const wuxue = county('421182');
    expect(generate(wuxue, 2019)).toEqual(generate({ ...wuxue }, 2019));
    expect(generate(wuxue, 2019)).toEqual({
      'water.ruralDrinkingWaterInvestmentInYear': 1935.6,
      'water.registeredPoorPopulation': 41065,
      'water.registeredPoorWithSafeDrinkingWater': 38103,
      'water.drinkingWaterInvestmentPlanned': 3262,
      'water.drinkingWaterInvestmentIssued': 3033.1,
      'water.eligibleProjects': 14,
      'water.eligibleProjectsInSpecialPlans': 10,
      'water.provinceEligibleProjectsInSpecialPlansShare': 67.7,
      'water.specialPlanProjectInvestmentArranged': 1071.2,
    });
  });

  it('publishes only published indicators, within their range, the base year included', () => {
    expect(checkSample(waterModel, counties, generate).problems).toEqual([]);
  });

  it("counts more registered poor people in the plan than the county's stock, the same in every year", () => {
    for (const c of counties) {
      const [y2018, y2019, y2020] = PLAN_YEARS.map((y) => generate(c, y)['water.registeredPoorPopulation']);
      expect(y2018! / c.stockPoorPopulation, c.code).toBeGreaterThanOrEqual(1.5);
      expect(y2018! / c.stockPoorPopulation, c.code).toBeLessThanOrEqual(2.3);
      expect(y2019, c.code).toBe(y2018);
      if (y2020 !== undefined) expect(y2020, c.code).toBe(y2018);
    }
  });

  it('plans 600–1,500 yuan of drinking-water investment per registered poor person, but none in the urban districts', () => {
    for (const c of counties) {
      const { 'water.drinkingWaterInvestmentPlanned': planned, 'water.registeredPoorPopulation': registered } =
        generate(c, 2019);
      if (URBAN_DISTRICTS.includes(c.code)) {
        expect(planned, c.code).toBe(0);
        continue;
      }
      const yuanPerPerson = (planned! * 10_000) / registered!;
      expect(yuanPerPerson, c.code).toBeGreaterThanOrEqual(599);
      expect(yuanPerPerson, c.code).toBeLessThanOrEqual(1501);
    }
  });

  it('gives every county in a year the same province-wide share, rising year on year', () => {
    const shares = PLAN_YEARS.map(
      (year) =>
        new Set(
          counties
            .map((c) => generate(c, year)['water.provinceEligibleProjectsInSpecialPlansShare'])
            .filter((v) => v !== undefined),
        ),
    );
    for (const set of shares) expect(set.size).toBe(1);
    const [y2018, y2019, y2020] = shares.map((set) => [...set][0]!);
    expect(y2018).toBeLessThan(y2019!);
    expect(y2019).toBeLessThan(y2020!);
  });

  it('never lets a share or a cumulative figure fall from one year to the next', () => {
    const cumulative = [
      ...waterModel.indicators.filter((i) => i.unit === 'PERCENT'),
      byId.get('water.registeredPoorWithSafeDrinkingWater')!,
      byId.get('water.drinkingWaterInvestmentIssued')!,
      byId.get('water.eligibleProjectsInSpecialPlans')!,
    ];
    for (const c of counties) {
      for (const indicator of cumulative) {
        const [y2018, y2019, y2020] = PLAN_YEARS.map((y) => indicatorValue(indicator, valueOf(c.code), y));
        if (y2018 === null) continue; // a zero denominator: no share at all
        expect(y2018, `${indicator.id} ${c.code}`).toBeLessThanOrEqual(y2019!);
        if (y2020 != null) expect(y2019!, `${indicator.id} ${c.code}`).toBeLessThanOrEqual(y2020);
      }
    }
  });

  it("puts the year's share of the plan's investment inside the year's rural drinking-water investment", () => {
    for (const c of counties) {
      for (const year of [2019, 2020]) {
        const now = generate(c, year);
        if (Object.keys(now).length === 0) continue;
        const issuedInYear =
          now['water.drinkingWaterInvestmentIssued']! - generate(c, year - 1)['water.drinkingWaterInvestmentIssued']!;
        expect(now['water.ruralDrinkingWaterInvestmentInYear']!, `${c.code} ${year}`).toBeGreaterThan(issuedInYear);
      }
    }
  });

  it('shows every status of every rule', () => {
    const seen = checkSample(waterModel, counties, generate).statuses;
    expect([...seen].map(([rule, statuses]) => [rule, [...statuses].sort()])).toEqual([
      [SUPPORT, ['MET', 'NOT_MET', 'NO_DATA']],
      [ISSUED, ['MET', 'NOT_APPLICABLE', 'NOT_MET', 'NO_DATA']],
      [PRIORITY, ['MET', 'NOT_APPLICABLE', 'NOT_MET', 'NO_DATA']],
    ]);
  });

  it('leaves some counties’ 2020 figures unreported, in groups, and only 2020’s', () => {
    const silent = counties.filter((c) => Object.keys(generate(c, 2020)).length === 0);
    const projectsSilent = counties.filter((c) => {
      const ids = Object.keys(generate(c, 2020));
      return ids.length > 0 && ids.length < PUBLISHED.length;
    });
    expect(silent.length).toBeGreaterThan(0);
    expect(silent.length).toBeLessThan(counties.length / 5);
    expect(projectsSilent.length).toBeGreaterThan(0);
    // Only the project figures, all four together: a share is never left half-reported.
    for (const c of projectsSilent) {
      expect(Object.keys(generate(c, 2020)).sort(), c.code).toEqual(
        PUBLISHED.filter((id) => !PROJECT_FIGURES.includes(id)).sort(),
      );
    }
    for (const c of counties) {
      expect(Object.keys(generate(c, 2018)), c.code).toHaveLength(PUBLISHED.length);
      expect(Object.keys(generate(c, 2019)), c.code).toHaveLength(PUBLISHED.length);
    }
  });
});

describe('the water rules on the sample', () => {
  it('judges the investment issued in 2020 only', () => {
    expect(outcomeOf(ISSUED, '421182', 2018)).toBeNull();
    expect(outcomeOf(ISSUED, '421182', 2019)).toBeNull();
    expect(outcomeOf(ISSUED, '421182', 2020)?.status).toBe('NOT_MET');
  });

  it('does not apply the investment and project rules where the plan sets none, and says why', () => {
    expect(outcomeOf(ISSUED, '420202', 2020)).toEqual({
      status: 'NOT_APPLICABLE',
      actual: null,
      required: null,
      gap: null,
      reason: '规划未为本县安排此项投资 / the plan sets no such investment for the county',
    });
    for (const year of PLAN_YEARS) {
      expect(outcomeOf(PRIORITY, '420502', year)).toMatchObject({
        status: 'NOT_APPLICABLE',
        reason: expect.stringContaining('本县无符合国家投资政策的水利基础设施项目'),
      });
    }
  });

  it('compares a county’s share of projects included with the province’s of the same year', () => {
    for (const c of counties) {
      for (const year of PLAN_YEARS) {
        const outcome = outcomeOf(PRIORITY, c.code, year)!;
        if (outcome.status !== 'MET' && outcome.status !== 'NOT_MET') continue;
        const province = generate(c, year)['water.provinceEligibleProjectsInSpecialPlansShare']!;
        expect(outcome.required, `${c.code} ${year}`).toBe(province);
        expect(outcome.status, `${c.code} ${year}`).toBe(outcome.actual! >= province ? 'MET' : 'NOT_MET');
      }
    }
  });

  it('asks 2018’s rural drinking-water investment to exceed 2017’s', () => {
    const results = counties.map((c) => ({ c, outcome: outcomeOf(SUPPORT, c.code, 2018)! }));
    for (const { c, outcome } of results) {
      expect(outcome.required, c.code).toBe(valueOf(c.code)('water.ruralDrinkingWaterInvestmentInYear', 2017));
      expect(outcome.status, c.code).toBe(outcome.actual! > outcome.required! ? 'MET' : 'NOT_MET');
    }
  });
});
