import { sampleRandom, type SampleCounty, type SampleGenerator } from '@fupin/kit';

/**
 * SAMPLE figures for measures 18 and 19: deterministic (a hash of county code, year and
 * purpose), so every run and every engine sees the same numbers. Not published data.
 *
 * - Townships and administrative villages depend on the kind of county (a district has few of
 *   either) and stay the same over the three years, but in the urban districts of
 *   `URBAN_DISTRICTS`.
 * - Health centres and clinics built to standard only grow: most counties reach full
 *   coverage by 2020, about a third are still one or two townships, or a few villages, short.
 * - Medical-assistance funds start from the county's (sample) stock poor population, roughly
 *   400–800 yuan a person in 2018, and usually grow a few per cent a year; in about one
 *   county-year in five they fall, which breaks 只增不减 (the kit derives 2017 from 2018).
 * - The stock poor population is the county's sample figure from `@fupin/reference` (its 60
 *   counties add up to the document's 659,300), the same in every year, and published with
 *   the funds; but for the two counties of `MISCOUNTED_STOCK_POOR_POPULATION`.
 * - A few counties have not reported 2020 at all, and a few have not reported their 2019
 *   funds (nor the population published with them); their rules for those years have no data
 *   (a missing 2019 figure also leaves 2020's 只增不减 without one).
 */
export const generate: SampleGenerator = (county, year) => {
  if (year === 2020 && draw(county, 'late-reporter', 2020) < LATE_REPORTERS) return {};
  const townships = townshipCount(county);
  const villages = administrativeVillageCount(county, year);
  const figures: Record<string, number> = {
    'health.townships': townships,
    'health.townshipsWithStandardHealthCentre':
      townships === 0 ? 0 : townships - missingHealthCentres(county, townships)[year]!,
    'health.administrativeVillages': villages,
    'health.villagesWithStandardClinic': villages === 0 ? 0 : villages - missingClinics(county, villages)[year]!,
    'health.medicalAssistanceFunds': medicalAssistanceFunds(county)[year]!,
    'health.stockPoorPopulation': stockPoorPopulation(county),
  };
  if (year === 2019 && draw(county, 'funds-unreported', 2019) < FUNDS_UNREPORTED_2019) {
    // The population is published with the funds, as their per-person base: a roll-up's
    // funds per person then sums both over the same counties.
    delete figures['health.medicalAssistanceFunds'];
    delete figures['health.stockPoorPopulation'];
  }
  return figures;
};

/**
 * 黄石港区 and 西陵区: in the sample, urban districts of sub-districts (街道) only, so without a
 * township that should have a township health centre; and in 2020 黄石港区's last administrative
 * villages became urban communities (村改居), leaving no village that should have a clinic. The
 * coverage rules are NOT_APPLICABLE there, which the sample must show somewhere.
 */
const URBAN_DISTRICTS: ReadonlySet<string> = new Set(['420202', '420502']);
const ALL_VILLAGES_COMMUNITIES_IN_2020 = '420202';

/**
 * The department's own count of the stock poor population (`baseline: STOCK_POOR_POPULATION`), as
 * a department may get it wrong: it is the catalog's stock everywhere but in two counties, so that
 * the county view's baseline check (a difference of more than 2 %) has something to flag.
 * - 枣阳市 (420683) also counts people identified as poor in the 2018 review (动态调整), 5 % more.
 * - 仙桃市 (429004) counts the people not yet lifted out at the end of 2018, 72 % of its stock.
 */
const MISCOUNTED_STOCK_POOR_POPULATION: Readonly<Record<string, number>> = { '420683': 1.05, '429004': 0.72 };

function stockPoorPopulation(county: SampleCounty): number {
  return Math.round(county.stockPoorPopulation * (MISCOUNTED_STOCK_POOR_POPULATION[county.code] ?? 1));
}

/** About one county in twelve has not reported its 2020 figures. */
const LATE_REPORTERS = 0.08;
/** About one county in fifteen has not reported its 2019 funds. */
const FUNDS_UNREPORTED_2019 = 0.07;

/** A number in [0, 1) for a county and purpose; without a year, one that holds for all three. */
function draw(county: SampleCounty, purpose: string, year: number | 'plan' = 'plan'): number {
  return sampleRandom(county.code, year, purpose);
}

function townshipCount(county: SampleCounty): number {
  if (URBAN_DISTRICTS.has(county.code)) return 0;
  const r = draw(county, 'townships');
  if (county.kind === 'DISTRICT') return 2 + Math.floor(7 * r);
  if (county.kind === 'COUNTY_LEVEL_CITY') return 10 + Math.floor(11 * r);
  return 9 + Math.floor(10 * r);
}

function administrativeVillageCount(county: SampleCounty, year: number): number {
  if (year === 2020 && county.code === ALL_VILLAGES_COMMUNITIES_IN_2020) return 0;
  const r = draw(county, 'villages');
  // The few villages left under the sub-districts: the stock poor villages and some others.
  if (URBAN_DISTRICTS.has(county.code)) return county.stockPoorVillages + Math.floor(10 * r);
  const base = county.kind === 'DISTRICT' ? 40 + 120 * r : 200 + 280 * r;
  return Math.max(county.stockPoorVillages, Math.round(base + 3 * county.stockPoorVillages));
}

/** Townships without a standard health centre at the end of each year, never rising. */
function missingHealthCentres(county: SampleCounty, townships: number): Record<number, number> {
  const r = (step: string) => draw(county, `health-centres-${step}`);
  const m2020 = r('end') < 0.68 ? 0 : 1 + Math.floor(2 * r('shortfall'));
  const m2019 = m2020 + Math.floor(3 * r('2019'));
  const m2018 = m2019 + Math.floor(3 * r('2018'));
  const capped = (m: number) => Math.min(townships - 1, m);
  return { 2018: capped(m2018), 2019: capped(m2019), 2020: capped(m2020) };
}

/** Administrative villages without a standard clinic at the end of each year, never rising. */
function missingClinics(county: SampleCounty, villages: number): Record<number, number> {
  const r = (step: string) => draw(county, `clinics-${step}`);
  const m2020 = r('end') < 0.65 ? 0 : 1 + Math.floor(0.03 * villages * r('shortfall'));
  const m2019 = m2020 + Math.floor(0.06 * villages * r('2019'));
  const m2018 = m2019 + Math.floor(villages * (0.02 + 0.1 * r('2018')));
  return { 2018: m2018, 2019: m2019, 2020: m2020 };
}

/** Funds in 万元, to one decimal: a 2018 base from the poor population, then yearly changes. */
function medicalAssistanceFunds(county: SampleCounty): Record<number, number> {
  const perPerson = 0.04 + 0.035 * draw(county, 'funds-per-person'); // 万元 a person, on top of a county's base
  const base = (county.kind === 'DISTRICT' ? 0 : 40) + county.stockPoorPopulation * perPerson;
  const funds: Record<number, number> = { 2018: tenths(base) };
  for (const year of [2019, 2020]) {
    const falls = draw(county, 'funds-falls', year) < 0.2;
    const change = falls ? 0.9 + 0.09 * draw(county, 'funds-cut', year) : 1 + 0.15 * draw(county, 'funds-rise', year);
    funds[year] = tenths(funds[year - 1]! * change);
  }
  return funds;
}

function tenths(value: number): number {
  return Math.round(value * 10) / 10;
}
