import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  Kind,
  Lexer,
  Source,
  TokenKind,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { GatewayContext } from './context.js';

/**
 * What one operation may ask of the graph. Each is checked before the operation is planned or
 * any subgraph is called; one over its limit is refused with HTTP 400.
 */
export interface DemandLimits {
  /** `MAX_QUERY_DEPTH`: nesting of selections, `{ a { b } }` is 2 (`QUERY_TOO_DEEP`). */
  maxDepth: number;
  /** `MAX_QUERY_FIELDS`: fields selected, each use of a fragment counted again (`TOO_MANY_FIELDS`). */
  maxFields: number;
  /** `MAX_QUERY_ALIASES`: aliased fields, `a: x b: x` is 2 (`TOO_MANY_FIELDS`). */
  maxAliases: number;
  /**
   * `MAX_QUERY_TOKENS`: names, punctuation and values in the text, counted before it is parsed,
   * so that no huge document reaches the parser and validation (`TOO_MANY_FIELDS`).
   */
  maxTokens: number;
  /** `MAX_QUERY_COST`: the estimated cost, see `estimateCost` (`QUERY_TOO_COSTLY`). */
  maxCost: number;
}

/**
 * Generous for everything the dashboard, the README and the IDE ask (each stays below half of
 * every limit, as `demand-control.test.ts` checks), and far below what a hostile query needs to hurt.
 */
export const DEFAULT_DEMAND_LIMITS: Readonly<DemandLimits> = {
  maxDepth: 15,
  maxFields: 1_000,
  maxAliases: 30,
  maxTokens: 5_000,
  maxCost: 250_000,
};

/** The environment variable of each limit, as errors and the README name them. */
export const DEMAND_LIMIT_VARIABLES: Readonly<Record<keyof DemandLimits, string>> = {
  maxDepth: 'MAX_QUERY_DEPTH',
  maxFields: 'MAX_QUERY_FIELDS',
  maxAliases: 'MAX_QUERY_ALIASES',
  maxTokens: 'MAX_QUERY_TOKENS',
  maxCost: 'MAX_QUERY_COST',
};

/**
 * How many elements a list field may return, for the cost estimate. A list is sized by what it is
 * a list of — its element type — so every list of the schema is covered, the departments' many
 * `rules`, `observations` and `history` lists included, with no list of fields to keep up.
 */
export interface ListSizes {
  /** By element type: the collections whose sizes the policy fixes. */
  byType: Readonly<Record<string, number>>;
  /** By `Type.field`, where one field is smaller than its type's whole collection. */
  byField: Readonly<Record<string, number>>;
  /** Any other list. */
  otherLists: number;
}

export const DEFAULT_LIST_SIZES: Readonly<ListSizes> = {
  byType: {
    // Hubei's county-level units, and one assessment of each.
    County: 103,
    Assessment: 103,
    // Its prefecture-level units.
    Prefecture: 17,
    // One per year of the plan (2018–2020).
    TargetProgress: 3,
  },
  byField: {
    // The other non-poverty counties with tasks.
    'County.peers': 60,
    'Rule.years': 3,
  },
  // A department's rules or figures for a county-year, a measure's departments, an indicator's
  // revisions: a handful to a few dozen. Ten keeps the estimate of the graph's own nested
  // operations (a prefecture's counties × six departments × their rules) near what they fetch,
  // so the limit can sit close above them.
  otherLists: 10,
};

/** The arguments that say how many elements a list has: a count, or the keys asked for. */
const COUNT_ARGUMENTS = ['limit', 'first', 'last'];
const KEY_LIST_ARGUMENTS = ['codes', 'ids', 'numbers'];

/** How many elements one list field reaches with these arguments; 1 for a field that is not a list. */
export function listSize(
  parentType: string,
  field: GraphQLField<unknown, unknown>,
  args: Readonly<Record<string, unknown>>,
  sizes: ListSizes = DEFAULT_LIST_SIZES,
): number {
  if (!isListType(getNullableType(field.type))) return 1;
  const collection =
    sizes.byField[`${parentType}.${field.name}`] ?? sizes.byType[getNamedType(field.type).name] ?? sizes.otherLists;
  for (const name of COUNT_ARGUMENTS) {
    const count = args[name];
    if (typeof count === 'number' && Number.isFinite(count)) return Math.max(0, Math.min(count, 1e6));
  }
  for (const name of KEY_LIST_ARGUMENTS) {
    const keys = args[name];
    if (Array.isArray(keys)) return Math.min(keys.length, collection);
  }
  return collection;
}

/** Counts stop growing here, so that what is reported stays a number JSON can carry. */
const MOST = Number.MAX_SAFE_INTEGER;

/**
 * graphql-query-complexity's estimator for this graph: a field costs 1, and a list field 1 plus
 * its selection once per element it can reach (`listSize`), so nested lists multiply:
 * `{ counties { prefecture { counties { code } } } }` is about 103 × 103. A field given the keys
 * it wants (`counties(codes: […])`) or a count (`limit:`) multiplies only by that many; a field
 * of one thing (`county(code:)`) does not multiply. `__typename` and introspection are free (the
 * IDE's schema query; introspection has its own switch).
 */
export function costEstimator(sizes: ListSizes = DEFAULT_LIST_SIZES): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;
    return Math.min(MOST, 1 + listSize(type.name, field, args, sizes) * childComplexity);
  };
}

/** What a document asks, as the limits measure it. */
export interface DemandFigures {
  depth: number;
  fields: number;
  aliases: number;
  /** Undefined when the variables do not fit the operation: then the gateway refuses it before planning anyway. */
  cost?: number;
}

/**
 * Measures one operation of a validated document (the one `operationName` picks), with the
 * variables it is sent with. Depth and aliases are graphql-armor's counts.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  options: { operationName?: string | null; variables?: Record<string, unknown>; sizes?: ListSizes } = {},
): DemandFigures {
  const operation = pickOperation(document, options.operationName);
  const single = singleOperation(document, operation);
  const shape = measureShape(schema, single, operation);
  return { ...shape, cost: estimateCost(schema, single, shape.fields, options.variables, options.sizes) };
}

/** A demand-control refusal, as the client sees it: HTTP 400, the code, the limit and the figure. */
export function demandRefusal(
  code: 'QUERY_TOO_DEEP' | 'TOO_MANY_FIELDS' | 'QUERY_TOO_COSTLY',
  limit: keyof DemandLimits,
  limits: DemandLimits,
  actual: number,
  message: string,
): GraphQLError {
  return new GraphQLError(`${message} (${DEMAND_LIMIT_VARIABLES[limit]} is ${limits[limit]})`, {
    extensions: {
      code,
      limit: limits[limit],
      actual,
      variable: DEMAND_LIMIT_VARIABLES[limit],
      http: { status: 400 },
    },
  });
}

/**
 * The limits, checked before Apollo parses the text (tokens, and number literals no number can
 * hold: `1e309`, which the query planner cannot print) and again once it is validated, before the
 * query planner sees it (depth, aliases, fields, then the estimated cost). An operation over a
 * limit is answered HTTP 400 with `extensions: { code, limit, actual, variable }`.
 *
 * A refusal found before parsing cannot be thrown there (Apollo answers that with a 500): as in
 * persisted-operations-only mode, the request then runs the harmless `{ __typename }` as far as
 * `didResolveOperation`, and is refused there, before any plan or subgraph call.
 */
export function demandControl(
  limits: DemandLimits = { ...DEFAULT_DEMAND_LIMITS },
  sizes: ListSizes = DEFAULT_LIST_SIZES,
): ApolloServerPlugin<GatewayContext> {
  // Depth, fields and aliases depend on the document only; Apollo keeps validated documents, so
  // the same text sent again is the same object.
  const shapes = new WeakMap<OperationDefinitionNode, Shape>();
  return {
    async requestDidStart({ request, contextValue }): Promise<GraphQLRequestListener<GatewayContext>> {
      const refusal = typeof request.query === 'string' ? refuseText(request.query, limits) : undefined;
      if (refusal) {
        logRefusal(contextValue, refusal);
        request.query = REFUSED_PLACEHOLDER;
        request.operationName = undefined;
        return {
          async didResolveOperation() {
            throw refusal;
          },
        };
      }
      return {
        async didResolveOperation({ schema, document, operation, request: { variables }, contextValue }) {
          if (!operation) return;
          const single = singleOperation(document, operation);
          let shape = shapes.get(operation);
          if (!shape) {
            shape = measureShape(schema, single, operation);
            shapes.set(operation, shape);
          }
          const error = refuseShape(shape, limits) ?? refuseCost(schema, single, shape, variables, limits, sizes);
          if (error) {
            logRefusal(contextValue, error);
            throw error;
          }
        },
      };
    },
  };
}

function logRefusal(context: GatewayContext, error: GraphQLError): void {
  const { code, limit, actual, variable, literal } = error.extensions;
  context.log.info({ code, limit, actual, variable, literal }, 'operation refused before planning');
}

/** Stands in for a refused request's text so that Apollo gets as far as `didResolveOperation`. */
const REFUSED_PLACEHOLDER = '{ __typename }';

interface Shape {
  depth: number;
  fields: number;
  aliases: number;
}

/** A text's tokens as graphql's parser counts them (comments are not tokens), up to `stopAfter`. */
export function countTokens(text: string, stopAfter = Infinity): number {
  return scanText(text, stopAfter).tokens;
}

interface TextScan {
  tokens: number;
  /** The first number literal no double holds. */
  nonFinite?: { literal: string; line: number; column: number };
}

function scanText(text: string, stopAfter: number): TextScan {
  const lexer = new Lexer(new Source(text));
  let tokens = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      tokens += 1;
      if (tokens > stopAfter) break;
      if ((token.kind === TokenKind.INT || token.kind === TokenKind.FLOAT) && !Number.isFinite(Number(token.value))) {
        return { tokens, nonFinite: { literal: token.value, line: token.line, column: token.column } };
      }
    }
  } catch {
    // Not a document at all: Apollo's parser says where, as usual.
  }
  return { tokens };
}

/** Tokens over the limit, or a number literal beyond a double: found by lexing, before any parse. */
function refuseText(text: string, limits: DemandLimits): GraphQLError | undefined {
  const scan = scanText(text, limits.maxTokens);
  if (scan.tokens > limits.maxTokens) {
    return demandRefusal(
      'TOO_MANY_FIELDS',
      'maxTokens',
      limits,
      scan.tokens,
      `The query is longer than ${limits.maxTokens} tokens (names, punctuation and values); ask for less in one request`,
    );
  }
  return scan.nonFinite && nonFiniteNumber(scan.nonFinite.literal, scan.nonFinite.line, scan.nonFinite.column);
}

/**
 * `1e309`, `-1e309`, or 400 digits, written in the text: no Float (a double) holds it, and the
 * query planner, reading it as Infinity, fails on it (it was a 500). Refused as a user error.
 */
function nonFiniteNumber(literal: string, line: number, column: number): GraphQLError {
  const shown = literal.length > 40 ? `${literal.slice(0, 37)}...` : literal;
  return new GraphQLError(
    `The number ${shown} (line ${line}, column ${column}) is too large: no Float or Int holds it; send a finite number`,
    { extensions: { code: 'BAD_USER_INPUT', literal: shown, line, column, http: { status: 400 } } },
  );
}

function refuseShape(shape: Shape, limits: DemandLimits): GraphQLError | undefined {
  if (shape.depth > limits.maxDepth) {
    return demandRefusal(
      'QUERY_TOO_DEEP',
      'maxDepth',
      limits,
      shape.depth,
      `The query nests ${shape.depth} levels deep, more than the ${limits.maxDepth} allowed`,
    );
  }
  if (shape.aliases > limits.maxAliases) {
    return demandRefusal(
      'TOO_MANY_FIELDS',
      'maxAliases',
      limits,
      shape.aliases,
      `The query has ${shape.aliases} aliased fields, more than the ${limits.maxAliases} allowed`,
    );
  }
  if (shape.fields > limits.maxFields) {
    return demandRefusal(
      'TOO_MANY_FIELDS',
      'maxFields',
      limits,
      shape.fields,
      `The query selects ${shape.fields} fields (fragments counted where used), more than the ${limits.maxFields} allowed`,
    );
  }
  return undefined;
}

function refuseCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  shape: Shape,
  variables: Record<string, unknown> | undefined,
  limits: DemandLimits,
  sizes: ListSizes,
): GraphQLError | undefined {
  const cost = estimateCost(schema, document, shape.fields, variables, sizes);
  if (cost === undefined || cost <= limits.maxCost) return undefined;
  return demandRefusal(
    'QUERY_TOO_COSTLY',
    'maxCost',
    limits,
    cost,
    `The query's estimated cost is ${cost}, more than the ${limits.maxCost} allowed: nested lists multiply ` +
      '(a list of counties reaches 103), so ask for fewer levels of lists, or narrow them (`codes:`, `limit:`)',
  );
}

/** Depth and aliases as graphql-armor counts them (read from its rules' `onAccept`), and fields. */
function measureShape(schema: GraphQLSchema, single: DocumentNode, operation: OperationDefinitionNode): Shape {
  let depth = 0;
  let aliases = 0;
  validate(schema, single, [
    // An unreachable `n`, so that the rule always accepts and reports what it counted.
    maxDepthRule({ n: Infinity, flattenFragments: true, onAccept: [(_context, { n }) => void (depth = n)] }),
    maxAliasesRule({ n: Infinity, onAccept: [(_context, { n }) => void (aliases = n)] }),
  ]);
  return { depth, aliases, fields: countFields(operation.selectionSet, fragmentsOf(single), new Map()) };
}

/** Every field selected, each fragment counted again where it is spread (counted once, then remembered). */
function countFields(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  memo: Map<string, number>,
): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      // Introspection (the IDE's schema query) has its own switch.
      if (selection.name.value === '__schema' || selection.name.value === '__type') continue;
      count += 1 + (selection.selectionSet ? countFields(selection.selectionSet, fragments, memo) : 0);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countFields(selection.selectionSet, fragments, memo);
    } else {
      const name = selection.name.value;
      let inFragment = memo.get(name);
      if (inFragment === undefined) {
        memo.set(name, 0); // a cycle (refused by validation already) adds nothing
        const fragment = fragments.get(name);
        inFragment = fragment ? countFields(fragment.selectionSet, fragments, memo) : 0;
        memo.set(name, inFragment);
      }
      count += inFragment;
    }
    if (count >= MOST) return MOST;
  }
  return count;
}

function estimateCost(
  schema: GraphQLSchema,
  single: DocumentNode,
  fields: number,
  variables: Record<string, unknown> | undefined,
  sizes: ListSizes = DEFAULT_LIST_SIZES,
): number | undefined {
  try {
    return getComplexity({
      schema,
      query: single,
      variables: variables ?? {},
      estimators: [costEstimator(sizes)],
      // It expands fragments where they are used; the fields limit has bounded that already.
      maxQueryNodes: Math.max(10_000, 4 * fields + 1_000),
    });
  } catch {
    // Variables that do not fit the operation: the gateway refuses it before planning.
    return undefined;
  }
}

function pickOperation(document: DocumentNode, operationName?: string | null): OperationDefinitionNode {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName ? operations.find((op) => op.name?.value === operationName) : operations[0];
  if (!operation) throw new Error(`no operation ${operationName ?? ''} in the document`);
  return operation;
}

/** The operation with the document's fragments, and no other operation. */
function singleOperation(document: DocumentNode, operation: OperationDefinitionNode): DocumentNode {
  return {
    kind: Kind.DOCUMENT,
    definitions: [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)],
  };
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}
