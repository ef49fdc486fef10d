import type { Logger } from '../logger.js';
import type { AuthConfig } from './config.js';
import { unauthenticated } from './errors.js';
import type { Principal } from './principal.js';
import { createTokenVerifier } from './verify.js';

/** The caller of one request, from its `authorization` header; throws to refuse the request. */
export type Authenticator = (authorization: string | undefined) => Promise<Principal | null>;

/**
 * What a service (a subgraph, the gateway) runs while it builds a request's context: the token
 * verifier, and the refusal of a request without a token when `requiredForReads` says so.
 */
export function createAuthenticator(config: AuthConfig, options: { log?: Logger } = {}): Authenticator {
  const verify = createTokenVerifier(config, options);
  return async (authorization) => {
    const principal = await verify(authorization);
    if (principal === null && config.requiredForReads) {
      throw unauthenticated(
        'TOKEN_REQUIRED',
        'this graph answers only requests with a token: send "authorization: Bearer <token>"',
      );
    }
    return principal;
  };
}
