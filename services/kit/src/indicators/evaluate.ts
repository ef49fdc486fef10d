import { RULE_KINDS, resolveRule, type IndicatorDefinition, type RuleDefinition } from './definitions.js';

/**
 * MET, NOT_MET, NO_DATA (a figure it needs is not reported) or NOT_APPLICABLE (the rule does not
 * apply to this place and year: a poverty county, a zero denominator, a flag that says so).
 */
export type RuleStatus = 'MET' | 'NOT_MET' | 'NO_DATA' | 'NOT_APPLICABLE';

export interface RuleOutcome {
  status: RuleStatus;
  /** The figure; null when not reported (or not computable: a ratio over nothing). */
  actual: number | null;
  /** What is required: the constant, the year before's figure, the reference; null when NOT_APPLICABLE or unknown. */
  required: number | null;
  /**
   * How far the figure is from meeting the rule, in its unit; 0 when met, null without data or when
   * NOT_APPLICABLE. Under MORE_THAN / LESS_THAN_PREVIOUS_YEAR it is how far the figure is below
   * (above) the year before's, so a flat figure is NOT_MET with a gap of 0: it must exceed (fall
   * below) `required`, by any amount.
   */
  gap: number | null;
  /** Why NOT_APPLICABLE, or what is missing for NO_DATA (Chinese / English); null otherwise. */
  reason: string | null;
}

/** A figure of one place (a county or a roll-up) in one year; null when not reported. */
export type ValueOf = (indicatorId: string, year: number) => number | null;

/** An indicator's figure in a year as a view shows it (before rounding); null when not reported. */
export type FigureOf = (indicator: IndicatorDefinition, year: number) => number | null;

/** The value of an indicator, deriving a RATIO from its components. */
export function indicatorValue(indicator: IndicatorDefinition, value: ValueOf, year: number): number | null {
  if (indicator.rollup.kind !== 'RATIO') return value(indicator.id, year);
  const numerator = value(indicator.rollup.numerator, year);
  const denominator = value(indicator.rollup.denominator, year);
  if (numerator === null || denominator === null || denominator === 0) return null;
  return (numerator / denominator) * indicator.rollup.scale;
}

/** What evaluating a rule reads of one place (a county or a roll-up). */
export interface RuleFigures {
  /** The place's published figures by indicator and year: the flag, a ratio's parts, the reference. */
  valueOf: ValueOf;
  /** The model's indicators by id: for ratios, and for the names the reasons give. */
  indicatorById: ReadonlyMap<string, IndicatorDefinition>;
  /** How the view computes a figure (default `indicatorValue`; a roll-up's ratios are over matched counties). */
  figureOf?: FigureOf;
  /** The rule's own figure, where it is computed otherwise (a roll-up's year-over-year pair). */
  actualOf?: (year: number) => number | null;
  /** Why the place is outside the rule's scope (a poverty county); null or absent where it is inside. */
  outOfScope?: string | null;
  /**
   * A RATIO's denominator as its figure divides by it, by ratio id (a roll-up's: over the counties
   * that reported both parts, not every county that reported the denominator); default `valueOf`.
   */
  denominatorOf?: ValueOf;
}

/** The share an EVERY_UNIT rule accepts as 100 %: binary noise below it is not a unit missing. */
const EVERY_UNIT_TOLERANCE = 1e-9;

/**
 * Evaluates a rule for one place and year; null when the document sets no requirement for that
 * year. Given the place's figures (`RuleFigures`), in this order:
 *
 * 1. outside the rule's scope (`outOfScope`): NOT_APPLICABLE with that reason;
 * 2. `appliesWhere` / `appliesBelow` (`applicability`): a figure not reported, NO_DATA; a
 *    condition that does not hold, NOT_APPLICABLE;
 * 3. a RATIO whose denominator is zero or negative (in the year, or the year before for the kinds
 *    that compare with it): NOT_APPLICABLE, naming the denominator (or NOT_MET, where the rule says
 *    `whenDenominatorNotPositive: 'NOT_MET'`);
 * 4. the figure, or what it is compared with (the year before's — `year - 1`, whatever year that
 *    is, 2017 for 2018 —, or the reference), not reported: NO_DATA, saying which;
 * 5. the comparison of the rule's kind. The strict kinds (MORE_THAN, LESS_THAN_PREVIOUS_YEAR)
 *    compare the figures at the six places the graph shows them, so binary noise makes no rise.
 *
 * Given only a function from year to the rule's figure (the older call), steps 1–3 are skipped
 * and a reference cannot be read.
 */
export function evaluateRule(
  rule: RuleDefinition,
  figures: ((year: number) => number | null) | RuleFigures,
  year: number,
): RuleOutcome | null {
  if (!rule.years.includes(year)) return null;
  const resolved = resolveRule(rule);
  const kind = RULE_KINDS[resolved.kind];
  const place = typeof figures === 'function' ? null : figures;
  const indicator = place?.indicatorById.get(resolved.indicator);
  const figureOf: FigureOf = (i, y) => (place!.figureOf ? place!.figureOf(i, y) : indicatorValue(i, place!.valueOf, y));
  const actualOf =
    typeof figures === 'function'
      ? figures
      : (figures.actualOf ??
        ((y: number) => (indicator ? figureOf(indicator, y) : figures.valueOf(resolved.indicator, y))));
  const actual = actualOf(year);
  const outcome = (status: RuleStatus, required: number | null, gap: number | null, reason: string | null) => ({
    status,
    actual,
    required,
    gap,
    reason,
  });
  const name = (id: string) => nameOf(place?.indicatorById.get(id), id);

  if (place) {
    if (place.outOfScope) return outcome('NOT_APPLICABLE', null, null, place.outOfScope);
    const applies = applicability(resolved, place, year);
    if (applies) return outcome(applies.status, null, null, applies.reason);
    if (indicator?.rollup.kind === 'RATIO') {
      const { denominator } = indicator.rollup;
      for (const y of kind.previousYear ? [year, year - 1] : [year]) {
        const value = place.denominatorOf ? place.denominatorOf(indicator.id, y) : place.valueOf(denominator, y);
        if (value === null || value > 0) continue;
        const { zh, en } = name(denominator);
        if (resolved.whenDenominatorNotPositive === 'NOT_MET') {
          const required = typeof resolved.required === 'number' ? resolved.required : null;
          return outcome(
            'NOT_MET',
            required,
            required,
            resolved.reasons?.denominatorNotPositive ??
              `${zh}(${y}年)为${value}, 按未达到计 / ${en} (${y}) is ${value}: counted as not met`,
          );
        }
        return outcome(
          'NOT_APPLICABLE',
          null,
          null,
          resolved.reasons?.denominatorNotPositive ??
            `${zh}(${y}年)为${value}, 不大于0: 本规则无所考察, 不适用 / ${en} (${y}) is ${value}, not above 0: there is nothing to judge, the rule does not apply`,
        );
      }
    }
  }

  /** What is missing of the figure in year `y`: the figure, or those of a ratio's parts not reported. */
  const missing = (y: number) => {
    if (!place) return null;
    const parts =
      indicator?.rollup.kind === 'RATIO'
        ? [indicator.rollup.numerator, indicator.rollup.denominator].filter((id) => place.valueOf(id, y) === null)
        : [];
    const names = (parts.length > 0 ? parts : [resolved.indicator]).map(name);
    const zh = names.map((n) => n.zh).join('、');
    const en = names.map((n) => n.en).join(' and ');
    return `${zh}(${y}年)未报送 / ${en} ${names.length > 1 ? 'are' : 'is'} not reported for ${y}`;
  };
  let required: number | null;
  let requiredMissing: string | null = null;
  if (kind.previousYear) {
    required = actualOf(year - 1);
    requiredMissing = missing(year - 1);
  } else if (resolved.kind === 'AT_LEAST_REFERENCE') {
    const reference = place?.indicatorById.get(resolved.reference!);
    required = !place ? null : reference ? figureOf(reference, year) : place.valueOf(resolved.reference!, year);
    if (place) {
      const { zh, en } = name(resolved.reference!);
      requiredMissing = `参照指标${zh}(${year}年)未报送 / the reference, ${en}, is not reported for ${year}`;
    }
  } else {
    required = resolved.required as number;
  }
  if (actual === null) return outcome('NO_DATA', required, null, missing(year));
  if (required === null) return outcome('NO_DATA', null, null, requiredMissing);

  let met: boolean;
  let shortfall: number;
  switch (resolved.kind) {
    case 'MORE_THAN_PREVIOUS_YEAR':
      met = round(actual) > round(required);
      shortfall = required - actual;
      break;
    case 'LESS_THAN_PREVIOUS_YEAR':
      met = round(actual) < round(required);
      shortfall = actual - required;
      break;
    case 'EVERY_UNIT':
      shortfall = required - actual;
      met = shortfall <= EVERY_UNIT_TOLERANCE;
      if (met) shortfall = 0;
      break;
    default:
      shortfall = kind.comparison === 'AT_LEAST' ? required - actual : actual - required;
      met = shortfall <= 0;
  }
  return outcome(met ? 'MET' : 'NOT_MET', required, round(Math.max(0, shortfall)), null);
}

/**
 * Whether a rule holds for a place in a year by its conditions (`appliesWhere`, a 0/1 flag that
 * must be 1; `appliesBelow`, a figure that must be below its reference): null where it applies,
 * else NO_DATA (a condition's figure is not reported) or NOT_APPLICABLE, with the reason.
 */
export function applicability(
  rule: RuleDefinition,
  place: Pick<RuleFigures, 'valueOf' | 'indicatorById' | 'figureOf'>,
  year: number,
): { status: 'NO_DATA' | 'NOT_APPLICABLE'; reason: string } | null {
  const name = (id: string) => nameOf(place.indicatorById.get(id), id);
  const figure = (id: string) => {
    const indicator = place.indicatorById.get(id);
    if (!indicator) return place.valueOf(id, year);
    return place.figureOf ? place.figureOf(indicator, year) : indicatorValue(indicator, place.valueOf, year);
  };
  const unreported = (ids: string[]) => {
    const names = ids.map(name);
    return {
      status: 'NO_DATA' as const,
      reason:
        `${names.map((n) => n.zh).join('、')}(${year}年)未报送, 无从判断本规则是否适用 / ` +
        `${names.map((n) => n.en).join(' and ')} (${year}) ${ids.length > 1 ? 'are' : 'is'} not reported: whether the rule applies is unknown`,
    };
  };
  if (rule.appliesWhere) {
    const flag = place.valueOf(rule.appliesWhere, year);
    if (flag === null) return unreported([rule.appliesWhere]);
    if (flag !== 1) {
      const { zh, en } = name(rule.appliesWhere);
      return {
        status: 'NOT_APPLICABLE',
        reason: rule.reasons?.notFlagged ?? `${zh}为${flag}, 本规则不适用 / ${en} is ${flag}: the rule does not apply`,
      };
    }
  }
  if (rule.appliesBelow) {
    const { figure: figureId, reference: referenceId } = rule.appliesBelow;
    const value = figure(figureId);
    const reference = figure(referenceId);
    const missing = [value === null ? figureId : null, reference === null ? referenceId : null].filter(
      (id): id is string => id !== null,
    );
    if (missing.length > 0) return unreported(missing);
    if (!(round(value!) < round(reference!))) {
      const a = name(figureId);
      const b = name(referenceId);
      return {
        status: 'NOT_APPLICABLE',
        reason:
          rule.reasons?.notBelow ??
          `${a.zh}(${round(value!)})不低于${b.zh}(${round(reference!)}), 本规则不适用 / ${a.en} (${round(value!)}) is not below ${b.en} (${round(reference!)}): the rule does not apply`,
      };
    }
  }
  return null;
}

/** An indicator's names for a reason: Chinese and English, or its id where the model does not have it. */
function nameOf(indicator: IndicatorDefinition | undefined, id: string): { zh: string; en: string } {
  return indicator ? { zh: indicator.name, en: indicator.nameEn } : { zh: id, en: id };
}

/** Rounds away binary noise (15.000000000000002) without hiding real precision: six decimals. */
export function round(value: number): number {
  return roundTo(value, 6);
}

/** 10^0 … 10^15, each exact (read from its decimal text, not computed). */
const SCALES = Array.from({ length: 16 }, (_, decimals) => Number(`1e${decimals}`));

/**
 * `value` to `decimals` places (a whole number 0–15), halves rounded up as `Math.round` does: the
 * one rounding of every figure the graph publishes (views and rules six places, scores and shares
 * two).
 */
export function roundTo(value: number, decimals: number): number {
  const scale = SCALES[decimals];
  if (scale === undefined) throw new RangeError(`roundTo: decimals must be a whole number 0–15, not ${decimals}`);
  return Math.round(value * scale) / scale;
}
