import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './context.js';

/**
 * The variable that turns the mode on: the path of a JSON file `{ "<sha256>": "<operation text>" }`,
 * or several, comma-separated, whose operations are all let through (the dashboard's and the
 * publishing command's: `web/persisted-operations.json,scripts/lib/publish/persisted-operations.json`).
 */
export const PERSISTED_OPERATIONS_VARIABLE = 'PERSISTED_OPERATIONS_ONLY';

export interface PersistedOperations {
  /** Where the list was read from, for the start-up log: the file, or the files joined by ", ". */
  source: string;
  /** sha256 of an operation's text → that text. */
  byHash: ReadonlyMap<string, string>;
}

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Reads a list of persisted operations: a JSON object from each operation's sha256 (hex) to its
 * text, as the dashboard's build writes to web/persisted-operations.json. Throws, naming the file,
 * when it is unreadable or when a hash is not the sha256 of its text (a list made with another
 * algorithm would otherwise refuse every request).
 */
export function loadPersistedOperations(file: string): PersistedOperations {
  const source = path.resolve(file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(source, 'utf8'));
  } catch (error) {
    throw new Error(`${PERSISTED_OPERATIONS_VARIABLE}: cannot read ${source}: ${(error as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error(`${PERSISTED_OPERATIONS_VARIABLE}: ${source} must be a JSON object of sha256 → operation text`);
  }
  const byHash = new Map<string, string>();
  for (const [hash, text] of Object.entries(parsed)) {
    if (!SHA256.test(hash) || typeof text !== 'string' || sha256(text) !== hash) {
      throw new Error(
        `${PERSISTED_OPERATIONS_VARIABLE}: in ${source}, ${JSON.stringify(hash)} is not the sha256 of its operation text`,
      );
    }
    byHash.set(hash, text);
  }
  if (byHash.size === 0) throw new Error(`${PERSISTED_OPERATIONS_VARIABLE}: ${source} lists no operation`);
  return { source, byHash };
}

/**
 * Reads several lists and lets through the operations of all of them, so that a deployment names
 * each client's list instead of merging them by hand. Each file is read and checked as
 * `loadPersistedOperations` does (a bad one stops the start-up, named); an operation in two lists
 * is the same operation, since its hash is the sha256 of its text.
 */
export function loadPersistedOperationLists(files: readonly string[]): PersistedOperations {
  if (files.length === 0) throw new Error(`${PERSISTED_OPERATIONS_VARIABLE}: no file named`);
  const lists = files.map((file) => loadPersistedOperations(file));
  if (lists.length === 1) return lists[0]!;
  const byHash = new Map<string, string>();
  for (const list of lists) for (const [hash, text] of list.byHash) byHash.set(hash, text);
  return { source: lists.map((list) => list.source).join(', '), byHash };
}

/**
 * The lists named by `PERSISTED_OPERATIONS_ONLY` (one file, or several separated by commas), or
 * null when the mode is off (the default: unset or blank).
 */
export function persistedOperationsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): PersistedOperations | null {
  const files = (env[PERSISTED_OPERATIONS_VARIABLE] ?? '')
    .split(',')
    .map((file) => file.trim())
    .filter((file) => file !== '');
  return files.length > 0 ? loadPersistedOperationLists(files) : null;
}

/**
 * Lets through only the listed operations, asked for by hash in Apollo's persisted-query format:
 * `{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "<hash>"}}, "variables": …}`
 * (the text may be sent along, but then must be the registered text). Anything else is refused
 * before it is parsed or planned, with `extensions.code`:
 *
 * - `PERSISTED_OPERATION_NOT_FOUND`: the hash is not in the list;
 * - `OPERATION_NOT_ALLOWED`: no hash (a free-form query, introspection included), or a text that
 *   differs from the registered one.
 *
 * Apollo reads the request's `query` and `extensions` only after `requestDidStart`, so the plugin
 * puts the registered text in place there and takes the hash away (which also keeps Apollo's own
 * automatic persisted queries from registering anything). An error thrown there would reach the
 * client as a 500, so a refused request instead runs the harmless `{ __typename }` up to
 * `didResolveOperation`, the hook Apollo lets refuse an operation, and is refused there: before
 * any query plan, and before any subgraph is asked.
 */
export function persistedOperationsOnly(operations: PersistedOperations): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      const persistedQuery = request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
      const hash = typeof persistedQuery?.sha256Hash === 'string' ? persistedQuery.sha256Hash : undefined;
      const registered = hash === undefined ? undefined : operations.byHash.get(hash);
      const { persistedQuery: _hash, ...otherExtensions } = request.extensions ?? {};
      request.extensions = otherExtensions;

      let error: GraphQLError;
      if (hash === undefined) {
        error = refusal(
          'OPERATION_NOT_ALLOWED',
          'This gateway runs only registered operations: send the sha256 of one in extensions.persistedQuery.sha256Hash ' +
            '(free-form queries, introspection included, are refused in persisted-operations-only mode)',
        );
      } else if (registered === undefined) {
        error = refusal('PERSISTED_OPERATION_NOT_FOUND', `No registered operation has the hash ${hash}`);
      } else if (request.query !== undefined && request.query !== registered) {
        error = refusal('OPERATION_NOT_ALLOWED', `The query text sent differs from the registered operation ${hash}`);
      } else {
        request.query = registered;
        return;
      }
      contextValue.log.info(
        { hash: hash ?? null, code: error.extensions.code },
        'operation refused: persisted operations only',
      );
      request.query = REFUSED_PLACEHOLDER;
      request.operationName = undefined;
      return {
        async didResolveOperation() {
          throw error;
        },
      };
    },
  };
}

/** Stands in for a refused request's text so that Apollo gets as far as `didResolveOperation`. */
const REFUSED_PLACEHOLDER = '{ __typename }';

function refusal(code: 'OPERATION_NOT_ALLOWED' | 'PERSISTED_OPERATION_NOT_FOUND', message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
