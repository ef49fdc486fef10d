import { sampleRandom, type SampleCounty, type SampleGenerator } from '@fupin/kit';

/**
 * SAMPLE figures for measure 11: deterministic (a hash of county code, year and purpose), so
 * every run and every engine sees the same numbers. Not published data.
 *
 * - Townships with tasks grow with the county's (sample) stock poor villages and hold for all
 *   three years; poor villages are those stock poor villages, except in the two counties of
 *   `MISCOUNTED_POOR_VILLAGES`.
 * - Kilometres are drawn per township and per poor village, and the county's totals and its
 *   count of townships (villages) that got 10 km (1 km) are taken from the same draws. In 2019
 *   and 2020 every township gets its 10 km (every village its 1 km) in about half the
 *   county-years, and one to three fall short in the others; 2018, before the requirement, is
 *   drawn lower.
 * - Shares of the state at the year's end rise year on year and reach 100 % by the deadline in
 *   most counties, not in all; the shares of townships (villages) upgraded are of the year.
 * - Two urban districts (`URBAN_DISTRICTS`) have sub-districts only: no township with tasks, no
 *   planned access project and no natural village above scale, so the rules on those do not
 *   apply there.
 * - A few counties have not reported 2020 at all (late reporters): their rules have no data.
 */
export const generate: SampleGenerator = (county, year): Record<string, number> => {
  if (year === 2020 && draw(county, 'late-reporter', 2020) < LATE_REPORTERS) return {};
  const townships = townshipsWithTasks(county);
  const townshipKm = kmPerUnit(county, year, 'township', townships, TOWNSHIP_KM);
  const villages = poorVillages(county, year);
  const villageKm = kmPerUnit(county, year, 'poor-village', villages, POOR_VILLAGE_KM);
  const planned = accessProjectsPlanned(county);
  const naturalVillages = naturalVillagesAboveScale(county);
  const scenicSpots = 1 + Math.floor(draw(county, 'scenic-spots') * (county.kind === 'DISTRICT' ? 2 : 4));
  return {
    'transport.townshipsWithTasks': townships,
    'transport.townshipsWithTasksUpgraded10Km': townshipKm.filter((km) => km >= TOWNSHIP_KM.required).length,
    'transport.townshipRoadUpgradeKm': tenths(sum(townshipKm)),
    'transport.poorVillages': villages,
    'transport.poorVillagesUpgraded1Km': villageKm.filter((km) => km >= POOR_VILLAGE_KM.required).length,
    'transport.poorVillageRoadUpgradeKm': tenths(sum(villageKm)),
    'transport.accessProjectsPlanned': planned,
    'transport.accessProjectsArranged': Math.floor(planned * accessShare(county, year)),
    'transport.townshipsOnClassTwoRoads': Math.floor(townships * classTwoShare(county, year)),
    'transport.naturalVillagesAboveScale': naturalVillages,
    'transport.naturalVillagesWithHardenedRoads': Math.floor(naturalVillages * hardenedShare(county, year)),
    'transport.scenicSpots4APlus': scenicSpots,
    'transport.scenicSpots4APlusOnClassTwoRoads': Math.floor(scenicSpots * scenicShare(county, year)),
  };
};

/**
 * 黄石港区 and 西陵区: in the sample, urban districts of sub-districts (街道) only, whose stock poor
 * villages lie under the sub-districts. With no township (乡镇) there is no township with tasks,
 * the 13th five-year plan lists no access project for them and they have no natural village above
 * scale: the rules on those are NOT_APPLICABLE there, which the sample must show somewhere.
 */
const URBAN_DISTRICTS: ReadonlySet<string> = new Set(['420202', '420502']);

/**
 * The department's own count of the stock poor villages (`baseline: STOCK_POOR_VILLAGES`), as a
 * department may get it wrong: it is the catalog's stock everywhere but in two counties, so that
 * the county view's baseline check (a difference of more than 2 %) has something to flag.
 * - 老河口市 (420682) also counts a village identified as poor after the 2018 stock: 27 for 26.
 * - 猇亭区 (420505) counts only the villages not yet exited, the other reading of 贫困村: 4 of its
 *   5 in 2018, 2 in 2019 and none in 2020, when the 1-km rule finds no village to judge.
 */
const MISCOUNTED_POOR_VILLAGES: Readonly<Record<string, (stock: number, year: number) => number>> = {
  '420682': (stock) => stock + 1,
  '420505': (stock, year) => (year === 2018 ? stock - 1 : year === 2019 ? Math.ceil(stock / 3) : 0),
};

function poorVillages(county: SampleCounty, year: number): number {
  const miscount = MISCOUNTED_POOR_VILLAGES[county.code];
  return miscount ? miscount(county.stockPoorVillages, year) : county.stockPoorVillages;
}

/** About one county in twelve has not reported its 2020 figures. */
const LATE_REPORTERS = 0.08;

/** A number in [0, 1) for a county and purpose; without a year, one that holds for all three. */
function draw(county: SampleCounty, purpose: string, year: number | 'plan' = 'plan'): number {
  return sampleRandom(county.code, year, purpose);
}

function townshipsWithTasks(county: SampleCounty): number {
  if (URBAN_DISTRICTS.has(county.code)) return 0;
  return Math.max(2, Math.round(2 + county.stockPoorVillages * (0.35 + 0.2 * draw(county, 'townships'))));
}

/** How the km of one township (poor village) are drawn: at least `required` in 2019 and 2020, or short of it. */
interface UnitKm {
  required: number;
  /** In 2018, before the requirement: from `from`, over a span of `span`. */
  before: { from: number; span: number };
  met: { from: number; span: number };
  short: { from: number; span: number };
  /** The chance that every unit of a county gets its km in a year. */
  allMet: number;
}

const TOWNSHIP_KM: UnitKm = {
  required: 10,
  before: { from: 5, span: 8 },
  met: { from: 10, span: 6.5 },
  short: { from: 4, span: 5.9 },
  allMet: 0.55,
};
const POOR_VILLAGE_KM: UnitKm = {
  required: 1,
  before: { from: 0.4, span: 1.2 },
  met: { from: 1, span: 1.2 },
  short: { from: 0.3, span: 0.6 },
  allMet: 0.5,
};

/** The km upgraded in the year for each of `units` townships (poor villages), to tenths. */
function kmPerUnit(county: SampleCounty, year: number, purpose: string, units: number, spec: UnitKm): number[] {
  const r = (step: string) => draw(county, `${purpose}-${step}`, year);
  const short = year === 2018 || r('all-met') < spec.allMet ? 0 : Math.min(units, 1 + Math.floor(3 * r('short-units')));
  return Array.from({ length: units }, (_, i) => {
    const { from, span } = year === 2018 ? spec.before : i < short ? spec.short : spec.met;
    return tenths(from + span * r(`km-${i}`));
  });
}

function accessProjectsPlanned(county: SampleCounty): number {
  if (URBAN_DISTRICTS.has(county.code)) return 0;
  const base = county.kind === 'DISTRICT' ? 12 : 35;
  return Math.round(base + county.stockPoorVillages * 2 + 30 * draw(county, 'access-planned'));
}

function naturalVillagesAboveScale(county: SampleCounty): number {
  if (URBAN_DISTRICTS.has(county.code)) return 0;
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

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
