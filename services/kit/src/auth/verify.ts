import {
  decodeProtectedHeader,
  errors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
  type JWTVerifyOptions,
} from 'jose';
import { createLogger, type Logger } from '../logger.js';
import type { AuthConfig } from './config.js';
import { keysUnavailable, unauthenticated } from './errors.js';
import { principalFromClaims, type Principal } from './principal.js';

/**
 * Checks an `authorization` header: `null` when there is none, the principal of a good bearer
 * token, and a thrown `UNAUTHENTICATED` GraphQLError (with `extensions.reason`) for anything else.
 */
export type TokenVerifier = (authorization: string | undefined) => Promise<Principal | null>;

/** Clocks of the issuer and of this service may differ a little. */
const CLOCK_TOLERANCE_SECONDS = 30;
/** Far above any token of ours; refusing more spares the decoder a caller's megabytes. */
const MAX_TOKEN_LENGTH = 8192;
const BEARER = /^Bearer +(\S+) *$/i;

let warnedAboutDevelopmentSecret = false;

export function createTokenVerifier(config: AuthConfig, options: { log?: Logger } = {}): TokenVerifier {
  if (config.key.kind === 'secret' && config.key.development && !warnedAboutDevelopmentSecret) {
    warnedAboutDevelopmentSecret = true;
    (options.log ?? createLogger('auth')).warn(
      'tokens are checked with the published development secret: set AUTH_SECRET, AUTH_JWKS_FILE or ' +
        'AUTH_JWKS_URL anywhere but on a developer machine',
    );
  }
  const { key } = config;
  const verifyOptions: JWTVerifyOptions = {
    algorithms: [...config.algorithms],
    issuer: config.issuer,
    audience: config.audience,
    requiredClaims: ['sub', 'exp'],
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
  };

  return async (authorization) => {
    if (authorization === undefined || authorization.trim() === '') return null;
    const token = BEARER.exec(authorization)?.[1];
    if (token === undefined) {
      throw unauthenticated('NOT_BEARER', 'the authorization header must be "Bearer <token>"');
    }
    if (token.length > MAX_TOKEN_LENGTH) {
      throw unauthenticated('MALFORMED_TOKEN', `the bearer token is longer than ${MAX_TOKEN_LENGTH} characters`);
    }
    // Checked before jose and before any key is looked up, so that `alg: none` and algorithm
    // confusion (an HS256 token signed with a published RSA key) never reach a verifier.
    let alg: unknown;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw unauthenticated('MALFORMED_TOKEN', 'the bearer token is not a JWT');
    }
    if (typeof alg !== 'string' || !config.algorithms.includes(alg)) {
      throw unauthenticated(
        'ALGORITHM_NOT_ALLOWED',
        `tokens signed with ${JSON.stringify(alg ?? null)} are not accepted here, only ${config.algorithms.join(', ')}`,
      );
    }

    let payload: JWTPayload;
    try {
      payload =
        key.kind === 'secret'
          ? (await jwtVerify(token, key.secret, verifyOptions)).payload
          : await verifyWithKeySet(token, key.keys, verifyOptions);
    } catch (error) {
      throw refusal(error, config);
    }
    const principal = principalFromClaims(payload);
    if ('problem' in principal) {
      throw unauthenticated('INVALID_CLAIMS', `the token is not usable: ${principal.problem}`);
    }
    return principal;
  };
}

/** A token without `kid` may match several keys of a set: it is good if one of them verifies it. */
async function verifyWithKeySet(token: string, keys: JWTVerifyGetKey, options: JWTVerifyOptions): Promise<JWTPayload> {
  try {
    return (await jwtVerify(token, keys, options)).payload;
  } catch (error) {
    if (!(error instanceof errors.JWKSMultipleMatchingKeys)) throw error;
    for await (const candidate of error) {
      try {
        return (await jwtVerify(token, candidate, options)).payload;
      } catch (attempt) {
        if (!(attempt instanceof errors.JWSSignatureVerificationFailed)) throw attempt;
      }
    }
    throw new errors.JWSSignatureVerificationFailed();
  }
}

/** What jose threw, as a refusal the caller can act on; anything unforeseen is thrown as it was. */
function refusal(error: unknown, config: AuthConfig): unknown {
  const { key } = config;
  if (!(error instanceof errors.JOSEError)) {
    // A remote key set that cannot be fetched is not the caller's fault.
    if (key.kind === 'jwks' && error instanceof TypeError && /^https?:/.test(key.source)) {
      return keysUnavailable(`the signing keys could not be fetched from ${key.source}: ${error.message}`);
    }
    return error;
  }
  if (error instanceof errors.JWTExpired) {
    return unauthenticated('TOKEN_EXPIRED', `the token expired at ${timeOf(error.payload.exp)}: get a new one`);
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    const { claim, reason, payload } = error;
    if (reason === 'check_failed' && claim === 'nbf') {
      return unauthenticated('TOKEN_NOT_YET_VALID', `the token is not valid before ${timeOf(payload.nbf)}`);
    }
    if (reason === 'check_failed' && claim === 'iss') {
      return unauthenticated(
        'WRONG_ISSUER',
        `the token was issued by ${JSON.stringify(payload.iss)}, not by ${JSON.stringify(config.issuer)}`,
      );
    }
    if (reason === 'check_failed' && claim === 'aud') {
      return unauthenticated(
        'WRONG_AUDIENCE',
        `the token is meant for ${JSON.stringify(payload.aud)}, not for ${JSON.stringify(config.audience)}`,
      );
    }
    return unauthenticated('INVALID_CLAIMS', `the token is not usable: ${error.message}`);
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return unauthenticated(
      'BAD_SIGNATURE',
      'the token signature does not match: it was altered, or signed with another key',
    );
  }
  if (error instanceof errors.JWKSNoMatchingKey) {
    return unauthenticated(
      'UNKNOWN_KEY',
      `no key of ${key.kind === 'jwks' ? key.source : 'the key set'} matches the token`,
    );
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return unauthenticated('ALGORITHM_NOT_ALLOWED', `the token's algorithm is not accepted here: ${error.message}`);
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) {
    return unauthenticated('MALFORMED_TOKEN', `the bearer token is not a valid JWT: ${error.message}`);
  }
  // A timeout, an endpoint that answers no key set, an unusable key in the set.
  if (key.kind === 'jwks') {
    return keysUnavailable(`the signing keys of ${key.source} cannot be used: ${error.message}`);
  }
  return error;
}

function timeOf(seconds: unknown): string {
  return typeof seconds === 'number' ? new Date(seconds * 1000).toISOString() : 'an unknown time';
}
