import { comparesWithPreviousYear, type RuleDefinition } from './definitions.js';
import type { DepartmentPlan } from './department.plan.js';
import type { RollupFigures } from './department.view.js';
import { applicability, evaluateRule, round, type FigureOf, type RuleOutcome, type ValueOf } from './evaluate.js';

/**
 * The rule results of one place and year, as `RuleResult` shows them: every rule set for the
 * year, evaluated on the view's figures, its figures rounded as the view's. `county`, for a
 * county's view, is its code: a rule is NOT_APPLICABLE in a county outside its scope
 * (`plan.notApplicable`: a poverty county). A roll-up never is: it is over the counties in scope.
 */
export function ruleResultsOf(
  plan: DepartmentPlan,
  { valueOf, figureOf, sampleOf }: { valueOf: ValueOf; figureOf: FigureOf; sampleOf?: SampleOf },
  year: number,
  rollup?: RollupFigures,
  county?: string,
): unknown[] {
  return plan.rules.flatMap(({ rule, value }) => {
    const outOfScope = county === undefined || rollup ? null : plan.notApplicable(county, rule);
    // A rule for some counties only is judged county by county; over a roll-up it would judge
    // the whole total by the qualifying few, so it is left out there.
    if ((rule.appliesWhere || rule.appliesBelow) && rollup) return [];
    const pair = comparesWithPreviousYear(rule) ? rollup?.yearOverYearOf(rule.indicator, year) : undefined;
    const actualOf =
      pair === undefined
        ? undefined
        : (y: number) => (pair === null ? null : y === year ? pair.current : pair.previous);
    const outcome = evaluateRule(
      rule,
      {
        valueOf,
        figureOf,
        indicatorById: plan.indicatorById,
        actualOf,
        outOfScope,
        ...(rollup ? { denominatorOf: rollup.denominatorOf } : {}),
      },
      year,
    );
    if (!outcome) return [];
    // A place out of scope reads nothing; a rule whose conditions do not hold, only them.
    const conditionsOnly =
      sampleOf !== undefined && applicability(rule, { valueOf, figureOf, indicatorById: plan.indicatorById }, year);
    const sample =
      sampleOf !== undefined &&
      !outOfScope &&
      ruleReads(rule, year, conditionsOnly !== null).some(([id, y]) => sampleOf(id, y, rule));
    return [{ ...shownResult(value, year, outcome), sample }];
  });
}

/**
 * Whether a figure read in a year holds a sample value: a published one, or either part of a
 * RATIO (a roll-up's ratio over its matched counties); `rule` says who reads it, for the roll-up's
 * year-on-year pairs.
 */
export type SampleOf = (indicatorId: string, year: number, rule: RuleDefinition) => boolean;

/**
 * What a rule reads of a place in a year, as (indicator, year): the figures of its conditions and,
 * unless they say it does not apply (`conditionsOnly`), its figure, the year before's for a
 * year-on-year kind, and the reference of AT_LEAST_REFERENCE.
 */
export function ruleReads(rule: RuleDefinition, year: number, conditionsOnly = false): [string, number][] {
  const reads: [string, number][] = [];
  if (rule.appliesWhere) reads.push([rule.appliesWhere, year]);
  if (rule.appliesBelow) reads.push([rule.appliesBelow.figure, year], [rule.appliesBelow.reference, year]);
  if (conditionsOnly) return reads;
  reads.push([rule.indicator, year]);
  if (comparesWithPreviousYear(rule)) reads.push([rule.indicator, year - 1]);
  if (rule.reference) reads.push([rule.reference, year]);
  return reads;
}

/** A rule's outcome as `RuleResult` shows it. */
export function shownResult(rule: unknown, year: number, { status, actual, required, gap, reason }: RuleOutcome) {
  return { rule, year, status, actual: shown(actual), required: shown(required), gap: shown(gap), reason };
}

const shown = (n: number | null) => (n === null ? null : round(n));
