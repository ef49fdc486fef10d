import {
  BASELINE_TOLERANCE,
  checkDepartmentModel,
  evaluateRule,
  indicatorValue,
  PLAN_YEARS,
  sampleBaseYear,
  type ValueOf,
} from '@fupin/kit';
import { measures, nonPovertyCountiesWithTasks } from '@fupin/reference';
import { checkSample } from '@fupin/kit/testing';
import { describe, expect, it } from 'vitest';
import { healthModel } from '../model/index.js';
import { generate } from '../sample.js';

const counties = nonPovertyCountiesWithTasks;
const byId = new Map(healthModel.indicators.map((i) => [i.id, i]));
const county = (code: string) => counties.find((c) => c.code === code)!;
const CENTRES = 'health.townshipHealthCentresFullCoverage';
const CLINICS = 'health.villageClinicsFullCoverage';
const FUNDS = 'health.medicalAssistanceFundsNotDecreasing';
/** The counties whose sample departs from the rule of the generator, as sample.ts documents them. */
const URBAN_DISTRICTS = ['420202', '420502']; // 黄石港区, 西陵区: sub-districts only
const MISCOUNTED = ['420683', '429004']; // 枣阳市 (new cases counted), 仙桃市 (people not yet lifted out)

/** Every county's sample figures for every plan year, as the kit would load them. */
function sampleOf() {
  return new Map(counties.map((c) => [c.code, new Map(PLAN_YEARS.map((y) => [y, generate(c, y)]))]));
}

/** A county's figures straight from the generator (2017 as the kit derives it), as the kit reads them. */
function valueOf(code: string): ValueOf {
  const c = county(code);
  const base = sampleBaseYear(healthModel, c, generate);
  return (indicatorId, year) => (year === 2017 ? base[indicatorId] : generate(c, year)[indicatorId]) ?? null;
}

/** A rule's outcome as a county's view evaluates it: zero denominators and the year before included. */
function outcomeOf(ruleId: string, code: string, year: number) {
  const rule = healthModel.rules.find((r) => r.id === ruleId)!;
  return evaluateRule(rule, { valueOf: valueOf(code), indicatorById: byId }, year);
}

describe('the health model', () => {
  it('is consistent', () => {
    expect(() => checkDepartmentModel('health', healthModel)).not.toThrow();
  });

  it('attributes measure 18 to the clinics and measure 19 to the funds, with the rules of the review', () => {
    const measuresOf = (ids: string[]) => ids.map((id) => byId.get(id)!.measure);
    expect(measuresOf(['health.townshipHealthCentreCoverage', 'health.villageClinicCoverage'])).toEqual([18, 18]);
    expect(measuresOf(['health.medicalAssistanceFunds', 'health.medicalAssistanceFundsPerStockPoorPerson'])).toEqual([
      19, 19,
    ]);
    expect(healthModel.rules.map((r) => [r.id, r.measure, r.kind, r.years, r.basis])).toEqual([
      [CENTRES, 18, 'EVERY_UNIT', [2020], 'INTERPRETATION'],
      [CLINICS, 18, 'EVERY_UNIT', [2020], 'INTERPRETATION'],
      [FUNDS, 19, 'NOT_LESS_THAN_PREVIOUS_YEAR', [2018, 2019, 2020], 'DOCUMENT'],
    ]);
  });

  it("quotes each rule's measure word for word", () => {
    for (const rule of healthModel.rules) {
      expect(measures.find((m) => m.number === rule.measure)!.text, rule.id).toContain(rule.words);
    }
  });

  it("marks the stock poor population as the department's count of the document's stock, and only it", () => {
    expect(healthModel.indicators.filter((i) => i.baseline).map((i) => [i.id, i.baseline])).toEqual([
      ['health.stockPoorPopulation', 'STOCK_POOR_POPULATION'],
    ]);
  });
});

describe('the health sample', () => {
  it('is deterministic', () => {
    expect(sampleOf()).toEqual(sampleOf());
  });

  it('publishes only published indicators, within their range, the base year included', () => {
    expect(checkSample(healthModel, counties, generate).problems).toEqual([]);
  });

  it('derives shares within 0–100 and never counts more centres or clinics than places', () => {
    for (const c of counties) {
      for (const year of PLAN_YEARS) {
        for (const indicator of healthModel.indicators.filter((i) => i.rollup.kind === 'RATIO')) {
          const value = indicatorValue(indicator, valueOf(c.code), year);
          if (value === null) continue;
          if (indicator.min !== undefined) expect(value).toBeGreaterThanOrEqual(indicator.min);
          if (indicator.max !== undefined) expect(value).toBeLessThanOrEqual(indicator.max);
        }
      }
    }
  });

  it("counts each county's stock poor population as the catalog does, but for two counties off by more than 2 %", () => {
    for (const c of counties) {
      for (const year of PLAN_YEARS) {
        const population = generate(c, year)['health.stockPoorPopulation'];
        if (population === undefined) continue;
        if (MISCOUNTED.includes(c.code)) {
          expect(
            Math.abs(population - c.stockPoorPopulation) / c.stockPoorPopulation,
            `${c.code} ${year}`,
          ).toBeGreaterThan(BASELINE_TOLERANCE);
        } else {
          expect(population, `${c.code} ${year}`).toBe(c.stockPoorPopulation);
        }
      }
    }
    expect(counties.reduce((sum, c) => sum + c.stockPoorPopulation, 0)).toBe(659_300);
  });

  it('gives the urban districts no township, and 黄石港区 no administrative village in 2020', () => {
    for (const code of URBAN_DISTRICTS) {
      for (const year of PLAN_YEARS)
        expect(generate(county(code), year)['health.townships'], `${code} ${year}`).toBe(0);
    }
    expect(generate(county('420202'), 2020)).toMatchObject({
      'health.administrativeVillages': 0,
      'health.villagesWithStandardClinic': 0,
    });
    expect(generate(county('420202'), 2019)['health.administrativeVillages']).toBeGreaterThan(0);
  });

  it('shows every status of every rule', () => {
    const seen = checkSample(healthModel, counties, generate).statuses;
    expect([...seen].map(([rule, statuses]) => [rule, [...statuses].sort()])).toEqual([
      [CENTRES, ['MET', 'NOT_APPLICABLE', 'NOT_MET', 'NO_DATA']],
      [CLINICS, ['MET', 'NOT_APPLICABLE', 'NOT_MET', 'NO_DATA']],
      [FUNDS, ['MET', 'NOT_MET', 'NO_DATA']],
    ]);
  });
});

describe('the health rules on the sample', () => {
  it('does not apply coverage where there is no township, or no administrative village, and says why', () => {
    expect(outcomeOf(CENTRES, '420502', 2020)).toEqual({
      status: 'NOT_APPLICABLE',
      actual: null,
      required: null,
      gap: null,
      reason: '本县(区)无乡镇, 只有街道 / an urban district with sub-districts only',
    });
    expect(outcomeOf(CLINICS, '420202', 2020)).toMatchObject({
      status: 'NOT_APPLICABLE',
      reason: '本县(区)无行政村, 只有社区 / no administrative village: urban communities only',
    });
    // 西陵区 still has villages under its sub-districts: their clinics are judged.
    expect(['MET', 'NOT_MET']).toContain(outcomeOf(CLINICS, '420502', 2020)!.status);
  });

  it('judges coverage in 2020 only', () => {
    for (const year of [2018, 2019]) {
      expect(outcomeOf(CENTRES, '421022', year), `${year}`).toBeNull();
      expect(outcomeOf(CLINICS, '421022', year), `${year}`).toBeNull();
    }
  });

  it('judges 只增不减 in 2018 against the 2017 funds, a fall as not met and no fall as met', () => {
    const statuses = new Set<string>();
    for (const c of counties) {
      const outcome = outcomeOf(FUNDS, c.code, 2018)!;
      const before = valueOf(c.code)('health.medicalAssistanceFunds', 2017)!;
      const now = valueOf(c.code)('health.medicalAssistanceFunds', 2018)!;
      expect([c.code, outcome.required, outcome.actual]).toEqual([c.code, before, now]);
      expect(outcome.status, c.code).toBe(now >= before ? 'MET' : 'NOT_MET');
      statuses.add(outcome.status);
    }
    expect([...statuses].sort()).toEqual(['MET', 'NOT_MET']);
  });
});
