import { sampleRandom, type SampleCounty, type SampleGenerator } from '@fupin/kit';

/**
 * SAMPLE figures for measure 12: deterministic (a hash of county code, year and purpose), so
 * every run and every engine sees the same numbers. Not published data.
 *
 * - Registered poor people within the 13th five-year plan are 1.5–2.3 times the county's (sample)
 *   stock poor population, in every year: the plan counts people lifted out before 2018 too.
 * - The plan's drinking-water investment is 600–1,500 yuan per registered poor person; by 2020
 *   most counties have had all of it issued, some 90–99 %; earlier years hold less.
 * - The rural drinking-water investment of the year is the year's part of that investment plus
 *   other rural drinking-water work; it rises in most county-years, not in all (the plan's part
 *   shrinks as the plan is paid out).
 * - Safe drinking water reaches every registered poor person by 2020 in most counties, more
 *   often where the investment came in full; the rest stand at 95–99.5 %.
 * - Eligible water projects grow with the county's stock poor villages; most counties have them
 *   all in special plans by 2020. Investment arranged in a year follows the projects included.
 *   The province's share of eligible projects included (poverty counties too) is the same for
 *   every county in a year and sits among the counties' shares, so priority is met by some
 *   counties and not by others.
 * - Two urban districts (`URBAN_DISTRICTS`) are on the city's mains: the plan sets them no
 *   drinking-water investment and they have no eligible water project, so the rules on those do
 *   not apply there.
 * - A few counties have not reported 2020 at all, a few more not their 2020 project figures
 *   (late reporters): their rules have no data. A figure is always left out with its partner,
 *   so a roll-up's share stays the ratio of sums over the same counties.
 */
export const generate: SampleGenerator = (county, year) => {
  if (year === 2020 && draw(county, 'late-reporter') < LATE_REPORTERS) return {};
  const registered = Math.round(county.stockPoorPopulation * (1.5 + 0.8 * draw(county, 'plan-population')));
  const planned = URBAN_DISTRICTS.has(county.code)
    ? 0
    : tenths(registered * (0.06 + 0.09 * draw(county, 'yuan-per-person')));
  const issued = (y: number) => tenths(planned * investmentIssuedShare(county, y));
  const figures: Record<string, number> = {
    'water.ruralDrinkingWaterInvestmentInYear': ruralInvestmentInYear(county, year, registered, issued),
    'water.registeredPoorPopulation': registered,
    'water.registeredPoorWithSafeDrinkingWater': Math.floor(registered * safeWaterShare(county, year)),
    'water.drinkingWaterInvestmentPlanned': planned,
    'water.drinkingWaterInvestmentIssued': issued(year),
  };
  if (year === 2020 && draw(county, 'late-project-reporter') < LATE_PROJECT_REPORTERS) return figures;
  const included = projectsIncluded(county, year);
  return {
    ...figures,
    'water.eligibleProjects': eligibleProjects(county),
    'water.eligibleProjectsInSpecialPlans': included,
    'water.provinceEligibleProjectsInSpecialPlansShare': provinceShareIncluded(year),
    'water.specialPlanProjectInvestmentArranged': tenths(
      included * (80 + 320 * draw(county, 'wan-yuan-per-project', year)),
    ),
  };
};

/**
 * 黄石港区 and 西陵区: in the sample, urban districts supplied by the city's mains, for which the
 * 13th five-year plan sets no drinking-water investment and which have no water-infrastructure
 * project that meets national investment policy: the rules on those are NOT_APPLICABLE there,
 * which the sample must show somewhere.
 */
const URBAN_DISTRICTS: ReadonlySet<string> = new Set(['420202', '420502']);

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

/**
 * The rural drinking-water investment issued in the year (万元): the year's part of the plan's
 * investment for registered poor people (for 2018, a fifth of what had been issued since 2016)
 * and 200–400 yuan per registered poor person for other rural drinking-water work, which grows
 * in most years and shrinks in some.
 */
function ruralInvestmentInYear(
  county: SampleCounty,
  year: number,
  registered: number,
  issued: (year: number) => number,
): number {
  const forPoorPeople = year === 2018 ? issued(2018) / 5 : issued(year) - issued(year - 1);
  let other = registered * (0.02 + 0.02 * draw(county, 'other-rural-water'));
  for (let y = 2019; y <= year; y++) {
    const r = draw(county, 'other-rural-water-change', y);
    other *= r < 0.75 ? 1.05 + 0.4 * r : 0.75 + 0.2 * r;
  }
  return tenths(forPoorPeople + other);
}

/** The province's share of eligible projects included in special plans (%), the same for every county. */
function provinceShareIncluded(year: number): number {
  const [from, span] = year === 2018 ? [38, 10] : year === 2019 ? [66, 8] : [84, 6];
  return tenths(from + span * sampleRandom('420000', year, 'province-projects-included'));
}

/** Share of registered poor people with safe drinking water at the end of the year. */
function safeWaterShare(county: SampleCounty, year: number): number {
  if (URBAN_DISTRICTS.has(county.code)) return 1;
  const allChance = investmentFullyIssued(county) ? 0.9 : 0.4;
  const by2020 = draw(county, 'safe-water-all') < allChance ? 1 : 0.95 + 0.045 * draw(county, 'safe-water-2020');
  if (year === 2020) return by2020;
  const by2019 = by2020 * (0.9 + 0.09 * draw(county, 'safe-water', 2019));
  return year === 2019 ? by2019 : by2019 * (0.85 + 0.12 * draw(county, 'safe-water', 2018));
}

function eligibleProjects(county: SampleCounty): number {
  if (URBAN_DISTRICTS.has(county.code)) return 0;
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
