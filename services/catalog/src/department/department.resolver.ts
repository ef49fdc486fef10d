import { asc } from 'drizzle-orm';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from '@fupin/kit/graphql';
import * as t from '../db/tables.js';
import type { CatalogContext } from '../loaders.js';
import { Measure } from '../measure/measure.type.js';
import { Department } from './department.type.js';

@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => [Department], { description: '文件点名的全部省直单位 / Every unit the document names' })
  departments(@Ctx() { db }: CatalogContext) {
    return db.select().from(t.department).orderBy(asc(t.department.sortOrder));
  }

  @Query(() => Department, { nullable: true, description: '按标识取一个省直单位; 无此单位为空 / One unit by its id' })
  department(
    @Ctx() ctx: CatalogContext,
    @Arg('id', () => ID, { description: "单位标识, 如 finance、transport / the unit's id" }) id: string,
  ) {
    return ctx.loaders.department.load(id);
  }

  /** From the departments artefact's `publishers`: the subgraph whose publishers include the unit. */
  @FieldResolver(() => String, { nullable: true })
  subgraph(@Root() department: { id: string }, @Ctx() ctx: CatalogContext): string | null {
    return ctx.loaders.catalogue.subgraphOf(department.id);
  }

  @FieldResolver(() => [Measure], { description: '本单位牵头的措施: measures it leads' })
  leadMeasures(@Root() department: t.DepartmentRow, @Ctx() ctx: CatalogContext) {
    return measuresInRole(ctx, department.id, 'LEAD');
  }

  @FieldResolver(() => [Measure], { description: '本单位作为责任单位的措施: measures it shares responsibility for' })
  responsibleMeasures(@Root() department: t.DepartmentRow, @Ctx() ctx: CatalogContext) {
    return measuresInRole(ctx, department.id, 'RESPONSIBLE');
  }
}

async function measuresInRole(ctx: CatalogContext, departmentId: string, role: 'LEAD' | 'RESPONSIBLE') {
  const links = await ctx.loaders.measuresOfDepartment.load(departmentId);
  const numbers = links.filter((link) => link.role === role).map((link) => link.measureNumber);
  const measures = await ctx.loaders.measure.loadMany(numbers);
  return measures.filter((m): m is t.MeasureRow => m !== null && !(m instanceof Error));
}
