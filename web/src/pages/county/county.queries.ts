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

/**
 * The county's assessment for the year: score, rank among the 60, rules met, every measure's
 * status, and the shortfalls with their figures and department. A measure's `rules` are asked
 * for so that a department that did not answer comes back as an error that names it
 * (`DEPARTMENT_UNAVAILABLE`, with `departmentName` and `measure`), the measure as UNAVAILABLE.
 */
export const CountyAssessmentFields = graphql(`
  fragment CountyAssessmentFields on Assessment {
    score
    rank
    rankedAmong
    shareOfRulesMet
    rulesAssessed
    rulesMet
    rulesNotMet
    rulesNoData
    complete
    unavailableDepartments {
      id
      name
      subgraph
    }
    measures {
      measure {
        number
      }
      department {
        id
        name
      }
      status
      score
      rulesApplicable
      rulesMet
      rules {
        status
      }
    }
    shortfalls {
      rule {
        id
        description
        comparison
        comparedWithPreviousYear
        indicator {
          id
          name
          unit
        }
      }
      measure {
        number
      }
      department {
        id
        name
      }
      status
      actual
      required
      gap
      unit
    }
  }
`);

/** The county page: who the county is, all six departments' figures for a year, its assessment
 * (`County.assessment(year)`: one county, so carrying the pool of 60 for its rank is cheap), and
 * the catalogue's names and units of every indicator. */
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
      assessment(year: $year) {
        ...CountyAssessmentFields
      }
    }
    indicators {
      id
      name
      unit
    }
  }
`);
