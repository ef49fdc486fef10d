import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_IDEMPOTENCY_KEY_LENGTH, MAX_NOTE_LENGTH } from '../indicators/validate.js';
import { startTestSubgraph, type TestSubgraph } from '../testing/index.js';
import { roads } from './fixtures/roads-department.js';
import { devToken } from './fixtures/tokens.js';

// Publishing against callers who send too much or have no right to send at all: limits on a
// row's note and the idempotency key, refusals counted instead of listed in the audit log, and
// refused batches summarised there instead of copied.

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(roads);
});
afterAll(async () => {
  await subgraph?.stop();
});

const PUBLISH = `mutation ($input: PublishObservationsInput!) {
  publishRoadsObservations(input: $input) { batchId rowsWritten }
}`;
const bearer = async (token: Promise<string>) => ({ authorization: `Bearer ${await token}` });
const officer = () => bearer(devToken({ subject: 'roads-officer', department: 'roads', role: 'publisher' }));
const publish = async (rows: unknown[], idempotencyKey?: string, headers?: Record<string, string>) =>
  subgraph.query(PUBLISH, { input: { rows, idempotencyKey } }, headers ?? (await officer()));
const row = (extra: Record<string, unknown> = {}) => ({
  indicator: 'roads.funds',
  county: '421181',
  year: 2020,
  value: 7,
  ...extra,
});

const count = async (table: string) =>
  Number((await subgraph.database.rows<{ n: number }>(sql.raw(`select count(*)::int as n from roads.${table}`)))[0]!.n);
let observations: number;
beforeEach(async () => {
  observations = await count('observation');
});

describe('input limits', () => {
  it(`refuses a note over ${MAX_NOTE_LENGTH} characters as a row error naming the field, writing nothing`, async () => {
    const { body } = await publish([row({ note: '注'.repeat(MAX_NOTE_LENGTH + 1) }), row({ year: 2019 })]);
    expect(body.errors?.[0]?.extensions?.code).toBe('BATCH_REJECTED');
    expect(body.errors?.[0]?.extensions?.rowErrors).toEqual([
      {
        index: 0,
        field: 'note',
        code: 'NOTE_TOO_LONG',
        message: `row 1: the note has ${MAX_NOTE_LENGTH + 1} characters; at most ${MAX_NOTE_LENGTH} are accepted`,
      },
    ]);
    expect(await count('observation')).toBe(observations);

    const fits = await publish([row({ note: '注'.repeat(MAX_NOTE_LENGTH) })]);
    expect(fits.body.errors).toBeUndefined();
  });

  it(`refuses an idempotency key over ${MAX_IDEMPOTENCY_KEY_LENGTH} characters, naming the field, with no SQL`, async () => {
    const batches = await count('publish_batch');
    // 3,000 characters used to fail in the database (the key's index holds ~2.7 KB), answered
    // with the INSERT statement as the message.
    const key = Array.from({ length: 3_000 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join('');
    const { body } = await publish([row()], key);
    const [error] = body.errors!;
    expect(error!.extensions).toEqual({
      code: 'IDEMPOTENCY_KEY_TOO_LONG',
      field: 'idempotencyKey',
      maxLength: MAX_IDEMPOTENCY_KEY_LENGTH,
    });
    expect(error!.message).toBe('idempotencyKey has 3000 characters; at most 200 are accepted');
    expect(JSON.stringify(body)).not.toMatch(/insert|select|params|stacktrace/i);
    expect(await count('observation')).toBe(observations);
    expect(await count('publish_batch')).toBe(batches);

    const fits = await publish([row({ year: 2019, value: 8 })], 'k'.repeat(MAX_IDEMPOTENCY_KEY_LENGTH));
    expect(fits.body.errors).toBeUndefined();
  });

  it('refuses 1e309 written in the mutation as BAD_USER_INPUT, not a 500', async () => {
    const { status, body } = await subgraph.query(
      `mutation { publishRoadsObservations(input: { rows: [{ indicator: "roads.funds", county: "421181", year: 2019, value: 1e309 }] }) { batchId } }`,
      undefined,
      await officer(),
    );
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // The same number as a variable: JSON's 1e309 is Infinity, which Float refuses.
    const response = await fetch(subgraph.running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await officer()) },
      body: `{"query": ${JSON.stringify(PUBLISH)}, "variables": {"input": {"rows": [{"indicator": "roads.funds", "county": "421181", "year": 2019, "value": 1e309}]}}}`,
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await count('observation')).toBe(observations);
  });
});

const AUDIT = `{ roadsAuditLog(limit: 500) { outcome subject rows count detail } }`;
const auditOf = async () =>
  (await subgraph.query(AUDIT, {}, await bearer(devToken({ subject: 'auditor', department: 'roads', role: 'reader' }))))
    .body.data!.roadsAuditLog as { outcome: string; subject: string; rows: number; count: number; detail: string }[];

describe('the audit log', () => {
  it('counts 200 refused attempts of a caller who may not publish in one entry a minute', async () => {
    const before = await count('audit_log');
    const reader = await bearer(devToken({ subject: 'roads-reader', department: 'roads', role: 'reader' }));
    const stranger = await bearer(devToken({ subject: 'finance-officer', department: 'finance', role: 'publisher' }));
    for (let i = 0; i < 200; i += 20) {
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, j) =>
          publish([row(), row({ year: 2019 })], undefined, (i + j) % 2 ? reader : stranger),
        ),
      );
      for (const { body } of answers) expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // 200 attempts by two callers: one entry each, two if a minute turned over meanwhile.
    const added = (await count('audit_log')) - before;
    expect(added).toBeGreaterThanOrEqual(2);
    expect(added).toBeLessThanOrEqual(4);
    const entries = await subgraph.database.rows<{ subject: string; count: number; rows: number }>(
      sql`select subject, count, rows from roads.audit_log where outcome = 'FORBIDDEN'`,
    );
    const total = (subject: string) =>
      entries.filter((e) => e.subject === subject).reduce((sum, e) => sum + Number(e.count), 0);
    expect(total('roads-reader')).toBe(100);
    expect(total('finance-officer')).toBe(100);
    expect(entries.filter((e) => e.subject === 'roads-reader').reduce((sum, e) => sum + Number(e.rows), 0)).toBe(200);

    // The department reads the count; its other entries stand for one attempt each.
    const audit = await auditOf();
    const forbidden = audit.filter((e) => e.outcome === 'FORBIDDEN');
    expect(forbidden.reduce((sum, e) => sum + e.count, 0)).toBe(100);
    expect(JSON.parse(forbidden[0]!.detail)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_PUBLISHER' });
    expect(audit.filter((e) => e.outcome !== 'FORBIDDEN').every((e) => e.count === 1)).toBe(true);
  });

  it('keeps a summary of a refused 10,000-row batch, not its rows', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ({
      indicator: `roads.unknown${i}`,
      county: '421181',
      year: 2019,
      value: i,
      note: 'a note that would otherwise be copied ten thousand times',
    }));
    const { body } = await publish(rows);
    expect(body.errors?.[0]?.extensions?.code).toBe('BATCH_REJECTED');
    expect((body.errors?.[0]?.extensions?.rowErrors as unknown[]).length).toBe(10_000);

    const [entry] = await subgraph.database.rows<{ detail: unknown; rows: number; count: number }>(
      sql`select detail, rows, count from roads.audit_log where outcome = 'REJECTED' order by id desc limit 1`,
    );
    const detail = entry!.detail as Record<string, any>;
    expect(Buffer.byteLength(JSON.stringify(detail))).toBeLessThan(8 * 1024);
    expect(detail).toMatchObject({ code: 'BATCH_REJECTED', rowCount: 10_000, rowErrorCount: 10_000 });
    expect(detail.rowErrors).toHaveLength(20);
    expect(detail.rowErrors[0]).toMatchObject({ index: 0, field: 'indicator', code: 'UNKNOWN_INDICATOR' });
    expect(detail.batchHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(detail)).not.toContain('ten thousand times');
    expect(Number(entry!.rows)).toBe(10_000);
    expect(Number(entry!.count)).toBe(1);
  });
});
