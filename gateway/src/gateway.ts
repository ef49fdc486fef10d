import { ApolloGateway, type GraphQLDataSource, type ServiceEndpointDefinition } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import {
  createAuthenticator,
  createErrorFormatter,
  createHttpApp,
  DEFAULT_SERVER_KEEP_ALIVE_MS,
  listen,
  loadAuthConfig,
  type AuthConfig,
  type CorsOptions,
  type HttpApp,
  type Listening,
  type Logger,
} from '@fupin/kit';
import { loadGatewaySettings, type GatewaySettings } from './config.js';
import type { GatewayContext } from './context.js';
import { createDashboardRoute, DEFAULT_DASHBOARD_DIR } from './dashboard.js';
import { demandControl, type DemandLimits } from './demand-control.js';
import { createIde } from './ide.js';
import {
  persistedOperationsFromEnv,
  persistedOperationsOnly,
  type PersistedOperations,
} from './persisted-operations.js';
import { requestTimeout, startDeadline } from './request-timeout.js';
import { createSubgraphAgent, SubgraphDataSource } from './subgraph-data-source.js';
import { resolveSubgraphTimeouts } from './supergraph.js';

export interface SubgraphEndpoint {
  name: string;
  url: string;
}

export interface CreateGatewayOptions {
  /** The committed supergraph; the gateway never composes one by introspecting the subgraphs. */
  supergraphSdl: string;
  /** Each subgraph's URL by name; a subgraph not named here is called at its supergraph URL. */
  subgraphUrls?: Readonly<Record<string, string>>;
  log: Logger;
  cors?: CorsOptions;
  /** How bearer tokens are checked; default `loadAuthConfig(process.env)`, as in every subgraph. */
  auth?: AuthConfig;
  /** How to reach one subgraph; by default over HTTP with `SubgraphDataSource`. */
  buildService?: (subgraph: SubgraphEndpoint) => GraphQLDataSource<GatewayContext>;
  /**
   * Accept only these operations, by hash (persisted-operations-only mode); null: any operation.
   * Default: the list named by `PERSISTED_OPERATIONS_ONLY`, else off.
   */
  persistedOperations?: PersistedOperations | null;
  /** The built dashboard served at `/dashboard/`; default web/dist of this repository; null: none. */
  dashboardDir?: string | null;

  // Limits, timeouts and production defaults. Each one not given is read from `process.env`
  // (`loadGatewaySettings`, the variable named below; the README's table has the defaults), so a
  // caller that builds its own gateway, as `npm start` does, honours the variables too.
  /** The most one subgraph call may take, in ms (`SUBGRAPH_TIMEOUT_MS`, 10,000): then `SUBGRAPH_TIMEOUT`. */
  subgraphTimeoutMs?: number;
  /**
   * Timeouts of particular subgraphs, in ms, by subgraph name (`finance-insurance`); the others
   * keep `subgraphTimeoutMs` (`SUBGRAPH_<NAME>_TIMEOUT_MS`).
   */
  subgraphTimeoutsMs?: Readonly<Record<string, number>>;
  /** How long an idle connection to a subgraph is kept, in ms (`SUBGRAPH_KEEP_ALIVE_MS`, 4,000). */
  subgraphKeepAliveMs?: number;
  /** The most one request may take, in ms (`REQUEST_TIMEOUT_MS`, 30,000): then HTTP 504 `REQUEST_TIMEOUT`. */
  requestTimeoutMs?: number;
  /**
   * Demand-control limits (`MAX_QUERY_DEPTH`, `MAX_QUERY_FIELDS`, `MAX_QUERY_ALIASES`,
   * `MAX_QUERY_TOKENS`, `MAX_QUERY_COST`); one not given here is read from its variable.
   */
  limits?: Partial<DemandLimits>;
  /** Whether introspection answers (`introspectionEnabled`: off under NODE_ENV=production unless INTROSPECTION=true). */
  introspection?: boolean;
  /** Whether GraphiQL is served at `/` (`IDE`; off under NODE_ENV=production unless IDE=true). */
  ide?: boolean;
  /** Stack traces and masked errors' details in responses (`DEBUG_ERRORS`, off). */
  exposeErrorDetails?: boolean;
}

export interface Gateway {
  apollo: ApolloServer<GatewayContext>;
  /** `/graphql`, the IDE at `/`, the dashboard at `/dashboard/`, `/health`, and `/ready` (200 once the supergraph is loaded). */
  app: HttpApp;
  /** Loads the supergraph and plans queries from then on. */
  start(): Promise<void>;
  /** Serves `app` on `port` (0: a free one); `stop()` closes it. */
  listen(port: number, host?: string): Promise<Listening>;
  /** Answers `/ready` with 503, lets requests in flight finish, closes the port, stops Apollo. */
  stop(): Promise<void>;
}

export function createGateway(options: CreateGatewayOptions): Gateway {
  // The gateway otherwise reports anonymous usage to Apollo, and it reads only this variable.
  // Nothing may leave these machines, so it is off unless someone deliberately sets it.
  process.env.APOLLO_TELEMETRY_DISABLED ??= '1';

  const { log } = options;
  const authenticate = createAuthenticator(options.auth ?? loadAuthConfig(process.env), { log });
  let fromEnv: GatewaySettings | undefined;
  const env = () => (fromEnv ??= loadGatewaySettings(process.env));
  const keepAliveMs = options.subgraphKeepAliveMs ?? env().subgraphKeepAliveMs;
  if (keepAliveMs >= DEFAULT_SERVER_KEEP_ALIVE_MS) {
    log.warn(
      { subgraphKeepAliveMs: keepAliveMs, subgraphServerKeepAliveMs: DEFAULT_SERVER_KEEP_ALIVE_MS },
      "SUBGRAPH_KEEP_ALIVE_MS is not below the subgraphs' own keep-alive timeout: requests after an idle pause may fail",
    );
  }
  // One pool for every subgraph call, closed on stop.
  const agent = createSubgraphAgent(keepAliveMs);
  const subgraphTimeoutMs = options.subgraphTimeoutMs ?? env().subgraphTimeoutMs;
  const subgraphTimeoutsMs =
    options.subgraphTimeoutsMs ?? resolveSubgraphTimeouts(options.supergraphSdl, env().subgraphTimeoutOverrides);
  const buildService =
    options.buildService ??
    ((subgraph: SubgraphEndpoint) =>
      new SubgraphDataSource({
        url: subgraph.url,
        subgraphName: subgraph.name,
        timeoutMs: subgraphTimeoutsMs[subgraph.name] ?? subgraphTimeoutMs,
        agent,
      }));
  const requestTimeoutMs = options.requestTimeoutMs ?? env().requestTimeoutMs;
  const limits: DemandLimits = { ...env().limits, ...options.limits };
  const exposeDetails = options.exposeErrorDetails ?? env().exposeErrorDetails;
  if (exposeDetails) log.warn('DEBUG_ERRORS is on: error details and stack traces reach clients');
  const persistedOperations =
    options.persistedOperations === undefined ? persistedOperationsFromEnv(process.env) : options.persistedOperations;
  if (persistedOperations) {
    log.info(
      { persistedOperations: persistedOperations.source, operations: persistedOperations.byHash.size },
      'persisted-operations-only mode: any other operation is refused',
    );
  }
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }: ServiceEndpointDefinition) => {
      const resolved = options.subgraphUrls?.[name] ?? url;
      if (!resolved) throw new Error(`subgraph ${name} has no URL`);
      return buildService({ name, url: resolved });
    },
    logger: log,
  });
  let supergraphLoaded = false;
  // The API schema the gateway built from the supergraph: the IDE's examples are derived from it.
  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate((loaded) => {
    supergraphLoaded = true;
    apiSchema = loaded.apiSchema;
  });

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: options.introspection ?? env().introspection,
    // Unexpected errors are logged under an id and masked; a subgraph's refusals pass with their code.
    formatError: createErrorFormatter(log, { exposeDetails }),
    // Apollo's default depends on NODE_ENV (stack traces everywhere but production and test).
    includeStacktraceInErrorResponses: exposeDetails,
    logger: log,
    // The process owner (main.ts, a test) decides when to stop.
    stopOnTerminationSignals: false,
    plugins: [
      // Apollo's landing page loads from a CDN; the gateway serves its own IDE instead.
      ApolloServerPluginLandingPageDisabled(),
      // First: it puts the registered text in place, which the limits then measure.
      ...(persistedOperations ? [persistedOperationsOnly(persistedOperations)] : []),
      demandControl(limits),
      requestTimeout(),
    ],
  });

  const ideRoutes =
    (options.ide ?? env().ide)
      ? createIde(() => {
          if (!apiSchema) throw new Error('the supergraph is not loaded yet');
          return apiSchema;
        }).routes
      : [];
  const app = createHttpApp<GatewayContext>({
    apollo,
    log,
    cors: options.cors,
    // No maxBodyBytes: the kit's default (2 MiB, then 413 PAYLOAD_TOO_LARGE) fits a query of a few
    // KB and a publish of 10,000 rows (about 1.2 MB) alike.
    routes: [
      ...ideRoutes,
      ...(options.dashboardDir === null ? [] : [createDashboardRoute(options.dashboardDir ?? DEFAULT_DASHBOARD_DIR)]),
    ],
    readiness: async () => {
      if (!supergraphLoaded) throw new Error('the supergraph is not loaded yet');
    },
    // Apollo builds the context before it plans the query: a refused token (thrown: 401) reaches
    // no subgraph.
    context: async (req, requestId) => {
      // The clock starts before the token is checked: a slow key set counts too.
      const deadline = startDeadline(requestTimeoutMs);
      try {
        return {
          principal: await authenticate(req.headers.authorization),
          requestId,
          authorization: req.headers.authorization,
          log: log.child({ requestId }),
          deadline,
        };
      } catch (error) {
        deadline.clear();
        throw error;
      }
    },
  });

  let listening: Listening | undefined;
  return {
    apollo,
    app,
    start: () => apollo.start(),
    async listen(port, host) {
      if (listening) throw new Error(`the gateway already listens at ${listening.url}`);
      listening = await listen(app.listener, port, host);
      return listening;
    },
    async stop() {
      app.drain();
      await listening?.close();
      listening = undefined;
      await apollo.stop();
      if (!agent.closed) await agent.close();
    },
  };
}
