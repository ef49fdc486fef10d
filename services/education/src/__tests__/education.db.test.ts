import { DEVELOPMENT_AUTH_SECRET, indicatorField, isPublished, mintToken, sampleBaseYear } from '@fupin/kit';
import { startTestSubgraph, type TestSubgraph } from '@fupin/kit/testing';
import { nonPovertyCountiesWithTasks as counties } from '@fupin/reference';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { educationModel } from '../model/index.js';
import { generate, noAwardApproved, noCompulsoryStudents } from '../sample.js';
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
const RULES_WITH_KIND = 'rules { rule { id kind basis years } status actual required gap reason }';

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
const fundsRule = educationModel.rules.find((r) => r.id === 'education.schoolConstructionSupportIncreased')!;
/** The dropout rate the rule judges: dropouts ÷ pupils in compulsory education × 100. */
const rateOf = (dropouts: number, pupils: number) => (dropouts / pupils) * 100;

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

  it('fails the dropout rule by the share of pupils who dropped out', async () => {
    const [view] = await countyViews([county.code], 2019);
    const dropouts = figures['education.poorFamilyCompulsoryDropouts']!;
    expect(dropouts).toBeGreaterThan(0);
    const rate = rateOf(dropouts, figures['education.poorFamilyCompulsoryStudents']!);
    const result = ruleResult(view, dropoutRule.id);
    expect(result).toMatchObject({
      rule: { id: dropoutRule.id, threshold: 0, comparedWithPreviousYear: false },
      status: 'NOT_MET',
      required: 0,
      reason: null,
    });
    expect(result.actual).toBeCloseTo(rate, 6);
    expect(result.gap).toBeCloseTo(rate, 6);
  });

  it('does not judge dropouts where no pupil from a registered poor family is in compulsory education', async () => {
    const small = counties.find(
      (c) => noCompulsoryStudents(c, 2020) && 'education.poorFamilyStudents' in generate(c, 2020),
    )!;
    const [view] = await countyViews([small.code], 2020);
    expect(view).toMatchObject({ poorFamilyCompulsoryStudents: 0, poorFamilyCompulsoryDropoutRate: null });
    expect(ruleResult(view, dropoutRule.id)).toMatchObject({
      status: 'NOT_APPLICABLE',
      actual: null,
      required: null,
      gap: null,
      reason: dropoutRule.reasons!.denominatorNotPositive,
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
      reason: nutritionRule.reasons!.notFlagged,
    });
    expect(without.nutritionAwardAllocatedShare).toBeNull();
  });

  it('counts a pilot county with no award approved as not met, by the whole award', async () => {
    const unawarded = counties.find(
      (c) => noAwardApproved(c, 2019) && generate(c, 2019)['education.nutritionPilotCounty'] === 1,
    )!;
    const [view] = await countyViews([unawarded.code], 2019);
    expect(view).toMatchObject({ nutritionPilotCounty: 1, nutritionAwardApproved: 0 });
    expect(ruleResult(view, nutritionRule.id)).toMatchObject({
      status: 'NOT_MET',
      required: 100,
      gap: 100,
      reason: nutritionRule.reasons!.denominatorNotPositive,
    });
  });

  it('judges construction funds in 2018 too, against the base year 2017: more, not merely as much', async () => {
    const { body } = await subgraph.query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on County { code education(year: 2018) { schoolConstructionFunds ${RULES_WITH_KIND} } } } }`,
      { reps: asCounties(counties.map((c) => c.code)) },
    );
    expect(body.errors).toBeUndefined();
    const seen = new Set<string>();
    body.data!._entities.forEach((entity: any, i: number) => {
      const view = entity.education;
      const base = sampleBaseYear(educationModel, counties[i]!, generate)['education.schoolConstructionFunds']!;
      const result = ruleResult(view, fundsRule.id);
      seen.add(result.status);
      expect(result).toMatchObject({
        rule: { kind: 'MORE_THAN_PREVIOUS_YEAR', basis: 'INTERPRETATION', years: [2018, 2019, 2020] },
        actual: view.schoolConstructionFunds,
        required: base,
        status: view.schoolConstructionFunds > base ? 'MET' : 'NOT_MET',
      });
    });
    expect([...seen].sort()).toEqual(['MET', 'NOT_MET']);
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
    const rate = rateOf(dropouts, sums.poorFamilyCompulsoryStudents!);
    const result = ruleResult(rollup, dropoutRule.id);
    expect(result).toMatchObject({ status: dropouts > 0 ? 'NOT_MET' : 'MET', required: 0, reason: null });
    expect(result.actual).toBeCloseTo(rate, 6);
    expect(result.gap).toBeCloseTo(rate, 6);
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
    expect(province.rules.map((r: any) => r.rule.id)).toEqual(expect.arrayContaining([fundsRule.id, dropoutRule.id]));
    const dropouts = sums.poorFamilyCompulsoryDropouts!;
    const result = ruleResult(province, dropoutRule.id);
    expect(result.status).toBe(dropouts > 0 ? 'NOT_MET' : 'MET');
    expect(result.actual).toBeCloseTo(rateOf(dropouts, sums.poorFamilyCompulsoryStudents!), 6);
  });
});

const PUBLISH = `mutation ($input: PublishObservationsInput!) {
  publishEducationObservations(input: $input) { rowsWritten }
}`;

describe("省教育厅's rules on what is published", () => {
  // A store without sample figures, so that a county's figures are exactly those published here.
  let store: TestSubgraph;
  beforeAll(async () => {
    store = await startTestSubgraph(educationSubgraph, { sampleData: false });
    const token = await mintToken(DEVELOPMENT_AUTH_SECRET, {
      subject: 'education-officer',
      department: 'education',
      role: 'publisher',
    });
    const row = (indicator: string, year: number, value: number) => ({ indicator, county: '421127', year, value });
    const rows = [
      // The same construction funds as the year before.
      row('education.schoolConstructionFunds', 2017, 1_250),
      row('education.schoolConstructionFunds', 2018, 1_250),
      // An award, but whether the county runs a pilot is not reported.
      row('education.nutritionAwardApproved', 2018, 320),
      row('education.nutritionAwardAllocated', 2018, 320),
    ];
    const { body } = await store.query(PUBLISH, { input: { rows } }, { authorization: `Bearer ${token}` });
    expect(body.errors).toBeUndefined();
    expect(body.data!.publishEducationObservations.rowsWritten).toBe(rows.length);
  });
  afterAll(async () => {
    await store?.stop();
  });

  async function rules2018(): Promise<any> {
    const { body } = await store.query(COUNTY_VIEW, { reps: asCounties(['421127']), year: 2018 });
    expect(body.errors).toBeUndefined();
    return body.data!._entities[0].education;
  }

  it('gives construction funds equal to the year before as not met, by a gap of 0 (加大 asks for more)', async () => {
    expect(ruleResult(await rules2018(), fundsRule.id)).toMatchObject({
      status: 'NOT_MET',
      actual: 1_250,
      required: 1_250,
      gap: 0,
      reason: null,
    });
  });

  it('has no data on the award where the pilot flag is not reported, rather than leaving the rule out', async () => {
    expect(ruleResult(await rules2018(), nutritionRule.id)).toMatchObject({
      status: 'NO_DATA',
      gap: null,
      reason: expect.stringContaining('开展营养餐试点的非贫困县(2018年)未报送'),
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
