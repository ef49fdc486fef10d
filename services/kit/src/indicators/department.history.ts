import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from '../graphql.js';
import { fixedIndicators, storedYear } from './base-year.js';
import { isPublished, type DepartmentModel } from './definitions.js';
import type { EntityClass } from './department.spec.js';
import type { DepartmentContext } from './department.loaders.js';
import type { ViewValue } from './department.view.js';

/** `history(indicator)` on the county view: every revision of one figure, oldest first. */
export function createHistoryResolver(model: DepartmentModel, CountyView: EntityClass, Observation: EntityClass) {
  const exampleIndicator = model.indicators.find(isPublished)?.id ?? model.indicators[0]?.id;
  const fixed = fixedIndicators(model);

  @Resolver(() => CountyView)
  class HistoryResolver {
    @FieldResolver(() => [Observation], {
      description: "某指标本年数值的全部修订, 最早的在前 / every revision of one indicator's value, oldest first",
    })
    history(
      @Root() view: ViewValue,
      @Arg('indicator', () => ID, {
        description:
          `指标标识, 本单位的已发布指标, 如 ${exampleIndicator}; 其他指标无修订记录, 返回空列表 / ` +
          `the id of one of the department's published indicators; any other has no revisions here (empty list)`,
      })
      indicator: string,
      @Ctx() ctx: DepartmentContext,
    ) {
      // A fixed baseline's revisions are the base year's, the one year it is published for.
      const year = storedYear(fixed, indicator, view.year);
      return ctx.loaders.history.load(`${indicator}|${view.countyCode as string}|${year}`);
    }
  }
  return HistoryResolver;
}
