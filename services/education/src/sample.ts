import { sampleRandom, type SampleCounty, type SampleGenerator } from '@fupin/kit';

/**
 * SAMPLE figures for measure 17: deterministic (a hash of county code, year and purpose), so
 * every run and every engine sees the same numbers. Not published data.
 *
 * - Students from registered poor families are about a fifth of the county's (sample) stock
 *   poor population, three fifths of them in compulsory education; most are supported, more
 *   each year. A few counties lose a student or more to dropping out, fewer each year. In 2020
 *   the smallest urban districts have none of them left in compulsory education, so the
 *   dropout rule does not apply there.
 * - School construction funds start from the county's size and move by -18 % to +38 % a year,
 *   so about a third of the counties get less than the year before; the schools planned
 *   follow the funds, and most plans are done by the year's end.
 * - About half the counties run a nutrition-meal pilot (a few from 2019); the award approved
 *   is the pupils in the pilot times a sample rate, and in about a quarter of the pilot
 *   county-years the province has allocated only part of it. About half the pilots begun in
 *   2019 had no award approved in their first year.
 * - About one county in eight has not reported its 2020 figures (late reporters): only its
 *   pilot status, which the province sets, is known, so its rules have no data.
 */
export const generate: SampleGenerator = (county, year) => {
  const pilot = isNutritionPilot(county, year);
  if (year === 2020 && draw(county, 'late-reporter', 2020) < LATE_REPORTERS) {
    return { 'education.nutritionPilotCounty': pilot ? 1 : 0 };
  }
  return { ...schools(county, year), ...students(county, year), ...nutrition(county, year, pilot) };
};

const LATE_REPORTERS = 0.12;

/** A sample award rate: 400 yuan a pupil a year (2 yuan a school day for 200 days), in 万元. */
export const SAMPLE_AWARD_PER_PUPIL_WAN_YUAN = 0.04;

/** A number in [0, 1) for a county and purpose; without a year, one that holds for all three. */
function draw(county: SampleCounty, purpose: string, year: number | 'plan' = 'plan'): number {
  return sampleRandom(county.code, year, purpose);
}

function schools(county: SampleCounty, year: number): Record<string, number> {
  const funds = constructionFunds(county, year);
  const smallCost = 80 + 50 * draw(county, 'small-school-cost', year);
  const boardingCost = 450 + 300 * draw(county, 'boarding-school-cost', year);
  const smallPlanned = Math.round((funds * 0.45) / smallCost);
  const boardingPlanned = Math.round((funds * 0.55) / boardingCost);
  return {
    'education.smallRuralSchoolsPlanned': smallPlanned,
    'education.smallRuralSchoolsBuilt': done(county, year, 'small-school', smallPlanned),
    'education.boardingSchoolsPlanned': boardingPlanned,
    'education.boardingSchoolsBuilt': done(county, year, 'boarding-school', boardingPlanned),
    'education.schoolConstructionFunds': tenths(funds),
  };
}

/** Central and provincial funds for the two kinds of school: a base for 2018, then a yearly change. */
function constructionFunds(county: SampleCounty, year: number): number {
  const base =
    (county.kind === 'DISTRICT' ? 250 : 700) + county.stockPoorVillages * 30 * (0.7 + 0.6 * draw(county, 'funds'));
  let funds = base;
  for (let y = 2019; y <= year; y++) funds *= 0.82 + 0.56 * draw(county, 'funds-change', y);
  return funds;
}

/** Schools of a plan done by the year's end: all of them in about seven plans out of ten. */
function done(county: SampleCounty, year: number, purpose: string, planned: number): number {
  if (planned === 0 || draw(county, `${purpose}-done`, year) < 0.7) return planned;
  return Math.max(0, planned - 1 - Math.floor(draw(county, `${purpose}-behind`, year) * Math.min(2, planned)));
}

function students(county: SampleCounty, year: number): Record<string, number> {
  const share = 0.17 + 0.06 * draw(county, 'student-share');
  const trend = 1 - 0.03 * (year - 2018);
  const all = Math.round(county.stockPoorPopulation * share * trend * (0.98 + 0.04 * draw(county, 'students', year)));
  const compulsory = noCompulsoryStudents(county, year)
    ? 0
    : Math.round(all * (0.56 + 0.1 * draw(county, 'compulsory-share')));
  const supported = Math.min(all, Math.round(all * supportedShare(county, year)));
  const aidPerStudent = 0.14 + 0.01 * (year - 2018) + 0.06 * draw(county, 'aid-per-student', year);
  return {
    'education.poorFamilyStudents': all,
    'education.poorFamilyStudentsSupported': supported,
    'education.poorFamilyStudentAid': tenths(supported * aidPerStudent),
    'education.poorFamilyCompulsoryStudents': compulsory,
    'education.poorFamilyCompulsoryDropouts': Math.min(compulsory, dropouts(county, year)),
  };
}

/** The smallest urban districts (fewer than 3,500 stock poor people) in 2020. */
export function noCompulsoryStudents(county: SampleCounty, year: number): boolean {
  return year === 2020 && county.kind === 'DISTRICT' && county.stockPoorPopulation < 3_500;
}

/** Everyone supported in about half the counties in 2018, three quarters by 2020; else 90–99.5 %. */
function supportedShare(county: SampleCounty, year: number): number {
  const everyone = { 2018: 0.5, 2019: 0.65, 2020: 0.75 }[year] ?? 0.5;
  const r = draw(county, 'supported', year);
  return r < everyone ? 1 : 0.9 + 0.095 * draw(county, 'supported-short', year);
}

/** Dropouts in three counties out of ten in 2018, fewer each year: one to three, two to four in bigger counties. */
function dropouts(county: SampleCounty, year: number): number {
  const chance = { 2018: 0.3, 2019: 0.2, 2020: 0.12 }[year] ?? 0.2;
  if (draw(county, 'dropout', year) >= chance) return 0;
  const size = county.stockPoorPopulation > 15_000 ? 2 : 1;
  return size + Math.floor(draw(county, 'dropouts', year) * 3);
}

/** Half the counties run a pilot for all three years; one in ten more starts in 2019. */
function isNutritionPilot(county: SampleCounty, year: number): boolean {
  const r = draw(county, 'nutrition-pilot');
  return r < 0.5 || (year >= 2019 && r < 0.6);
}

/** A pilot begun in 2019 whose first year the province approved no award for (about half of them). */
export function noAwardApproved(county: SampleCounty, year: number): boolean {
  return year === 2019 && !isNutritionPilot(county, 2018) && draw(county, 'first-year-award') < 0.5;
}

function nutrition(county: SampleCounty, year: number, pilot: boolean): Record<string, number> {
  if (!pilot) {
    return {
      'education.nutritionPilotCounty': 0,
      'education.nutritionPilotStudents': 0,
      'education.nutritionAwardApproved': 0,
      'education.nutritionAwardAllocated': 0,
    };
  }
  const pupils = Math.round(
    (4000 + county.stockPoorPopulation * (0.8 + 0.6 * draw(county, 'pilot-pupils'))) *
      (0.97 + 0.06 * draw(county, 'pilot-pupils', year)),
  );
  const approved = noAwardApproved(county, year) ? 0 : tenths(pupils * SAMPLE_AWARD_PER_PUPIL_WAN_YUAN);
  const inFull = draw(county, 'award-in-full', year) < 0.75;
  return {
    'education.nutritionPilotCounty': 1,
    'education.nutritionPilotStudents': pupils,
    'education.nutritionAwardApproved': approved,
    'education.nutritionAwardAllocated': inFull
      ? approved
      : tenths(approved * (0.5 + 0.45 * draw(county, 'award-part', year))),
  };
}

function tenths(value: number): number {
  return Math.round(value * 10) / 10;
}
