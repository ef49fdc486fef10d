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
export type RuleStatus = 'MET' | 'NOT_MET' | 'NO_DATA';

export interface RuleOutcome {
  status: RuleStatus;
  actual: number | null;
  required: number | null;
  gap: number | null;
  comparison: Comparison;
  unit: Unit;
  /** 只增不减: the requirement is last year's figure. */
  comparedWithPreviousYear: boolean;
}

/**
 * One rule's result in a sentence: `实际 14.26%，要求 ≥ 15%，差 0.74 个百分点`; for a rule that
 * caps a figure (≤), what is over the cap is 超出.
 */
export function explainRule(outcome: RuleOutcome): string {
  if (outcome.status === 'NO_DATA') {
    return outcome.comparedWithPreviousYear ? '暂无数据（本年或上年未报送）' : '暂无数据（未报送）';
  }
  const sign = outcome.comparison === 'AT_LEAST' ? '≥' : '≤';
  const required =
    outcome.required === null
      ? '—'
      : `${formatValue(outcome.required, outcome.unit)}${outcome.comparedWithPreviousYear ? '（上年数）' : ''}`;
  const parts = [`实际 ${formatValue(outcome.actual, outcome.unit)}`, `要求 ${sign} ${required}`];
  if (outcome.status === 'NOT_MET' && outcome.gap !== null) {
    parts.push(`${outcome.comparison === 'AT_LEAST' ? '差' : '超出'} ${formatDifference(outcome.gap, outcome.unit)}`);
  }
  return parts.join('，');
}

/** A measure's status in the assessment: a rule's, or UNAVAILABLE when its department did not answer. */
export type AssessmentStatus = RuleStatus | 'UNAVAILABLE';

export const STATUS_LABEL: Record<AssessmentStatus, string> = {
  MET: '达标',
  NOT_MET: '未达标',
  NO_DATA: '无数据',
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
