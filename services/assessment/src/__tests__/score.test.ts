import { describe, expect, it } from 'vitest';
import { rankCounties, rollUp, scoreCounty, type CountyInputs, type ResultInput } from '../score.js';

const result = (id: string, measure: number, status: ResultInput['status'], year = 2019): ResultInput => ({
  year,
  status,
  rule: { id, measure: { number: measure } },
});

/** Every department answered with no results, unless given. */
function inputs(given: Partial<Record<keyof CountyInputs, ResultInput[] | null>>): CountyInputs {
  return { finance: [], transport: [], water: [], education: [], health: [], financeInsurance: [], ...given };
}

describe('scoreCounty', () => {
  it("scores a measure by the share of its rules met, and the county by the mean of its measures'", () => {
    const score = scoreCounty(
      '421125',
      inputs({
        finance: [
          result('finance.specialBudgetShare', 1, 'NOT_MET'),
          result('finance.transferPaymentIncreased', 2, 'MET'),
        ],
        transport: [
          result('transport.roadUpgradeKmPerTownship', 11, 'NOT_MET'),
          result('transport.roadUpgradeKmPerPoorVillage', 11, 'MET'),
          result('transport.accessProjectsArrangedShare', 11, 'MET'),
        ],
      }),
      2019,
    );

    expect(score.measures.map((m) => [m.measure, m.status, m.score])).toEqual([
      [1, 'NOT_MET', 0],
      [2, 'MET', 100],
      [11, 'NOT_MET', 66.67],
    ]);
    // Every measure weighs the same: (0 + 100 + 66.67) / 3, not 3 rules met of 5.
    expect(score.score).toBe(55.56);
    expect(score.shareOfRulesMet).toBe(60);
    expect(score).toMatchObject({ rulesAssessed: 5, rulesMet: 3, rulesNotMet: 2, rulesNoData: 0, unavailable: [] });
  });

  it('counts a rule without data as not met, and says so in the status of its measure', () => {
    const score = scoreCounty(
      '421182',
      inputs({
        education: [result('education.a', 17, 'MET'), result('education.b', 17, 'NO_DATA')],
        health: [result('health.a', 19, 'NO_DATA'), result('health.b', 19, 'NOT_MET')],
      }),
      2019,
    );

    expect(score.measures.map((m) => [m.measure, m.status, m.score])).toEqual([
      [17, 'NO_DATA', 50],
      [19, 'NOT_MET', 0],
    ]);
    expect(score).toMatchObject({ score: 25, rulesNoData: 2, rulesNotMet: 1, shareOfRulesMet: 25 });
  });

  it('counts a NOT_APPLICABLE rule neither way, and leaves a measure whose every rule is NOT_APPLICABLE out of the score', () => {
    const score = scoreCounty(
      '421182',
      inputs({
        finance: [
          result('finance.specialBudgetShare', 1, 'NOT_APPLICABLE'),
          result('finance.stockFundsPrecisePovertyShare', 1, 'MET'),
          result('finance.transferPaymentIncreased', 2, 'NOT_APPLICABLE'),
        ],
        education: [result('education.a', 17, 'NOT_MET'), result('education.b', 17, 'NOT_APPLICABLE')],
      }),
      2019,
    );

    expect(score.measures.map((m) => [m.measure, m.status, m.score, m.rulesApplicable, m.rulesMet])).toEqual([
      [1, 'MET', 100, 1, 1],
      [2, 'NOT_APPLICABLE', null, 0, 0],
      [17, 'NOT_MET', 0, 1, 0],
    ]);
    // (100 + 0) / 2: measure 2 is not a 0 and not a 100
    expect(score).toMatchObject({
      score: 50,
      rulesAssessed: 2,
      rulesMet: 1,
      rulesNotMet: 1,
      rulesNoData: 0,
      shareOfRulesMet: 50,
    });
    // a county all of whose rules are NOT_APPLICABLE (a poverty county) has no score
    const poverty = scoreCounty('421181', inputs({ finance: [result('finance.a', 1, 'NOT_APPLICABLE')] }), 2019);
    expect(poverty).toMatchObject({ score: null, rulesAssessed: 0, shareOfRulesMet: null });
    const rollup = rollUp([
      { county: score, rank: 1 },
      { county: poverty, rank: null },
    ]);
    expect(rollup.measures.find((m) => m.measure === 1)).toMatchObject({
      counties: 1,
      countiesMet: 1,
      countiesNotApplicable: 1,
      meanScore: 100,
    });
    expect(rollup).toMatchObject({ rulesAssessed: 2, rulesMet: 1 });
  });

  it('says sample exactly when a result it counts rests on a sample figure', () => {
    const published = (id: string, measure: number, status: ResultInput['status'], sample: boolean) => ({
      ...result(id, measure, status),
      sample,
    });
    const counted = inputs({ finance: [published('finance.specialBudgetShare', 1, 'MET', false)] });
    expect(scoreCounty('421125', counted, 2019).sample).toBe(false);
    const withSample = inputs({
      finance: [published('finance.specialBudgetShare', 1, 'MET', false), published('finance.x', 2, 'NOT_MET', true)],
    });
    expect(scoreCounty('421125', withSample, 2019).sample).toBe(true);
    // a NOT_APPLICABLE result is not counted, so its sample figure does not go into the score
    const notCounted = inputs({
      finance: [
        published('finance.specialBudgetShare', 1, 'MET', false),
        published('finance.x', 2, 'NOT_APPLICABLE', true),
      ],
    });
    expect(scoreCounty('421125', notCounted, 2019).sample).toBe(false);
  });

  it('reads only the year assessed', () => {
    const score = scoreCounty(
      '421102',
      inputs({ finance: [result('finance.a', 1, 'NOT_MET', 2018), result('finance.a', 1, 'MET', 2019)] }),
      2019,
    );

    expect(score.measures).toHaveLength(1);
    expect(score.score).toBe(100);
  });

  it("marks a silent department's measures UNAVAILABLE and scores the rest", () => {
    const score = scoreCounty(
      '421125',
      inputs({
        finance: [result('finance.a', 1, 'MET')],
        education: [result('education.a', 17, 'NOT_MET')],
        transport: null,
      }),
      2019,
    );

    expect(score.measures.map((m) => [m.measure, m.status, m.score])).toEqual([
      [1, 'MET', 100],
      [11, 'UNAVAILABLE', null],
      [17, 'NOT_MET', 0],
    ]);
    expect(score).toMatchObject({ score: 50, rulesAssessed: 2, unavailable: ['transport'] });
  });

  it('does not count a silent department without rules in the year (transport has rules from 2019 only)', () => {
    const score = scoreCounty(
      '421125',
      inputs({ finance: [result('finance.a', 1, 'MET', 2018)], transport: null }),
      2018,
    );

    expect(score.unavailable).toEqual([]);
    expect(score.measures.map((m) => m.measure)).toEqual([1]);
    expect(scoreCounty('421125', inputs({ transport: null }), 2019).unavailable).toEqual(['transport']);
  });

  it('has no score when nothing could be assessed', () => {
    expect(scoreCounty('421125', inputs({}), 2019)).toMatchObject({ score: null, shareOfRulesMet: null });
  });
});

describe('rankCounties', () => {
  it('ranks the best score first; equal scores share a rank and the next rank skips', () => {
    const ranks = rankCounties([
      { code: 'a', score: 70 },
      { code: 'b', score: 90 },
      { code: 'c', score: 80 },
      { code: 'd', score: 80 },
      { code: 'e', score: null },
    ]);

    expect(Object.fromEntries(ranks)).toEqual({ b: 1, c: 2, d: 2, a: 4, e: null });
  });
});

describe('rollUp', () => {
  it('orders the counties by rank and sums up each measure over them', () => {
    const a = scoreCounty('a', inputs({ finance: [result('finance.a', 1, 'MET')], transport: null }), 2019);
    const b = scoreCounty('b', inputs({ finance: [result('finance.a', 1, 'NOT_MET')], transport: null }), 2019);
    const rollup = rollUp([
      { county: b, rank: 2 },
      { county: a, rank: 1 },
    ]);

    expect(rollup.counties.map((c) => c.county.code)).toEqual(['a', 'b']);
    expect(rollup).toMatchObject({ meanScore: 50, rulesAssessed: 2, rulesMet: 1, shareOfRulesMet: 50 });
    expect(rollup.measures).toEqual([
      expect.objectContaining({ measure: 1, counties: 2, countiesMet: 1, countiesNotMet: 1, meanScore: 50 }),
      expect.objectContaining({ measure: 11, counties: 2, countiesUnavailable: 2, meanScore: null }),
    ]);
    expect(rollup.unavailable).toEqual(['transport']);
  });
});
