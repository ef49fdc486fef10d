import { isPublished, PLAN_YEARS, type DepartmentModel } from '../indicators/definitions.js';
import { evaluateRule, indicatorValue, type RuleStatus } from '../indicators/evaluate.js';
import { sampleBaseYear, type SampleCounty, type SampleGenerator } from '../indicators/sample.js';
import { BASE_YEAR } from '../indicators/definitions.js';

export interface SampleReport {
  /** Every published value (and every derived one) outside its indicator's range or kind. */
  problems: string[];
  /** The statuses each rule takes over every county and plan year of the sample. */
  statuses: Map<string, Set<RuleStatus>>;
}

/**
 * What every department's sample must satisfy, checked the same way for all: only published
 * indicators of the model are generated, every value (derived ones too) keeps to its range and
 * kind, the base-year (2017) figures the kit derives from 2018 (`sampleBaseYear`) too, and the
 * statuses each rule takes, evaluated as a county's view does (a department's test asks for MET,
 * NOT_MET, NO_DATA and, where the rule can be, NOT_APPLICABLE).
 */
export function checkSample(
  model: DepartmentModel,
  counties: readonly SampleCounty[],
  generate: SampleGenerator,
): SampleReport {
  const byId = new Map(model.indicators.map((i) => [i.id, i]));
  const problems: string[] = [];
  const statuses = new Map(model.rules.map((rule) => [rule.id, new Set<RuleStatus>()]));
  for (const county of counties) {
    const figures = new Map<number, Record<string, number>>(PLAN_YEARS.map((year) => [year, generate(county, year)]));
    figures.set(BASE_YEAR, sampleBaseYear(model, county, generate));
    const valueOf = (id: string, year: number) => figures.get(year)?.[id] ?? null;
    for (const year of [BASE_YEAR, ...PLAN_YEARS]) {
      for (const id of Object.keys(figures.get(year)!)) {
        const indicator = byId.get(id);
        if (!indicator) problems.push(`${county.code} ${year}: ${id} is not an indicator of the model`);
        else if (!isPublished(indicator)) problems.push(`${county.code} ${year}: ${id} is derived, never published`);
      }
      for (const indicator of model.indicators) {
        const value = indicatorValue(indicator, valueOf, year);
        if (value === null) continue;
        const where = `${county.code} ${year}: ${indicator.id} = ${value}`;
        if (!Number.isFinite(value)) problems.push(`${where} is not a finite number`);
        if (indicator.min !== undefined && value < indicator.min) problems.push(`${where} is below ${indicator.min}`);
        if (indicator.max !== undefined && value > indicator.max) problems.push(`${where} is above ${indicator.max}`);
        if (indicator.integer && !Number.isInteger(value)) problems.push(`${where} is not a whole number`);
      }
      // As a county's view evaluates them: conditions, zero denominators, the year before.
      for (const rule of model.rules) {
        const outcome = evaluateRule(rule, { valueOf, indicatorById: byId }, year);
        if (outcome) statuses.get(rule.id)!.add(outcome.status);
      }
    }
  }
  return { problems, statuses };
}
