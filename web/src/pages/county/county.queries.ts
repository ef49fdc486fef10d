import { graphql } from '../../gql';

/**
 * Every department's typed figures for one county and year, with its rule results. Each view is
 * its own fragment so that a department whose subgraph is down leaves the others intact.
 */
export const CountyFinanceFigures = graphql(`
  fragment CountyFinanceFigures on CountyFinance {
    year
    sample
    fiscalRevenueIncrement
    specialBudgetAdded
    specialBudgetShare
    stockFundsRecovered
    stockFundsForPrecisePoverty
    stockFundsPrecisePovertyShare
    budgetExpenditure
    residentPopulation
    budgetExpenditurePerCapita
    provincialBudgetExpenditurePerCapita
    majorGrainOrPopulousCounty
    belowAverageGrainOrPopulousCounty
    transferPayment
    pvProjectsListed
    pvProjectsSubsidised
    pvProjectsSubsidisedShare
    pvSubsidy
    specialFundsAllocated
    allocationPoorPopulation
    specialFundsPerPoorPerson
    specialFundsShareOfProvince
    poorPopulationShareOfProvince
    fundsToPoorPopulationShareRatio
    rules {
      ...RuleResultFields
    }
  }
`);

export const CountyTransportFigures = graphql(`
  fragment CountyTransportFigures on CountyTransport {
    year
    sample
    townshipsWithTasks
    townshipRoadUpgradeKm
    poorVillages
    poorVillageRoadUpgradeKm
    roadUpgradeKmPerTownship
    roadUpgradeKmPerPoorVillage
    accessProjectsPlanned
    accessProjectsArranged
    accessProjectsArrangedShare
    townshipsOnClassTwoRoads
    townshipsOnClassTwoRoadsShare
    naturalVillagesAboveScale
    naturalVillagesWithHardenedRoads
    naturalVillagesWithHardenedRoadsShare
    scenicSpots4APlus
    scenicSpots4APlusOnClassTwoRoads
    scenicSpots4APlusOnClassTwoRoadsShare
    rules {
      ...RuleResultFields
    }
  }
`);

export const CountyWaterFigures = graphql(`
  fragment CountyWaterFigures on CountyWater {
    year
    sample
    registeredPoorPopulation
    registeredPoorWithSafeDrinkingWater
    safeDrinkingWaterShare
    drinkingWaterInvestmentPlanned
    drinkingWaterInvestmentIssued
    drinkingWaterInvestmentIssuedShare
    eligibleProjects
    eligibleProjectsInSpecialPlans
    eligibleProjectsInSpecialPlansShare
    specialPlanProjectInvestmentArranged
    rules {
      ...RuleResultFields
    }
  }
`);

export const CountyEducationFigures = graphql(`
  fragment CountyEducationFigures on CountyEducation {
    year
    sample
    smallRuralSchoolsPlanned
    smallRuralSchoolsBuilt
    smallRuralSchoolsBuiltShare
    boardingSchoolsPlanned
    boardingSchoolsBuilt
    boardingSchoolsBuiltShare
    schoolConstructionFunds
    poorFamilyStudents
    poorFamilyStudentsSupported
    poorFamilyStudentsSupportedShare
    poorFamilyStudentAid
    poorFamilyCompulsoryStudents
    poorFamilyCompulsoryDropouts
    nutritionPilotCounty
    nutritionPilotStudents
    nutritionAwardApproved
    nutritionAwardAllocated
    nutritionAwardAllocatedShare
    rules {
      ...RuleResultFields
    }
  }
`);

export const CountyHealthFigures = graphql(`
  fragment CountyHealthFigures on CountyHealth {
    year
    sample
    townships
    townshipsWithStandardHealthCentre
    townshipHealthCentreCoverage
    administrativeVillages
    villagesWithStandardClinic
    villageClinicCoverage
    medicalAssistanceFunds
    stockPoorPopulation
    medicalAssistanceFundsPerStockPoorPerson
    rules {
      ...RuleResultFields
    }
  }
`);

export const CountyFinanceInsuranceFigures = graphql(`
  fragment CountyFinanceInsuranceFigures on CountyFinanceInsurance {
    year
    sample
    relendingRediscountDemand
    relendingRediscountGranted
    relendingRediscountDemandMetShare
    countyLoansIssued
    poorHouseholdsWithCreditDemand
    poorHouseholdsGrantedCredit
    poorHouseholdCreditDemandMetShare
    poorHouseholdLoansIssued
    poorHouseholdLoanBalance
    poorHouseholdLoanApprovalDays
    specialAgriculturalInsuranceProducts
    agriculturalInsuranceInsurableHouseholds
    agriculturalInsuranceInsuredHouseholds
    agriculturalInsuranceCoverageShare
    registeredPoorHouseholds
    fupinbaoInsuredHouseholds
    fupinbaoCoverageShare
    fupinbaoClaimsPaid
    rules {
      ...RuleResultFields
    }
  }
`);

/** The county page: who the county is, all six departments' figures for a year, and the catalogue's
 * names and units of every indicator. `peers` are the 60 non-poverty counties with tasks, whose rule
 * statuses give the provisional rank until the cross-department assessment publishes one. */
export const CountyPageQuery = graphql(`
  query CountyPage($code: ID!, $year: Int!) {
    county(code: $code) {
      code
      name
      kind
      povertyStatus
      povertyExitYear
      hasTasks
      code2018
      stockPoorVillages
      stockPoorPopulation
      prefecture {
        code
        name
      }
      finance(year: $year) {
        ...CountyFinanceFigures
      }
      transport(year: $year) {
        ...CountyTransportFigures
      }
      water(year: $year) {
        ...CountyWaterFigures
      }
      education(year: $year) {
        ...CountyEducationFigures
      }
      health(year: $year) {
        ...CountyHealthFigures
      }
      financeInsurance(year: $year) {
        ...CountyFinanceInsuranceFigures
      }
    }
    indicators {
      id
      name
      unit
    }
    peers: counties(hasTasks: true, povertyStatus: NONE) {
      code
      finance(year: $year) {
        rules {
          status
        }
      }
      transport(year: $year) {
        rules {
          status
        }
      }
      water(year: $year) {
        rules {
          status
        }
      }
      education(year: $year) {
        rules {
          status
        }
      }
      health(year: $year) {
        rules {
          status
        }
      }
      financeInsurance(year: $year) {
        rules {
          status
        }
      }
    }
  }
`);
