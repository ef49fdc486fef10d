import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * Why a request's credentials were refused: `extensions.reason` of an `UNAUTHENTICATED` error.
 * Stable, so a client may act on it (e.g. ask for a new token on `TOKEN_EXPIRED`).
 */
export type UnauthenticatedReason =
  /** No token, where one is needed (`AUTH_REQUIRED_FOR_READS`, or publishing). */
  | 'TOKEN_REQUIRED'
  /** An `authorization` header that is not `Bearer <token>`. */
  | 'NOT_BEARER'
  /** Not a signed JWT at all: wrong number of parts, bad base64 or JSON, unsupported headers. */
  | 'MALFORMED_TOKEN'
  /** Signed with an algorithm this service does not accept (`none`, RS256 where HS256 is pinned, …). */
  | 'ALGORITHM_NOT_ALLOWED'
  /** The signature does not match: another key, or the token was altered after signing. */
  | 'BAD_SIGNATURE'
  /** Its `kid` names no key of the configured key set. */
  | 'UNKNOWN_KEY'
  | 'TOKEN_EXPIRED'
  | 'TOKEN_NOT_YET_VALID'
  | 'WRONG_ISSUER'
  | 'WRONG_AUDIENCE'
  /** A claim missing or of the wrong shape: `sub`, `department`, `role`, `exp`, … */
  | 'INVALID_CLAIMS';

/**
 * The refusal of a request's credentials. Thrown while a service builds the request's context,
 * it makes Apollo answer HTTP 401 with this one error and execute nothing.
 */
export function unauthenticated(reason: UnauthenticatedReason, message: string): GraphQLError {
  // RFC 6750 §3.1: no `error` attribute when the request simply carried no credentials.
  const challenge =
    reason === 'TOKEN_REQUIRED' ? 'Bearer realm="fupin-graph"' : 'Bearer realm="fupin-graph", error="invalid_token"';
  return new GraphQLError(message, {
    extensions: {
      code: 'UNAUTHENTICATED',
      reason,
      http: { status: 401, headers: new HeaderMap([['www-authenticate', challenge]]) },
    },
  });
}

/** The token may be fine, but the keys to check it could not be fetched (remote JWKS down). */
export function keysUnavailable(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'KEYS_UNAVAILABLE', http: { status: 503 } },
  });
}
