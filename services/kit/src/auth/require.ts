import { GraphQLError } from 'graphql';
import type { Principal } from './principal.js';

/**
 * The principal, if it may publish for one of `departments`: throws `UNAUTHENTICATED` without a
 * token, `FORBIDDEN` for a reader or for a publisher of another department. For resolvers, so
 * the refusal is an ordinary GraphQL error of the operation (HTTP 200, as for any field error).
 */
export function requirePublisher(principal: Principal | null, departments: readonly string[]): Principal {
  if (principal === null) {
    throw new GraphQLError('publishing needs a publisher token: send "authorization: Bearer <token>"', {
      extensions: { code: 'UNAUTHENTICATED', reason: 'TOKEN_REQUIRED' },
    });
  }
  if (principal.role !== 'publisher') {
    throw new GraphQLError(
      `${principal.subject} is a ${principal.role} of ${principal.department}: publishing needs the publisher role`,
      { extensions: { code: 'FORBIDDEN', reason: 'NOT_A_PUBLISHER' } },
    );
  }
  if (!departments.includes(principal.department)) {
    throw new GraphQLError(
      `${principal.subject} publishes for ${principal.department}, not for ${departments.join(' or ')}`,
      { extensions: { code: 'FORBIDDEN', reason: 'WRONG_DEPARTMENT' } },
    );
  }
  return principal;
}
