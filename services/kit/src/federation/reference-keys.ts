/**
 * Where a reference resolver made by `referenceResolver({ …keys })` keeps the keys it was given
 * (each in the spelling of `printFieldSet`), for `buildFederatedSchema` to hold against the
 * type's `@key`s. Not enumerable: Apollo's resolver map never sees it.
 */
export const REFERENCE_KEYS: unique symbol = Symbol.for('@fupin/kit.referenceKeys');

/** The keys a reference resolver was made for, or `undefined` for one made otherwise. */
export function referenceKeysOf(resolvers: unknown): readonly string[] | undefined {
  if (resolvers === null || typeof resolvers !== 'object') return undefined;
  const keys = (resolvers as { [REFERENCE_KEYS]?: unknown })[REFERENCE_KEYS];
  return Array.isArray(keys) ? (keys as string[]) : undefined;
}
