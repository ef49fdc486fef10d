import { indicatorField, isPublished, PLAN_YEARS } from '@fupin/kit';
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
const RULES = 'rules { rule { id threshold years comparison } status actual required gap }';

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

describe('the water subgraph', () => {
  it('gives 武穴市 its 2019 figures and shares, and no verdict before 2020', async () => {
    const [wuxue] = await countyViews(['421182'], 2019);
    const published = generate(
      nonPovertyCountiesWithTasks.find((c) => c.code === '421182')!,
      2019,
    );
    for (const [id, value] of Object.entries(published)) expect(wuxue[id.slice('water.'.length)], id).toBe(value);
    expect(wuxue).toMatchObject({
      year: 2019,
      registeredPoorPopulation: 18052,
      registeredPoorWithSafeDrinkingWater: 16750,
      drinkingWaterInvestmentPlanned: 1434,
      drinkingWaterInvestmentIssued: 1333.4,
      eligibleProjects: 14,
      eligibleProjectsInSpecialPlans: 10,
      specialPlanProjectInvestmentArranged: 1071.2,
      sample: true,
    });
    expect(wuxue.safeDrinkingWaterShare).toBeCloseTo((16750 / 18052) * 100, 6);
    expect(wuxue.drinkingWaterInvestmentIssuedShare).toBeCloseTo((1333.4 / 1434) * 100, 6);
    expect(wuxue.eligibleProjectsInSpecialPlansShare).toBeCloseTo((10 / 14) * 100, 6);
    expect(wuxue.rules).toEqual([]);
  });

  it('finds 武穴市 short of issuing the whole drinking-water investment in 2020, by the gap in points', async () => {
    const [wuxue] = await countyViews(['421182'], 2020);
    expect(wuxue).toMatchObject({ drinkingWaterInvestmentPlanned: 1434, drinkingWaterInvestmentIssued: 1406.3 });
    const issued = ruleOf(wuxue, 'water.drinkingWaterInvestmentIssuedShare');
    expect(issued).toMatchObject({
      rule: { threshold: 100, years: [2020], comparison: 'AT_LEAST' },
      status: 'NOT_MET',
      required: 100,
    });
    expect(issued.actual).toBeCloseTo((1406.3 / 1434) * 100, 6);
    expect(issued.actual).toBeCloseTo(wuxue.drinkingWaterInvestmentIssuedShare, 6);
    expect(issued.gap).toBeCloseTo(100 - (1406.3 / 1434) * 100, 6);
    // Every registered poor person has safe water, and every eligible project is in a plan.
    expect(wuxue.registeredPoorWithSafeDrinkingWater).toBe(wuxue.registeredPoorPopulation);
    expect(ruleOf(wuxue, 'water.safeDrinkingWaterShare')).toMatchObject({
      status: 'MET',
      actual: 100,
      required: 100,
      gap: 0,
    });
    expect(ruleOf(wuxue, 'water.eligibleProjectsInSpecialPlansShare')).toMatchObject({ status: 'MET', gap: 0 });
    expect(wuxue.rules.map((r: any) => r.rule.id)).toEqual(waterModel.rules.map((r) => r.id));
  });

  it('counts the registered poor people still without safe drinking water in 黄梅县 in 2020', async () => {
    const [huangmei] = await countyViews(['421127'], 2020);
    const safe = ruleOf(huangmei, 'water.safeDrinkingWaterShare');
    const share = (huangmei.registeredPoorWithSafeDrinkingWater / huangmei.registeredPoorPopulation) * 100;
    expect(huangmei.registeredPoorPopulation).toBe(19554);
    expect(huangmei.registeredPoorWithSafeDrinkingWater).toBeLessThan(19554);
    expect(safe.status).toBe('NOT_MET');
    expect(safe.actual).toBeCloseTo(share, 6);
    expect(safe.gap).toBeCloseTo(100 - share, 6);
  });

  it('shows NO_DATA where a county has not reported 2020, or not its projects', async () => {
    const [jiayu, dongxihu] = await countyViews(['421221', '420112'], 2020);
    expect(jiayu).toMatchObject({ registeredPoorPopulation: null, safeDrinkingWaterShare: null, sample: false });
    expect(jiayu.rules).toHaveLength(waterModel.rules.length);
    for (const rule of jiayu.rules) expect(rule).toMatchObject({ status: 'NO_DATA', actual: null, gap: null });
    expect(dongxihu).toMatchObject({ registeredPoorPopulation: 9194, eligibleProjects: null, sample: true });
    expect(dongxihu.rules.map((r: any) => r.status)).toEqual(['MET', 'MET', 'NO_DATA']);
  });

  it("rolls 黄冈市 up as the sum of its counties' figures and ratios of the sums", async () => {
    for (const year of [2019, 2020]) {
      const counties = await countyViews(HUANGGANG, year);
      const huanggang = await rollupView({ __typename: 'Prefecture', code: '421100' }, year);
      expect(huanggang).toMatchObject({ year, countiesReporting: HUANGGANG.length, sample: true });
      const sum = (field: string) => counties.reduce((s, c) => s + c[field], 0);
      for (const field of PUBLISHED) expect(huanggang[field], `${field} ${year}`).toBeCloseTo(sum(field), 6);
      expect(huanggang.registeredPoorPopulation).toBe(
        nonPovertyCountiesWithTasks
          .filter((c) => HUANGGANG.includes(c.code))
          .reduce((s, c) => s + c.stockPoorPopulation, 0),
      );
      const safeShare = (sum('registeredPoorWithSafeDrinkingWater') / sum('registeredPoorPopulation')) * 100;
      expect(huanggang.safeDrinkingWaterShare).toBeCloseTo(safeShare, 6);
      expect(huanggang.drinkingWaterInvestmentIssuedShare).toBeCloseTo(
        (sum('drinkingWaterInvestmentIssued') / sum('drinkingWaterInvestmentPlanned')) * 100,
        6,
      );
      expect(huanggang.eligibleProjectsInSpecialPlansShare).toBeCloseTo(
        (sum('eligibleProjectsInSpecialPlans') / sum('eligibleProjects')) * 100,
        6,
      );
      // Not the mean of the counties' ratios.
      const meanOfRatios = sum('safeDrinkingWaterShare') / counties.length;
      expect(Math.abs(huanggang.safeDrinkingWaterShare - meanOfRatios)).toBeGreaterThan(1e-3);
      if (year === 2020) {
        // 黄梅县 still falls short, so the prefecture does too.
        const safe = ruleOf(huanggang, 'water.safeDrinkingWaterShare');
        expect(safe).toMatchObject({ status: 'NOT_MET', required: 100 });
        expect(safe.actual).toBeCloseTo(safeShare, 6);
        expect(safe.gap).toBeCloseTo(100 - safeShare, 6);
      } else {
        expect(huanggang.rules).toEqual([]);
      }
    }
  });

  it('rolls the province up over the counties that reported', async () => {
    const { body } = await water.query(
      `query { _entities(representations: [{ __typename: "Province", code: "420000" }]) {
        ... on Province {
          y2019: water(year: 2019) { registeredPoorPopulation registeredPoorWithSafeDrinkingWater safeDrinkingWaterShare drinkingWaterInvestmentIssued countiesReporting sample }
          y2020: water(year: 2020) { registeredPoorPopulation eligibleProjects countiesReporting rules { rule { id } status } }
        }
      } }`,
    );
    expect(body.errors).toBeUndefined();
    const { y2019, y2020 } = body.data!._entities[0];
    const total = (year: number, id: string) =>
      nonPovertyCountiesWithTasks.reduce((s, c) => s + (generate(c, year)[id] ?? 0), 0);
    expect(y2019).toMatchObject({ registeredPoorPopulation: 659_300, countiesReporting: 60, sample: true });
    expect(y2019.registeredPoorWithSafeDrinkingWater).toBe(total(2019, 'water.registeredPoorWithSafeDrinkingWater'));
    expect(y2019.drinkingWaterInvestmentIssued).toBeCloseTo(total(2019, 'water.drinkingWaterInvestmentIssued'), 6);
    expect(y2019.safeDrinkingWaterShare).toBeCloseTo(
      (y2019.registeredPoorWithSafeDrinkingWater / y2019.registeredPoorPopulation) * 100,
      6,
    );
    const reporting2020 = nonPovertyCountiesWithTasks.filter((c) => Object.keys(generate(c, 2020)).length > 0);
    expect(y2020.countiesReporting).toBe(reporting2020.length);
    expect(y2020.registeredPoorPopulation).toBe(reporting2020.reduce((s, c) => s + c.stockPoorPopulation, 0));
    expect(y2020.eligibleProjects).toBe(total(2020, 'water.eligibleProjects'));
    expect(y2020.rules.map((r: any) => [r.rule.id, r.status])).toEqual(waterModel.rules.map((r) => [r.id, 'NOT_MET']));
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
