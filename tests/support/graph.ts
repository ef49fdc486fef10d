import { readFile } from 'node:fs/promises';
import type { FetcherResponse } from '@apollo/utils.fetcher';
import { createGateway, DEFAULT_SUPERGRAPH_PATH, SubgraphDataSource, type Gateway } from '@fupin/gateway';
import { createLogger, startSubgraph, type AuthConfig, type Listening, type RunningSubgraph } from '@fupin/kit';
import { createTestDatabase, postGraphQL, type GraphQLResponse, type TestDatabase } from '@fupin/kit/testing';
import { loadSubgraphs } from '../../scripts/lib/subgraphs.js';

export interface RunningGraph {
  url: string;
  subgraphs: RunningSubgraph[];
  database: TestDatabase;
  /** Every call the gateway made to a subgraph since the last `calls.reset()`. */
  calls: SubgraphCalls;
  query<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/** What the gateway asked of each subgraph: one entry per request, with the SQL it cost. */
export class SubgraphCalls {
  readonly requests = new Map<string, number[]>();

  record(subgraph: string, statements: number): void {
    this.requests.set(subgraph, [...(this.requests.get(subgraph) ?? []), statements]);
  }

  count(subgraph: string): number {
    return this.requests.get(subgraph)?.length ?? 0;
  }

  statements(subgraph: string): number[] {
    return this.requests.get(subgraph) ?? [];
  }

  reset(): void {
    this.requests.clear();
  }
}

/** The gateway's HTTP data source, noting each call and the `x-sql-statements` of its answer. */
class ObservedDataSource extends SubgraphDataSource {
  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly calls: SubgraphCalls,
  ) {
    super({ url, subgraphName: subgraph });
  }

  override async parseBody(response: FetcherResponse): Promise<object | string> {
    this.calls.record(this.subgraph, Number(response.headers.get('x-sql-statements') ?? Number.NaN));
    return super.parseBody(response);
  }
}

/**
 * The whole graph as `npm start` runs it, on a database of the test's own and free ports: every
 * subgraph for real over HTTP, and the gateway reading the committed supergraph. `auth` checks
 * tokens in every service (default: from the environment, i.e. the development secret).
 */
export async function startGraph(options: { auth?: AuthConfig } = {}): Promise<RunningGraph> {
  const database = await createTestDatabase();
  const log = createLogger('test', 'silent');
  const subgraphs: RunningSubgraph[] = [];
  for (const definition of await loadSubgraphs()) {
    subgraphs.push(await startSubgraph(definition, { database, port: 0, log, auth: options.auth }));
  }
  const calls = new SubgraphCalls();
  const gateway: Gateway = createGateway({
    supergraphSdl: await readFile(DEFAULT_SUPERGRAPH_PATH, 'utf8'),
    subgraphUrls: Object.fromEntries(subgraphs.map((s) => [s.name, s.url])),
    log,
    auth: options.auth,
    buildService: ({ name, url }) => new ObservedDataSource(name, url, calls),
  });
  await gateway.start();
  const listening: Listening = await gateway.listen(0);
  const url = `${listening.url}/graphql`;
  return {
    url,
    subgraphs,
    database,
    calls,
    query: (query, variables, headers) => postGraphQL(url, query, variables, headers),
    async stop() {
      await gateway.stop();
      for (const subgraph of subgraphs) await subgraph.stop();
      await database.drop();
    },
  };
}
