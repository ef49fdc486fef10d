import { DEVELOPMENT_AUTH_SECRET, loadAuthConfig, mintToken, type AuthConfig } from '@fupin/kit';
import { postGraphQL } from '@fupin/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type RunningGraph } from './support/graph.js';

// Tokens across the whole graph: the gateway refuses a bad one before it plans anything, and
// every subgraph refuses it again when reached directly, around the gateway.

const QUERY = `{ county(code: "421182") { name transport(year: 2019) { roadUpgradeKmPerTownship } } }`;
const ANSWER = { county: { name: '武穴市', transport: { roadUpgradeKmPerTownship: expect.any(Number) } } };
const ENTITY_FETCH = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on County { transport(year: 2019) { sample } } } }`;

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const totalCalls = (graph: RunningGraph) => [...graph.calls.requests.values()].flat().length;
const subgraphUrl = (graph: RunningGraph, name: string) => graph.subgraphs.find((s) => s.name === name)!.url;

describe('the graph with the default configuration', () => {
  let graph: RunningGraph;
  beforeAll(async () => {
    graph = await startGraph();
  });
  afterAll(async () => {
    await graph?.stop();
  });

  it('answers reads without a token', async () => {
    const { status, body } = await graph.query(QUERY);
    expect(status).toBe(200);
    expect(body).toEqual({ data: ANSWER });
  });

  it('answers with a token minted with the development secret (npm run token), through every subgraph', async () => {
    graph.calls.reset();
    const token = await mintToken(DEVELOPMENT_AUTH_SECRET, {
      subject: 'transport-officer',
      department: 'transport',
      role: 'publisher',
    });
    const { status, body } = await graph.query(QUERY, undefined, bearer(token));

    expect(status).toBe(200);
    expect(body).toEqual({ data: ANSWER });
    expect(graph.calls.count('catalog')).toBe(1);
    expect(graph.calls.count('transport')).toBe(1);
  });

  const badTokens: [string, () => Promise<string>, string][] = [
    [
      'expired',
      () =>
        mintToken(DEVELOPMENT_AUTH_SECRET, { subject: 'a', department: 'transport', role: 'reader', expiresIn: '-1h' }),
      'TOKEN_EXPIRED',
    ],
    [
      'signed with another secret',
      () =>
        mintToken('someone-elses-secret-long-enough-for-hs256', {
          subject: 'a',
          department: 'transport',
          role: 'publisher',
        }),
      'BAD_SIGNATURE',
    ],
    [
      'for another audience',
      () =>
        mintToken(
          { ...loadAuthConfig({}), audience: 'another-api' },
          { subject: 'a', department: 'transport', role: 'reader' },
        ),
      'WRONG_AUDIENCE',
    ],
    ['garbage', async () => 'garbage', 'MALFORMED_TOKEN'],
  ];

  it.each(badTokens)(
    'refuses a token that is %s at the gateway with 401, calling no subgraph',
    async (_case, make, reason) => {
      graph.calls.reset();
      const { status, body } = await graph.query(QUERY, undefined, bearer(await make()));

      expect(status).toBe(401);
      expect(body).toEqual({
        errors: [{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED', reason } }],
      });
      expect(totalCalls(graph)).toBe(0);
    },
  );

  it.each(badTokens)(
    'refuses a token that is %s at a subgraph reached directly, running no SQL',
    async (_case, make, reason) => {
      const response = await postGraphQL(
        subgraphUrl(graph, 'transport'),
        ENTITY_FETCH,
        { r: [{ __typename: 'County', code: '421182' }] },
        bearer(await make()),
      );

      expect(response.status).toBe(401);
      expect(response.body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason });
      expect(response.headers.get('x-sql-statements')).toBeNull();
    },
  );
});

describe('the graph with AUTH_REQUIRED_FOR_READS=true', () => {
  let graph: RunningGraph;
  let auth: AuthConfig;
  beforeAll(async () => {
    auth = loadAuthConfig({
      AUTH_SECRET: 'the-cross-department-test-secret-0123456789',
      AUTH_REQUIRED_FOR_READS: 'true',
    });
    graph = await startGraph({ auth });
  });
  afterAll(async () => {
    await graph?.stop();
  });

  it('refuses a read without a token at the gateway with 401, calling no subgraph', async () => {
    graph.calls.reset();
    const { status, body } = await graph.query(QUERY);

    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'TOKEN_REQUIRED' });
    expect(totalCalls(graph)).toBe(0);
  });

  it('refuses a read without a token at a subgraph reached directly', async () => {
    const response = await postGraphQL(subgraphUrl(graph, 'catalog'), '{ measures { number } }');
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'TOKEN_REQUIRED' });
  });

  it('answers a reader of any department with a token signed with AUTH_SECRET', async () => {
    const token = await mintToken(auth, { subject: 'water-analyst', department: 'water', role: 'reader' });
    const { status, body } = await graph.query(QUERY, undefined, bearer(token));
    expect(status).toBe(200);
    expect(body).toEqual({ data: ANSWER });
  });

  it('refuses a token minted with the development secret once a secret is set', async () => {
    const token = await mintToken(DEVELOPMENT_AUTH_SECRET, { subject: 'a', department: 'water', role: 'reader' });
    const { status, body } = await graph.query(QUERY, undefined, bearer(token));
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'BAD_SIGNATURE' });
  });
});
