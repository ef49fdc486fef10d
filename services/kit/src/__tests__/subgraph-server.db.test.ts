import { createConnection } from 'node:net';
import { Trace } from '@apollo/usage-reporting-protobuf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraph, type RunningSubgraph } from '../server/subgraph-server.js';
import { createTestDatabase, postGraphQL, type TestDatabase } from '../testing/index.js';
import { divisions } from './fixtures/divisions.js';

const includeTrace = { 'apollo-federation-include-trace': 'ftv1' };
const entityFetch = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on County { prefecture } }
}`;

let database: TestDatabase;
let subgraph: RunningSubgraph;
beforeAll(async () => {
  database = await createTestDatabase();
  subgraph = await startSubgraph(divisions, { database, port: 0 });
});
afterAll(async () => {
  await subgraph.stop();
  await database.drop();
});

describe('a subgraph served by startSubgraph', () => {
  it('answers an entity fetch the way the gateway sends it', async () => {
    const response = await postGraphQL(subgraph.url, entityFetch, {
      representations: [
        { __typename: 'County', code: '421221' },
        { __typename: 'County', name: '枣阳市' },
      ],
    });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { _entities: [{ prefecture: '咸宁市' }, { prefecture: '襄阳市' }] } });
  });

  it('returns an inline ftv1 trace of the operation when the gateway asks for one', async () => {
    const response = await postGraphQL(subgraph.url, '{ counties { name } }', undefined, includeTrace);
    const ftv1 = response.body.extensions?.ftv1;

    expect(typeof ftv1).toBe('string');
    const trace = Trace.decode(Buffer.from(String(ftv1), 'base64'));
    const counties = trace.root?.child?.[0];
    expect(counties).toMatchObject({ responseName: 'counties', type: '[County!]!', parentType: 'Query' });
    expect(counties?.child).toHaveLength(3);
  });

  it('returns no trace when nobody asks for one', async () => {
    const response = await postGraphQL(subgraph.url, '{ counties { name } }');

    expect(response.body.data).toEqual({ counties: [{ name: '枣阳市' }, { name: '监利市' }, { name: '嘉鱼县' }] });
    expect(response.body.extensions?.ftv1).toBeUndefined();
  });

  it('says it lives on /health and can answer queries on /ready', async () => {
    const origin = new URL(subgraph.url).origin;
    const [health, ready] = await Promise.all([fetch(`${origin}/health`), fetch(`${origin}/ready`)]);

    expect(health.status).toBe(200);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});

describe('stop()', () => {
  it('closes the port: new connections are refused', async () => {
    const second = await startSubgraph(divisions, { database, port: 0 });
    expect(await connectTo(second.port)).toBe('connected');

    await second.stop();

    expect(await connectTo(second.port)).toBe('ECONNREFUSED');
  });
});

/** Opens (and closes) one TCP connection: 'connected', or the error code. */
function connectTo(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}
