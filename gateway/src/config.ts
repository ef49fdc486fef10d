import { fileURLToPath } from 'node:url';
import {
  exposeErrorDetails,
  introspectionEnabled,
  loadAuthConfig,
  type AuthConfig,
  type CorsOptions,
} from '@fupin/kit';
import { DEFAULT_DEMAND_LIMITS, DEMAND_LIMIT_VARIABLES, type DemandLimits } from './demand-control.js';
import { DEFAULT_REQUEST_TIMEOUT_MS } from './request-timeout.js';
import { DEFAULT_SUBGRAPH_KEEP_ALIVE_MS, DEFAULT_SUBGRAPH_TIMEOUT_MS } from './subgraph-data-source.js';

/** The committed supergraph, found from this file so that the working directory does not matter. */
export const DEFAULT_SUPERGRAPH_PATH = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));

export interface GatewayConfig extends GatewaySettings {
  port: number;
  host: string;
  supergraphPath: string;
  /**
   * Subgraph URLs given by `SUBGRAPH_<NAME>_URL`, keyed by `<NAME>` as written in the variable
   * (`FINANCE_INSURANCE`); match a subgraph's name with `subgraphEnvName`.
   */
  subgraphUrlOverrides: Record<string, string>;
  /** Empty unless `CORS_ORIGINS` is set: the IDE is served from the gateway itself and needs none. */
  cors: CorsOptions;
  /** How bearer tokens are checked: the same `AUTH_*` variables as every subgraph reads. */
  auth: AuthConfig;
}

/**
 * The gateway's limits, timeouts and production defaults. `createGateway` reads them from
 * `process.env` (`loadGatewaySettings`) for any option it is not given, so that a caller that
 * builds its own gateway (`npm start`) gets them too.
 */
export interface GatewaySettings {
  /** `SUBGRAPH_TIMEOUT_MS`: the most one subgraph call may take (default 10 s). */
  subgraphTimeoutMs: number;
  /**
   * `SUBGRAPH_<NAME>_TIMEOUT_MS`, keyed by `<NAME>` as written in the variable; match a subgraph's
   * name with `subgraphEnvName` (`resolveSubgraphTimeouts` does, and refuses a name it does not know).
   */
  subgraphTimeoutOverrides: Record<string, number>;
  /** `SUBGRAPH_KEEP_ALIVE_MS`: how long an idle connection to a subgraph is kept (default 4 s). */
  subgraphKeepAliveMs: number;
  /** `REQUEST_TIMEOUT_MS`: the most one request may take at the gateway (default 30 s). */
  requestTimeoutMs: number;
  /** `MAX_QUERY_DEPTH`, `MAX_QUERY_FIELDS`, `MAX_QUERY_ALIASES`, `MAX_QUERY_TOKENS`, `MAX_QUERY_COST`. */
  limits: DemandLimits;
  /** Introspection answers: `introspectionEnabled` (off under NODE_ENV=production unless INTROSPECTION=true). */
  introspection: boolean;
  /** The IDE is served at `/`: `IDE`, default off under NODE_ENV=production and on otherwise. */
  ide: boolean;
  /** `DEBUG_ERRORS`: stack traces and masked errors' details reach clients (default off). */
  exposeErrorDetails: boolean;
}

type Env = Readonly<Record<string, string | undefined>>;

const SUBGRAPH_URL_VARIABLE = /^SUBGRAPH_([A-Z0-9_]+)_URL$/;
const SUBGRAPH_TIMEOUT_VARIABLE = /^SUBGRAPH_([A-Z0-9_]+)_TIMEOUT_MS$/;

/** The `<NAME>` of `SUBGRAPH_<NAME>_URL` for a subgraph: `finance-insurance` → `FINANCE_INSURANCE`. */
export function subgraphEnvName(subgraphName: string): string {
  return subgraphName.toUpperCase().replace(/-/g, '_');
}

/** Reads the gateway's configuration from `env` (pass `process.env`); throws on a value it cannot use. */
export function loadGatewayConfig(env: Env): GatewayConfig {
  const subgraphUrlOverrides: Record<string, string> = {};
  for (const [variable, value] of Object.entries(env)) {
    const name = SUBGRAPH_URL_VARIABLE.exec(variable)?.[1];
    if (name === undefined || value === undefined || value.trim() === '') continue;
    subgraphUrlOverrides[name] = httpUrl(variable, value.trim());
  }
  return {
    port: port(env.PORT),
    host: nonEmpty(env.HOST) ?? '127.0.0.1',
    supergraphPath: nonEmpty(env.SUPERGRAPH_PATH) ?? DEFAULT_SUPERGRAPH_PATH,
    subgraphUrlOverrides,
    cors: { origins: list(env.CORS_ORIGINS).map(origin) },
    auth: loadAuthConfig(env),
    ...loadGatewaySettings(env),
  };
}

/**
 * The limits, timeouts and production defaults from `env`; a value that is not a whole number
 * above 0 (or `IDE`/`INTROSPECTION` neither true nor false) throws, naming the variable.
 */
export function loadGatewaySettings(env: Env): GatewaySettings {
  const subgraphTimeoutOverrides: Record<string, number> = {};
  for (const [variable, value] of Object.entries(env)) {
    const name = SUBGRAPH_TIMEOUT_VARIABLE.exec(variable)?.[1];
    if (name === undefined || value === undefined || value.trim() === '') continue;
    subgraphTimeoutOverrides[name] = positiveInteger(env, variable, 0);
  }
  const limits = {} as DemandLimits;
  for (const [limit, variable] of Object.entries(DEMAND_LIMIT_VARIABLES) as [keyof DemandLimits, string][]) {
    limits[limit] = positiveInteger(env, variable, DEFAULT_DEMAND_LIMITS[limit]);
  }
  return {
    subgraphTimeoutMs: positiveInteger(env, 'SUBGRAPH_TIMEOUT_MS', DEFAULT_SUBGRAPH_TIMEOUT_MS),
    subgraphTimeoutOverrides,
    subgraphKeepAliveMs: positiveInteger(env, 'SUBGRAPH_KEEP_ALIVE_MS', DEFAULT_SUBGRAPH_KEEP_ALIVE_MS),
    requestTimeoutMs: positiveInteger(env, 'REQUEST_TIMEOUT_MS', DEFAULT_REQUEST_TIMEOUT_MS),
    limits,
    introspection: introspectionEnabled(env),
    ide: ideEnabled(env),
    exposeErrorDetails: exposeErrorDetails(env),
  };
}

/**
 * Whether the gateway serves GraphiQL at `/`: `IDE=true` or `IDE=false` says so; unset, it is off
 * under `NODE_ENV=production` (a production endpoint need not offer a query editor) and on otherwise.
 */
export function ideEnabled(env: Env): boolean {
  const value = env.IDE?.trim().toLowerCase();
  if (value === undefined || value === '') return env.NODE_ENV !== 'production';
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new Error(`IDE must be true or false, not ${JSON.stringify(env.IDE)}`);
}

/** A whole number above 0 (`30000`, `30_000`), or `fallback` when unset; anything else stops the start. */
function positiveInteger(env: Env, variable: string, fallback: number): number {
  const text = env[variable]?.trim();
  if (text === undefined || text === '') return fallback;
  const value = Number(text.replaceAll('_', ''));
  if (!/^[0-9_]+$/.test(text) || !Number.isSafeInteger(value) || value <= 0) {
    throw new Error(`${variable} must be a whole number above 0, not ${JSON.stringify(env[variable])}`);
  }
  return value;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function port(value: string | undefined): number {
  const text = nonEmpty(value);
  if (text === undefined) return 4000;
  const number = Number(text);
  if (!Number.isInteger(number) || number < 0 || number > 65535) {
    throw new Error(`PORT must be a port number (0-65535), not ${JSON.stringify(value)}`);
  }
  return number;
}

function httpUrl(variable: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${variable} must be an http(s) URL, not ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${variable} must be an http(s) URL, not ${JSON.stringify(value)}`);
  }
  return value;
}

/** An origin as browsers send it: `*`, or scheme, host and port with no path (no trailing `/`). */
function origin(value: string): string {
  if (value === '*') return value;
  let parsed: URL | undefined;
  try {
    parsed = new URL(value);
  } catch {
    parsed = undefined;
  }
  if (parsed?.origin !== value) {
    throw new Error(
      `CORS_ORIGINS entries must be origins such as http://localhost:5173 (no path, no trailing /), not ${JSON.stringify(value)}`,
    );
  }
  return value;
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}
