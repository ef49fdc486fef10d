import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useState } from 'react';
import { execute, type GraphQLErrorEntry } from './client';

export interface QueryState<T> {
  loading: boolean;
  /** What arrived, possibly partial; kept while a new request for other variables is in flight. */
  data: T | null;
  /** The errors of a response that arrived (a subgraph down, say), alongside `data`. */
  errors: GraphQLErrorEntry[];
  /** The request itself failed: the gateway is unreachable or did not answer GraphQL. */
  failure: string | null;
  refetch(): void;
}

/** Runs a generated operation when `variables` change (compared by value); `skip` holds it back. */
export function useQuery<R, V>(document: TypedDocumentNode<R, V>, variables: V, skip = false): QueryState<R> {
  const key = JSON.stringify(variables);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Omit<QueryState<R>, 'refetch'>>({
    loading: !skip,
    data: null,
    errors: [],
    failure: null,
  });

  useEffect(() => {
    if (skip) return;
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true, failure: null }));
    execute(document, JSON.parse(key) as V, controller.signal).then(
      (result) => setState({ loading: false, data: result.data, errors: result.errors, failure: null }),
      (error: Error) => {
        if (error.name === 'AbortError') return;
        setState({ loading: false, data: null, errors: [], failure: error.message });
      },
    );
    return () => controller.abort();
  }, [document, key, skip, attempt]);

  const refetch = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, refetch };
}
