import type { Listening } from '@fupin/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../gateway.js';
import { startFakeSubgraph, type FakeSubgraph } from './fixtures/fake-subgraph.js';
import { fixtureGateway, startFixtureFederation, type FixtureFederation } from './fixtures/federation.js';
import { postQuery } from './fixtures/real-supergraph.js';

// The fixture federation (divisions owns County, poverty-status adds povertyStatus), with
// poverty-status replaced by a server that takes every request and never answers it.

const BOTH = '{ a: county(code: "421181") { name } b: county(code: "421181") { name povertyStatus } }';

describe('a subgraph that never answers', () => {
  let federation: FixtureFederation;
  let silent: FakeSubgraph;
  const running: Gateway[] = [];
  async function serve(env: Record<string, string>): Promise<Listening> {
    const gateway = fixtureGateway(federation, { SUBGRAPH_POVERTY_STATUS_URL: silent.url, ...env });
    running.push(gateway);
    await gateway.start();
    return gateway.listen(0);
  }

  beforeAll(async () => {
    federation = await startFixtureFederation();
    silent = await startFakeSubgraph({ handler: () => {} });
  });
  afterAll(async () => {
    for (const gateway of running) await gateway.stop();
    await silent?.close();
    await federation?.stop();
  });

  it('times out after SUBGRAPH_<NAME>_TIMEOUT_MS with SUBGRAPH_TIMEOUT, and keeps what the others answered', async () => {
    const { url } = await serve({ SUBGRAPH_POVERTY_STATUS_TIMEOUT_MS: '300' });
    const { status, body, ms } = await postQuery(`${url}/graphql`, BOTH);
    expect(status).toBe(200);
    expect(body.data).toEqual({ a: { name: '麻城市' }, b: null });
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions).toEqual({
      code: 'SUBGRAPH_TIMEOUT',
      subgraph: 'poverty-status',
      timeoutMs: 300,
    });
    expect(body.errors![0]!.message).toContain('poverty-status');
    expect(ms).toBeGreaterThanOrEqual(290);
    expect(ms).toBeLessThan(2_000);
  });

  it('SUBGRAPH_TIMEOUT_MS is every subgraph’s timeout unless its own is set', async () => {
    const { url } = await serve({ SUBGRAPH_TIMEOUT_MS: '250' });
    const { body, ms } = await postQuery(`${url}/graphql`, BOTH);
    expect(body.data).toEqual({ a: { name: '麻城市' }, b: null });
    expect(body.errors![0]!.extensions).toMatchObject({
      code: 'SUBGRAPH_TIMEOUT',
      subgraph: 'poverty-status',
      timeoutMs: 250,
    });
    expect(ms).toBeLessThan(2_000);
  });

  it('stops the whole request after REQUEST_TIMEOUT_MS: HTTP 504, REQUEST_TIMEOUT first, what was fetched kept', async () => {
    const { url } = await serve({ SUBGRAPH_TIMEOUT_MS: '10000', REQUEST_TIMEOUT_MS: '400' });
    const { status, body, ms } = await postQuery(`${url}/graphql`, BOTH);
    expect(status).toBe(504);
    expect(body.errors![0]!.extensions).toEqual({ code: 'REQUEST_TIMEOUT', timeoutMs: 400 });
    expect(body.errors!.filter((error) => error.extensions?.code === 'REQUEST_TIMEOUT')).toHaveLength(1);
    expect(body.data).toEqual({ a: { name: '麻城市' }, b: null });
    expect(ms).toBeGreaterThanOrEqual(390);
    expect(ms).toBeLessThan(2_000);
  });

  it('answers in time when every subgraph does', async () => {
    const { url } = await serve({
      SUBGRAPH_POVERTY_STATUS_URL: federation.env.SUBGRAPH_POVERTY_STATUS_URL!,
      REQUEST_TIMEOUT_MS: '5000',
    });
    const { status, body } = await postQuery(`${url}/graphql`, BOTH);
    expect(status).toBe(200);
    expect(body).toEqual({ data: { a: { name: '麻城市' }, b: { name: '麻城市', povertyStatus: 'NATIONAL' } } });
  });
});
