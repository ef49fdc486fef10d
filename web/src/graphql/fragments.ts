import { graphql } from '../gql';

/**
 * One rule's result with what the dashboard needs to explain it: whether a sample figure went
 * into it (`sample`), and the rule's basis with the document's own words (`words`).
 */
export const RuleResultFields = graphql(`
  fragment RuleResultFields on RuleResult {
    status
    actual
    required
    gap
    reason
    sample
    rule {
      id
      description
      comparison
      threshold
      comparedWithPreviousYear
      kind
      basis
      basisNote
      words
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
