import { comparesWithPreviousYear, resolveRule, ruleThreshold, type RuleDefinition } from './definitions.js';
import { indicatorKey, type IndicatorRef } from './department.spec.js';
import type { ObservationRow } from './store.js';

/** A rule as the `Rule` type shows it: the older fields (`comparison`, `threshold`…) derived from its kind. */
export function ruleValue(rule: RuleDefinition, indicatorRef: IndicatorRef = indicatorKey) {
  const resolved = resolveRule(rule);
  return {
    id: resolved.id,
    description: resolved.description,
    descriptionEn: resolved.descriptionEn,
    measure: resolved.measure === null ? null : { number: resolved.measure },
    indicator: indicatorRef(resolved.indicator),
    kind: resolved.kind,
    comparison: resolved.comparison,
    threshold: ruleThreshold(resolved),
    comparedWithPreviousYear: comparesWithPreviousYear(resolved),
    reference: resolved.reference === undefined ? null : indicatorRef(resolved.reference),
    years: [...resolved.years],
    words: resolved.words ?? null,
    basis: resolved.basis,
    basisNote: resolved.basisNote,
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
