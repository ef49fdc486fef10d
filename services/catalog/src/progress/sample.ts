import { sampleRandom, type SampleCounty } from '@fupin/kit';

/**
 * SAMPLE progress: each county's stock of villages and people exits over 2018–2020 along a
 * deterministic path; most finish by 2020, a few (about one in six) are still short.
 */
export function generateProgress(county: SampleCounty, year: number): Record<string, number> {
  const r = (purpose: string) => sampleRandom(county.code, purpose, 'catalog.progress');
  const finishes = r('finishes') > 0.17;
  const path: Record<number, number> = {
    2018: 0.25 + 0.2 * r('2018'),
    2019: 0.6 + 0.2 * r('2019'),
    2020: finishes ? 1 : 0.9 + 0.08 * r('2020'),
  };
  const share = path[year] ?? 0;
  return {
    'catalog.stockPoorVillages': county.stockPoorVillages,
    'catalog.villagesExited': Math.floor(county.stockPoorVillages * share),
    'catalog.stockPoorPopulation': county.stockPoorPopulation,
    'catalog.peopleLiftedOut': Math.floor(county.stockPoorPopulation * Math.min(1, share + 0.02 * r('people'))),
  };
}
