// How a county stands, for the map's colours, the prefecture ranking and the county page's rank.
//
// PROVISIONAL. The cross-department assessment (`County.assessment(year)`,
// `Prefecture.assessment(year)`, `Query.provinceAssessment(year)`: score, rank and shortfalls)
// is being built; until it is in the graph, a county's standing is the share of the departments'
// rules it MET among those judged (MET or NOT_MET) in the year. When the assessment lands,
// replace `standingFromRules` by a function that reads `assessment { score rank }` and keep the
// `Standing` shape: the map, the ranking and the county page read only that.
import { DEPARTMENT_VIEWS, type DepartmentField } from '../../departments';
import type { RuleStatus } from '../../format';

export interface Standing {
  /** 0–1, or null when nothing was judged (no tasks, a poverty county, no figures). */
  score: number | null;
  met: number;
  judged: number;
  /** Whether any figure behind it is sample data. */
  sample: boolean;
}

/** How the score is made, for the legends: replaced by the assessment's own description later. */
export const STANDING_BASIS = '各部门规则达标率（达标条数 ÷ 有数据的规则条数）';
export const STANDING_IS_PROVISIONAL = true;

type RuleView = { sample?: boolean; rules: ReadonlyArray<{ status: RuleStatus }> } | null | undefined;
export type CountyWithRuleViews = Partial<Record<DepartmentField, RuleView>>;

export function standingFromRules(county: CountyWithRuleViews): Standing {
  let met = 0;
  let judged = 0;
  let sample = false;
  for (const { field } of DEPARTMENT_VIEWS) {
    const view = county[field];
    if (!view) continue;
    sample ||= view.sample === true;
    for (const { status } of view.rules) {
      if (status === 'NO_DATA') continue;
      judged += 1;
      if (status === 'MET') met += 1;
    }
  }
  return { score: judged === 0 ? null : met / judged, met, judged, sample };
}

/** Standard competition ranking (1, 2, 2, 4) by score, highest first; unscored counties have none. */
export function rankByScore<T extends { standing: Standing }>(items: readonly T[]): Array<T & { rank: number | null }> {
  const scored = items.filter((item) => item.standing.score !== null);
  const sorted = [...scored].sort((a, b) => b.standing.score! - a.standing.score!);
  const ranks = new Map<T, number>();
  sorted.forEach((item, index) => {
    const previous = sorted[index - 1];
    ranks.set(item, previous && previous.standing.score === item.standing.score ? ranks.get(previous)! : index + 1);
  });
  return [...sorted, ...items.filter((item) => item.standing.score === null)].map((item) => ({
    ...item,
    rank: ranks.get(item) ?? null,
  }));
}

/** A prefecture's standing from its counties' (sum of met over sum of judged). */
export function combineStandings(standings: readonly Standing[]): Standing {
  const met = standings.reduce((sum, s) => sum + s.met, 0);
  const judged = standings.reduce((sum, s) => sum + s.judged, 0);
  return { met, judged, score: judged === 0 ? null : met / judged, sample: standings.some((s) => s.sample) };
}
