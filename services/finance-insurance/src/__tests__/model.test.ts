import { checkDepartmentModel, isPublished, PLAN_YEARS } from '@fupin/kit';
import { nonPovertyCountiesWithTasks } from '@fupin/reference';
import { checkSample } from '@fupin/kit/testing';
import { describe, expect, it } from 'vitest';
import { financeInsuranceModel } from '../model/index.js';
import { generate } from '../sample.js';

const { indicators, rules } = financeInsuranceModel;
const byId = new Map(indicators.map((i) => [i.id, i]));

/** Every county's figures, as the generator gives them: code → year → indicator → value. */
const sample = new Map(
  nonPovertyCountiesWithTasks.map((county) => [
    county.code,
    new Map(PLAN_YEARS.map((year) => [year as number, generate(county, year)])),
  ]),
);

describe('the finance-insurance model', () => {
  it('is consistent, named finance-insurance.*, and keeps to measures 21 and 22', () => {
    expect(() => checkDepartmentModel('finance-insurance', financeInsuranceModel)).not.toThrow();
    for (const item of [...indicators, ...rules]) {
      expect(item.id).toMatch(/^finance-insurance\.[a-z][A-Za-z0-9]*$/);
      expect([21, 22]).toContain(item.measure);
    }
    for (const rule of rules) expect(byId.get(rule.indicator)!.measure).toBe(rule.measure);
  });

  it('gives shares a 0–100 range and counts whole numbers', () => {
    for (const indicator of indicators) {
      expect(indicator.min).toBe(0);
      if (indicator.unit === 'PERCENT') expect(indicator.max).toBe(100);
      if (indicator.unit === 'COUNT') expect(indicator.integer).toBe(true);
    }
  });

  it('reads the loan approval time as a mean that must not grow', () => {
    const days = byId.get('finance-insurance.poorHouseholdLoanApprovalDays')!;
    expect(days).toMatchObject({ unit: 'DAYS', measure: 21, rollup: { kind: 'MEAN' } });
    expect(rules.find((r) => r.indicator === days.id)).toMatchObject({
      comparison: 'AT_MOST',
      required: 'PREVIOUS_YEAR',
      years: [2019, 2020],
    });
  });
});

describe('the sample', () => {
  it('is deterministic', () => {
    for (const county of nonPovertyCountiesWithTasks) {
      for (const year of PLAN_YEARS) expect(generate(county, year)).toEqual(sample.get(county.code)!.get(year));
    }
  });

  it('publishes only published indicators, within their range', () => {
    expect(checkSample(financeInsuranceModel, nonPovertyCountiesWithTasks, generate).problems).toEqual([]);
  });

  it('shows every rule met in some county-years, not met in others, and without data somewhere', () => {
    for (const [rule, seen] of checkSample(financeInsuranceModel, nonPovertyCountiesWithTasks, generate).statuses) {
      expect([...seen].sort(), rule).toEqual(['MET', 'NOT_MET', 'NO_DATA']);
    }
  });

  it('reports every figure for 2018 and 2019, and leaves some of 2020 out', () => {
    const published = indicators.filter(isPublished).length;
    for (const years of sample.values()) {
      expect(Object.keys(years.get(2018)!)).toHaveLength(published);
      expect(Object.keys(years.get(2019)!)).toHaveLength(published);
    }
    const reported2020 = [...sample.values()].map((years) => Object.keys(years.get(2020)!).length);
    expect(reported2020).toContain(0);
    expect(reported2020).toContain(published - 1);
    expect(reported2020).toContain(published);
  });
});
