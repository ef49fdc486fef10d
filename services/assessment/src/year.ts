import { PLAN_YEARS } from '@fupin/kit';
import { GraphQLError } from 'graphql';

/** The same refusal as the departments' views: the plan's years only. */
export function checkYear(year: number): void {
  if (!(PLAN_YEARS as readonly number[]).includes(year)) {
    throw new GraphQLError(`year ${year} is outside the plan: ask for ${PLAN_YEARS.join(', ')}`, {
      extensions: { code: 'YEAR_OUT_OF_PLAN', argument: 'year', allowed: [...PLAN_YEARS] },
    });
  }
}

/** The `year` argument of every assessment field. */
export const yearArg = { description: '考核年份 2018–2020 / the year assessed' };
