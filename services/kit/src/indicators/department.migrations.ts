import type { Migration } from '../db/migrate.js';
import type { DepartmentModel } from './definitions.js';
import type { DepartmentSpec } from './department.spec.js';
import { auditAggregationMigration, publishingMigration } from './publish.migrations.js';
import { sampleBaseYearMigration, sampleMigration, type SampleMigrationOptions } from './sample.js';
import { fixedIndicators } from './base-year.js';
import { baseYearMigration, fixedBaselineMigration, observationMigrations } from './store.js';

/**
 * A department's migrations, in its own schema: the observation store, the sample figures as
 * revision 1 (when `SAMPLE_DATA` is on as the database is created), the publishing tables, the
 * audit log's aggregation, the base year, the sample base-year figures, and the fixed baselines
 * of a database made before they were fixed.
 */
export function departmentMigrations(
  dbSchema: string,
  sample: DepartmentSpec['sample'],
  model: DepartmentModel,
  options: SampleMigrationOptions = {},
): Migration[] {
  const fixed = fixedIndicators(model);
  return [
    ...observationMigrations(dbSchema),
    sampleMigration(dbSchema, sample.counties, sample.generate, { fixed, ...options }),
    publishingMigration(dbSchema),
    auditAggregationMigration(dbSchema),
    baseYearMigration(dbSchema),
    sampleBaseYearMigration(dbSchema, model, sample.counties, sample.generate, options),
    fixedBaselineMigration(dbSchema, [...fixed]),
  ];
}
