import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { carriesFieldSet, parseFieldSet, printFieldSet, type FieldSet } from './federation/key-fields.js';
import { REFERENCE_KEYS } from './federation/reference-keys.js';

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

/** What `referenceResolver` returns: the `__resolveReference` of one entity type. */
// A type, not an interface, so that it fits `Record<string, unknown>` (the resolver map's shape).
export type ReferenceResolver<Ctx, Ref> = {
  __resolveReference: (reference: Ref, ctx: Ctx) => Promise<unknown>;
};

/**
 * How an entity is loaded by one of its `@key`s: the per-request loader and the loader's key
 * for a representation. For a key of one field (`"code"`) the loader alone will do: it is asked
 * for that field's value.
 */
export type KeyLoader<Ctx> =
  | ((ctx: Ctx) => DataLoader<never, unknown>)
  | {
      loader: (ctx: Ctx) => DataLoader<never, unknown>;
      /** The loader's key for a representation that carries this key's fields. */
      key: (reference: never) => unknown;
    };

/**
 * The `__resolveReference` of an entity: always one line, always through a per-request loader,
 * so that a gateway fetching 100 entities costs one batch, not 100 queries.
 *
 * With one loader and a key function, every representation goes through that loader. With an
 * object from each `@key`'s `fields` (spelled as in the directive) to its loader, the entity's
 * keys each get their own: a representation goes to the first key, in the order given, whose
 * fields it carries, and the representations of one `_entities` request that name the same key
 * make one batch. `buildFederatedSchema` checks the keys given against the type's resolvable
 * `@key`s.
 *
 * What the loaded row is answered with: the representation's fields over it (those are what the
 * gateway sent, among them the `@external` fields `@requires` made it fetch); the row fills in
 * what the representation lacks. See `withReference`.
 */
export function referenceResolver<Ctx, Ref, K>(
  loader: (ctx: Ctx) => DataLoader<K, unknown>,
  key: (reference: Ref) => K,
): ReferenceResolver<Ctx, Ref>;
export function referenceResolver<Ctx>(
  byKey: Readonly<Record<string, KeyLoader<Ctx>>>,
): ReferenceResolver<Ctx, Record<string, unknown>>;
export function referenceResolver<Ctx, Ref, K>(
  loaderOrKeys: ((ctx: Ctx) => DataLoader<K, unknown>) | Readonly<Record<string, KeyLoader<Ctx>>>,
  key?: (reference: Ref) => K,
): ReferenceResolver<Ctx, Ref> | ReferenceResolver<Ctx, Record<string, unknown>> {
  if (typeof loaderOrKeys !== 'function') return keyedReferenceResolver(loaderOrKeys);
  if (!key) throw new Error('referenceResolver(loader, key): the key function is missing');
  const loader = loaderOrKeys;
  return {
    __resolveReference: async (reference: Ref, ctx: Ctx) => {
      const looked = key(reference);
      // The fields the entity was looked up by are its key: the row's value is the canonical one
      // (an old county code finds the county under its current code).
      const keyFields = Object.entries((reference ?? {}) as Record<string, unknown>)
        .filter(([, value]) => value === looked)
        .map(([name]) => name);
      return withReference(reference, await loader(ctx).load(looked), keyFields);
    },
  };
}

interface ResolvedKey<Ctx> {
  fields: string;
  fieldSet: FieldSet;
  loader: (ctx: Ctx) => DataLoader<unknown, unknown>;
  key: (reference: Record<string, unknown>) => unknown;
}

function keyedReferenceResolver<Ctx>(
  byKey: Readonly<Record<string, KeyLoader<Ctx>>>,
): ReferenceResolver<Ctx, Record<string, unknown>> {
  const keys = Object.entries(byKey).map(([fields, entry]): ResolvedKey<Ctx> => {
    const fieldSet = parseFieldSet(fields);
    const loader = (typeof entry === 'function' ? entry : entry.loader) as ResolvedKey<Ctx>['loader'];
    if (typeof entry !== 'function') {
      return { fields: printFieldSet(fieldSet), fieldSet, loader, key: entry.key as ResolvedKey<Ctx>['key'] };
    }
    const [only, ...others] = [...fieldSet];
    if (!only || others.length > 0 || only[1].size > 0) {
      throw new Error(
        `referenceResolver: the key "${fields}" is not a single field: give { loader, key } with the loader's key for a representation`,
      );
    }
    const [name] = only;
    return { fields: printFieldSet(fieldSet), fieldSet, loader, key: (reference) => reference[name] };
  });
  if (keys.length === 0) throw new Error('referenceResolver: give a loader for at least one key');
  const resolver: ReferenceResolver<Ctx, Record<string, unknown>> = {
    __resolveReference: async (reference, ctx) => {
      const chosen = keys.find((candidate) => carriesFieldSet(reference, candidate.fieldSet));
      if (!chosen) {
        const carried = Object.keys(reference).filter((name) => name !== '__typename');
        // The gateway's mistake or a client's `_entities`, not an internal failure: say so with a code.
        throw new GraphQLError(
          `${String(reference.__typename ?? 'entity')} representation carries the fields of none of its keys ` +
            `(${keys.map((k) => `"${k.fields}"`).join(', ')}); it has: ${carried.join(', ') || 'nothing'}`,
          { extensions: { code: 'BAD_USER_INPUT', keys: keys.map((k) => k.fields) } },
        );
      }
      const keyFields = [...chosen.fieldSet.keys()];
      return withReference(reference, await chosen.loader(ctx).load(chosen.key(reference)), keyFields);
    },
  };
  // Read by buildFederatedSchema, which holds the keys given to the type's own @keys.
  Object.defineProperty(resolver, REFERENCE_KEYS, { value: keys.map((k) => k.fields), enumerable: false });
  return resolver;
}

/**
 * The row a reference resolver answers with, from the representation the gateway sent and the
 * row the subgraph loaded. The representation's fields win: they are what the gateway fetched
 * from the fields' owners (an `@external` field a `@requires` reads, the key it joined by), and
 * a subgraph's own copy of such a field may be stale. The row fills in every field the
 * representation lacks; where both have an object (a nested `@requires` selection) the two are
 * merged the same way, field by field. The row's class is kept (type-graphql's default
 * `resolveType` looks at it), and the representation's `__typename` is dropped: it may name an
 * interface, and the row's type is for `resolveType` to say. No row, no entity: `null` stays.
 * The exception is the key it was looked up by (`keyFields`): there the row's value is the
 * canonical one, so an entity found by an old code answers with its current code.
 */
export function withReference(reference: unknown, row: unknown, keyFields: readonly string[] = []): unknown {
  if (row === null || typeof row !== 'object') return row;
  if (reference === null || typeof reference !== 'object') return row;
  const { __typename: _typename, ...fields } = reference as Record<string, unknown>;
  for (const name of keyFields) if (name in (row as object)) delete fields[name];
  return mergeOver(row, fields);
}

function mergeOver(row: object, fields: Record<string, unknown>): object {
  // A copy of the row: its class, and its own properties (unfrozen, should the row be frozen).
  const descriptors = Object.getOwnPropertyDescriptors(row) as Record<string | symbol, PropertyDescriptor>;
  for (const descriptor of Object.values(descriptors)) {
    descriptor.configurable = true;
    if ('value' in descriptor) descriptor.writable = true;
  }
  const merged = Object.create(Object.getPrototypeOf(row) as object | null, descriptors) as Record<string, unknown>;
  for (const [name, value] of Object.entries(fields)) {
    const own = merged[name];
    const next = isPlainObject(value) && isMergeable(own) ? mergeOver(own, value) : value;
    // A data property of its own, even where the row's class has a getter of that name.
    Object.defineProperty(merged, name, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function isMergeable(value: unknown): value is object {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}
