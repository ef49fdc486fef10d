import DataLoader from 'dataloader';

/**
 * A loader of one row per key: the batch function gets every key asked for in one tick and
 * returns the rows it found, in any order; the loader answers each key with its row or null.
 * A row may answer to several keys (a county to its code and to its old code).
 */
export function rowLoader<K, V>(
  load: (keys: readonly K[]) => Promise<readonly V[]>,
  keyOf: (row: V) => K | readonly K[],
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = await load(keys);
    const byKey = new Map<K, V>();
    for (const row of rows) {
      const rowKeys = keyOf(row);
      for (const key of Array.isArray(rowKeys) ? (rowKeys as readonly K[]) : [rowKeys as K]) byKey.set(key, row);
    }
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A loader of many rows per key (a prefecture's counties, a measure's departments). */
export function groupLoader<K, V>(
  load: (keys: readonly K[]) => Promise<readonly V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const rows = await load(keys);
    const byKey = new Map<K, V[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const list = byKey.get(key);
      if (list) list.push(row);
      else byKey.set(key, [row]);
    }
    return keys.map((key) => byKey.get(key) ?? []);
  });
}

/**
 * The `__resolveReference` of an entity: always one line, always through a per-request loader,
 * so that a gateway fetching 100 entities costs one batch, not 100 queries. The row found keeps
 * the representation's other fields: those are what `@requires` made the gateway fetch.
 */
export function referenceResolver<Ctx, Ref, K>(
  loader: (ctx: Ctx) => DataLoader<K, unknown>,
  key: (reference: Ref) => K,
): { __resolveReference: (reference: Ref, ctx: Ctx) => Promise<unknown> } {
  return {
    __resolveReference: async (reference, ctx) => withReference(reference, await loader(ctx).load(key(reference))),
  };
}

/** The row over the representation's fields; the row's own class (for `resolveType`) is kept. */
function withReference(reference: unknown, row: unknown): unknown {
  if (row === null || typeof row !== 'object') return row;
  // The representation's `__typename` may name an interface; the row's type is for `resolveType` to say.
  const { __typename: _typename, ...fields } = reference as Record<string, unknown>;
  return Object.assign(Object.create(Object.getPrototypeOf(row) as object | null) as object, fields, row);
}
