import { loadAuthConfig } from '../auth/config.js';
import { openDatabase } from '../db/database.js';
import { exposeErrorDetails } from '../errors/format-error.js';
import { createLogger } from '../logger.js';
import {
  databaseTimeoutsFromEnv,
  introspectionEnabled,
  keepAliveTimeoutFromEnv,
  maxBodyBytesFromEnv,
  readyTimeoutFromEnv,
  sampleDataEnabled,
} from './config.js';
import type { SubgraphDefinition } from '../subgraph.js';
import { onShutdownSignal } from './shutdown.js';
import { startSubgraph } from './subgraph-server.js';

/**
 * Runs one subgraph as its own process, the way it is deployed. Configuration:
 * - `PORT` (default: the subgraph's own), `HOST` (default 127.0.0.1);
 * - `DATABASE_URL`: `postgres://…` in production; default `pglite://.data/<name>`, embedded;
 * - `CORS_ORIGINS`: comma-separated origins allowed from a browser;
 * - `LOG_LEVEL`: pino level (default info);
 * - `AUTH_SECRET`, `AUTH_JWKS_FILE` or `AUTH_JWKS_URL`, `AUTH_ISSUER`, `AUTH_AUDIENCE`,
 *   `AUTH_REQUIRED_FOR_READS`: how bearer tokens are checked (see `loadAuthConfig`);
 * - limits and timeouts (see server/config.ts and the kit's README): `HTTP_KEEP_ALIVE_TIMEOUT_MS`,
 *   `MAX_BODY_BYTES`, `READY_TIMEOUT_MS`, `DB_CONNECT_TIMEOUT_MS`, `DB_STATEMENT_TIMEOUT_MS`;
 * - `NODE_ENV=production` turns introspection off unless `INTROSPECTION=true`, and sample data
 *   off unless `SAMPLE_DATA=true` (read once, when the database is created); `DEBUG_ERRORS=1`
 *   shows masked errors' detail to clients (a developer's machine only).
 */
export async function runSubgraph<L>(definition: SubgraphDefinition<L>): Promise<void> {
  const log = createLogger(definition.name);
  const env = process.env;
  // Read before the database opens, so that a bad configuration stops the start at once.
  const auth = loadAuthConfig(env);
  // The sample migrations read it when they run: a typo stops the start before any does.
  sampleDataEnabled(env);
  const http = {
    keepAliveTimeoutMs: keepAliveTimeoutFromEnv(env),
    maxBodyBytes: maxBodyBytesFromEnv(env, definition.defaultMaxBodyBytes),
    readyTimeoutMs: readyTimeoutFromEnv(env),
    introspection: introspectionEnabled(env),
    exposeErrorDetails: exposeErrorDetails(env),
  };
  const database = await openDatabase(env.DATABASE_URL ?? `pglite://.data/${definition.name}`, {
    log,
    ...databaseTimeoutsFromEnv(env),
  });
  const running = await startSubgraph(definition, {
    database,
    log,
    port: env.PORT ? Number(env.PORT) : definition.defaultPort,
    host: env.HOST ?? '127.0.0.1',
    cors: env.CORS_ORIGINS ? { origins: env.CORS_ORIGINS.split(',').map((o) => o.trim()) } : undefined,
    auth,
    ...http,
  });
  onShutdownSignal(async () => {
    await running.stop();
    await database.close();
  }, log);
}
