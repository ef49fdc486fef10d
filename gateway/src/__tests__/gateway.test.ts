import { randomUUID } from 'node:crypto';
import { DEVELOPMENT_AUTH_SECRET, mintToken, type Listening } from '@fupin/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../gateway.js';
import { fixtureGateway, startFixtureFederation, type FixtureFederation } from './fixtures/federation.js';

const ALLOWED_ORIGIN = 'http://localhost:5173';

const COUNTY_QUERY = /* GraphQL */ `
  query ($code: String!) {
    county(code: $code) {
      name
      prefecture {
        name
      }
      povertyStatus
    }
  }
`;

function post(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
}

describe('the gateway over two subgraphs reached through HTTP', () => {
  let federation: FixtureFederation;
  let gateway: Gateway;
  let listening: Listening;

  beforeAll(async () => {
    federation = await startFixtureFederation();
    gateway = fixtureGateway(federation, { CORS_ORIGINS: ALLOWED_ORIGIN });
    await gateway.start();
    listening = await gateway.listen(0);
  });

  afterAll(async () => {
    await gateway?.stop();
    await federation?.stop();
  });

  it('joins a county from one subgraph with its poverty status from the other', async () => {
    const response = await post(listening.url, COUNTY_QUERY, { code: '421181' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { county: { name: '麻城市', prefecture: { name: '黄冈市' }, povertyStatus: 'NATIONAL' } },
    });
  });

  it("passes the caller's x-request-id and authorization to every subgraph it calls", async () => {
    const requestId = `gateway-test-${randomUUID()}`;
    // The development secret: what the gateway checks with when no AUTH_* variable is set.
    const authorization = `Bearer ${await mintToken(DEVELOPMENT_AUTH_SECRET, { subject: 'county-reader', department: 'poverty-office', role: 'reader' })}`;
    const response = await post(
      listening.url,
      COUNTY_QUERY,
      { code: '420102' },
      {
        'x-request-id': requestId,
        authorization,
      },
    );
    expect(response.headers.get('x-request-id')).toBe(requestId);
    expect(await response.json()).toEqual({
      data: { county: { name: '江岸区', prefecture: { name: '武汉市' }, povertyStatus: 'NONE' } },
    });

    expect(federation.divisions.seen).toContainEqual({
      field: 'Query.county',
      requestId,
      authorization,
    });
    expect(federation.poverty.seen).toContainEqual({
      field: 'County.povertyStatus',
      requestId,
      authorization,
    });
  });

  it('gives a request without an id one of its own, and the subgraphs log it under the same id', async () => {
    const response = await post(listening.url, COUNTY_QUERY, { code: '421181' });
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    await response.json();
    expect(federation.poverty.seen.map((seen) => seen.requestId)).toContain(requestId);
  });

  it('answers /health with 200', async () => {
    const response = await fetch(`${listening.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers /ready with 200 once started', async () => {
    const response = await fetch(`${listening.url}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });

  it('lets an allowed origin through a CORS preflight', async () => {
    const response = await fetch(`${listening.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: ALLOWED_ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('gives a disallowed origin no CORS headers, so its browser refuses the answer', async () => {
    const response = await fetch(`${listening.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-methods')).toBeNull();
  });
});

describe('the life of a gateway', () => {
  let federation: FixtureFederation;

  beforeAll(async () => {
    federation = await startFixtureFederation();
  });

  afterAll(async () => {
    await federation?.stop();
  });

  it('is not ready before it has loaded the supergraph, is ready after, and closes its port on stop', async () => {
    const gateway = fixtureGateway(federation);
    const { url } = await gateway.listen(0);
    try {
      expect((await fetch(`${url}/ready`)).status).toBe(503);
      expect((await fetch(`${url}/health`)).status).toBe(200);

      await gateway.start();
      expect((await fetch(`${url}/ready`)).status).toBe(200);
    } finally {
      await gateway.stop();
    }
    await expect(fetch(`${url}/health`)).rejects.toThrow();
  });
});
