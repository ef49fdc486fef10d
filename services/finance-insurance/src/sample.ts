import { sampleRandom, type SampleCounty, type SampleGenerator } from '@fupin/kit';

/**
 * SAMPLE figures for measures 21 and 22: deterministic (a hash of county code, year and
 * purpose), so every run and every engine sees the same numbers. Not published data. Plan years
 * only: the kit derives the 2017 figures the year-on-year rules compare 2018 with from 2018's.
 *
 * - Registered poor households follow the county's (sample) stock poor population, about three
 *   people a household; they are the base of poor-household credit demand and of 扶贫保.
 * - Demand-met shares (relending and rediscount, poor households' credit, 扶贫保) are full in
 *   most counties from 2019 and a little short in the others; 2018 is lower. The province-wide
 *   relending share is one figure a year, the same for every county.
 * - Year-on-year figures (loans issued in the county, loan approval days, insurance coverage)
 *   mostly move the way the document wants, and in some counties the other way.
 * - A few county-years have nothing a rule judges: no relending demand, no poor household with
 *   credit demand (so no loan to one), no registered poor household on file. Those rules do
 *   not apply there.
 * - A few counties have not reported 2020 at all, and a few more have not reported their 2020
 *   loan approval days: the rules that need those figures have no data.
 */
export const generate: SampleGenerator = (county, year) => {
  if (year === 2020 && isLateReporter(county)) return {};
  const demand = relendingDemand(county, year);
  const creditDemand = poorHouseholdsWithCreditDemand(county, year);
  const granted = poorHouseholdsGrantedCredit(county, year);
  const loans = poorHouseholdLoansCount(county, year);
  const insurable = insurableHouseholds(county, year);
  const poor = registeredPoorHouseholds(county, year);
  const fupinbaoInsured = part(poor, shareMet(county, 'fupinbao', year, 0.65));
  const figures: Record<string, number> = {
    'finance-insurance.relendingRediscountDemand': demand,
    'finance-insurance.relendingRediscountGranted': cents(demand * shareMet(county, 'relending', year, 0.6)),
    'finance-insurance.provinceRelendingRediscountDemandMetShare': PROVINCE_RELENDING_MET_SHARE[year]!,
    'finance-insurance.countyLoansIssued': cents(countyLoansIssued(county, year)),
    'finance-insurance.poorHouseholdsWithCreditDemand': creditDemand,
    'finance-insurance.poorHouseholdsGrantedCredit': granted,
    'finance-insurance.poorHouseholdLoansIssued': cents(poorHouseholdLoansIssued(county, year)),
    'finance-insurance.poorHouseholdLoanBalance': cents(
      poorHouseholdLoansIssued(county, year) +
        0.55 * poorHouseholdLoansIssued(county, year - 1) +
        0.2 * poorHouseholdLoansIssued(county, year - 2),
    ),
    'finance-insurance.poorHouseholdLoanApprovalDaysTotal': Math.round(loans * loanApprovalDays(county, year)),
    'finance-insurance.poorHouseholdLoansCount': loans,
    'finance-insurance.specialAgriculturalInsuranceProducts': specialProducts(county, year),
    'finance-insurance.agriculturalInsuranceInsurableHouseholds': insurable,
    'finance-insurance.agriculturalInsuranceInsuredHouseholds': part(insurable, coverage(county, year)),
    'finance-insurance.registeredPoorHouseholds': poor,
    'finance-insurance.fupinbaoInsuredHouseholds': fupinbaoInsured,
    // 40–150 元 a covered household
    'finance-insurance.fupinbaoClaimsPaid': cents(fupinbaoInsured * (0.004 + 0.011 * draw(county, 'claims', year))),
  };
  // The loans are on file; the days each took were not collected.
  if (year === 2020 && draw(county, 'approval-days-unreported') < 0.1) {
    delete figures['finance-insurance.poorHouseholdLoanApprovalDaysTotal'];
  }
  return figures;
};

/**
 * The province's share of relending and rediscount demand met (%), poverty counties included:
 * one figure a year, published for every county alike, rising as the quotas grew.
 */
const PROVINCE_RELENDING_MET_SHARE: Record<number, number> = { 2018: 86.4, 2019: 92.7, 2020: 94.1 };

/** About one county in twelve has not reported its 2020 figures. */
export function isLateReporter(county: SampleCounty): boolean {
  return draw(county, 'late-reporter') < 0.08;
}

/** A number in [0, 1) for a county and purpose; without a year, one that holds for all three. */
function draw(county: SampleCounty, purpose: string, year: number | 'plan' = 'plan'): number {
  return sampleRandom(county.code, year, purpose);
}

/**
 * The share of a demand met in a year: from 2019 full with probability `fullFrom2019` and
 * otherwise 85–99.5 %; in 2018, before the document took hold, 70–100 %.
 */
function shareMet(county: SampleCounty, purpose: string, year: number, fullFrom2019: number): number {
  if (year === 2018) return Math.min(1, 0.7 + 0.35 * draw(county, `${purpose}-share`, year));
  if (draw(county, `${purpose}-full`, year) < fullFrom2019) return 1;
  return 0.85 + 0.145 * draw(county, `${purpose}-share`, year);
}

/** 万元 asked for; in a few districts' years, mostly urban lenders, nothing at all. */
function relendingDemand(county: SampleCounty, year: number): number {
  if (county.kind === 'DISTRICT' && draw(county, 'no-relending-demand', year) < 0.06) return 0;
  const base = (county.kind === 'DISTRICT' ? 4000 : 9000) + 30000 * draw(county, 'relending-base');
  return cents(base * (1 + 0.12 * (year - 2018)) * (0.9 + 0.2 * draw(county, 'relending-demand', year)));
}

/** Loans issued in the year, 万元: about 30–200 亿元, growing −5 % to +20 % a year. */
function countyLoansIssued(county: SampleCounty, year: number): number {
  if (year <= 2018) return 300_000 + 1_700_000 * draw(county, 'loans-base');
  return countyLoansIssued(county, year - 1) * (0.95 + 0.25 * draw(county, 'loans-growth', year));
}

/**
 * About three people a household, held constant over the plan; except that in 2020 a few urban
 * districts have no household left on file (the few they had moved their 户籍 away).
 */
function registeredPoorHouseholds(county: SampleCounty, year: number): number {
  if (year === 2020 && county.kind === 'DISTRICT' && draw(county, 'file-emptied') < 0.1) return 0;
  return Math.round(county.stockPoorPopulation / (2.6 + 0.6 * draw(county, 'household-size')));
}

/** 8–20 % of the registered households a year; in a few districts' years, with few households, none. */
function poorHouseholdsWithCreditDemand(county: SampleCounty, year: number): number {
  if (county.kind === 'DISTRICT' && draw(county, 'no-credit-demand', year) < 0.06) return 0;
  return Math.round(registeredPoorHouseholds(county, year) * (0.08 + 0.12 * draw(county, 'credit-demand', year)));
}

function poorHouseholdsGrantedCredit(county: SampleCounty, year: number): number {
  return part(poorHouseholdsWithCreditDemand(county, year), shareMet(county, 'credit', year, 0.6));
}

/** 万元 lent to poor households in a year (also before the plan, for the balance): 3–5 万元 a loan. */
function poorHouseholdLoansIssued(county: SampleCounty, year: number): number {
  const households =
    year >= 2018
      ? poorHouseholdsGrantedCredit(county, year)
      : Math.round(poorHouseholdsGrantedCredit(county, 2018) * (0.5 + 0.4 * draw(county, 'early-loans', year)));
  return households * (3 + 2 * draw(county, 'loan-size', year));
}

/** One loan a household granted credit, and a second for up to 8 % of them. */
function poorHouseholdLoansCount(county: SampleCounty, year: number): number {
  const households = poorHouseholdsGrantedCredit(county, year);
  return households + Math.floor(households * 0.08 * draw(county, 'second-loans', year));
}

/** Mean days a loan: 10–25 in 2018; then each year 60–110 % of the year before, never under 2. */
function loanApprovalDays(county: SampleCounty, year: number): number {
  if (year <= 2018) return tenths(10 + 15 * draw(county, 'approval-days'));
  return tenths(Math.max(2, loanApprovalDays(county, year - 1) * (0.6 + 0.5 * draw(county, 'approval-change', year))));
}

function specialProducts(county: SampleCounty, year: number): number {
  let products = Math.floor(4 * draw(county, 'special-products'));
  for (let y = 2019; y <= year; y++) products += Math.floor(2 * draw(county, 'special-products-added', y));
  return products;
}

function insurableHouseholds(county: SampleCounty, year: number): number {
  const base = (county.kind === 'DISTRICT' ? 6000 : 25000) + 70000 * draw(county, 'farming-households');
  return Math.round(base * (0.98 + 0.04 * draw(county, 'farming-households', year)));
}

/**
 * Policy agricultural insurance coverage: 55–85 % in 2018, then −3 to +15 points a year (a few
 * counties slip back); in 2020 about a third of the counties insure every insurable household.
 */
function coverage(county: SampleCounty, year: number): number {
  if (year <= 2018) return 0.55 + 0.3 * draw(county, 'coverage');
  if (year === 2020 && draw(county, 'coverage-full') < 0.35) return 1;
  return Math.min(0.995, coverage(county, year - 1) - 0.03 + 0.18 * draw(county, 'coverage-change', year));
}

/** The whole number of `total` that a share makes; short of all of them unless the share is 1 (or there are none). */
function part(total: number, share: number): number {
  return share >= 1 || total === 0 ? total : Math.min(total - 1, Math.floor(total * share));
}

function cents(value: number): number {
  return Math.round(value * 100) / 100;
}

function tenths(value: number): number {
  return Math.round(value * 10) / 10;
}
