import { sampleRandom, type SampleCounty, type SampleGenerator } from '@fupin/kit';

/**
 * SAMPLE figures for measure 12: deterministic (a hash of county code, year and purpose), so
 * every run and every engine sees the same numbers. Not published data.
 *
 * - Registered poor people are the county's (sample) stock poor population, in every year.
 * - The plan's drinking-water investment is 600–1,500 yuan per registered poor person; by 2020
 *   most counties have had all of it issued, some 90–99 %; earlier years hold less.
 * - Safe drinking water reaches every registered poor person by 2020 in most counties, more
 *   often where the investment came in full; the rest stand at 95–99.5 %.
 * - Eligible water projects grow with the county's stock poor villages; most counties have them
 *   all in special plans by 2020. Investment arranged in a year follows the projects included.
 * - A few counties have not reported 2020 at all, a few more not their 2020 project figures
 *   (late reporters): their rules have no data. A figure is always left out with its partner,
 *   so a roll-up's share stays the ratio of sums over the same counties.
 */
export const generate: SampleGenerator = (county, year) => {
  if (year === 2020 && draw(county, 'late-reporter') < LATE_REPORTERS) return {};
  const registered = county.stockPoorPopulation;
  const planned = tenths(registered * (0.06 + 0.09 * draw(county, 'yuan-per-person')));
  const figures: Record<string, number> = {
    'water.registeredPoorPopulation': registered,
    'water.registeredPoorWithSafeDrinkingWater': Math.floor(registered * safeWaterShare(county, year)),
    'water.drinkingWaterInvestmentPlanned': planned,
    'water.drinkingWaterInvestmentIssued': tenths(planned * investmentIssuedShare(county, year)),
  };
  if (year === 2020 && draw(county, 'late-project-reporter') < LATE_PROJECT_REPORTERS) return figures;
  const included = projectsIncluded(county, year);
  return {
    ...figures,
    'water.eligibleProjects': eligibleProjects(county),
    'water.eligibleProjectsInSpecialPlans': included,
    'water.specialPlanProjectInvestmentArranged': tenths(
      included * (80 + 320 * draw(county, 'wan-yuan-per-project', year)),
    ),
  };
};

/** About one county in twelve has not reported its 2020 figures… */
const LATE_REPORTERS = 0.08;
/** …and about one in fifteen of the others not its 2020 project figures. */
const LATE_PROJECT_REPORTERS = 0.07;

/** A number in [0, 1) for a county and purpose; without a year, one that holds for all three. */
function draw(county: SampleCounty, purpose: string, year: number | 'plan' = 'plan'): number {
  return sampleRandom(county.code, year, purpose);
}

/** Share of the plan's investment issued by the end of the year; never falls year on year. */
function investmentIssuedShare(county: SampleCounty, year: number): number {
  const by2020 = investmentFullyIssued(county) ? 1 : 0.9 + 0.09 * draw(county, 'issued-2020');
  if (year === 2020) return by2020;
  const by2019 = by2020 * (0.82 + 0.16 * draw(county, 'issued', 2019));
  return year === 2019 ? by2019 : by2019 * (0.7 + 0.2 * draw(county, 'issued', 2018));
}

function investmentFullyIssued(county: SampleCounty): boolean {
  return draw(county, 'issued-in-full') < 0.8;
}

/** Share of registered poor people with safe drinking water at the end of the year. */
function safeWaterShare(county: SampleCounty, year: number): number {
  const allChance = investmentFullyIssued(county) ? 0.9 : 0.4;
  const by2020 = draw(county, 'safe-water-all') < allChance ? 1 : 0.95 + 0.045 * draw(county, 'safe-water-2020');
  if (year === 2020) return by2020;
  const by2019 = by2020 * (0.9 + 0.09 * draw(county, 'safe-water', 2019));
  return year === 2019 ? by2019 : by2019 * (0.85 + 0.12 * draw(county, 'safe-water', 2018));
}

function eligibleProjects(county: SampleCounty): number {
  const base =
    county.kind === 'DISTRICT'
      ? 2 + Math.floor(4 * draw(county, 'projects'))
      : 4 + Math.floor(10 * draw(county, 'projects'));
  return base + Math.floor(county.stockPoorVillages / 4);
}

/** Eligible projects in special plans by the end of the year; never falls year on year. */
function projectsIncluded(county: SampleCounty, year: number): number {
  const eligible = eligibleProjects(county);
  const by2020 =
    draw(county, 'projects-all-included') < 0.8
      ? eligible
      : Math.floor(eligible * (0.6 + 0.35 * draw(county, 'projects-2020')));
  if (year === 2020) return by2020;
  const by2019 = Math.floor(by2020 * (0.7 + 0.3 * draw(county, 'projects-included', 2019)));
  return year === 2019 ? by2019 : Math.floor(by2019 * (0.5 + 0.4 * draw(county, 'projects-included', 2018)));
}

function tenths(value: number): number {
  return Math.round(value * 10) / 10;
}
