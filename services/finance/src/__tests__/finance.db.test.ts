import { indicatorField, PLAN_YEARS } from '@fupin/kit';
import { startTestSubgraph, type TestSubgraph } from '@fupin/kit/testing';
import { nonPovertyCountiesWithTasks } from '@fupin/reference';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { financeModel } from '../model/index.js';
import { generate, reportsLate } from '../sample.js';
import { financeSubgraph } from '../subgraph.js';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(financeSubgraph);
});
afterAll(async () => {
  await subgraph?.stop();
});

const FIELDS = financeModel.indicators.map(indicatorField).join(' ');
const RULES = 'rules { rule { id threshold comparedWithPreviousYear years } status actual required gap reason }';

const COUNTIES = `query ($reps: [_Any!]!, $year: Int!) {
  _entities(representations: $reps) {
    ... on County { code finance(year: $year) { year ${FIELDS} sample ${RULES} observations { indicator { id } value sample } } }
  }
}`;

const ROLLUPS = `query ($reps: [_Any!]!, $year: Int!) {
  _entities(representations: $reps) {
    ... on Prefecture { code finance(year: $year) { year ${FIELDS} countiesReporting sample ${RULES} } }
    ... on Province { code finance(year: $year) { year ${FIELDS} countiesReporting sample ${RULES} } }
  }
}`;

const county = (code: string) => ({ __typename: 'County', code });
const byCode = new Map(nonPovertyCountiesWithTasks.map((c) => [c.code, c]));
const HUANGZHOU = '421102';
const HUANGGANG_COUNTIES = ['421102', '421125', '421127', '421182'];

type View = Record<string, any>;

async function countyViews(codes: string[], year: number): Promise<View[]> {
  const { body } = await subgraph.query(COUNTIES, { reps: codes.map(county), year });
  expect(body.errors).toBeUndefined();
  return body.data!._entities.map((e: { finance: View }) => e.finance);
}

const ruleOf = (view: View, id: string) => view.rules.find((r: View) => r.rule.id === id);
const sumOf = (views: View[], field: string) => views.reduce((total, v) => total + (v[field] ?? 0), 0);

describe('省财政厅 on one county', () => {
  it("serves 黄州区's 2019 figures as typed fields, with the 15 % rule worked out from them", async () => {
    const [view] = await countyViews([HUANGZHOU], 2019);
    const published = generate(byCode.get(HUANGZHOU)!, 2019);
    for (const [id, value] of Object.entries(published)) expect(view![id.slice('finance.'.length)], id).toBe(value);
    expect(view).toMatchObject({ year: 2019, sample: true });
    expect(view!.observations).toHaveLength(Object.keys(published).length);

    const share = (view!.specialBudgetAdded / view!.fiscalRevenueIncrement) * 100;
    expect(view!.specialBudgetShare).toBeCloseTo(share, 6);
    const rule = ruleOf(view!, 'finance.specialBudgetShare');
    expect(rule).toMatchObject({
      rule: { threshold: 15, comparedWithPreviousYear: false, years: [2018, 2019, 2020] },
      status: share >= 15 ? 'MET' : 'NOT_MET',
      required: 15,
    });
    expect(rule.actual).toBeCloseTo(share, 6);
    expect(rule.gap).toBeCloseTo(Math.max(0, 15 - share), 6);

    const stockShare = (view!.stockFundsForPrecisePoverty / view!.stockFundsRecovered) * 100;
    const stockRule = ruleOf(view!, 'finance.stockFundsPrecisePovertyShare');
    expect(stockRule).toMatchObject({ status: stockShare >= 50 ? 'MET' : 'NOT_MET', required: 50 });
    expect(stockRule.gap).toBeCloseTo(Math.max(0, 50 - stockShare), 6);
  });

  it('judges transfer payments only for grain or populous counties spending below average, against the year before; elsewhere NOT_APPLICABLE, without the flag NO_DATA', async () => {
    const codes = nonPovertyCountiesWithTasks.map((c) => c.code);
    const [before, views] = [await countyViews(codes, 2018), await countyViews(codes, 2019)];
    let judged = 0;
    views.forEach((view, i) => {
      const rule = ruleOf(view, 'finance.transferPaymentIncreased');
      if (view.belowAverageGrainOrPopulousCounty === 0) {
        return expect(rule).toMatchObject({
          status: 'NOT_APPLICABLE',
          required: null,
          gap: null,
          reason: expect.any(String),
        });
      }
      if (view.belowAverageGrainOrPopulousCounty === null) {
        return expect(rule).toMatchObject({ status: 'NO_DATA', gap: null, reason: expect.stringContaining('未报送') });
      }
      judged += 1;
      expect(rule).toMatchObject({
        rule: { threshold: null, comparedWithPreviousYear: true },
        actual: view.transferPayment,
        required: before[i]!.transferPayment,
        status: view.transferPayment >= before[i]!.transferPayment ? 'MET' : 'NOT_MET',
      });
    });
    expect(judged).toBeGreaterThan(0);
  });

  it('has no data for a rule where a county has not reported its 2020 outturns', async () => {
    const late = nonPovertyCountiesWithTasks.find((c) => reportsLate(c, 2020))!;
    const [view] = await countyViews([late.code], 2020);
    expect(view).toMatchObject({ fiscalRevenueIncrement: null, specialBudgetShare: null });
    expect(ruleOf(view!, 'finance.specialBudgetShare')).toMatchObject({ status: 'NO_DATA', actual: null, gap: null });
  });

  it('leaves out the transfer rule in 2018, the year the document was issued', async () => {
    const [view] = await countyViews(['421127'], 2018);
    expect(ruleOf(view!, 'finance.transferPaymentIncreased')).toBeUndefined();
  });
});

describe('省财政厅 rolled up', () => {
  const sumFields = financeModel.indicators.filter((i) => i.rollup.kind === 'SUM').map(indicatorField);

  it("adds 黄冈's four non-poverty counties up, and divides the sums for a ratio", async () => {
    expect(nonPovertyCountiesWithTasks.filter((c) => c.prefectureCode === '421100').map((c) => c.code)).toEqual(
      HUANGGANG_COUNTIES,
    );
    const counties = await countyViews(HUANGGANG_COUNTIES, 2019);
    const { body } = await subgraph.query(ROLLUPS, {
      reps: [{ __typename: 'Prefecture', code: '421100' }],
      year: 2019,
    });
    expect(body.errors).toBeUndefined();
    const huanggang: View = body.data!._entities[0].finance;

    expect(huanggang).toMatchObject({ year: 2019, countiesReporting: 4, sample: true });
    for (const field of sumFields) expect(huanggang[field], field).toBeCloseTo(sumOf(counties, field), 4);
    expect(huanggang.specialBudgetShare).toBeCloseTo(
      (sumOf(counties, 'specialBudgetAdded') / sumOf(counties, 'fiscalRevenueIncrement')) * 100,
      6,
    );
    expect(huanggang.budgetExpenditurePerCapita).toBeCloseTo(
      (sumOf(counties, 'budgetExpenditure') / sumOf(counties, 'residentPopulation')) * 10_000,
      6,
    );
    expect(huanggang.provincialBudgetExpenditurePerCapita).toBe(counties[0]!.provincialBudgetExpenditurePerCapita);
    expect(huanggang.belowAverageGrainOrPopulousCounty).toBeCloseTo(
      sumOf(counties, 'belowAverageGrainOrPopulousCounty') / 4,
      6,
    );
    const rule = ruleOf(huanggang, 'finance.specialBudgetShare');
    expect(rule.actual).toBeCloseTo(huanggang.specialBudgetShare, 6);
    expect(rule.status).toBe(huanggang.specialBudgetShare >= 15 ? 'MET' : 'NOT_MET');
  });

  it('adds the province up over the counties that reported', async () => {
    const codes = nonPovertyCountiesWithTasks.map((c) => c.code);
    for (const year of [2019, 2020]) {
      const counties = await countyViews(codes, year);
      const { body } = await subgraph.query(ROLLUPS, { reps: [{ __typename: 'Province', code: '420000' }], year });
      expect(body.errors).toBeUndefined();
      const province: View = body.data!._entities[0].finance;
      expect(province).toMatchObject({ year, countiesReporting: 60, sample: true });
      for (const field of sumFields) expect(province[field], `${field} ${year}`).toBeCloseTo(sumOf(counties, field), 3);
      expect(province.fundsToPoorPopulationShareRatio).toBeCloseTo(
        (sumOf(counties, 'specialFundsShareOfProvince') / sumOf(counties, 'poorPopulationShareOfProvince')) * 100,
        6,
      );
      // Not every county qualifies, so the transfer rule judges no province-wide total.
      expect(ruleOf(province, 'finance.transferPaymentIncreased')).toBeUndefined();
    }
  });
});

describe('省财政厅 under load', () => {
  it('costs the same number of SQL statements for 5 counties as for 60', async () => {
    const codes = nonPovertyCountiesWithTasks.map((c) => c.code);
    const five = await subgraph.query(COUNTIES, { reps: codes.slice(0, 5).map(county), year: 2019 });
    const sixty = await subgraph.query(COUNTIES, { reps: codes.map(county), year: 2019 });
    expect(five.body.errors).toBeUndefined();
    expect(sixty.body.errors).toBeUndefined();
    expect(sixty.body.data!._entities).toHaveLength(60);
    expect(Number(sixty.headers.get('x-sql-statements'))).toBe(Number(five.headers.get('x-sql-statements')));
    expect(Number(five.headers.get('x-sql-statements'))).toBeGreaterThan(0);
  });

  it('refuses a year outside the plan', async () => {
    const { body } = await subgraph.query(COUNTIES, { reps: [county(HUANGZHOU)], year: 2021 });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'YEAR_OUT_OF_PLAN', allowed: [...PLAN_YEARS] });
  });
});
