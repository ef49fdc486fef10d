/** The years of the plan: views, roll-ups and rules are for these years and no others. */
export const PLAN_YEARS = [2018, 2019, 2020] as const;

/**
 * The year before the plan: stored (published, or sample) only for the figures a year-on-year
 * rule compares (`readsPreviousYear`), so that such a rule can be judged in 2018. No view shows it.
 */
export const BASE_YEAR = 2017;

/** Every year a figure may be published for: the base year (for some indicators only) and the plan. */
export const PUBLISHABLE_YEARS = [BASE_YEAR, ...PLAN_YEARS] as const;

/**
 * Which counties an indicator's figures are about (the document's scope): its figures for any
 * other county are refused on publishing (`COUNTY_OUT_OF_SCOPE`) and left out of views and
 * roll-ups.
 * - NON_POVERTY_WITH_TASKS: the 60 non-poverty counties with poverty-alleviation tasks, whose
 *   targets (788 villages, 659,300 people) the document sets; the default.
 * - WITH_TASKS: all 97 counties with tasks, poverty counties included.
 */
export type CountyScope = 'NON_POVERTY_WITH_TASKS' | 'WITH_TASKS';
export const DEFAULT_COUNTY_SCOPE: CountyScope = 'NON_POVERTY_WITH_TASKS';

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
 * - SUM and MEAN of the counties' values (MEAN is for a province-wide figure, the same for every
 *   county in a year: a provincial average, a province's share; its sample base year is one draw);
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
  /**
   * The counties its figures are about (default `NON_POVERTY_WITH_TASKS`). A RATIO takes its
   * parts' scope: it may leave this out, or must name the same one.
   */
  scope?: CountyScope;
  /**
   * The figure is the department's own count of the document's stock (存量贫困村, 存量贫困人口,
   * exited ones included): the county's view compares it with the one stock the catalog holds and
   * flags a disagreement beyond `BASELINE_TOLERANCE`.
   */
  baseline?: Baseline;
  /**
   * A baseline fixed at the base year (the document's stock, as it stood at the end of 2017):
   * published for 2017 only, and read as the same figure in every plan year, by views, roll-ups
   * and rules. A published SUM figure; a RATIO may divide by it.
   */
  fixed?: boolean;
}

/** The document's stock a department's figure may restate: 788 villages, 659,300 people. */
export type Baseline = 'STOCK_POOR_VILLAGES' | 'STOCK_POOR_POPULATION';
export const BASELINES: readonly Baseline[] = ['STOCK_POOR_VILLAGES', 'STOCK_POOR_POPULATION'];
/** How far (a share of the stock) a department's count may differ from the stock before it is flagged. */
export const BASELINE_TOLERANCE = 0.02;

/** How a figure is compared with what is required: the older spelling of a rule, still accepted. */
export type Comparison = 'AT_LEAST' | 'AT_MOST';

/**
 * What a rule requires, in words the document uses. Each kind says how the figure is compared
 * (`comparison`, for readers that know only at least / at most) and whether with the year before.
 */
export const RULE_KINDS = {
  AT_LEAST: {
    comparison: 'AT_LEAST',
    previousYear: false,
    description: '不低于一个常数(如"15%""50%以上""不少于10公里") / at least a constant',
  },
  AT_MOST: {
    comparison: 'AT_MOST',
    previousYear: false,
    description: '不高于一个常数(如辍学人数为0) / at most a constant',
  },
  MORE_THAN_PREVIOUS_YEAR: {
    comparison: 'AT_LEAST',
    previousYear: true,
    description:
      '高于上年同一指标("加大""扩大""增加"), 持平为未达到 / more than the year before: a flat figure is not met',
  },
  NOT_LESS_THAN_PREVIOUS_YEAR: {
    comparison: 'AT_LEAST',
    previousYear: true,
    description: '不低于上年同一指标("只增不减") / not less than the year before',
  },
  LESS_THAN_PREVIOUS_YEAR: {
    comparison: 'AT_MOST',
    previousYear: true,
    description: '低于上年同一指标("缩短"), 持平为未达到 / less than the year before: a flat figure is not met',
  },
  NOT_MORE_THAN_PREVIOUS_YEAR: {
    comparison: 'AT_MOST',
    previousYear: true,
    description: '不高于上年同一指标 / not more than the year before',
  },
  EVERY_UNIT: {
    comparison: 'AT_LEAST',
    previousYear: false,
    description:
      '每个单位都达到要求: 达到的单位数 ÷ 须达到的单位数 × 100 = 100(%)("全覆盖""全部""切实保障") / every unit meets the requirement: a share of units of 100 %',
  },
  AT_LEAST_REFERENCE: {
    comparison: 'AT_LEAST',
    previousYear: false,
    description:
      '不低于同年的参照指标(如全省同口径比例, "优先") / at least a reference figure of the same year (a province-wide share, for 优先)',
  },
} as const satisfies Record<string, { comparison: Comparison; previousYear: boolean; description: string }>;
export type RuleKind = keyof typeof RULE_KINDS;

/** Whether the document states the threshold and the year (DOCUMENT) or the project reads them in (INTERPRETATION). */
export type RuleBasis = 'DOCUMENT' | 'INTERPRETATION';
export const RULE_BASES: readonly RuleBasis[] = ['DOCUMENT', 'INTERPRETATION'];

/** The basis note of a rule whose file says none: nothing claims the document's authority unreviewed. */
export const UNREVIEWED_BASIS_NOTE = '尚未按原文复核 / not yet reviewed against the text';

/** The share an EVERY_UNIT rule requires (%), and the tolerance it is read with. */
export const EVERY_UNIT_SHARE = 100;

/**
 * A quantitative requirement of the document, over one county (or a roll-up) and one year.
 *
 * Written as `kind` with what the kind needs (`required` for AT_LEAST / AT_MOST, `reference` for
 * AT_LEAST_REFERENCE, nothing more for the others), or in the older form `comparison` + `required`
 * (a constant, or `'PREVIOUS_YEAR'` for 只增不减), which `resolveRule` reads as a kind. `basis`
 * and `basisNote` say on what authority the rule stands; a rule that says nothing is
 * INTERPRETATION, "not yet reviewed".
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
  /** What the rule requires; derived from `comparison` and `required` when absent. */
  kind?: RuleKind;
  /**
   * The constant of AT_LEAST / AT_MOST, in the indicator's unit. In the older form, with
   * `comparison`: a constant, or `'PREVIOUS_YEAR'` (the same figure the year before).
   */
  required?: number | 'PREVIOUS_YEAR';
  /** The older form's comparison; with `kind`, it must agree with the kind's. */
  comparison?: Comparison;
  /** AT_LEAST_REFERENCE: the indicator (of the same department and unit) the figure must reach. */
  reference?: string;
  /** The document's words the rule rests on, quoted in Chinese. */
  words?: string;
  basis?: RuleBasis;
  /** What was read how, and why (Chinese / English); required with `basis`. */
  basisNote?: string;
  /** The years the document sets the requirement for. */
  years: readonly number[];
  /**
   * Where the requirement holds only for some counties (种粮大县、人口大县 below the provincial
   * spending average): a 0/1 indicator that is 1 where it applies. Where it is 0 the rule is
   * NOT_APPLICABLE, where it is not reported NO_DATA; roll-ups leave the rule out.
   */
  appliesWhere?: string;
  /**
   * Where the requirement holds only where one figure is below another of the same year (人均财政
   * 预算支出低于全省平均水平): the rule applies where `figure` < `reference`. Either not reported
   * is NO_DATA; not below is NOT_APPLICABLE. With `appliesWhere`, both must hold. Roll-ups leave
   * the rule out, as for `appliesWhere`.
   */
  appliesBelow?: { figure: string; reference: string };
  /**
   * What a RATIO figure whose denominator is zero or negative means: NOT_APPLICABLE (the default:
   * nothing is owed, e.g. no revenue increment under the 15 % rule) or NOT_MET (a pilot county with
   * no award approved has had no award).
   */
  whenDenominatorNotPositive?: 'NOT_APPLICABLE' | 'NOT_MET';
  /** The reasons shown (Chinese / English) instead of the generated ones. */
  reasons?: {
    /** `appliesWhere` is 0. */
    notFlagged?: string;
    /** `appliesBelow`: the figure is not below its reference. */
    notBelow?: string;
    /** The denominator is zero or negative. */
    denominatorNotPositive?: string;
  };
}

/** A rule with its kind, comparison and basis spelled out: what the kit evaluates and the manifest carries. */
export interface ResolvedRule extends RuleDefinition {
  kind: RuleKind;
  comparison: Comparison;
  basis: RuleBasis;
  basisNote: string;
}

const resolved = new WeakMap<RuleDefinition, ResolvedRule>();

/**
 * The rule with its kind derived from the older form where it has none (AT_LEAST + a constant →
 * AT_LEAST, AT_MOST + a constant → AT_MOST, AT_LEAST + PREVIOUS_YEAR →
 * NOT_LESS_THAN_PREVIOUS_YEAR, AT_MOST + PREVIOUS_YEAR → NOT_MORE_THAN_PREVIOUS_YEAR), its
 * comparison from its kind, `required` as the older form spells it (the constant; 100 for
 * EVERY_UNIT; PREVIOUS_YEAR for the kinds that compare with the year before; none for
 * AT_LEAST_REFERENCE), and INTERPRETATION, "not yet reviewed", where it names no basis. Throws on
 * a rule that says neither a kind nor a comparison (`checkDepartmentModel` says so first).
 */
export function resolveRule(rule: RuleDefinition): ResolvedRule {
  const known = resolved.get(rule);
  if (known) return known;
  const kind = rule.kind ?? legacyKind(rule);
  if (kind === null || !Object.hasOwn(RULE_KINDS, kind)) {
    throw new Error(`rule ${rule.id} says neither a known kind nor a comparison`);
  }
  const spec = RULE_KINDS[kind];
  const required =
    kind === 'EVERY_UNIT'
      ? EVERY_UNIT_SHARE
      : kind === 'AT_LEAST_REFERENCE'
        ? undefined
        : spec.previousYear
          ? ('PREVIOUS_YEAR' as const)
          : rule.required;
  const result: ResolvedRule = {
    ...rule,
    kind,
    comparison: spec.comparison,
    required,
    basis: rule.basis ?? 'INTERPRETATION',
    basisNote: rule.basisNote ?? UNREVIEWED_BASIS_NOTE,
  };
  if (required === undefined) delete result.required;
  resolved.set(rule, result);
  resolved.set(result, result);
  return result;
}

function legacyKind(rule: RuleDefinition): RuleKind | null {
  if (rule.comparison === undefined || rule.required === undefined) return null;
  if (rule.required === 'PREVIOUS_YEAR') {
    return rule.comparison === 'AT_LEAST' ? 'NOT_LESS_THAN_PREVIOUS_YEAR' : 'NOT_MORE_THAN_PREVIOUS_YEAR';
  }
  return rule.comparison;
}

/** Whether a rule compares its figure with the same figure the year before. */
export function comparesWithPreviousYear(rule: RuleDefinition): boolean {
  return RULE_KINDS[resolveRule(rule).kind].previousYear;
}

/** The constant a rule requires (AT_LEAST, AT_MOST, EVERY_UNIT), in the indicator's unit; null for the others. */
export function ruleThreshold(rule: RuleDefinition): number | null {
  const { required } = resolveRule(rule);
  return typeof required === 'number' ? required : null;
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
  for (const indicator of model.indicators) {
    if (!indicator.fixed) continue;
    if (!isPublished(indicator) || indicator.rollup.kind !== 'SUM') {
      problems.push(`${indicator.id}: a fixed baseline is a published SUM indicator`);
    }
    for (const other of model.indicators) {
      if (other.rollup.kind === 'RATIO' && other.rollup.numerator === indicator.id) {
        problems.push(`${other.id}: a fixed baseline (${indicator.id}) may divide a ratio, not be divided`);
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
    if (rule.years.length === 0) problems.push(`rule ${rule.id} names no year`);
    if (rule.years.some((y) => !(PLAN_YEARS as readonly number[]).includes(y))) {
      problems.push(`rule ${rule.id} names a year outside ${PLAN_YEARS.join(', ')}`);
    }
    problems.push(...ruleProblems(rule, byId));
  }
  if (problems.length > 0) throw new Error(`The ${department} model is inconsistent:\n- ${problems.join('\n- ')}`);
}

/** Contains a Chinese character: the document's words, and the Chinese half of a note. */
const CHINESE = /[\u4e00-\u9fff]/;

/** What is wrong with a rule's kind, figures, basis and reasons, against its model's indicators. */
function ruleProblems(rule: RuleDefinition, byId: ReadonlyMap<string, IndicatorDefinition>): string[] {
  const problems: string[] = [];
  const say = (problem: string) => problems.push(`rule ${rule.id}: ${problem}`);
  const indicator = byId.get(rule.indicator);
  if (rule.kind !== undefined && !Object.hasOwn(RULE_KINDS, rule.kind)) {
    say(`unknown kind ${String(rule.kind)} (one of ${Object.keys(RULE_KINDS).join(', ')})`);
    return problems;
  }
  if (rule.comparison !== undefined && rule.comparison !== 'AT_LEAST' && rule.comparison !== 'AT_MOST') {
    say(`unknown comparison ${String(rule.comparison)}`);
    return problems;
  }
  const kind = rule.kind ?? legacyKind(rule);
  if (kind === null) {
    say('says neither a kind nor a comparison with what is required');
    return problems;
  }
  const spec = RULE_KINDS[kind];
  if (rule.comparison !== undefined && rule.comparison !== spec.comparison) {
    say(`comparison ${rule.comparison} contradicts kind ${kind} (${spec.comparison})`);
  }
  const required = rule.required;
  if (kind === 'AT_LEAST' || kind === 'AT_MOST') {
    if (typeof required !== 'number' || !Number.isFinite(required)) say(`${kind} needs a constant \`required\``);
  } else if (spec.previousYear) {
    if (required !== undefined && required !== 'PREVIOUS_YEAR') {
      say(`${kind} compares with the year before, not ${required}`);
    }
  } else if (kind === 'EVERY_UNIT') {
    if (required !== undefined && required !== EVERY_UNIT_SHARE) {
      say(`EVERY_UNIT requires ${EVERY_UNIT_SHARE} %, not ${required}`);
    }
    if (indicator && (indicator.rollup.kind !== 'RATIO' || indicator.rollup.scale !== 100)) {
      say('EVERY_UNIT reads a share of units: a RATIO indicator (units meeting ÷ units that must × 100)');
    }
  } else if (kind === 'AT_LEAST_REFERENCE' && required !== undefined) {
    say('AT_LEAST_REFERENCE reads its reference indicator, not `required`');
  }
  if (kind === 'AT_LEAST_REFERENCE') {
    const reference = rule.reference === undefined ? undefined : byId.get(rule.reference);
    if (!reference) {
      say(`AT_LEAST_REFERENCE needs a \`reference\` indicator of the model, not ${rule.reference ?? 'none'}`);
    } else if (indicator && reference.unit !== indicator.unit) {
      say(`reference ${reference.id} is in ${reference.unit}, the figure in ${indicator.unit}`);
    }
  } else if (rule.reference !== undefined) {
    say('only AT_LEAST_REFERENCE reads a `reference`');
  }
  if (rule.basis !== undefined && !RULE_BASES.includes(rule.basis)) say(`unknown basis ${String(rule.basis)}`);
  if (rule.basis !== undefined && !rule.basisNote?.trim()) {
    say(`basis ${rule.basis} needs a basisNote: what was read how, and why`);
  }
  if (rule.basis === undefined && rule.basisNote !== undefined) {
    say('a basisNote needs its basis (DOCUMENT or INTERPRETATION)');
  }
  if (rule.basisNote !== undefined && !CHINESE.test(rule.basisNote)) say('the basisNote is Chinese / English');
  if (rule.words !== undefined && !CHINESE.test(rule.words)) say("`words` quotes the document's Chinese words");
  if (rule.basis === 'DOCUMENT' && !rule.words?.trim()) say("a DOCUMENT rule quotes the document's words (`words`)");
  if (rule.appliesWhere) {
    const flag = byId.get(rule.appliesWhere);
    if (flag && !isPublished(flag)) say(`appliesWhere ${flag.id} must be a published 0/1 indicator, not a ratio`);
  } else if (rule.reasons?.notFlagged !== undefined) {
    say('reasons.notFlagged without appliesWhere');
  }
  if (rule.appliesBelow) {
    const figure = byId.get(rule.appliesBelow.figure);
    const reference = byId.get(rule.appliesBelow.reference);
    if (!figure || !reference) {
      say(`appliesBelow compares unknown indicators ${rule.appliesBelow.figure} and ${rule.appliesBelow.reference}`);
    } else if (figure.unit !== reference.unit) {
      say(`appliesBelow compares ${figure.id} (${figure.unit}) with ${reference.id} (${reference.unit})`);
    }
  } else if (rule.reasons?.notBelow !== undefined) {
    say('reasons.notBelow without appliesBelow');
  }
  if (indicator && indicator.rollup.kind !== 'RATIO') {
    if (rule.whenDenominatorNotPositive !== undefined) {
      say('whenDenominatorNotPositive on a figure that is not a RATIO');
    }
    if (rule.reasons?.denominatorNotPositive !== undefined) {
      say('reasons.denominatorNotPositive on a figure that is not a RATIO');
    }
  }
  if (
    rule.whenDenominatorNotPositive !== undefined &&
    rule.whenDenominatorNotPositive !== 'NOT_APPLICABLE' &&
    rule.whenDenominatorNotPositive !== 'NOT_MET'
  ) {
    say(`whenDenominatorNotPositive is NOT_APPLICABLE or NOT_MET, not ${String(rule.whenDenominatorNotPositive)}`);
  }
  return problems;
}
