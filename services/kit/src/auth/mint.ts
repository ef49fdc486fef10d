import { SignJWT } from 'jose';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, secretKey, type AuthConfig } from './config.js';
import { principalFromClaims, type Role } from './principal.js';

export interface TokenRequest {
  /** The person, e.g. `transport-officer`. */
  subject: string;
  /** A department id as the catalog names them, e.g. `transport`. */
  department: string;
  role: Role;
  /**
   * How long it is valid: a time span as jose reads it (`8h`, `30m`, `2 days`; `-1h` for one
   * already expired), or seconds from now. Default `8h`.
   */
  expiresIn?: string | number;
}

/**
 * A signed token (HS256) for development and tests: with the secret of an `AuthConfig` and its
 * issuer and audience, or with a bare secret and the default issuer and audience. A deployment
 * on a JWKS gets its tokens from its identity provider, never from here.
 */
export async function mintToken(key: AuthConfig | string | Uint8Array, request: TokenRequest): Promise<string> {
  const config = typeof key === 'string' || key instanceof Uint8Array ? undefined : key;
  if (config && config.key.kind !== 'secret') {
    throw new Error(
      `tokens for keys from ${config.key.source} come from their identity provider; mintToken needs a secret`,
    );
  }
  const secret = config?.key.kind === 'secret' ? config.key.secret : secretKey(key as string | Uint8Array).secret;
  const principal = principalFromClaims({ sub: request.subject, department: request.department, role: request.role });
  if ('problem' in principal) throw new Error(`cannot mint this token: ${principal.problem}`);

  const now = Math.floor(Date.now() / 1000);
  const expiresIn = request.expiresIn ?? '8h';
  const jwt = new SignJWT({ department: principal.department, role: principal.role })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(principal.subject)
    .setIssuer(config?.issuer ?? DEFAULT_ISSUER)
    .setAudience(config?.audience ?? DEFAULT_AUDIENCE)
    .setIssuedAt(now)
    .setNotBefore(now);
  try {
    jwt.setExpirationTime(typeof expiresIn === 'number' ? now + expiresIn : expiresIn);
  } catch {
    throw new Error(
      `expiresIn must be a time span such as "8h", "30m" or "2 days", or seconds, not ${JSON.stringify(expiresIn)}`,
    );
  }
  return jwt.sign(secret);
}
