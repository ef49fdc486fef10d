import {
  BASE_YEAR,
  isPublished,
  PLAN_YEARS,
  PUBLISHABLE_YEARS,
  type DepartmentModel,
  type IndicatorDefinition,
} from './definitions.js';

/**
 * Whether a rule compares its figure with the same figure the year before (只增不减, 加大, 缩短…).
 * Reads both ways of writing such a rule: the older `required: 'PREVIOUS_YEAR'`, and a `kind`
 * that compares with the year before (`MORE_THAN_PREVIOUS_YEAR`, `NOT_LESS_THAN_PREVIOUS_YEAR`,
 * `LESS_THAN_PREVIOUS_YEAR`, `NOT_MORE_THAN_PREVIOUS_YEAR`: every kind named `…_PREVIOUS_YEAR`).
 */
export function readsPreviousYear(rule: object): boolean {
  const { required, kind } = rule as { required?: unknown; kind?: unknown };
  if (required === 'PREVIOUS_YEAR') return true;
  return typeof kind === 'string' && kind.endsWith('_PREVIOUS_YEAR');
}

/** The published indicators behind a figure: itself, or a RATIO's two parts. */
export function publishedParts(indicator: IndicatorDefinition): string[] {
  return indicator.rollup.kind === 'RATIO'
    ? [indicator.rollup.numerator, indicator.rollup.denominator]
    : [indicator.id];
}

const baseYearCache = new WeakMap<DepartmentModel, ReadonlySet<string>>();

/**
 * The published indicators that may be stored for the base year (2017): those a year-on-year rule
 * reads (a RATIO's two parts, for a rule about a ratio), so that the rule can be judged in the
 * first plan year. Every other indicator takes the plan years only.
 */
export function baseYearIndicators(model: DepartmentModel): ReadonlySet<string> {
  const known = baseYearCache.get(model);
  if (known) return known;
  const byId = new Map(model.indicators.map((i) => [i.id, i]));
  const ids = new Set<string>();
  for (const rule of model.rules) {
    if (!readsPreviousYear(rule)) continue;
    const indicator = byId.get(rule.indicator);
    if (!indicator) continue;
    for (const part of publishedParts(indicator)) {
      const published = byId.get(part);
      if (published && isPublished(published)) ids.add(part);
    }
  }
  baseYearCache.set(model, ids);
  return ids;
}

/** The years an indicator's figures may be published for: the plan, and the base year where a rule needs it. */
export function publishableYears(model: DepartmentModel, indicatorId: string): readonly number[] {
  if (fixedIndicators(model).has(indicatorId)) return FIXED_YEARS;
  return baseYearIndicators(model).has(indicatorId) ? PUBLISHABLE_YEARS : PLAN_YEARS;
}

/** The one year a fixed baseline is published for. */
const FIXED_YEARS = [BASE_YEAR] as const;

const fixedCache = new WeakMap<DepartmentModel, ReadonlySet<string>>();

/** The model's fixed baselines (`fixed`): stored for the base year, read in every plan year. */
export function fixedIndicators(model: DepartmentModel): ReadonlySet<string> {
  let ids = fixedCache.get(model);
  if (!ids) {
    ids = new Set(model.indicators.filter((i) => i.fixed).map((i) => i.id));
    fixedCache.set(model, ids);
  }
  return ids;
}

/** The year a figure of `year` is stored under: the base year for a fixed baseline. */
export function storedYear(fixed: ReadonlySet<string>, indicatorId: string, year: number): number {
  return fixed.has(indicatorId) ? BASE_YEAR : year;
}

/** How many decimals a sample value is written with (at most six). */
function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes('e')) return 6;
  return Math.min(6, text.split('.')[1]?.length ?? 0);
}

function floorTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.floor(value * scale + 1e-9) / scale;
}

/**
 * The SAMPLE base-year (2017) figures of one county, derived by the kit from the department's
 * own 2018 sample, so that no generator need know a year outside the plan (some compute a year
 * from the one before and would never stop). The rule, the same for every department:
 * - only the indicators a year-on-year rule reads (`baseYearIndicators`), and only where the
 *   county has a 2018 sample figure;
 * - 2017 = 2018 × a factor in [0.88, 1.08), drawn with `sampleRandom(county, 2017, indicator,
 *   'base-year')`: about two figures in five were higher in 2017 than in 2018, so a 2018
 *   year-on-year rule is met in some counties and not in others;
 * - rounded as the 2018 figure is written (whole numbers for a whole-number indicator), kept
 *   within the indicator's range, and a RATIO's numerator lowered where the two parts would
 *   put the ratio above its maximum (a share above 100 %).
 */
export function baseYearSampleFigures(
  model: DepartmentModel,
  figures2018: Readonly<Record<string, number>>,
  draw: (indicatorId: string) => number,
): Record<string, number> {
  const byId = new Map(model.indicators.map((i) => [i.id, i]));
  const figures: Record<string, number> = {};
  // A fixed baseline is the same figure in every year: the base year holds the 2018 sample's.
  for (const id of fixedIndicators(model)) {
    const value = figures2018[id];
    if (value !== undefined && Number.isFinite(value)) figures[id] = value;
  }
  for (const id of baseYearIndicators(model)) {
    const value = figures2018[id];
    const indicator = byId.get(id);
    if (value === undefined || !indicator || !Number.isFinite(value)) continue;
    const decimals = indicator.integer ? 0 : decimalsOf(value);
    let base = Number((value * (0.88 + 0.2 * draw(id))).toFixed(decimals));
    if (indicator.min !== undefined) base = Math.max(indicator.min, base);
    if (indicator.max !== undefined) base = Math.min(indicator.max, base);
    figures[id] = base;
  }
  for (const indicator of model.indicators) {
    if (indicator.rollup.kind !== 'RATIO' || indicator.max === undefined) continue;
    const { numerator, denominator, scale } = indicator.rollup;
    const n = figures[numerator];
    const d = figures[denominator];
    if (n === undefined || d === undefined || d <= 0 || (n / d) * scale <= indicator.max) continue;
    const part = byId.get(numerator)!;
    figures[numerator] = floorTo((d * indicator.max) / scale, part.integer ? 0 : decimalsOf(n));
  }
  return figures;
}
