import { and, asc, eq, exists, type SQL } from 'drizzle-orm';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from '@fupin/kit/graphql';
import { Department } from '../department/department.type.js';
import * as t from '../db/tables.js';
import type { CatalogContext } from '../loaders.js';
import { Guarantee, Measure, MeasureGroup } from './measure.type.js';

@Resolver(() => Measure)
export class MeasureResolver {
  @Query(() => [Measure], {
    description: '措施列表, 可按组或单位筛选 / The measures, optionally of one group or one department (either role)',
  })
  async measures(
    @Ctx() { db }: CatalogContext,
    @Arg('group', () => ID, { nullable: true, description: '组标识, 如 fiscal-investment' }) group?: string | null,
    @Arg('department', () => ID, { nullable: true, description: '单位标识, 如 transport' }) department?: string | null,
  ): Promise<t.MeasureRow[]> {
    const conditions: SQL[] = [];
    if (group) conditions.push(eq(t.measure.groupId, group));
    if (department) {
      conditions.push(
        exists(
          db
            .select()
            .from(t.measureDepartment)
            .where(
              and(
                eq(t.measureDepartment.measureNumber, t.measure.number),
                eq(t.measureDepartment.departmentId, department),
              ),
            ),
        ),
      );
    }
    return db
      .select()
      .from(t.measure)
      .where(and(...conditions))
      .orderBy(asc(t.measure.number));
  }

  @Query(() => Measure, { nullable: true, description: '按序号取一条措施 / One measure by its number (1–22)' })
  measure(
    @Ctx() ctx: CatalogContext,
    @Arg('number', () => Int, { description: "措施序号 1–22 / the measure's number" }) number: number,
  ) {
    return ctx.loaders.measure.load(number);
  }

  @FieldResolver(() => MeasureGroup, { description: '所属的推进举措组 / the group it belongs to' })
  async group(@Root() measure: t.MeasureRow, @Ctx() ctx: CatalogContext) {
    return ctx.loaders.measureGroup.load(measure.groupId);
  }

  @FieldResolver(() => [Department], { description: '牵头单位: lead units (empty where the document names 责任单位)' })
  async leadDepartments(@Root() measure: t.MeasureRow, @Ctx() ctx: CatalogContext) {
    return departmentsInRole(ctx, measure.number, 'LEAD');
  }

  @FieldResolver(() => [Department], {
    description: '责任单位: responsible units (empty where the document names 牵头单位)',
  })
  async responsibleDepartments(@Root() measure: t.MeasureRow, @Ctx() ctx: CatalogContext) {
    return departmentsInRole(ctx, measure.number, 'RESPONSIBLE');
  }
}

async function departmentsInRole(ctx: CatalogContext, measureNumber: number, role: 'LEAD' | 'RESPONSIBLE') {
  const links = await ctx.loaders.departmentsOfMeasure.load(measureNumber);
  return links.filter((link) => link.role === role).map((link) => link.department);
}

@Resolver(() => MeasureGroup)
export class MeasureGroupResolver {
  @Query(() => [MeasureGroup], { description: '推进举措的六个组 / The six groups of measures' })
  measureGroups(@Ctx() { db }: CatalogContext) {
    return db.select().from(t.measureGroup).orderBy(asc(t.measureGroup.ordinal));
  }

  @FieldResolver(() => [Measure], { description: '本组的措施 / the measures of the group' })
  measures(@Root() group: t.MeasureGroupRow, @Ctx() ctx: CatalogContext) {
    return ctx.loaders.measuresOfGroup.load(group.id);
  }
}

@Resolver(() => Guarantee)
export class GuaranteeResolver {
  @Query(() => [Guarantee], { description: '九条组织保障 / The nine organisational guarantees' })
  guarantees(@Ctx() { db }: CatalogContext) {
    return db.select().from(t.guarantee).orderBy(asc(t.guarantee.number));
  }
}
