import {
  comparesWithPreviousYear,
  indicatorField,
  isPublished,
  resolveRule,
  type DepartmentModel,
  type IndicatorDefinition,
  type ResolvedRule,
} from './definitions.js';
import { fixedIndicators } from './base-year.js';
import type { IndicatorRef } from './department.spec.js';
import { ruleValue } from './department.values.js';

/** A derived indicator: its two parts, as the roll-up statement reads them, and its scale. */
export interface RatioDefinition {
  id: string;
  numerator: string;
  denominator: string;
  scale: number;
  /** The denominator is a fixed baseline: read at the base year, whatever the numerator's year. */
  denominatorFixed: boolean;
}

/** A rule with what evaluating it needs of the model: the indicator it reads, its `Rule` value. */
export interface PlannedRule {
  /** With its kind, comparison and basis spelled out (`resolveRule`). */
  rule: ResolvedRule;
  indicator: IndicatorDefinition;
  value: ReturnType<typeof ruleValue>;
}

/**
 * What the loaders, the views and the rules read of a department's model, derived once when
 * the department is defined: all of it is the same for every request.
 */
export interface DepartmentPlan {
  model: DepartmentModel;
  indicatorById: ReadonlyMap<string, IndicatorDefinition>;
  /** The published indicators (not the derived ratios), in the model's order. */
  published: readonly IndicatorDefinition[];
  /** Every indicator with the name of its typed field, in the model's order. */
  fields: readonly { indicator: IndicatorDefinition; field: string }[];
  /** The indicators a roll-up shows as the mean of the counties' values; the others as the sum. */
  means: ReadonlySet<string>;
  ratios: readonly RatioDefinition[];
  ratioScale: ReadonlyMap<string, number>;
  /**
   * Why a rule does not apply to a county at all (a poverty county), or null where it does: the
   * rule is NOT_APPLICABLE there with this reason.
   */
  notApplicable: (county: string, rule: ResolvedRule) => string | null;
  /** Each rule by id, as planned. */
  ruleById: ReadonlyMap<string, PlannedRule>;
  /**
   * Whether some rule compares with the year before: the loaders then read that year too (for
   * 2018, 2017: the base year, where the store has it).
   */
  needsPreviousYear: boolean;
  /**
   * The year-before rules' figures over a roll-up (只增不减, 加大, 缩短…): compared over the
   * counties that reported both years. Ratios are compared as they roll up.
   */
  yearOverYear: readonly string[];
  yearOverYearIds: ReadonlySet<string>;
  /** The fixed baselines (`fixed`): stored for the base year, read in every plan year. */
  fixed: ReadonlySet<string>;
  rules: readonly PlannedRule[];
  /** How a result or observation names an indicator; made once for each indicator of the model. */
  indicatorRef: IndicatorRef;
}

/** Every county is inside the document's scope: the default of a plan made without one. */
const everyCounty = () => null;

export function planDepartment(
  model: DepartmentModel,
  indicatorRef: IndicatorRef,
  notApplicable: (county: string, rule: ResolvedRule) => string | null = everyCounty,
): DepartmentPlan {
  const rules = model.rules.map(resolveRule);
  const indicatorById = new Map(model.indicators.map((i) => [i.id, i]));
  const refs = new Map(model.indicators.map((i) => [i.id, indicatorRef(i.id)]));
  const refOf: IndicatorRef = (id) => (refs.has(id) ? refs.get(id) : indicatorRef(id));
  const fixed = fixedIndicators(model);
  const ratios = model.indicators.flatMap((i) =>
    i.rollup.kind === 'RATIO'
      ? [
          {
            id: i.id,
            numerator: i.rollup.numerator,
            denominator: i.rollup.denominator,
            scale: i.rollup.scale,
            denominatorFixed: fixed.has(i.rollup.denominator),
          },
        ]
      : [],
  );
  const yearOverYear = [
    ...new Set(
      rules
        .filter(comparesWithPreviousYear)
        .map((rule) => rule.indicator)
        .filter((id) => indicatorById.get(id)?.rollup.kind !== 'RATIO'),
    ),
  ];
  const planned = rules.map((rule) => ({
    rule,
    indicator: indicatorById.get(rule.indicator)!,
    value: ruleValue(rule, refOf),
  }));
  return {
    model,
    indicatorById,
    published: model.indicators.filter(isPublished),
    fields: model.indicators.map((indicator) => ({ indicator, field: indicatorField(indicator) })),
    means: new Set(model.indicators.filter((i) => i.rollup.kind === 'MEAN').map((i) => i.id)),
    ratios,
    ratioScale: new Map(ratios.map((r) => [r.id, r.scale])),
    notApplicable,
    needsPreviousYear: rules.some(comparesWithPreviousYear),
    yearOverYear,
    yearOverYearIds: new Set(yearOverYear),
    fixed,
    rules: planned,
    ruleById: new Map(planned.map((p) => [p.rule.id, p])),
    indicatorRef: refOf,
  };
}
