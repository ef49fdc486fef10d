import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAuthConfig, mintToken, type AuthConfig } from '../auth/index.js';
import type { RequestContext } from '../context.js';
import { Ctx, Field, Int, ObjectType, Query, Resolver } from '../graphql.js';
import { startSubgraph, type RunningSubgraph } from '../server/subgraph-server.js';
import { defineSubgraph } from '../subgraph.js';
import { createTestDatabase, postGraphQL, type TestDatabase } from '../testing/index.js';

// A subgraph reached directly, around the gateway: the kit checks the token in every subgraph,
// so a bad one runs nothing here either, and a good one's principal reaches the resolvers.

const SECRET = 'a-test-secret-of-forty-characters-or-so!';
let resolverRuns = 0;

@ObjectType('WhoAmI')
class WhoAmI {
  @Field(() => String)
  subject: string;

  @Field(() => String)
  department: string;

  @Field(() => String)
  role: string;
}

@Resolver()
class WhoAmIResolver {
  @Query(() => WhoAmI, { nullable: true, description: 'the principal of the request, as resolvers see it' })
  whoAmI(@Ctx() ctx: RequestContext): WhoAmI | null {
    resolverRuns += 1;
    return ctx.principal;
  }

  @Query(() => Int)
  async answer(@Ctx() ctx: RequestContext): Promise<number> {
    resolverRuns += 1;
    const [row] = await ctx.database.rows<{ answer: number }>(sql`select 42 as answer`);
    return row!.answer;
  }
}

const whoAmI = defineSubgraph({
  name: 'who-am-i',
  dbSchema: 'who_am_i',
  defaultPort: 0,
  migrations: [],
  resolvers: [WhoAmIResolver],
  createLoaders: () => ({}),
});

const QUERY = '{ whoAmI { subject department role } answer }';
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

let database: TestDatabase;
let open: RunningSubgraph;
let closed: RunningSubgraph;
let config: AuthConfig;
beforeAll(async () => {
  database = await createTestDatabase();
  config = loadAuthConfig({ AUTH_SECRET: SECRET });
  open = await startSubgraph(whoAmI, { database, port: 0, auth: config });
  closed = await startSubgraph(whoAmI, {
    database,
    port: 0,
    auth: loadAuthConfig({ AUTH_SECRET: SECRET, AUTH_REQUIRED_FOR_READS: 'true' }),
  });
});
afterAll(async () => {
  await open?.stop();
  await closed?.stop();
  await database?.drop();
});

describe('a subgraph reached directly', () => {
  it("hands a good token's principal to the resolvers", async () => {
    const token = await mintToken(config, { subject: 'transport-officer', department: 'transport', role: 'publisher' });
    const response = await postGraphQL(open.url, QUERY, undefined, bearer(token));

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: { whoAmI: { subject: 'transport-officer', department: 'transport', role: 'publisher' }, answer: 42 },
    });
  });

  it('answers a request without a token, with no principal, by default', async () => {
    const response = await postGraphQL(open.url, QUERY);

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { whoAmI: null, answer: 42 } });
  });

  const badTokens: [string, () => Promise<string>, string][] = [
    [
      'expired',
      () => mintToken(config, { subject: 'a', department: 'water', role: 'reader', expiresIn: '-1h' }),
      'TOKEN_EXPIRED',
    ],
    [
      'signed with another secret',
      () =>
        mintToken('another-secret-also-long-enough-for-hs256', { subject: 'a', department: 'water', role: 'reader' }),
      'BAD_SIGNATURE',
    ],
    [
      'from another issuer',
      () => mintToken({ ...config, issuer: 'elsewhere' }, { subject: 'a', department: 'water', role: 'reader' }),
      'WRONG_ISSUER',
    ],
    ['garbage', async () => 'garbage', 'MALFORMED_TOKEN'],
  ];

  it.each(badTokens)('refuses a token that is %s with 401 and runs nothing', async (_case, make, reason) => {
    const runsBefore = resolverRuns;
    const response = await postGraphQL(open.url, QUERY, undefined, bearer(await make()));

    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="fupin-graph", error="invalid_token"');
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors).toEqual([
      { message: expect.any(String), extensions: { code: 'UNAUTHENTICATED', reason } },
    ]);
    expect(resolverRuns).toBe(runsBefore);
    expect(response.headers.get('x-sql-statements')).toBeNull();
  });

  it('refuses an authorization header that is not a bearer token', async () => {
    const response = await postGraphQL(open.url, QUERY, undefined, { authorization: 'Basic dXNlcjpwYXNz' });

    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'NOT_BEARER' });
  });

  it("refuses the gateway's entity fetches with a bad token too", async () => {
    const runsBefore = resolverRuns;
    const response = await postGraphQL(
      open.url,
      'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
      { r: [] },
      bearer('garbage'),
    );

    expect(response.status).toBe(401);
    expect(resolverRuns).toBe(runsBefore);
  });
});

describe('a subgraph with AUTH_REQUIRED_FOR_READS=true', () => {
  it('refuses a request without a token with 401 TOKEN_REQUIRED and runs nothing', async () => {
    const runsBefore = resolverRuns;
    const response = await postGraphQL(closed.url, QUERY);

    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="fupin-graph"');
    expect(response.body.errors).toEqual([
      {
        message: expect.stringMatching(/only requests with a token/),
        extensions: { code: 'UNAUTHENTICATED', reason: 'TOKEN_REQUIRED' },
      },
    ]);
    expect(resolverRuns).toBe(runsBefore);
  });

  it('answers a reader with a good token', async () => {
    const token = await mintToken(SECRET, { subject: 'water-analyst', department: 'water', role: 'reader' });
    const response = await postGraphQL(closed.url, QUERY, undefined, bearer(token));

    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({
      whoAmI: { subject: 'water-analyst', department: 'water', role: 'reader' },
      answer: 42,
    });
  });

  it('still says it lives and is ready without a token', async () => {
    const origin = new URL(closed.url).origin;
    const [health, ready] = await Promise.all([fetch(`${origin}/health`), fetch(`${origin}/ready`)]);
    expect([health.status, ready.status]).toEqual([200, 200]);
  });
});
