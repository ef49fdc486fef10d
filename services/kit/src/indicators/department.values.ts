import type { RuleDefinition } from './definitions.js';
import { indicatorKey, type IndicatorRef } from './department.spec.js';
import type { ObservationRow } from './store.js';

/** A rule as the `Rule` type shows it. */
export function ruleValue(rule: RuleDefinition, indicatorRef: IndicatorRef = indicatorKey) {
  return {
    id: rule.id,
    description: rule.description,
    descriptionEn: rule.descriptionEn,
    measure: rule.measure === null ? null : { number: rule.measure },
    indicator: indicatorRef(rule.indicator),
    comparison: rule.comparison,
    threshold: rule.required === 'PREVIOUS_YEAR' ? null : rule.required,
    comparedWithPreviousYear: rule.required === 'PREVIOUS_YEAR',
    years: [...rule.years],
  };
}

/** A stored value as the `Observation` type shows it. */
export function toObservation(row: ObservationRow, indicatorRef: IndicatorRef) {
  return {
    indicator: indicatorRef(row.indicatorId),
    county: { code: row.countyCode },
    year: row.year,
    value: row.value,
    revision: row.revision,
    publishedBy: row.publishedBy,
    publishedAt: row.publishedAt,
    note: row.note,
    sample: row.isSample,
  };
}

export type ObservationValue = ReturnType<typeof toObservation>;
