import type { DepartmentPlan } from './department.plan.js';
import { ruleResultsOf, type SampleOf } from './department.rules.js';
import { indicatorValue, round, type FigureOf, type ValueOf } from './evaluate.js';

export type { FigureOf } from './evaluate.js';

/** A department's figures for one place and year, shaped as its typed view. */
export type ViewValue = Record<string, unknown> & { year: number };

/** What a roll-up adds to its figures: those computed over matched counties. */
export interface RollupFigures {
  /** Ratios over the counties that reported both parts. */
  ratioOf: ValueOf;
  /** A ratio's denominator over the same counties (what its zero-denominator check reads). */
  denominatorOf: ValueOf;
  /** A figure and the year before's, over the counties that reported both years. */
  /** undefined where the rule's figure is a ratio, compared as it rolls up. */
  yearOverYearOf: (indicatorId: string, year: number) => { current: number; previous: number } | null | undefined;
}

/**
 * Typed fields and rule results of one place and year, from a way to read its figures; a
 * roll-up adds the figures that must be computed over matched counties, a county's view its code
 * (which decides whether the document's rules apply to it at all: `plan.notApplicable`).
 */
export function buildView(
  plan: DepartmentPlan,
  valueOf: ValueOf,
  year: number,
  rollup?: RollupFigures,
  county?: string,
  sampleOf?: SampleOf,
): ViewValue {
  const ratioOf = rollup?.ratioOf;
  const figureOf: FigureOf = (indicator, y) =>
    indicator.rollup.kind === 'RATIO' && ratioOf ? ratioOf(indicator.id, y) : indicatorValue(indicator, valueOf, y);
  const view: ViewValue = { year };
  for (const { indicator, field } of plan.fields) {
    const value = figureOf(indicator, year);
    view[field] = value === null ? null : round(value);
  }
  view.rules = ruleResultsOf(plan, { valueOf, figureOf, sampleOf }, year, rollup, county);
  return view;
}
