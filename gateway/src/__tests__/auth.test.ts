import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { mintToken, type Listening, type Principal } from '@fupin/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatewayContext } from '../context.js';
import type { Gateway } from '../gateway.js';
import { SubgraphDataSource } from '../subgraph-data-source.js';
import { fixtureGateway, startFixtureFederation, type FixtureFederation } from './fixtures/federation.js';

const SECRET = 'the-gateway-test-secret-long-enough-for-hs256';
const COUNTY_QUERY = '{ county(code: "421181") { name povertyStatus } }';
const MACHENG = { data: { county: { name: '麻城市', povertyStatus: 'NATIONAL' } } };

/** Every request the gateway sends a subgraph, with the principal of the gateway's context. */
class RecordingDataSource extends SubgraphDataSource {
  constructor(
    url: string,
    private readonly sent: { subgraph: string; principal: Principal | null }[],
    private readonly subgraph: string,
  ) {
    super({ url });
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if ('incomingRequestContext' in options)
      this.sent.push({ subgraph: this.subgraph, principal: options.context.principal });
    super.willSendRequest(options);
  }
}

async function post(listening: Listening, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${listening.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, any> };
}

const bearer = async (token: string | Promise<string>) => ({ authorization: `Bearer ${await token}` });
const reader = () => mintToken(SECRET, { subject: 'county-reader', department: 'poverty-office', role: 'reader' });

describe('the gateway and bearer tokens', () => {
  let federation: FixtureFederation;
  const sent: { subgraph: string; principal: Principal | null }[] = [];
  let gateway: Gateway;
  let listening: Listening;
  let strict: Gateway;
  let strictListening: Listening;

  beforeAll(async () => {
    federation = await startFixtureFederation();
    const buildService = ({ name, url }: { name: string; url: string }) => new RecordingDataSource(url, sent, name);
    gateway = fixtureGateway(federation, { AUTH_SECRET: SECRET }, { buildService });
    strict = fixtureGateway(federation, { AUTH_SECRET: SECRET, AUTH_REQUIRED_FOR_READS: 'true' }, { buildService });
    await Promise.all([gateway.start(), strict.start()]);
    [listening, strictListening] = await Promise.all([gateway.listen(0), strict.listen(0)]);
  });
  afterAll(async () => {
    await gateway?.stop();
    await strict?.stop();
    await federation?.stop();
  });

  /** Subgraph requests and resolver calls caused by `run`. */
  async function subgraphCalls(run: () => Promise<unknown>) {
    const before = {
      sent: sent.length,
      divisions: federation.divisions.seen.length,
      poverty: federation.poverty.seen.length,
    };
    await run();
    return {
      sent: sent.slice(before.sent),
      resolved: federation.divisions.seen.length - before.divisions + federation.poverty.seen.length - before.poverty,
    };
  }

  it('answers a read without a token, with no principal, by default', async () => {
    let response: Awaited<ReturnType<typeof post>> | undefined;
    const calls = await subgraphCalls(async () => {
      response = await post(listening, COUNTY_QUERY);
    });

    expect(response).toMatchObject({ status: 200, body: MACHENG });
    expect(calls.sent.map((call) => call.principal)).toEqual([null, null]);
  });

  it("puts a good token's principal in its context and passes the token on unchanged", async () => {
    const token = await reader();
    let response: Awaited<ReturnType<typeof post>> | undefined;
    const calls = await subgraphCalls(async () => {
      response = await post(listening, COUNTY_QUERY, await bearer(token));
    });

    expect(response).toMatchObject({ status: 200, body: MACHENG });
    const principal = { subject: 'county-reader', department: 'poverty-office', role: 'reader' };
    expect(calls.sent).toEqual([
      { subgraph: 'divisions', principal },
      { subgraph: 'poverty-status', principal },
    ]);
    expect(federation.divisions.seen.at(-1)?.authorization).toBe(`Bearer ${token}`);
    expect(federation.poverty.seen.at(-1)?.authorization).toBe(`Bearer ${token}`);
  });

  const badTokens: [string, () => Promise<Record<string, string>>, string][] = [
    [
      'expired',
      () => bearer(mintToken(SECRET, { subject: 'a', department: 'water', role: 'reader', expiresIn: '-2h' })),
      'TOKEN_EXPIRED',
    ],
    [
      'signed with the development secret, not AUTH_SECRET',
      () =>
        bearer(
          mintToken('fupin-graph-development-secret-not-for-production', {
            subject: 'a',
            department: 'water',
            role: 'reader',
          }),
        ),
      'BAD_SIGNATURE',
    ],
    [
      'unsigned (alg none)',
      async () => {
        const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
        const now = Math.floor(Date.now() / 1000);
        const claims = {
          sub: 'a',
          department: 'finance',
          role: 'publisher',
          iss: 'fupin-graph',
          aud: 'fupin-graph',
          exp: now + 3600,
        };
        return bearer(`${part({ alg: 'none' })}.${part(claims)}.`);
      },
      'ALGORITHM_NOT_ALLOWED',
    ],
    ['garbage', () => bearer('garbage'), 'MALFORMED_TOKEN'],
    ['not a bearer token', async () => ({ authorization: 'Basic dXNlcjpwYXNz' }), 'NOT_BEARER'],
  ];

  it.each(badTokens)('refuses a token that is %s with 401, calling no subgraph', async (_case, headers, reason) => {
    let response: Awaited<ReturnType<typeof post>> | undefined;
    const calls = await subgraphCalls(async () => {
      response = await post(listening, COUNTY_QUERY, await headers());
    });

    expect(response?.status).toBe(401);
    expect(response?.body).toEqual({
      errors: [{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED', reason } }],
    });
    expect(calls).toEqual({ sent: [], resolved: 0 });
  });

  it('refuses a read without a token when AUTH_REQUIRED_FOR_READS is true, calling no subgraph', async () => {
    let response: Awaited<ReturnType<typeof post>> | undefined;
    const calls = await subgraphCalls(async () => {
      response = await post(strictListening, COUNTY_QUERY);
    });

    expect(response?.status).toBe(401);
    expect(response?.headers.get('www-authenticate')).toBe('Bearer realm="fupin-graph"');
    expect(response?.body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'TOKEN_REQUIRED' });
    expect(calls).toEqual({ sent: [], resolved: 0 });
  });

  it('answers a reader with a token when AUTH_REQUIRED_FOR_READS is true', async () => {
    const response = await post(strictListening, COUNTY_QUERY, await bearer(reader()));
    expect(response).toMatchObject({ status: 200, body: MACHENG });
  });

  it('serves the IDE, /health and /ready without a token even when reads need one', async () => {
    const [ide, health, ready] = await Promise.all(
      ['/', '/health', '/ready'].map((path) => fetch(`${strictListening.url}${path}`)),
    );
    expect([ide?.status, health?.status, ready?.status]).toEqual([200, 200, 200]);
  });
});
