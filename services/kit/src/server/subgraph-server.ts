import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { createAuthenticator } from '../auth/authenticate.js';
import { loadAuthConfig, type AuthConfig } from '../auth/config.js';
import type { RequestContext } from '../context.js';
import type { Database } from '../db/database.js';
import { runMigrations } from '../db/migrate.js';
import { buildFederatedSchema } from '../federation/build-subgraph-schema.js';
import { createHttpApp, type CorsOptions } from '../http/http-app.js';
import { listen } from '../http/listen.js';
import { createLogger, type Logger } from '../logger.js';
import type { SubgraphDefinition } from '../subgraph.js';

export interface StartSubgraphOptions {
  database: Database;
  port?: number;
  host?: string;
  log?: Logger;
  cors?: CorsOptions;
  /** Run the subgraph's migrations first (default true). */
  migrate?: boolean;
  /** How bearer tokens are checked; default `loadAuthConfig(process.env)`. */
  auth?: AuthConfig;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  /** Drains, stops Apollo and the listener; the database stays open (its owner closes it). */
  stop(): Promise<void>;
}

/** Builds the subgraph's Apollo Server over its schema: inline traces on, no CDN landing page. */
export async function createSubgraphApollo<L>(definition: SubgraphDefinition<L>) {
  const { schema } = await buildFederatedSchema(definition);
  return new ApolloServer<RequestContext<L>>({
    schema,
    introspection: true,
    stopOnTerminationSignals: false,
    plugins: [
      // Answers the gateway's `apollo-federation-include-trace: ftv1` with an inline trace.
      ApolloServerPluginInlineTrace(),
      ApolloServerPluginLandingPageDisabled(),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue, response }) {
              // Lets a caller (and the batching tests) see how much SQL a request cost.
              response.http.headers.set('x-sql-statements', String(contextValue.stats?.statements ?? 0));
            },
          };
        },
      },
    ],
  });
}

export async function startSubgraph<L>(
  definition: SubgraphDefinition<L>,
  options: StartSubgraphOptions,
): Promise<RunningSubgraph> {
  const log = options.log ?? createLogger(definition.name);
  const { database } = options;
  if (options.migrate !== false) {
    const applied = await runMigrations(database, definition.dbSchema, definition.migrations);
    if (applied.length > 0) log.info({ applied }, 'migrations applied');
  }

  const authenticate = createAuthenticator(options.auth ?? loadAuthConfig(process.env), { log });
  const apollo = await createSubgraphApollo(definition);
  await apollo.start();
  const counts = new Map<string, { statements: number }>();
  const app = createHttpApp<RequestContext<L>>({
    apollo,
    log,
    cors: options.cors,
    readiness: () => database.ping(),
    around: (requestId, run) => {
      const stats = { statements: 0 };
      counts.set(requestId, stats);
      return database.statements.run(stats, run).finally(() => counts.delete(requestId));
    },
    context: async (req, requestId) => ({
      // First, so that a refused token (thrown: 401) costs nothing else and runs nothing.
      principal: await authenticate(req.headers.authorization),
      requestId,
      log: log.child({ requestId }),
      database,
      db: database.db,
      loaders: definition.createLoaders(database),
      stats: counts.get(requestId) ?? { statements: 0 },
    }),
  });
  const listening = await listen(app.listener, options.port ?? definition.defaultPort, options.host);
  log.info({ url: `${listening.url}/graphql` }, 'subgraph listening');

  return {
    name: definition.name,
    url: `${listening.url}/graphql`,
    port: listening.port,
    async stop() {
      app.drain();
      await listening.close();
      await apollo.stop();
    },
  };
}
