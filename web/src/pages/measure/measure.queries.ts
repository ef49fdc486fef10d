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
        kind
        basis
        basisNote
        words
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
 * How the 60 non-poverty counties with tasks stand on a measure's rules in one year:
 * `MeasureStanding`, generated from schema/departments.json (it names every department's view,
 * each asked for only when its `@include` variable is true), with this page's fragment of a
 * rule's result.
 */
export { MeasureStandingQuery } from '../../gql/departments.graphql';

/** What the standing chart needs of each county's result on a rule. */
export const StandingRuleResult = graphql(`
  fragment StandingRuleResult on RuleResult {
    status
    actual
    required
    gap
    reason
    rule {
      id
    }
  }
`);
