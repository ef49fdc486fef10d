import { describe, expect, it } from 'vitest';
import {
  BASE_YEAR,
  baseYearIndicators,
  baseYearSampleFigures,
  checkIndicatorScopes,
  PLAN_YEARS,
  PUBLISHABLE_YEARS,
  publishableYears,
  readsPreviousYear,
  sampleBaseYear,
  sampleDataEnabled,
  validateBatch,
  type DepartmentModel,
  type IndicatorDefinition,
} from '../index.js';
import { aidCounties, aidModel, aidRegistry, aidSample } from './fixtures/aid-department.js';

const sum = (id: string, extra: Partial<IndicatorDefinition> = {}): IndicatorDefinition => ({
  id,
  name: id,
  nameEn: id,
  description: id,
  unit: 'COUNT',
  measure: 22,
  rollup: { kind: 'SUM' },
  min: 0,
  integer: true,
  ...extra,
});

// A year-on-year rule about a ratio: its two parts take the base year.
const insurance: DepartmentModel = {
  indicators: [
    sum('ins.insured'),
    sum('ins.insurable'),
    {
      ...sum('ins.share'),
      unit: 'PERCENT',
      integer: false,
      max: 100,
      rollup: { kind: 'RATIO', numerator: 'ins.insured', denominator: 'ins.insurable', scale: 100 },
    },
    sum('ins.products'),
  ],
  rules: [
    {
      id: 'ins.coverageExpanded',
      measure: 22,
      description: '扩大',
      descriptionEn: 'more than the year before',
      indicator: 'ins.share',
      kind: 'MORE_THAN_PREVIOUS_YEAR',
      years: [2018, 2019, 2020],
    } as DepartmentModel['rules'][number],
    {
      id: 'ins.products',
      measure: 22,
      description: '不少于1个',
      descriptionEn: 'at least one',
      indicator: 'ins.products',
      comparison: 'AT_LEAST',
      required: 1,
      years: [2019, 2020],
    },
  ],
};

describe('the base year', () => {
  it('is 2017, before the plan years; figures may be published for all four', () => {
    expect(BASE_YEAR).toBe(2017);
    expect(PUBLISHABLE_YEARS).toEqual([2017, ...PLAN_YEARS]);
  });

  it('tells a year-on-year rule in either spelling', () => {
    expect(readsPreviousYear({ comparison: 'AT_LEAST', required: 'PREVIOUS_YEAR' })).toBe(true);
    for (const kind of ['MORE_THAN_PREVIOUS_YEAR', 'NOT_LESS_THAN_PREVIOUS_YEAR', 'LESS_THAN_PREVIOUS_YEAR']) {
      expect(readsPreviousYear({ kind })).toBe(true);
    }
    expect(readsPreviousYear({ comparison: 'AT_LEAST', required: 15 })).toBe(false);
    expect(readsPreviousYear({ kind: 'AT_LEAST', required: 15 })).toBe(false);
    expect(readsPreviousYear({ kind: 'EVERY_UNIT' })).toBe(false);
  });

  it("is taken for the figures a year-on-year rule reads: the figure, or a ratio's two parts", () => {
    expect([...baseYearIndicators(aidModel)]).toEqual(['aid.funds']);
    expect([...baseYearIndicators(insurance)].sort()).toEqual(['ins.insurable', 'ins.insured']);
    expect(publishableYears(insurance, 'ins.insured')).toEqual([2017, 2018, 2019, 2020]);
    expect(publishableYears(insurance, 'ins.products')).toEqual([2018, 2019, 2020]);
    expect(publishableYears(insurance, 'ins.share')).toEqual([2018, 2019, 2020]);
  });

  it('has sample figures derived from 2018 by one rule: deterministic, within range, a ratio kept at most its maximum', () => {
    for (const county of aidCounties) {
      const figures = sampleBaseYear(aidModel, county, aidSample);
      expect(Object.keys(figures)).toEqual(['aid.funds']);
      const f2018 = aidSample(county, 2018)['aid.funds']!;
      expect(figures['aid.funds']).toBeGreaterThanOrEqual(Math.round(f2018 * 0.88));
      expect(figures['aid.funds']).toBeLessThanOrEqual(Math.round(f2018 * 1.08));
      expect(Number.isInteger(figures['aid.funds'])).toBe(true);
      expect(sampleBaseYear(aidModel, county, aidSample)).toEqual(figures);
    }
    // every household insured in 2018: a draw that raises the numerator more than the
    // denominator is cut back to 100 %
    const draws: Record<string, number> = { 'ins.insured': 0.99, 'ins.insurable': 0 };
    const figures = baseYearSampleFigures(
      insurance,
      { 'ins.insured': 500, 'ins.insurable': 500, 'ins.products': 2 },
      (id) => draws[id]!,
    );
    expect(figures).toEqual({ 'ins.insured': 440, 'ins.insurable': 440 });
    // a county that did not report 2018 has no base year either
    expect(baseYearSampleFigures(insurance, { 'ins.products': 2 }, () => 0.5)).toEqual({});
  });

  it('draws a province-wide (MEAN) figure’s sample 2017 once, the same for every county', () => {
    const weight: DepartmentModel = {
      indicators: [
        {
          id: 'w.weight',
          name: '权重',
          nameEn: 'weight',
          description: '',
          unit: 'PERCENT',
          measure: 4,
          rollup: { kind: 'MEAN' },
        },
        {
          id: 'w.funds',
          name: '资金',
          nameEn: 'funds',
          description: '',
          unit: 'WAN_YUAN',
          measure: 4,
          rollup: { kind: 'SUM' },
        },
      ],
      rules: [
        {
          id: 'w.weightUp',
          measure: 4,
          description: '加大',
          descriptionEn: 'more',
          indicator: 'w.weight',
          kind: 'MORE_THAN_PREVIOUS_YEAR',
          years: [2018],
        },
        {
          id: 'w.fundsUp',
          measure: 4,
          description: '加大',
          descriptionEn: 'more',
          indicator: 'w.funds',
          kind: 'MORE_THAN_PREVIOUS_YEAR',
          years: [2018],
        },
      ],
    };
    const generate = () => ({ 'w.weight': 60, 'w.funds': 1000 });
    const bases = aidCounties.map((county) => sampleBaseYear(weight, county, generate));
    expect(new Set(bases.map((b) => b['w.weight'])).size).toBe(1);
    // a county's own figure is drawn county by county
    expect(new Set(bases.map((b) => b['w.funds'])).size).toBeGreaterThan(1);
  });

  it('is refused for an indicator no year-on-year rule reads', () => {
    const { errors } = validateBatch(
      [
        { indicator: 'ins.insured', county: '421182', year: 2017, value: 10 },
        { indicator: 'ins.products', county: '421182', year: 2017, value: 1 },
      ],
      { model: insurance, counties: aidRegistry, measures: [22] },
    );
    expect(errors.map((e) => [e.index, e.code])).toEqual([[1, 'YEAR_OUT_OF_PLAN']]);
    expect(errors[0]!.message).toMatch(/ins\.products takes 2018, 2019, 2020; 2017 is the base year/);
  });
});

describe('the scope of an indicator', () => {
  it('is the non-poverty counties with tasks unless it says otherwise', () => {
    const model: DepartmentModel = {
      indicators: [sum('x.default'), sum('x.all', { scope: 'WITH_TASKS' })],
      rules: [],
    };
    const { errors } = validateBatch(
      [
        { indicator: 'x.default', county: '421126', year: 2019, value: 1 },
        { indicator: 'x.all', county: '421126', year: 2019, value: 1 },
        { indicator: 'x.all', county: '420102', year: 2019, value: 1 },
        { indicator: 'x.default', county: '421182', year: 2019, value: 1 },
      ],
      { model, counties: aidRegistry, measures: [22] },
    );
    expect(errors.map((e) => [e.index, e.field, e.code])).toEqual([
      [0, 'county', 'COUNTY_OUT_OF_SCOPE'],
      [2, 'county', 'COUNTY_WITHOUT_TASKS'],
    ]);
    expect(errors[0]!.message).toMatch(/^row 1: 421126 蕲春县 is a national poverty county \(国家级贫困县\)/);
  });

  it('says a poverty county is one without its name where the registry has no details', () => {
    const { errors } = validateBatch([{ indicator: 'aid.funds', county: '421126', year: 2019, value: 1 }], {
      model: aidModel,
      counties: { ...aidRegistry, details: undefined },
      measures: [19],
    });
    expect(errors[0]!.message).toMatch(/^row 1: county 421126 is a poverty county \(贫困县\)/);
  });

  it('refuses a ratio whose parts are about different counties, or that names another scope', () => {
    const ratio = (scope?: 'WITH_TASKS'): IndicatorDefinition => ({
      ...sum('y.share'),
      integer: false,
      scope,
      rollup: { kind: 'RATIO', numerator: 'y.a', denominator: 'y.b', scale: 100 },
    });
    expect(() =>
      checkIndicatorScopes('y', { indicators: [sum('y.a', { scope: 'WITH_TASKS' }), sum('y.b'), ratio()], rules: [] }),
    ).toThrow(/y\.share: its parts are about different counties/);
    expect(() =>
      checkIndicatorScopes('y', { indicators: [sum('y.a'), sum('y.b'), ratio('WITH_TASKS')], rules: [] }),
    ).toThrow(/y\.share: scope WITH_TASKS differs from its parts'/);
    expect(() =>
      checkIndicatorScopes('y', { indicators: [sum('y.a', { scope: 'NOWHERE' as never })], rules: [] }),
    ).toThrow(/unknown scope NOWHERE/);
    expect(() => checkIndicatorScopes('y', { indicators: [sum('y.a'), sum('y.b'), ratio()], rules: [] })).not.toThrow();
  });
});

describe('SAMPLE_DATA', () => {
  it('is on by default, off in production, and either where it is set', () => {
    expect(sampleDataEnabled({})).toBe(true);
    expect(sampleDataEnabled({ NODE_ENV: 'production' })).toBe(false);
    expect(sampleDataEnabled({ NODE_ENV: 'production', SAMPLE_DATA: 'true' })).toBe(true);
    expect(sampleDataEnabled({ SAMPLE_DATA: 'false' })).toBe(false);
    expect(sampleDataEnabled({ SAMPLE_DATA: ' FALSE ' })).toBe(false);
    expect(sampleDataEnabled({ SAMPLE_DATA: '0' })).toBe(false);
    expect(() => sampleDataEnabled({ SAMPLE_DATA: 'no' })).toThrow('SAMPLE_DATA must be true or false, not "no"');
  });
});
