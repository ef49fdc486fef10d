import { GraphQLError } from 'graphql';
import type { RowError } from './validate.js';

/** A refusal: GraphQL error codes that clients can rely on. */
export function refusal(
  code: string,
  message: string,
  rowErrors: RowError[] = [],
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, ...extensions, ...(rowErrors.length > 0 ? { rowErrors } : {}) },
  });
}
