import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';

/**
 * The secret every service uses when none is configured, so that `npm start` and the README's
 * tokens work out of the box. Anyone can read it here: production sets `AUTH_SECRET` or a JWKS.
 */
export const DEVELOPMENT_AUTH_SECRET = 'fupin-graph-development-secret-not-for-production';

export const DEFAULT_ISSUER = 'fupin-graph';
export const DEFAULT_AUDIENCE = 'fupin-graph';

/** HS256 needs a key of at least the hash's 256 bits (RFC 7518 §3.2). */
const MIN_SECRET_BYTES = 32;

/** A shared HMAC secret (HS256): local use, or a deployment that mints its own tokens. */
export type SecretKey = { kind: 'secret'; secret: Uint8Array; development: boolean };
/** Public keys (RS256, ES256) of an identity provider, from a file or a URL. */
export type KeySet = { kind: 'jwks'; source: string; keys: JWTVerifyGetKey };
/** Where the keys that check a token's signature come from. */
export type AuthKey = SecretKey | KeySet;

export interface AuthConfig {
  key: AuthKey;
  /** The only signature algorithms accepted: HS256 for a secret, RS256 and ES256 for a JWKS. */
  algorithms: readonly string[];
  /** `iss` a token must carry. */
  issuer: string;
  /** `aud` a token must carry (one of them, if it lists several). */
  audience: string;
  /** When true, a request without a token is refused; by default reading needs none. */
  requiredForReads: boolean;
}

const SECRET_ALGORITHMS = ['HS256'] as const;
const JWKS_ALGORITHMS = ['RS256', 'ES256'] as const;

/**
 * Reads how tokens are checked from `env` (pass `process.env`); throws on a value it cannot use.
 *
 * - `AUTH_SECRET`: a shared HMAC secret (HS256), at least 32 characters;
 * - or `AUTH_JWKS_FILE`: a JWKS JSON file of public keys (RS256, ES256);
 * - or `AUTH_JWKS_URL`: an identity provider's JWKS endpoint (fetched, cached, refreshed);
 * - none of them: the development secret (refused when `NODE_ENV=production`);
 * - `AUTH_ISSUER`, `AUTH_AUDIENCE`: default `fupin-graph`;
 * - `AUTH_REQUIRED_FOR_READS`: `true` to refuse requests without a token (default false).
 */
export function loadAuthConfig(env: Readonly<Record<string, string | undefined>>): AuthConfig {
  const secret = nonEmpty(env.AUTH_SECRET);
  const jwksFile = nonEmpty(env.AUTH_JWKS_FILE);
  const jwksUrl = nonEmpty(env.AUTH_JWKS_URL);
  const configured = [secret && 'AUTH_SECRET', jwksFile && 'AUTH_JWKS_FILE', jwksUrl && 'AUTH_JWKS_URL'].filter(
    (name): name is string => Boolean(name),
  );
  if (configured.length > 1) {
    throw new Error(`set only one of AUTH_SECRET, AUTH_JWKS_FILE and AUTH_JWKS_URL, not ${configured.join(' and ')}`);
  }

  let key: AuthKey;
  if (secret !== undefined) key = secretKey(secret);
  else if (jwksFile !== undefined)
    key = { kind: 'jwks', source: jwksFile, keys: createLocalJWKSet(readJwksFile(jwksFile)) };
  else if (jwksUrl !== undefined)
    key = { kind: 'jwks', source: jwksUrl, keys: createRemoteJWKSet(jwksEndpoint(jwksUrl)) };
  else {
    if (env.NODE_ENV === 'production') {
      throw new Error(
        'NODE_ENV is production but no token key is set: set AUTH_SECRET, AUTH_JWKS_FILE or AUTH_JWKS_URL ' +
          '(the development secret is published in the source)',
      );
    }
    key = { kind: 'secret', secret: new TextEncoder().encode(DEVELOPMENT_AUTH_SECRET), development: true };
  }

  return {
    key,
    algorithms: key.kind === 'secret' ? SECRET_ALGORITHMS : JWKS_ALGORITHMS,
    issuer: nonEmpty(env.AUTH_ISSUER) ?? DEFAULT_ISSUER,
    audience: nonEmpty(env.AUTH_AUDIENCE) ?? DEFAULT_AUDIENCE,
    requiredForReads: flag('AUTH_REQUIRED_FOR_READS', env.AUTH_REQUIRED_FOR_READS),
  };
}

/** An HS256 key from a secret given in code or by `AUTH_SECRET`. */
export function secretKey(secret: string | Uint8Array): SecretKey {
  const bytes = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret;
  if (bytes.length < MIN_SECRET_BYTES) {
    throw new Error(
      `the HMAC secret (AUTH_SECRET) must be at least ${MIN_SECRET_BYTES} bytes long (HS256 needs a 256-bit key); ` +
        'make one with `openssl rand -base64 48`',
    );
  }
  return { kind: 'secret', secret: bytes, development: false };
}

function readJwksFile(path: string): JSONWebKeySet {
  let jwks: unknown;
  try {
    jwks = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`AUTH_JWKS_FILE ${path} cannot be read as JSON: ${(error as Error).message}`);
  }
  const keys = (jwks as { keys?: unknown })?.keys;
  if (!Array.isArray(keys) || keys.length === 0) {
    throw new Error(`AUTH_JWKS_FILE ${path} must be a JWKS: an object with a non-empty "keys" array`);
  }
  for (const [index, jwk] of keys.entries()) {
    const { kty, d, k } = (jwk ?? {}) as { kty?: unknown; d?: unknown; k?: unknown };
    if (kty !== 'RSA' && kty !== 'EC') {
      throw new Error(`AUTH_JWKS_FILE ${path}: key ${index} must be an RSA or EC public key, not kty ${String(kty)}`);
    }
    // A private key has no business on a verifying service; refusing it keeps it from spreading.
    if (d !== undefined || k !== undefined) {
      throw new Error(`AUTH_JWKS_FILE ${path}: key ${index} holds private key material; publish only public keys`);
    }
  }
  return jwks as JSONWebKeySet;
}

function jwksEndpoint(value: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'https:' && url?.protocol !== 'http:') {
    throw new Error(`AUTH_JWKS_URL must be an http(s) URL, not ${JSON.stringify(value)}`);
  }
  return url;
}

function flag(variable: string, value: string | undefined): boolean {
  const text = nonEmpty(value)?.toLowerCase();
  if (text === undefined || text === 'false' || text === '0' || text === 'no') return false;
  if (text === 'true' || text === '1' || text === 'yes') return true;
  throw new Error(`${variable} must be true or false, not ${JSON.stringify(value)}`);
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
