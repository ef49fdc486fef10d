import { roundTo } from '@fupin/kit';
import { artefactSources, departmentOf, measuresOf, type SourceField, type Sources } from './sources.js';

/**
 * The assessment's arithmetic, on plain data: no GraphQL, no I/O.
 *
 * - A measure is assessed in a year when the department that answers for it has rules for that
 *   year that apply to the county. Its score is the share of those rules MET, 0–100. NO_DATA
 *   counts as not met: a figure that was not reported cannot be credited, and otherwise not
 *   reporting would score better than reporting a shortfall.
 * - A NOT_APPLICABLE rule (a poverty county, a zero denominator, a flag that says it does not
 *   apply) counts neither way: not assessed, not met, not a shortfall. A measure whose every rule
 *   is NOT_APPLICABLE is NOT_APPLICABLE itself, has no score and is left out of the mean.
 * - A county's score is the mean of its measures' scores: every measure weighs the same, however
 *   many rules it has (measure 11 has three rules in 2019, measure 2 one).
 * - A measure whose department did not answer is UNAVAILABLE and left out of the mean; the score
 *   is then over the measures that could be assessed, for every county alike.
 * - Rank 1 is the best score among the counties ranked; equal scores (to 0.01) share a rank and
 *   the next rank skips (1, 2, 2, 4).
 *
 * The departments scored are `sources`, from the departments artefact unless given.
 */

export type RuleStatus = 'MET' | 'NOT_MET' | 'NO_DATA' | 'NOT_APPLICABLE';
export type AssessmentStatus = RuleStatus | 'UNAVAILABLE';

/** Whether a rule result counts in the assessment: every status but NOT_APPLICABLE. */
export const counts = (result: Pick<ResultInput, 'status'>) => result.status !== 'NOT_APPLICABLE';

/** One rule result as a department sends it; the peers' results come without their figures. */
export interface ResultInput {
  year: number;
  status: RuleStatus;
  actual?: number | null;
  required?: number | null;
  gap?: number | null;
  /** Why NOT_APPLICABLE, or what is missing for NO_DATA (a county's own results carry it). */
  reason?: string | null;
  /** Whether a sample figure went into it (a county's own results carry it). */
  sample?: boolean;
  /** A peer's results come without the rule's id: its measure is all its score needs. */
  rule: { id?: string; measure: { number: number } | null };
}

/** A county's rule results by department subgraph; null where the department did not answer. */
export type CountyInputs = Readonly<Record<SourceField, readonly ResultInput[] | null | undefined>>;

export interface MeasureScore {
  measure: number;
  source: SourceField;
  /** The unit that answers for the measure's figures (its lead unit). */
  department: string | null;
  status: AssessmentStatus;
  /** Its rules' results in the year, NOT_APPLICABLE ones included; null when UNAVAILABLE. */
  results: ResultInput[] | null;
  /** Its rules that apply (not NOT_APPLICABLE); null when UNAVAILABLE. */
  rulesApplicable: number | null;
  rulesMet: number | null;
  score: number | null;
}

export interface CountyScore {
  code: string;
  year: number;
  measures: MeasureScore[];
  /** 0–100, two decimals; null when no measure could be assessed (UNAVAILABLE and NOT_APPLICABLE ones are not). */
  score: number | null;
  rulesAssessed: number;
  rulesMet: number;
  rulesNotMet: number;
  rulesNoData: number;
  /** Rules MET ÷ rules assessed × 100, two decimals; null when none was assessed. */
  shareOfRulesMet: number | null;
  /** The sources that did not answer and have rules in the year. */
  unavailable: SourceField[];
  /** Whether a sample figure went into a result the score counts. */
  sample: boolean;
}

export function scoreCounty(
  code: string,
  inputs: CountyInputs,
  year: number,
  sources: Sources = artefactSources(),
): CountyScore {
  const measures: MeasureScore[] = [];
  const unavailable: SourceField[] = [];
  for (const source of sources.list) {
    const results = inputs[source.field];
    if (results == null) {
      const covered = measuresOf(source, year);
      if (covered.length > 0) unavailable.push(source.field);
      for (const measure of covered) {
        measures.push({
          measure,
          source: source.field,
          department: departmentOf(measure),
          status: 'UNAVAILABLE',
          results: null,
          rulesApplicable: null,
          rulesMet: null,
          score: null,
        });
      }
      continue;
    }
    const byMeasure = new Map<number, ResultInput[]>();
    for (const result of results) {
      // The departments' rules all belong to a measure; the overall targets (no measure) are the
      // poverty alleviation office's, shown as the province's progress instead.
      if (result.year !== year || !result.rule.measure) continue;
      const number = result.rule.measure.number;
      byMeasure.set(number, [...(byMeasure.get(number) ?? []), result]);
    }
    for (const [measure, measureResults] of byMeasure) {
      measures.push(scoreMeasure(measure, source.field, measureResults));
    }
  }
  measures.sort((a, b) => a.measure - b.measure);

  const assessed = measures.filter((m) => m.status !== 'UNAVAILABLE' && m.status !== 'NOT_APPLICABLE');
  const results = assessed.flatMap((m) => (m.results ?? []).filter(counts));
  const count = (status: RuleStatus) => results.filter((r) => r.status === status).length;
  return {
    code,
    year,
    measures,
    score: assessed.length === 0 ? null : roundTo(mean(assessed.map((m) => m.score!)), 2),
    rulesAssessed: results.length,
    rulesMet: count('MET'),
    rulesNotMet: count('NOT_MET'),
    rulesNoData: count('NO_DATA'),
    shareOfRulesMet: results.length === 0 ? null : roundTo((count('MET') / results.length) * 100, 2),
    unavailable,
    sample: results.some((r) => r.sample === true),
  };
}

function scoreMeasure(measure: number, source: SourceField, results: ResultInput[]): MeasureScore {
  const applicable = results.filter(counts);
  const met = applicable.filter((r) => r.status === 'MET').length;
  const status: AssessmentStatus =
    applicable.length === 0
      ? 'NOT_APPLICABLE'
      : applicable.some((r) => r.status === 'NOT_MET')
        ? 'NOT_MET'
        : applicable.some((r) => r.status === 'NO_DATA')
          ? 'NO_DATA'
          : 'MET';
  return {
    measure,
    source,
    department: departmentOf(measure),
    status,
    results: [...results].sort((a, b) => (a.rule.id ?? '').localeCompare(b.rule.id ?? '')),
    rulesApplicable: applicable.length,
    rulesMet: met,
    score: applicable.length === 0 ? null : roundTo((met / applicable.length) * 100, 2),
  };
}

/**
 * Ranks by score, best first: rank 1 + the number of counties with a strictly better score, so
 * equal scores share a rank. A county without a score has no rank.
 */
export function rankCounties(scores: readonly { code: string; score: number | null }[]): Map<string, number | null> {
  const scored = scores.flatMap((s) => (s.score === null ? [] : [s.score]));
  return new Map(
    scores.map(({ code, score }) => [code, score === null ? null : 1 + scored.filter((other) => other > score).length]),
  );
}

export interface MeasureRollup {
  measure: number;
  source: SourceField;
  department: string | null;
  /** The counties it is assessed for: NOT_APPLICABLE ones not counted. */
  counties: number;
  countiesMet: number;
  countiesNotMet: number;
  countiesNoData: number;
  countiesUnavailable: number;
  /** The counties where none of its rules applies. */
  countiesNotApplicable: number;
  /** The mean of the counties' scores on the measure, over those it could be assessed for. */
  meanScore: number | null;
}

export interface Rollup {
  /** The counties, best first (by rank, then code). */
  counties: { county: CountyScore; rank: number | null }[];
  meanScore: number | null;
  rulesAssessed: number;
  rulesMet: number;
  shareOfRulesMet: number | null;
  measures: MeasureRollup[];
  unavailable: SourceField[];
}

/** Counties' assessments summed up: each county's rank is given, from the pool it is ranked in. */
export function rollUp(
  counties: readonly { county: CountyScore; rank: number | null }[],
  sources: Sources = artefactSources(),
): Rollup {
  const ordered = [...counties].sort(
    (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.county.code.localeCompare(b.county.code),
  );
  const scores = ordered.flatMap(({ county }) => (county.score === null ? [] : [county.score]));
  const rulesAssessed = sum(ordered.map(({ county }) => county.rulesAssessed));
  const rulesMet = sum(ordered.map(({ county }) => county.rulesMet));
  const byMeasure = new Map<number, MeasureScore[]>();
  for (const { county } of ordered) {
    for (const m of county.measures) byMeasure.set(m.measure, [...(byMeasure.get(m.measure) ?? []), m]);
  }
  const measures = [...byMeasure.entries()]
    .sort(([a], [b]) => a - b)
    .map(([measure, list]): MeasureRollup => {
      const count = (status: AssessmentStatus) => list.filter((m) => m.status === status).length;
      const measureScores = list.flatMap((m) => (m.score === null ? [] : [m.score]));
      return {
        measure,
        source: list[0]!.source,
        department: list[0]!.department,
        counties: list.length - count('NOT_APPLICABLE'),
        countiesMet: count('MET'),
        countiesNotMet: count('NOT_MET'),
        countiesNoData: count('NO_DATA'),
        countiesUnavailable: count('UNAVAILABLE'),
        countiesNotApplicable: count('NOT_APPLICABLE'),
        meanScore: measureScores.length === 0 ? null : roundTo(mean(measureScores), 2),
      };
    });
  return {
    counties: ordered,
    meanScore: scores.length === 0 ? null : roundTo(mean(scores), 2),
    rulesAssessed,
    rulesMet,
    shareOfRulesMet: rulesAssessed === 0 ? null : roundTo((rulesMet / rulesAssessed) * 100, 2),
    measures,
    unavailable: sources.list
      .map((s) => s.field)
      .filter((field) => ordered.some(({ county }) => county.unavailable.includes(field))),
  };
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const mean = (values: readonly number[]) => sum(values) / values.length;
