import { graphql } from '../../gql';

/** A measure as the document states it, with the catalogue's indicators and rules. */
export const MeasurePageQuery = graphql(`
  query MeasurePage($number: Int!) {
    measure(number: $number) {
      number
      text
      group {
        ordinal
        title
      }
      leadDepartments {
        id
        name
        subgraph
      }
      responsibleDepartments {
        id
        name
        subgraph
      }
      indicators {
        id
        name
        unit
        rollup
        published
        department {
          id
          name
          subgraph
        }
      }
      rules {
        id
        description
        comparison
        threshold
        comparedWithPreviousYear
        years
        indicator {
          id
          name
          unit
          department {
            name
            subgraph
          }
        }
      }
    }
    measures {
      number
    }
  }
`);

/**
 * How the 60 non-poverty counties with tasks stand on a measure's rules in one year: only the
 * views of the departments that own those rules are asked for (`@include`).
 */
export const MeasureStandingQuery = graphql(`
  query MeasureStanding(
    $year: Int!
    $finance: Boolean!
    $transport: Boolean!
    $water: Boolean!
    $education: Boolean!
    $health: Boolean!
    $financeInsurance: Boolean!
  ) {
    counties(hasTasks: true, povertyStatus: NONE) {
      code
      name
      finance(year: $year) @include(if: $finance) {
        sample
        rules {
          ...StandingRuleResult
        }
      }
      transport(year: $year) @include(if: $transport) {
        sample
        rules {
          ...StandingRuleResult
        }
      }
      water(year: $year) @include(if: $water) {
        sample
        rules {
          ...StandingRuleResult
        }
      }
      education(year: $year) @include(if: $education) {
        sample
        rules {
          ...StandingRuleResult
        }
      }
      health(year: $year) @include(if: $health) {
        sample
        rules {
          ...StandingRuleResult
        }
      }
      financeInsurance(year: $year) @include(if: $financeInsurance) {
        sample
        rules {
          ...StandingRuleResult
        }
      }
    }
  }

  fragment StandingRuleResult on RuleResult {
    status
    actual
    required
    gap
    rule {
      id
    }
  }
`);
