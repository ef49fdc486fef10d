import { checkDepartmentModel, evaluateRule, isPublished, PLAN_YEARS, sampleBaseYear, type ValueOf } from '@fupin/kit';
import { measures, nonPovertyCountiesWithTasks } from '@fupin/reference';
import { checkSample } from '@fupin/kit/testing';
import { describe, expect, it } from 'vitest';
import { financeInsuranceModel } from '../model/index.js';
import { generate } from '../sample.js';

const { indicators, rules } = financeInsuranceModel;
const byId = new Map(indicators.map((i) => [i.id, i]));
const rule = (id: string) => rules.find((r) => r.id === `finance-insurance.${id}`)!;

/** Every county's figures, as the generator gives them: code → year → indicator → value. */
const sample = new Map(
  nonPovertyCountiesWithTasks.map((county) => [
    county.code,
    new Map(PLAN_YEARS.map((year) => [year as number, generate(county, year)])),
  ]),
);

/** A place with the given figures, `indicator@year` (without `finance-insurance.`) → value, as the kit reads it. */
const place = (values: Record<string, number>) => ({
  valueOf: ((id, year) => values[`${id.slice('finance-insurance.'.length)}@${year}`] ?? null) as ValueOf,
  indicatorById: byId,
});

describe('the finance-insurance model', () => {
  it('is consistent, named finance-insurance.*, and keeps to measures 21 and 22', () => {
    expect(() => checkDepartmentModel('finance-insurance', financeInsuranceModel)).not.toThrow();
    for (const item of [...indicators, ...rules]) {
      expect(item.id).toMatch(/^finance-insurance\.[a-z][A-Za-z0-9]*$/);
      expect([21, 22]).toContain(item.measure);
    }
    for (const r of rules) expect(byId.get(r.indicator)!.measure).toBe(r.measure);
  });

  it('gives shares a 0–100 range and counts whole numbers', () => {
    for (const indicator of indicators) {
      expect(indicator.min).toBe(0);
      if (indicator.unit === 'PERCENT') expect(indicator.max).toBe(100);
      if (indicator.unit === 'COUNT') expect(indicator.integer).toBe(true);
    }
  });

  it("quotes the document's words of its measure, and writes every rule as a kind with a basis", () => {
    for (const r of rules) {
      const text = measures.find((m) => m.number === r.measure)!.text;
      expect(text, r.id).toContain(r.words);
      expect(r.kind, r.id).toBeDefined();
      expect(r.comparison, r.id).toBeUndefined();
      expect(r.basisNote, r.id).toMatch(/^[^/]*[\u4e00-\u9fff][^/]*\/ .*[A-Za-z]/);
    }
  });

  it('has the rules of the review (§6, §8): kinds, years and bases', () => {
    const plan = [2018, 2019, 2020];
    expect(rules.map((r) => [r.id.slice('finance-insurance.'.length), r.kind, r.years, r.basis])).toEqual([
      ['relendingRediscountDemandMetWithPriority', 'AT_LEAST_REFERENCE', plan, 'INTERPRETATION'],
      ['countyLendingIncreased', 'MORE_THAN_PREVIOUS_YEAR', plan, 'DOCUMENT'],
      ['loanApprovalTimeShortened', 'LESS_THAN_PREVIOUS_YEAR', plan, 'DOCUMENT'],
      ['poorHouseholdCreditDemandFullyMet', 'EVERY_UNIT', plan, 'DOCUMENT'],
      ['specialAgriculturalInsuranceOffered', 'AT_LEAST', plan, 'INTERPRETATION'],
      ['agriculturalInsuranceCoverageExpanded', 'MORE_THAN_PREVIOUS_YEAR', plan, 'DOCUMENT'],
      ['fupinbaoFullyImplemented', 'EVERY_UNIT', plan, 'INTERPRETATION'],
    ]);
    // 力求…应保尽保 is an aim: its coverage figure stays, without a rule of its own.
    expect(byId.has('finance-insurance.agriculturalInsuranceCoverageShare')).toBe(true);
    expect(rules.map((r) => r.id)).not.toContain('finance-insurance.policyAgriculturalInsuranceFullCoverage');
    expect(rule('specialAgriculturalInsuranceOffered')).toMatchObject({
      indicator: 'finance-insurance.specialAgriculturalInsuranceProducts',
      required: 1,
    });
    // The review's "already full" condition for 扩大 is not in the kit: the note says so.
    expect(rule('agriculturalInsuranceCoverageExpanded').basisNote).toContain('100 %');
  });

  it('reads 优先满足 against the province-wide share met, a published mean in the same unit', () => {
    const priority = rule('relendingRediscountDemandMetWithPriority');
    const reference = byId.get(priority.reference!)!;
    expect(reference).toMatchObject({
      id: 'finance-insurance.provinceRelendingRediscountDemandMetShare',
      unit: byId.get(priority.indicator)!.unit,
      rollup: { kind: 'MEAN' },
    });
    expect(isPublished(reference)).toBe(true);
    const share = (granted: number, province: number) =>
      evaluateRule(
        priority,
        place({
          'relendingRediscountDemand@2019': 1000,
          'relendingRediscountGranted@2019': granted,
          'provinceRelendingRediscountDemandMetShare@2019': province,
        }),
        2019,
      );
    expect(share(930, 92.7)).toMatchObject({ status: 'MET', actual: 93, required: 92.7, gap: 0 });
    expect(share(900, 92.7)).toMatchObject({ status: 'NOT_MET', actual: 90, required: 92.7 });
    expect(share(0, 92.7)).toMatchObject({ status: 'NOT_MET' });
  });

  it('gives a share of relending with nothing asked for as not applicable, with the reason', () => {
    const priority = rule('relendingRediscountDemandMetWithPriority');
    const outcome = evaluateRule(
      priority,
      place({
        'relendingRediscountDemand@2018': 0,
        'relendingRediscountGranted@2018': 0,
        'provinceRelendingRediscountDemandMetShare@2018': 86.4,
      }),
      2018,
    );
    expect(outcome).toMatchObject({ status: 'NOT_APPLICABLE', reason: priority.reasons!.denominatorNotPositive });
    expect(priority.reasons!.denominatorNotPositive).toContain('本县金融机构当年无再贷款、再贴现需求');
  });

  it('reads the loan approval time as days summed over loans ÷ loans, which must be shorter than the year before', () => {
    const days = byId.get('finance-insurance.poorHouseholdLoanApprovalDays')!;
    expect(days).toMatchObject({
      unit: 'DAYS',
      rollup: {
        kind: 'RATIO',
        numerator: 'finance-insurance.poorHouseholdLoanApprovalDaysTotal',
        denominator: 'finance-insurance.poorHouseholdLoansCount',
        scale: 1,
      },
    });
    expect(byId.get('finance-insurance.poorHouseholdLoanApprovalDaysTotal')).toMatchObject({
      unit: 'DAYS',
      rollup: { kind: 'SUM' },
    });
    expect(byId.get('finance-insurance.poorHouseholdLoansCount')).toMatchObject({
      unit: 'COUNT',
      rollup: { kind: 'SUM' },
      integer: true,
    });
    const shortened = rule('loanApprovalTimeShortened');
    expect(shortened.indicator).toBe(days.id);
    const judged = (days2018: number, days2019: number, loans2018 = 100) =>
      evaluateRule(
        shortened,
        place({
          'poorHouseholdLoanApprovalDaysTotal@2018': days2018,
          'poorHouseholdLoansCount@2018': loans2018,
          'poorHouseholdLoanApprovalDaysTotal@2019': days2019,
          'poorHouseholdLoansCount@2019': 120,
        }),
        2019,
      )!;
    // 12 days a loan in 2018; 2019 at 12 (flat), 11.5 and 12.5 days a loan
    expect(judged(1200, 1440)).toMatchObject({ status: 'NOT_MET', actual: 12, required: 12, gap: 0 });
    expect(judged(1200, 1380)).toMatchObject({ status: 'MET', actual: 11.5 });
    expect(judged(1200, 1500)).toMatchObject({ status: 'NOT_MET', gap: 0.5 });
    // no loan in the year before: nothing to shorten
    expect(judged(0, 1380, 0)).toMatchObject({
      status: 'NOT_APPLICABLE',
      reason: shortened.reasons!.denominatorNotPositive,
    });
  });

  it('takes 2017 as the base of every year-on-year rule in 2018', () => {
    const lending = rule('countyLendingIncreased');
    const judged = (loans2017: number) =>
      evaluateRule(lending, place({ 'countyLoansIssued@2017': loans2017, 'countyLoansIssued@2018': 500_000 }), 2018);
    expect(judged(480_000)).toMatchObject({ status: 'MET', required: 480_000 });
    expect(judged(500_000)).toMatchObject({ status: 'NOT_MET', gap: 0 });
    expect(evaluateRule(lending, place({ 'countyLoansIssued@2018': 500_000 }), 2018)).toMatchObject({
      status: 'NO_DATA',
    });
  });
});

describe('the sample', () => {
  it('is deterministic', () => {
    for (const county of nonPovertyCountiesWithTasks) {
      for (const year of PLAN_YEARS) expect(generate(county, year)).toEqual(sample.get(county.code)!.get(year));
    }
  });

  it('publishes only published indicators, within their range, the 2017 figures the kit derives too', () => {
    expect(checkSample(financeInsuranceModel, nonPovertyCountiesWithTasks, generate).problems).toEqual([]);
  });

  it('no longer publishes the mean approval days, which are now derived', () => {
    for (const years of sample.values()) {
      for (const figures of years.values()) {
        expect(figures).not.toHaveProperty(['finance-insurance.poorHouseholdLoanApprovalDays']);
      }
    }
  });

  it('gives every county the same province-wide relending share in a year', () => {
    for (const year of PLAN_YEARS) {
      const shares = new Set(
        [...sample.values()]
          .map((years) => years.get(year)!['finance-insurance.provinceRelendingRediscountDemandMetShare'])
          .filter((share) => share !== undefined),
      );
      expect(shares.size, String(year)).toBe(1);
    }
  });

  it('stores 2017 only for the figures the year-on-year rules read', () => {
    const county = nonPovertyCountiesWithTasks[1]!;
    expect(Object.keys(sampleBaseYear(financeInsuranceModel, county, generate)).sort()).toEqual(
      [
        'agriculturalInsuranceInsurableHouseholds',
        'agriculturalInsuranceInsuredHouseholds',
        'countyLoansIssued',
        'poorHouseholdLoanApprovalDaysTotal',
        'poorHouseholdLoansCount',
      ].map((name) => `finance-insurance.${name}`),
    );
  });

  it('shows every status of every rule over the 60 counties and three years', () => {
    const { statuses } = checkSample(financeInsuranceModel, nonPovertyCountiesWithTasks, generate);
    const seen = (id: string) => [...statuses.get(`finance-insurance.${id}`)!].sort();
    const withNotApplicable = ['MET', 'NOT_APPLICABLE', 'NOT_MET', 'NO_DATA'];
    const withoutNotApplicable = ['MET', 'NOT_MET', 'NO_DATA'];
    expect(statuses.size).toBe(7);
    expect(seen('relendingRediscountDemandMetWithPriority')).toEqual(withNotApplicable);
    expect(seen('countyLendingIncreased')).toEqual(withoutNotApplicable);
    expect(seen('loanApprovalTimeShortened')).toEqual(withNotApplicable);
    expect(seen('poorHouseholdCreditDemandFullyMet')).toEqual(withNotApplicable);
    expect(seen('specialAgriculturalInsuranceOffered')).toEqual(withoutNotApplicable);
    expect(seen('agriculturalInsuranceCoverageExpanded')).toEqual(withoutNotApplicable);
    expect(seen('fupinbaoFullyImplemented')).toEqual(withNotApplicable);
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
