import { graphql, type GraphQLSchema } from 'graphql';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildFederatedSchema } from '../federation/build-subgraph-schema.js';
import { referenceResolver } from '../loaders.js';
import { compose } from './fixtures/gateway.js';
import { registry, registryLoads, type RegistryContext } from './fixtures/registry.js';

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on County { code oldCode prefecture name townships } }
}`;

let schema: GraphQLSchema;
let sdl: string;
beforeAll(async () => {
  ({ schema, sdl } = await buildFederatedSchema(registry));
});
beforeEach(() => {
  registryLoads.length = 0;
});

/** One `_entities` request, as the gateway sends it, with the fresh loaders of a request. */
async function entities(representations: Record<string, unknown>[]) {
  const contextValue: RegistryContext = { requestId: 'test', loaders: registry.createLoaders() };
  const result = await graphql({ schema, source: ENTITIES, variableValues: { representations }, contextValue });
  return { data: result.data?._entities as unknown[] | undefined, errors: result.errors?.map((e) => e.message) };
}

const 枣阳 = { code: '420683', oldCode: null, prefecture: '襄阳市', name: '枣阳市', townships: 15 };
const 监利 = { code: '421088', oldCode: '421023', prefecture: '荆州市', name: '监利市', townships: 23 };
const 嘉鱼 = { code: '421221', oldCode: null, prefecture: '咸宁市', name: '嘉鱼县', townships: 8 };

describe('referenceResolver for an entity with several @keys', () => {
  it('answers representations by each key in one _entities request, with one batched load per key', async () => {
    const result = await entities([
      { __typename: 'County', code: '421088' },
      { __typename: 'County', oldCode: '421023' },
      { __typename: 'County', prefecture: '咸宁市', name: '嘉鱼县' },
      { __typename: 'County', code: '420683' },
      { __typename: 'County', oldCode: '429999' },
    ]);

    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual([监利, 监利, 嘉鱼, 枣阳, null]);
    expect(registryLoads).toEqual([
      { by: 'code', keys: ['421088', '420683'] },
      { by: 'oldCode', keys: ['421023', '429999'] },
      { by: 'prefecture name', keys: ['咸宁市/嘉鱼县'] },
    ]);
  });

  it('takes the first key, in the order given, whose fields the representation carries', async () => {
    // A representation may carry more than one key's fields, as when @requires asks for one.
    const result = await entities([{ __typename: 'County', code: '420683', prefecture: '襄阳市', name: '枣阳市' }]);

    expect(result.data).toEqual([枣阳]);
    expect(registryLoads).toEqual([{ by: 'code', keys: ['420683'] }]);
  });

  it('answers an error for a representation that carries the fields of none of the keys, and the rest as usual', async () => {
    const result = await entities([
      { __typename: 'County', name: '嘉鱼县' },
      { __typename: 'County', code: '421221' },
    ]);

    expect(result.data).toEqual([null, 嘉鱼]);
    expect(result.errors).toEqual([
      'County representation carries the fields of none of its keys ("code", "oldCode", "name prefecture"); it has: name',
    ]);
  });

  it('gives the representation precedence over the loaded row, as the one-loader form does', async () => {
    const result = await entities([{ __typename: 'County', oldCode: '421023', townships: 24 }]);

    expect(result.data).toEqual([{ ...监利, townships: 24 }]);
  });

  it("composes: the registry's three keys are the supergraph's", () => {
    const supergraphSdl = compose([{ name: 'registry', sdl }]);

    expect(supergraphSdl).toContain('@join__type(graph: REGISTRY, key: "code")');
    expect(supergraphSdl).toContain('@join__type(graph: REGISTRY, key: "oldCode")');
    expect(supergraphSdl).toContain('@join__type(graph: REGISTRY, key: "prefecture name")');
  });

  it("refuses, when the schema is built, loaders that do not match the type's resolvable @keys", async () => {
    const missing = referenceResolver({
      code: (ctx: RegistryContext) => ctx.loaders.byCode,
      'prefecture name': { loader: (ctx: RegistryContext) => ctx.loaders.byPrefectureAndName, key: () => '' },
    });
    await expect(buildFederatedSchema({ ...registry, referenceResolvers: { County: missing } })).rejects.toThrow(
      'Subgraph registry: County declares @key(fields: "oldCode") but its reference resolver has no loader for it',
    );

    const extra = referenceResolver({
      code: (ctx: RegistryContext) => ctx.loaders.byCode,
      oldCode: (ctx: RegistryContext) => ctx.loaders.byOldCode,
      'prefecture name': { loader: (ctx: RegistryContext) => ctx.loaders.byPrefectureAndName, key: () => '' },
      name: (ctx: RegistryContext) => ctx.loaders.byPrefectureAndName,
    });
    await expect(buildFederatedSchema({ ...registry, referenceResolvers: { County: extra } })).rejects.toThrow(
      `County's reference resolver has a loader for "name", which is not one of its resolvable @keys`,
    );
  });

  it('matches keys whatever their order and spacing', async () => {
    const reordered = referenceResolver({
      oldCode: (ctx: RegistryContext) => ctx.loaders.byOldCode,
      '  name   prefecture ': { loader: (ctx: RegistryContext) => ctx.loaders.byPrefectureAndName, key: () => '' },
      code: (ctx: RegistryContext) => ctx.loaders.byCode,
    });

    await expect(
      buildFederatedSchema({ ...registry, referenceResolvers: { County: reordered } }),
    ).resolves.toBeDefined();
  });

  it('needs a key function for a key of several fields', () => {
    expect(() =>
      referenceResolver({ 'prefecture name': (ctx: RegistryContext) => ctx.loaders.byPrefectureAndName }),
    ).toThrow('the key "prefecture name" is not a single field: give { loader, key }');
  });
});
