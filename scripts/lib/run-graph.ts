// Every subgraph and the gateway in one process, on one database (each subgraph in its own
// PostgreSQL schema). Started by scripts/start.ts once the database folder exists.
import { readFile } from 'node:fs/promises';
import {
  createLogger,
  databaseTimeoutsFromEnv,
  onShutdownSignal,
  openDatabase,
  startSubgraph,
  type AuthConfig,
  type CorsOptions,
  type Database,
  type Logger,
  type RunningSubgraph,
} from '@fupin/kit';
import { createGateway, DEFAULT_SUPERGRAPH_PATH, loadGatewayConfig } from '@fupin/gateway';
import { loadSubgraphs } from './subgraphs.js';

/** Every subgraph and the gateway in this process, on one database: what `npm start` runs. */
export async function startGraph(
  database: Database,
  options: {
    logFor: (name: string) => Logger;
    supergraphPath?: string;
    port?: number;
    host?: string;
    cors?: CorsOptions;
    auth?: AuthConfig;
  },
): Promise<{ url: string; subgraphs: RunningSubgraph[]; stop(): Promise<void> }> {
  const { logFor, cors, auth } = options;
  const subgraphs: RunningSubgraph[] = [];
  for (const definition of await loadSubgraphs()) {
    subgraphs.push(await startSubgraph(definition, { database, log: logFor(definition.name), cors, auth }));
  }
  const gateway = createGateway({
    supergraphSdl: await readFile(options.supergraphPath ?? DEFAULT_SUPERGRAPH_PATH, 'utf8'),
    subgraphUrls: Object.fromEntries(subgraphs.map((subgraph) => [subgraph.name, subgraph.url])),
    log: logFor('gateway'),
    cors,
    auth,
  });
  await gateway.start();
  const listening = await gateway.listen(options.port ?? 0, options.host);
  return {
    url: listening.url,
    subgraphs,
    async stop() {
      await gateway.stop();
      for (const subgraph of subgraphs) await subgraph.stop();
    },
  };
}

export async function runGraph(databaseUrl: string, started: number): Promise<void> {
  const log = createLogger('start');
  const config = loadGatewayConfig(process.env);

  const database = await openDatabase(databaseUrl, databaseTimeoutsFromEnv(process.env));
  const graph = await startGraph(database, {
    logFor: (name) => createLogger(name),
    supergraphPath: config.supergraphPath,
    port: config.port,
    host: config.host,
    cors: config.cors,
    auth: config.auth,
  });

  onShutdownSignal(async () => {
    await graph.stop();
    await database.close();
  }, log);

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log.info(
    { gateway: `${graph.url}/graphql`, subgraphs: graph.subgraphs.map((s) => s.url), database: databaseUrl, seconds },
    'ready',
  );
  console.log(
    `\nfupin-graph is ready in ${seconds} s\n  GraphQL: ${graph.url}/graphql\n  GraphiQL: ${graph.url}/\n  Dashboard: ${graph.url}/dashboard/\n  (Ctrl-C stops it)\n`,
  );
}
