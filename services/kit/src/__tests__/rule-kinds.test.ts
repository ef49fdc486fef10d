import { describe, expect, it } from 'vitest';
import {
  checkDepartmentModel,
  resolveRule,
  UNREVIEWED_BASIS_NOTE,
  type IndicatorDefinition,
  type RuleDefinition,
} from '../indicators/definitions.js';
import { ruleValue } from '../indicators/department.values.js';
import { evaluateRule, type RuleFigures } from '../indicators/evaluate.js';

// A small model: funds (a flow), approval days, a share of units (met ÷ must × 100), a revenue
// increment and the budget added against it (a ratio that can have nothing to divide by), a
// province-wide reference share and a 0/1 flag.
const sum = (id: string, name: string, nameEn: string, unit: IndicatorDefinition['unit'] = 'WAN_YUAN') =>
  ({ id, name, nameEn, description: '', unit, measure: 1, rollup: { kind: 'SUM' } }) as IndicatorDefinition;
const indicators: IndicatorDefinition[] = [
  sum('t.funds', '资金', 'funds'),
  sum('t.days', '放贷申报天数', 'approval days', 'DAYS'),
  sum('t.unitsMeeting', '达标乡镇数', 'townships meeting it', 'COUNT'),
  sum('t.unitsThatMust', '有扶贫任务的乡镇数', 'townships with tasks', 'COUNT'),
  {
    id: 't.unitsShare',
    name: '达标乡镇比例',
    nameEn: 'share of townships meeting it',
    description: '',
    unit: 'PERCENT',
    measure: 1,
    rollup: { kind: 'RATIO', numerator: 't.unitsMeeting', denominator: 't.unitsThatMust', scale: 100 },
  },
  sum('t.budgetAdded', '增列专项扶贫预算', 'budget added'),
  sum('t.revenueIncrement', '地方财政收入增量', 'fiscal revenue increment'),
  {
    id: 't.budgetShare',
    name: '增列预算占收入增量比例',
    nameEn: 'budget added as a share of the increment',
    description: '',
    unit: 'PERCENT',
    measure: 1,
    rollup: { kind: 'RATIO', numerator: 't.budgetAdded', denominator: 't.revenueIncrement', scale: 100 },
  },
  { ...sum('t.provinceShare', '全省同口径比例', 'the province’s share', 'PERCENT'), rollup: { kind: 'MEAN' } },
  { ...sum('t.grainCounty', '种粮大县(是为1)', 'major grain county (1 = yes)', 'COUNT'), integer: true },
];
const indicatorById = new Map(indicators.map((i) => [i.id, i]));

const base = { measure: 1, description: '要求', descriptionEn: 'requirement', years: [2018, 2019, 2020] };
const rule = (fields: Partial<RuleDefinition> & Pick<RuleDefinition, 'id' | 'indicator'>): RuleDefinition => ({
  ...base,
  ...fields,
});

/** A place's figures, `indicator@year` → value, as the kit reads them. */
const place = (values: Record<string, number>, extra: Pick<RuleFigures, 'outOfScope'> = {}): RuleFigures => ({
  valueOf: (id, year) => values[`${id}@${year}`] ?? null,
  indicatorById,
  ...extra,
});

const more = rule({ id: 't.fundsIncreased', indicator: 't.funds', kind: 'MORE_THAN_PREVIOUS_YEAR' });
const notLess = rule({ id: 't.fundsNotDecreasing', indicator: 't.funds', kind: 'NOT_LESS_THAN_PREVIOUS_YEAR' });
const less = rule({ id: 't.daysShortened', indicator: 't.days', kind: 'LESS_THAN_PREVIOUS_YEAR' });
const every = rule({ id: 't.everyTownship', indicator: 't.unitsShare', kind: 'EVERY_UNIT' });
const fifteen = rule({ id: 't.budgetShare', indicator: 't.budgetShare', kind: 'AT_LEAST', required: 15 });

describe('the kinds of rule', () => {
  it('MORE_THAN_PREVIOUS_YEAR (加大): a flat figure is NOT_MET, with a gap of 0', () => {
    expect(evaluateRule(more, place({ 't.funds@2018': 300, 't.funds@2019': 300 }), 2019)).toEqual({
      status: 'NOT_MET',
      actual: 300,
      required: 300,
      gap: 0,
      reason: null,
    });
    expect(evaluateRule(more, place({ 't.funds@2018': 300, 't.funds@2019': 280 }), 2019)).toMatchObject({
      status: 'NOT_MET',
      gap: 20,
    });
    expect(evaluateRule(more, place({ 't.funds@2018': 300, 't.funds@2019': 300.5 }), 2019)).toMatchObject({
      status: 'MET',
      gap: 0,
    });
    // binary noise is no rise: compared at the six places the graph shows
    expect(evaluateRule(more, () => 0.1 + 0.2, 2019)).toMatchObject({ status: 'NOT_MET' });
  });

  it('NOT_LESS_THAN_PREVIOUS_YEAR (只增不减): a flat figure is MET', () => {
    expect(evaluateRule(notLess, place({ 't.funds@2018': 300, 't.funds@2019': 300 }), 2019)).toMatchObject({
      status: 'MET',
      gap: 0,
    });
    expect(evaluateRule(notLess, place({ 't.funds@2018': 300, 't.funds@2019': 299 }), 2019)).toMatchObject({
      status: 'NOT_MET',
      gap: 1,
    });
  });

  it('LESS_THAN_PREVIOUS_YEAR (缩短): a flat figure is NOT_MET, a shorter one MET', () => {
    expect(evaluateRule(less, place({ 't.days@2018': 12, 't.days@2019': 12 }), 2019)).toMatchObject({
      status: 'NOT_MET',
      gap: 0,
    });
    expect(evaluateRule(less, place({ 't.days@2018': 12, 't.days@2019': 14 }), 2019)).toMatchObject({
      status: 'NOT_MET',
      gap: 2,
    });
    expect(evaluateRule(less, place({ 't.days@2018': 12, 't.days@2019': 11 }), 2019)).toMatchObject({
      status: 'MET',
      required: 12,
    });
  });

  it('compares 2018 with 2017, the year before, whatever the loader holds for it', () => {
    const asked: number[] = [];
    const figures = place({ 't.funds@2017': 250, 't.funds@2018': 260 });
    const valueOf = figures.valueOf;
    figures.valueOf = (id, year) => (asked.push(year), valueOf(id, year));
    expect(evaluateRule(more, figures, 2018)).toMatchObject({ status: 'MET', actual: 260, required: 250 });
    expect(asked).toContain(2017);
    // without a 2017 figure: NO_DATA, saying which year is missing
    expect(evaluateRule(more, place({ 't.funds@2018': 260 }), 2018)).toEqual({
      status: 'NO_DATA',
      actual: 260,
      required: null,
      gap: null,
      reason: '资金(2017年)未报送 / funds is not reported for 2017',
    });
  });

  it('EVERY_UNIT: a share of units of 100 %, and nothing less', () => {
    expect(evaluateRule(every, place({ 't.unitsMeeting@2019': 8, 't.unitsThatMust@2019': 8 }), 2019)).toMatchObject({
      status: 'MET',
      actual: 100,
      required: 100,
      gap: 0,
    });
    expect(evaluateRule(every, place({ 't.unitsMeeting@2019': 7, 't.unitsThatMust@2019': 8 }), 2019)).toMatchObject({
      status: 'NOT_MET',
      actual: 87.5,
      gap: 12.5,
    });
    expect(evaluateRule(every, () => 100 - 1e-12, 2019)).toMatchObject({ status: 'MET', gap: 0 });
  });

  it('AT_LEAST_REFERENCE: at least the reference figure of the same year', () => {
    const priority = rule({
      id: 't.priority',
      indicator: 't.unitsShare',
      kind: 'AT_LEAST_REFERENCE',
      reference: 't.provinceShare',
    });
    const figures = { 't.unitsMeeting@2019': 6, 't.unitsThatMust@2019': 8 };
    expect(evaluateRule(priority, place({ ...figures, 't.provinceShare@2019': 70 }), 2019)).toMatchObject({
      status: 'MET',
      actual: 75,
      required: 70,
    });
    expect(evaluateRule(priority, place({ ...figures, 't.provinceShare@2019': 80 }), 2019)).toMatchObject({
      status: 'NOT_MET',
      gap: 5,
    });
    expect(evaluateRule(priority, place(figures), 2019)).toMatchObject({ status: 'NO_DATA', required: null });
  });
});

describe('NOT_APPLICABLE and NO_DATA', () => {
  const transfer = rule({
    id: 't.transferIncreased',
    indicator: 't.funds',
    kind: 'MORE_THAN_PREVIOUS_YEAR',
    appliesWhere: 't.grainCounty',
  });
  const rising = { 't.funds@2018': 100, 't.funds@2019': 120 };

  it('an unreported appliesWhere flag is NO_DATA, with a reason; it no longer disappears', () => {
    expect(evaluateRule(transfer, place(rising), 2019)).toEqual({
      status: 'NO_DATA',
      actual: 120,
      required: null,
      gap: null,
      reason:
        '种粮大县(是为1)(2019年)未报送, 无从判断本规则是否适用 / major grain county (1 = yes) (2019) is not reported: whether the rule applies is unknown',
    });
  });

  it('a flag of 0 is NOT_APPLICABLE, with the reason the rule gives or one naming the flag', () => {
    expect(evaluateRule(transfer, place({ ...rising, 't.grainCounty@2019': 0 }), 2019)).toEqual({
      status: 'NOT_APPLICABLE',
      actual: 120,
      required: null,
      gap: null,
      reason: '种粮大县(是为1)为0, 本规则不适用 / major grain county (1 = yes) is 0: the rule does not apply',
    });
    const worded = { ...transfer, reasons: { notFlagged: '非种粮大县 / not a major grain county' } };
    expect(evaluateRule(worded, place({ ...rising, 't.grainCounty@2019': 0 }), 2019)).toMatchObject({
      status: 'NOT_APPLICABLE',
      reason: '非种粮大县 / not a major grain county',
    });
    expect(evaluateRule(transfer, place({ ...rising, 't.grainCounty@2019': 1 }), 2019)).toMatchObject({
      status: 'MET',
    });
  });

  // 人均财政预算支出低于全省平均水平的种粮大县: a flag, and a figure below a reference, both of the year.
  const below = {
    ...transfer,
    appliesBelow: { figure: 't.days', reference: 't.provinceDays' },
  } satisfies RuleDefinition;
  const withReference = new Map(indicatorById).set('t.provinceDays', {
    ...sum('t.provinceDays', '全省平均天数', 'provincial mean days', 'DAYS'),
    rollup: { kind: 'MEAN' },
  });
  const at = (values: Record<string, number>): RuleFigures => ({ ...place(values), indicatorById: withReference });
  const flagged = { ...rising, 't.grainCounty@2019': 1 };

  it('appliesBelow: judged where the figure is below its reference, NOT_APPLICABLE where it is not, NO_DATA where either is missing', () => {
    expect(evaluateRule(below, at({ ...flagged, 't.days@2019': 8, 't.provinceDays@2019': 10 }), 2019)).toMatchObject({
      status: 'MET',
    });
    // a flat figure under 加大 is still NOT_MET once the rule applies
    expect(
      evaluateRule(below, at({ ...flagged, 't.funds@2019': 100, 't.days@2019': 8, 't.provinceDays@2019': 10 }), 2019),
    ).toMatchObject({ status: 'NOT_MET', gap: 0 });
    for (const days of [10, 12]) {
      expect(evaluateRule(below, at({ ...flagged, 't.days@2019': days, 't.provinceDays@2019': 10 }), 2019)).toEqual({
        status: 'NOT_APPLICABLE',
        actual: 120,
        required: null,
        gap: null,
        reason: `放贷申报天数(${days})不低于全省平均天数(10), 本规则不适用 / approval days (${days}) is not below provincial mean days (10): the rule does not apply`,
      });
    }
    expect(evaluateRule(below, at({ ...flagged, 't.provinceDays@2019': 10 }), 2019)).toMatchObject({
      status: 'NO_DATA',
      reason:
        '放贷申报天数(2019年)未报送, 无从判断本规则是否适用 / approval days (2019) is not reported: whether the rule applies is unknown',
    });
    expect(evaluateRule(below, at({ ...flagged }), 2019)).toMatchObject({
      status: 'NO_DATA',
      reason: expect.stringContaining('放贷申报天数、全省平均天数(2019年)未报送'),
    });
    // the flag is read first: a county that is not flagged is NOT_APPLICABLE whatever its figures
    expect(
      evaluateRule(
        below,
        at({ ...rising, 't.grainCounty@2019': 0, 't.days@2019': 8, 't.provinceDays@2019': 10 }),
        2019,
      ),
    ).toMatchObject({ status: 'NOT_APPLICABLE', reason: expect.stringContaining('种粮大县') });
  });

  it('appliesBelow names indicators of the model in one unit', () => {
    const model = { indicators: [...withReference.values()], rules: [below] };
    expect(() => checkDepartmentModel('t', model)).not.toThrow();
    const wrongUnit = { ...below, appliesBelow: { figure: 't.days', reference: 't.funds' } };
    expect(() => checkDepartmentModel('t', { ...model, rules: [wrongUnit] })).toThrow(
      /appliesBelow compares t.days \(DAYS\) with t.funds/,
    );
    const unknown = { ...below, appliesBelow: { figure: 't.days', reference: 't.nothing' } };
    expect(() => checkDepartmentModel('t', { ...model, rules: [unknown] })).toThrow(/appliesBelow compares unknown/);
  });

  it('a zero or negative denominator is NOT_APPLICABLE, naming the denominator', () => {
    for (const increment of [0, -120]) {
      expect(
        evaluateRule(fifteen, place({ 't.budgetAdded@2019': 10, 't.revenueIncrement@2019': increment }), 2019),
      ).toEqual({
        status: 'NOT_APPLICABLE',
        // the figure as the view shows it: none over 0, a meaningless negative share over a fall
        actual: increment === 0 ? null : (10 / increment) * 100,
        required: null,
        gap: null,
        reason: `地方财政收入增量(2019年)为${increment}, 不大于0: 本规则无所考察, 不适用 / fiscal revenue increment (2019) is ${increment}, not above 0: there is nothing to judge, the rule does not apply`,
      });
    }
    const owed = { ...fifteen, reasons: { denominatorNotPositive: '当年地方财政收入无增量 / revenue did not rise' } };
    expect(evaluateRule(owed, place({ 't.budgetAdded@2019': 0, 't.revenueIncrement@2019': 0 }), 2019)).toMatchObject({
      status: 'NOT_APPLICABLE',
      reason: '当年地方财政收入无增量 / revenue did not rise',
    });
    // a positive one is judged as before; one not reported is NO_DATA
    expect(
      evaluateRule(fifteen, place({ 't.budgetAdded@2019': 12, 't.revenueIncrement@2019': 100 }), 2019),
    ).toMatchObject({ status: 'NOT_MET', gap: 3 });
    expect(evaluateRule(fifteen, place({ 't.budgetAdded@2019': 12 }), 2019)).toMatchObject({
      status: 'NO_DATA',
      reason: '地方财政收入增量(2019年)未报送 / fiscal revenue increment is not reported for 2019',
    });
  });

  it("over a roll-up, reads the denominator of the counties that reported both parts, not every county's", () => {
    // One county added 20 on an increment of 100; another's revenue fell by 150 and it reported no
    // budget: the sum of every increment is -50, but the ratio is over the first county alone.
    const rollup: RuleFigures = {
      ...place({ 't.budgetAdded@2019': 20, 't.revenueIncrement@2019': -50 }),
      figureOf: (indicator, y) => (indicator.id === 't.budgetShare' && y === 2019 ? 20 : null),
      denominatorOf: (id, y) => (id === 't.budgetShare' && y === 2019 ? 100 : null),
    };
    expect(evaluateRule(fifteen, rollup, 2019)).toMatchObject({ status: 'MET', actual: 20 });
    expect(evaluateRule(fifteen, { ...rollup, denominatorOf: () => 0 }, 2019)).toMatchObject({
      status: 'NOT_APPLICABLE',
    });
  });

  it('a zero denominator is NOT_MET where the rule says so', () => {
    const award = { ...fifteen, whenDenominatorNotPositive: 'NOT_MET' as const };
    expect(evaluateRule(award, place({ 't.budgetAdded@2019': 0, 't.revenueIncrement@2019': 0 }), 2019)).toMatchObject({
      status: 'NOT_MET',
      actual: null,
      required: 15,
      gap: 15,
    });
  });

  it('checks the year before’s denominator too for a rule that compares with it', () => {
    const wider = rule({ id: 't.wider', indicator: 't.unitsShare', kind: 'MORE_THAN_PREVIOUS_YEAR' });
    const figures = { 't.unitsMeeting@2019': 3, 't.unitsThatMust@2019': 8, 't.unitsMeeting@2018': 0 };
    expect(evaluateRule(wider, place({ ...figures, 't.unitsThatMust@2018': 0 }), 2019)).toMatchObject({
      status: 'NOT_APPLICABLE',
      reason: expect.stringContaining('有扶贫任务的乡镇数(2018年)为0'),
    });
  });

  it('a place outside the rule’s scope is NOT_APPLICABLE before anything else', () => {
    const reason = '贫困县, 本文件措施不适用 / a poverty county: the measures of this document do not apply';
    expect(evaluateRule(transfer, place({}, { outOfScope: reason }), 2019)).toEqual({
      status: 'NOT_APPLICABLE',
      actual: null,
      required: null,
      gap: null,
      reason,
    });
    expect(evaluateRule({ ...transfer, years: [2020] }, place({}, { outOfScope: reason }), 2019)).toBeNull();
  });
});

describe('rules in the older form', () => {
  const old = { ...base, id: 't.old', indicator: 't.funds' };

  it('are read as kinds, and say INTERPRETATION, not yet reviewed, until their file says otherwise', () => {
    const kinds = [
      { comparison: 'AT_LEAST', required: 15 },
      { comparison: 'AT_MOST', required: 0 },
      { comparison: 'AT_LEAST', required: 'PREVIOUS_YEAR' },
      { comparison: 'AT_MOST', required: 'PREVIOUS_YEAR' },
    ] as const;
    expect(kinds.map((k) => resolveRule({ ...old, ...k }).kind)).toEqual([
      'AT_LEAST',
      'AT_MOST',
      'NOT_LESS_THAN_PREVIOUS_YEAR',
      'NOT_MORE_THAN_PREVIOUS_YEAR',
    ]);
    expect(resolveRule({ ...old, ...kinds[0] })).toMatchObject({
      basis: 'INTERPRETATION',
      basisNote: UNREVIEWED_BASIS_NOTE,
    });
    expect(resolveRule({ ...old, ...kinds[0] }).words).toBeUndefined();
  });

  it('keep their meaning: AT_MOST the year before is still "no more than"', () => {
    const days = { ...old, indicator: 't.days', comparison: 'AT_MOST' as const, required: 'PREVIOUS_YEAR' as const };
    expect(evaluateRule(days, place({ 't.days@2018': 12, 't.days@2019': 12 }), 2019)).toMatchObject({ status: 'MET' });
  });

  it('and the new ones show the older fields the dashboard reads', () => {
    expect(ruleValue(more)).toMatchObject({
      kind: 'MORE_THAN_PREVIOUS_YEAR',
      comparison: 'AT_LEAST',
      threshold: null,
      comparedWithPreviousYear: true,
      reference: null,
      words: null,
      basis: 'INTERPRETATION',
      basisNote: UNREVIEWED_BASIS_NOTE,
    });
    expect(ruleValue(less)).toMatchObject({ comparison: 'AT_MOST', comparedWithPreviousYear: true });
    expect(ruleValue(every)).toMatchObject({ kind: 'EVERY_UNIT', comparison: 'AT_LEAST', threshold: 100 });
    expect(ruleValue({ ...old, comparison: 'AT_LEAST', required: 15 })).toMatchObject({
      kind: 'AT_LEAST',
      threshold: 15,
      comparedWithPreviousYear: false,
    });
  });
});

describe('checkDepartmentModel, on the rules', () => {
  const check =
    (...rules: RuleDefinition[]) =>
    () =>
      checkDepartmentModel('t', { indicators, rules });

  it('accepts the kinds, each with what it needs, and a reviewed basis', () => {
    expect(
      check(more, notLess, less, every, fifteen, {
        ...fifteen,
        id: 't.reviewed',
        words: '按当年地方财政收入增量的15%增列专项扶贫预算',
        basis: 'DOCUMENT',
        basisNote: '15%与"当年"均为原文 / 15 % and "the year" are the document’s',
      }),
    ).not.toThrow();
  });

  it('refuses a rule that says no kind, or a kind without what it needs', () => {
    expect(check(rule({ id: 't.none', indicator: 't.funds' }))).toThrow(/neither a kind nor a comparison/);
    expect(check(rule({ id: 't.atLeast', indicator: 't.funds', kind: 'AT_LEAST' }))).toThrow(/needs a constant/);
    expect(check(rule({ id: 't.every', indicator: 't.funds', kind: 'EVERY_UNIT' }))).toThrow(/a RATIO indicator/);
    expect(check(rule({ id: 't.ref', indicator: 't.unitsShare', kind: 'AT_LEAST_REFERENCE' }))).toThrow(
      /needs a `reference`/,
    );
    expect(check({ ...more, comparison: 'AT_MOST' })).toThrow(/contradicts kind MORE_THAN_PREVIOUS_YEAR/);
    expect(check({ ...more, kind: 'BIGGER' as never })).toThrow(/unknown kind BIGGER/);
  });

  it('refuses a basis without its note, and a DOCUMENT rule without the document’s words', () => {
    expect(check({ ...fifteen, basis: 'INTERPRETATION' })).toThrow(/needs a basisNote/);
    expect(check({ ...fifteen, basis: 'DOCUMENT', basisNote: '原文 / the document’s' })).toThrow(
      /quotes the document's words/,
    );
    expect(check({ ...fifteen, basisNote: '原文 / the document’s' })).toThrow(/needs its basis/);
    expect(check({ ...fifteen, words: 'fifteen per cent' })).toThrow(/Chinese words/);
  });

  it('refuses reasons and denominator settings where they cannot apply', () => {
    expect(check({ ...more, whenDenominatorNotPositive: 'NOT_MET' })).toThrow(/not a RATIO/);
    expect(check({ ...more, reasons: { notFlagged: '否 / no' } })).toThrow(/without appliesWhere/);
  });
});
