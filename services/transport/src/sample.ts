import { sampleRandom, type SampleCounty, type SampleGenerator } from '@fupin/kit';

/**
 * SAMPLE figures for measure 11: deterministic (a hash of county code, year and purpose), so
 * every run and every engine sees the same numbers. Not published data.
 *
 * - Townships with tasks grow with the county's (sample) stock poor villages; poor villages
 *   are those stock poor villages. Both hold for all three years.
 * - Kilometres are drawn per township (mostly 8–16 km in 2019 and 2020, less in 2018, before
 *   the document's requirement) and per poor village (0.7–2.2 km), so a county with more
 *   townships builds more, and about a quarter fall short of 10 km in a year.
 * - Shares rise year on year and reach 100 % by the deadline in most counties, not in all.
 * - A few counties have not reported 2020 at all (late reporters): their rules have no data.
 */
export const generate: SampleGenerator = (county, year): Record<string, number> => {
  if (year === 2020 && draw(county, 'late-reporter', 2020) < LATE_REPORTERS) return {};
  const townships = townshipsWithTasks(county);
  const poorVillages = county.stockPoorVillages;
  const planned = accessProjectsPlanned(county);
  const naturalVillages = naturalVillagesAboveScale(county);
  const scenicSpots = 1 + Math.floor(draw(county, 'scenic-spots') * (county.kind === 'DISTRICT' ? 2 : 4));
  return {
    'transport.townshipsWithTasks': townships,
    'transport.townshipRoadUpgradeKm': tenths(townships * kmPerTownship(county, year)),
    'transport.poorVillages': poorVillages,
    'transport.poorVillageRoadUpgradeKm': tenths(poorVillages * kmPerPoorVillage(county, year)),
    'transport.accessProjectsPlanned': planned,
    'transport.accessProjectsArranged': Math.floor(planned * accessShare(county, year)),
    'transport.townshipsOnClassTwoRoads': Math.floor(townships * classTwoShare(county, year)),
    'transport.naturalVillagesAboveScale': naturalVillages,
    'transport.naturalVillagesWithHardenedRoads': Math.floor(naturalVillages * hardenedShare(county, year)),
    'transport.scenicSpots4APlus': scenicSpots,
    'transport.scenicSpots4APlusOnClassTwoRoads': Math.floor(scenicSpots * scenicShare(county, year)),
  };
};

/** About one county in twelve has not reported its 2020 figures. */
const LATE_REPORTERS = 0.08;

/** A number in [0, 1) for a county and purpose; without a year, one that holds for all three. */
function draw(county: SampleCounty, purpose: string, year: number | 'plan' = 'plan'): number {
  return sampleRandom(county.code, year, purpose);
}

function townshipsWithTasks(county: SampleCounty): number {
  return Math.max(2, Math.round(2 + county.stockPoorVillages * (0.35 + 0.2 * draw(county, 'townships'))));
}

function kmPerTownship(county: SampleCounty, year: number): number {
  const r = draw(county, 'km-per-township', year);
  return year === 2018 ? 5 + 8 * r : 7.5 + 9 * r;
}

function kmPerPoorVillage(county: SampleCounty, year: number): number {
  const r = draw(county, 'km-per-poor-village', year);
  return year === 2018 ? 0.4 + 1.2 * r : 0.7 + 1.5 * r;
}

function accessProjectsPlanned(county: SampleCounty): number {
  const base = county.kind === 'DISTRICT' ? 12 : 35;
  return Math.round(base + county.stockPoorVillages * 2 + 30 * draw(county, 'access-planned'));
}

function naturalVillagesAboveScale(county: SampleCounty): number {
  const r = draw(county, 'natural-villages');
  return county.kind === 'DISTRICT'
    ? Math.round(40 + county.stockPoorVillages * 4 + 90 * r)
    : Math.round(150 + county.stockPoorVillages * 10 + 200 * r);
}

/**
 * The share of a county's target reached at the end of each year, never falling: the final
 * share is 1 with probability `metAtEnd`, else between `shortfallFrom` and 1; earlier years
 * are fractions of the later ones.
 */
function progress(
  county: SampleCounty,
  purpose: string,
  endYear: 2019 | 2020,
  metAtEnd: number,
  shortfallFrom: number,
  yearlyFrom: number,
): Record<number, number> {
  const r = (step: string) => draw(county, `${purpose}-${step}`);
  const end = r('end') < metAtEnd ? 1 : shortfallFrom + (1 - shortfallFrom) * 0.95 * r('shortfall');
  const shares: Record<number, number> = { [endYear]: end };
  if (endYear === 2019) shares[2020] = end === 1 || r('caught-up') < 0.5 ? 1 : end + (1 - end) * 0.5 * r('catch-up');
  for (let year = endYear - 1; year >= 2018; year--) {
    shares[year] = shares[year + 1]! * (yearlyFrom + (1 - yearlyFrom) * 0.9 * r(`before-${year}`));
  }
  return shares;
}

const accessShare = (county: SampleCounty, year: number) => progress(county, 'access', 2019, 0.65, 0.85, 0.6)[year]!;
const classTwoShare = (county: SampleCounty, year: number) => progress(county, 'class-two', 2020, 0.6, 0.7, 0.8)[year]!;
const hardenedShare = (county: SampleCounty, year: number) =>
  progress(county, 'hardened', 2020, 0.6, 0.95, 0.93)[year]!;
const scenicShare = (county: SampleCounty, year: number) => progress(county, 'scenic', 2020, 0.55, 0.5, 0.7)[year]!;

function tenths(km: number): number {
  return Math.round(km * 10) / 10;
}
