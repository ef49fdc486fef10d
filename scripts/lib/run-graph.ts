// Every subgraph and the gateway in one process, on one database (each subgraph in its own
// PostgreSQL schema). Started by scripts/start.ts once the database folder exists.
import { readFile } from 'node:fs/promises';
import {
  createLogger,
  databaseTimeoutsFromEnv,
  onShutdownSignal,
  openDatabase,
  startSubgraph,
  type RunningSubgraph,
} from '@fupin/kit';
import { createGateway, loadGatewayConfig } from '@fupin/gateway';
import { loadSubgraphs } from './subgraphs.js';

export async function runGraph(databaseUrl: string, started: number): Promise<void> {
  const log = createLogger('start');
  const config = loadGatewayConfig(process.env);

  const database = await openDatabase(databaseUrl, databaseTimeoutsFromEnv(process.env));
  const running: RunningSubgraph[] = [];
  for (const definition of await loadSubgraphs()) {
    running.push(
      await startSubgraph(definition, {
        database,
        log: createLogger(definition.name),
        cors: config.cors,
        auth: config.auth,
      }),
    );
  }

  const supergraphSdl = await readFile(config.supergraphPath, 'utf8');
  const gateway = createGateway({
    supergraphSdl,
    subgraphUrls: Object.fromEntries(running.map((subgraph) => [subgraph.name, subgraph.url])),
    log: createLogger('gateway'),
    cors: config.cors,
    auth: config.auth,
  });
  await gateway.start();
  const listening = await gateway.listen(config.port, config.host);

  onShutdownSignal(async () => {
    await gateway.stop();
    for (const subgraph of running) await subgraph.stop();
    await database.close();
  }, log);

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log.info(
    { gateway: `${listening.url}/graphql`, subgraphs: running.map((s) => s.url), database: databaseUrl, seconds },
    'ready',
  );
  console.log(
    `\nfupin-graph is ready in ${seconds} s\n  GraphQL: ${listening.url}/graphql\n  GraphiQL: ${listening.url}/\n  Dashboard: ${listening.url}/dashboard/\n  (Ctrl-C stops it)\n`,
  );
}
