import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postQuery, startRealSupergraphGateway, type RealSupergraphGateway } from './fixtures/real-supergraph.js';

const publish = (value: string, year = '2020') => `mutation {
  publishTransportObservations(input: {
    idempotencyKey: "transport-2020-421182-1"
    rows: [{ indicator: "transport.townshipRoadUpgradeKm", county: "421182", year: ${year}, value: ${value} }]
  }) { batchId }
}`;

/** A subgraph answering 200 with something that is not JSON: an unexpected failure at the gateway. */
const notJson = (_req: unknown, res: import('node:http').ServerResponse) => {
  res.setHeader('content-type', 'text/plain');
  res.end('not json');
};

describe('number literals no number can hold', () => {
  let graph: RealSupergraphGateway;
  beforeAll(async () => {
    graph = await startRealSupergraphGateway({ exposeErrorDetails: false });
  });
  afterAll(async () => {
    await graph?.stop();
  });

  it.each([
    { literal: '1e309', query: publish('1e309') },
    { literal: '-1e309', query: publish('-1e309') },
    { literal: '9'.repeat(400), query: publish('9'.repeat(400)) },
    { literal: '9'.repeat(400), query: publish('1', '9'.repeat(400)) },
    { literal: '1e309', query: '{ county(code: 1e309) { name } }' },
  ])('refuses $literal in the text with HTTP 400 BAD_USER_INPUT, before planning', async ({ literal, query }) => {
    const before = graph.subgraph.requests.length;
    const { status, body } = await postQuery(graph.url, query);
    expect(status).toBe(400);
    expect(body.errors).toHaveLength(1);
    const [error] = body.errors!;
    expect(error!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const shown = literal.length > 40 ? `${literal.slice(0, 37)}...` : literal;
    expect(error!.message).toContain(shown);
    expect(error!.extensions!.literal).toBe(shown);
    expect(error!.extensions!.stacktrace).toBeUndefined();
    expect(graph.subgraph.requests.length).toBe(before);
  });

  it('still takes large finite numbers and ordinary floats', async () => {
    const { status, body } = await postQuery(graph.url, publish('1.7976931348623157e308'));
    // The fake subgraph answers { ok: true }, not a publish result: what matters is that it was asked.
    expect(status).toBe(200);
    expect(body.errors?.map((error) => error.extensions?.code) ?? []).not.toContain('BAD_USER_INPUT');
    expect(graph.subgraph.requests.at(-1)?.query).toContain('publishTransportObservations');
  });

  it('refuses 1e309 sent as a variable too (graphql-js already does: BAD_USER_INPUT)', async () => {
    const response = await fetch(graph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // JSON.parse reads 1e309 as Infinity.
      body: '{"query":"query ($y: Int!) { county(code: \\"421181\\") { transport(year: $y) { sample } } }","variables":{"y":1e309}}',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]!.extensions.stacktrace).toBeUndefined();
  });
});

describe('errors the gateway did not expect', () => {
  let graph: RealSupergraphGateway;
  let debugging: RealSupergraphGateway;
  beforeAll(async () => {
    graph = await startRealSupergraphGateway({ handler: notJson, exposeErrorDetails: false });
    debugging = await startRealSupergraphGateway({ handler: notJson, exposeErrorDetails: true });
  });
  afterAll(async () => {
    await graph?.stop();
    await debugging?.stop();
  });

  it('are masked: an error id to quote, no message of the cause and no stack trace', async () => {
    const { body } = await postQuery(graph.url, '{ county(code: "421181") { name } }');
    expect(body.errors).toHaveLength(1);
    const [error] = body.errors!;
    expect(error!.message).toMatch(/^Internal server error \(error id [0-9a-f-]{36}\)$/);
    expect(error!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', errorId: expect.any(String) });
  });

  it('show their detail and stack only with DEBUG_ERRORS', async () => {
    const { body } = await postQuery(debugging.url, '{ county(code: "421181") { name } }');
    const [error] = body.errors!;
    expect(error!.extensions!.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error!.extensions!.detail).toContain('not json');
    expect(error!.extensions!.stacktrace).toEqual(expect.arrayContaining([expect.any(String)]));
  });

  it("passes on a subgraph's refusal sent with an HTTP error status, with its code and the subgraph", async () => {
    const refusing = await startRealSupergraphGateway({
      handler: (_req, res) => {
        res.statusCode = 503;
        res.setHeader('content-type', 'application/json');
        res.end(
          JSON.stringify({
            errors: [
              {
                message: 'the token keys could not be fetched',
                extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'KEYS_UNAVAILABLE' },
              },
            ],
          }),
        );
      },
    });
    try {
      const { body } = await postQuery(refusing.url, '{ county(code: "421181") { name } }');
      expect(body.errors).toEqual([
        {
          message: 'the token keys could not be fetched',
          extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'KEYS_UNAVAILABLE', subgraph: 'catalog' },
        },
      ]);
    } finally {
      await refusing.stop();
    }
  });

  it('a refusal keeps its message and code, without a stack trace', async () => {
    const { status, body } = await postQuery(graph.url, '{ county(code: "421181") { noSuchField } }');
    expect(status).toBe(400);
    expect(body.errors![0]!.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});
