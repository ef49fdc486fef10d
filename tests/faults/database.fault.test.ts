import { isPublished, manifestModel, publishableYears, readDepartmentsManifest, type PublishRow } from '@fupin/kit';
import { startTcpProxy, type TcpProxy } from '@fupin/kit/testing';
import { countyRegistry } from '@fupin/reference';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStack, type GraphQLAnswer, type Stack } from './support/stack.js';

// Faults between the services and PostgreSQL, with every service in its own process: the water
// subgraph's link to the database frozen and cut (through a TCP proxy the test holds), and the
// whole stack killed (kill -9) in the middle of a 3,000-row publish.

const STATEMENT_TIMEOUT_MS = 2_000;
/** Finance's indicators, from the departments artefact (the tests import no department's package). */
const financeModel = manifestModel(readDepartmentsManifest().departments.find((d) => d.subgraph === 'finance')!);
const CONNECT_TIMEOUT_MS = 2_000;
const READY_TIMEOUT_MS = 1_000;
const SLACK_MS = 1_500;

let stack: Stack;
let proxy: TcpProxy;
beforeAll(async () => {
  proxy = await startTcpProxy({ targetHost: '127.0.0.1', targetPort: 5432 });
  stack = await startStack({
    // Water reaches PostgreSQL through the proxy; everyone else directly.
    databaseUrl: (name, database) => {
      if (name !== 'water') return database.url;
      const url = new URL(database.url);
      url.hostname = '127.0.0.1';
      url.port = String(proxy.port);
      return url.toString();
    },
    subgraphEnv: {
      water: {
        DB_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
        DB_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
        READY_TIMEOUT_MS: String(READY_TIMEOUT_MS),
      },
    },
    onProgress: (message) => console.log(`[faults] ${message}`),
  });
});
afterAll(async () => {
  await stack?.stop();
  await proxy?.close();
});
beforeEach(({ onTestFailed }) => {
  onTestFailed(() => console.error(`the processes' last output:\n${stack?.report()}`));
});

const note = (message: string) => console.log(`[faults] ${message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const errorsOf = (answer: GraphQLAnswer) => JSON.stringify(answer.body.errors ?? []).slice(0, 2_000);
const clean = (answer: GraphQLAnswer) => answer.status === 200 && !answer.body.errors && !!answer.body.data;
/** SQL in an error is a leak: statements, quoted schema-qualified names, placeholders. */
const SQL_TEXT = /\bselect\b|\binsert into\b|\bdelete from\b|\bupdate\s+"|"water"\."|\$\d+\b|\bpg_|relation "/i;

describe("a subgraph's database link frozen, then cut", () => {
  const WATER = `{ county(code: "421182") { name water(year: 2019) { safeDrinkingWaterShare } } }`;

  async function ready(): Promise<{ status: number; ms: number }> {
    const sent = performance.now();
    try {
      const response = await fetch(`${stack.subgraph('water').origin}/ready`, { signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      return { status: response.status, ms: performance.now() - sent };
    } catch {
      return { status: 0, ms: performance.now() - sent }; // no answer within 10 s
    }
  }

  async function recovered(withinMs: number): Promise<GraphQLAnswer> {
    const deadline = performance.now() + withinMs;
    let last = 'not asked';
    while (performance.now() < deadline) {
      const check = await ready();
      if (check.status === 200) {
        const answer = await stack.query(WATER, undefined, { timeoutMs: 10_000 });
        if (clean(answer)) return answer;
        last = `/ready 200 but ${errorsOf(answer)}`;
      } else last = `/ready ${check.status}`;
      await sleep(250);
    }
    throw new Error(`water did not recover within ${withinMs} ms: ${last}`);
  }

  /** Water's fields, asked while its database link is down: a clear error, soon. */
  async function expectClearFailure(withinMs: number): Promise<void> {
    const answer = await stack.query(WATER, undefined, { timeoutMs: 30_000 });
    expect(answer.ms, `water's fields took ${Math.round(answer.ms)} ms to fail`).toBeLessThan(withinMs);
    expect(answer.body.data?.county?.name).toBe('武穴市');
    expect(answer.body.data?.county?.water ?? null).toBeNull();
    expect(answer.body.errors?.length, errorsOf(answer)).toBeGreaterThan(0);
    for (const error of answer.body.errors!) expectClearError(error, answer);
    note(`water's fields failed in ${Math.round(answer.ms)} ms: ${errorsOf(answer).slice(0, 300)}`);
  }

  function expectClearError(error: NonNullable<GraphQLAnswer['body']['errors']>[number], answer: GraphQLAnswer) {
    const code = error.extensions?.code;
    expect(['INTERNAL_SERVER_ERROR', 'DATABASE_UNAVAILABLE'], errorsOf(answer)).toContain(code);
    if (code === 'INTERNAL_SERVER_ERROR')
      expect(error.extensions?.errorId, errorsOf(answer)).toEqual(expect.any(String));
    expect(JSON.stringify(error), 'SQL text in an error').not.toMatch(SQL_TEXT);
  }

  // Frozen: nothing comes back on the open connections, new ones get nothing through. Cut while
  // frozen: the open connections are reset as well, and new ones still hang (a cable cut).
  for (const fault of ['frozen', 'cut while frozen'] as const) {
    it(`${fault}: /ready turns 503 within its timeout, water's fields fail fast and clearly, and it recovers in place`, async () => {
      const water = stack.subgraph('water');
      const pids = { water: water.pid, gateway: stack.gateway.pid };
      expect((await ready()).status).toBe(200);
      expect(clean(await stack.query(WATER))).toBe(true);

      proxy.freeze();
      if (fault === 'cut while frozen') proxy.cut();
      try {
        const check = await ready();
        expect(check.status, `/ready answered ${check.status} after ${Math.round(check.ms)} ms`).toBe(503);
        expect(check.ms).toBeLessThan(READY_TIMEOUT_MS + SLACK_MS);
        note(`${fault}: /ready ${check.status} in ${Math.round(check.ms)} ms`);
        await expectClearFailure(STATEMENT_TIMEOUT_MS + SLACK_MS);
        // Still down, asked again: no slower (no pile-up behind the first statements).
        await expectClearFailure(STATEMENT_TIMEOUT_MS + SLACK_MS);
      } finally {
        proxy.thaw();
      }

      const answer = await recovered(15_000);
      expect(answer.body.data?.county?.water?.safeDrinkingWaterShare).toEqual(expect.any(Number));
      expect({ water: water.pid, gateway: stack.gateway.pid }, 'nothing was restarted').toEqual(pids);
    });
  }

  it('cut (every connection reset, the link up again at once): the pool reconnects and nobody restarts', async () => {
    const water = stack.subgraph('water');
    const pids = { water: water.pid, gateway: stack.gateway.pid };
    expect(clean(await stack.query(WATER))).toBe(true);
    proxy.cut();
    // The first request may meet a connection the pool has not yet seen die: then a clear error.
    const first = await stack.query(WATER, undefined, { timeoutMs: 30_000 });
    expect(first.ms).toBeLessThan(STATEMENT_TIMEOUT_MS + SLACK_MS);
    for (const error of first.body.errors ?? []) expectClearError(error, first);
    note(
      `cut: the next request took ${Math.round(first.ms)} ms: ${first.body.errors ? errorsOf(first).slice(0, 300) : 'clean'}`,
    );
    const answer = await recovered(5_000);
    expect(answer.body.data?.county?.water?.safeDrinkingWaterShare).toEqual(expect.any(Number));
    expect({ water: water.pid, gateway: stack.gateway.pid }, 'nothing was restarted').toEqual(pids);
  });
});

describe('the whole stack killed (kill -9) in the middle of a 3,000-row publish', () => {
  const PUBLISH = `mutation ($input: PublishObservationsInput!) {
    publishFinanceObservations(input: $input) { batchId rowsWritten replayed }
  }`;
  // Every (indicator, county, year) finance may publish once: 17 indicators × the 60 non-poverty
  // counties with tasks (their scope) × 3 years, and the transfer payments' base year 2017 = 3,120
  // rows, as many as one batch can hold (one row per value).
  const rows: PublishRow[] = financeModel.indicators.filter(isPublished).flatMap((indicator, i) =>
    [...countyRegistry.nonPovertyWithTasks].flatMap((county) =>
      publishableYears(financeModel, indicator.id).map((year) => {
        const low = indicator.min ?? 0;
        const high = indicator.max ?? low + 1_000 + i;
        const value = low + (high - low) * 0.37;
        return {
          indicator: indicator.id,
          county,
          year,
          value: indicator.integer ? Math.floor(value) : Math.round(value * 100) / 100,
          note: 'fault test',
        };
      }),
    ),
  );
  const idempotencyKey = 'faults-finance-kill-9';

  const ours = async () =>
    Number(
      (
        await stack.database.rows<{ n: string }>(
          `select count(*) as n from finance.observation where published_by = 'finance-publisher'`,
        )
      )[0]!.n,
    );

  it('shows the batch entirely or not at all after a restart, and a retry with the same key writes it once', async () => {
    expect(rows.length).toBeGreaterThan(3_000);
    expect(await ours()).toBe(0);
    const headers = await stack.bearer('finance');
    const sentAt = performance.now();
    const sending = stack
      .query(PUBLISH, { input: { idempotencyKey, rows } }, { headers, timeoutMs: 120_000 })
      .catch((error: Error) => error);

    // Kill everything once the batch's transaction has written rows of it but not committed.
    const deadline = performance.now() + 60_000;
    let inFlight = false;
    while (performance.now() < deadline) {
      const writing = await stack.database.rows(
        `select pid from pg_stat_activity
          where datname = current_database() and backend_xid is not null
            and query ilike 'insert into "finance"."observation"%'`,
      );
      if (writing.length > 0) {
        inFlight = true;
        break;
      }
      if (!stack.gateway.running) break;
      await sleep(5);
    }
    const killedAfterMs = performance.now() - sentAt;
    await stack.killAll();
    const first = await sending;
    expect(inFlight, `the publish never showed up writing; it answered ${JSON.stringify(first).slice(0, 500)}`).toBe(
      true,
    );

    // PostgreSQL ends the killed processes' sessions, rolling back what they had not committed.
    for (let i = 0; ; i += 1) {
      const open = await stack.database.rows(
        `select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and backend_xid is not null`,
      );
      if (open.length === 0) break;
      if (i > 200) throw new Error(`sessions of the killed processes still hold transactions: ${JSON.stringify(open)}`);
      await sleep(50);
    }
    await stack.startAll();

    const afterRestart = await ours();
    expect([0, rows.length], `${afterRestart} of ${rows.length} rows of the batch are there`).toContain(afterRestart);
    const committed = afterRestart === rows.length;
    note(
      `killed ${Math.round(killedAfterMs)} ms into the publish, while it was writing: the batch was ${committed ? 'committed before' : 'rolled back'}`,
    );
    // The graph shows the same: all 17 of a county-year's figures are the publisher's, or none.
    const view = await stack.query(
      `{ county(code: "421182") { finance(year: 2019) { observations { indicator { id } publishedBy } } } }`,
    );
    const published = view.body.data?.county?.finance?.observations.filter(
      (o: any) => o.publishedBy === 'finance-publisher',
    );
    const perCountyYear = financeModel.indicators.filter(isPublished).length;
    expect(published?.length, errorsOf(view)).toBe(committed ? perCountyYear : 0);

    const retry = await stack.query(PUBLISH, { input: { idempotencyKey, rows } }, { headers, timeoutMs: 120_000 });
    expect(retry.body.errors, errorsOf(retry)).toBeUndefined();
    expect(retry.body.data?.publishFinanceObservations).toMatchObject({
      rowsWritten: rows.length,
      replayed: committed,
    });
    const again = await stack.query(PUBLISH, { input: { idempotencyKey, rows } }, { headers, timeoutMs: 120_000 });
    expect(again.body.data?.publishFinanceObservations, errorsOf(again)).toEqual({
      ...retry.body.data!.publishFinanceObservations,
      replayed: true,
    });

    // Written once: one new revision per value, no value twice, revisions without gaps.
    expect(await ours()).toBe(rows.length);
    const [twice] = await stack.database.rows(`
      select count(*) filter (where mine > 1) as twice, count(*) filter (where revisions <> latest) as gaps
        from (select count(*) filter (where published_by = 'finance-publisher') as mine,
                     count(*) as revisions, max(revision) as latest
                from finance.observation group by indicator_id, county_code, year) per_value`);
    expect(twice).toEqual({ twice: '0', gaps: '0' });

    // The audit log (read through the graph) has the batch accepted once; retries are replays.
    const audit = await stack.query(
      `{ financeAuditLog(limit: 500) { outcome idempotencyKey batchId rows } }`,
      undefined,
      {
        headers: await stack.bearer('finance', 'reader'),
      },
    );
    const entries = (audit.body.data?.financeAuditLog ?? []).filter((e: any) => e.idempotencyKey === idempotencyKey);
    expect(
      entries.filter((e: any) => e.outcome === 'ACCEPTED'),
      errorsOf(audit),
    ).toHaveLength(1);
    expect(
      entries.every((e: any) => ['ACCEPTED', 'REPLAYED'].includes(e.outcome)),
      JSON.stringify(entries),
    ).toBe(true);
    expect(new Set(entries.map((e: any) => e.batchId))).toEqual(
      new Set([retry.body.data!.publishFinanceObservations.batchId]),
    );
  });
});
