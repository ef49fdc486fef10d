import type { Sources } from './sources.js';

/*
 * What the assessment `@requires`: every field argument-free (@apollo/gateway mishandles
 * `@requires` selections with arguments), each department's results one level below the county
 * (`assessmentInputs.<department>`), so that a department that is down nulls only its own object
 * in the representation instead of making the gateway drop the whole county.
 */

/** A county's own results, with the figures its shortfalls show. */
const WITH_FIGURES = 'year status actual required gap reason sample rule { id measure { number } }';
/**
 * A peer's results: just enough to score it, for the rank. Every county asked for carries the
 * whole pool, so this is what makes `County.assessment` for k counties cost k × 60 peers.
 */
const STATUS_ONLY = 'year status rule { measure { number } }';

/** The selections of the assessment's three `@requires`, over the departments of `sources`. */
export function createRequires(sources: Sources) {
  const inputs = (selection: string) =>
    `assessmentInputs { ${sources.list.map((s) => `${s.field} { ${s.resultsField} { ${selection} } }`).join(' ')} }`;
  return {
    /** `County.assessment`: its own results, and its peers' to rank it. */
    county: `${inputs(WITH_FIGURES)} peers { code ${inputs(STATUS_ONLY)} }`,
    /** `Prefecture.assessment`: which of the pool are its own, and the pool, once. */
    prefecture: `assessedCounties { code } province { assessedCounties { code ${inputs(WITH_FIGURES)} } }`,
    /** `ProvinceAssessment`'s figures: the pool, once. */
    province: `assessedCounties { code ${inputs(WITH_FIGURES)} }`,
  };
}

export type Requires = ReturnType<typeof createRequires>;

export const requires = (fields: string) => `@requires(fields: ${JSON.stringify(fields)})`;
