/** The years of the plan: figures are reported for these and no others. */
export const PLAN_YEARS = [2018, 2019, 2020] as const;

/** Units an indicator is reported in (the document's and the reports' usual units). */
export const UNITS = {
  WAN_YUAN: { symbol: '万元', description: '万元 (10,000 yuan)' },
  YUAN: { symbol: '元', description: 'yuan' },
  KM: { symbol: '公里', description: 'kilometres' },
  PERSONS: { symbol: '人', description: 'persons' },
  PERCENT: { symbol: '%', description: 'per cent' },
  COUNT: { symbol: '个', description: 'count (villages, schools, projects…)' },
  DAYS: { symbol: '天', description: 'days' },
} as const;
export type Unit = keyof typeof UNITS;

/**
 * How an indicator rolls up over counties (to a prefecture, to the province):
 * - SUM and MEAN of the counties' values;
 * - RATIO: a derived indicator, `numerator / denominator × scale`, per county from its own
 *   figures and, rolled up, as the ratio of the two sums (never the mean of the ratios).
 *   A RATIO indicator is computed, never published.
 */
export type Rollup =
  { kind: 'SUM' } | { kind: 'MEAN' } | { kind: 'RATIO'; numerator: string; denominator: string; scale: number };

export interface IndicatorDefinition {
  /** Stable id, `<department>.<name>`: `transport.roadUpgradeKmPerTownship`. */
  id: string;
  /** Chinese name, in the document's words where it has them. */
  name: string;
  nameEn: string;
  description: string;
  unit: Unit;
  /**
   * The measure of the document it reports on; null for the document's overall targets
   * (一、总体要求: villages exited, people lifted out), which the poverty alleviation office reports.
   */
  measure: number | null;
  rollup: Rollup;
  /** Valid range of a published value (a share is 0–100, a length is never negative). */
  min?: number;
  max?: number;
  /** Whole numbers only (counts of villages, people). */
  integer?: boolean;
}

export type Comparison = 'AT_LEAST' | 'AT_MOST';

/**
 * A quantitative requirement of the document, over one county (or a roll-up) and one year.
 * `required` is a constant, or the same indicator's value in the year before (只增不减).
 */
export interface RuleDefinition {
  /** Stable id, `<department>.<name>`: `finance.specialBudgetShare`. */
  id: string;
  /** As for indicators: null for the document's overall targets. */
  measure: number | null;
  /** The requirement in the document's words, and in English. */
  description: string;
  descriptionEn: string;
  /** The figure the rule is about (a published or a RATIO indicator). */
  indicator: string;
  comparison: Comparison;
  required: number | 'PREVIOUS_YEAR';
  /** The years the document sets the requirement for. */
  years: readonly number[];
  /**
   * Where the requirement holds only for some counties (种粮大县、人口大县 below the provincial
   * spending average): a 0/1 indicator that is 1 where it applies. Elsewhere the rule is left out.
   */
  appliesWhere?: string;
}

/** A department's slice of the model: what it publishes and the rules those figures must meet. */
export interface DepartmentModel {
  indicators: readonly IndicatorDefinition[];
  rules: readonly RuleDefinition[];
}

/** The part of an indicator id after its department: the typed field's name. */
export function indicatorField(indicator: Pick<IndicatorDefinition, 'id'>): string {
  return indicator.id.slice(indicator.id.indexOf('.') + 1);
}

export function isPublished(indicator: IndicatorDefinition): boolean {
  return indicator.rollup.kind !== 'RATIO';
}

/** Throws on a model that contradicts itself, at start-up rather than in the middle of a query. */
export function checkDepartmentModel(department: string, model: DepartmentModel): void {
  const byId = new Map(model.indicators.map((i) => [i.id, i]));
  const problems: string[] = [];
  if (byId.size !== model.indicators.length) problems.push('an indicator id is listed twice');
  for (const indicator of model.indicators) {
    if (!indicator.id.startsWith(`${department}.`)) problems.push(`${indicator.id} is not named ${department}.*`);
    if (indicator.integer && indicator.rollup.kind !== 'SUM') {
      problems.push(`${indicator.id}: a whole-number indicator must roll up as a SUM (a mean or ratio is fractional)`);
    }
    if (indicator.rollup.kind === 'RATIO') {
      for (const part of [indicator.rollup.numerator, indicator.rollup.denominator]) {
        const component = byId.get(part);
        if (!component || !isPublished(component) || component.rollup.kind !== 'SUM') {
          problems.push(`${indicator.id}: ${part} must be a published SUM indicator of ${department}`);
        }
      }
    }
  }
  const ruleIds = new Set<string>();
  for (const rule of model.rules) {
    if (ruleIds.has(rule.id)) problems.push(`rule ${rule.id} is listed twice`);
    ruleIds.add(rule.id);
    if (!rule.id.startsWith(`${department}.`)) problems.push(`rule ${rule.id} is not named ${department}.*`);
    if (!byId.has(rule.indicator)) problems.push(`rule ${rule.id} is about unknown indicator ${rule.indicator}`);
    if (rule.appliesWhere && !byId.has(rule.appliesWhere)) {
      problems.push(`rule ${rule.id} applies where unknown indicator ${rule.appliesWhere} says`);
    }
    if (rule.years.some((y) => !(PLAN_YEARS as readonly number[]).includes(y))) {
      problems.push(`rule ${rule.id} names a year outside ${PLAN_YEARS.join(', ')}`);
    }
  }
  if (problems.length > 0) throw new Error(`The ${department} model is inconsistent:\n- ${problems.join('\n- ')}`);
}
