import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import persistedDocuments from '../gql/persisted-documents.json';

/** Where the dashboard sends its operations: the gateway that serves it, unless built for another. */
export const GRAPHQL_URL: string = import.meta.env.VITE_GRAPHQL_URL ?? '/graphql';

export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

/** A response that arrived: `data` may be partial, with `errors` saying what is missing. */
export interface GraphQLResult<T> {
  data: T | null;
  errors: GraphQLErrorEntry[];
}

/** The gateway could not be reached, or answered with something that is not GraphQL. */
export class GatewayError extends Error {
  override name = 'GatewayError';
}

const TEXT_BY_HASH: Readonly<Record<string, string>> = persistedDocuments;

/** The sha256 codegen gave an operation (`src/gql/persisted-documents.json`). */
export function operationHash(document: TypedDocumentNode<unknown, never>): string {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash || !TEXT_BY_HASH[hash]) {
    throw new Error('not a generated document: run `npm run codegen -w @fupin/web`');
  }
  return hash;
}

/**
 * Sends one of the dashboard's own operations in Apollo's persisted-query format: the text and
 * its sha256 under `extensions.persistedQuery`. A gateway in persisted-operations-only mode runs
 * the registered text for that hash; otherwise it checks that the hash matches the text.
 */
export async function execute<R, V>(
  document: TypedDocumentNode<R, V>,
  variables: V,
  signal?: AbortSignal,
): Promise<GraphQLResult<R>> {
  const hash = operationHash(document as TypedDocumentNode<unknown, never>);
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({
        query: TEXT_BY_HASH[hash],
        variables,
        extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
      }),
      signal: signal ?? null,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new GatewayError(`无法连接网关（${GRAPHQL_URL}）：${(error as Error).message}`);
  }
  let body: { data?: R | null; errors?: GraphQLErrorEntry[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new GatewayError(`网关返回了无法解析的响应（HTTP ${response.status}）`);
  }
  if (body.data === undefined && !body.errors) {
    throw new GatewayError(`网关返回了无法识别的响应（HTTP ${response.status}）`);
  }
  return { data: body.data ?? null, errors: body.errors ?? [] };
}
