import { request } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capturingLog } from './fixtures/capturing-log.js';
import { createHttpApp, DEFAULT_MAX_BODY_BYTES, type HttpAppOptions } from '../http/http-app.js';
import { listen, type Listening } from '../http/listen.js';
import { MAX_BATCH_ROWS } from '../indicators/validate.js';
import { maxBodyBytesFromEnv, readyTimeoutFromEnv } from '../server/config.js';

// The HTTP layer's own limits: the size of a request body, the time /ready waits, and what a
// failure of its own tells the client (an error id; the detail stays in the log).

const apollo = new ApolloServer({
  typeDefs: 'type Query { length(text: String!): Int! }',
  resolvers: { Query: { length: (_: unknown, { text }: { text: string }) => text.length } },
});

const servers: Listening[] = [];
async function serve(options: Partial<HttpAppOptions<{}>> = {}) {
  const app = createHttpApp<{}>({
    apollo,
    log: pino({ level: 'silent' }),
    context: async () => ({}),
    readiness: async () => {},
    ...options,
  });
  const listening = await listen(app.listener, 0);
  servers.push(listening);
  return listening.url;
}

beforeAll(() => apollo.start());
afterAll(async () => {
  for (const server of servers) await server.close(100);
  await apollo.stop();
});

const query = (text: string) =>
  JSON.stringify({ query: 'query ($t: String!) { length(text: $t) }', variables: { t: text } });
const post = (url: string, body: string) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('the request body limit', () => {
  it('is 2 MiB by default: a body just under it is answered, one over it gets 413 PAYLOAD_TOO_LARGE', async () => {
    expect(DEFAULT_MAX_BODY_BYTES).toBe(2 * 1024 * 1024);
    const url = await serve();
    const under = query('x'.repeat(DEFAULT_MAX_BODY_BYTES - 200));
    const answered = await post(url, under);
    expect(answered.status).toBe(200);
    expect(((await answered.json()) as any).data.length).toBe(DEFAULT_MAX_BODY_BYTES - 200);

    const refused = await post(url, query('x'.repeat(DEFAULT_MAX_BODY_BYTES)));
    expect(refused.status).toBe(413);
    const body = (await refused.json()) as any;
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE', maxBodyBytes: DEFAULT_MAX_BODY_BYTES });
    expect(body.errors[0].message).toMatch(/2097152 bytes \(2 MiB\)/);
  });

  it('refuses a streamed body without content-length once it passes the limit', async () => {
    const url = new URL(`${await serve({ maxBodyBytes: 10_000 })}/graphql`);
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode!, body: text }));
        },
      );
      req.on('error', reject);
      // Chunked: the size is known only as it arrives.
      for (let i = 0; i < 5; i += 1) req.write('x'.repeat(4_000));
      req.end();
    });
    expect(status).toBe(413);
    expect(JSON.parse(body).errors[0].extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', maxBodyBytes: 10_000 });
  });

  it('takes another limit from maxBodyBytes or MAX_BODY_BYTES', async () => {
    const url = await serve({ maxBodyBytes: maxBodyBytesFromEnv({ MAX_BODY_BYTES: '1000' }) });
    expect((await post(url, query('x'.repeat(500)))).status).toBe(200);
    expect((await post(url, query('x'.repeat(1000)))).status).toBe(413);
    expect(maxBodyBytesFromEnv({})).toBe(DEFAULT_MAX_BODY_BYTES);
    expect(() => maxBodyBytesFromEnv({ MAX_BODY_BYTES: '2MB' })).toThrow(/MAX_BODY_BYTES/);
    // a subgraph's own default (the assessment's), which MAX_BODY_BYTES still overrides
    expect(maxBodyBytesFromEnv({}, 32 * 1024 * 1024)).toBe(32 * 1024 * 1024);
    expect(maxBodyBytesFromEnv({ MAX_BODY_BYTES: '1000' }, 32 * 1024 * 1024)).toBe(1000);
  });

  it('has room for the largest publish batch: 10,000 rows with long ids and full-precision values', () => {
    const PUBLISH = `mutation ($input: PublishObservationsInput!) {
      publishFinanceInsuranceObservations(input: $input) {
        batchId rowsWritten replayed
        observations { indicator { id } county { code } year value revision publishedBy publishedAt note sample }
      }
    }`;
    // The longest indicator id of the graph (58 characters), a value with every digit a double
    // prints, a correction of a revision: a row as large as a real one gets without a note.
    const rows = Array.from({ length: MAX_BATCH_ROWS }, (_, i) => ({
      indicator: 'finance-insurance.agriculturalInsuranceInsurableHouseholds',
      county: String(420_000 + (i % 1000)),
      year: 2018 + (i % 3),
      value: 123_456.789_012_345_67 + i,
      replacesRevision: 12,
    }));
    const body = JSON.stringify({
      query: PUBLISH,
      variables: { input: { rows, idempotencyKey: `publish:finance-insurance:${'f'.repeat(12)}:1:${'0'.repeat(32)}` } },
    });
    const bytes = Buffer.byteLength(body);
    // About 1.54 MB: room is left for a short note on every row (some 40 ASCII or 15 Chinese
    // characters). Long notes on every row need smaller batches (the publish command sends 1,000).
    expect(bytes).toBeLessThan(DEFAULT_MAX_BODY_BYTES);
    expect(bytes).toBeGreaterThan(1_400_000);
  });
});

describe('/ready', () => {
  it('answers 503 within the limit when readiness never settles', async () => {
    const url = await serve({ readiness: () => new Promise<void>(() => {}) });
    const started = performance.now();
    const response = await fetch(`${url}/ready`);
    const elapsed = performance.now() - started;
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'unavailable', reason: 'not ready within 1000 ms' });
    expect(elapsed).toBeGreaterThanOrEqual(950);
    expect(elapsed).toBeLessThan(1_800);
  });

  it('takes its limit from readyTimeoutMs or READY_TIMEOUT_MS', async () => {
    const url = await serve({
      readiness: () => new Promise<void>(() => {}),
      readyTimeoutMs: readyTimeoutFromEnv({ READY_TIMEOUT_MS: '200' }),
    });
    const started = performance.now();
    expect((await fetch(`${url}/ready`)).status).toBe(503);
    expect(performance.now() - started).toBeLessThan(800);
    expect(readyTimeoutFromEnv({})).toBe(1_000);
  });
});

describe('a failure of the HTTP layer itself', () => {
  it('answers 500 with an error id and no detail; the log has the detail under the same id', async () => {
    const { log, lines } = capturingLog();
    const url = await serve({
      log,
      routes: [
        () => {
          throw new Error('Failed query: insert into secret.table (a) values ($1)\nparams: hunter2');
        },
      ],
    });
    const response = await fetch(`${url}/anything`);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toMatch(/insert|secret|hunter2|params|stack/i);
    const [error] = JSON.parse(text).errors;
    expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.extensions.errorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(error.message).toBe(`Internal server error (error id ${error.extensions.errorId})`);

    const logged = lines.find((line) => line.errorId === error.extensions.errorId);
    expect(logged?.err?.message).toMatch(/insert into secret\.table/);
    expect(logged?.err?.stack).toBeTruthy();
  });
});
