import { describe, expect, it } from 'vitest';
import {
  STATUS_LABEL,
  chinesePart,
  describePublication,
  describeRequirement,
  describeRevision,
  explainRule,
  formatDateTime,
  formatNumber,
  formatPersons,
  formatScore,
  formatShare,
  formatValue,
} from '../../web/src/format.ts';

describe("the dashboard's numbers, as a Chinese reader expects them", () => {
  it('groups thousands and drops trailing zeros', () => {
    expect(formatNumber(123919.6)).toBe('123,919.6');
    expect(formatNumber(14.258786)).toBe('14.26');
    expect(formatNumber(-0)).toBe('0');
  });

  it('counts people in 万人 from ten thousand on', () => {
    expect(formatPersons(659_300)).toBe('65.93 万人');
    expect(formatPersons(18_052)).toBe('1.81 万人');
    expect(formatPersons(9_876)).toBe('9,876 人');
  });

  it('prints money in 万元 with separators, and every unit in Chinese', () => {
    expect(formatValue(1_142_407.83, 'WAN_YUAN')).toBe('1,142,407.83 万元');
    expect(formatValue(9968.68, 'YUAN')).toBe('9,968.68 元');
    expect(formatValue(12.336364, 'KM')).toBe('12.34 公里');
    expect(formatValue(13, 'COUNT')).toBe('13 个');
    expect(formatValue(22.7, 'DAYS')).toBe('22.7 天');
    expect(formatValue(null, 'PERCENT')).toBe('暂无数据');
  });

  it('explains a shortfall: actual, required, and the gap in the unit', () => {
    const base = { kind: 'AT_LEAST' } as const;
    expect(
      explainRule({ ...base, status: 'NOT_MET', actual: 14.258786, required: 15, gap: 0.741214, unit: 'PERCENT' }),
    ).toBe('实际 14.26%，要求 ≥ 15%，差 0.74 个百分点');
    expect(explainRule({ ...base, status: 'NOT_MET', actual: 7.5125, required: 10, gap: 2.4875, unit: 'KM' })).toBe(
      '实际 7.51 公里，要求 ≥ 10 公里，差 2.49 公里',
    );
    expect(explainRule({ ...base, status: 'MET', actual: 100, required: 100, gap: 0, unit: 'PERCENT' })).toBe(
      '实际 100%，要求 ≥ 100%',
    );
  });

  it('says when the requirement is last year’s figure, and what is over a cap', () => {
    expect(
      explainRule({
        status: 'NOT_MET',
        actual: 22.7,
        required: 21.6,
        gap: 1.1,
        unit: 'DAYS',
        kind: 'NOT_MORE_THAN_PREVIOUS_YEAR',
      }),
    ).toBe('实际 22.7 天，要求 ≤ 21.6 天（上年数），超出 1.1 天');
  });

  it('compares strictly for 高于 / 低于上年, and asks 100 % of units for 全部', () => {
    const money = { unit: 'WAN_YUAN', status: 'NOT_MET' } as const;
    expect(explainRule({ ...money, kind: 'MORE_THAN_PREVIOUS_YEAR', actual: 900, required: 1000, gap: 100 })).toBe(
      '实际 900 万元，要求 > 1,000 万元（上年数），差 100 万元',
    );
    expect(explainRule({ ...money, kind: 'MORE_THAN_PREVIOUS_YEAR', actual: 1000, required: 1000, gap: 0 })).toBe(
      '实际 1,000 万元，要求 > 1,000 万元（上年数），与上年持平，须高于上年',
    );
    expect(
      explainRule({
        status: 'NOT_MET',
        unit: 'DAYS',
        kind: 'LESS_THAN_PREVIOUS_YEAR',
        actual: 22,
        required: 21,
        gap: 1,
      }),
    ).toBe('实际 22 天，要求 < 21 天（上年数），超出 1 天');
    expect(
      explainRule({ status: 'NOT_MET', unit: 'PERCENT', kind: 'EVERY_UNIT', actual: 89.9, required: 100, gap: 10.1 }),
    ).toBe('实际 89.9%，要求 全部单位达到（100%），差 10.1 个百分点');
    expect(describeRequirement('MORE_THAN_PREVIOUS_YEAR', null, 'WAN_YUAN')).toBe('高于上年');
    expect(describeRequirement('LESS_THAN_PREVIOUS_YEAR', null, 'DAYS')).toBe('低于上年');
    expect(describeRequirement('NOT_LESS_THAN_PREVIOUS_YEAR', null, 'WAN_YUAN')).toBe('不低于上年');
    expect(describeRequirement('AT_LEAST', 15, 'PERCENT')).toBe('≥ 15%');
    expect(describeRequirement('AT_MOST', 0, 'PERSONS')).toBe('≤ 0 人');
    expect(describeRequirement('EVERY_UNIT', 100, 'PERCENT')).toBe('全部单位达到（100%）');
  });

  it('says a rule does not apply, and why, in Chinese', () => {
    expect(STATUS_LABEL.NOT_APPLICABLE).toBe('不适用');
    expect(chinesePart('贫困县, 本文件措施不适用 / a poverty county: the measures do not apply')).toBe(
      '贫困县, 本文件措施不适用',
    );
    expect(
      explainRule({
        status: 'NOT_APPLICABLE',
        actual: null,
        required: null,
        gap: null,
        unit: 'PERCENT',
        kind: 'AT_LEAST',
        reason: '贫困县, 本文件措施不适用 / a poverty county: the measures do not apply',
      }),
    ).toBe('不适用：贫困县, 本文件措施不适用');
    expect(
      explainRule({
        status: 'NOT_APPLICABLE',
        actual: null,
        required: null,
        gap: null,
        unit: 'COUNT',
        kind: 'AT_LEAST',
      }),
    ).toBe('不适用');
  });

  it('says when there is nothing to judge', () => {
    expect(
      explainRule({
        status: 'NO_DATA',
        actual: null,
        required: null,
        gap: null,
        unit: 'WAN_YUAN',
        kind: 'NOT_LESS_THAN_PREVIOUS_YEAR',
      }),
    ).toBe('暂无数据（本年或上年未报送）');
    expect(
      explainRule({
        status: 'NO_DATA',
        actual: null,
        required: null,
        gap: null,
        unit: 'WAN_YUAN',
        kind: 'AT_LEAST',
        reason: '专项扶贫资金(2019年)未报送 / the special fund is not reported for 2019',
      }),
    ).toBe('暂无数据（专项扶贫资金(2019年)未报送）');
  });

  it('prints shares as percentages', () => {
    expect(formatShare(9 / 16)).toBe('56.3%');
  });

  it("prints the assessment's scores to two decimals, and a missing one as a dash", () => {
    expect(formatScore(60.42)).toBe('60.42');
    expect(formatScore(100)).toBe('100');
    expect(formatScore(null)).toBe('—');
  });

  it("gives a published figure's time in 北京时间, and its revision and publisher", () => {
    expect(formatDateTime('2019-03-05T16:07:09.123Z')).toBe('2019-03-06 00:07');
    expect(formatDateTime('2019-03-05T02:07:09Z', { seconds: true })).toBe('2019-03-05 10:07:09');
    expect(formatDateTime('not a date')).toBe('not a date');
    const published = { revision: 2, publishedBy: 'transport-officer', publishedAt: '2019-03-05T02:07:09.000Z' };
    expect(describeRevision(published)).toBe('第2版');
    expect(describePublication(published)).toBe(
      '第 2 版，transport-officer 发布于 2019-03-05 10:07:09（北京时间） / rev 2, published by transport-officer at 2019-03-05T02:07:09.000Z',
    );
  });
});
