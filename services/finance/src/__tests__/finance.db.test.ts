import { DEVELOPMENT_AUTH_SECRET, indicatorField, mintToken, PLAN_YEARS, sampleBaseYear } from '@fupin/kit';
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
const RULES =
  'rules { rule { id threshold comparedWithPreviousYear years kind basis } status actual required gap reason }';

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

  it('judges transfer payments only for grain or populous counties spending below average, as more than the year before; elsewhere NOT_APPLICABLE with the reason', async () => {
    const rule = financeModel.rules.find((r) => r.id === 'finance.transferPaymentIncreased')!;
    const codes = nonPovertyCountiesWithTasks.map((c) => c.code);
    const [before, views] = [await countyViews(codes, 2018), await countyViews(codes, 2019)];
    const seen = new Set<string>();
    views.forEach((view, i) => {
      const result = ruleOf(view, 'finance.transferPaymentIncreased');
      seen.add(result.status);
      if (view.majorGrainOrPopulousCounty === 0) {
        return expect(result).toMatchObject({ status: 'NOT_APPLICABLE', gap: null, reason: rule.reasons!.notFlagged });
      }
      if (!(view.budgetExpenditurePerCapita < view.provincialBudgetExpenditurePerCapita)) {
        return expect(result).toMatchObject({ status: 'NOT_APPLICABLE', gap: null, reason: rule.reasons!.notBelow });
      }
      const previous = before[i]!.transferPayment;
      expect(result).toMatchObject({
        rule: { threshold: null, comparedWithPreviousYear: true, kind: 'MORE_THAN_PREVIOUS_YEAR', basis: 'DOCUMENT' },
        actual: view.transferPayment,
        required: previous,
        status: view.transferPayment > previous ? 'MET' : 'NOT_MET',
      });
      expect(result.gap).toBeCloseTo(Math.max(0, previous - view.transferPayment), 6);
    });
    expect([...seen].sort()).toEqual(['MET', 'NOT_APPLICABLE', 'NOT_MET']);
  });

  it('judges transfer payments in 2018 too, against the base year 2017', async () => {
    const codes = nonPovertyCountiesWithTasks.map((c) => c.code);
    const views = await countyViews(codes, 2018);
    let judged = 0;
    views.forEach((view, i) => {
      const result = ruleOf(view, 'finance.transferPaymentIncreased');
      if (result.status === 'NOT_APPLICABLE') return;
      judged += 1;
      const base = sampleBaseYear(financeModel, nonPovertyCountiesWithTasks[i]!, generate)['finance.transferPayment']!;
      expect(result).toMatchObject({ required: base, status: view.transferPayment > base ? 'MET' : 'NOT_MET' });
    });
    expect(judged).toBeGreaterThan(0);
  });

  it('has no data for a rule where a county has not reported its 2020 outturns', async () => {
    const late = nonPovertyCountiesWithTasks.find((c) => reportsLate(c, 2020))!;
    const [view] = await countyViews([late.code], 2020);
    expect(view).toMatchObject({ fiscalRevenueIncrement: null, specialBudgetShare: null });
    expect(ruleOf(view!, 'finance.specialBudgetShare')).toMatchObject({ status: 'NO_DATA', actual: null, gap: null });
  });

  it('judges the PV subsidy in the plan years 2018 and 2019 only, and the weight of the poor population as measure 4 asks', async () => {
    const code = nonPovertyCountiesWithTasks.find((c) => !reportsLate(c, 2020))!.code;
    const ids = async (year: number) => (await countyViews([code], year))[0]!.rules.map((r: View) => r.rule.id);
    expect(await ids(2018)).toEqual([
      'finance.specialBudgetShare',
      'finance.stockFundsPrecisePovertyShare',
      'finance.transferPaymentIncreased',
      'finance.pvProjectsSubsidisedShare',
      'finance.poorPopulationWeightIncreased',
    ]);
    expect(await ids(2020)).toEqual([
      'finance.specialBudgetShare',
      'finance.stockFundsPrecisePovertyShare',
      'finance.transferPaymentIncreased',
      'finance.poorPopulationWeightNotReduced',
    ]);
    const [view2019] = await countyViews([code], 2019);
    expect(ruleOf(view2019!, 'finance.poorPopulationWeightNotReduced')).toMatchObject({
      rule: { kind: 'NOT_LESS_THAN_PREVIOUS_YEAR', basis: 'INTERPRETATION' },
      status: 'MET',
      actual: generate(byCode.get(code)!, 2019)['finance.allocationPoorPopulationWeight'],
      required: generate(byCode.get(code)!, 2018)['finance.allocationPoorPopulationWeight'],
    });
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
    // One province-wide figure: its mean over the counties is the figure itself.
    expect(huanggang.allocationPoorPopulationWeight).toBe(counties[0]!.allocationPoorPopulationWeight);
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

const PUBLISH = `mutation ($input: PublishObservationsInput!) {
  publishFinanceObservations(input: $input) { rowsWritten }
}`;

describe('省财政厅 judging transfer payments as they are published', () => {
  // A store without sample figures, so that a county's figures are exactly those published here.
  let store: TestSubgraph;
  beforeAll(async () => {
    store = await startTestSubgraph(financeSubgraph, { sampleData: false });
    const token = await mintToken(DEVELOPMENT_AUTH_SECRET, {
      subject: 'finance-officer',
      department: 'finance',
      role: 'publisher',
    });
    const rows = [
      // 黄梅县: a grain or populous county spending 6,000 元 a resident, below the average of 8,600.
      ...county2018('421127', { major: 1, expenditure: 300_000, transfers: [95_000, 95_000] }),
      // 浠水县: spending below the average too, but whether it is a grain or populous county is not reported.
      ...county2018('421125', { expenditure: 280_000, transfers: [80_000, 88_000] }),
      // 武穴市: a grain or populous county spending 10,000 元 a resident, above the average.
      ...county2018('421182', { major: 1, expenditure: 500_000, transfers: [70_000, 60_000] }),
    ];
    const { body } = await store.query(PUBLISH, { input: { rows } }, { authorization: `Bearer ${token}` });
    expect(body.errors).toBeUndefined();
    expect(body.data!.publishFinanceObservations.rowsWritten).toBe(rows.length);
  });
  afterAll(async () => {
    await store?.stop();
  });

  /** A county's 2018 figures for measure 2 (500,000 residents) and its 2017 and 2018 transfer payments. */
  function county2018(
    code: string,
    { major, expenditure, transfers }: { major?: number; expenditure: number; transfers: [number, number] },
  ) {
    const row = (indicator: string, year: number, value: number) => ({ indicator, county: code, year, value });
    return [
      ...(major === undefined ? [] : [row('finance.majorGrainOrPopulousCounty', 2018, major)]),
      row('finance.budgetExpenditure', 2018, expenditure),
      row('finance.residentPopulation', 2018, 500_000),
      row('finance.provincialBudgetExpenditurePerCapita', 2018, 8_600),
      row('finance.transferPayment', 2017, transfers[0]),
      row('finance.transferPayment', 2018, transfers[1]),
    ];
  }

  async function transferRule(code: string) {
    const { body } = await store.query(COUNTIES, { reps: [county(code)], year: 2018 });
    expect(body.errors).toBeUndefined();
    return ruleOf(body.data!._entities[0].finance, 'finance.transferPaymentIncreased');
  }

  it('gives a transfer payment equal to the year before as not met, by a gap of 0 (加大 asks for more)', async () => {
    expect(await transferRule('421127')).toMatchObject({
      status: 'NOT_MET',
      actual: 95_000,
      required: 95_000,
      gap: 0,
      reason: null,
    });
  });

  it('has no data where whether the county is a grain or populous county is not reported', async () => {
    expect(await transferRule('421125')).toMatchObject({
      status: 'NO_DATA',
      required: null,
      gap: null,
      reason: expect.stringContaining('种粮大县、人口大县(2018年)未报送'),
    });
  });

  it('does not apply to a county spending at least the provincial average, and says so', async () => {
    expect(await transferRule('421182')).toMatchObject({
      status: 'NOT_APPLICABLE',
      required: null,
      gap: null,
      reason: '人均财政预算支出不低于全省平均水平 / spends at least the provincial average per resident',
    });
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
