// The front-end teams' requirement: every type and field of the graph has a description, in
// Chinese where the document's term is Chinese, with its unit. Checked on the API schema, what the
// gateway serves, built from the committed supergraph (tests/schema-drift.unit.test.ts keeps that
// in step with the code). On failure: add `description:` to the type-graphql decorator, the enum's
// `valuesConfig` or the `@Arg`, then `npm run compose`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Supergraph } from '@apollo/federation-internals';
import { indicatorField, manifestModel, readDepartmentsManifest, UNITS, type DepartmentModel } from '@fupin/kit';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedDirective,
  isSpecifiedScalarType,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLObjectType,
  type GraphQLOutputType,
} from 'graphql';
import { describe, expect, it } from 'vitest';

const SUPERGRAPH = fileURLToPath(new URL('../schema/supergraph.graphql', import.meta.url));
const api = Supergraph.build(readFileSync(SUPERGRAPH, 'utf8')).apiSchema().toGraphQLJSSchema();

const described = (element: { description?: string | null }) => (element.description ?? '').trim() !== '';

/**
 * Every element of the API schema that must be described. Exempt is only what GraphQL itself
 * defines, and describes in its specification rather than here: the built-in scalars (`String`,
 * `Int`, `Float`, `Boolean`, `ID`), the introspection types (`__Schema`, `__Type`, …) and the
 * specified directives (`@skip`, `@include`, `@deprecated`, `@specifiedBy`, `@oneOf`).
 */
function undescribed(): string[] {
  const missing: string[] = [];
  for (const type of Object.values(api.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!described(type)) missing.push(`type ${type.name}`);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!described(field)) missing.push(`field ${type.name}.${field.name}`);
        for (const arg of field.args) {
          if (!described(arg)) missing.push(`argument ${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!described(field)) missing.push(`input field ${type.name}.${field.name}`);
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (!described(value)) missing.push(`enum value ${type.name}.${value.name}`);
      }
    }
  }
  for (const directive of api.getDirectives()) {
    if (isSpecifiedDirective(directive)) continue;
    if (!described(directive)) missing.push(`directive @${directive.name}`);
    for (const arg of directive.args) {
      if (!described(arg)) missing.push(`argument @${directive.name}(${arg.name})`);
    }
  }
  return missing;
}

/**
 * Every department's model, the poverty alleviation office's (the catalog's progress) included:
 * from the departments artefact, which `npm run compose` writes with the supergraph.
 */
const MODELS: readonly DepartmentModel[] = readDepartmentsManifest().departments.map(manifestModel);

/** The kit's units as the descriptions write them (`名称(万元)`), and the few other units of the graph. */
const INDICATOR_UNITS = Object.values(UNITS).map((unit) => unit.symbol);
const OTHER_UNITS = ['年', '分', '条', '行', '名', '倍', '次'];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `(万元)`, `(分, 0–100)`, `(元/人)`… or, for a figure in whatever unit its indicator has, 单位同指标. */
const NAMES_A_UNIT = new RegExp(
  `[(（](?:${[...INDICATOR_UNITS, ...OTHER_UNITS].map(escape).join('|')})[)）,，;；/ ]|单位同指标`,
);

/**
 * Whole numbers that count nothing and so have no unit: numbers and ordinals of the document's
 * parts, and revision numbers.
 */
const UNITLESS = new Set([
  'Measure.number',
  'MeasureGroup.ordinal',
  'Guarantee.number',
  'Observation.revision',
  'ObservationInput.replacesRevision',
]);

const isNumber = (type: GraphQLOutputType | GraphQLInputField['type']) => {
  const name = getNamedType(type).name;
  return name === 'Int' || name === 'Float';
};

/** A department's typed views (`CountyFinance`, `FinanceRollup`, …): they carry `rules` and `sample`. */
function departmentViews(): GraphQLObjectType[] {
  return Object.values(api.getTypeMap()).filter((type): type is GraphQLObjectType => {
    if (!isObjectType(type)) return false;
    const { rules, sample } = type.getFields();
    return rules !== undefined && sample !== undefined && getNamedType(rules.type).name === 'RuleResult';
  });
}

/** The fields every view has besides one per indicator. */
const VIEW_FIELDS = new Set([
  'year',
  'rules',
  'sample',
  'observations',
  'history',
  'countiesReporting',
  'baselineChecks',
]);

const numericFields = (type: GraphQLObjectType): GraphQLField<unknown, unknown>[] =>
  Object.values(type.getFields()).filter((field) => isNumber(field.type));

describe('the API schema (what the gateway serves)', () => {
  it('describes every type, field, argument, enum value and input field', () => {
    expect(undescribed(), 'these lack a description').toEqual([]);
  });

  it("names the unit of every number on the departments' views", () => {
    const views = departmentViews();
    // Every department part (the six departments' and 省扶贫办's), each a county view and a roll-up.
    expect(views).toHaveLength(MODELS.length * 2);
    const offenders = views.flatMap((view) =>
      numericFields(view)
        .filter((field) => !NAMES_A_UNIT.test(field.description ?? ''))
        .map((field) => `${view.name}.${field.name}: ${field.description ?? '(none)'}`),
    );
    expect(offenders, 'these numbers do not name their unit').toEqual([]);
  });

  it("describes each indicator's field as 名称(单位), with the unit the department declares", () => {
    const offenders: string[] = [];
    for (const view of departmentViews()) {
      const fields = view.getFields();
      const indicatorFields = Object.keys(fields)
        .filter((name) => !VIEW_FIELDS.has(name))
        .sort()
        .join();
      const model = MODELS.find((m) => m.indicators.map(indicatorField).sort().join() === indicatorFields);
      if (!model) {
        offenders.push(`${view.name}: no department model has exactly its indicators (${indicatorFields})`);
        continue;
      }
      for (const indicator of model.indicators) {
        const field = fields[indicatorField(indicator)]!;
        const expected = `${indicator.name}(${UNITS[indicator.unit].symbol})`;
        if (!field.description?.startsWith(expected)) {
          offenders.push(`${view.name}.${field.name} should start with ${expected}: ${field.description ?? '(none)'}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('names the unit of every other number too, except ordinals and revision numbers', () => {
    const offenders: string[] = [];
    for (const type of Object.values(api.getTypeMap())) {
      if (isIntrospectionType(type)) continue;
      if (!isObjectType(type) && !isInterfaceType(type) && !isInputObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        const name = `${type.name}.${field.name}`;
        if (!isNumber(field.type) || UNITLESS.has(name)) continue;
        if (!NAMES_A_UNIT.test(field.description ?? '')) offenders.push(`${name}: ${field.description ?? '(none)'}`);
      }
    }
    expect(offenders, 'these numbers do not name their unit').toEqual([]);
  });
});
