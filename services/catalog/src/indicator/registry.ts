import {
  isPublished,
  ruleValue,
  type DepartmentModel,
  type IndicatorDefinition,
  type RuleDefinition,
} from '@fupin/kit';
import { educationModel } from '@fupin/education/model';
import { financeModel } from '@fupin/finance/model';
import { financeInsuranceModel } from '@fupin/finance-insurance/model';
import { healthModel } from '@fupin/health/model';
import { measures } from '@fupin/reference';
import { transportModel } from '@fupin/transport/model';
import { waterModel } from '@fupin/water/model';
import { progressModel } from '../progress/model.js';

/**
 * The indicator catalogue: every department's indicators and rules, as each department declares
 * them in its own folder (`@fupin/<department>/model`). The catalog lists them so that one query
 * through the gateway sees them all; the figures stay with the departments.
 */
export const departmentModels: readonly DepartmentModel[] = [
  progressModel,
  financeModel,
  transportModel,
  waterModel,
  educationModel,
  healthModel,
  financeInsuranceModel,
];

export interface IndicatorEntry extends IndicatorDefinition {
  /** The department that reports it: the lead unit of its measure. */
  departmentId: string | null;
  published: boolean;
}

export interface RuleEntry extends RuleDefinition {
  departmentId: string | null;
}

/** The lead unit of a measure; the overall targets (no measure) are the poverty alleviation office's. */
const leadOf = (measure: number | null) =>
  measure === null ? 'poverty-office' : (measures.find((m) => m.number === measure)?.leadDepartmentIds[0] ?? null);

export const indicators: readonly IndicatorEntry[] = departmentModels.flatMap((model) =>
  model.indicators.map((indicator) => ({
    ...indicator,
    departmentId: leadOf(indicator.measure),
    published: isPublished(indicator),
  })),
);

export const rules: readonly RuleEntry[] = departmentModels.flatMap((model) =>
  model.rules.map((rule) => ({ ...rule, departmentId: leadOf(rule.measure) })),
);

/** An indicator as the `Indicator` type shows it. */
export function toIndicator(entry: IndicatorEntry) {
  return {
    ...entry,
    rollup: entry.rollup.kind,
    scale: entry.rollup.kind === 'RATIO' ? entry.rollup.scale : null,
    numerator: entry.rollup.kind === 'RATIO' ? entry.rollup.numerator : null,
    denominator: entry.rollup.kind === 'RATIO' ? entry.rollup.denominator : null,
    min: entry.min ?? null,
    max: entry.max ?? null,
    integer: entry.integer ?? false,
  };
}

/** A rule as the `Rule` type shows it: the same shape the departments' rule results carry. */
export function toRule(entry: RuleEntry) {
  return ruleValue(entry);
}

export const indicatorById: ReadonlyMap<string, IndicatorEntry> = new Map(indicators.map((i) => [i.id, i]));
