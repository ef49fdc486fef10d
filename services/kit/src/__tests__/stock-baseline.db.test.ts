import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedBaselineMigration } from '../indicators/store.js';
import { startTestSubgraph, type TestSubgraph } from '../testing/index.js';
import { stock } from './fixtures/stock-department.js';
import { devToken } from './fixtures/tokens.js';

// One stock: a fixed baseline is published once, for 2017, and every plan year's view, roll-up
// and rule reads it; a rule result says whether a sample figure went into it; a department's own
// count of the stock is set beside the catalog's (`baselineChecks`, from the representation that
// the gateway fills through `@requires`).

const PUBLISH = `mutation ($input: PublishObservationsInput!) {
  publishStockObservations(input: $input) { rowsWritten }
}`;
const COUNTY = `query ($reps: [_Any!]!, $year: Int!) {
  _entities(representations: $reps) {
    ... on County { stock(year: $year) {
      poorVillages villagesReached villagesReachedShare sample
      rules { rule { id } status actual required sample }
      history(indicator: "stock.poorVillages") { year value revision publishedBy }
      baselineChecks { indicator { id } baseline value stock difference tolerance withinTolerance }
    } }
  }
}`;
const PROVINCE = `query ($year: Int!) {
  _entities(representations: [{ __typename: "Province", code: "420000" }]) {
    ... on Province { stock(year: $year) { poorVillages villagesReached villagesReachedShare sample rules { status sample } } }
  }
}`;

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(stock);
});
afterAll(async () => {
  await subgraph?.stop();
});

const officer = () => devToken({ subject: 'stock-officer', department: 'stock', role: 'publisher' });
async function publish(rows: unknown[]) {
  return (await subgraph.query(PUBLISH, { input: { rows } }, { authorization: `Bearer ${await officer()}` })).body;
}
async function county(code: string, year: number, extra: Record<string, unknown> = {}) {
  const { body } = await subgraph.query(COUNTY, { reps: [{ __typename: 'County', code, ...extra }], year });
  expect(body.errors).toBeUndefined();
  return body.data!._entities[0].stock;
}

describe('a fixed baseline', () => {
  it('is stored for 2017 only, and read as the same figure in every plan year', async () => {
    const years = await subgraph.database.rows<{ year: number }>(
      sql`select distinct year from stock.observation where indicator_id = 'stock.poorVillages'`,
    );
    expect(years.map((r) => r.year)).toEqual([2017]);
    for (const year of [2018, 2019, 2020]) expect((await county('421102', year)).poorVillages).toBe(5);
    const view = await county('421102', 2019);
    expect(view.villagesReachedShare).toBe(80);
    expect(view.rules).toEqual([
      { rule: { id: 'stock.everyVillageReached' }, status: 'NOT_MET', actual: 80, required: 100, sample: true },
    ]);
  });

  it('rolls up over the counties that reported both parts, the denominator read at 2017', async () => {
    const { body } = await subgraph.query(PROVINCE, { year: 2019 });
    expect(body.errors).toBeUndefined();
    const province = body.data!._entities[0].stock;
    // 420281 reports no villages reached: its 8 villages count in the stock, not in the share.
    expect(province).toMatchObject({ poorVillages: 23, villagesReached: 14, sample: true });
    expect(province.villagesReachedShare).toBeCloseTo((14 / 15) * 100, 6);
  });

  it('is refused for a plan year, saying it is published once for 2017', async () => {
    const body = await publish([{ indicator: 'stock.poorVillages', county: '421102', year: 2019, value: 6 }]);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BATCH_REJECTED' });
    expect(JSON.stringify(body.errors)).toMatch(/YEAR_OUT_OF_PLAN/);
    expect(JSON.stringify(body.errors)).toMatch(/baseline fixed at the end of 2017/);
  });

  it('takes a correction for 2017 as a new revision, which every plan year then reads', async () => {
    const body = await publish([{ indicator: 'stock.poorVillages', county: '421102', year: 2017, value: 4 }]);
    expect(body.errors).toBeUndefined();
    for (const year of [2019, 2020]) {
      const view = await county('421102', year);
      expect(view.poorVillages).toBe(4);
      expect(view.history.map((h: { revision: number; year: number }) => [h.year, h.revision])).toEqual([
        [2017, 1],
        [2017, 2],
      ]);
    }
    // 4 of 4 villages reached now: the rule is met, and the stock it reads is published; the
    // villages reached are still the sample's, so the result still says sample.
    expect((await county('421102', 2019)).rules[0]).toMatchObject({ status: 'MET', sample: true });
  });
});

describe('a rule result', () => {
  it('says sample exactly when a figure it read was sample', async () => {
    expect((await county('421182', 2019)).rules[0]).toMatchObject({ status: 'MET', sample: true });
    const body = await publish([
      { indicator: 'stock.poorVillages', county: '421182', year: 2017, value: 10 },
      { indicator: 'stock.villagesReached', county: '421182', year: 2019, value: 10 },
    ]);
    expect(body.errors).toBeUndefined();
    const view = await county('421182', 2019);
    expect(view.rules[0]).toMatchObject({ status: 'MET', sample: false });
    // The view still shows a sample figure (its own count of the stock).
    expect(view.sample).toBe(true);
  });
});

describe("a department's count of the stock", () => {
  it('is set beside the stock the representation carries, within a 2 % tolerance or not', async () => {
    const check = async (stockPoorVillages: number | null | undefined) =>
      (await county('421182', 2019, stockPoorVillages === undefined ? {} : { stockPoorVillages })).baselineChecks;
    expect(await check(10)).toEqual([
      {
        indicator: { id: 'stock.ownCount' },
        baseline: 'STOCK_POOR_VILLAGES',
        value: 10,
        stock: 10,
        difference: 0,
        tolerance: 2,
        withinTolerance: true,
      },
    ]);
    expect((await check(12))[0]).toMatchObject({ stock: 12, difference: -2, withinTolerance: false });
    expect((await check(null))[0]).toMatchObject({ stock: null, difference: null, withinTolerance: null });
    expect((await check(undefined))[0]).toMatchObject({ stock: null, withinTolerance: null });
  });
});

describe('a database made before baselines were fixed', () => {
  it('gets each fixed figure of its earliest plan year as the 2017 revision 1', async () => {
    await subgraph.database.rows(
      sql`delete from stock.observation where indicator_id = 'stock.poorVillages' and county_code = '420281'`,
    );
    await subgraph.database.rows(sql`
      insert into stock.observation (indicator_id, county_code, year, revision, value, note, published_by, published_at, is_sample)
      values ('stock.poorVillages', '420281', 2019, 1, 7, null, 'old-officer', now(), false),
             ('stock.poorVillages', '420281', 2018, 1, 9, null, 'old-officer', now(), false)`);
    for (const statement of fixedBaselineMigration('stock', ['stock.poorVillages']).statements ?? []) {
      await subgraph.database.rows(sql.raw(statement));
    }
    const rows = await subgraph.database.rows<{ year: number; value: number; published_by: string }>(
      sql`select year, value, published_by from stock.observation
          where indicator_id = 'stock.poorVillages' and county_code = '420281' order by year`,
    );
    expect(rows).toEqual([
      { year: 2017, value: 9, published_by: 'old-officer' },
      { year: 2018, value: 9, published_by: 'old-officer' },
      { year: 2019, value: 7, published_by: 'old-officer' },
    ]);
    expect((await county('420281', 2020)).poorVillages).toBe(9);
  });
});
