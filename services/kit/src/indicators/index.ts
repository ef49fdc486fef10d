export * from './definitions.js';
export {
  evaluateRule,
  indicatorValue,
  round,
  roundTo,
  type FigureOf,
  type RuleFigures,
  type RuleOutcome,
  type RuleStatus,
  type ValueOf,
} from './evaluate.js';
export {
  createDepartmentLoaders,
  createDepartmentParts,
  type DepartmentEntities,
  defineDepartment,
  departmentScope,
  NO_TASKS_REASON,
  POVERTY_COUNTY_REASON,
  ruleValue,
  type DepartmentLoaders,
  type DepartmentSpec,
  type ViewValue,
} from './department.js';
export {
  ComparisonEnum,
  createResultTypes,
  createRuleType,
  RuleBasisEnum,
  RuleKindEnum,
  RuleStatusEnum,
  UnitEnum,
  type RuleType,
} from './model.types.js';
export {
  SAMPLE_PUBLISHER,
  sampleBaseYear,
  sampleBaseYearMigration,
  sampleMigration,
  sampleRandom,
  type SampleCounty,
  type SampleGenerator,
  type SampleMigrationOptions,
} from './sample.js';
export {
  baseYearIndicators,
  fixedIndicators,
  storedYear,
  baseYearSampleFigures,
  publishableYears,
  publishedParts,
  readsPreviousYear,
} from './base-year.js';
export {
  checkIndicatorScopes,
  COUNTY_SCOPES,
  indicatorScope,
  outOfScopeReason,
  scopeCounties,
  scopeGroups,
  type ScopeGroup,
} from './scope.js';
export { dataScope, type DataScope } from './department.loaders.js';
export * from './store.js';
export { unitLabel } from './views.js';
export { checkYear } from './year.js';
export {
  validateBatch,
  MAX_BATCH_ROWS,
  type BatchRules,
  type CountyRegistry,
  type PublishRow,
  type RowError,
} from './validate.js';
export { publishBatch, recordAudit, type PublishOutcome, type AuditOutcome } from './publish.js';
export {
  departmentFieldNames,
  departmentManifest,
  departmentPublishers,
  manifestModel,
  readDepartmentsManifest,
  DEFAULT_DEPARTMENTS_MANIFEST_PATH,
  DEPARTMENTS_MANIFEST_VARIABLE,
  type DepartmentManifest,
  type DepartmentManifestSpec,
  type DepartmentsManifest,
} from './manifest.js';
