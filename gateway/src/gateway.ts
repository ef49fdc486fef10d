import { ApolloGateway, type GraphQLDataSource, type ServiceEndpointDefinition } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  createAuthenticator,
  createHttpApp,
  listen,
  loadAuthConfig,
  type AuthConfig,
  type CorsOptions,
  type HttpApp,
  type Listening,
  type Logger,
} from '@fupin/kit';
import type { GatewayContext } from './context.js';
import { createDashboardRoute, DEFAULT_DASHBOARD_DIR } from './dashboard.js';
import { createIde } from './ide.js';
import {
  persistedOperationsFromEnv,
  persistedOperationsOnly,
  type PersistedOperations,
} from './persisted-operations.js';
import { SubgraphDataSource } from './subgraph-data-source.js';

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
  const buildService =
    options.buildService ??
    ((subgraph: SubgraphEndpoint) => new SubgraphDataSource({ url: subgraph.url, subgraphName: subgraph.name }));
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
  gateway.onSchemaLoadOrUpdate(() => {
    supergraphLoaded = true;
  });

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: true,
    logger: log,
    // The process owner (main.ts, a test) decides when to stop.
    stopOnTerminationSignals: false,
    // Apollo's landing page loads from a CDN; the gateway serves its own IDE instead.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ...(persistedOperations ? [persistedOperationsOnly(persistedOperations)] : []),
    ],
  });

  const ide = createIde();
  const app = createHttpApp<GatewayContext>({
    apollo,
    log,
    cors: options.cors,
    routes: [
      ...ide.routes,
      ...(options.dashboardDir === null ? [] : [createDashboardRoute(options.dashboardDir ?? DEFAULT_DASHBOARD_DIR)]),
    ],
    readiness: async () => {
      if (!supergraphLoaded) throw new Error('the supergraph is not loaded yet');
    },
    // Apollo builds the context before it plans the query: a refused token (thrown: 401) reaches
    // no subgraph.
    context: async (req, requestId) => ({
      principal: await authenticate(req.headers.authorization),
      requestId,
      authorization: req.headers.authorization,
      log: log.child({ requestId }),
    }),
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
    },
  };
}
