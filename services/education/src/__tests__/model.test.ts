import {
  checkDepartmentModel,
  evaluateRule,
  indicatorValue,
  isPublished,
  PLAN_YEARS,
  type RuleStatus,
} from '@fupin/kit';
import { nonPovertyCountiesWithTasks as counties } from '@fupin/reference';
import { checkSample } from '@fupin/kit/testing';
import { describe, expect, it } from 'vitest';
import { educationModel } from '../model/index.js';
import { generate } from '../sample.js';

const byId = new Map(educationModel.indicators.map((indicator) => [indicator.id, indicator]));
const figures = new Map(counties.map((county) => [county.code, PLAN_YEARS.map((year) => generate(county, year))]));
const valueOf = (code: string) => (indicatorId: string, year: number) =>
  figures.get(code)![year - PLAN_YEARS[0]]?.[indicatorId] ?? null;

describe("省教育厅's model of measure 17", () => {
  it('is consistent', () => {
    expect(() => checkDepartmentModel('education', educationModel)).not.toThrow();
    expect(educationModel.indicators.every((indicator) => indicator.measure === 17)).toBe(true);
    expect(educationModel.rules.every((rule) => rule.measure === 17)).toBe(true);
  });

  it('holds the dropout rule to none, every year', () => {
    const rule = educationModel.rules.find((r) => r.id === 'education.noPoorFamilyDropouts')!;
    expect(rule).toMatchObject({
      indicator: 'education.poorFamilyCompulsoryDropouts',
      comparison: 'AT_MOST',
      required: 0,
      years: [2018, 2019, 2020],
    });
  });

  it('asks the nutrition-meal award of pilot counties only', () => {
    const rule = educationModel.rules.find((r) => r.id === 'education.nutritionPilotAwardInFull')!;
    expect(rule.appliesWhere).toBe('education.nutritionPilotCounty');
    expect(byId.get('education.nutritionPilotCounty')).toMatchObject({ min: 0, max: 1, integer: true });
  });
});

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

  it('shows every rule met and not met somewhere, and leaves some 2020 figures unreported', () => {
    const statuses = new Map<string, Set<RuleStatus>>();
    for (const rule of educationModel.rules) {
      const indicator = byId.get(rule.indicator)!;
      const seen = new Set<RuleStatus>();
      for (const county of counties) {
        const value = valueOf(county.code);
        for (const year of PLAN_YEARS) {
          if (rule.appliesWhere && value(rule.appliesWhere, year) !== 1) continue;
          const outcome = evaluateRule(rule, (y) => indicatorValue(indicator, value, y), year);
          if (outcome) seen.add(outcome.status);
        }
      }
      statuses.set(rule.id, seen);
    }
    for (const [id, seen] of statuses) {
      expect([...seen].sort(), id).toEqual(['MET', 'NOT_MET', 'NO_DATA']);
    }
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
