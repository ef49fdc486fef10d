import { GraphQLError, type ASTVisitor, type FloatValueNode, type IntValueNode, type ValidationContext } from 'graphql';

/**
 * Refuses a number literal too large for a double (`1e309`) at validation, before anything runs.
 * graphql-js reads it as `Infinity` and lets it through as a Float argument, where it would
 * reach a resolver, a row of the database or the answer (which cannot serialise it). As a
 * variable it is already refused (`BAD_USER_INPUT`), since Float's input coercion checks it; a
 * literal in the query text is refused by this rule, and `createErrorFormatter` gives it the same
 * code, `BAD_USER_INPUT` (Apollo labels every validation error GRAPHQL_VALIDATION_FAILED, keeping
 * the rule's other extensions: `reason` says which it was).
 */
export const NON_FINITE_NUMBER = 'NON_FINITE_NUMBER';

export function finiteNumberLiterals(context: ValidationContext): ASTVisitor {
  const check = (node: IntValueNode | FloatValueNode) => {
    if (!Number.isFinite(Number(node.value))) {
      const shown = node.value.length > 40 ? `${node.value.slice(0, 37)}...` : node.value;
      context.reportError(
        new GraphQLError(`${shown} is not a finite number: it is larger than a Float can hold`, {
          nodes: node,
          extensions: { reason: NON_FINITE_NUMBER, literal: shown },
        }),
      );
    }
  };
  // A run of 400 digits is an IntValue, and a Float argument takes it too.
  return { IntValue: check, FloatValue: check };
}
