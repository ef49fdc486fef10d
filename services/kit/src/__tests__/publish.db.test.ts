import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { devToken } from './fixtures/tokens.js';
import { roads } from './fixtures/roads-department.js';
import { startTestSubgraph, type TestSubgraph } from '../testing/index.js';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(roads);
});
afterAll(async () => {
  await subgraph?.stop();
});

const PUBLISH = `mutation ($input: PublishObservationsInput!) {
  publishRoadsObservations(input: $input) { batchId rowsWritten replayed observations { indicator { id } county { code } year value revision publishedBy sample } }
}`;
const VIEW = `query ($code: String!, $year: Int!) {
  _entities(representations: [{ __typename: "County", code: $code }]) {
    ... on County { roads(year: $year) { upgradeKm kmPerTownship rules { rule { id } status actual } history(indicator: "roads.upgradeKm") { revision value publishedBy } } }
  }
}`;

const publisher = () => devToken({ subject: 'roads-officer', department: 'roads', role: 'publisher' });
const auth = async (token: string | Promise<string>) => ({ authorization: `Bearer ${await token}` });
const publish = async (rows: unknown[], options: { key?: string; token?: string | Promise<string> } = {}) =>
  subgraph.query(PUBLISH, { input: { rows, idempotencyKey: options.key } }, await auth(options.token ?? publisher()));
const view = async (code: string, year: number) =>
  (await subgraph.query(VIEW, { code: code, year })).body.data!._entities[0].roads;
const observationCount = async () => Number((await subgraph.database.rows<{ n: number }>(countSql()))[0]!.n);
const auditOutcomes = async () => (await subgraph.database.rows<{ outcome: string }>(auditSql())).map((r) => r.outcome);

import { sql } from 'drizzle-orm';
const countSql = () => sql`select count(*)::int as n from roads.observation`;
const auditSql = () => sql`select outcome from roads.audit_log order by id`;

let before: number;
beforeEach(async () => {
  before = await observationCount();
});

describe('publishing a batch', () => {
  it('writes a valid batch in one go, as the next revision, and the next query shows it', async () => {
    const { body } = await publish(
      [
        { indicator: 'roads.upgradeKm', county: '421182', year: 2019, value: 90, note: '更正' },
        { indicator: 'roads.townships', county: '421182', year: 2019, value: 8 },
      ],
      { key: 'first-batch' },
    );
    expect(body.errors).toBeUndefined();
    const result = body.data!.publishRoadsObservations;
    expect(result).toMatchObject({ rowsWritten: 2, replayed: false });
    expect(result.observations[0]).toMatchObject({
      value: 90,
      revision: 2,
      publishedBy: 'roads-officer',
      sample: false,
    });
    expect(await observationCount()).toBe(before + 2);

    // 90 km over 8 townships: 11.25 ≥ 10, the rule that was NOT_MET (40 / 8) is now met
    const after = await view('421182', 2019);
    expect(after.kmPerTownship).toBe(11.25);
    expect(after.rules[0]).toMatchObject({ rule: { id: 'roads.kmPerTownship' }, status: 'MET', actual: 11.25 });
    expect(after.history).toEqual([
      { revision: 1, value: 40, publishedBy: 'sample-data' },
      { revision: 2, value: 90, publishedBy: 'roads-officer' },
    ]);
  });

  it('answers a retried batch with the first answer and writes nothing new', async () => {
    const rows = [{ indicator: 'roads.upgradeKm', county: '421181', year: 2020, value: 130 }];
    const first = await publish(rows, { key: 'retry-me' });
    const again = await publish(rows, { key: 'retry-me' });
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data!.publishRoadsObservations).toMatchObject({
      batchId: first.body.data!.publishRoadsObservations.batchId,
      rowsWritten: 1,
      replayed: true,
    });
    expect(await observationCount()).toBe(before + 1);
  });

  it('refuses a different batch under a used idempotency key', async () => {
    await publish([{ indicator: 'roads.funds', county: '421181', year: 2020, value: 1 }], { key: 'used-key' });
    const { body } = await publish([{ indicator: 'roads.funds', county: '421181', year: 2020, value: 2 }], {
      key: 'used-key',
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await observationCount()).toBe(before + 1);
  });

  it('lists every bad row with its index, field and code, and writes nothing', async () => {
    const { body } = await publish([
      { indicator: 'roads.upgradeKm', county: '421181', year: 2019, value: 10 }, // fine
      { indicator: 'roads.nope', county: '421181', year: 2019, value: 1 },
      { indicator: 'roads.kmPerTownship', county: '421181', year: 2019, value: 1 },
      { indicator: 'roads.upgradeKm', county: '999999', year: 2019, value: 1 },
      { indicator: 'roads.upgradeKm', county: '420102', year: 2019, value: 1 },
      { indicator: 'roads.upgradeKm', county: '421182', year: 2017, value: 1 },
      { indicator: 'roads.upgradeKm', county: '420281', year: 2019, value: -5 },
      { indicator: 'roads.pavedShare', county: '420281', year: 2019, value: 101 },
      { indicator: 'roads.townships', county: '420281', year: 2019, value: 2.5 },
      { indicator: 'roads.upgradeKm', county: '421181', year: 2019, value: 11 },
    ]);
    expect(body.errors?.[0]?.extensions?.code).toBe('BATCH_REJECTED');
    const rowErrors = body.errors![0]!.extensions!.rowErrors as { index: number; field: string; code: string }[];
    expect(rowErrors.map((e) => [e.index, e.field, e.code])).toEqual([
      [1, 'indicator', 'UNKNOWN_INDICATOR'],
      [2, 'indicator', 'DERIVED_INDICATOR'],
      [3, 'county', 'UNKNOWN_COUNTY'],
      [4, 'county', 'COUNTY_WITHOUT_TASKS'],
      [5, 'year', 'YEAR_OUT_OF_PLAN'],
      [6, 'value', 'VALUE_OUT_OF_RANGE'],
      [7, 'value', 'VALUE_OUT_OF_RANGE'],
      [8, 'value', 'NOT_AN_INTEGER'],
      [9, 'row', 'DUPLICATE_ROW'],
    ]);
    expect(await observationCount()).toBe(before);
  });

  it('refuses a value of the wrong type, naming the row and field', async () => {
    const { body } = await publish([{ indicator: 'roads.upgradeKm', county: '421181', year: 2019, value: 'abc' }]);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/rows\[0\]\.value/);
    expect(await observationCount()).toBe(before);
  });

  it('takes an old county code as the county it became', async () => {
    const { body } = await publish([{ indicator: 'roads.funds', county: '421023', year: 2019, value: 12 }]);
    expect(body.data!.publishRoadsObservations.observations[0].county).toEqual({ code: '421088' });
  });

  it('writes nothing of 10,000 rows when one of them is bad', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ({
      indicator: 'roads.funds',
      county: ['421181', '421182', '420281', '421102'][i % 4],
      year: 2018 + (Math.floor(i / 4) % 3),
      value: i,
    }));
    rows[7_777] = { ...rows[7_777]!, value: -1 };
    const { body } = await publish(rows);
    expect(body.errors?.[0]?.extensions?.code).toBe('BATCH_REJECTED');
    const rowErrors = body.errors![0]!.extensions!.rowErrors as { index: number; code: string }[];
    expect(rowErrors.find((e) => e.code === 'VALUE_OUT_OF_RANGE')?.index).toBe(7_777);
    expect(await observationCount()).toBe(before);
  });

  it('refuses more than 10,000 rows', async () => {
    const rows = Array.from({ length: 10_001 }, () => ({
      indicator: 'roads.funds',
      county: '421181',
      year: 2019,
      value: 1,
    }));
    const { body } = await publish(rows);
    expect(body.errors?.[0]?.extensions?.code).toBe('BATCH_TOO_LARGE');
  });
});

describe('corrections', () => {
  it('fails with a conflict when the revision it corrects is no longer current', async () => {
    const current = (await view('420281', 2019)).history as unknown[];
    expect(current).toEqual([]);
    await publish([{ indicator: 'roads.upgradeKm', county: '420281', year: 2019, value: 50 }]);
    const stale = await publish([
      { indicator: 'roads.upgradeKm', county: '420281', year: 2019, value: 55, replacesRevision: 2 },
    ]);
    expect(stale.body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      rowErrors: [{ index: 0, field: 'replacesRevision', code: 'REVISION_CONFLICT' }],
    });
    const ok = await publish([
      { indicator: 'roads.upgradeKm', county: '420281', year: 2019, value: 55, replacesRevision: 1 },
    ]);
    expect(ok.body.data!.publishRoadsObservations.observations[0].revision).toBe(2);
  });

  it('lets exactly one of two concurrent corrections of the same value win', async () => {
    const correct = (value: number) =>
      publish([{ indicator: 'roads.townships', county: '421181', year: 2019, value, replacesRevision: 1 }]);
    const results = await Promise.all([correct(11), correct(12)]);
    const won = results.filter((r) => r.body.data?.publishRoadsObservations);
    const lost = results.filter((r) => r.body.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const history = await subgraph.database.rows<{ revision: number }>(
      sql`select revision from roads.observation where indicator_id = 'roads.townships' and county_code = '421181' and year = 2019 order by revision`,
    );
    expect(history.map((h) => h.revision)).toEqual([1, 2]);
  });
});

describe('who may publish', () => {
  it("refuses a request without a token, a reader, and another department's publisher, writing nothing", async () => {
    const rows = [{ indicator: 'roads.funds', county: '421181', year: 2019, value: 999 }];
    const anonymous = await subgraph.query(PUBLISH, { input: { rows } });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await publish(rows, {
      token: devToken({ subject: 'analyst', department: 'roads', role: 'reader' }),
    });
    expect(reader.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await publish(rows, {
      token: devToken({ subject: 'finance-officer', department: 'finance', role: 'publisher' }),
    });
    expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await observationCount()).toBe(before);
  });

  it('records every accepted and refused write in the audit log, readable by the department only', async () => {
    const outcomes = await auditOutcomes();
    expect(new Set(outcomes)).toEqual(new Set(['ACCEPTED', 'REPLAYED', 'REJECTED', 'CONFLICT', 'FORBIDDEN']));
    const AUDIT = `{ roadsAuditLog(limit: 500) { outcome subject department rows detail } }`;
    const own = await subgraph.query(
      AUDIT,
      {},
      await auth(devToken({ subject: 'roads-reader', department: 'roads', role: 'reader' })),
    );
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data!.roadsAuditLog.length).toBe(outcomes.filter(Boolean).length - 1); // all but the finance officer's
    expect(own.body.data!.roadsAuditLog.every((e: any) => e.department === 'roads')).toBe(true);
    const rejected = own.body.data!.roadsAuditLog.find((e: any) => e.outcome === 'REJECTED' && e.rows === 10);
    expect(JSON.parse(rejected.detail).rowErrors).toHaveLength(9);
    const other = await subgraph.query(
      AUDIT,
      {},
      await auth(devToken({ subject: 'x', department: 'finance', role: 'publisher' })),
    );
    expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
