import { indicatorField, isPublished } from '@fupin/kit';
import { startTestSubgraph, type TestSubgraph } from '@fupin/kit/testing';
import { nonPovertyCountiesWithTasks as counties } from '@fupin/reference';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { educationModel } from '../model/index.js';
import { generate } from '../sample.js';
import { educationSubgraph } from '../subgraph.js';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(educationSubgraph);
});
afterAll(async () => {
  await subgraph?.stop();
});

const published = educationModel.indicators.filter(isPublished);
const derived = educationModel.indicators.filter((indicator) => !isPublished(indicator));
const FIELDS = educationModel.indicators.map(indicatorField).join(' ');
const RULES = 'rules { rule { id threshold comparedWithPreviousYear } status actual required gap reason }';

const COUNTY_VIEW = `query ($reps: [_Any!]!, $year: Int!) {
  _entities(representations: $reps) {
    ... on County { code education(year: $year) { year sample ${FIELDS} ${RULES} } }
  }
}`;
const ROLLUP_VIEW = `query ($reps: [_Any!]!, $year: Int!) {
  _entities(representations: $reps) {
    ... on Prefecture { code education(year: $year) { year sample countiesReporting ${FIELDS} ${RULES} } }
    ... on Province { code education(year: $year) { year sample countiesReporting ${FIELDS} ${RULES} } }
  }
}`;

const asCounties = (codes: string[]) => codes.map((code) => ({ __typename: 'County', code }));
const ruleResult = (view: any, id: string) => view.rules.find((r: any) => r.rule.id === id);
const dropoutRule = educationModel.rules.find((r) => r.id === 'education.noPoorFamilyDropouts')!;
const nutritionRule = educationModel.rules.find((r) => r.id === 'education.nutritionPilotAwardInFull')!;

/** The derived shares, from a place's published figures: the ratio of (summed) parts. */
function shares(values: Record<string, number | null>): Record<string, number | null> {
  return Object.fromEntries(
    derived.map((indicator) => {
      if (indicator.rollup.kind !== 'RATIO') throw new Error('only RATIO indicators are derived');
      const numerator = values[indicatorField({ id: indicator.rollup.numerator })];
      const denominator = values[indicatorField({ id: indicator.rollup.denominator })];
      const share = numerator == null || !denominator ? null : (numerator / denominator) * indicator.rollup.scale;
      return [indicatorField(indicator), share];
    }),
  );
}

async function countyViews(codes: string[], year: number): Promise<any[]> {
  const { body } = await subgraph.query(COUNTY_VIEW, { reps: asCounties(codes), year });
  expect(body.errors).toBeUndefined();
  return body.data!._entities.map((entity: any) => entity.education);
}

describe("省教育厅's figures for a county", () => {
  // A county whose registered poor families lost a pupil in 2019, so the dropout rule fails.
  const county = counties.find((c) => (generate(c, 2019)['education.poorFamilyCompulsoryDropouts'] ?? 0) > 0)!;
  const figures = generate(county, 2019);

  it('shows the 2019 figures as typed fields, with the derived shares', async () => {
    const [view] = await countyViews([county.code], 2019);
    const expected: Record<string, number | null> = Object.fromEntries(
      published.map((indicator) => [indicatorField(indicator), figures[indicator.id] ?? null]),
    );
    expect(view).toMatchObject({ year: 2019, sample: true, ...expected });
    for (const [field, share] of Object.entries(shares(expected))) {
      if (share === null) expect(view[field], field).toBeNull();
      else expect(view[field], field).toBeCloseTo(share, 6);
    }
  });

  it('fails the dropout rule by as many pupils as dropped out', async () => {
    const [view] = await countyViews([county.code], 2019);
    const dropouts = figures['education.poorFamilyCompulsoryDropouts']!;
    expect(dropouts).toBeGreaterThan(0);
    expect(ruleResult(view, dropoutRule.id)).toEqual({
      rule: { id: dropoutRule.id, threshold: 0, comparedWithPreviousYear: false },
      status: 'NOT_MET',
      actual: dropouts,
      required: 0,
      gap: dropouts,
      reason: null,
    });
  });

  it('meets the dropout rule where none dropped out, and has no data where 2020 is not reported', async () => {
    const none = counties.find((c) => generate(c, 2019)['education.poorFamilyCompulsoryDropouts'] === 0)!;
    const late = counties.find((c) => generate(c, 2020)['education.poorFamilyCompulsoryDropouts'] === undefined)!;
    const [met] = await countyViews([none.code], 2019);
    const [silent] = await countyViews([late.code], 2020);
    expect(ruleResult(met, dropoutRule.id)).toMatchObject({ status: 'MET', actual: 0, required: 0, gap: 0 });
    expect(ruleResult(silent, dropoutRule.id)).toMatchObject({ status: 'NO_DATA', actual: null, gap: null });
    expect(silent.poorFamilyCompulsoryDropouts).toBeNull();
  });

  it('asks the nutrition-meal award of pilot counties only: NOT_APPLICABLE elsewhere', async () => {
    const pilot = counties.find((c) => generate(c, 2019)['education.nutritionPilotCounty'] === 1)!;
    const other = counties.find((c) => generate(c, 2019)['education.nutritionPilotCounty'] === 0)!;
    const [withPilot, without] = await countyViews([pilot.code, other.code], 2019);
    const pilotFigures = generate(pilot, 2019);
    expect(ruleResult(withPilot, nutritionRule.id)).toMatchObject({
      status:
        pilotFigures['education.nutritionAwardAllocated']! >= pilotFigures['education.nutritionAwardApproved']!
          ? 'MET'
          : 'NOT_MET',
      required: 100,
    });
    expect(ruleResult(without, nutritionRule.id)).toMatchObject({
      status: 'NOT_APPLICABLE',
      required: null,
      gap: null,
      reason: expect.stringContaining('为0'),
    });
    expect(without.nutritionAwardAllocatedShare).toBeNull();
  });
});

describe("省教育厅's figures rolled up", () => {
  const ofPrefecture = (code: string) => counties.filter((c) => c.prefectureCode === code).map((c) => c.code);
  // The prefecture with the most non-poverty counties with tasks.
  const prefecture = [...new Set(counties.map((c) => c.prefectureCode))].sort(
    (a, b) => ofPrefecture(b).length - ofPrefecture(a).length,
  )[0]!;

  const sumOf = (views: any[]) =>
    Object.fromEntries(
      published.map((indicator) => {
        const field = indicatorField(indicator);
        const reported = views.filter((view) => view[field] !== null);
        return [field, reported.length === 0 ? null : reported.reduce((sum, view) => sum + view[field], 0)];
      }),
    );

  function expectRollup(rollup: any, sums: Record<string, number | null>) {
    for (const [field, sum] of Object.entries(sums)) {
      if (sum === null) expect(rollup[field], field).toBeNull();
      else expect(rollup[field], field).toBeCloseTo(sum, 6);
    }
    for (const [field, share] of Object.entries(shares(sums))) {
      if (share === null) expect(rollup[field], field).toBeNull();
      else expect(rollup[field], field).toBeCloseTo(share, 6);
    }
  }

  it("sums a prefecture's counties, and takes shares as ratios of the sums", async () => {
    const codes = ofPrefecture(prefecture);
    expect(codes.length).toBeGreaterThan(1);
    const { body } = await subgraph.query(
      `query ($reps: [_Any!]!, $prefecture: [_Any!]!) {
        counties: _entities(representations: $reps) { ... on County { education(year: 2019) { ${FIELDS} } } }
        prefecture: _entities(representations: $prefecture) {
          ... on Prefecture { education(year: 2019) { year sample countiesReporting ${FIELDS} ${RULES} } }
        }
      }`,
      { reps: asCounties(codes), prefecture: [{ __typename: 'Prefecture', code: prefecture }] },
    );
    expect(body.errors).toBeUndefined();
    const sums = sumOf(body.data!.counties.map((entity: any) => entity.education));
    const rollup = body.data!.prefecture[0].education;
    expect(rollup).toMatchObject({ year: 2019, sample: true, countiesReporting: codes.length });
    expectRollup(rollup, sums);
    const dropouts = sums.poorFamilyCompulsoryDropouts!;
    expect(ruleResult(rollup, dropoutRule.id)).toMatchObject({
      status: dropouts > 0 ? 'NOT_MET' : 'MET',
      actual: dropouts,
      required: 0,
      gap: dropouts,
      reason: null,
    });
  });

  it('sums the province over all 60 counties', async () => {
    const { body } = await subgraph.query(ROLLUP_VIEW, {
      reps: [{ __typename: 'Province', code: '420000' }],
      year: 2019,
    });
    expect(body.errors).toBeUndefined();
    const province = body.data!._entities[0].education;
    const sums: Record<string, number | null> = Object.fromEntries(
      published.map((indicator) => [
        indicatorField(indicator),
        counties.reduce((sum, county) => sum + (generate(county, 2019)[indicator.id] ?? 0), 0),
      ]),
    );
    expect(province).toMatchObject({ year: 2019, sample: true, countiesReporting: counties.length });
    expectRollup(province, sums);
    expect(province.rules.map((r: any) => r.rule.id)).toEqual(
      expect.arrayContaining(['education.schoolConstructionFundsNotDecreasing', dropoutRule.id]),
    );
    const dropouts = sums.poorFamilyCompulsoryDropouts!;
    expect(ruleResult(province, dropoutRule.id)).toMatchObject({
      status: dropouts > 0 ? 'NOT_MET' : 'MET',
      actual: dropouts,
      gap: dropouts,
    });
  });
});

describe('loading', () => {
  it('costs as many SQL statements for 60 counties as for 5', async () => {
    const all = counties.map((c) => c.code);
    const five = await subgraph.query(COUNTY_VIEW, { reps: asCounties(all.slice(0, 5)), year: 2019 });
    const sixty = await subgraph.query(COUNTY_VIEW, { reps: asCounties(all), year: 2019 });
    expect(five.body.errors).toBeUndefined();
    expect(sixty.body.errors).toBeUndefined();
    expect(sixty.body.data!._entities).toHaveLength(60);
    const statements = (response: { headers: Headers }) => Number(response.headers.get('x-sql-statements'));
    expect(statements(sixty)).toBe(statements(five));
    expect(statements(five)).toBe(1);
  });

  it('refuses a year outside the plan', async () => {
    const { body } = await subgraph.query(COUNTY_VIEW, { reps: asCounties([counties[0]!.code]), year: 2021 });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'YEAR_OUT_OF_PLAN' });
  });
});
