import {
  checkDepartmentModel,
  evaluateRule,
  indicatorValue,
  isPublished,
  PLAN_YEARS,
  type RuleStatus,
  type ValueOf,
} from '@fupin/kit';
import { nonPovertyCountiesWithTasks } from '@fupin/reference';
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
  'water.specialPlanProjectInvestmentArranged',
];

/** A county's figures straight from the generator, as the kit reads them from the database. */
function valueOf(code: string): ValueOf {
  const c = county(code);
  return (indicatorId, year) => generate(c, year)[indicatorId] ?? null;
}

function statusOf(ruleId: string, code: string, year: number): RuleStatus | undefined {
  const rule = waterModel.rules.find((r) => r.id === ruleId)!;
  const indicator = byId.get(rule.indicator)!;
  return evaluateRule(rule, (y) => indicatorValue(indicator, valueOf(code), y), year)?.status;
}

describe('the water model', () => {
  it('is consistent by the kit’s own check', () => {
    expect(() => checkDepartmentModel('water', waterModel)).not.toThrow();
  });

  it('covers measure 12 only, with a rule on each of its three requirements, all due by 2020', () => {
    expect(new Set([...waterModel.indicators, ...waterModel.rules].map((x) => x.measure))).toEqual(new Set([12]));
    expect(waterModel.rules.map((r) => [r.id, r.indicator, r.comparison, r.required, r.years])).toEqual([
      ['water.drinkingWaterInvestmentIssuedShare', 'water.drinkingWaterInvestmentIssuedShare', 'AT_LEAST', 100, [2020]],
      ['water.safeDrinkingWaterShare', 'water.safeDrinkingWaterShare', 'AT_LEAST', 100, [2020]],
      [
        'water.eligibleProjectsInSpecialPlansShare',
        'water.eligibleProjectsInSpecialPlansShare',
        'AT_LEAST',
        100,
        [2020],
      ],
    ]);
  });

  it('bounds every figure below by 0, every share by 100, and counts people and projects in whole numbers', () => {
    for (const indicator of waterModel.indicators) {
      expect(indicator.min, indicator.id).toBe(0);
      if (indicator.unit === 'PERCENT') {
        expect(indicator.max, indicator.id).toBe(100);
        expect(indicator.rollup, indicator.id).toMatchObject({ kind: 'RATIO', scale: 100 });
      }
      if (indicator.unit === 'COUNT' || indicator.unit === 'PERSONS')
        expect(indicator.integer, indicator.id).toBe(true);
    }
  });
});

describe('the water sample', () => {
  it('is deterministic and pinned: 武穴市 2019', () => {
    const wuxue = county('421182');
    expect(generate(wuxue, 2019)).toEqual(generate({ ...wuxue }, 2019));
    expect(generate(wuxue, 2019)).toEqual({
      'water.registeredPoorPopulation': 18052,
      'water.registeredPoorWithSafeDrinkingWater': 16750,
      'water.drinkingWaterInvestmentPlanned': 1434,
      'water.drinkingWaterInvestmentIssued': 1333.4,
      'water.eligibleProjects': 14,
      'water.eligibleProjectsInSpecialPlans': 10,
      'water.specialPlanProjectInvestmentArranged': 1071.2,
    });
  });

  it('publishes only published indicators, within their range', () => {
    expect(checkSample(waterModel, counties, generate).problems).toEqual([]);
  });

  it("counts each county's stock poor population as its registered poor people, 659,300 in all", () => {
    for (const c of counties) {
      for (const year of PLAN_YEARS) {
        const registered = generate(c, year)['water.registeredPoorPopulation'];
        if (registered !== undefined) expect(registered, c.code).toBe(c.stockPoorPopulation);
      }
    }
    expect(counties.reduce((sum, c) => sum + generate(c, 2019)['water.registeredPoorPopulation']!, 0)).toBe(659_300);
  });

  it('plans 600–1,500 yuan of drinking-water investment per registered poor person', () => {
    for (const c of counties) {
      const { 'water.drinkingWaterInvestmentPlanned': planned } = generate(c, 2019);
      const yuanPerPerson = (planned! * 10_000) / c.stockPoorPopulation;
      expect(yuanPerPerson, c.code).toBeGreaterThanOrEqual(599);
      expect(yuanPerPerson, c.code).toBeLessThanOrEqual(1501);
    }
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
        expect(y2018!, `${indicator.id} ${c.code}`).toBeLessThanOrEqual(y2019!);
        if (y2020 != null) expect(y2019!, `${indicator.id} ${c.code}`).toBeLessThanOrEqual(y2020);
      }
    }
  });

  it('shows every rule met, not met and without data somewhere', () => {
    for (const [rule, seen] of checkSample(waterModel, counties, generate).statuses) {
      expect([...seen].sort(), rule).toEqual(['MET', 'NOT_MET', 'NO_DATA']);
    }
  });

  it('leaves some counties’ 2020 figures unreported, in pairs, and only 2020’s', () => {
    const silent = counties.filter((c) => Object.keys(generate(c, 2020)).length === 0);
    const projectsSilent = counties.filter((c) => {
      const ids = Object.keys(generate(c, 2020));
      return ids.length > 0 && ids.length < PUBLISHED.length;
    });
    expect(silent.length).toBeGreaterThan(0);
    expect(silent.length).toBeLessThan(counties.length / 5);
    expect(projectsSilent.length).toBeGreaterThan(0);
    // Only the project figures, all three together: a share is never left half-reported.
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

  it('sets no rule before 2020', () => {
    for (const rule of waterModel.rules) {
      for (const year of [2018, 2019]) expect(statusOf(rule.id, '421182', year), `${rule.id} ${year}`).toBeUndefined();
    }
  });
});
