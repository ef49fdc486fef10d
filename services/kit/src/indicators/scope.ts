import {
  DEFAULT_COUNTY_SCOPE,
  isPublished,
  type CountyScope,
  type DepartmentModel,
  type IndicatorDefinition,
} from './definitions.js';
import type { CountyRegistry } from './validate.js';

/** The scopes an indicator may declare, in words. */
export const COUNTY_SCOPES: Readonly<Record<CountyScope, { description: string }>> = {
  NON_POVERTY_WITH_TASKS: {
    description: '有扶贫任务的非贫困县 / the non-poverty counties with poverty-alleviation tasks',
  },
  WITH_TASKS: {
    description: '有扶贫任务的县(含贫困县) / every county with poverty-alleviation tasks, poverty counties included',
  },
};

const POVERTY_STATUS_WORDS: Record<string, string> = {
  NATIONAL: 'a national poverty county (国家级贫困县)',
  PROVINCIAL: 'a provincial poverty county (省级贫困县)',
};

/**
 * An indicator's scope: its own, else (a RATIO) its numerator's, else the default, the
 * non-poverty counties with tasks.
 */
export function indicatorScope(
  indicator: IndicatorDefinition,
  byId?: ReadonlyMap<string, IndicatorDefinition>,
): CountyScope {
  if (indicator.scope) return indicator.scope;
  if (indicator.rollup.kind === 'RATIO') {
    const numerator = byId?.get(indicator.rollup.numerator);
    if (numerator?.scope) return numerator.scope;
  }
  return DEFAULT_COUNTY_SCOPE;
}

/** The current codes of the counties in a scope. */
export function scopeCounties(scope: CountyScope, registry: CountyRegistry): ReadonlySet<string> {
  return scope === 'WITH_TASKS' ? registry.withTasks : registry.nonPovertyWithTasks;
}

/** Why a county is outside a scope, in words: `421181 麻城市 is a national poverty county (国家级贫困县)`. */
export function outOfScopeReason(code: string, scope: CountyScope, registry: CountyRegistry): string {
  const details = registry.details?.[code];
  const county = details ? `${code} ${details.name}` : `county ${code}`;
  if (!registry.withTasks.has(code)) return `${county} has no poverty-alleviation tasks`;
  if (scope === 'NON_POVERTY_WITH_TASKS') {
    return `${county} is ${POVERTY_STATUS_WORDS[details?.povertyStatus ?? ''] ?? 'a poverty county (贫困县)'}`;
  }
  return `${county} is not one of ${COUNTY_SCOPES[scope].description}`;
}

/** The published indicators of a department grouped by scope, each with the codes of its counties (sorted). */
export interface ScopeGroup {
  scope: CountyScope;
  indicatorIds: readonly string[];
  counties: readonly string[];
}

export function scopeGroups(model: DepartmentModel, registry: CountyRegistry): ScopeGroup[] {
  const byId = new Map(model.indicators.map((i) => [i.id, i]));
  const groups = new Map<CountyScope, string[]>();
  for (const indicator of model.indicators.filter(isPublished)) {
    const scope = indicatorScope(indicator, byId);
    groups.set(scope, [...(groups.get(scope) ?? []), indicator.id]);
  }
  return [...groups].map(([scope, indicatorIds]) => ({
    scope,
    indicatorIds,
    counties: [...scopeCounties(scope, registry)].sort(),
  }));
}

/**
 * Throws on scopes a model cannot mean, at start-up: an unknown scope, a RATIO whose parts are
 * about different counties, or one that names a scope other than its parts'.
 */
export function checkIndicatorScopes(department: string, model: DepartmentModel): void {
  const byId = new Map(model.indicators.map((i) => [i.id, i]));
  const problems: string[] = [];
  for (const indicator of model.indicators) {
    if (indicator.scope !== undefined && !Object.hasOwn(COUNTY_SCOPES, indicator.scope)) {
      problems.push(
        `${indicator.id}: unknown scope ${String(indicator.scope)} (one of ${Object.keys(COUNTY_SCOPES).join(', ')})`,
      );
      continue;
    }
    if (indicator.rollup.kind !== 'RATIO') continue;
    const parts = [indicator.rollup.numerator, indicator.rollup.denominator].map((id) => byId.get(id));
    if (parts.some((part) => part === undefined)) continue; // checkDepartmentModel says so
    const [numerator, denominator] = parts.map((part) => indicatorScope(part!, byId));
    if (numerator !== denominator) {
      problems.push(`${indicator.id}: its parts are about different counties (${numerator}, ${denominator})`);
    } else if (indicator.scope !== undefined && indicator.scope !== numerator) {
      problems.push(`${indicator.id}: scope ${indicator.scope} differs from its parts' (${numerator})`);
    }
  }
  if (problems.length > 0) {
    throw new Error(`The ${department} model's scopes are inconsistent:\n- ${problems.join('\n- ')}`);
  }
}
