import { GraphQLError } from 'graphql';
import { PLAN_YEARS } from './definitions.js';

/** Refuses a year outside the plan (`YEAR_OUT_OF_PLAN`): the one check of every `year` argument. */
export function checkYear(year: number): void {
  if (!(PLAN_YEARS as readonly number[]).includes(year)) {
    throw new GraphQLError(`year ${year} is outside the plan: ask for ${PLAN_YEARS.join(', ')}`, {
      extensions: { code: 'YEAR_OUT_OF_PLAN', argument: 'year', allowed: [...PLAN_YEARS] },
    });
  }
}
