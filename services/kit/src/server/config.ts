import { DEFAULT_MAX_BODY_BYTES, DEFAULT_READY_TIMEOUT_MS } from '../http/http-app.js';
import { DEFAULT_SERVER_KEEP_ALIVE_MS } from '../http/listen.js';
import {
  DEFAULT_DB_CONNECT_TIMEOUT_MS,
  DEFAULT_DB_STATEMENT_TIMEOUT_MS,
  type DatabaseTimeouts,
} from '../db/database.js';

// The limits and production defaults a service reads from its environment. Each reader throws on
// a value it cannot use, so a typo stops the start instead of silently running on the default.

type Env = Readonly<Record<string, string | undefined>>;

/** `HTTP_KEEP_ALIVE_TIMEOUT_MS`: idle keep-alive timeout of the HTTP server (default 65,000). */
export function keepAliveTimeoutFromEnv(env: Env): number {
  return positiveInteger(env, 'HTTP_KEEP_ALIVE_TIMEOUT_MS', DEFAULT_SERVER_KEEP_ALIVE_MS);
}

/**
 * `MAX_BODY_BYTES`: the largest request body accepted; above it, HTTP 413 (default 2 MiB, or the
 * subgraph's own `defaultMaxBodyBytes`).
 */
export function maxBodyBytesFromEnv(env: Env, fallback: number = DEFAULT_MAX_BODY_BYTES): number {
  return positiveInteger(env, 'MAX_BODY_BYTES', fallback);
}

/** `READY_TIMEOUT_MS`: how long `/ready` waits for its check before answering 503 (default 1,000). */
export function readyTimeoutFromEnv(env: Env): number {
  return positiveInteger(env, 'READY_TIMEOUT_MS', DEFAULT_READY_TIMEOUT_MS);
}

/**
 * Whether the GraphQL schema answers introspection: yes by default, no under
 * `NODE_ENV=production` unless `INTROSPECTION=true`. `INTROSPECTION=false` turns it off anywhere.
 * Federation's `_service { sdl }` is an ordinary field and answers either way.
 */
export function introspectionEnabled(env: Env): boolean {
  const value = env.INTROSPECTION?.trim().toLowerCase();
  if (value === undefined || value === '') return env.NODE_ENV !== 'production';
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new Error(`INTROSPECTION must be true or false, not ${JSON.stringify(env.INTROSPECTION)}`);
}

/**
 * Whether a new database is given the departments' sample figures (`SAMPLE_DATA`): yes by
 * default, no under `NODE_ENV=production`; `SAMPLE_DATA=true` or `false` decides anywhere. Read
 * when the sample migrations run, that is once, when a department's database is created: a
 * database keeps what it was given (see the kit's README).
 */
export function sampleDataEnabled(env: Env): boolean {
  const value = env.SAMPLE_DATA?.trim().toLowerCase();
  if (value === undefined || value === '') return env.NODE_ENV !== 'production';
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new Error(`SAMPLE_DATA must be true or false, not ${JSON.stringify(env.SAMPLE_DATA)}`);
}

/**
 * `DB_CONNECT_TIMEOUT_MS` (default 5,000), `DB_STATEMENT_TIMEOUT_MS` (default 10,000) and
 * `READY_TIMEOUT_MS` (the ping of `/ready`, default 1,000), for `openDatabase`.
 */
export function databaseTimeoutsFromEnv(env: Env): Required<DatabaseTimeouts> {
  return {
    connectTimeoutMs: positiveInteger(env, 'DB_CONNECT_TIMEOUT_MS', DEFAULT_DB_CONNECT_TIMEOUT_MS),
    statementTimeoutMs: positiveInteger(env, 'DB_STATEMENT_TIMEOUT_MS', DEFAULT_DB_STATEMENT_TIMEOUT_MS),
    pingTimeoutMs: readyTimeoutFromEnv(env),
  };
}

function positiveInteger(env: Env, name: string, fallback: number): number {
  const text = env[name]?.trim();
  if (text === undefined || text === '') return fallback;
  const value = Number(text.replaceAll('_', ''));
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new Error(`${name} must be a whole number above 0, not ${JSON.stringify(env[name])}`);
  }
  return value;
}
