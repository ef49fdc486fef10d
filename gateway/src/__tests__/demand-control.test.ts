import { existsSync, readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  validate,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countTokens,
  DEFAULT_DEMAND_LIMITS,
  DEFAULT_LIST_SIZES,
  listSize,
  measureOperation,
  type DemandLimits,
} from '../demand-control.js';
import { apiSchemaOf } from '../api-schema.js';
import { ideExamples } from '../ide.js';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
/** The IDE's examples as the gateway builds them from the committed supergraph (the county page included). */
const IDE_EXAMPLES = () => ideExamples(apiSchemaOf(read('schema/supergraph.graphql')));

/** Every operation the graph's own clients and docs send: the dashboard's, the README's, the IDE's. */
function knownOperations(): { name: string; query: string }[] {
  const dashboard = JSON.parse(read('web/src/gql/persisted-documents.json')) as Record<string, string>;
  // `npm run publish`'s mutations, registered for persisted-operations-only mode.
  const publish = existsSync(new URL('scripts/lib/publish/persisted-operations.json', root))
    ? (JSON.parse(read('scripts/lib/publish/persisted-operations.json')) as Record<string, string>)
    : {};
  const readme = [...read('README.md').matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
  return [
    ...Object.values(dashboard).map((query) => ({ name: `dashboard ${operationName(query)}`, query })),
    ...Object.values(publish).map((query) => ({ name: `npm run publish ${query.match(/publish\w+/)?.[0]}`, query })),
    ...readme.map((query, index) => ({ name: `README.md block ${index + 1}`, query })),
    ...IDE_EXAMPLES().map((example) => ({ name: `IDE ${example.audience}`, query: example.query })),
  ];
}

function operationName(query: string): string {
  const operation = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return (operation as OperationDefinitionNode | undefined)?.name?.value ?? 'anonymous';
}

/** Plausible values for an operation's variables: the largest reach (booleans true, lists of one). */
function sampleVariables(schema: GraphQLSchema, document: DocumentNode): Record<string, unknown> {
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((definition) => [
      definition.variable.name.value,
      sampleValue(typeFromAST(schema, definition.type as never) as GraphQLInputType, definition.variable.name.value),
    ]),
  );
}

function sampleValue(type: GraphQLInputType, name: string): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [sampleValue(nullable.ofType, name)];
  if (isEnumType(nullable)) return nullable.getValues()[0]!.value;
  if (isInputObjectType(nullable)) {
    return Object.fromEntries(
      Object.values(nullable.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sampleValue(field.type, field.name)]),
    );
  }
  switch (getNamedType(type).name) {
    case 'Int':
      return name === 'year' ? 2019 : 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'ID':
      return name === 'code' || name === 'county' ? '421182' : 'transport';
    default:
      return 'x';
  }
}

describe('the demand-control limits, against the operations the graph is meant for', () => {
  let gateway: ApolloGateway;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    // The API schema the gateway serves, from the committed supergraph.
    gateway = new ApolloGateway({ supergraphSdl: read('schema/supergraph.graphql') });
    schema = (await gateway.load()).schema;
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  it('finds the operations to check', () => {
    const names = knownOperations().map((operation) => operation.name);
    expect(names.filter((name) => name.startsWith('dashboard')).length).toBeGreaterThan(0);
    expect(names.filter((name) => name.startsWith('README')).length).toBeGreaterThan(0);
    expect(names.filter((name) => name.startsWith('IDE')).length).toBe(IDE_EXAMPLES().length);
  });

  it.each(knownOperations())('$name stays below half of every limit', ({ query }) => {
    const document = parse(query);
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
    const figures = measureOperation(schema, document, { variables: sampleVariables(schema, document) });
    const half = (limit: keyof DemandLimits) => DEFAULT_DEMAND_LIMITS[limit] / 2;
    expect(countTokens(query)).toBeLessThan(half('maxTokens'));
    expect(figures.depth).toBeLessThan(half('maxDepth'));
    expect(figures.fields).toBeLessThan(half('maxFields'));
    expect(figures.aliases).toBeLessThan(half('maxAliases'));
    expect(figures.cost).toBeDefined();
    expect(figures.cost!).toBeLessThan(half('maxCost'));
  });

  it('sizes every list of the schema by what it is a list of', () => {
    const sizes = new Map<string, number>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.values(type.getFields())) {
        if (isListType(getNullableType(field.type)))
          sizes.set(`${type.name}.${field.name}`, listSize(type.name, field, {}));
      }
    }
    expect(sizes.size).toBeGreaterThan(40);
    expect(sizes.get('Query.counties')).toBe(103);
    expect(sizes.get('Prefecture.counties')).toBe(103);
    expect(sizes.get('ProvinceAssessment.counties')).toBe(103);
    expect(sizes.get('Query.prefectures')).toBe(17);
    expect(sizes.get('Province.prefectures')).toBe(17);
    expect(sizes.get('ProvinceAssessment.progress')).toBe(3);
    expect(sizes.get('Rule.years')).toBe(3);
    // Every department's lists, with no entry of their own.
    expect(sizes.get('CountyTransport.rules')).toBe(DEFAULT_LIST_SIZES.otherLists);
    expect(sizes.get('CountyWater.observations')).toBe(DEFAULT_LIST_SIZES.otherLists);
    for (const size of sizes.values()) expect(size).toBeGreaterThan(1);
  });

  it('multiplies by the keys or the count a list is given, not by its whole collection', () => {
    const counties = schema.getQueryType()!.getFields().counties!;
    expect(listSize('Query', counties, { codes: ['421181', '421182'] })).toBe(2);
    const auditLog = schema.getQueryType()!.getFields().transportAuditLog!;
    expect(listSize('Query', auditLog, { limit: 50 })).toBe(50);
    const county = schema.getQueryType()!.getFields().county!;
    expect(listSize('Query', county, { code: '421181' })).toBe(1);
  });

  it('finds nested lists costly: they multiply', () => {
    const cost = (query: string) => measureOperation(schema, parse(query)).cost!;
    const nested = '{ counties { prefecture { counties { prefecture { counties { code } } } } } }';
    expect(cost(nested)).toBeGreaterThan(103 ** 3);
    expect(cost(nested)).toBeGreaterThan(DEFAULT_DEMAND_LIMITS.maxCost);
    expect(cost('{ counties { code } }')).toBe(1 + 103);
    expect(cost('{ counties(codes: ["421181"]) { code prefecture { name } } }')).toBe(1 + 3);
    expect(cost('{ county(code: "421181") { code name } }')).toBe(3);
  });

  it('counts depth, fields and aliases through fragments, and ignores introspection', () => {
    const figures = measureOperation(
      schema,
      parse(`{ a: county(code: "1") { ...F } b: county(code: "2") { ...F } __schema { types { name fields { name } } } }
        fragment F on County { code prefecture { name } }`),
    );
    expect(figures).toMatchObject({ depth: 3, aliases: 2, fields: 2 + 2 * 3 });
  });
});
