import { afterEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { introspectionEnabled } from '../server/config.js';
import { createSubgraphApollo } from '../server/subgraph-server.js';
import { roads } from './fixtures/roads-department.js';

// What a subgraph does by default in production, and the number literals every subgraph refuses.
// Nothing here reaches a resolver, so no database is needed.

const log = pino({ level: 'silent' });
const INTROSPECT = '{ __schema { queryType { name } } }';
const SDL = '{ _service { sdl } }';

const started: { stop(): Promise<void> }[] = [];
afterEach(async () => {
  for (const apollo of started.splice(0)) await apollo.stop();
});

async function subgraph(env: Record<string, string | undefined>) {
  const apollo = await createSubgraphApollo(roads, { log, introspection: introspectionEnabled(env) });
  await apollo.start();
  started.push(apollo);
  return async (query: string, variables?: Record<string, unknown>) => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: {} as never });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status, ...response.body.singleResult };
  };
}

describe('introspection', () => {
  it('is off under NODE_ENV=production, and the SDL federation needs still answers', async () => {
    const run = await subgraph({ NODE_ENV: 'production' });
    const introspection = await run(INTROSPECT);
    expect(introspection.data).toBeUndefined();
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    expect(introspection.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const sdl = await run(SDL);
    expect(sdl.errors).toBeUndefined();
    expect((sdl.data as any)._service.sdl).toMatch(/type CountyRoads/);
  });

  it('is on in production with INTROSPECTION=true, and elsewhere by default', async () => {
    for (const env of [{ NODE_ENV: 'production', INTROSPECTION: 'true' }, { NODE_ENV: 'development' }, {}]) {
      const run = await subgraph(env);
      expect((await run(INTROSPECT)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    }
  });

  it('reads INTROSPECTION and NODE_ENV', () => {
    expect(introspectionEnabled({})).toBe(true);
    expect(introspectionEnabled({ NODE_ENV: 'production' })).toBe(false);
    expect(introspectionEnabled({ NODE_ENV: 'production', INTROSPECTION: 'true' })).toBe(true);
    expect(introspectionEnabled({ NODE_ENV: 'development', INTROSPECTION: 'false' })).toBe(false);
    expect(() => introspectionEnabled({ INTROSPECTION: 'sometimes' })).toThrow(/INTROSPECTION/);
  });
});

describe('a number too large for a Float', () => {
  const row = (value: string) =>
    `mutation { publishRoadsObservations(input: { rows: [{ indicator: "roads.funds", county: "421181", year: 2019, value: ${value} }] }) { batchId } }`;

  it('written in the operation (1e309) is BAD_USER_INPUT at validation, before anything runs', async () => {
    const run = await subgraph({});
    for (const literal of ['1e309', '-1e309', '9'.repeat(400)]) {
      const result = await run(row(literal));
      expect(result.data).toBeUndefined();
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/not a finite number/);
    }
  });

  it('sent as a variable (JSON 1e309 parses to Infinity) is BAD_USER_INPUT', async () => {
    const run = await subgraph({});
    const result = await run(
      'mutation ($input: PublishObservationsInput!) { publishRoadsObservations(input: $input) { batchId } }',
      { input: { rows: [{ indicator: 'roads.funds', county: '421181', year: 2019, value: JSON.parse('1e309') }] } },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('still takes ordinary literals', async () => {
    const run = await subgraph({});
    const result = await run('{ __typename }');
    expect(result.errors).toBeUndefined();
    expect((await run(row('1.5e3'))).errors?.[0]?.extensions?.code).not.toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
