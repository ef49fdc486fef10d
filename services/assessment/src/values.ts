import { ruleValue } from '@fupin/kit';
import { GraphQLError } from 'graphql';
import {
  counts,
  rankCounties,
  rollUp,
  scoreCounty,
  type CountyInputs,
  type CountyScore,
  type MeasureScore,
  type ResultInput,
  type Rollup,
} from './score.js';
import { departmentName, departmentOf, measuresOf, type SourceField, type Sources } from './sources.js';

/** A county as the gateway sends it to the assessment: its key and what `@requires` asked for. */
export interface CountyRepresentation {
  code: string;
  assessmentInputs?: Partial<Record<SourceField, Record<string, readonly ResultInput[] | null> | null>> | null;
  peers?: readonly (CountyRepresentation | null)[] | null;
}

export type MeasureAssessmentValue = ReturnType<typeof toMeasureAssessment>;

function toMeasureAssessment(m: MeasureScore, year: number) {
  return {
    measure: { number: m.measure },
    department: m.department === null ? null : { id: m.department },
    status: m.status,
    score: m.score,
    rulesApplicable: m.rulesApplicable,
    rulesMet: m.rulesMet,
    // For `MeasureAssessment.rules`:
    source: m.source,
    results: m.results,
    year,
  };
}

/** A county's own results carry their rules' ids (only its peers' come without). */
const ruleId = (result: ResultInput) => result.rule.id ?? '';

/**
 * What the resolvers return, from the representations the gateway sends: the departments read
 * are `sources`, from the departments artefact.
 */
export function createValues(sources: Sources) {
  /** The results of each department in a representation; null where it did not answer. */
  function readInputs(county: CountyRepresentation): CountyInputs {
    return Object.fromEntries(
      sources.list.map((source) => [
        source.field,
        county.assessmentInputs?.[source.field]?.[source.resultsField] ?? null,
      ]),
    );
  }

  /** Every county of a pool scored, and ranked within the pool. */
  function assessPool(pool: readonly (CountyRepresentation | null)[], year: number) {
    const scores = pool
      .filter((c): c is CountyRepresentation => c !== null)
      .map((county) => scoreCounty(county.code, readInputs(county), year, sources));
    const ranks = rankCounties(scores);
    return new Map(scores.map((score) => [score.code, { county: score, rank: ranks.get(score.code) ?? null }]));
  }

  /** `Department` references for the units behind the sources that did not answer. */
  function departmentsOf(fields: readonly SourceField[], year: number) {
    const ids = fields.flatMap((field) =>
      measuresOf(sources.byField(field)!, year).flatMap((measure) => departmentOf(measure) ?? []),
    );
    return [...new Set(ids)].map((id) => ({ id }));
  }

  function toAssessment(score: CountyScore, rank: number | null, rankedAmong: number) {
    return {
      county: { code: score.code },
      year: score.year,
      score: score.score,
      rank,
      rankedAmong,
      shareOfRulesMet: score.shareOfRulesMet,
      rulesAssessed: score.rulesAssessed,
      rulesMet: score.rulesMet,
      rulesNotMet: score.rulesNotMet,
      rulesNoData: score.rulesNoData,
      measures: score.measures.map((m) => toMeasureAssessment(m, score.year)),
      sample: score.sample,
      shortfalls: score.measures.flatMap((m) =>
        (m.results ?? []).filter((r) => counts(r) && r.status !== 'MET').map((r) => toShortfall(m, r)),
      ),
      complete: score.unavailable.length === 0,
      unavailableDepartments: departmentsOf(score.unavailable, score.year),
    };
  }

  function toShortfall(measure: MeasureScore, result: ResultInput) {
    const entry = sources.ruleById.get(ruleId(result));
    return {
      rule: ruleOf(result),
      measure: { number: measure.measure },
      department: measure.department === null ? null : { id: measure.department },
      status: result.status,
      actual: result.actual ?? null,
      required: result.required ?? null,
      gap: result.gap ?? null,
      unit: entry?.unit ?? null,
    };
  }

  /** A result as the shareable `RuleResult`, its rule described from the departments' models. */
  function toRuleResult(result: ResultInput) {
    return {
      rule: ruleOf(result),
      year: result.year,
      status: result.status,
      actual: result.actual ?? null,
      required: result.required ?? null,
      gap: result.gap ?? null,
      reason: result.reason ?? null,
      sample: result.sample ?? false,
    };
  }

  function ruleOf(result: ResultInput) {
    const id = ruleId(result);
    const entry = sources.ruleById.get(id);
    if (entry) return ruleValue(entry.rule);
    // A rule newer than this deployment of the assessment: counted, but described by its id only.
    return {
      id,
      description: id,
      descriptionEn: id,
      measure: result.rule.measure,
      indicator: { id },
      kind: 'AT_LEAST',
      comparison: 'AT_LEAST',
      threshold: null,
      comparedWithPreviousYear: false,
      reference: null,
      years: [result.year],
      words: null,
      basis: 'INTERPRETATION',
      basisNote: '本考核部署未载此规则 / a rule this deployment of the assessment does not know',
    };
  }

  function toRollup(rollup: Rollup, year: number, rankedAmong: number) {
    return {
      year,
      counties: rollup.counties.map(({ county, rank }) => toAssessment(county, rank, rankedAmong)),
      meanScore: rollup.meanScore,
      shareOfRulesMet: rollup.shareOfRulesMet,
      rulesAssessed: rollup.rulesAssessed,
      rulesMet: rollup.rulesMet,
      measures: rollup.measures.map((m) => ({
        ...m,
        measure: { number: m.measure },
        department: m.department === null ? null : { id: m.department },
      })),
      complete: rollup.unavailable.length === 0,
      unavailableDepartments: departmentsOf(rollup.unavailable, year),
      sample: rollup.counties.some(({ county }) => county.sample),
    };
  }

  /** The error beside a measure whose department did not answer; the rest is still computed. */
  function departmentUnavailable(measure: MeasureAssessmentValue): GraphQLError {
    const source = sources.byField(measure.source)!;
    const id = measure.department?.id ?? source.subgraph;
    const name = departmentName(id);
    const number = measure.measure.number;
    return new GraphQLError(
      `${name}的数据暂不可用(子图 ${source.subgraph} 未应答), 措施${number}未计入评分 / ` +
        `${name}'s figures are unavailable: the ${source.subgraph} subgraph did not answer, so measure ${number} is left out of the score`,
      {
        extensions: {
          code: 'DEPARTMENT_UNAVAILABLE',
          department: id,
          departmentName: name,
          subgraph: source.subgraph,
          measure: number,
        },
      },
    );
  }

  return {
    readInputs,
    assessPool,
    /** A county's own score, from its representation. */
    scoreCounty: (county: CountyRepresentation, year: number) =>
      scoreCounty(county.code, readInputs(county), year, sources),
    /** Counties' assessments summed up over the same sources. */
    rollUp: (counties: Parameters<typeof rollUp>[0]) => rollUp(counties, sources),
    toAssessment,
    toRuleResult,
    toRollup,
    departmentUnavailable,
  };
}

export type Values = ReturnType<typeof createValues>;
