import { readFile } from 'node:fs/promises';
import { createGateway, DEFAULT_SUPERGRAPH_PATH, type Gateway } from '@fupin/gateway';
import { createLogger, startSubgraph, type Listening, type RunningSubgraph } from '@fupin/kit';
import { createTestDatabase, postGraphQL, type GraphQLResponse, type TestDatabase } from '@fupin/kit/testing';
import { loadSubgraphs } from '../../scripts/lib/subgraphs.js';

export interface RunningGraph {
  url: string;
  subgraphs: RunningSubgraph[];
  database: TestDatabase;
  query<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/**
 * The whole graph as `npm start` runs it, on a database of the test's own and free ports: every
 * subgraph for real over HTTP, and the gateway reading the committed supergraph.
 */
export async function startGraph(): Promise<RunningGraph> {
  const database = await createTestDatabase();
  const log = createLogger('test', 'silent');
  const subgraphs: RunningSubgraph[] = [];
  for (const definition of await loadSubgraphs()) {
    subgraphs.push(await startSubgraph(definition, { database, port: 0, log }));
  }
  const gateway: Gateway = createGateway({
    supergraphSdl: await readFile(DEFAULT_SUPERGRAPH_PATH, 'utf8'),
    subgraphUrls: Object.fromEntries(subgraphs.map((s) => [s.name, s.url])),
    log,
  });
  await gateway.start();
  const listening: Listening = await gateway.listen(0);
  const url = `${listening.url}/graphql`;
  return {
    url,
    subgraphs,
    database,
    query: (query, variables, headers) => postGraphQL(url, query, variables, headers),
    async stop() {
      await gateway.stop();
      for (const subgraph of subgraphs) await subgraph.stop();
      await database.drop();
    },
  };
}
