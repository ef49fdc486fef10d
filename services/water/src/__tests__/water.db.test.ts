import { DEVELOPMENT_AUTH_SECRET, indicatorField, isPublished, mintToken, PLAN_YEARS } from '@fupin/kit';
import { startTestSubgraph, type TestSubgraph } from '@fupin/kit/testing';
import { nonPovertyCountiesWithTasks } from '@fupin/reference';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waterModel } from '../model/index.js';
import { generate } from '../sample.js';
import { waterSubgraph } from '../subgraph.js';

let water: TestSubgraph;
beforeAll(async () => {
  water = await startTestSubgraph(waterSubgraph);
});
afterAll(async () => {
  await water?.stop();
});

const FIELDS = waterModel.indicators.map(indicatorField).join(' ');
const PUBLISHED = waterModel.indicators.filter(isPublished).map(indicatorField);
const RULES =
  'rules { rule { id kind basis threshold years comparison reference { id } } status actual required gap reason }';

const COUNTY_VIEWS = `query ($reps: [_Any!]!, $year: Int!) {
  _entities(representations: $reps) { ... on County { code water(year: $year) { year ${FIELDS} sample ${RULES} } } }
}`;
const ROLLUP_VIEWS = `query ($reps: [_Any!]!, $year: Int!) {
  _entities(representations: $reps) {
    ... on Prefecture { code water(year: $year) { year ${FIELDS} countiesReporting sample ${RULES} } }
    ... on Province { code water(year: $year) { year ${FIELDS} countiesReporting sample ${RULES} } }
  }
}`;

const asCounties = (codes: readonly string[]) => codes.map((code) => ({ __typename: 'County', code }));
const ruleOf = (view: any, id: string) => view.rules.find((r: any) => r.rule.id === id);

async function countyViews(codes: readonly string[], year: number): Promise<any[]> {
  const { body } = await water.query(COUNTY_VIEWS, { reps: asCounties(codes), year });
  expect(body.errors).toBeUndefined();
  return body.data!._entities.map((e: any) => e.water);
}

async function rollupView(rep: { __typename: string; code: string }, year: number): Promise<any> {
  const { body } = await water.query(ROLLUP_VIEWS, { reps: [rep], year });
  expect(body.errors).toBeUndefined();
  return body.data!._entities[0].water;
}

const HUANGGANG = nonPovertyCountiesWithTasks.filter((c) => c.prefectureCode === '421100').map((c) => c.code);
const sampleOf = (code: string, year: number) =>
  generate(
    nonPovertyCountiesWithTasks.find((c) => c.code === code)!,
    year,
  );
const SUPPORT = 'water.ruralDrinkingWaterSupportIncreased';
const ISSUED = 'water.drinkingWaterInvestmentIssuedShare';
const PRIORITY = 'water.eligibleProjectsInSpecialPlansWithPriority';
const PROVINCE_SHARE = 'water.provinceEligibleProjectsInSpecialPlansShare';

describe('the water subgraph', () => {
  it("gives 武穴市 its 2019 figures and shares, and judges its projects against the province's share", async () => {
    const [wuxue] = await countyViews(['421182'], 2019);
    const published = sampleOf('421182', 2019);
    for (const [id, value] of Object.entries(published)) expect(wuxue[id.slice('water.'.length)], id).toBe(value);
    expect(wuxue).toMatchObject({ year: 2019, eligibleProjects: 14, eligibleProjectsInSpecialPlans: 10, sample: true });
    expect(wuxue.safeDrinkingWaterShare).toBeCloseTo(
      (wuxue.registeredPoorWithSafeDrinkingWater / wuxue.registeredPoorPopulation) * 100,
      6,
    );
    expect(wuxue.drinkingWaterInvestmentIssuedShare).toBeCloseTo(
      (wuxue.drinkingWaterInvestmentIssued / wuxue.drinkingWaterInvestmentPlanned) * 100,
      6,
    );
    expect(wuxue.eligibleProjectsInSpecialPlansShare).toBeCloseTo((10 / 14) * 100, 6);

    // 10 of 14 projects (71.4 %) against the province's 67.7 % in 2019.
    const priority = ruleOf(wuxue, PRIORITY);
    expect(priority).toMatchObject({
      rule: { kind: 'AT_LEAST_REFERENCE', basis: 'INTERPRETATION', threshold: null, reference: { id: PROVINCE_SHARE } },
      status: 'MET',
      required: wuxue.provinceEligibleProjectsInSpecialPlansShare,
      gap: 0,
      reason: null,
    });
    expect(priority.actual).toBeCloseTo((10 / 14) * 100, 6);
    // The investment issued is judged in 2020 only.
    expect(wuxue.rules.map((r: any) => r.rule.id)).toEqual([SUPPORT, PRIORITY]);
  });

  it('judges the rural drinking-water investment of the year against the year before', async () => {
    const [y2018, y2019] = await Promise.all([2018, 2019].map((year) => countyViews(['421182'], year)));
    const support = ruleOf(y2019![0], SUPPORT);
    expect(support.rule).toMatchObject({ kind: 'MORE_THAN_PREVIOUS_YEAR', basis: 'INTERPRETATION', years: PLAN_YEARS });
    expect(support).toMatchObject({
      actual: y2019![0].ruralDrinkingWaterInvestmentInYear,
      required: y2018![0].ruralDrinkingWaterInvestmentInYear,
    });
    expect(support.status).toBe(support.actual > support.required ? 'MET' : 'NOT_MET');
    // 2018 reads the 2017 base year the kit keeps for this figure.
    const in2018 = ruleOf(y2018![0], SUPPORT);
    expect(in2018.required).toEqual(expect.any(Number));
    expect(['MET', 'NOT_MET']).toContain(in2018.status);
  });

  it('finds 武穴市 short of issuing the whole drinking-water investment in 2020, by the gap in points', async () => {
    const [wuxue] = await countyViews(['421182'], 2020);
    const share = (wuxue.drinkingWaterInvestmentIssued / wuxue.drinkingWaterInvestmentPlanned) * 100;
    expect(share).toBeLessThan(100);
    const issued = ruleOf(wuxue, ISSUED);
    expect(issued).toMatchObject({
      rule: { kind: 'AT_LEAST', basis: 'INTERPRETATION', threshold: 100, years: [2020], comparison: 'AT_LEAST' },
      status: 'NOT_MET',
      required: 100,
    });
    expect(issued.actual).toBeCloseTo(share, 6);
    expect(issued.gap).toBeCloseTo(100 - share, 6);
    // Every eligible project is in a plan, above the province's share.
    expect(ruleOf(wuxue, PRIORITY)).toMatchObject({ status: 'MET', actual: 100, gap: 0 });
    expect(wuxue.rules.map((r: any) => r.rule.id)).toEqual(waterModel.rules.map((r) => r.id));
    // The share of people with safe water is shown, and judged by no rule.
    expect(wuxue.safeDrinkingWaterShare).toBe(100);
  });

  it('does not apply the investment and project rules to an urban district on the mains', async () => {
    const [huangshigang] = await countyViews(['420202'], 2020);
    expect(huangshigang).toMatchObject({ drinkingWaterInvestmentPlanned: 0, eligibleProjects: 0 });
    expect(ruleOf(huangshigang, ISSUED)).toMatchObject({
      status: 'NOT_APPLICABLE',
      actual: null,
      required: null,
      gap: null,
      reason: '规划未为本县安排此项投资 / the plan sets no such investment for the county',
    });
    expect(ruleOf(huangshigang, PRIORITY)).toMatchObject({
      status: 'NOT_APPLICABLE',
      reason:
        '本县无符合国家投资政策的水利基础设施项目 / no water-infrastructure project in the county meets national investment policy',
    });
    expect(['MET', 'NOT_MET']).toContain(ruleOf(huangshigang, SUPPORT).status);
  });

  it('shows NO_DATA where a county has not reported 2020, or not its projects', async () => {
    const [jiayu, dongxihu] = await countyViews(['421221', '420112'], 2020);
    // Still sample: the rural investment rule reads its 2019 sample figure.
    expect(jiayu).toMatchObject({ registeredPoorPopulation: null, safeDrinkingWaterShare: null, sample: true });
    expect(jiayu.rules).toHaveLength(waterModel.rules.length);
    for (const rule of jiayu.rules) expect(rule).toMatchObject({ status: 'NO_DATA', actual: null, gap: null });
    expect(dongxihu).toMatchObject({
      eligibleProjects: null,
      provinceEligibleProjectsInSpecialPlansShare: null,
      sample: true,
    });
    expect(ruleOf(dongxihu, ISSUED).status).toBe('MET');
    expect(ruleOf(dongxihu, PRIORITY)).toMatchObject({ status: 'NO_DATA', actual: null, gap: null });
  });

  it("rolls 黄冈市 up as the sum of its counties' figures, ratios of the sums, and the province's share as it is", async () => {
    for (const year of [2019, 2020]) {
      const counties = await countyViews(HUANGGANG, year);
      const huanggang = await rollupView({ __typename: 'Prefecture', code: '421100' }, year);
      expect(huanggang).toMatchObject({ year, countiesReporting: HUANGGANG.length, sample: true });
      const sum = (field: string) => counties.reduce((s, c) => s + c[field], 0);
      for (const field of PUBLISHED.filter((f) => f !== 'provinceEligibleProjectsInSpecialPlansShare')) {
        expect(huanggang[field], `${field} ${year}`).toBeCloseTo(sum(field), 6);
      }
      // The same in every county, so its mean is that figure.
      expect(huanggang.provinceEligibleProjectsInSpecialPlansShare).toBeCloseTo(
        counties[0].provinceEligibleProjectsInSpecialPlansShare,
        6,
      );
      const included = (sum('eligibleProjectsInSpecialPlans') / sum('eligibleProjects')) * 100;
      expect(huanggang.eligibleProjectsInSpecialPlansShare).toBeCloseTo(included, 6);
      expect(huanggang.drinkingWaterInvestmentIssuedShare).toBeCloseTo(
        (sum('drinkingWaterInvestmentIssued') / sum('drinkingWaterInvestmentPlanned')) * 100,
        6,
      );
      // Not the mean of the counties' ratios.
      const meanOfRatios = sum('safeDrinkingWaterShare') / counties.length;
      expect(Math.abs(huanggang.safeDrinkingWaterShare - meanOfRatios)).toBeGreaterThan(1e-3);
      const priority = ruleOf(huanggang, PRIORITY);
      expect(priority.required).toBeCloseTo(huanggang.provinceEligibleProjectsInSpecialPlansShare, 6);
      expect(priority.actual).toBeCloseTo(included, 6);
      expect(priority.status).toBe(included >= priority.required ? 'MET' : 'NOT_MET');
      const support = ruleOf(huanggang, SUPPORT);
      expect(support.actual).toBeCloseTo(sum('ruralDrinkingWaterInvestmentInYear'), 6);
      if (year === 2019) expect(huanggang.rules.map((r: any) => r.rule.id)).toEqual([SUPPORT, PRIORITY]);
    }
  });

  it('rolls the province up over the counties that reported', async () => {
    const { body } = await water.query(
      `query { _entities(representations: [{ __typename: "Province", code: "420000" }]) {
        ... on Province {
          y2019: water(year: 2019) { registeredPoorPopulation registeredPoorWithSafeDrinkingWater safeDrinkingWaterShare drinkingWaterInvestmentIssued provinceEligibleProjectsInSpecialPlansShare countiesReporting sample }
          y2020: water(year: 2020) { registeredPoorPopulation eligibleProjects countiesReporting rules { rule { id } status } }
        }
      } }`,
    );
    expect(body.errors).toBeUndefined();
    const { y2019, y2020 } = body.data!._entities[0];
    const total = (year: number, id: string) =>
      nonPovertyCountiesWithTasks.reduce((s, c) => s + (generate(c, year)[id] ?? 0), 0);
    expect(y2019).toMatchObject({ countiesReporting: 60, sample: true });
    // The plan's registered poor people, more than the document's 659,300 stock poor people.
    expect(y2019.registeredPoorPopulation).toBe(total(2019, 'water.registeredPoorPopulation'));
    expect(y2019.registeredPoorPopulation).toBeGreaterThan(659_300);
    expect(y2019.registeredPoorWithSafeDrinkingWater).toBe(total(2019, 'water.registeredPoorWithSafeDrinkingWater'));
    expect(y2019.drinkingWaterInvestmentIssued).toBeCloseTo(total(2019, 'water.drinkingWaterInvestmentIssued'), 6);
    expect(y2019.provinceEligibleProjectsInSpecialPlansShare).toBeCloseTo(sampleOf('421182', 2019)[PROVINCE_SHARE]!, 6);
    const reporting2020 = nonPovertyCountiesWithTasks.filter((c) => Object.keys(generate(c, 2020)).length > 0);
    expect(y2020.countiesReporting).toBe(reporting2020.length);
    expect(y2020.registeredPoorPopulation).toBe(total(2020, 'water.registeredPoorPopulation'));
    expect(y2020.eligibleProjects).toBe(total(2020, 'water.eligibleProjects'));
    expect(y2020.rules.map((r: any) => r.rule.id)).toEqual(waterModel.rules.map((r) => r.id));
  });

  it('refuses a year outside the plan', async () => {
    const { body } = await water.query(COUNTY_VIEWS, { reps: asCounties(['421182']), year: 2021 });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'YEAR_OUT_OF_PLAN', allowed: [...PLAN_YEARS] });
  });

  it('costs the same number of SQL statements for 5 counties as for 60', async () => {
    const all = nonPovertyCountiesWithTasks.map((c) => c.code);
    const five = await water.query(COUNTY_VIEWS, { reps: asCounties(all.slice(0, 5)), year: 2019 });
    const sixty = await water.query(COUNTY_VIEWS, { reps: asCounties(all), year: 2019 });
    expect(sixty.body.errors).toBeUndefined();
    expect(sixty.body.data!._entities).toHaveLength(60);
    expect(Number(sixty.headers.get('x-sql-statements'))).toBe(Number(five.headers.get('x-sql-statements')));
    expect(Number(five.headers.get('x-sql-statements'))).toBe(1);
  });
});

const PUBLISH = `mutation ($input: PublishObservationsInput!) {
  publishWaterObservations(input: $input) { rowsWritten }
}`;

describe("省水利厅's rules on what is published", () => {
  // A store without sample figures, so that a county's figures are exactly those published here.
  let store: TestSubgraph;
  beforeAll(async () => {
    store = await startTestSubgraph(waterSubgraph, { sampleData: false });
    const token = await mintToken(DEVELOPMENT_AUTH_SECRET, {
      subject: 'water-officer',
      department: 'water',
      role: 'publisher',
    });
    const row = (indicator: string, year: number, value: number) => ({ indicator, county: '421127', year, value });
    const rows = [
      // The same rural drinking-water investment as the year before.
      row('water.ruralDrinkingWaterInvestmentInYear', 2017, 900),
      row('water.ruralDrinkingWaterInvestmentInYear', 2018, 900),
      // Projects included, but the province's share not reported.
      row('water.eligibleProjects', 2018, 10),
      row('water.eligibleProjectsInSpecialPlans', 2018, 6),
    ];
    const { body } = await store.query(PUBLISH, { input: { rows } }, { authorization: `Bearer ${token}` });
    expect(body.errors).toBeUndefined();
    expect(body.data!.publishWaterObservations.rowsWritten).toBe(rows.length);
  });
  afterAll(async () => {
    await store?.stop();
  });

  async function rules2018(): Promise<any> {
    const { body } = await store.query(COUNTY_VIEWS, { reps: asCounties(['421127']), year: 2018 });
    expect(body.errors).toBeUndefined();
    return body.data!._entities[0].water;
  }

  it('gives an investment equal to the year before as not met, by a gap of 0 (加大 asks for more)', async () => {
    expect(ruleOf(await rules2018(), SUPPORT)).toMatchObject({
      status: 'NOT_MET',
      actual: 900,
      required: 900,
      gap: 0,
      reason: null,
    });
  });

  it("has no data on priority where the province's share is not reported", async () => {
    expect(ruleOf(await rules2018(), PRIORITY)).toMatchObject({
      status: 'NO_DATA',
      actual: 60,
      required: null,
      gap: null,
      reason: expect.stringContaining('参照指标全省符合国家投资政策的水利基础设施项目纳入专项规划比例(2018年)未报送'),
    });
  });
});
