import type { IndicatorDefinition, RuleDefinition } from './definitions.js';

export type RuleStatus = 'MET' | 'NOT_MET' | 'NO_DATA';

export interface RuleOutcome {
  status: RuleStatus;
  actual: number | null;
  required: number | null;
  /** How far the figure is from meeting the rule, in its unit; 0 when met, null without data. */
  gap: number | null;
}

/** A figure of one place (a county or a roll-up) in one year; null when not reported. */
export type ValueOf = (indicatorId: string, year: number) => number | null;

/** The value of an indicator, deriving a RATIO from its components. */
export function indicatorValue(indicator: IndicatorDefinition, value: ValueOf, year: number): number | null {
  if (indicator.rollup.kind !== 'RATIO') return value(indicator.id, year);
  const numerator = value(indicator.rollup.numerator, year);
  const denominator = value(indicator.rollup.denominator, year);
  if (numerator === null || denominator === null || denominator === 0) return null;
  return (numerator / denominator) * indicator.rollup.scale;
}

/** Evaluates a rule for one year; null when the document sets no requirement for that year. */
export function evaluateRule(
  rule: RuleDefinition,
  actualOf: (year: number) => number | null,
  year: number,
): RuleOutcome | null {
  if (!rule.years.includes(year)) return null;
  const actual = actualOf(year);
  const required = rule.required === 'PREVIOUS_YEAR' ? actualOf(year - 1) : rule.required;
  if (actual === null || required === null) return { status: 'NO_DATA', actual, required, gap: null };
  const shortfall = rule.comparison === 'AT_LEAST' ? required - actual : actual - required;
  return {
    status: shortfall <= 0 ? 'MET' : 'NOT_MET',
    actual,
    required,
    gap: round(Math.max(0, shortfall)),
  };
}

/** Rounds away binary noise (15.000000000000002) without hiding real precision: six decimals. */
export function round(value: number): number {
  return roundTo(value, 6);
}

/** 10^0 … 10^15, each exact (read from its decimal text, not computed). */
const SCALES = Array.from({ length: 16 }, (_, decimals) => Number(`1e${decimals}`));

/**
 * `value` to `decimals` places (a whole number 0–15), halves rounded up as `Math.round` does: the
 * one rounding of every figure the graph publishes (views and rules six places, scores and shares
 * two).
 */
export function roundTo(value: number, decimals: number): number {
  const scale = SCALES[decimals];
  if (scale === undefined) throw new RangeError(`roundTo: decimals must be a whole number 0–15, not ${decimals}`);
  return Math.round(value * scale) / scale;
}
