import { sampleRandom, type SampleCounty, type SampleGenerator } from '@fupin/kit';
import { nonPovertyCountiesWithTasks } from '@fupin/reference';

/*
 * SAMPLE figures for 省财政厅, deterministic (the same every run) and plausible in size, never
 * published numbers. Sizes follow the county's kind and its stock poor population; what the
 * rules judge is drawn around the threshold so that some counties meet each rule and some do
 * not; a few county-years owe nothing under a rule (revenue fell, nothing recovered, no PV
 * project), so it does not apply; some counties have not reported their 2020 outturns (and a
 * few their 2019 PV subsidies), so some rules have no data. Only 2018–2020 are generated: the
 * kit derives the 2017 base of the year-on-year figures from 2018.
 */

const KIND_SCALE: Record<string, number> = {
  DISTRICT: 1,
  COUNTY_LEVEL_CITY: 1.3,
  COUNTY: 0.9,
  AUTONOMOUS_COUNTY: 0.7,
  FORESTRY_DISTRICT: 0.5,
};
const POPULATION_BASE: Record<string, number> = {
  DISTRICT: 450_000,
  COUNTY_LEVEL_CITY: 700_000,
  COUNTY: 550_000,
  AUTONOMOUS_COUNTY: 300_000,
  FORESTRY_DISTRICT: 80_000,
};
/** 全省人均财政预算支出 (元), the benchmark of measure 2. SAMPLE. */
const PROVINCIAL_EXPENDITURE_PER_CAPITA: Record<number, number> = { 2018: 8_600, 2019: 9_250, 2020: 9_900 };
/** Central and provincial special poverty funds the province allocated to counties (万元). SAMPLE. */
const PROVINCIAL_SPECIAL_FUNDS: Record<number, number> = { 2018: 600_000, 2019: 650_000, 2020: 680_000 };
/**
 * The weight (%) of the poor population in the province's allocation formula: one figure for
 * every county, kept in 2019 once raised as measure 4 asks; 2020's is applied but not yet
 * published. Its 2017 base is the kit's, derived from 2018 county by county. SAMPLE.
 */
const POOR_POPULATION_WEIGHT: Record<number, number> = { 2018: 60, 2019: 60, 2020: 65 };
const WEIGHT_PUBLISHED_YEARS = [2018, 2019];
/** 非贫困县现有贫困人口占全省存量贫困人口的三分之一 (the document). */
const NON_POVERTY_SHARE_OF_POOR = 1 / 3;

/** A number in [0, 1) for a county, year (or 'all' for one that holds every year) and purpose. */
function random(county: SampleCounty, year: number | 'all', purpose: string): number {
  return sampleRandom(county.code, year, `finance.${purpose}`);
}
const round1 = (value: number) => Math.round(value * 10) / 10;
const round4 = (value: number) => Math.round(value * 1e4) / 1e4;

function scale(county: SampleCounty): number {
  const wuhan = county.code.startsWith('4201') ? 2 : 1;
  return (KIND_SCALE[county.kind] ?? 1) * wuhan;
}

/** Counties that had not reported their 2020 outturns (revenue, stock funds, transfers, PV). */
export function reportsLate(county: SampleCounty, year: number): boolean {
  return year === 2020 && random(county, 2020, 'late') < 0.15;
}

/** Revenue fell in 2020 in about a quarter of the counties: the 15 % rule then asks nothing. */
export function revenueFell(county: SampleCounty, year: number): boolean {
  return year === 2020 && random(county, 2020, 'revenueFell') < 0.25;
}

/** About one county-year in fifteen recovers no idle stock funds: the 50 % rule then asks nothing. */
function nothingRecovered(county: SampleCounty, year: number): boolean {
  return random(county, year, 'nothingRecovered') < 0.07;
}

function measure1(county: SampleCounty, year: number): Record<string, number> {
  const size = scale(county) * (3_000 + 0.45 * county.stockPoorPopulation);
  const increment = revenueFell(county, year)
    ? -round1(size * (0.05 + 0.3 * random(county, year, 'revenueFall')))
    : round1(size * (0.6 + 0.8 * random(county, year, 'revenue')));
  const budgetShare = 15 * (0.88 + 0.36 * random(county, year, 'budgetShare'));
  const recovered = nothingRecovered(county, year)
    ? 0
    : round1(scale(county) * (800 + 5_200 * random(county, year, 'stockFunds')));
  const preciseShare = 0.36 + 0.5 * random(county, year, 'preciseShare');
  return {
    'finance.fiscalRevenueIncrement': increment,
    // Nothing is added out of a fall in revenue.
    'finance.specialBudgetAdded': increment > 0 ? round1((increment * budgetShare) / 100) : 0,
    'finance.stockFundsRecovered': recovered,
    'finance.stockFundsForPrecisePoverty': round1(recovered * preciseShare),
  };
}

function population(county: SampleCounty, year: number): number {
  const base = (POPULATION_BASE[county.kind] ?? 500_000) * (county.code.startsWith('4201') ? 1.6 : 1);
  return Math.round(base * (0.7 + 0.6 * random(county, 'all', 'population')) * (1 + 0.004 * (year - 2018)));
}

function transferPayment(county: SampleCounty, year: number): number {
  if (year === 2018) {
    return round1((population(county, 2018) / 10_000) * (1_800 + 1_200 * random(county, 'all', 'transferBase')));
  }
  const growth = 0.95 + 0.15 * random(county, year, 'transferGrowth');
  return round1(transferPayment(county, year - 1) * growth);
}

function measure2(county: SampleCounty, year: number): Record<string, number> {
  const average = PROVINCIAL_EXPENDITURE_PER_CAPITA[year]!;
  const residents = population(county, year);
  const level = (0.7 + 0.6 * random(county, 'all', 'spendLevel')) * (0.97 + 0.06 * random(county, year, 'spendNoise'));
  const expenditure = round1((residents * average * level) / 10_000);
  const major = random(county, 'all', 'major') < (county.kind === 'DISTRICT' ? 0.15 : 0.6);
  return {
    'finance.budgetExpenditure': expenditure,
    'finance.residentPopulation': residents,
    'finance.provincialBudgetExpenditurePerCapita': average,
    'finance.majorGrainOrPopulousCounty': major ? 1 : 0,
    'finance.transferPayment': transferPayment(county, year),
  };
}

/** About a quarter of the urban districts have no project in the PV plan: the PV rule asks nothing of them. */
export function withoutPvProjects(county: SampleCounty): boolean {
  return county.kind === 'DISTRICT' && random(county, 'all', 'noPv') < 0.25;
}

function pvProjectsBuilt(county: SampleCounty, year: number): number {
  if (withoutPvProjects(county)) return 0;
  const planned = Math.max(1, Math.round(county.stockPoorVillages * (0.4 + 0.6 * random(county, 'all', 'pvPlan'))));
  if (year > 2018) return planned;
  return Math.max(1, Math.round(planned * (0.6 + 0.4 * random(county, 'all', 'pvBuilt2018'))));
}

/** Cumulative, so never falling: a year's shortfall is made up by the next. */
function pvProjectsSubsidised(county: SampleCounty, year: number): number {
  if (year < 2018) return 0;
  const shortfall = random(county, year, 'pvGap') < 0.25 ? 1 + Math.floor(3 * random(county, year, 'pvGapSize')) : 0;
  const reached = Math.max(0, pvProjectsBuilt(county, year) - shortfall);
  return Math.max(pvProjectsSubsidised(county, year - 1), reached);
}

function measure3(county: SampleCounty, year: number): Record<string, number> {
  const perProject = 15 + 25 * random(county, 'all', 'pvUnit');
  const newlySubsidised = pvProjectsSubsidised(county, year) - pvProjectsSubsidised(county, year - 1);
  return {
    'finance.pvProjectsListed': pvProjectsBuilt(county, year),
    'finance.pvProjectsSubsidised': pvProjectsSubsidised(county, year),
    'finance.pvSubsidy': round1(newlySubsidised * perProject),
  };
}

/** Poor people not yet lifted out at the end of the year before: 2018 starts from the stock. */
function allocationPoorPopulation(county: SampleCounty, year: number): number {
  if (year === 2018) return county.stockPoorPopulation;
  const remaining =
    year === 2019 ? 0.6 + 0.15 * random(county, 2019, 'poorLeft') : 0.3 + 0.15 * random(county, 2020, 'poorLeft');
  return Math.round(county.stockPoorPopulation * remaining);
}

const provincialPoor = new Map<number, number>();
/** The province's poor population: the 60 counties' is a third of it, as the document says. */
function provincialPoorPopulation(year: number): number {
  if (!provincialPoor.has(year)) {
    const nonPoverty = nonPovertyCountiesWithTasks.reduce((sum, c) => sum + allocationPoorPopulation(c, year), 0);
    provincialPoor.set(year, Math.round(nonPoverty / NON_POVERTY_SHARE_OF_POOR));
  }
  return provincialPoor.get(year)!;
}

function measure4(county: SampleCounty, year: number): Record<string, number> {
  const poor = allocationPoorPopulation(county, year);
  const poorShare = poor / provincialPoorPopulation(year);
  const funds = PROVINCIAL_SPECIAL_FUNDS[year]!;
  // The factor method: the poor population's share at its weight, the other factors (area,
  // revenue, performance) at the rest; their share is drawn around the poor population's.
  const weight = POOR_POPULATION_WEIGHT[year]! / 100;
  const otherShare = poorShare * (0.5 + random(county, year, 'otherFactors'));
  const allocated = round1(funds * (weight * poorShare + (1 - weight) * otherShare));
  return {
    'finance.specialFundsAllocated': allocated,
    'finance.allocationPoorPopulation': poor,
    'finance.specialFundsShareOfProvince': round4((allocated / funds) * 100),
    'finance.poorPopulationShareOfProvince': round4(poorShare * 100),
    ...(WEIGHT_PUBLISHED_YEARS.includes(year)
      ? { 'finance.allocationPoorPopulationWeight': POOR_POPULATION_WEIGHT[year]! }
      : {}),
  };
}

/** Counties that had not reported their PV subsidies for 2019, the plan's last year. */
export function pvReportsLate(county: SampleCounty, year: number): boolean {
  return year === 2019 && random(county, 2019, 'pvLate') < 0.08;
}

/** Outturns a late county has not reported for 2020. */
const OUTTURNS = [
  'finance.fiscalRevenueIncrement',
  'finance.specialBudgetAdded',
  'finance.stockFundsRecovered',
  'finance.stockFundsForPrecisePoverty',
  'finance.transferPayment',
  'finance.pvProjectsSubsidised',
  'finance.pvSubsidy',
];

/** 省财政厅's SAMPLE figures for one county and year. */
export const generate: SampleGenerator = (county, year) => {
  const figures = {
    ...measure1(county, year),
    ...measure2(county, year),
    ...measure3(county, year),
    ...measure4(county, year),
  };
  if (reportsLate(county, year)) for (const id of OUTTURNS) delete figures[id];
  if (pvReportsLate(county, year)) {
    delete figures['finance.pvProjectsSubsidised'];
    delete figures['finance.pvSubsidy'];
  }
  return figures;
};
