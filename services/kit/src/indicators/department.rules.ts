import { comparesWithPreviousYear } from './definitions.js';
import type { DepartmentPlan } from './department.plan.js';
import type { RollupFigures } from './department.view.js';
import { evaluateRule, round, type FigureOf, type RuleOutcome, type ValueOf } from './evaluate.js';

/**
 * The rule results of one place and year, as `RuleResult` shows them: every rule set for the
 * year, evaluated on the view's figures, its figures rounded as the view's. `county`, for a
 * county's view, is its code: a rule is NOT_APPLICABLE in a county outside its scope
 * (`plan.notApplicable`: a poverty county). A roll-up never is: it is over the counties in scope.
 */
export function ruleResultsOf(
  plan: DepartmentPlan,
  { valueOf, figureOf }: { valueOf: ValueOf; figureOf: FigureOf },
  year: number,
  rollup?: RollupFigures,
  county?: string,
): unknown[] {
  return plan.rules.flatMap(({ rule, value }) => {
    const outOfScope = county === undefined || rollup ? null : plan.notApplicable(county, rule);
    // A rule for some counties only is judged county by county; over a roll-up it would judge
    // the whole total by the qualifying few, so it is left out there.
    if (rule.appliesWhere && rollup) return [];
    const pair = comparesWithPreviousYear(rule) ? rollup?.yearOverYearOf(rule.indicator, year) : undefined;
    const actualOf =
      pair === undefined
        ? undefined
        : (y: number) => (pair === null ? null : y === year ? pair.current : pair.previous);
    const outcome = evaluateRule(
      rule,
      { valueOf, figureOf, indicatorById: plan.indicatorById, actualOf, outOfScope },
      year,
    );
    return outcome ? [shownResult(value, year, outcome)] : [];
  });
}

/** A rule's outcome as `RuleResult` shows it. */
export function shownResult(rule: unknown, year: number, { status, actual, required, gap, reason }: RuleOutcome) {
  return { rule, year, status, actual: shown(actual), required: shown(required), gap: shown(gap), reason };
}

const shown = (n: number | null) => (n === null ? null : round(n));
