import { graphql } from '../../gql';

/**
 * The province overview: the document's targets, and every county with each department's rule
 * statuses for one year (what the map and the prefecture list are computed from until the
 * cross-department assessment publishes scores and ranks).
 */
export const ProvinceOverviewQuery = graphql(`
  query ProvinceOverview($year: Int!) {
    policy {
      title
      issuer
      issueDate
      targets {
        countiesWithTasks
        povertyCounties
        nonPovertyCounties
        stockPoorVillages
        stockPoorPopulation
        deadlineYear
      }
    }
    prefectures {
      code
      name
    }
    counties {
      code
      name
      povertyStatus
      hasTasks
      stockPoorVillages
      stockPoorPopulation
      prefecture {
        code
      }
      finance(year: $year) {
        sample
        rules {
          status
        }
      }
      transport(year: $year) {
        sample
        rules {
          status
        }
      }
      water(year: $year) {
        sample
        rules {
          status
        }
      }
      education(year: $year) {
        sample
        rules {
          status
        }
      }
      health(year: $year) {
        sample
        rules {
          status
        }
      }
      financeInsurance(year: $year) {
        sample
        rules {
          status
        }
      }
    }
  }
`);
