import { Supergraph } from '@apollo/federation-internals';
import {
  getNamedType,
  getNullableType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';

/**
 * The schema clients see, from a supergraph: no `join__`/`link__` machinery and no `@inaccessible`
 * parts. It is built exactly as `@apollo/gateway` builds the schema it serves (same package, same
 * version as the gateway's own).
 */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/** One department's view of a county for a year, as the API schema shows it. */
export interface DepartmentView {
  /** The field of `County`, e.g. `water` for `County.water(year: Int!): CountyWater`. */
  field: string;
  /** Its type, e.g. `CountyWater`. */
  type: string;
  /** The view's first `Float` field, the figure to show first; none when it has no such field. */
  headline?: string;
}

/**
 * Every department view of the API schema, in schema order: each field of `County` whose only
 * required argument is `year: Int!` and whose type is an object type with a `sample` and a `rules`
 * field. A department added by `npm run new:department` and `npm run compose` shows up here with
 * no list to keep up: the gateway knows departments by its supergraph only. (The catalog's own
 * figures, `progress`, fit the pattern too and are included.)
 */
export function departmentViews(schema: GraphQLSchema): DepartmentView[] {
  const county = schema.getType('County');
  if (!isObjectType(county)) return [];
  return Object.values(county.getFields()).flatMap((field): DepartmentView[] => {
    const required = field.args.filter(isRequired);
    const [year] = required;
    if (required.length !== 1 || year?.name !== 'year' || String(year.type) !== 'Int!') return [];
    const view = getNamedType(field.type);
    if (!isObjectType(view)) return [];
    const fields = view.getFields();
    if (!fields.sample || !fields.rules || !selectable(fields.sample) || !selectable(fields.rules)) return [];
    const headline = Object.values(fields).find(
      (candidate) =>
        selectable(candidate) &&
        !isListType(getNullableType(candidate.type)) &&
        isScalarType(getNamedType(candidate.type)) &&
        getNamedType(candidate.type).name === 'Float',
    );
    return [{ field: field.name, type: view.name, ...(headline ? { headline: headline.name } : {}) }];
  });
}

function isRequired(argument: GraphQLArgument): boolean {
  return isNonNullType(argument.type) && argument.defaultValue === undefined;
}

/** A field a query can ask for without arguments. */
function selectable(field: GraphQLField<unknown, unknown>): boolean {
  return !field.args.some(isRequired);
}
