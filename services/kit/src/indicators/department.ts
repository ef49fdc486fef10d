import { defineSubgraph, type SubgraphDefinition } from '../subgraph.js';
import { checkDepartmentModel } from './definitions.js';
import {
  baselineChecks,
  baselineIndicators,
  createBaselineCheckType,
  externalStockFields,
} from './department.baseline.js';
import { createHistoryResolver } from './department.history.js';
import { dataScope, prepareDepartmentLoaders, type DepartmentLoaders } from './department.loaders.js';
import { departmentMigrations } from './department.migrations.js';
import { planDepartment } from './department.plan.js';
import { createPublishResolver } from './department.publishing.js';
import { createRuleResultsResolver } from './department.rule-results.js';
import { departmentScope } from './department.scope.js';
import { indicatorKey, type DepartmentEntities, type DepartmentSpec, type EntityClass } from './department.spec.js';
import { createViewResolvers } from './department.view-resolvers.js';
import { departmentManifest } from './manifest.js';
import { createEntityStubs, createResultTypes, createRuleType } from './model.types.js';
import { publishingTables } from './publish.tables.js';
import { checkIndicatorScopes } from './scope.js';
import { observationTables, type ObservationTables } from './store.js';
import { createViewTypes } from './views.js';

export { createDepartmentLoaders, type DepartmentLoaders } from './department.loaders.js';
export type { DepartmentEntities, DepartmentSpec } from './department.spec.js';
export { departmentScope, NO_TASKS_REASON, POVERTY_COUNTY_REASON } from './department.scope.js';
export { ruleValue } from './department.values.js';
export type { ViewValue } from './department.view.js';

/**
 * A department subgraph from its model: typed views on County, Prefecture and Province, rule
 * results, the observation store with its history, sample data, and batched loading. A
 * department's folder is then its indicators, its rules and its sample generator.
 */
export function defineDepartment(spec: DepartmentSpec): SubgraphDefinition<DepartmentLoaders> & {
  tables: ObservationTables;
} {
  const stubs = createEntityStubs();
  const parts = createDepartmentParts(spec, stubs);
  const identity = { __resolveReference: (reference: { code: string }) => reference };
  return {
    ...defineSubgraph({
      name: spec.name,
      dbSchema: parts.dbSchema,
      defaultPort: spec.defaultPort,
      migrations: parts.migrations,
      resolvers: parts.resolvers,
      // Reached by no query of the department's own: the gateway enters through `_entities`.
      orphanedTypes: [stubs.County, stubs.Prefecture, stubs.Province],
      // A department knows a county, prefecture or the province by its key alone: the
      // representation is the whole stub, so resolving one needs no lookup at all.
      referenceResolvers: { County: identity, Prefecture: identity, Province: identity },
      createLoaders: parts.createLoaders,
      departments: [parts.manifest],
    }),
    tables: parts.tables,
  };
}

/**
 * Everything a department adds to a subgraph — resolvers, migrations, tables and loaders — so
 * that a subgraph of its own (`defineDepartment`) or the catalog can carry it.
 */
export function createDepartmentParts(spec: DepartmentSpec, entities: DepartmentEntities) {
  const dbSchema = spec.dbSchema ?? spec.name;
  const indicatorRef = entities.indicatorRef ?? indicatorKey;
  checkDepartmentModel(spec.name, spec.model);
  checkIndicatorScopes(spec.name, spec.model);
  const tables = { ...observationTables(dbSchema), ...publishingTables(dbSchema) };
  const manifest = departmentManifest(spec);
  // What every request reads of the model, derived once.
  const plan = planDepartment(spec.model, indicatorRef, departmentScope(spec));

  const Rule =
    entities.Rule ??
    createRuleType(
      () => entities.Measure,
      () => entities.Indicator,
    );
  const { RuleResult, Observation } = createResultTypes(
    () => Rule,
    () => entities.Indicator,
    () => entities.County,
  );
  // A department that restates the stock reads the catalog's through the graph (`@requires`).
  const restatesStock = baselineIndicators(spec.model).length > 0;
  const BaselineCheck = restatesStock ? createBaselineCheckType(() => entities.Indicator) : undefined;
  if (restatesStock) externalStockFields(entities.County);
  const { CountyView, RollupView } = createViewTypes(
    spec.model,
    { ...spec.viewTypes, publisher: spec.publisher },
    {
      ruleResult: () => RuleResult,
      observation: () => Observation,
      ...(BaselineCheck ? { baselineCheck: () => BaselineCheck } : {}),
    },
  );

  const views = createViewResolvers(
    spec,
    entities,
    { CountyView, RollupView },
    restatesStock
      ? (view, county) => ({ ...view, baselineChecks: baselineChecks(spec.model, view, county, plan.indicatorRef) })
      : undefined,
  );
  const CountyRuleResultsResolver = createRuleResultsResolver(
    spec,
    entities.County,
    RuleResult,
    manifest.fields.ruleResults,
  );
  const HistoryResolver = createHistoryResolver(spec.model, CountyView, Observation);
  const PublishResolver = createPublishResolver({
    spec,
    tables,
    manifest,
    indicatorRef: plan.indicatorRef,
    Observation,
  });

  return {
    dbSchema,
    tables,
    migrations: departmentMigrations(dbSchema, spec.sample, spec.model),
    /** What the rest of the graph may know of this department (`schema/departments.json`). */
    manifest,
    resolvers: [
      views.CountyViewResolver,
      CountyRuleResultsResolver,
      views.PrefectureViewResolver,
      views.ProvinceViewResolver,
      HistoryResolver,
      PublishResolver,
    ] as [EntityClass, ...EntityClass[]],
    // Only the figures of counties in their indicators' scope count, in views and roll-ups.
    createLoaders: prepareDepartmentLoaders(tables, plan, dataScope(spec.model, spec.counties)),
  };
}
