import { DEFAULT_COUNTY_SCOPE, type RuleDefinition } from './definitions.js';
import type { DepartmentSpec } from './department.spec.js';
import { indicatorScope } from './scope.js';
import type { CountyRegistry } from './validate.js';

/** The reason every rule of a poverty county is NOT_APPLICABLE. */
export const POVERTY_COUNTY_REASON =
  '贫困县, 本文件措施不适用 / a poverty county: the measures of this document do not apply';
/** The reason every rule of a county without poverty-alleviation tasks is NOT_APPLICABLE. */
export const NO_TASKS_REASON =
  '无扶贫任务的县(市、区), 本文件措施不适用 / a county without poverty-alleviation tasks: the measures of this document do not apply';

/**
 * Why a rule does not apply to a county at all, or null where it does: the spec's
 * `notApplicable` if it has one; otherwise the counties of the rule's indicator's scope
 * (`indicatorScope`: by default the non-poverty counties with tasks, `counties.nonPovertyWithTasks`,
 * or where the registry does not list them, `sample.counties`; WITH_TASKS: every county with
 * tasks). A county with tasks outside it is a poverty county, one without tasks has none. Old
 * codes count as their current ones.
 */
export function departmentScope(
  spec: Pick<DepartmentSpec, 'notApplicable' | 'sample' | 'counties' | 'model'>,
): (county: string, rule: RuleDefinition) => string | null {
  const { notApplicable } = spec;
  if (notApplicable) return (county) => notApplicable(county);
  const byId = new Map(spec.model.indicators.map((i) => [i.id, i]));
  const { withTasks, aliases } = spec.counties;
  const nonPoverty =
    (spec.counties as Partial<CountyRegistry>).nonPovertyWithTasks ??
    new Set(spec.sample.counties.map((county) => county.code));
  return (county, rule) => {
    const code = aliases[county] ?? county;
    const indicator = byId.get(rule.indicator);
    const scope = indicator ? indicatorScope(indicator, byId) : DEFAULT_COUNTY_SCOPE;
    if ((scope === 'WITH_TASKS' ? withTasks : nonPoverty).has(code)) return null;
    return withTasks.has(code) ? POVERTY_COUNTY_REASON : NO_TASKS_REASON;
  };
}
