import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POVERTY_COUNTY_REASON, NO_TASKS_REASON } from '../indicators/index.js';
import { startTestSubgraph, type TestSubgraph } from '../testing/index.js';
import { kinds } from './fixtures/kinds-department.js';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(kinds);
});
afterAll(async () => {
  await subgraph?.stop();
});

const RESULT =
  'rule { id kind basis basisNote words comparison threshold comparedWithPreviousYear } status actual required gap reason';
const COUNTY_VIEW = `query ($reps: [_Any!]!, $year: Int!) {
  _entities(representations: $reps) {
    ... on County { code kinds(year: $year) { rules { ${RESULT} } } kindsRuleResults { year status reason rule { id } } }
  }
}`;

type Result = {
  rule: { id: string };
  status: string;
  actual: number | null;
  required: number | null;
  gap: number | null;
  reason: string | null;
};
async function views(codes: string[], year = 2019) {
  const { body } = await subgraph.query(COUNTY_VIEW, {
    reps: codes.map((code) => ({ __typename: 'County', code })),
    year,
  });
  expect(body.errors).toBeUndefined();
  return (body.data!._entities as { kinds: { rules: Result[] }; kindsRuleResults: Result[] }[]).map((e) => ({
    rules: new Map(e.kinds.rules.map((r) => [r.rule.id, r])),
    forRequires: e.kindsRuleResults,
  }));
}

describe('rule statuses in a county view', () => {
  it('judges a flat figure under 加大 (MORE_THAN_PREVIOUS_YEAR) NOT_MET, and shows the rule’s kind and basis', async () => {
    const [wuxue, huangzhou] = await views(['421182', '421102']);
    expect(wuxue!.rules.get('kinds.transferIncreased')).toEqual({
      rule: {
        id: 'kinds.transferIncreased',
        kind: 'MORE_THAN_PREVIOUS_YEAR',
        basis: 'DOCUMENT',
        basisNote: '"加大"读作高于上年 / 加大 is read as more than the year before',
        words: '加大财政转移支付安排力度',
        comparison: 'AT_LEAST',
        threshold: null,
        comparedWithPreviousYear: true,
      },
      status: 'NOT_MET',
      actual: 300,
      required: 300,
      gap: 0,
      reason: null,
    });
    expect(huangzhou!.rules.get('kinds.transferIncreased')).toMatchObject({
      status: 'MET',
      actual: 150,
      required: 100,
    });
    // a rule in the older form: derived kind, and not yet reviewed
    expect(wuxue!.rules.get('kinds.grainCountyTransfer')!.rule).toMatchObject({
      kind: 'NOT_LESS_THAN_PREVIOUS_YEAR',
      basis: 'INTERPRETATION',
      basisNote: '尚未按原文复核 / not yet reviewed against the text',
      words: null,
    });
  });

  it('shows an appliesWhere rule everywhere: judged where the flag is 1, NOT_APPLICABLE where 0, NO_DATA where not reported', async () => {
    const [wuxue, huangzhou, daye] = await views(['421182', '421102', '420281']);
    const rule = 'kinds.grainCountyTransfer';
    expect(wuxue!.rules.get(rule)).toMatchObject({ status: 'MET', reason: null });
    expect(huangzhou!.rules.get(rule)).toMatchObject({
      status: 'NOT_APPLICABLE',
      required: null,
      gap: null,
      reason: expect.stringContaining('种粮大县为0'),
    });
    expect(daye!.rules.get(rule)).toMatchObject({
      status: 'NO_DATA',
      gap: null,
      reason: expect.stringContaining('种粮大县(2019年)未报送'),
    });
  });

  it('is NOT_APPLICABLE over a zero or negative denominator, with the reason naming it', async () => {
    const [wuxue, huangzhou, daye] = await views(['421182', '421102', '420281']);
    expect(wuxue!.rules.get('kinds.budgetShare')).toMatchObject({ status: 'MET', actual: 20 });
    for (const county of [huangzhou!, daye!]) {
      expect(county.rules.get('kinds.budgetShare')).toMatchObject({
        status: 'NOT_APPLICABLE',
        reason: '当年地方财政收入无增量 / revenue did not rise: nothing is owed',
      });
    }
    expect(huangzhou!.rules.get('kinds.everyTownship')).toMatchObject({
      status: 'NOT_APPLICABLE',
      actual: null,
      reason: expect.stringContaining('有扶贫任务的乡镇数(2019年)为0'),
    });
    expect(wuxue!.rules.get('kinds.everyTownship')).toMatchObject({ status: 'MET', actual: 100, required: 100 });
    expect(daye!.rules.get('kinds.everyTownship')).toMatchObject({ status: 'NOT_MET', actual: 25, gap: 75 });
  });

  it('gives a poverty county (麻城市) and a county without tasks every rule NOT_APPLICABLE, with the reason, not NO_DATA', async () => {
    const [macheng, notasks] = await views(['421181', '420102']);
    for (const [county, reason] of [
      [macheng!, POVERTY_COUNTY_REASON],
      [notasks!, NO_TASKS_REASON],
    ] as const) {
      expect([...county.rules.keys()]).toEqual([
        'kinds.transferIncreased',
        'kinds.grainCountyTransfer',
        'kinds.budgetShare',
        'kinds.everyTownship',
      ]);
      for (const result of county.rules.values()) {
        expect(result).toMatchObject({ status: 'NOT_APPLICABLE', required: null, gap: null, reason });
      }
      // the results the assessment @requires say the same
      expect(county.forRequires.length).toBe(4);
      expect(new Set(county.forRequires.map((r) => r.status))).toEqual(new Set(['NOT_APPLICABLE']));
    }
    expect(POVERTY_COUNTY_REASON).toBe(
      '贫困县, 本文件措施不适用 / a poverty county: the measures of this document do not apply',
    );
  });

  it('never makes a roll-up NOT_APPLICABLE for its poverty counties, and leaves appliesWhere rules out of it', async () => {
    const { body } = await subgraph.query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Prefecture { kinds(year: 2019) { rules { rule { id } status actual required reason } } }
      } }`,
      { reps: [{ __typename: 'Prefecture', code: '421100' }] },
    );
    expect(body.errors).toBeUndefined();
    const rules = body.data!._entities[0].kinds.rules;
    // 黄冈市: 武穴 and 黄州 (麻城 reported nothing): 400 → 450, 20 of an increment of 100, 8 of 8 townships
    expect(rules).toEqual([
      { rule: { id: 'kinds.transferIncreased' }, status: 'MET', actual: 450, required: 400, reason: null },
      { rule: { id: 'kinds.budgetShare' }, status: 'MET', actual: 20, required: 15, reason: null },
      { rule: { id: 'kinds.everyTownship' }, status: 'MET', actual: 100, required: 100, reason: null },
    ]);
  });
});
