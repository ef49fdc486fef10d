export * from './definitions.js';
export {
  evaluateRule,
  indicatorValue,
  round,
  roundTo,
  type RuleOutcome,
  type RuleStatus,
  type ValueOf,
} from './evaluate.js';
export {
  createDepartmentLoaders,
  createDepartmentParts,
  type DepartmentEntities,
  defineDepartment,
  ruleValue,
  type DepartmentLoaders,
  type DepartmentSpec,
  type ViewValue,
} from './department.js';
export {
  ComparisonEnum,
  createResultTypes,
  createRuleType,
  RuleStatusEnum,
  UnitEnum,
  type RuleType,
} from './model.types.js';
export { SAMPLE_PUBLISHER, sampleMigration, sampleRandom, type SampleCounty, type SampleGenerator } from './sample.js';
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
