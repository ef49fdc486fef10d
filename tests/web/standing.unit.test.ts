// How the dashboard reads the assessment: counties' standings from `Assessment`, prefectures rolled
// up as `Prefecture.assessment` does it, and the assessment's ranking (1, 2, 2, 4).
import { describe, expect, it } from 'vitest';
import { rankBy, rollUpStandings, standingFromAssessment } from '../../web/src/pages/province/standing.ts';

const county = (score: number | null, rulesMet: number, rulesAssessed: number) =>
  standingFromAssessment({ score, rank: null, rankedAmong: 60, shareOfRulesMet: null, rulesMet, rulesAssessed });

describe("the dashboard's standings, from the assessment", () => {
  it("reads a county's score and rank as the assessment gives them", () => {
    expect(
      standingFromAssessment({
        score: 60.42,
        rank: 53,
        rankedAmong: 60,
        shareOfRulesMet: 64.71,
        rulesMet: 11,
        rulesAssessed: 17,
      }),
    ).toEqual({ score: 60.42, rank: 53, rankedAmong: 60, shareOfRulesMet: 64.71, rulesMet: 11, rulesAssessed: 17 });
  });

  it("rolls a prefecture's counties up as Prefecture.assessment does: mean score and rules met, to two decimals", () => {
    // 黄冈市 in 2019 (sample data): 85.71, 61.91, 60.42, 40.48 → 62.13.
    expect(
      rollUpStandings([county(85.71, 6, 7), county(61.91, 9, 16), county(60.42, 11, 17), county(40.48, 4, 8)]),
    ).toEqual({
      meanScore: 62.13,
      shareOfRulesMet: 62.5,
      rulesMet: 30,
      rulesAssessed: 48,
      counties: 4,
    });
    expect(rollUpStandings([])).toMatchObject({ meanScore: null, shareOfRulesMet: null, counties: 0 });
  });

  it('ranks best first, equal scores sharing a rank and the next skipping; unscored last, unranked', () => {
    const ranked = rankBy(
      [
        { name: 'a', score: 70 },
        { name: 'b', score: null },
        { name: 'c', score: 90 },
        { name: 'd', score: 70 },
        { name: 'e', score: 50 },
      ],
      (item) => item.score,
    );
    expect(ranked.map(({ name, rank }) => [name, rank])).toEqual([
      ['c', 1],
      ['a', 2],
      ['d', 2],
      ['e', 4],
      ['b', null],
    ]);
  });
});
