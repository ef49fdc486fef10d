/** The same refusal as the departments' views: the plan's years only (the kit's one check). */
export { checkYear } from '@fupin/kit';

/** The `year` argument of every assessment field. */
export const yearArg = { description: '考核年份 2018–2020 / the year assessed' };
