import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type DocumentNode, type GraphQLDirective, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { declaredKeys } from './key-fields.js';
import { linkedNames, schemaHeader, type SchemaLink } from './link.js';
import { referenceKeysOf } from './reference-keys.js';
import {
  checkDirectivesForVersion,
  checkFederationVersion,
  FEDERATION_VERSION,
  type FederationVersion,
} from './versions.js';

/** `__resolveReference` and friends, keyed by type name, merged over type-graphql's resolvers. */
export type ReferenceResolvers = Record<string, Record<string, unknown>>;

export interface SubgraphSchemaOptions {
  /** The subgraph's name, for error messages (a `SubgraphDefinition` always has one). */
  name?: string;
  /**
   * The Federation 2 version the subgraph declares in its `@link` (v2.0–v2.9; v2.9 unless set).
   * The kit imports every directive that version defines, by its short name; a directive the
   * version lacks is refused when the schema is built, naming the version it needs.
   */
  federationVersion?: FederationVersion;
  // type-graphql takes resolver classes as plain constructors.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  /** Types reachable from no resolver, such as entities a subgraph only contributes fields to. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  referenceResolvers?: ReferenceResolvers;
  /** Definitions of the subgraph's own directives (printed into its SDL). */
  directives?: GraphQLDirective[];
  /** Specifications the subgraph links besides federation, and the directives it composes. */
  links?: SchemaLink[];
  composeDirectives?: string[];
}

export interface SubgraphSchema {
  schema: GraphQLSchema;
  /** The subgraph's SDL exactly as composition reads it, `@link` header included. */
  sdl: string;
}

/** Turns type-graphql resolvers plus reference resolvers into a Federation 2 subgraph schema. */
export async function buildFederatedSchema(options: SubgraphSchemaOptions): Promise<SubgraphSchema> {
  const typeGraphqlSchema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    directives: options.directives,
    // A subgraph may legitimately have no Query of its own; composition checks the whole.
    skipCheck: true,
  });
  describeRootTypes(typeGraphqlSchema);
  const federationVersion = checkFederationVersion(options.federationVersion ?? FEDERATION_VERSION);
  const body = printSchemaWithDirectives(typeGraphqlSchema);
  const document = parse(body);
  // A directive the subgraph defines itself, or links from elsewhere, is not federation's.
  const ownDirectives = [
    ...linkedNames(options.links ?? []),
    ...(options.directives ?? []).map((directive) => `@${directive.name}`),
  ];
  checkDirectivesForVersion(options.name, document, {
    federationVersion,
    notFederation: ownDirectives,
    composeDirectives: options.composeDirectives,
  });
  checkReferenceKeys(options.name, document, options.referenceResolvers ?? {});
  const header = schemaHeader(options.links, options.composeDirectives, federationVersion, ownDirectives);
  const sdl = `${header}\n\n${body}\n`;
  const resolvers = mergeResolvers(
    createResolversMap(typeGraphqlSchema) as Record<string, Record<string, unknown>>,
    options.referenceResolvers ?? {},
  );
  // The one cast between type-graphql's resolver map and Apollo's (type-graphql issue 1768).
  const schema = buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers: resolvers as GraphQLResolverMap<unknown> }]);
  return { schema, sdl };
}

/**
 * The root types' descriptions. type-graphql has no option for them, so they are set here, the
 * same in every subgraph: composition then has one text to take for the supergraph.
 */
const ROOT_TYPE_DESCRIPTIONS = {
  Query:
    '查询入口: 文件及其措施、组织保障、省直单位、市(州)和县、指标与规则、考核评估、各单位的写入审计记录; ' +
    '各部门的数字经 County、Prefecture、Province 上的字段读取 / ' +
    'The entry points for reading: the document, its measures and guarantees, the departments, prefectures and counties, ' +
    "the indicators and rules, the assessment, and each department's audit log; the departments' figures hang off " +
    'County, Prefecture and Province',
  Mutation:
    '写入入口: 各单位发布本单位的指标数值(publish…Observations), 需要本单位的 publisher 令牌 / ' +
    'The entry points for writing: each department publishes its own figures (publish…Observations) with a publisher token of its own',
} as const;

function describeRootTypes(schema: GraphQLSchema): void {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    if (type && type.name in ROOT_TYPE_DESCRIPTIONS) {
      type.description = ROOT_TYPE_DESCRIPTIONS[type.name as keyof typeof ROOT_TYPE_DESCRIPTIONS];
    }
  }
}

function mergeResolvers(
  base: Record<string, Record<string, unknown>>,
  extra: ReferenceResolvers,
): Record<string, Record<string, unknown>> {
  const merged = { ...base };
  for (const [typeName, fields] of Object.entries(extra)) {
    merged[typeName] = { ...(merged[typeName] ?? {}), ...fields };
  }
  return merged;
}

/**
 * A reference resolver made for several keys (`referenceResolver({ code: …, name: … })`) must
 * name exactly the type's resolvable `@key`s: a key without a loader would fail the first time
 * the gateway joins by it, a loader for a key the type lacks is a typo.
 */
function checkReferenceKeys(subgraphName: string | undefined, document: DocumentNode, extra: ReferenceResolvers): void {
  const problems: string[] = [];
  for (const [typeName, resolvers] of Object.entries(extra)) {
    const given = referenceKeysOf(resolvers);
    if (!given) continue;
    const declared = declaredKeys(document, typeName);
    if (!declared) {
      problems.push(`${typeName} has a reference resolver but the subgraph defines no such type`);
      continue;
    }
    const resolvable = declared.filter((key) => key.resolvable).map((key) => key.fields);
    for (const key of resolvable.filter((fields) => !given.includes(fields))) {
      problems.push(`${typeName} declares @key(fields: "${key}") but its reference resolver has no loader for it`);
    }
    for (const key of given.filter((fields) => !resolvable.includes(fields))) {
      problems.push(
        `${typeName}'s reference resolver has a loader for "${key}", which is not one of its resolvable @keys`,
      );
    }
  }
  if (problems.length > 0) {
    throw new Error(
      `${subgraphName ? `Subgraph ${subgraphName}` : 'The subgraph'}: ${problems.join('; ')} ` +
        `(keys it declares are compared whatever their order and spacing)`,
    );
  }
}
