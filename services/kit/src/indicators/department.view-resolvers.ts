import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from '../graphql.js';
import { STOCK_REQUIRES, type CountyWithStock } from './department.baseline.js';
import type { ViewValue } from './department.view.js';
import type { DepartmentEntities, DepartmentSpec, EntityClass } from './department.spec.js';
import { PROVINCE, type DepartmentContext } from './department.loaders.js';
import { checkYear } from './year.js';

/** The `year` argument of a department's views. */
const yearArg = {
  description:
    '规划年份 2018–2020; 其他年份报 YEAR_OUT_OF_PLAN 错误 / the plan year; any other is refused (YEAR_OUT_OF_PLAN)',
};

/**
 * The department's view on County (`County.<viewField>(year)`), Prefecture and Province (its
 * roll-up), each one load from the request's loaders.
 */
export function createViewResolvers(
  spec: Pick<DepartmentSpec, 'publisher' | 'viewField'>,
  entities: Pick<DepartmentEntities, 'County' | 'Prefecture' | 'Province'>,
  { CountyView, RollupView }: { CountyView: EntityClass; RollupView: EntityClass },
  withStock?: (view: ViewValue, county: CountyWithStock) => ViewValue,
) {
  const description = `${spec.publisher}的数据(样例数据会标明) / ${spec.publisher}'s figures for a plan year (2018–2020)`;

  @Resolver(() => entities.County)
  class CountyViewResolver {
    @FieldResolver(() => CountyView, { name: spec.viewField, nullable: true, description })
    async view(
      @Root() county: CountyWithStock,
      @Arg('year', () => Int, yearArg) year: number,
      @Ctx() ctx: DepartmentContext,
    ) {
      checkYear(year);
      const view = await ctx.loaders.countyView.load(`${county.code}|${year}`);
      // The stock comes with the representation, not from the cached view: a copy per county.
      return withStock ? withStock(view, county) : view;
    }
  }
  if (withStock) {
    const method = Object.getOwnPropertyDescriptor(CountyViewResolver.prototype, 'view')!;
    Directive(STOCK_REQUIRES)(CountyViewResolver.prototype, 'view', method);
  }

  @Resolver(() => entities.Prefecture)
  class PrefectureViewResolver {
    @FieldResolver(() => RollupView, { name: spec.viewField, nullable: true, description })
    view(
      @Root() prefecture: { code: string },
      @Arg('year', () => Int, yearArg) year: number,
      @Ctx() ctx: DepartmentContext,
    ) {
      checkYear(year);
      return ctx.loaders.rollupView.load(`${prefecture.code}|${year}`);
    }
  }

  @Resolver(() => entities.Province)
  class ProvinceViewResolver {
    @FieldResolver(() => RollupView, { name: spec.viewField, nullable: true, description })
    view(
      @Root() _province: { code: string },
      @Arg('year', () => Int, yearArg) year: number,
      @Ctx() ctx: DepartmentContext,
    ) {
      checkYear(year);
      return ctx.loaders.rollupView.load(`${PROVINCE}|${year}`);
    }
  }

  return { CountyViewResolver, PrefectureViewResolver, ProvinceViewResolver };
}
