import { Ctx, Directive, FieldResolver, Resolver, Root } from '../graphql.js';
import { PLAN_YEARS } from './definitions.js';
import type { DepartmentSpec, EntityClass } from './department.spec.js';
import type { DepartmentContext } from './department.loaders.js';

/**
 * `County.<department>RuleResults`: every plan year's rule results of a county, argument-free, for
 * the assessment's `@requires`.
 */
export function createRuleResultsResolver(
  spec: Pick<DepartmentSpec, 'publisher'>,
  County: EntityClass,
  RuleResult: EntityClass,
  fieldName: string,
) {
  @Resolver(() => County)
  class CountyRuleResultsResolver {
    // Plumbing for @requires: every year's results of every county, not for clients to ask for.
    @Directive('@inaccessible')
    @FieldResolver(() => [RuleResult], {
      name: fieldName,
      nullable: true,
      description:
        `${spec.publisher}各项规则在规划各年(2018–2020)的结果, 无参数, 供跨部门考核经 @requires 读取 / ` +
        `every rule's result in every plan year; argument-free so that other subgraphs can @requires it`,
    })
    async ruleResults(@Root() county: { code: string }, @Ctx() ctx: DepartmentContext) {
      const views = await ctx.loaders.countyView.loadMany(PLAN_YEARS.map((year) => `${county.code}|${year}`));
      return views.flatMap((view) => {
        if (view instanceof Error) throw view;
        return view.rules as unknown[];
      });
    }
  }
  return CountyRuleResultsResolver;
}
