import { graphql } from '../gql';

/** One rule's result with what the dashboard needs to explain it. */
export const RuleResultFields = graphql(`
  fragment RuleResultFields on RuleResult {
    status
    actual
    required
    gap
    rule {
      id
      description
      comparison
      threshold
      comparedWithPreviousYear
      indicator {
        id
        unit
      }
      measure {
        number
      }
    }
  }
`);
