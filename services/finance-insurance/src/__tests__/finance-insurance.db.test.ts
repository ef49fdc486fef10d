import { evaluateRule, indicatorField, indicatorValue, isPublished, round, type ValueOf } from '@fupin/kit';
import { startTestSubgraph, type TestSubgraph } from '@fupin/kit/testing';
import { nonPovertyCountiesWithTasks } from '@fupin/reference';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { financeInsuranceModel } from '../model/index.js';
import { generate, isLateReporter } from '../sample.js';
import { financeInsuranceSubgraph } from '../subgraph.js';

const published = financeInsuranceModel.indicators.filter(isPublished);
const fields = financeInsuranceModel.indicators.map(indicatorField);
const byId = new Map(financeInsuranceModel.indicators.map((i) => [i.id, i]));

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
const RULES = 'rules { rule { id threshold comparedWithPreviousYear } status actual required gap }';
const FULL_VIEW = ENTITIES(`year sample ${fields.join(' ')} ${RULES}`);

const reps = (typename: string, codes: string[]) => codes.map((code) => ({ __typename: typename, code }));
async function views(typename: string, codes: string[], year: number, query = FULL_VIEW) {
  const { body } = await subgraph.query(query, { reps: reps(typename, codes), year });
  expect(body.errors).toBeUndefined();
  return body.data!._entities.map((entity: any) => entity.financeInsurance);
}

const county = nonPovertyCountiesWithTasks[0]!; // 洪山区
const yichang = nonPovertyCountiesWithTasks.filter((c) => c.prefectureCode === '420500');
const sumOf = (counties: typeof nonPovertyCountiesWithTasks, id: string, year: number) =>
  counties.reduce((total, c) => total + (generate(c, year)[id] ?? 0), 0);

describe('County.financeInsurance(year)', () => {
  it("gives a county's 2019 figures in typed fields, as the sample has them", async () => {
    const [view] = await views('County', [county.code], 2019);
    expect(view).toMatchObject({ year: 2019, sample: true });
    const figures = generate(county, 2019);
    for (const indicator of published)
      expect(view[indicatorField(indicator)], indicator.id).toBe(figures[indicator.id]);
  });

  it('derives a share from its components', async () => {
    const [view] = await views('County', [county.code], 2019);
    expect(view.relendingRediscountDemandMetShare).toBeCloseTo(
      (view.relendingRediscountGranted / view.relendingRediscountDemand) * 100,
      5,
    );
    expect(view.fupinbaoCoverageShare).toBeCloseTo(
      (view.fupinbaoInsuredHouseholds / view.registeredPoorHouseholds) * 100,
      5,
    );
  });

  it('evaluates every 2019 rule, with status, actual, required and gap agreeing', async () => {
    const [view] = await views('County', [county.code], 2019);
    const valueOf: ValueOf = (id, year) => generate(county, year)[id] ?? null;
    expect(view.rules.map((r: any) => r.rule.id)).toEqual(
      financeInsuranceModel.rules.filter((r) => r.years.includes(2019)).map((r) => r.id),
    );
    for (const result of view.rules) {
      const rule = financeInsuranceModel.rules.find((r) => r.id === result.rule.id)!;
      const expected = evaluateRule(rule, (y) => indicatorValue(byId.get(rule.indicator)!, valueOf, y), 2019)!;
      expect(result.status).toBe(expected.status);
      expect(result.actual).toBeCloseTo(expected.actual!, 5);
      expect(result.required).toBeCloseTo(expected.required!, 5);
      const shortfall =
        rule.comparison === 'AT_LEAST' ? result.required - result.actual : result.actual - result.required;
      expect(result.gap).toBeCloseTo(Math.max(0, shortfall), 5);
      expect(result.status).toBe(result.gap === 0 ? 'MET' : 'NOT_MET');
      expect(result.actual).toBeCloseTo(view[indicatorField(byId.get(rule.indicator)!)], 5);
      expect(result.rule.comparedWithPreviousYear).toBe(rule.required === 'PREVIOUS_YEAR');
    }
    // 洪山区 got 33,163.57 of the 37,006.39 万元 of relending and rediscount it asked for in 2019
    const relending = view.rules.find((r: any) => r.rule.id === 'finance-insurance.relendingRediscountDemandFullyMet');
    expect(relending).toMatchObject({ status: 'NOT_MET', required: 100, rule: { threshold: 100 } });
    expect(relending.gap).toBeCloseTo(100 - (33163.57 / 37006.39) * 100, 5);
  });

  it('has no data for the rules of a county that has not reported 2020', async () => {
    const late = nonPovertyCountiesWithTasks.find(isLateReporter)!;
    const [view] = await views('County', [late.code], 2020);
    // Nothing of 2020 is reported, but the year-on-year rules show 2019's sample figures as what
    // is required: a sample figure went into the view.
    expect(view).toMatchObject({ sample: true, relendingRediscountDemand: null, fupinbaoCoverageShare: null });
    expect(new Set(view.rules.map((r: any) => r.status))).toEqual(new Set(['NO_DATA']));
    expect(view.rules.map((r: any) => r.rule.id)).toContain(
      'finance-insurance.policyAgriculturalInsuranceFullCoverage',
    );
  });
});

describe('Prefecture.financeInsurance(year) and Province.financeInsurance(year)', () => {
  it("rolls the loan approval time up as the mean of the counties' values", async () => {
    for (const year of [2019, 2020]) {
      const [rollup] = await views('Prefecture', ['420500'], year);
      const days = yichang
        .map((c) => generate(c, year)['finance-insurance.poorHouseholdLoanApprovalDays'])
        .filter((d): d is number => d !== undefined);
      expect(days.length).toBeGreaterThan(1);
      expect(rollup.poorHouseholdLoanApprovalDays).toBeCloseTo(days.reduce((a, b) => a + b, 0) / days.length, 5);
    }
  });

  it('rolls a sum up as the sum over the counties of the prefecture, and a share as the ratio of sums', async () => {
    const [rollup] = await views('Prefecture', ['420500'], 2019);
    expect(rollup.countiesReporting).toBe(yichang.length);
    const demand = sumOf(yichang, 'finance-insurance.relendingRediscountDemand', 2019);
    const granted = sumOf(yichang, 'finance-insurance.relendingRediscountGranted', 2019);
    expect(rollup.relendingRediscountDemand).toBeCloseTo(demand, 4);
    expect(rollup.relendingRediscountGranted).toBeCloseTo(granted, 4);
    expect(rollup.registeredPoorHouseholds).toBe(sumOf(yichang, 'finance-insurance.registeredPoorHouseholds', 2019));
    expect(rollup.relendingRediscountDemandMetShare).toBeCloseTo(round((granted / demand) * 100), 4);
  });

  it('rolls up over the province, counting the counties that reported', async () => {
    const [y2019] = await views('Province', ['420000'], 2019);
    const [y2020] = await views('Province', ['420000'], 2020);
    const all = nonPovertyCountiesWithTasks;
    expect(y2019).toMatchObject({ year: 2019, sample: true, countiesReporting: 60 });
    expect(y2020.countiesReporting).toBe(all.filter((c) => !isLateReporter(c)).length);
    expect(y2019.fupinbaoInsuredHouseholds).toBe(sumOf(all, 'finance-insurance.fupinbaoInsuredHouseholds', 2019));
    expect(y2019.countyLoansIssued).toBeCloseTo(sumOf(all, 'finance-insurance.countyLoansIssued', 2019), 2);
    expect(y2019.rules.map((r: any) => r.status)).not.toContain('NO_DATA');
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
    const codes = nonPovertyCountiesWithTasks.map((c) => c.code);
    const five = await cost(codes.slice(0, 5));
    expect(five).toBeGreaterThan(0);
    expect(await cost(codes)).toBe(five);
  });
});
