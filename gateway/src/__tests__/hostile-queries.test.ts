import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DEMAND_LIMITS } from '../demand-control.js';
import { postQuery, startRealSupergraphGateway, type RealSupergraphGateway } from './fixtures/real-supergraph.js';

// The committed supergraph's API, with a fake in place of every subgraph: a refused query must be
// refused before the gateway plans it or asks any subgraph, and in well under a second.

const SMALL = '{ county(code: "421181") { name } }';

const PEERS = '{ counties { peers { peers { code assessment(year: 2019) { score } } } } }';
const NESTED_LISTS = '{ counties { prefecture { counties { prefecture { counties { code } } } } } }';
const ALIASES = `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: provinceAssessment(year: 2019) { meanScore }`).join(' ')} }`;
const DEEP = `{ ${Array.from({ length: 199 }, (_, i) => (i % 2 === 0 ? 'counties {' : 'prefecture {')).join(' ')} code ${'}'.repeat(199)} }`;
// Each fragment spreads the one before twice: 2^12 uses of { code name } from a short text.
const FRAGMENT_BOMB = [
  '{ county(code: "421181") { ...F12 } }',
  'fragment F0 on County { code name }',
  ...Array.from({ length: 12 }, (_, i) => `fragment F${i + 1} on County { ...F${i} prefecture { name } ...F${i} }`),
].join('\n');
const LONG = `{ county(code: "421181") { ${'code '.repeat(6_000)}} }`;

describe('hostile queries at the gateway', () => {
  let graph: RealSupergraphGateway;

  beforeAll(async () => {
    graph = await startRealSupergraphGateway({
      handler: (_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data: { county: { name: '麻城市' } } }));
      },
    });
    // The first plan of the small query is made here, not in the measured runs.
    expect((await postQuery(graph.url, SMALL)).body).toEqual({ data: { county: { name: '麻城市' } } });
  });
  afterAll(async () => {
    await graph?.stop();
  });

  it.each([
    { name: 'nested lists', query: NESTED_LISTS, code: 'QUERY_TOO_COSTLY', variable: 'MAX_QUERY_COST' },
    { name: '200 aliases', query: ALIASES, code: 'TOO_MANY_FIELDS', variable: 'MAX_QUERY_ALIASES' },
    { name: 'depth 200', query: DEEP, code: 'QUERY_TOO_DEEP', variable: 'MAX_QUERY_DEPTH' },
    { name: 'a fragment bomb', query: FRAGMENT_BOMB, code: 'TOO_MANY_FIELDS', variable: 'MAX_QUERY_FIELDS' },
    { name: '6,000 tokens', query: LONG, code: 'TOO_MANY_FIELDS', variable: 'MAX_QUERY_TOKENS' },
  ])('refuses $name with HTTP 400 and $code, naming the limit and the figure', async ({ query, code, variable }) => {
    const before = graph.subgraph.requests.length;
    const { status, body, ms } = await postQuery(graph.url, query);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    const extensions = body.errors![0]!.extensions!;
    expect(extensions).toMatchObject({ code, variable, limit: expect.any(Number), actual: expect.any(Number) });
    expect(extensions.actual as number).toBeGreaterThan(extensions.limit as number);
    expect(body.errors![0]!.message).toContain(variable);
    expect(extensions.stacktrace).toBeUndefined();
    expect(ms).toBeLessThan(1_000);
    expect(graph.subgraph.requests.length).toBe(before);
  });

  it('says the limit as configured and the figure as measured', async () => {
    const { body } = await postQuery(graph.url, ALIASES);
    expect(body.errors![0]!.extensions).toEqual({
      code: 'TOO_MANY_FIELDS',
      limit: DEFAULT_DEMAND_LIMITS.maxAliases,
      actual: 200,
      variable: 'MAX_QUERY_ALIASES',
    });
    const deep = await postQuery(graph.url, DEEP);
    expect(deep.body.errors![0]!.extensions).toMatchObject({ limit: DEFAULT_DEMAND_LIMITS.maxDepth, actual: 200 });
  });

  it('refuses the peers of peers of every county (a validation error once County.peers is not in the API)', async () => {
    const before = graph.subgraph.requests.length;
    const { status, body, ms } = await postQuery(graph.url, PEERS);
    expect(status).toBe(400);
    expect(['GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_COSTLY']).toContain(body.errors![0]!.extensions!.code);
    expect(ms).toBeLessThan(1_000);
    expect(graph.subgraph.requests.length).toBe(before);
  });

  it('answers a small query in milliseconds while the hostile ones are refused beside it', async () => {
    const hostile = [PEERS, NESTED_LISTS, ALIASES, DEEP, FRAGMENT_BOMB, LONG];
    const started = performance.now();
    const [small, ...refused] = await Promise.all([
      postQuery(graph.url, SMALL),
      ...hostile.flatMap((query) => [postQuery(graph.url, query), postQuery(graph.url, query)]),
    ]);
    const all = performance.now() - started;
    expect(small!.status).toBe(200);
    expect(small!.body).toEqual({ data: { county: { name: '麻城市' } } });
    for (const answer of refused) expect(answer.status).toBe(400);
    expect(small!.ms).toBeLessThan(500);
    expect(all).toBeLessThan(2_000);
    console.info(
      `hostile queries refused in ${refused.map((answer) => answer.ms.toFixed(0)).join(', ')} ms ` +
        `(all ${all.toFixed(0)} ms); the small query beside them took ${small!.ms.toFixed(0)} ms`,
    );
  });
});
