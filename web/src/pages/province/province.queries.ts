import { graphql } from '../../gql';

/**
 * The province overview from the catalog: the document's targets, the prefectures and all 103
 * counties (the map draws every one; `stockSample`: whether the stock is the sample split), and whether the departments' figures of the year are
 * sample data (`ProvinceDepartmentSamples`, generated from schema/departments.json: every
 * department's roll-up `sample`; a department that is down comes back null).
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
      stockSample
      prefecture {
        code
      }
    }
    province {
      ...ProvinceDepartmentSamples
    }
  }
`);

/**
 * The assessment of the year over the 60 non-poverty counties with tasks, ranked, with the
 * province's progress against 788 villages and 659,300 people at the end of each year up to it.
 * Whether sample figures went into the scores: the province's (`sample`) and each county's, rolled up
 * to its prefecture as `PrefectureAssessment.sample` is (any of its counties).
 * One request carries the pool of 60 once (`County.assessment` on every county would carry it 60
 * times); asked apart from the overview so that the rest of the page stands if it fails.
 */
export const ProvinceAssessmentQuery = graphql(`
  query ProvinceAssessment($year: Int!) {
    provinceAssessment(year: $year) {
      year
      meanScore
      shareOfRulesMet
      rulesAssessed
      rulesMet
      complete
      sample
      unavailableDepartments {
        id
        name
        subgraph
      }
      counties {
        score
        rank
        rankedAmong
        shareOfRulesMet
        rulesMet
        rulesAssessed
        sample
        county {
          code
        }
      }
      progress {
        year
        villagesExited
        villagesTarget
        villagesExitedShareOfTarget
        peopleLiftedOut
        peopleTarget
        peopleLiftedOutShareOfTarget
        sample
      }
    }
  }
`);
