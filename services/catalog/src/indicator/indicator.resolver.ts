import { createRuleType } from '@fupin/kit';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from '@fupin/kit/graphql';
import { Department } from '../department/department.type.js';
import type { CatalogContext } from '../loaders.js';
import { Measure } from '../measure/measure.type.js';
import { Indicator } from './indicator.type.js';
import { toIndicator, toRule } from './registry.js';

/** The catalog's `Rule`: the same shareable type the departments return in their results. */
export const Rule = createRuleType(
  () => Measure,
  () => Indicator,
);

type IndicatorValue = ReturnType<typeof toIndicator>;
type RuleValue = ReturnType<typeof toRule>;

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Query(() => [Indicator], {
    description: "全部部门的指标, 可按单位或措施筛选 / Every department's indicators, by department or measure",
  })
  indicators(
    @Ctx() ctx: CatalogContext,
    @Arg('department', () => ID, {
      nullable: true,
      description: '单位标识, 如 transport / only the indicators it reports',
    })
    department?: string | null,
    @Arg('measure', () => Int, { nullable: true, description: '措施序号 1–22 / only the indicators of this measure' })
    measure?: number | null,
  ): IndicatorValue[] {
    return ctx.loaders.catalogue.indicators
      .filter(
        (i) => (department == null || i.departmentId === department) && (measure == null || i.measure === measure),
      )
      .map(toIndicator);
  }

  @Query(() => Indicator, { nullable: true, description: '按标识取一个指标; 无此指标为空 / One indicator by its id' })
  indicator(
    @Ctx() ctx: CatalogContext,
    @Arg('id', () => ID, { description: "指标标识, 如 transport.roadUpgradeKmPerTownship / the indicator's id" })
    id: string,
  ) {
    return ctx.loaders.indicator.load(id);
  }

  @FieldResolver(() => Measure, {
    nullable: true,
    description: '所报告的措施; 文件总体目标的指标为空 / null for the overall targets',
  })
  measure(@Root() indicator: IndicatorValue, @Ctx() ctx: CatalogContext) {
    return indicator.measure === null ? null : ctx.loaders.measure.load(indicator.measure);
  }

  @FieldResolver(() => Department, {
    nullable: true,
    description:
      '报送单位: 所属措施的(第一个)牵头单位, 总体目标的指标为省扶贫办; 措施无牵头单位时为空 / ' +
      "the unit that reports it: its measure's (first) lead unit, 省扶贫办 for the overall targets; null if the measure names none",
  })
  department(@Root() indicator: IndicatorValue, @Ctx() ctx: CatalogContext) {
    return indicator.departmentId ? ctx.loaders.department.load(indicator.departmentId) : null;
  }

  @FieldResolver(() => Indicator, { nullable: true, description: '比值的分子 / numerator of a derived ratio' })
  numerator(@Root() indicator: IndicatorValue, @Ctx() ctx: CatalogContext) {
    return indicator.numerator ? ctx.loaders.indicator.load(indicator.numerator) : null;
  }

  @FieldResolver(() => Indicator, { nullable: true, description: '比值的分母 / denominator of a derived ratio' })
  denominator(@Root() indicator: IndicatorValue, @Ctx() ctx: CatalogContext) {
    return indicator.denominator ? ctx.loaders.indicator.load(indicator.denominator) : null;
  }

  @FieldResolver(() => [Rule], { description: '考察该指标的规则 / the rules that read it' })
  rules(@Root() indicator: IndicatorValue, @Ctx() ctx: CatalogContext): RuleValue[] {
    return ctx.loaders.catalogue.rules.filter((r) => r.indicator === indicator.id).map(toRule);
  }
}

@Resolver(() => Rule)
export class RuleResolver {
  @Query(() => [Rule], { description: '文件的全部量化要求, 可按措施或单位筛选 / Every rule of the document' })
  rules(
    @Ctx() ctx: CatalogContext,
    @Arg('measure', () => Int, { nullable: true, description: '措施序号 1–22 / only the rules of this measure' })
    measure?: number | null,
    @Arg('department', () => ID, {
      nullable: true,
      description: '单位标识, 如 finance / only the rules on the figures it reports',
    })
    department?: string | null,
  ): RuleValue[] {
    return ctx.loaders.catalogue.rules
      .filter(
        (r) => (measure == null || r.measure === measure) && (department == null || r.departmentId === department),
      )
      .map(toRule);
  }

  // Every rule, listed here or in a result of the catalog's own figures, names its measure and
  // indicator by key (the kit's `ruleValue`); the catalog shows them whole.
  @FieldResolver(() => Measure, { nullable: true })
  measure(@Root() rule: { measure: { number: number } | null }, @Ctx() ctx: CatalogContext) {
    return rule.measure === null ? null : ctx.loaders.measure.load(rule.measure.number);
  }

  @FieldResolver(() => Indicator)
  indicator(@Root() rule: { indicator: { id: string } }, @Ctx() ctx: CatalogContext) {
    return ctx.loaders.indicator.load(rule.indicator.id);
  }

  @FieldResolver(() => Indicator, { nullable: true })
  reference(@Root() rule: { reference: { id: string } | null }, @Ctx() ctx: CatalogContext) {
    return rule.reference === null ? null : ctx.loaders.indicator.load(rule.reference.id);
  }
}

@Resolver(() => Measure)
export class MeasureIndicatorsResolver {
  @FieldResolver(() => [Indicator], { description: '报告本措施的指标 / the indicators that report on it' })
  indicators(@Root() measure: { number: number }, @Ctx() ctx: CatalogContext): IndicatorValue[] {
    return ctx.loaders.catalogue.indicators.filter((i) => i.measure === measure.number).map(toIndicator);
  }

  @FieldResolver(() => [Rule], { description: '本措施的量化要求 / its quantitative requirements' })
  rules(@Root() measure: { number: number }, @Ctx() ctx: CatalogContext): RuleValue[] {
    return ctx.loaders.catalogue.rules.filter((r) => r.measure === measure.number).map(toRule);
  }
}

@Resolver(() => Department)
export class DepartmentIndicatorsResolver {
  @FieldResolver(() => [Indicator], { description: '本单位报送的指标 / the indicators it reports' })
  indicators(@Root() department: { id: string }, @Ctx() ctx: CatalogContext): IndicatorValue[] {
    return ctx.loaders.catalogue.indicators.filter((i) => i.departmentId === department.id).map(toIndicator);
  }
}
