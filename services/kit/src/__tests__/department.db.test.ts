import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roads } from './fixtures/roads-department.js';
import { startTestSubgraph, type TestSubgraph } from '../testing/index.js';

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
    // Nothing reported for 2019, but its 只增不减 rule shows the 2018 sample funds as required:
    // a sample figure went into the view.
    expect(silent).toMatchObject({ upgradeKm: null, kmPerTownship: null, sample: true, observations: [] });
    expect(silent.rules.map((r: any) => [r.status, r.required])).toEqual([
      ['NO_DATA', 10],
      ['NO_DATA', 100],
    ]);
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
