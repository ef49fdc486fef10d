import type { SubgraphDefinition } from '../subgraph.js';
import { startSubgraph, type RunningSubgraph, type StartSubgraphOptions } from '../server/subgraph-server.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    extensions?: Record<string, unknown>;
  };
}

export interface TestSubgraph {
  running: RunningSubgraph;
  database: TestDatabase;
  /** POSTs one operation to the subgraph over HTTP. */
  query<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** Stops the subgraph and drops its database. */
  stop(): Promise<void>;
}

/**
 * Runs a subgraph for real (HTTP, migrations, loaders) on a database of the test's own.
 * `sampleData: false` makes that database without the sample figures (`SAMPLE_DATA=false` while
 * its migrations run), so that its figures are exactly those the test publishes.
 */
export async function startTestSubgraph<L>(
  definition: SubgraphDefinition<L>,
  { sampleData, ...options }: Pick<StartSubgraphOptions, 'auth'> & { sampleData?: boolean } = {},
): Promise<TestSubgraph> {
  const database = await createTestDatabase();
  const saved = process.env.SAMPLE_DATA;
  if (sampleData !== undefined) process.env.SAMPLE_DATA = String(sampleData);
  let running: RunningSubgraph;
  try {
    running = await startSubgraph(definition, { database, port: 0, ...options });
  } finally {
    if (saved === undefined) delete process.env.SAMPLE_DATA;
    else process.env.SAMPLE_DATA = saved;
  }
  return {
    running,
    database,
    query: (query, variables, headers) => postGraphQL(running.url, query, variables, headers),
    async stop() {
      await running.stop();
      await database.drop();
    },
  };
}

export async function postGraphQL<T = Record<string, any>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as GraphQLResponse<T>['body'],
  };
}
