import {
  checkDepartmentModel,
  evaluateRule,
  indicatorValue,
  isPublished,
  PLAN_YEARS,
  type RuleOutcome,
} from '@fupin/kit';
import { measures, nonPovertyCountiesWithTasks as counties } from '@fupin/reference';
import { checkSample } from '@fupin/kit/testing';
import { describe, expect, it } from 'vitest';
import { educationModel } from '../model/index.js';
import { generate, noAwardApproved, noCompulsoryStudents } from '../sample.js';

const byId = new Map(educationModel.indicators.map((indicator) => [indicator.id, indicator]));
const ruleOf = (id: string) => educationModel.rules.find((r) => r.id === id)!;

/** The outcome of a rule on figures given by hand: `{ 'education.x': { 2018: 1 } }`. */
function judge(ruleId: string, given: Record<string, Record<number, number>>, year: number): RuleOutcome | null {
  return evaluateRule(ruleOf(ruleId), { valueOf: (id, y) => given[id]?.[y] ?? null, indicatorById: byId }, year);
}
const figures = new Map(counties.map((county) => [county.code, PLAN_YEARS.map((year) => generate(county, year))]));
const valueOf = (code: string) => (indicatorId: string, year: number) =>
  figures.get(code)![year - PLAN_YEARS[0]]?.[indicatorId] ?? null;

describe("省教育厅's model of measure 17", () => {
  it('is consistent', () => {
    expect(() => checkDepartmentModel('education', educationModel)).not.toThrow();
    expect(educationModel.indicators.every((indicator) => indicator.measure === 17)).toBe(true);
    expect(educationModel.rules.every((rule) => rule.measure === 17)).toBe(true);
  });

  it('states each rule as the review proposes: kind, years, basis', () => {
    expect(educationModel.rules.map((r) => [r.id, r.kind, r.years, r.basis])).toEqual([
      ['education.schoolConstructionSupportIncreased', 'MORE_THAN_PREVIOUS_YEAR', [2018, 2019, 2020], 'INTERPRETATION'],
      ['education.noPoorFamilyDropouts', 'AT_MOST', [2018, 2019, 2020], 'DOCUMENT'],
      ['education.nutritionPilotAwardInFull', 'AT_LEAST', [2018, 2019, 2020], 'INTERPRETATION'],
    ]);
    for (const rule of educationModel.rules) expect(rule.comparison, rule.id).toBeUndefined();
  });

  it("quotes measure 17's words exactly, with a basis note in Chinese / English", () => {
    const text = measures.find((m) => m.number === 17)!.text;
    for (const rule of educationModel.rules) {
      expect(rule.words, rule.id).toBeTruthy();
      expect(text, rule.id).toContain(rule.words);
      expect(rule.basisNote, rule.id).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
    }
  });

  it('holds the dropout rule to none, every year, on the dropout rate, so that a county with no such student is not judged', () => {
    expect(ruleOf('education.noPoorFamilyDropouts')).toMatchObject({
      indicator: 'education.poorFamilyCompulsoryDropoutRate',
      required: 0,
    });
    expect(byId.get('education.poorFamilyCompulsoryDropoutRate')!.rollup).toEqual({
      kind: 'RATIO',
      numerator: 'education.poorFamilyCompulsoryDropouts',
      denominator: 'education.poorFamilyCompulsoryStudents',
      scale: 100,
    });
  });

  it('asks the nutrition-meal award of pilot counties only, and counts a pilot without an award as not met', () => {
    expect(ruleOf('education.nutritionPilotAwardInFull')).toMatchObject({
      required: 100,
      appliesWhere: 'education.nutritionPilotCounty',
      whenDenominatorNotPositive: 'NOT_MET',
    });
    expect(byId.get('education.nutritionPilotCounty')).toMatchObject({ min: 0, max: 1, integer: true });
  });
});

describe("省教育厅's rules on figures given by hand", () => {
  const funds = 'education.schoolConstructionFunds';

  it('asks for more construction funds than the year before: the same amount is not met, by a gap of 0', () => {
    expect(
      judge('education.schoolConstructionSupportIncreased', { [funds]: { 2017: 900, 2018: 900 } }, 2018),
    ).toMatchObject({
      status: 'NOT_MET',
      required: 900,
      gap: 0,
    });
    expect(
      judge('education.schoolConstructionSupportIncreased', { [funds]: { 2017: 900, 2018: 901 } }, 2018)?.status,
    ).toBe('MET');
    expect(judge('education.schoolConstructionSupportIncreased', { [funds]: { 2018: 901 } }, 2018)?.status).toBe(
      'NO_DATA',
    );
  });

  it('does not judge dropouts in a county with no such student in compulsory education', () => {
    const none = {
      'education.poorFamilyCompulsoryStudents': { 2020: 0 },
      'education.poorFamilyCompulsoryDropouts': { 2020: 0 },
    };
    expect(judge('education.noPoorFamilyDropouts', none, 2020)).toMatchObject({
      status: 'NOT_APPLICABLE',
      gap: null,
      reason: ruleOf('education.noPoorFamilyDropouts').reasons!.denominatorNotPositive,
    });
    const one = {
      'education.poorFamilyCompulsoryStudents': { 2020: 400 },
      'education.poorFamilyCompulsoryDropouts': { 2020: 1 },
    };
    expect(judge('education.noPoorFamilyDropouts', one, 2020)).toMatchObject({ status: 'NOT_MET', gap: 0.25 });
  });

  it('gives the award rule no data without the pilot flag, and a pilot with nothing approved as not met', () => {
    const award = { 'education.nutritionAwardApproved': { 2019: 0 }, 'education.nutritionAwardAllocated': { 2019: 0 } };
    expect(judge('education.nutritionPilotAwardInFull', award, 2019)?.status).toBe('NO_DATA');
    expect(
      judge('education.nutritionPilotAwardInFull', { ...award, 'education.nutritionPilotCounty': { 2019: 1 } }, 2019),
    ).toMatchObject({
      status: 'NOT_MET',
      required: 100,
      gap: 100,
      reason: ruleOf('education.nutritionPilotAwardInFull').reasons!.denominatorNotPositive,
    });
    expect(
      judge('education.nutritionPilotAwardInFull', { ...award, 'education.nutritionPilotCounty': { 2019: 0 } }, 2019),
    ).toMatchObject({
      status: 'NOT_APPLICABLE',
      reason: '本县当年未开展营养餐试点 / no nutrition-meal pilot this year',
    });
  });
});

const isPilot = (county: (typeof counties)[number], year: number) =>
  generate(county, year)['education.nutritionPilotCounty'] === 1;

describe('the sample', () => {
  it('is deterministic', () => {
    for (const county of counties) {
      for (const year of PLAN_YEARS) expect(generate(county, year)).toEqual(generate(county, year));
    }
    // and not the same figures everywhere
    const students2018 = new Set(counties.map((c) => generate(c, 2018)['education.poorFamilyStudents']));
    expect(students2018.size).toBeGreaterThan(50);
  });

  it('publishes only published indicators, within their range', () => {
    expect(checkSample(educationModel, counties, generate).problems).toEqual([]);
  });

  it('keeps derived shares within their range and parts within their wholes', () => {
    for (const county of counties) {
      for (const year of PLAN_YEARS) {
        const value = valueOf(county.code);
        for (const indicator of educationModel.indicators.filter((i) => !isPublished(i))) {
          const share = indicatorValue(indicator, value, year);
          if (share === null) continue;
          expect(share, `${county.code} ${year} ${indicator.id}`).toBeGreaterThanOrEqual(indicator.min ?? -Infinity);
          expect(share, `${county.code} ${year} ${indicator.id}`).toBeLessThanOrEqual(indicator.max ?? Infinity);
        }
        const students = value('education.poorFamilyStudents', year);
        const compulsory = value('education.poorFamilyCompulsoryStudents', year);
        const dropouts = value('education.poorFamilyCompulsoryDropouts', year);
        if (students !== null) expect(compulsory!).toBeLessThanOrEqual(students);
        if (compulsory !== null) expect(dropouts!).toBeLessThanOrEqual(compulsory);
      }
    }
  });

  it('scales students from registered poor families with the stock poor population', () => {
    const share = counties.map(
      (county) => generate(county, 2018)['education.poorFamilyStudents']! / county.stockPoorPopulation,
    );
    expect(Math.min(...share)).toBeGreaterThan(0.15);
    expect(Math.max(...share)).toBeLessThan(0.25);
  });

  it('gives non-pilot counties no nutrition-meal figures but zeros', () => {
    for (const county of counties) {
      for (const year of PLAN_YEARS) {
        const values = generate(county, year);
        if (values['education.nutritionPilotCounty'] === 0 && 'education.nutritionAwardApproved' in values) {
          expect(values['education.nutritionPilotStudents']).toBe(0);
          expect(values['education.nutritionAwardApproved']).toBe(0);
          expect(values['education.nutritionAwardAllocated']).toBe(0);
        }
      }
    }
  });

  it('shows every status of every rule, and leaves some 2020 figures unreported', () => {
    const statuses = checkSample(educationModel, counties, generate).statuses;
    const seen = (id: string) => [...statuses.get(id)!].sort();
    // No condition and no ratio: the funds rule is never NOT_APPLICABLE.
    expect(seen('education.schoolConstructionSupportIncreased')).toEqual(['MET', 'NOT_MET', 'NO_DATA']);
    // NOT_APPLICABLE in the smallest districts in 2020, with no such pupil; NO_DATA for late reporters.
    expect(seen('education.noPoorFamilyDropouts')).toEqual(['MET', 'NOT_APPLICABLE', 'NOT_MET', 'NO_DATA']);
    // NOT_APPLICABLE without a pilot; NOT_MET also where a new pilot had no award approved.
    expect(seen('education.nutritionPilotAwardInFull')).toEqual(['MET', 'NOT_APPLICABLE', 'NOT_MET', 'NO_DATA']);
    expect(
      counties.some((c) => noCompulsoryStudents(c, 2020) && 'education.poorFamilyStudents' in generate(c, 2020)),
    ).toBe(true);
    expect(counties.some((c) => noAwardApproved(c, 2019) && isPilot(c, 2019))).toBe(true);
    expect(
      counties.some((county) => generate(county, 2020)['education.poorFamilyCompulsoryDropouts'] === undefined),
    ).toBe(true);
    // 2018 and 2019 are reported in full everywhere.
    const publishedCount = educationModel.indicators.filter(isPublished).length;
    for (const county of counties) {
      expect(Object.keys(generate(county, 2018)), county.code).toHaveLength(publishedCount);
      expect(Object.keys(generate(county, 2019)), county.code).toHaveLength(publishedCount);
    }
  });
});
