// How a county stands in the cross-department assessment (考核评估), for the map's colours, the
// prefecture ranking and the county page: `County.assessment(year)` and
// `Query.provinceAssessment(year).counties` give each county's score, rank and rules met; a
// prefecture's standing is rolled up from its counties exactly as `Prefecture.assessment(year)`
// does it (services/assessment/src/score.ts, `rollUp`), so the province page needs only the one
// cheap `provinceAssessment` request instead of fourteen prefectures' worth of `County.assessment`.

export interface Standing {
  /** The assessment's score, 0–100; null when nothing could be scored. */
  score: number | null;
  /** Rank among the counties the assessment ranks (1 is best, equal scores share a rank). */
  rank: number | null;
  rankedAmong: number;
  /** Rules MET ÷ rules assessed × 100. */
  shareOfRulesMet: number | null;
  rulesMet: number;
  rulesAssessed: number;
}

/** What the map's colour and the rankings mean, for the legends. */
export const STANDING_BASIS = '考核评估得分（0–100，各措施得分的平均）';

/** The fields of `Assessment` a standing is read from. */
export interface AssessmentScore {
  score?: number | null;
  rank?: number | null;
  rankedAmong: number;
  shareOfRulesMet?: number | null;
  rulesMet: number;
  rulesAssessed: number;
}

export function standingFromAssessment(assessment: AssessmentScore): Standing {
  return {
    score: assessment.score ?? null,
    rank: assessment.rank ?? null,
    rankedAmong: assessment.rankedAmong,
    shareOfRulesMet: assessment.shareOfRulesMet ?? null,
    rulesMet: assessment.rulesMet,
    rulesAssessed: assessment.rulesAssessed,
  };
}

/** A prefecture's counties rolled up, as `PrefectureAssessment` does: the mean score and the rules met. */
export interface PrefectureStanding {
  meanScore: number | null;
  shareOfRulesMet: number | null;
  rulesMet: number;
  rulesAssessed: number;
  /** How many of its counties are assessed. */
  counties: number;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

export function rollUpStandings(standings: readonly Standing[]): PrefectureStanding {
  const scores = standings.map((s) => s.score).filter((score): score is number => score !== null);
  const rulesMet = standings.reduce((sum, s) => sum + s.rulesMet, 0);
  const rulesAssessed = standings.reduce((sum, s) => sum + s.rulesAssessed, 0);
  return {
    meanScore: scores.length === 0 ? null : round2(scores.reduce((sum, score) => sum + score, 0) / scores.length),
    shareOfRulesMet: rulesAssessed === 0 ? null : round2((rulesMet / rulesAssessed) * 100),
    rulesMet,
    rulesAssessed,
    counties: standings.length,
  };
}

/**
 * Standard competition ranking (1, 2, 2, 4) by `score(item)`, highest first, as the assessment
 * ranks counties; items without a score come last, unranked.
 */
export function rankBy<T>(items: readonly T[], score: (item: T) => number | null): Array<T & { rank: number | null }> {
  const scored = items.filter((item) => score(item) !== null);
  const sorted = [...scored].sort((a, b) => score(b)! - score(a)!);
  return [
    ...sorted.map((item) => ({
      ...item,
      rank: 1 + sorted.filter((other) => score(other)! > score(item)!).length,
    })),
    ...items.filter((item) => score(item) === null).map((item) => ({ ...item, rank: null })),
  ];
}
