import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLDirective, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { schemaHeader, type SchemaLink } from './link.js';

/** `__resolveReference` and friends, keyed by type name, merged over type-graphql's resolvers. */
export type ReferenceResolvers = Record<string, Record<string, unknown>>;

export interface SubgraphSchemaOptions {
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
  const sdl = `${schemaHeader(options.links, options.composeDirectives)}\n\n${printSchemaWithDirectives(
    typeGraphqlSchema,
  )}\n`;
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
