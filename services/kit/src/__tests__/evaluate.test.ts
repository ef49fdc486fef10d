import { describe, expect, it } from 'vitest';
import { checkDepartmentModel, type IndicatorDefinition, type RuleDefinition } from '../indicators/definitions.js';
import { evaluateRule, indicatorValue, round, roundTo } from '../indicators/evaluate.js';
import { checkYear } from '../indicators/year.js';

const share: IndicatorDefinition = {
  id: 'finance.share',
  name: '占比',
  nameEn: 'share',
  description: '',
  unit: 'PERCENT',
  measure: 1,
  rollup: { kind: 'RATIO', numerator: 'finance.part', denominator: 'finance.whole', scale: 100 },
};
const atLeast15: RuleDefinition = {
  id: 'finance.share',
  measure: 1,
  description: '不低于15%',
  descriptionEn: '≥ 15 %',
  indicator: 'finance.share',
  comparison: 'AT_LEAST',
  required: 15,
  years: [2018, 2019, 2020],
};
const figures = (values: Record<string, number>) => (id: string, year: number) => values[`${id}@${year}`] ?? null;

describe('a derived ratio', () => {
  it('divides its components and scales the result', () => {
    expect(indicatorValue(share, figures({ 'finance.part@2019': 30, 'finance.whole@2019': 200 }), 2019)).toBe(15);
  });

  it('has no value when a component is missing or the denominator is zero', () => {
    expect(indicatorValue(share, figures({ 'finance.part@2019': 30 }), 2019)).toBeNull();
    expect(indicatorValue(share, figures({ 'finance.part@2019': 30, 'finance.whole@2019': 0 }), 2019)).toBeNull();
  });
});

describe('a rule', () => {
  it('is met at exactly the threshold, with no gap', () => {
    expect(evaluateRule(atLeast15, () => 15, 2019)).toEqual({
      status: 'MET',
      actual: 15,
      required: 15,
      gap: 0,
      reason: null,
    });
  });

  it('is not met below it, with the shortfall as the gap', () => {
    expect(evaluateRule(atLeast15, () => 12.5, 2019)).toEqual({
      status: 'NOT_MET',
      actual: 12.5,
      required: 15,
      gap: 2.5,
      reason: null,
    });
  });

  it('has no data without the figure', () => {
    expect(evaluateRule(atLeast15, () => null, 2019)).toEqual({
      status: 'NO_DATA',
      actual: null,
      required: 15,
      gap: null,
      reason: null,
    });
  });

  it('is left out in a year the document sets no requirement for', () => {
    expect(evaluateRule({ ...atLeast15, years: [2019, 2020] }, () => 20, 2018)).toBeNull();
  });

  it('compares with the year before for 只增不减, and needs both years', () => {
    const funds = { ...atLeast15, required: 'PREVIOUS_YEAR' as const, years: [2019, 2020] };
    const byYear: Record<number, number> = { 2018: 300, 2019: 280 };
    expect(evaluateRule(funds, (y) => byYear[y] ?? null, 2019)).toEqual({
      status: 'NOT_MET',
      actual: 280,
      required: 300,
      gap: 20,
      reason: null,
    });
    expect(evaluateRule(funds, (y) => byYear[y] ?? null, 2020)).toMatchObject({ status: 'NO_DATA', required: 280 });
  });

  it('reads AT_MOST the other way round (no dropouts, shorter approval times)', () => {
    const none = { ...atLeast15, comparison: 'AT_MOST' as const, required: 0 };
    expect(evaluateRule(none, () => 0, 2019)).toMatchObject({ status: 'MET', gap: 0 });
    expect(evaluateRule(none, () => 3, 2019)).toMatchObject({ status: 'NOT_MET', gap: 3 });
  });
});

describe('a department model', () => {
  it('is refused when a ratio names a component that does not exist or a rule an unknown indicator', () => {
    expect(() => checkDepartmentModel('finance', { indicators: [share], rules: [atLeast15] })).toThrow(
      /finance.share: finance.part must be a published SUM indicator/,
    );
    expect(() => checkDepartmentModel('finance', { indicators: [], rules: [atLeast15] })).toThrow(/unknown indicator/);
    expect(() =>
      checkDepartmentModel('transport', { indicators: [{ ...share, rollup: { kind: 'SUM' } }], rules: [] }),
    ).toThrow(/not named transport/);
  });
});

describe('sample randomness', () => {
  it('is deterministic and stays within [0, 1)', async () => {
    const { sampleRandom } = await import('../indicators/sample.js');
    const draws = Array.from({ length: 2000 }, (_, i) => sampleRandom('4211', i, 'salt'));
    expect(draws.every((d) => d >= 0 && d < 1)).toBe(true);
    expect(sampleRandom('421181', 2019, 'km')).toBe(sampleRandom('421181', 2019, 'km'));
    expect(Math.min(...draws)).toBeLessThan(0.1);
    expect(Math.max(...draws)).toBeGreaterThan(0.9);
  });
});

describe('rounding', () => {
  it('gives the figures the hand-written roundings gave: six places for views, two for scores', () => {
    const values = [
      0.125,
      1.005,
      2.675,
      15.000000000000002,
      33.33333333333333,
      66.66666666666667,
      -0.5,
      12345.6789,
      ...Array.from({ length: 5000 }, (_, i) => Math.sin(i + 1) * 10 ** (i % 7)),
    ];
    for (const value of values) {
      expect(roundTo(value, 6)).toBe(Math.round(value * 1e6) / 1e6);
      expect(round(value)).toBe(Math.round(value * 1e6) / 1e6);
      expect(roundTo(value, 2)).toBe(Math.round(value * 100) / 100);
      expect(roundTo(value * 100, 2)).toBe(Math.round(value * 100 * 100) / 100);
    }
  });

  it('refuses a number of places it cannot scale exactly', () => {
    expect(() => roundTo(1, -1)).toThrow(RangeError);
    expect(() => roundTo(1, 1.5)).toThrow(RangeError);
    expect(() => roundTo(1, 16)).toThrow(RangeError);
  });
});

describe('the plan year check', () => {
  it('lets the plan years through and refuses any other, with YEAR_OUT_OF_PLAN', () => {
    for (const year of [2018, 2019, 2020]) expect(() => checkYear(year)).not.toThrow();
    expect(() => checkYear(2017)).toThrow(
      expect.objectContaining({
        message: 'year 2017 is outside the plan: ask for 2018, 2019, 2020',
        extensions: { code: 'YEAR_OUT_OF_PLAN', argument: 'year', allowed: [2018, 2019, 2020] },
      }),
    );
  });
});
