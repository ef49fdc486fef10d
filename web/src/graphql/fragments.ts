import { graphql } from '../gql';

/** One rule's result with what the dashboard needs to explain it. */
export const RuleResultFields = graphql(`
  fragment RuleResultFields on RuleResult {
    status
    actual
    required
    gap
    reason
    rule {
      id
      description
      comparison
      threshold
      comparedWithPreviousYear
      kind
      basis
      basisNote
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
