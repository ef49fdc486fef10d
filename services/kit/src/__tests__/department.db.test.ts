import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineDepartment, type DepartmentModel, type SampleCounty } from '../indicators/index.js';
import { startTestSubgraph, type TestSubgraph } from '../testing/index.js';

// A small department on the kit's indicator model: road km per township with a ≥ 10 rule in
// 2019 and 2020, and funds that must never fall (只增不减).
const model: DepartmentModel = {
  indicators: [
    {
      id: 'roads.upgradeKm',
      name: '提档升级里程',
      nameEn: 'Upgraded km',
      description: 'km upgraded',
      unit: 'KM',
      measure: 11,
      rollup: { kind: 'SUM' },
      min: 0,
    },
    {
      id: 'roads.townships',
      name: '有任务乡镇数',
      nameEn: 'Townships with tasks',
      description: 'townships',
      unit: 'COUNT',
      measure: 11,
      rollup: { kind: 'SUM' },
      integer: true,
      min: 0,
    },
    {
      id: 'roads.kmPerTownship',
      name: '乡镇平均提档升级里程',
      nameEn: 'km per township',
      description: 'ratio',
      unit: 'KM',
      measure: 11,
      rollup: { kind: 'RATIO', numerator: 'roads.upgradeKm', denominator: 'roads.townships', scale: 1 },
    },
    {
      id: 'roads.funds',
      name: '资金',
      nameEn: 'Funds',
      description: 'funds',
      unit: 'WAN_YUAN',
      measure: 19,
      rollup: { kind: 'SUM' },
      min: 0,
    },
  ],
  rules: [
    {
      id: 'roads.kmPerTownship',
      measure: 11,
      description: '每乡镇不少于10公里',
      descriptionEn: '≥ 10 km per township',
      indicator: 'roads.kmPerTownship',
      comparison: 'AT_LEAST',
      required: 10,
      years: [2019, 2020],
    },
    {
      id: 'roads.fundsNotDecreasing',
      measure: 19,
      description: '只增不减',
      descriptionEn: 'never lower than the year before',
      indicator: 'roads.funds',
      comparison: 'AT_LEAST',
      required: 'PREVIOUS_YEAR',
      years: [2019, 2020],
    },
  ],
};

const counties: SampleCounty[] = [
  { code: '421181', name: '甲', kind: 'COUNTY', stockPoorVillages: 10, stockPoorPopulation: 1000 },
  { code: '421182', name: '乙', kind: 'COUNTY', stockPoorVillages: 10, stockPoorPopulation: 1000 },
  { code: '420281', name: '丙', kind: 'COUNTY', stockPoorVillages: 10, stockPoorPopulation: 1000 },
  { code: '421102', name: '丁', kind: 'DISTRICT', stockPoorVillages: 10, stockPoorPopulation: 1000 },
];
const figures: Record<string, Record<number, Record<string, number>>> = {
  // meets both rules in 2019: 120 km over 10 townships, funds 300 → 320
  '421181': {
    2018: { 'roads.funds': 300 },
    2019: { 'roads.upgradeKm': 120, 'roads.townships': 10, 'roads.funds': 320 },
  },
  // fails both in 2019: 40 km over 8 townships, funds 500 → 450
  '421182': { 2018: { 'roads.funds': 500 }, 2019: { 'roads.upgradeKm': 40, 'roads.townships': 8, 'roads.funds': 450 } },
  // reports nothing for 2019
  '420281': { 2018: { 'roads.funds': 100 } },
  // reports its kilometres for 2019 but not its townships, and its 2019 funds but not 2018's
  '421102': { 2019: { 'roads.upgradeKm': 500, 'roads.funds': 1000 } },
};

const roads = defineDepartment({
  name: 'roads',
  defaultPort: 0,
  publisher: '测试厅',
  viewField: 'roads',
  viewTypes: { county: 'CountyRoads', rollup: 'RoadsRollup' },
  model,
  sample: { counties, generate: (county, year) => figures[county.code]?.[year] ?? {} },
});

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(roads);
});
afterAll(async () => {
  await subgraph?.stop();
});

const COUNTY_VIEW = `query ($reps: [_Any!]!, $year: Int!) {
  _entities(representations: $reps) {
    ... on County { code roads(year: $year) {
      year upgradeKm townships kmPerTownship funds sample
      rules { rule { id threshold comparedWithPreviousYear measure { number } } status actual required gap }
      observations { indicator { id } value revision sample publishedBy }
      history(indicator: "roads.funds") { revision value }
    } }
  }
}`;

const counties3 = (codes: string[]) => codes.map((code) => ({ __typename: 'County', code }));

describe("a department on the kit's indicator model", () => {
  it("gives each county typed figures, derived ratios and every rule's status", async () => {
    const { body } = await subgraph.query(COUNTY_VIEW, { reps: counties3(['421181', '421182', '420281']), year: 2019 });
    expect(body.errors).toBeUndefined();
    const [good, bad, silent] = body.data!._entities.map((e: any) => e.roads);
    expect(good).toMatchObject({
      year: 2019,
      upgradeKm: 120,
      townships: 10,
      kmPerTownship: 12,
      funds: 320,
      sample: true,
    });
    expect(good.rules).toEqual([
      {
        rule: { id: 'roads.kmPerTownship', threshold: 10, comparedWithPreviousYear: false, measure: { number: 11 } },
        status: 'MET',
        actual: 12,
        required: 10,
        gap: 0,
      },
      {
        rule: {
          id: 'roads.fundsNotDecreasing',
          threshold: null,
          comparedWithPreviousYear: true,
          measure: { number: 19 },
        },
        status: 'MET',
        actual: 320,
        required: 300,
        gap: 0,
      },
    ]);
    expect(bad.rules.map((r: any) => [r.status, r.actual, r.required, r.gap])).toEqual([
      ['NOT_MET', 5, 10, 5],
      ['NOT_MET', 450, 500, 50],
    ]);
    expect(silent).toMatchObject({ upgradeKm: null, kmPerTownship: null, sample: false, observations: [] });
    expect(silent.rules.map((r: any) => r.status)).toEqual(['NO_DATA', 'NO_DATA']);
    expect(good.observations).toHaveLength(3);
    expect(good.observations[0]).toMatchObject({ revision: 1, sample: true, publishedBy: 'sample-data' });
    expect(good.history).toEqual([{ revision: 1, value: 320 }]);
  });

  it('leaves out the rules the document sets for other years', async () => {
    const { body } = await subgraph.query(COUNTY_VIEW, { reps: counties3(['421181']), year: 2018 });
    expect(body.data!._entities[0].roads.rules).toEqual([]);
  });

  it('rolls figures up over a prefecture and the province as sums and ratios of sums', async () => {
    const { body } = await subgraph.query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Prefecture { roads(year: 2019) { upgradeKm townships kmPerTownship countiesReporting sample rules { status actual required } } }
        ... on Province { roads(year: 2019) { upgradeKm townships kmPerTownship funds countiesReporting } }
      } }`,
      {
        reps: [
          { __typename: 'Prefecture', code: '421100' },
          { __typename: 'Prefecture', code: '420200' },
          { __typename: 'Province', code: '420000' },
        ],
      },
    );
    expect(body.errors).toBeUndefined();
    const [huanggang, huangshi, province] = body.data!._entities.map((e: any) => e.roads);
    // (120 + 40) km over (10 + 8) townships: not the mean of 12 and 5, and not counting the
    // 500 km of the county that did not report its townships
    expect(huanggang).toMatchObject({ upgradeKm: 660, townships: 18, countiesReporting: 3, sample: true });
    expect(huanggang.kmPerTownship).toBeCloseTo(160 / 18, 6);
    expect(huanggang.rules[0]).toMatchObject({ status: 'NOT_MET' });
    // 只增不减 over the counties that reported both years: 320 + 450 against 300 + 500, not
    // counting the 1000 of the county with no 2018 figure
    expect(huanggang.rules[1]).toMatchObject({ status: 'NOT_MET', actual: 770, required: 800 });
    expect(huangshi).toMatchObject({ upgradeKm: null, countiesReporting: 0 });
    expect(province).toMatchObject({ upgradeKm: 660, funds: 1770, countiesReporting: 3 });
    expect(province.kmPerTownship).toBeCloseTo(160 / 18, 6);
  });

  it('costs the same number of SQL statements for one county as for many', async () => {
    const one = await subgraph.query(COUNTY_VIEW, { reps: counties3(['421181']), year: 2019 });
    const three = await subgraph.query(COUNTY_VIEW, { reps: counties3(['421181', '421182', '420281']), year: 2019 });
    expect(Number(three.headers.get('x-sql-statements'))).toBe(Number(one.headers.get('x-sql-statements')));
    expect(Number(one.headers.get('x-sql-statements'))).toBe(2); // the views, the histories
  });

  it('refuses a year outside the plan with a stable code', async () => {
    const { body } = await subgraph.query(COUNTY_VIEW, { reps: counties3(['421181']), year: 2017 });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'YEAR_OUT_OF_PLAN', argument: 'year' });
  });
});
