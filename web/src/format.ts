// Numbers as a Chinese reader expects them: thousands separators, 万元 for money, 万人 from ten
// thousand people on, 个百分点 for the difference between two percentages. Pure functions, so the
// unit tests (tests/web/format.unit.test.ts) run them in Node.

/** The schema's `Unit` enum. */
export type Unit = 'WAN_YUAN' | 'YUAN' | 'KM' | 'PERSONS' | 'PERCENT' | 'COUNT' | 'DAYS';

export const UNIT_LABEL: Record<Unit, string> = {
  WAN_YUAN: '万元',
  YUAN: '元',
  KM: '公里',
  PERSONS: '人',
  PERCENT: '%',
  COUNT: '个',
  DAYS: '天',
};

const formatters = new Map<number, Intl.NumberFormat>();

/** `123919.6` → `123,919.6`; at most `digits` decimals, trailing zeros dropped. */
export function formatNumber(value: number, digits = 2): string {
  let formatter = formatters.get(digits);
  if (!formatter) {
    formatter = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: digits, useGrouping: true });
    formatters.set(digits, formatter);
  }
  // Intl prints -0 as "-0".
  return formatter.format(Object.is(value, -0) ? 0 : value);
}

/** People: `18052` → `1.81 万人`, `9876` → `9,876 人`. */
export function formatPersons(value: number): string {
  if (Math.abs(value) >= 10_000) return `${formatNumber(value / 10_000, 2)} 万人`;
  return `${formatNumber(value, 0)} 人`;
}

/** A figure with its unit, the way the dashboard prints every value: `null` is 暂无数据. */
export function formatValue(value: number | null | undefined, unit: Unit): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '暂无数据';
  switch (unit) {
    case 'PERSONS':
      return formatPersons(value);
    case 'PERCENT':
      return `${formatNumber(value, 2)}%`;
    case 'WAN_YUAN':
      return `${formatNumber(value, 2)} 万元`;
    case 'YUAN':
      return `${formatNumber(value, 2)} 元`;
    case 'KM':
      return `${formatNumber(value, 2)} 公里`;
    case 'DAYS':
      return `${formatNumber(value, 1)} 天`;
    case 'COUNT':
      return `${formatNumber(value, 2)} 个`;
  }
}

/** The difference between two figures of `unit`: percentages differ by 个百分点, not by %. */
export function formatDifference(value: number, unit: Unit): string {
  if (unit === 'PERCENT') return `${formatNumber(value, 2)} 个百分点`;
  return formatValue(value, unit);
}

export type Comparison = 'AT_LEAST' | 'AT_MOST';
export type RuleStatus = 'MET' | 'NOT_MET' | 'NO_DATA' | 'NOT_APPLICABLE';

/** The schema's `RuleKind`: what a rule requires, in the document's terms. */
export type RuleKind =
  | 'AT_LEAST'
  | 'AT_MOST'
  | 'MORE_THAN_PREVIOUS_YEAR'
  | 'NOT_LESS_THAN_PREVIOUS_YEAR'
  | 'LESS_THAN_PREVIOUS_YEAR'
  | 'NOT_MORE_THAN_PREVIOUS_YEAR'
  | 'EVERY_UNIT'
  | 'AT_LEAST_REFERENCE';

/** The schema's `RuleBasis`: the document's own words, or the project's reading of them. */
export type RuleBasis = 'DOCUMENT' | 'INTERPRETATION';

export const BASIS_LABEL: Record<RuleBasis, string> = {
  DOCUMENT: '文件规定',
  INTERPRETATION: '本项目解读',
};

/** How each kind compares the figure: its sign, whether a shortfall is 差 or 超出, and with what. */
const KIND: Record<RuleKind, { sign: string; below: boolean; against: 'constant' | 'previousYear' | 'reference' }> = {
  AT_LEAST: { sign: '≥', below: true, against: 'constant' },
  AT_MOST: { sign: '≤', below: false, against: 'constant' },
  MORE_THAN_PREVIOUS_YEAR: { sign: '>', below: true, against: 'previousYear' },
  NOT_LESS_THAN_PREVIOUS_YEAR: { sign: '≥', below: true, against: 'previousYear' },
  LESS_THAN_PREVIOUS_YEAR: { sign: '<', below: false, against: 'previousYear' },
  NOT_MORE_THAN_PREVIOUS_YEAR: { sign: '≤', below: false, against: 'previousYear' },
  EVERY_UNIT: { sign: '=', below: true, against: 'constant' },
  AT_LEAST_REFERENCE: { sign: '≥', below: true, against: 'reference' },
};

/** The Chinese part of a bilingual text (`贫困县, 本文件措施不适用 / a poverty county: …` → the first half). */
export function chinesePart(text: string): string {
  const slash = text.indexOf(' / ');
  return (slash < 0 ? text : text.slice(0, slash)).trim();
}

/**
 * What a rule requires, as the measure page lists it: `≥ 15%`, `高于上年`, `不低于上年`,
 * `全部单位达到（100%）`, `≥ 参照指标同年数`.
 */
export function describeRequirement(kind: RuleKind, threshold: number | null, unit: Unit): string {
  switch (kind) {
    case 'MORE_THAN_PREVIOUS_YEAR':
      return '高于上年';
    case 'NOT_LESS_THAN_PREVIOUS_YEAR':
      return '不低于上年';
    case 'LESS_THAN_PREVIOUS_YEAR':
      return '低于上年';
    case 'NOT_MORE_THAN_PREVIOUS_YEAR':
      return '不高于上年';
    case 'EVERY_UNIT':
      return '全部单位达到（100%）';
    case 'AT_LEAST_REFERENCE':
      return '≥ 参照指标同年数';
    default:
      return `${KIND[kind].sign} ${threshold === null ? '—' : formatValue(threshold, unit)}`;
  }
}

export interface RuleOutcome {
  status: RuleStatus;
  actual: number | null;
  required: number | null;
  gap: number | null;
  kind: RuleKind;
  unit: Unit;
  /** Why the rule does not apply, or what is missing (Chinese / English); null otherwise. */
  reason?: string | null;
}

/**
 * One rule's result in a sentence: `实际 14.26%，要求 ≥ 15%，差 0.74 个百分点`; for a rule that
 * caps a figure (≤, <), what is over the cap is 超出; a rule that does not apply says why.
 */
export function explainRule(outcome: RuleOutcome): string {
  const reason = outcome.reason ? chinesePart(outcome.reason) : '';
  if (outcome.status === 'NOT_APPLICABLE') return reason ? `不适用：${reason}` : '不适用';
  const kind = KIND[outcome.kind];
  if (outcome.status === 'NO_DATA') {
    if (reason) return `暂无数据（${reason}）`;
    return kind.against === 'previousYear'
      ? '暂无数据（本年或上年未报送）'
      : kind.against === 'reference'
        ? '暂无数据（本年或参照指标未报送）'
        : '暂无数据（未报送）';
  }
  const suffix = { constant: '', previousYear: '（上年数）', reference: '（参照指标同年数）' }[kind.against];
  const required =
    outcome.required === null
      ? '—'
      : outcome.kind === 'EVERY_UNIT'
        ? `全部单位达到（${formatValue(outcome.required, outcome.unit)}）`
        : `${formatValue(outcome.required, outcome.unit)}${suffix}`;
  const parts = [
    `实际 ${formatValue(outcome.actual, outcome.unit)}`,
    outcome.kind === 'EVERY_UNIT' ? `要求 ${required}` : `要求 ${kind.sign} ${required}`,
  ];
  if (outcome.status === 'NOT_MET' && outcome.gap !== null) {
    // 高于 / 低于上年 with a flat figure: not met, with a gap of 0.
    if (
      outcome.gap === 0 &&
      (outcome.kind === 'MORE_THAN_PREVIOUS_YEAR' || outcome.kind === 'LESS_THAN_PREVIOUS_YEAR')
    ) {
      parts.push(`与上年持平，须${outcome.kind === 'MORE_THAN_PREVIOUS_YEAR' ? '高于' : '低于'}上年`);
    } else {
      parts.push(`${kind.below ? '差' : '超出'} ${formatDifference(outcome.gap, outcome.unit)}`);
    }
  }
  return parts.join('，');
}

/**
 * A measure's status in the assessment: a rule's (NOT_APPLICABLE when none of its rules applies),
 * or UNAVAILABLE when its department did not answer.
 */
export type AssessmentStatus = RuleStatus | 'UNAVAILABLE';

export const STATUS_LABEL: Record<AssessmentStatus, string> = {
  MET: '达标',
  NOT_MET: '未达标',
  NO_DATA: '无数据',
  NOT_APPLICABLE: '不适用',
  UNAVAILABLE: '暂不可用',
};

/** `0.6667` → `66.7%`. */
export function formatShare(share: number): string {
  return `${formatNumber(share * 100, 1)}%`;
}

/** The assessment's 0–100 score: `60.42`; `—` when there is none. */
export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? '—' : formatNumber(score, 2);
}

/** Where the dashboard's dates and times are read: the province's, 北京时间 (UTC+8). */
export const TIME_ZONE = 'Asia/Shanghai';

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * An ISO date-time (`Observation.publishedAt`) in 北京时间: `2019-03-05T02:07:09.123Z` →
 * `2019-03-05 10:07` (`seconds`: `2019-03-05 10:07:09`); the text itself when it is no date.
 */
export function formatDateTime(iso: string, { seconds = false }: { seconds?: boolean } = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const part = Object.fromEntries(dateTimeParts.formatToParts(date).map((p) => [p.type, p.value]));
  const time = `${part.hour}:${part.minute}${seconds ? `:${part.second}` : ''}`;
  return `${part.year}-${part.month}-${part.day} ${time}`;
}

/** Who published a figure and when, as a figure's provenance says it. */
export interface Publication {
  revision: number;
  publishedBy: string;
  publishedAt: string;
}

/** A published figure's badge: `第2版`. */
export function describeRevision(p: Pick<Publication, 'revision'>): string {
  return `第${p.revision}版`;
}

/**
 * A published figure's provenance in full, for the badge's tooltip: `第 2 版，transport-officer
 * 发布于 2019-03-05 10:07:09（北京时间） / rev 2, published by transport-officer at …`.
 */
export function describePublication(p: Publication): string {
  return (
    `第 ${p.revision} 版，${p.publishedBy} 发布于 ${formatDateTime(p.publishedAt, { seconds: true })}（北京时间）` +
    ` / rev ${p.revision}, published by ${p.publishedBy} at ${p.publishedAt}`
  );
}
