import { startTestSubgraph, type TestSubgraph } from '@fupin/kit/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogSubgraph } from '../subgraph.js';

// What the catalog gives the assessment subgraph: which counties are assessed, the pool each is
// ranked in, the entry point of the province's assessment, and the headline progress.

let catalog: TestSubgraph;
beforeAll(async () => {
  catalog = await startTestSubgraph(catalogSubgraph);
});
afterAll(async () => {
  await catalog?.stop();
});

const ENTITIES = `query ($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on County { code peers { code } assessmentInputs { finance { code } financeInsurance { code } } }
  ... on Prefecture { code assessedCounties { code name } province { code assessedCounties { code } } }
  ... on ProvinceAssessment { year assessedCounties { code } }
} }`;

describe("the catalog's inputs of the assessment", () => {
  it('ranks a non-poverty county with tasks among all 60 of them, and no other county', async () => {
    const { body, headers } = await catalog.query(ENTITIES, {
      reps: [
        { __typename: 'County', code: '421125' }, // 浠水县
        { __typename: 'County', code: '421182' }, // 武穴市
        { __typename: 'County', code: '421181' }, // 麻城市, a poverty county
        { __typename: 'County', code: '420102' }, // 江岸区, no tasks
      ],
    });
    expect(body.errors).toBeUndefined();
    const [xishui, wuxue, macheng, jiangan] = body.data!._entities;

    expect(xishui.peers).toHaveLength(60);
    expect(xishui.peers.map((p: { code: string }) => p.code)).toContain('421125');
    expect(wuxue.peers).toEqual(xishui.peers);
    expect(macheng.peers).toEqual([]);
    expect(jiangan.peers).toEqual([]);
    // One statement for the counties, one for the pool, however many counties ask.
    expect(Number(headers.get('x-sql-statements'))).toBe(2);
  });

  it("offers the county once per department subgraph, for the assessment's @requires", async () => {
    const { body } = await catalog.query(ENTITIES, { reps: [{ __typename: 'County', code: '421125' }] });
    expect(body.data!._entities[0].assessmentInputs).toEqual({
      finance: { code: '421125' },
      financeInsurance: { code: '421125' },
    });
  });

  it("lists a prefecture's assessed counties and the province's, without arguments", async () => {
    const { body } = await catalog.query(ENTITIES, { reps: [{ __typename: 'Prefecture', code: '421100' }] });
    expect(body.errors).toBeUndefined();
    const [huanggang] = body.data!._entities;

    expect(huanggang.assessedCounties.map((c: { name: string }) => c.name)).toEqual([
      '黄州区',
      '浠水县',
      '黄梅县',
      '武穴市',
    ]);
    expect(huanggang.province.code).toBe('420000');
    expect(huanggang.province.assessedCounties).toHaveLength(60);
  });

  it("enters the province's assessment of a year, with the progress against the document's targets", async () => {
    const { body } = await catalog.query(`{
      provinceAssessment(year: 2020) {
        year province { name } assessedCounties { code }
        progress {
          year villagesExited villagesTarget villagesExitedShareOfTarget
          peopleLiftedOut peopleTarget peopleLiftedOutShareOfTarget countiesReporting sample
        }
      }
      province { progress(year: 2020) { villagesExited peopleLiftedOut stockPoorVillages stockPoorPopulation } }
    }`);
    expect(body.errors).toBeUndefined();
    const { provinceAssessment: assessment, province } = body.data!;

    expect(assessment).toMatchObject({ year: 2020, province: { name: '湖北省' } });
    expect(assessment.assessedCounties).toHaveLength(60);
    expect(assessment.progress.map((p: { year: number }) => p.year)).toEqual([2018, 2019, 2020]);
    const last = assessment.progress[2];
    expect(last).toMatchObject({
      villagesExited: province.progress.villagesExited,
      villagesTarget: 788,
      peopleLiftedOut: province.progress.peopleLiftedOut,
      peopleTarget: 659_300,
      countiesReporting: 60,
      sample: true,
    });
    // The sample's baseline sums to the document's targets, so the shares are of the same whole.
    expect(province.progress).toMatchObject({ stockPoorVillages: 788, stockPoorPopulation: 659_300 });
    expect(last.villagesExitedShareOfTarget).toBeCloseTo((last.villagesExited / 788) * 100, 2);
    expect(last.peopleLiftedOutShareOfTarget).toBeCloseTo((last.peopleLiftedOut / 659_300) * 100, 2);
    const exited = assessment.progress.map((p: { villagesExited: number }) => p.villagesExited);
    expect(exited).toEqual([...exited].sort((a, b) => a - b));
  });

  it('counts the progress of the non-poverty counties only, whatever a poverty county has stored', async () => {
    const PROGRESS = `{ province { progress(year: 2020) { stockPoorVillages villagesExited stockPoorPopulation peopleLiftedOut countiesReporting } } }`;
    const before = (await catalog.query(PROGRESS)).body.data!.province.progress;
    expect(before).toMatchObject({ stockPoorVillages: 788, stockPoorPopulation: 659_300, countiesReporting: 60 });
    // 麻城市's figures, as a publish before scopes were checked could have stored them
    await catalog.database.db.execute(sql`
      insert into catalog.observation (indicator_id, county_code, year, revision, value, published_by, is_sample)
      values ('catalog.stockPoorVillages', '421181', 2020, 1, 120, 'poverty-office', false),
             ('catalog.villagesExited', '421181', 2020, 1, 120, 'poverty-office', false),
             ('catalog.stockPoorPopulation', '421181', 2020, 1, 90000, 'poverty-office', false),
             ('catalog.peopleLiftedOut', '421181', 2020, 1, 90000, 'poverty-office', false)`);
    expect((await catalog.query(PROGRESS)).body.data!.province.progress).toEqual(before);
  });

  it('resolves the assessment of a plan year as an entity, and refuses another year', async () => {
    const { body } = await catalog.query(ENTITIES, {
      reps: [
        { __typename: 'ProvinceAssessment', year: 2019 },
        { __typename: 'ProvinceAssessment', year: 2017 },
      ],
    });
    expect(body.data!._entities[0]).toMatchObject({ year: 2019 });
    expect(body.data!._entities[0].assessedCounties).toHaveLength(60);
    expect(body.data!._entities[1]).toBeNull();

    const outside = await catalog.query(`{ provinceAssessment(year: 2017) { year } }`);
    expect(outside.body.errors?.[0]?.extensions?.code).toBe('YEAR_OUT_OF_PLAN');
  });
});
