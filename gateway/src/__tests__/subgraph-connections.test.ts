import { createLogger } from '@fupin/kit';
import { afterAll, describe, expect, it } from 'vitest';
import type { GatewayContext } from '../context.js';
import { createSubgraphAgent, SubgraphDataSource } from '../subgraph-data-source.js';
import { answerOk, startFakeSubgraph, type FakeHandler, type FakeSubgraph } from './fixtures/fake-subgraph.js';

// The gateway's calls to one subgraph, through the data source itself, against plain node http
// servers standing in for subgraphs.

const log = createLogger('test', 'silent');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One subgraph call as the gateway's executor makes it for an incoming operation. */
function call(source: SubgraphDataSource, query: string) {
  const context: GatewayContext = { requestId: 'connections-test', principal: null, log };
  return source.process({
    // GraphQLDataSourceRequestKind.INCOMING_OPERATION: the enum is not exported.
    kind: 'incoming operation' as never,
    request: { query, variables: {} },
    context,
    incomingRequestContext: {} as never,
  });
}

const servers: FakeSubgraph[] = [];
async function fake(options: Parameters<typeof startFakeSubgraph>[0]): Promise<FakeSubgraph> {
  const server = await startFakeSubgraph(options);
  servers.push(server);
  return server;
}
afterAll(async () => {
  for (const server of servers) await server.close();
});

/** Calls `times` times, each `gapMs` after the last answer; every error message met. */
async function spaced(source: SubgraphDataSource, times: number, gapMs: number): Promise<string[]> {
  const errors: string[] = [];
  for (let i = 0; i < times; i += 1) {
    if (i > 0) await sleep(gapMs);
    try {
      const response = await call(source, '{ ok }');
      if (response.data?.ok !== true) errors.push(`call ${i}: ${JSON.stringify(response)}`);
    } catch (error) {
      errors.push(`call ${i}: ${(error as Error).message}`);
    }
  }
  return errors;
}

describe.concurrent('keep-alive connections to a subgraph', () => {
  // The server drops (unanswered) a request that arrives on a connection idle for its whole
  // window: the close and the request crossing on the wire, every time instead of once in a while.

  it('never sends on a connection the subgraph is closing: 1 s window, 20 calls spaced just beyond it', async () => {
    const server = await fake({ keepAliveMs: 1_000 });
    const source = new SubgraphDataSource({ url: server.url, subgraphName: 'fake', agent: createSubgraphAgent() });
    expect(await spaced(source, 20, 1_030)).toEqual([]);
    expect(server.requests.filter((request) => request.dropped)).toEqual([]);
    await source.agent.close();
  }, 40_000);

  it('never sends on a connection the subgraph is closing: 5 s window, calls spaced just beyond it', async () => {
    const server = await fake({ keepAliveMs: 5_000 });
    const source = new SubgraphDataSource({ url: server.url, subgraphName: 'fake', agent: createSubgraphAgent() });
    expect(await spaced(source, 4, 5_050)).toEqual([]);
    expect(server.requests.filter((request) => request.dropped)).toEqual([]);
    await source.agent.close();
  }, 40_000);

  it('keeps one connection for calls in quick succession, and gives it up after SUBGRAPH_KEEP_ALIVE_MS', async () => {
    const server = await fake({ keepAliveMs: 5_000 });
    const source = new SubgraphDataSource({ url: server.url, subgraphName: 'fake', agent: createSubgraphAgent(300) });
    expect(await spaced(source, 5, 10)).toEqual([]);
    expect(server.connections()).toBe(1);
    await sleep(500);
    expect(await spaced(source, 1, 0)).toEqual([]);
    expect(server.connections()).toBe(2);
    await source.agent.close();
  });
});

describe('a connection lost before the answer', () => {
  /** Drops the first request it receives (destroys its socket unanswered), answers the rest. */
  function dropFirst(): FakeHandler {
    let dropped = false;
    return (req, res, body, socket) => {
      if (!dropped) {
        dropped = true;
        socket.destroy();
        return;
      }
      answerOk(req, res, body, socket);
    };
  }

  it('is tried once more for a query, on a new connection', async () => {
    const server = await fake({ handler: dropFirst() });
    const source = new SubgraphDataSource({ url: server.url, subgraphName: 'fake' });
    const response = await call(source, 'query Q { ok }');
    expect(response.data).toEqual({ ok: true });
    expect(server.requests.map((request) => request.query)).toEqual(['query Q { ok }', 'query Q { ok }']);
    expect(server.connections()).toBe(2);
    await source.agent.close();
  });

  it('is never tried again for a mutation: it may have been carried out', async () => {
    const server = await fake({ handler: dropFirst() });
    const source = new SubgraphDataSource({ url: server.url, subgraphName: 'fake' });
    await expect(call(source, 'mutation M { publish }')).rejects.toMatchObject({
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'fake' },
    });
    expect(server.requests).toHaveLength(1);
    await source.agent.close();
  });

  it('is tried only once more: a subgraph that keeps dropping is unavailable', async () => {
    const server = await fake({ handler: (_req, _res, _body, socket) => socket.destroy() });
    const source = new SubgraphDataSource({ url: server.url, subgraphName: 'fake' });
    await expect(call(source, '{ ok }')).rejects.toMatchObject({
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'fake' },
      message: expect.stringMatching(/subgraph fake did not answer \(request to .* failed, reason: .+\)/),
    });
    expect(server.requests).toHaveLength(2);
    await source.agent.close();
  });
});
