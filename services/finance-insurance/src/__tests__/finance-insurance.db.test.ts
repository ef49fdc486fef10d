import {
  DEVELOPMENT_AUTH_SECRET,
  evaluateRule,
  indicatorField,
  isPublished,
  mintToken,
  PLAN_YEARS,
  round,
  sampleBaseYear,
  type ValueOf,
} from '@fupin/kit';
import { startTestSubgraph, type TestSubgraph } from '@fupin/kit/testing';
import { nonPovertyCountiesWithTasks } from '@fupin/reference';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { financeInsuranceModel } from '../model/index.js';
import { generate, isLateReporter } from '../sample.js';
import { financeInsuranceSubgraph } from '../subgraph.js';

const published = financeInsuranceModel.indicators.filter(isPublished);
const fields = financeInsuranceModel.indicators.map(indicatorField);
const byId = new Map(financeInsuranceModel.indicators.map((i) => [i.id, i]));
const ruleById = (id: string) => financeInsuranceModel.rules.find((r) => r.id === `finance-insurance.${id}`)!;

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(financeInsuranceSubgraph);
});
afterAll(async () => {
  await subgraph?.stop();
});

const ENTITIES = (selection: string) => `query ($reps: [_Any!]!, $year: Int!) {
  _entities(representations: $reps) {
    ... on County { code financeInsurance(year: $year) { ${selection} } }
    ... on Prefecture { code financeInsurance(year: $year) { ${selection} countiesReporting } }
    ... on Province { code financeInsurance(year: $year) { ${selection} countiesReporting } }
  }
}`;
const RULES =
  'rules { rule { id kind years basis threshold comparedWithPreviousYear reference { id } } status actual required gap reason }';
const FULL_VIEW = ENTITIES(`year sample ${fields.join(' ')} ${RULES}`);

const reps = (typename: string, codes: string[]) => codes.map((code) => ({ __typename: typename, code }));
async function views(on: TestSubgraph, typename: string, codes: string[], year: number) {
  const { body } = await on.query(FULL_VIEW, { reps: reps(typename, codes), year });
  expect(body.errors).toBeUndefined();
  return body.data!._entities.map((entity: any) => entity.financeInsurance);
}
const resultOf = (view: any, id: string) => view.rules.find((r: any) => r.rule.id === `finance-insurance.${id}`);

const counties = nonPovertyCountiesWithTasks;
const county = counties[0]!; // 洪山区
const yichang = counties.filter((c) => c.prefectureCode === '420500');
const sumOf = (of: typeof counties, id: string, year: number) =>
  of.reduce((total, c) => total + (generate(c, year)[id] ?? 0), 0);
/** A county's sample figures as the subgraph stores them: 2017 derived by the kit, 2018–2020 generated. */
const sampleOf = (c: (typeof counties)[number]): ValueOf => {
  const base = sampleBaseYear(financeInsuranceModel, c, generate);
  return (id, year) => (year === 2017 ? base[id] : year >= 2018 && year <= 2020 ? generate(c, year)[id] : null) ?? null;
};
/** The first county-year of the sample where `when` holds. */
function findSample(when: (figures: Record<string, number>, year: number) => boolean) {
  for (const year of PLAN_YEARS) {
    for (const c of counties) if (when(generate(c, year), year)) return { county: c, year };
  }
  throw new Error('the sample has no such county-year');
}

describe('County.financeInsurance(year)', () => {
  it("gives a county's 2019 figures in typed fields, as the sample has them", async () => {
    const [view] = await views(subgraph, 'County', [county.code], 2019);
    expect(view).toMatchObject({ year: 2019, sample: true });
    const figures = generate(county, 2019);
    for (const indicator of published)
      expect(view[indicatorField(indicator)], indicator.id).toBe(figures[indicator.id]);
  });

  it('derives a share and the mean approval days from their components', async () => {
    const [view] = await views(subgraph, 'County', [county.code], 2019);
    expect(view.relendingRediscountDemandMetShare).toBeCloseTo(
      (view.relendingRediscountGranted / view.relendingRediscountDemand) * 100,
      5,
    );
    expect(view.fupinbaoCoverageShare).toBeCloseTo(
      (view.fupinbaoInsuredHouseholds / view.registeredPoorHouseholds) * 100,
      5,
    );
    expect(view.poorHouseholdLoansCount).toBeGreaterThan(0);
    expect(view.poorHouseholdLoanApprovalDays).toBeCloseTo(
      view.poorHouseholdLoanApprovalDaysTotal / view.poorHouseholdLoansCount,
      5,
    );
  });

  it('evaluates every rule in every plan year as the kit does from the sample, 2017 included', async () => {
    const some = [county, ...yichang, counties.find(isLateReporter)!];
    for (const year of PLAN_YEARS) {
      const shown = await views(
        subgraph,
        'County',
        some.map((c) => c.code),
        year,
      );
      shown.forEach((view: any, i: number) => {
        const place = { valueOf: sampleOf(some[i]!), indicatorById: byId };
        expect(view.rules.map((r: any) => r.rule.id)).toEqual(financeInsuranceModel.rules.map((r) => r.id));
        for (const result of view.rules) {
          const rule = financeInsuranceModel.rules.find((r) => r.id === result.rule.id)!;
          const expected = evaluateRule(rule, place, year)!;
          const where = `${some[i]!.name} ${year} ${rule.id}`;
          expect(result.rule, where).toMatchObject({ kind: rule.kind, years: rule.years, basis: rule.basis });
          expect(result.status, where).toBe(expected.status);
          expect(result.reason, where).toBe(expected.reason);
          for (const key of ['actual', 'required', 'gap'] as const) {
            if (expected[key] === null) expect(result[key], `${where} ${key}`).toBeNull();
            else expect(result[key], `${where} ${key}`).toBeCloseTo(expected[key]!, 5);
          }
        }
      });
    }
  });

  it("holds 优先满足 to the province's share of the same year, whatever the county's", async () => {
    const [view] = await views(subgraph, 'County', [county.code], 2019);
    const priority = resultOf(view, 'relendingRediscountDemandMetWithPriority');
    const province = generate(county, 2019)['finance-insurance.provinceRelendingRediscountDemandMetShare']!;
    expect(priority.rule).toMatchObject({
      kind: 'AT_LEAST_REFERENCE',
      threshold: null,
      reference: { id: 'finance-insurance.provinceRelendingRediscountDemandMetShare' },
    });
    expect(priority.required).toBe(province);
    // 洪山区 got 33,163.57 of the 37,006.39 万元 it asked for in 2019: 89.6 %, under the province's
    expect(priority.actual).toBeCloseTo((33163.57 / 37006.39) * 100, 5);
    expect(priority).toMatchObject({ status: priority.actual >= province ? 'MET' : 'NOT_MET' });
    expect(priority.gap).toBeCloseTo(Math.max(0, province - priority.actual), 5);
    // Over the 60 counties in 2019, some are at or above the province's share and some below.
    const all = await views(
      subgraph,
      'County',
      counties.map((c) => c.code),
      2019,
    );
    const statuses = all.map((v: any) => resultOf(v, 'relendingRediscountDemandMetWithPriority').status);
    expect(statuses).toContain('MET');
    expect(statuses).toContain('NOT_MET');
  });

  it('does not apply 优先满足 where no relending was asked for, saying why', async () => {
    const found = findSample((f) => f['finance-insurance.relendingRediscountDemand'] === 0);
    const [view] = await views(subgraph, 'County', [found.county.code], found.year);
    expect(resultOf(view, 'relendingRediscountDemandMetWithPriority')).toMatchObject({
      status: 'NOT_APPLICABLE',
      actual: null,
      required: null,
      gap: null,
      reason: ruleById('relendingRediscountDemandMetWithPriority').reasons!.denominatorNotPositive,
    });
  });

  it('judges 2018 against the 2017 figures, and a year after one without loans to poor households not at all', async () => {
    const [view2018] = await views(subgraph, 'County', [county.code], 2018);
    const base = sampleBaseYear(financeInsuranceModel, county, generate);
    expect(resultOf(view2018, 'countyLendingIncreased').required).toBe(base['finance-insurance.countyLoansIssued']);
    expect(resultOf(view2018, 'loanApprovalTimeShortened').required).toBeCloseTo(
      base['finance-insurance.poorHouseholdLoanApprovalDaysTotal']! /
        base['finance-insurance.poorHouseholdLoansCount']!,
      5,
    );
    // No loan in a year: the rule cannot be judged that year, nor the next.
    const found = findSample((f, year) => year < 2020 && f['finance-insurance.poorHouseholdLoansCount'] === 0);
    const reason = ruleById('loanApprovalTimeShortened').reasons!.denominatorNotPositive;
    for (const year of [found.year, found.year + 1]) {
      const [view] = await views(subgraph, 'County', [found.county.code], year);
      expect(resultOf(view, 'loanApprovalTimeShortened'), String(year)).toMatchObject({
        status: 'NOT_APPLICABLE',
        reason,
      });
    }
  });

  it('does not apply the every-household rules where there is no household to judge', async () => {
    const noDemand = findSample((f) => f['finance-insurance.poorHouseholdsWithCreditDemand'] === 0);
    const [demandView] = await views(subgraph, 'County', [noDemand.county.code], noDemand.year);
    expect(resultOf(demandView, 'poorHouseholdCreditDemandFullyMet')).toMatchObject({
      rule: { kind: 'EVERY_UNIT', threshold: 100 },
      status: 'NOT_APPLICABLE',
      reason: ruleById('poorHouseholdCreditDemandFullyMet').reasons!.denominatorNotPositive,
    });
    const noHouseholds = findSample((f) => f['finance-insurance.registeredPoorHouseholds'] === 0);
    const [fileView] = await views(subgraph, 'County', [noHouseholds.county.code], noHouseholds.year);
    expect(resultOf(fileView, 'fupinbaoFullyImplemented')).toMatchObject({
      status: 'NOT_APPLICABLE',
      reason: ruleById('fupinbaoFullyImplemented').reasons!.denominatorNotPositive,
    });
  });

  it('asks every county for at least one special agricultural insurance product', async () => {
    const none = findSample((f) => f['finance-insurance.specialAgriculturalInsuranceProducts'] === 0);
    const [view] = await views(subgraph, 'County', [none.county.code], none.year);
    expect(resultOf(view, 'specialAgriculturalInsuranceOffered')).toMatchObject({
      rule: { kind: 'AT_LEAST', threshold: 1, basis: 'INTERPRETATION' },
      status: 'NOT_MET',
      actual: 0,
      required: 1,
      gap: 1,
    });
  });

  it('has no data for the rules of a county that has not reported 2020, and no rule for 应保尽保', async () => {
    const late = counties.find(isLateReporter)!;
    const [view] = await views(subgraph, 'County', [late.code], 2020);
    expect(view).toMatchObject({ sample: true, relendingRediscountDemand: null, fupinbaoCoverageShare: null });
    expect(new Set(view.rules.map((r: any) => r.status))).toEqual(new Set(['NO_DATA']));
    expect(view.rules.map((r: any) => r.rule.id)).not.toContain(
      'finance-insurance.policyAgriculturalInsuranceFullCoverage',
    );
  });

  it('has no data for the approval time of a county that has reported its loans but not their days', async () => {
    const found = findSample(
      (f, year) =>
        year === 2020 &&
        f['finance-insurance.poorHouseholdLoansCount'] !== undefined &&
        f['finance-insurance.poorHouseholdLoanApprovalDaysTotal'] === undefined,
    );
    const [view] = await views(subgraph, 'County', [found.county.code], 2020);
    expect(view.poorHouseholdLoanApprovalDays).toBeNull();
    const result = resultOf(view, 'loanApprovalTimeShortened');
    expect(result).toMatchObject({ status: 'NO_DATA', actual: null });
    expect(result.reason).toContain(byId.get('finance-insurance.poorHouseholdLoanApprovalDaysTotal')!.name);
  });
});

describe('Prefecture.financeInsurance(year) and Province.financeInsurance(year)', () => {
  it('rolls the loan approval time up weighted by loans, over the counties that reported both', async () => {
    for (const year of [2019, 2020]) {
      const [rollup] = await views(subgraph, 'Prefecture', ['420500'], year);
      const both = yichang.filter((c) => {
        const f = generate(c, year);
        return (
          f['finance-insurance.poorHouseholdLoanApprovalDaysTotal'] !== undefined &&
          f['finance-insurance.poorHouseholdLoansCount'] !== undefined
        );
      });
      expect(both.length).toBeGreaterThan(1);
      const days = sumOf(both, 'finance-insurance.poorHouseholdLoanApprovalDaysTotal', year);
      const loans = sumOf(both, 'finance-insurance.poorHouseholdLoansCount', year);
      expect(rollup.poorHouseholdLoanApprovalDays).toBeCloseTo(days / loans, 5);
    }
  });

  it('rolls a sum up as the sum over the counties of the prefecture, and a share as the ratio of sums', async () => {
    const [rollup] = await views(subgraph, 'Prefecture', ['420500'], 2019);
    expect(rollup.countiesReporting).toBe(yichang.length);
    const demand = sumOf(yichang, 'finance-insurance.relendingRediscountDemand', 2019);
    const granted = sumOf(yichang, 'finance-insurance.relendingRediscountGranted', 2019);
    expect(rollup.relendingRediscountDemand).toBeCloseTo(demand, 4);
    expect(rollup.relendingRediscountGranted).toBeCloseTo(granted, 4);
    expect(rollup.registeredPoorHouseholds).toBe(sumOf(yichang, 'finance-insurance.registeredPoorHouseholds', 2019));
    expect(rollup.relendingRediscountDemandMetShare).toBeCloseTo(round((granted / demand) * 100), 4);
  });

  it("keeps the province's relending share as it is, and holds the roll-up's share to it", async () => {
    const province = generate(county, 2019)['finance-insurance.provinceRelendingRediscountDemandMetShare']!;
    const [prefecture, whole] = await Promise.all([
      views(subgraph, 'Prefecture', ['420500'], 2019),
      views(subgraph, 'Province', ['420000'], 2019),
    ]);
    for (const rollup of [prefecture[0], whole[0]]) {
      expect(rollup.provinceRelendingRediscountDemandMetShare).toBeCloseTo(province, 6);
      const priority = resultOf(rollup, 'relendingRediscountDemandMetWithPriority');
      expect(priority.required).toBeCloseTo(province, 6);
      expect(priority.actual).toBeCloseTo(rollup.relendingRediscountDemandMetShare, 5);
      expect(priority.status).toBe(priority.actual >= province ? 'MET' : 'NOT_MET');
    }
  });

  it('rolls up over the province, counting the counties that reported', async () => {
    const [y2019] = await views(subgraph, 'Province', ['420000'], 2019);
    const [y2020] = await views(subgraph, 'Province', ['420000'], 2020);
    expect(y2019).toMatchObject({ year: 2019, sample: true, countiesReporting: 60 });
    expect(y2020.countiesReporting).toBe(counties.filter((c) => !isLateReporter(c)).length);
    expect(y2019.fupinbaoInsuredHouseholds).toBe(sumOf(counties, 'finance-insurance.fupinbaoInsuredHouseholds', 2019));
    expect(y2019.countyLoansIssued).toBeCloseTo(sumOf(counties, 'finance-insurance.countyLoansIssued', 2019), 2);
    expect(y2019.rules.map((r: any) => r.status)).not.toContain('NO_DATA');
  });
});

describe('published figures', () => {
  // A subgraph of its own, so that what these tests publish does not change the sample the
  // others read.
  let own: TestSubgraph;
  beforeAll(async () => {
    own = await startTestSubgraph(financeInsuranceSubgraph);
  });
  afterAll(async () => {
    await own?.stop();
  });

  const WUXUE = counties.find((c) => c.code === '421182')!; // 武穴市, which reports every year
  const PUBLISH = `mutation ($input: PublishObservationsInput!) {
    publishFinanceInsuranceObservations(input: $input) { rowsWritten }
  }`;
  async function publish(department: 'pboc-wuhan' | 'cbirc-hubei', rows: [string, number, number][]) {
    const token = await mintToken(DEVELOPMENT_AUTH_SECRET, { subject: 'officer', department, role: 'publisher' });
    const { body } = await own.query(
      PUBLISH,
      {
        input: {
          rows: rows.map(([id, year, value]) => ({
            indicator: `finance-insurance.${id}`,
            county: WUXUE.code,
            year,
            value,
          })),
        },
      },
      { authorization: `Bearer ${token}` },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.publishFinanceInsuranceObservations.rowsWritten).toBe(rows.length);
  }
  const wuxue = async (year: number) => (await views(own, 'County', [WUXUE.code], year))[0];

  it('finds lending as large as the year before not increased (加大), and one 万元 more increased', async () => {
    const loans2018 = generate(WUXUE, 2018)['finance-insurance.countyLoansIssued']!;
    await publish('pboc-wuhan', [['countyLoansIssued', 2019, loans2018]]);
    expect(resultOf(await wuxue(2019), 'countyLendingIncreased')).toMatchObject({
      status: 'NOT_MET',
      actual: loans2018,
      required: loans2018,
      gap: 0,
    });
    await publish('pboc-wuhan', [['countyLoansIssued', 2019, loans2018 + 1]]);
    expect(resultOf(await wuxue(2019), 'countyLendingIncreased')).toMatchObject({ status: 'MET', gap: 0 });
  });

  it('finds an approval time as long as the year before not shortened (缩短)', async () => {
    const base = sampleBaseYear(financeInsuranceModel, WUXUE, generate);
    const days2017 =
      base['finance-insurance.poorHouseholdLoanApprovalDaysTotal']! /
      base['finance-insurance.poorHouseholdLoansCount']!;
    const loans2018 = generate(WUXUE, 2018)['finance-insurance.poorHouseholdLoansCount']!;
    // As many days a loan in 2018 as in 2017, to the day, over twice the loans.
    await publish('pboc-wuhan', [
      ['poorHouseholdLoansCount', 2017, loans2018],
      ['poorHouseholdLoanApprovalDaysTotal', 2017, 10 * loans2018],
      ['poorHouseholdLoansCount', 2018, 2 * loans2018],
      ['poorHouseholdLoanApprovalDaysTotal', 2018, 20 * loans2018],
    ]);
    expect(days2017).not.toBe(10);
    expect(resultOf(await wuxue(2018), 'loanApprovalTimeShortened')).toMatchObject({
      status: 'NOT_MET',
      actual: 10,
      required: 10,
      gap: 0,
    });
  });

  it('does not apply the approval-time rule in a year without loans to poor households, nor in the next', async () => {
    await publish('pboc-wuhan', [
      ['poorHouseholdLoansCount', 2019, 0],
      ['poorHouseholdLoanApprovalDaysTotal', 2019, 0],
    ]);
    const reason = ruleById('loanApprovalTimeShortened').reasons!.denominatorNotPositive;
    for (const year of [2019, 2020]) {
      expect(resultOf(await wuxue(year), 'loanApprovalTimeShortened'), String(year)).toMatchObject({
        status: 'NOT_APPLICABLE',
        reason,
      });
    }
  });

  it('finds a county granted less than the province’s share not meeting 优先满足, and one granted all meeting it', async () => {
    const demand = generate(WUXUE, 2020)['finance-insurance.relendingRediscountDemand']!;
    const province = generate(WUXUE, 2020)['finance-insurance.provinceRelendingRediscountDemandMetShare']!;
    await publish('pboc-wuhan', [['relendingRediscountGranted', 2020, Math.round(demand * (province - 1)) / 100]]);
    const short = resultOf(await wuxue(2020), 'relendingRediscountDemandMetWithPriority');
    expect(short).toMatchObject({ status: 'NOT_MET', required: province });
    expect(short.gap).toBeCloseTo(1, 3);
    await publish('pboc-wuhan', [['relendingRediscountGranted', 2020, demand]]);
    expect(resultOf(await wuxue(2020), 'relendingRediscountDemandMetWithPriority')).toMatchObject({
      status: 'MET',
      actual: 100,
    });
  });

  it('finds full coverage kept at 100 % not widened (扩大): the kit has no "already full" exception', async () => {
    const insurable = (year: number) =>
      generate(WUXUE, year)['finance-insurance.agriculturalInsuranceInsurableHouseholds']!;
    await publish('cbirc-hubei', [
      ['agriculturalInsuranceInsuredHouseholds', 2019, insurable(2019)],
      ['agriculturalInsuranceInsuredHouseholds', 2020, insurable(2020)],
    ]);
    expect(resultOf(await wuxue(2020), 'agriculturalInsuranceCoverageExpanded')).toMatchObject({
      rule: { kind: 'MORE_THAN_PREVIOUS_YEAR', years: [2018, 2019, 2020], basis: 'DOCUMENT' },
      status: 'NOT_MET',
      actual: 100,
      required: 100,
      gap: 0,
    });
  });

  it('finds 扶贫保 short of one registered poor household not carried out', async () => {
    const poor = generate(WUXUE, 2019)['finance-insurance.registeredPoorHouseholds']!;
    await publish('cbirc-hubei', [['fupinbaoInsuredHouseholds', 2019, poor - 1]]);
    const result = resultOf(await wuxue(2019), 'fupinbaoFullyImplemented');
    expect(result).toMatchObject({ rule: { kind: 'EVERY_UNIT', threshold: 100 }, status: 'NOT_MET', required: 100 });
    expect(result.gap).toBeCloseTo(100 / poor, 5);
  });
});

describe('batching', () => {
  it('costs as many SQL statements for 5 counties as for 60', async () => {
    const cost = async (codes: string[]) => {
      const { body, headers } = await subgraph.query(FULL_VIEW, { reps: reps('County', codes), year: 2020 });
      expect(body.errors).toBeUndefined();
      expect(body.data!._entities).toHaveLength(codes.length);
      return Number(headers.get('x-sql-statements'));
    };
    const codes = counties.map((c) => c.code);
    const five = await cost(codes.slice(0, 5));
    expect(five).toBeGreaterThan(0);
    expect(await cost(codes)).toBe(five);
  });
});
