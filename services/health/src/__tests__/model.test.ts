import {
  checkDepartmentModel,
  evaluateRule,
  indicatorValue,
  PLAN_YEARS,
  type RuleStatus,
  type ValueOf,
} from '@fupin/kit';
import { nonPovertyCountiesWithTasks } from '@fupin/reference';
import { checkSample } from '@fupin/kit/testing';
import { describe, expect, it } from 'vitest';
import { healthModel } from '../model/index.js';
import { generate } from '../sample.js';

const counties = nonPovertyCountiesWithTasks;
const byId = new Map(healthModel.indicators.map((i) => [i.id, i]));

/** Every county's sample figures for every plan year, as the kit would load them. */
function sampleOf() {
  return new Map(counties.map((county) => [county.code, new Map(PLAN_YEARS.map((y) => [y, generate(county, y)]))]));
}

describe('the health model', () => {
  it('is consistent', () => {
    expect(() => checkDepartmentModel('health', healthModel)).not.toThrow();
  });

  it('attributes measure 18 to the clinics and measure 19 to the funds', () => {
    const measures = (ids: string[]) => ids.map((id) => byId.get(id)!.measure);
    expect(measures(['health.townshipHealthCentreCoverage', 'health.villageClinicCoverage'])).toEqual([18, 18]);
    expect(measures(['health.medicalAssistanceFunds', 'health.medicalAssistanceFundsPerStockPoorPerson'])).toEqual([
      19, 19,
    ]);
    expect(healthModel.rules.map((r) => [r.id, r.measure, r.required, r.years])).toEqual([
      ['health.townshipHealthCentresFullCoverage', 18, 100, [2020]],
      ['health.villageClinicsFullCoverage', 18, 100, [2020]],
      ['health.medicalAssistanceFundsNotDecreasing', 19, 'PREVIOUS_YEAR', [2019, 2020]],
    ]);
  });
});

describe('the health sample', () => {
  it('is deterministic', () => {
    expect(sampleOf()).toEqual(sampleOf());
  });

  it('publishes only published indicators, within their range', () => {
    expect(checkSample(healthModel, counties, generate).problems).toEqual([]);
  });

  it('derives shares within 0–100 and never counts more centres or clinics than places', () => {
    const sample = sampleOf();
    for (const county of counties) {
      for (const year of PLAN_YEARS) {
        const valueOf: ValueOf = (id, y) => sample.get(county.code)!.get(y as 2018)?.[id] ?? null;
        for (const indicator of healthModel.indicators.filter((i) => i.rollup.kind === 'RATIO')) {
          const value = indicatorValue(indicator, valueOf, year);
          if (value === null) continue;
          if (indicator.min !== undefined) expect(value).toBeGreaterThanOrEqual(indicator.min);
          if (indicator.max !== undefined) expect(value).toBeLessThanOrEqual(indicator.max);
        }
      }
    }
  });

  it("keeps the document's total of 659,300 stock poor people", () => {
    const total = counties.reduce((sum, county) => sum + generate(county, 2018)['health.stockPoorPopulation']!, 0);
    expect(total).toBe(659_300);
  });

  it('gives every rule both outcomes, and leaves some county-years without data', () => {
    const sample = sampleOf();
    const seen = new Map(healthModel.rules.map((rule) => [rule.id, new Set<RuleStatus>()]));
    for (const county of counties) {
      const valueOf: ValueOf = (id, y) => sample.get(county.code)!.get(y as 2018)?.[id] ?? null;
      for (const rule of healthModel.rules) {
        const indicator = byId.get(rule.indicator)!;
        for (const year of PLAN_YEARS) {
          const outcome = evaluateRule(rule, (y) => indicatorValue(indicator, valueOf, y), year);
          if (outcome) seen.get(rule.id)!.add(outcome.status);
        }
      }
    }
    for (const [rule, statuses] of seen) {
      expect([rule, statuses.has('MET'), statuses.has('NOT_MET')]).toEqual([rule, true, true]);
    }
    expect([...seen.values()].some((statuses) => statuses.has('NO_DATA'))).toBe(true);
  });
});
