import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMigrations } from '../db/migrate.js';
import { sampleBaseYear } from '../indicators/sample.js';
import { startTestSubgraph, type TestSubgraph } from '../testing/index.js';
import { aid, aidCounties, aidModel, aidSample } from './fixtures/aid-department.js';
import { devToken } from './fixtures/tokens.js';

// The scope of an indicator, the base year and the sample switch, on a department whose
// 只增不减 rule is judged from 2018 (aid-department.ts).

const PUBLISH = `mutation ($input: PublishObservationsInput!) {
  publishAidObservations(input: $input) { rowsWritten observations { indicator { id } county { code } year value revision publishedBy publishedAt sample } }
}`;
const COUNTY = `query ($code: ID!, $year: Int!) {
  _entities(representations: [{ __typename: "County", code: $code }]) {
    ... on County { aid(year: $year) {
      funds households sample
      rules { rule { id } status actual required }
      observations { indicator { id } value revision publishedBy publishedAt sample }
    } }
  }
}`;
const ROLLUPS = `query ($year: Int!, $prefecture: ID!) {
  _entities(representations: [{ __typename: "Prefecture", code: $prefecture }, { __typename: "Province", code: "420000" }]) {
    ... on Prefecture { aid(year: $year) { funds households countiesReporting sample rules { status actual required } } }
    ... on Province { aid(year: $year) { funds households countiesReporting sample rules { status actual required } } }
  }
}`;

const officer = () => devToken({ subject: 'aid-officer', department: 'aid', role: 'publisher' });

function client(subgraph: () => TestSubgraph) {
  return {
    publish: async (rows: unknown[]) =>
      (await subgraph().query(PUBLISH, { input: { rows } }, { authorization: `Bearer ${await officer()}` })).body,
    county: async (code: string, year: number) => {
      const { body } = await subgraph().query(COUNTY, { code, year });
      expect(body.errors).toBeUndefined();
      return body.data!._entities[0].aid;
    },
    /** A prefecture's roll-up (黄冈 by default) and the province's. */
    rollups: async (year: number, prefectureCode = '421100') => {
      const { body } = await subgraph().query(ROLLUPS, { year, prefecture: prefectureCode });
      expect(body.errors).toBeUndefined();
      const [prefecture, province] = body.data!._entities.map((e: any) => e.aid);
      return { prefecture, province };
    },
    count: async () =>
      Number(
        (await subgraph().database.rows<{ n: number }>(sql`select count(*)::int as n from aid.observation`))[0]!.n,
      ),
  };
}

const county = (code: string) => aidCounties.find((c) => c.code === code)!;
const sample2017 = (code: string) => sampleBaseYear(aidModel, county(code), aidSample)['aid.funds']!;

describe('with sample data (the default outside production)', () => {
  let subgraph: TestSubgraph;
  const api = client(() => subgraph);
  beforeAll(async () => {
    subgraph = await startTestSubgraph(aid);
  });
  afterAll(async () => {
    await subgraph?.stop();
  });

  describe('the base year', () => {
    it('has sample 2017 funds, derived from 2018, and the 2018 rule reads them', async () => {
      const view = await api.county('421182', 2018);
      const previous = sample2017('421182');
      expect(previous).toBeGreaterThan(0);
      expect(view.rules).toEqual([
        {
          rule: { id: 'aid.fundsNotDecreasing' },
          status: 182 >= previous ? 'MET' : 'NOT_MET',
          actual: 182,
          required: previous,
        },
      ]);
      expect(view.sample).toBe(true);
      // Only the figure a year-on-year rule reads has a base year.
      const stored = await subgraph.database.rows<{ indicator_id: string }>(
        sql`select distinct indicator_id from aid.observation where year = 2017`,
      );
      expect(stored.map((r) => r.indicator_id)).toEqual(['aid.funds']);
    });

    it('takes a published 2017 figure for a year-on-year indicator, and judges 2018 against it', async () => {
      const before = await api.count();
      const body = await api.publish([{ indicator: 'aid.funds', county: '421102', year: 2017, value: 150 }]);
      expect(body.errors).toBeUndefined();
      expect(body.data!.publishAidObservations.observations[0]).toMatchObject({ year: 2017, value: 150, revision: 2 });
      expect(await api.count()).toBe(before + 1);
      // 2018's sample is 102: less than 150
      const view = await api.county('421102', 2018);
      expect(view.rules[0]).toMatchObject({ status: 'NOT_MET', actual: 102, required: 150 });
      // over the prefecture, 只增不减 compares the counties that reported both years: 182 + 102
      // against the sample 2017 of 421182 and the published 150
      const { prefecture } = await api.rollups(2018);
      expect(prefecture.rules[0]).toMatchObject({ actual: 284, required: sample2017('421182') + 150 });
    });

    it('refuses 2017 for an indicator no year-on-year rule reads, naming the years it takes, and writes nothing', async () => {
      const before = await api.count();
      const body = await api.publish([
        { indicator: 'aid.funds', county: '420281', year: 2017, value: 1 },
        { indicator: 'aid.households', county: '420281', year: 2017, value: 3 },
        { indicator: 'aid.funds', county: '420281', year: 2016, value: 1 },
      ]);
      expect(body.errors?.[0]?.extensions?.code).toBe('BATCH_REJECTED');
      const rowErrors = body.errors![0]!.extensions!.rowErrors as {
        index: number;
        field: string;
        code: string;
        message: string;
      }[];
      expect(rowErrors.map((e) => [e.index, e.field, e.code])).toEqual([
        [1, 'year', 'YEAR_OUT_OF_PLAN'],
        [2, 'year', 'YEAR_OUT_OF_PLAN'],
      ]);
      expect(rowErrors[0]!.message).toBe(
        'row 2: year 2017 is outside the plan: aid.households takes 2018, 2019, 2020; 2017 is the base year, taken only for the figures a year-on-year rule compares (aid.funds)',
      );
      expect(rowErrors[1]!.message).toMatch(/aid\.funds takes 2017, 2018, 2019, 2020/);
      expect(await api.count()).toBe(before);
    });

    it('shows no view of 2017: views are for the plan years only', async () => {
      const { body } = await subgraph.query(COUNTY, { code: '421182', year: 2017 });
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'YEAR_OUT_OF_PLAN', allowed: [2018, 2019, 2020] });
    });
  });

  describe('the scope', () => {
    it("refuses a poverty county's row with COUNTY_OUT_OF_SCOPE, naming the county and why, and writes nothing of the batch", async () => {
      const before = await api.count();
      const body = await api.publish([
        { indicator: 'aid.households', county: '421182', year: 2019, value: 12 }, // fine
        { indicator: 'aid.households', county: '421126', year: 2019, value: 12 },
      ]);
      expect(body.errors?.[0]?.extensions?.code).toBe('BATCH_REJECTED');
      expect(body.errors![0]!.extensions!.rowErrors).toEqual([
        {
          index: 1,
          field: 'county',
          code: 'COUNTY_OUT_OF_SCOPE',
          message:
            'row 2: 421126 蕲春县 is a national poverty county (国家级贫困县): aid.households is reported for 有扶贫任务的非贫困县 / the non-poverty counties with poverty-alleviation tasks only',
        },
      ]);
      expect(await api.count()).toBe(before);
    });

    it("leaves a poverty county's figures stored before scopes were checked out of every roll-up and view", async () => {
      const { prefecture: before, province: provinceBefore } = await api.rollups(2019);
      // Old data: written straight into the store, as a publish before this check could have.
      await subgraph.database.db.execute(sql`
        insert into aid.observation (indicator_id, county_code, year, revision, value, published_by, is_sample)
        values ('aid.funds', '421126', 2019, 1, 99999, 'old-publisher', false),
               ('aid.households', '421126', 2019, 1, 5000, 'old-publisher', false),
               ('aid.funds', '421126', 2018, 1, 88888, 'old-publisher', true)`);
      const { prefecture, province } = await api.rollups(2019);
      expect(prefecture).toEqual(before);
      expect(province).toEqual(provinceBefore);
      expect(prefecture).toMatchObject({ funds: 282 + 202, countiesReporting: 2 });
      const view = await api.county('421126', 2019);
      expect(view).toMatchObject({ funds: null, households: null, sample: false, observations: [] });
    });
  });

  describe('the sample flag', () => {
    it('says sample until every figure that went into a view is published, and each figure says who published it when', async () => {
      const code = '420281';
      expect((await api.county(code, 2019)).sample).toBe(true);
      const body = await api.publish([
        { indicator: 'aid.funds', county: code, year: 2019, value: 300 },
        { indicator: 'aid.households', county: code, year: 2019, value: 12 },
      ]);
      expect(body.errors).toBeUndefined();

      // Every figure of 2019 is now published, but its 只增不减 rule compares with 2018's
      // sample funds: a sample figure still goes into the view (a mix says sample).
      const mixed = await api.county(code, 2019);
      expect(mixed.observations).toEqual([
        expect.objectContaining({ value: 300, revision: 2, publishedBy: 'aid-officer', sample: false }),
        expect.objectContaining({ value: 12, revision: 2, publishedBy: 'aid-officer', sample: false }),
      ]);
      expect(new Date(mixed.observations[0].publishedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
      expect(mixed.rules[0]).toMatchObject({ required: 181 });
      expect(mixed.sample).toBe(true);

      expect(
        (await api.publish([{ indicator: 'aid.funds', county: code, year: 2018, value: 250 }])).errors,
      ).toBeUndefined();
      const published = await api.county(code, 2019);
      expect(published).toMatchObject({ funds: 300, sample: false });
      expect(published.rules[0]).toMatchObject({ status: 'MET', actual: 300, required: 250 });
    });

    it('says sample on a roll-up exactly when a figure in it, or a year-before figure its rules compare, is sample', async () => {
      // 黄石 has one county, 420281, whose 2019 figures and 2018 funds are published now
      expect((await api.rollups(2019, '420200')).prefecture).toMatchObject({ funds: 300, sample: false });
      // its 2018 households are still sample, and 2018's rule compares with the sample 2017 funds
      expect((await api.rollups(2018, '420200')).prefecture).toMatchObject({ funds: 250, sample: true });
      expect((await api.rollups(2020, '420200')).prefecture.sample).toBe(true);
    });
  });
});

describe('with SAMPLE_DATA=false', () => {
  let subgraph: TestSubgraph;
  const api = client(() => subgraph);
  beforeAll(async () => {
    subgraph = await startTestSubgraph(aid, { sampleData: false });
  });
  afterAll(async () => {
    await subgraph?.stop();
  });

  it('starts with an empty store: every view has no data and is not sample', async () => {
    expect(await api.count()).toBe(0);
    for (const year of [2018, 2019, 2020]) {
      const view = await api.county('421182', year);
      expect(view).toMatchObject({ funds: null, households: null, sample: false, observations: [] });
      expect(view.rules.map((r: any) => r.status)).toEqual(['NO_DATA']);
      const { prefecture, province } = await api.rollups(year);
      for (const rollup of [prefecture, province]) {
        expect(rollup).toMatchObject({ funds: null, countiesReporting: 0, sample: false });
      }
    }
  });

  it('keeps its choice when the variable changes later: the switch is read once, as the database is created', async () => {
    const saved = process.env.SAMPLE_DATA;
    process.env.SAMPLE_DATA = 'true';
    try {
      expect(await runMigrations(subgraph.database, 'aid', aid.migrations)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.SAMPLE_DATA;
      else process.env.SAMPLE_DATA = saved;
    }
    expect(await api.count()).toBe(0);
  });

  it('shows what is published, base year included, and nothing sample', async () => {
    const body = await api.publish([
      { indicator: 'aid.funds', county: '421182', year: 2017, value: 90 },
      { indicator: 'aid.funds', county: '421182', year: 2018, value: 100 },
      { indicator: 'aid.households', county: '421182', year: 2018, value: 7 },
    ]);
    expect(body.errors).toBeUndefined();
    const view = await api.county('421182', 2018);
    expect(view).toMatchObject({ funds: 100, households: 7, sample: false });
    expect(view.rules[0]).toMatchObject({ status: 'MET', actual: 100, required: 90 });
    expect((await api.rollups(2018)).prefecture).toMatchObject({ funds: 100, countiesReporting: 1, sample: false });
  });
});
