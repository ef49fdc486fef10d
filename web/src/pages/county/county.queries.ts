import { graphql } from '../../gql';

/**
 * The county's assessment for the year: score, rank among the 60, rules met, every measure's
 * status, and the shortfalls with their figures and department; whether sample figures went into
 * the score (`sample`), and into each rule result (a measure's `rules { sample }`, which also
 * marks a shortfall's rule). A measure's `rules` are also asked for so that a department that did
 * not answer comes back as an error that names it (`DEPARTMENT_UNAVAILABLE`, with
 * `departmentName` and `measure`), the measure as UNAVAILABLE.
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
    sample
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
        sample
        rule {
          id
        }
      }
    }
    shortfalls {
      rule {
        id
        description
        comparison
        comparedWithPreviousYear
        kind
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

/**
 * The county page: who the county is, every department's figures for a year
 * (`CountyDepartmentFigures`, generated from schema/departments.json into
 * src/gql/departments.graphql.ts: one fragment per department view, each with every indicator and
 * where each comes from, the stock checks where the view has them, and the rule results), whether
 * the stock figures are sample (`stockSample`), its assessment (`County.assessment(year)`: one
 * county, so carrying the pool of 60 for its rank is cheap), and the catalogue's names and units
 * of every indicator, with the parts of the derived ones.
 */
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
      stockSample
      prefecture {
        code
        name
      }
      ...CountyDepartmentFigures
      assessment(year: $year) {
        ...CountyAssessmentFields
      }
    }
    indicators {
      id
      name
      unit
      published
      numerator {
        id
      }
      denominator {
        id
      }
    }
  }
`);
