import { graphql } from '../../gql';

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
 * the rule results), its assessment (`County.assessment(year)`: one county, so carrying the pool
 * of 60 for its rank is cheap), and the catalogue's names and units of every indicator.
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
    }
  }
`);
