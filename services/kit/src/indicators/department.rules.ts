import type { DepartmentPlan } from './department.plan.js';
import type { FigureOf, RollupFigures } from './department.view.js';
import { evaluateRule, round, type ValueOf } from './evaluate.js';

/**
 * The rule results of one place and year, as `RuleResult` shows them: every rule set for the
 * year, evaluated on the view's figures, its figures rounded as the view's.
 */
export function ruleResultsOf(
  plan: DepartmentPlan,
  { valueOf, figureOf }: { valueOf: ValueOf; figureOf: FigureOf },
  year: number,
  rollup?: RollupFigures,
): unknown[] {
  return plan.rules.flatMap(({ rule, indicator, value }) => {
    // A rule for some counties only is judged county by county; over a roll-up it would judge
    // the whole total by the qualifying few, so it is left out there.
    if (rule.appliesWhere && (rollup || valueOf(rule.appliesWhere, year) !== 1)) return [];
    const pair = rule.required === 'PREVIOUS_YEAR' ? rollup?.yearOverYearOf(rule.indicator, year) : undefined;
    const actualOf =
      pair === undefined
        ? (y: number) => figureOf(indicator, y)
        : (y: number) => (pair === null ? null : y === year ? pair.current : pair.previous);
    const outcome = evaluateRule(rule, actualOf, year);
    if (!outcome) return [];
    const { actual, required, gap } = outcome;
    return [
      {
        rule: value,
        year,
        ...outcome,
        actual: shown(actual),
        required: shown(required),
        gap: shown(gap),
      },
    ];
  });
}

const shown = (n: number | null) => (n === null ? null : round(n));
