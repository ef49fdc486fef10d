import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { createAuthenticator } from '../auth/authenticate.js';
import { loadAuthConfig, type AuthConfig } from '../auth/config.js';
import type { RequestContext } from '../context.js';
import type { Database } from '../db/database.js';
import { runMigrations } from '../db/migrate.js';
import { createErrorFormatter, exposeErrorDetails } from '../errors/format-error.js';
import { buildFederatedSchema } from '../federation/build-subgraph-schema.js';
import { createHttpApp, type CorsOptions } from '../http/http-app.js';
import { listen } from '../http/listen.js';
import { createLogger, type Logger } from '../logger.js';
import type { SubgraphDefinition } from '../subgraph.js';
import { introspectionEnabled, keepAliveTimeoutFromEnv, maxBodyBytesFromEnv, readyTimeoutFromEnv } from './config.js';
import { finiteNumberLiterals } from './finite-numbers.js';

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
  // Each of the following defaults to what `process.env` says (see server/config.ts), so that a
  // caller such as `npm start`, which runs every subgraph in one process, gets them too.
  /** Idle keep-alive timeout of the HTTP server (`HTTP_KEEP_ALIVE_TIMEOUT_MS`, 65 s). */
  keepAliveTimeoutMs?: number;
  /** Largest request body (`MAX_BODY_BYTES`, 2 MiB). */
  maxBodyBytes?: number;
  /** How long `/ready` waits for the database (`READY_TIMEOUT_MS`, 1 s). */
  readyTimeoutMs?: number;
  /** Whether introspection answers (`introspectionEnabled`: off under NODE_ENV=production). */
  introspection?: boolean;
  /** Masked errors' detail and stack traces in responses (`DEBUG_ERRORS`, off). */
  exposeErrorDetails?: boolean;
}

export interface SubgraphApolloOptions {
  /** Where masked errors are logged in full (default: a logger named after the subgraph). */
  log?: Logger;
  /** Default `introspectionEnabled(process.env)`. */
  introspection?: boolean;
  /** Default `exposeErrorDetails(process.env)`. */
  exposeErrorDetails?: boolean;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  /** Drains, stops Apollo and the listener; the database stays open (its owner closes it). */
  stop(): Promise<void>;
}

/**
 * Builds the subgraph's Apollo Server over its schema: inline traces on, no CDN landing page,
 * unexpected errors masked (logged under an error id), introspection off in production, number
 * literals beyond a double refused.
 */
export async function createSubgraphApollo<L>(definition: SubgraphDefinition<L>, options: SubgraphApolloOptions = {}) {
  const { schema } = await buildFederatedSchema(definition);
  const log = options.log ?? createLogger(definition.name);
  const exposeDetails = options.exposeErrorDetails ?? exposeErrorDetails(process.env);
  if (exposeDetails) log.warn('DEBUG_ERRORS is on: error details and stack traces reach clients');
  return new ApolloServer<RequestContext<L>>({
    schema,
    // The gateway plans from the committed supergraph and `npm run compose` reads `_service { sdl }`,
    // so nothing of the graph's own needs introspection; a production endpoint need not offer it.
    introspection: options.introspection ?? introspectionEnabled(process.env),
    formatError: createErrorFormatter(log, { exposeDetails }),
    // Apollo's default depends on NODE_ENV (stack traces everywhere but production and test).
    includeStacktraceInErrorResponses: exposeDetails,
    validationRules: [finiteNumberLiterals],
    logger: log,
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
  const apollo = await createSubgraphApollo(definition, {
    log,
    introspection: options.introspection,
    exposeErrorDetails: options.exposeErrorDetails,
  });
  await apollo.start();
  const counts = new Map<string, { statements: number }>();
  const app = createHttpApp<RequestContext<L>>({
    apollo,
    log,
    cors: options.cors,
    maxBodyBytes: options.maxBodyBytes ?? maxBodyBytesFromEnv(process.env, definition.defaultMaxBodyBytes),
    readyTimeoutMs: options.readyTimeoutMs ?? readyTimeoutFromEnv(process.env),
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
  const listening = await listen(app.listener, options.port ?? definition.defaultPort, options.host, {
    keepAliveTimeoutMs: options.keepAliveTimeoutMs ?? keepAliveTimeoutFromEnv(process.env),
  });
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
