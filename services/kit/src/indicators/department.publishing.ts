import { Arg, Ctx, Int, Mutation, Query, Resolver } from '../graphql.js';
import { authorisePublisher, readAuditLog } from './department.auth.js';
import type { DepartmentContext } from './department.loaders.js';
import type { DepartmentSpec, EntityClass, IndicatorRef } from './department.spec.js';
import { toObservation } from './department.values.js';
import type { DepartmentManifest } from './manifest.js';
import { publishBatch } from './publish.js';
import type { PublishTables } from './publish.tables.js';
import { createPublishTypes } from './publish.types.js';

/** `publish<Department>Observations` (a batch, validated whole, one transaction) and the audit log. */
export function createPublishResolver({
  spec,
  tables,
  manifest,
  indicatorRef,
  Observation,
}: {
  spec: Pick<DepartmentSpec, 'publisher' | 'model' | 'counties'>;
  tables: PublishTables;
  manifest: Pick<DepartmentManifest, 'publishers' | 'fields'>;
  indicatorRef: IndicatorRef;
  Observation: EntityClass;
}) {
  const { publishers, fields } = manifest;
  const publisherDepartments = Object.keys(publishers);
  const { PublishObservationsInput, PublishResult, AuditEntry } = createPublishTypes(() => Observation);

  @Resolver()
  class PublishResolver {
    @Mutation(() => PublishResult, {
      name: fields.publish,
      description:
        `${spec.publisher}发布本单位指标的一批数值: 整批校验, 一个事务写入, 更正即新修订; 需要本单位 publisher 令牌 / ` +
        `publish a batch of ${spec.publisher}'s figures: validated whole, written in one transaction; needs a publisher token of the department`,
    })
    async publish(
      @Arg('input', () => PublishObservationsInput, {
        description: '要发布的一批数值, 1 至 10,000 行 / the batch to publish, 1 to 10,000 rows',
      })
      input: InstanceType<typeof PublishObservationsInput>,
      @Ctx() ctx: DepartmentContext,
    ) {
      const principal = await authorisePublisher(
        ctx,
        tables,
        publisherDepartments,
        input.rows.length,
        input.idempotencyKey,
      );
      const outcome = await publishBatch(
        ctx.database,
        tables,
        { model: spec.model, counties: spec.counties, measures: publishers[principal.department] ?? [] },
        {
          rows: input.rows,
          idempotencyKey: input.idempotencyKey,
          publisher: { subject: principal.subject, department: principal.department },
          requestId: ctx.requestId,
        },
      );
      return { ...outcome, observations: outcome.observations.map((row) => toObservation(row, indicatorRef)) };
    }

    @Query(() => [AuditEntry], {
      name: fields.auditLog,
      description: `${spec.publisher}的写入审计记录, 最新在前; 仅本单位可读 / the audit log of writes, newest first; readable by the department only`,
    })
    auditLog(
      @Arg('limit', () => Int, {
        defaultValue: 50,
        description: '最多返回的记录数(条), 限于 1–500 / how many entries at most, kept within 1–500',
      })
      limit: number,
      @Ctx() ctx: DepartmentContext,
    ) {
      return readAuditLog(ctx, tables, publisherDepartments, limit);
    }
  }
  return PublishResolver;
}
