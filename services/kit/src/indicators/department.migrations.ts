import type { Migration } from '../db/migrate.js';
import type { DepartmentSpec } from './department.spec.js';
import { auditAggregationMigration, publishingMigration } from './publish.migrations.js';
import { sampleMigration } from './sample.js';
import { observationMigrations } from './store.js';

/**
 * A department's migrations, in its own schema: the observation store, the sample figures as
 * revision 1, the publishing tables and the audit log's aggregation.
 */
export function departmentMigrations(dbSchema: string, sample: DepartmentSpec['sample']): Migration[] {
  return [
    ...observationMigrations(dbSchema),
    sampleMigration(dbSchema, sample.counties, sample.generate),
    publishingMigration(dbSchema),
    auditAggregationMigration(dbSchema),
  ];
}
