import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import {
  CompactSign,
  exportJWK,
  exportSPKI,
  generateKeyPair,
  SignJWT,
  type CryptoKey,
  type JWK,
  type JWTPayload,
} from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAuthenticator,
  createTokenVerifier,
  DEVELOPMENT_AUTH_SECRET,
  loadAuthConfig,
  mintToken,
  type TokenVerifier,
} from '../auth/index.js';

// Every bad token here is made for real with jose (or, where jose refuses to make one, by hand)
// and refused by a verifier configured as a service would be.

const SECRET = 'a-test-secret-of-forty-characters-or-so!';
const OTHER_SECRET = 'another-secret-also-long-enough-for-hs256';
const secretBytes = (secret: string) => new TextEncoder().encode(secret);
const now = () => Math.floor(Date.now() / 1000);
const HOUR = 3600;

/** The claims of a good token for the default issuer and audience; override any of them. */
function claims(overrides: Record<string, unknown> = {}): JWTPayload {
  const t = now();
  const all: Record<string, unknown> = {
    sub: 'transport-officer',
    department: 'transport',
    role: 'publisher',
    iss: 'fupin-graph',
    aud: 'fupin-graph',
    iat: t,
    nbf: t,
    exp: t + HOUR,
    ...overrides,
  };
  return Object.fromEntries(Object.entries(all).filter(([, value]) => value !== undefined)) as JWTPayload;
}

function sign(
  payload: JWTPayload,
  key: CryptoKey | Uint8Array = secretBytes(SECRET),
  header: { alg: string; kid?: string } = { alg: 'HS256' },
): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ typ: 'JWT', ...header }).sign(key);
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** What the verifier threw, as a caller sees it. */
async function refusal(verify: TokenVerifier, authorization: string) {
  const error = await verify(authorization).then(
    (principal) => ({ unexpectedly: principal }),
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(GraphQLError);
  const { extensions, message } = error as GraphQLError;
  return { code: extensions.code, reason: extensions.reason, message };
}

describe('a verifier with a shared secret (HS256)', () => {
  const config = loadAuthConfig({ AUTH_SECRET: SECRET });
  const verify = createTokenVerifier(config);

  it('finds nobody when there is no authorization header', async () => {
    expect(await verify(undefined)).toBeNull();
    expect(await verify('')).toBeNull();
  });

  it('turns a good token into its principal', async () => {
    const token = await sign(claims());
    expect(await verify(`Bearer ${token}`)).toEqual({
      subject: 'transport-officer',
      department: 'transport',
      role: 'publisher',
    });
    // The scheme is case-insensitive (RFC 7235); `aud` may be a list that names us.
    expect(await verify(`bearer ${await sign(claims({ aud: ['other', 'fupin-graph'], role: 'reader' }))}`)).toEqual({
      subject: 'transport-officer',
      department: 'transport',
      role: 'reader',
    });
  });

  it('accepts what mintToken makes, with the config or with the bare secret', async () => {
    const principal = { subject: 'water-officer', department: 'water', role: 'reader' } as const;
    expect(await verify(`Bearer ${await mintToken(config, { ...principal, expiresIn: '5m' })}`)).toEqual(principal);
    expect(await verify(`Bearer ${await mintToken(SECRET, principal)}`)).toEqual(principal);
  });

  const refused: [string, () => Promise<string>, string, RegExp][] = [
    [
      'alg none (unsigned)',
      async () => `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims())}.`,
      'ALGORITHM_NOT_ALLOWED',
      /"none".*only HS256/,
    ],
    [
      'alg none with a signature part',
      async () => `${base64url({ alg: 'none' })}.${base64url(claims())}.${(await sign(claims())).split('.')[2]}`,
      'ALGORITHM_NOT_ALLOWED',
      /"none"/,
    ],
    [
      'no alg at all',
      async () => `${base64url({ typ: 'JWT' })}.${base64url(claims())}.c2ln`,
      'ALGORITHM_NOT_ALLOWED',
      /null/,
    ],
    [
      'HS384 with the right secret',
      () => sign(claims(), secretBytes(SECRET), { alg: 'HS384' }),
      'ALGORITHM_NOT_ALLOWED',
      /HS384/,
    ],
    [
      'RS256 when HS256 is pinned',
      async () => sign(claims(), (await generateKeyPair('RS256')).privateKey, { alg: 'RS256' }),
      'ALGORITHM_NOT_ALLOWED',
      /RS256/,
    ],
    [
      'expired',
      () => sign(claims({ iat: now() - 3 * HOUR, nbf: now() - 3 * HOUR, exp: now() - HOUR })),
      'TOKEN_EXPIRED',
      /expired at/,
    ],
    [
      'not valid yet (nbf in the future)',
      () => sign(claims({ nbf: now() + HOUR, exp: now() + 2 * HOUR })),
      'TOKEN_NOT_YET_VALID',
      /not valid before/,
    ],
    [
      'from another issuer',
      () => sign(claims({ iss: 'someone-else' })),
      'WRONG_ISSUER',
      /"someone-else", not by "fupin-graph"/,
    ],
    [
      'for another audience',
      () => sign(claims({ aud: 'another-api' })),
      'WRONG_AUDIENCE',
      /"another-api", not for "fupin-graph"/,
    ],
    [
      'signed with another secret',
      () => sign(claims(), secretBytes(OTHER_SECRET)),
      'BAD_SIGNATURE',
      /altered, or signed with another key/,
    ],
    [
      'tampered with after signing (a reader made publisher for finance)',
      async () => {
        const [header, , signature] = (await sign(claims({ role: 'reader' }))).split('.');
        return `${header}.${base64url(claims({ role: 'publisher', department: 'finance' }))}.${signature}`;
      },
      'BAD_SIGNATURE',
      /altered/,
    ],
    ['garbage', async () => 'not-a-token', 'MALFORMED_TOKEN', /not a JWT/],
    ['three parts of garbage', async () => 'a.b.c', 'MALFORMED_TOKEN', /not a JWT/],
    [
      'a signed payload that is not a claims set',
      () => new CompactSign(secretBytes('just text')).setProtectedHeader({ alg: 'HS256' }).sign(secretBytes(SECRET)),
      'MALFORMED_TOKEN',
      /not a valid JWT/,
    ],
    ['huge', async () => `${'a'.repeat(9000)}.b.c`, 'MALFORMED_TOKEN', /longer than/],
    [
      'an unknown role',
      () => sign(claims({ role: 'admin' })),
      'INVALID_CLAIMS',
      /"role" claim must be publisher or reader, not "admin"/,
    ],
    [
      'no department',
      () => sign(claims({ department: undefined })),
      'INVALID_CLAIMS',
      /"department" claim .* not missing/,
    ],
    [
      'a department that is no id',
      () => sign(claims({ department: '交通运输厅' })),
      'INVALID_CLAIMS',
      /"department" claim/,
    ],
    ['no subject', () => sign(claims({ sub: undefined })), 'INVALID_CLAIMS', /"sub"/],
    ['no expiry', () => sign(claims({ exp: undefined })), 'INVALID_CLAIMS', /"exp"/],
    [
      'an expiry that is no number',
      () => sign(claims({ exp: 'tomorrow' })),
      'INVALID_CLAIMS',
      /"exp" claim must be a number/,
    ],
    ['no issuer', () => sign(claims({ iss: undefined })), 'INVALID_CLAIMS', /"iss"/],
  ];

  it.each(refused)('refuses a token that is %s', async (_case, make, reason, message) => {
    const refused = await refusal(verify, `Bearer ${await make()}`);
    expect(refused).toMatchObject({ code: 'UNAUTHENTICATED', reason });
    expect(refused.message).toMatch(message);
  });

  it.each(['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer  ', 'Token abc.def.ghi', 'Bearer a.b.c extra'])(
    'refuses an authorization header that is not "Bearer <token>": %s',
    async (header) => {
      expect(await refusal(verify, header)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'NOT_BEARER' });
    },
  );

  it('refuses a raw token without the Bearer scheme', async () => {
    expect(await refusal(verify, await sign(claims()))).toMatchObject({ reason: 'NOT_BEARER' });
  });

  it('answers a refusal with HTTP 401 and a Bearer challenge', async () => {
    const error = await verify('Bearer a.b.c').catch((thrown: GraphQLError) => thrown);
    const http = (error as GraphQLError).extensions.http as { status: number; headers: HeaderMap };
    expect(http.status).toBe(401);
    expect(http.headers.get('www-authenticate')).toBe('Bearer realm="fupin-graph", error="invalid_token"');
  });

  it('checks the issuer and audience it is configured with', async () => {
    const custom = createTokenVerifier(
      loadAuthConfig({ AUTH_SECRET: SECRET, AUTH_ISSUER: 'hubei-idp', AUTH_AUDIENCE: 'fupin' }),
    );
    const token = await sign(claims({ iss: 'hubei-idp', aud: 'fupin' }));
    expect(await custom(`Bearer ${token}`)).toMatchObject({ subject: 'transport-officer' });
    expect(await refusal(custom, `Bearer ${await sign(claims())}`)).toMatchObject({ reason: 'WRONG_ISSUER' });
  });

  it('refuses the development secret once AUTH_SECRET is set, and the other way round', async () => {
    const devToken = await mintToken(DEVELOPMENT_AUTH_SECRET, { subject: 'x', department: 'water', role: 'reader' });
    expect(await refusal(verify, `Bearer ${devToken}`)).toMatchObject({ reason: 'BAD_SIGNATURE' });
    const devVerify = createTokenVerifier(loadAuthConfig({}));
    expect(await devVerify(`Bearer ${devToken}`)).toMatchObject({ department: 'water' });
    expect(await refusal(devVerify, `Bearer ${await sign(claims())}`)).toMatchObject({ reason: 'BAD_SIGNATURE' });
  });
});

describe('an authenticator', () => {
  it('lets a request without a token through by default', async () => {
    expect(await createAuthenticator(loadAuthConfig({ AUTH_SECRET: SECRET }))(undefined)).toBeNull();
  });

  it('refuses a request without a token when AUTH_REQUIRED_FOR_READS is true', async () => {
    const authenticate = createAuthenticator(loadAuthConfig({ AUTH_SECRET: SECRET, AUTH_REQUIRED_FOR_READS: 'true' }));
    const error = (await authenticate(undefined).catch((thrown: unknown) => thrown)) as GraphQLError;
    expect(error.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_REQUIRED' });
    expect((error.extensions.http as { headers: HeaderMap }).headers.get('www-authenticate')).toBe(
      'Bearer realm="fupin-graph"',
    );
    expect(await authenticate(`Bearer ${await sign(claims())}`)).toMatchObject({ subject: 'transport-officer' });
  });
});

describe('a verifier with public keys from a JWKS file (RS256, ES256)', () => {
  let dir: string;
  let rsa: { privateKey: CryptoKey; publicKey: CryptoKey };
  let ec: { privateKey: CryptoKey; publicKey: CryptoKey };
  let verify: TokenVerifier;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'fupin-jwks-'));
    rsa = await generateKeyPair('RS256');
    ec = await generateKeyPair('ES256');
    const keys: JWK[] = [
      { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-2018', alg: 'RS256', use: 'sig' },
      { ...(await exportJWK(ec.publicKey)), kid: 'ec-2018', alg: 'ES256', use: 'sig' },
    ];
    const file = path.join(dir, 'jwks.json');
    await writeFile(file, JSON.stringify({ keys }));
    verify = createTokenVerifier(loadAuthConfig({ AUTH_JWKS_FILE: file }));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('accepts a token signed with the RSA key (RS256) or the EC key (ES256)', async () => {
    const rs = await sign(claims(), rsa.privateKey, { alg: 'RS256', kid: 'rsa-2018' });
    const es = await sign(claims({ department: 'pboc-wuhan', role: 'reader' }), ec.privateKey, {
      alg: 'ES256',
      kid: 'ec-2018',
    });
    expect(await verify(`Bearer ${rs}`)).toEqual({
      subject: 'transport-officer',
      department: 'transport',
      role: 'publisher',
    });
    expect(await verify(`Bearer ${es}`)).toEqual({
      subject: 'transport-officer',
      department: 'pboc-wuhan',
      role: 'reader',
    });
  });

  it('refuses a token signed by another key under a known kid', async () => {
    const stranger = await generateKeyPair('RS256');
    const token = await sign(claims(), stranger.privateKey, { alg: 'RS256', kid: 'rsa-2018' });
    expect(await refusal(verify, `Bearer ${token}`)).toMatchObject({ reason: 'BAD_SIGNATURE' });
  });

  it('refuses a token whose kid names no key of the set', async () => {
    const token = await sign(claims(), rsa.privateKey, { alg: 'RS256', kid: 'rsa-2030' });
    expect(await refusal(verify, `Bearer ${token}`)).toMatchObject({ reason: 'UNKNOWN_KEY' });
  });

  it('refuses HS256 signed with the public key (algorithm confusion), and RS384', async () => {
    const publicPem = secretBytes(await exportSPKI(rsa.publicKey));
    const confused = await sign(claims(), publicPem, { alg: 'HS256', kid: 'rsa-2018' });
    expect(await refusal(verify, `Bearer ${confused}`)).toMatchObject({ reason: 'ALGORITHM_NOT_ALLOWED' });
    const rs384 = await sign(claims(), (await generateKeyPair('RS384')).privateKey, { alg: 'RS384', kid: 'rsa-2018' });
    expect(await refusal(verify, `Bearer ${rs384}`)).toMatchObject({ reason: 'ALGORITHM_NOT_ALLOWED' });
  });

  it('still refuses an expired token or one for another audience', async () => {
    const expired = await sign(claims({ exp: now() - HOUR }), rsa.privateKey, { alg: 'RS256', kid: 'rsa-2018' });
    const elsewhere = await sign(claims({ aud: 'x' }), ec.privateKey, { alg: 'ES256', kid: 'ec-2018' });
    expect(await refusal(verify, `Bearer ${expired}`)).toMatchObject({ reason: 'TOKEN_EXPIRED' });
    expect(await refusal(verify, `Bearer ${elsewhere}`)).toMatchObject({ reason: 'WRONG_AUDIENCE' });
  });

  it('tries every matching key when the token names none (key rotation without kid)', async () => {
    const next = await generateKeyPair('RS256');
    const keys = [await exportJWK(rsa.publicKey), await exportJWK(next.publicKey)];
    const file = path.join(dir, 'rotation.json');
    await writeFile(file, JSON.stringify({ keys }));
    const rotating = createTokenVerifier(loadAuthConfig({ AUTH_JWKS_FILE: file }));

    expect(await rotating(`Bearer ${await sign(claims(), next.privateKey, { alg: 'RS256' })}`)).toMatchObject({
      department: 'transport',
    });
    const stranger = await generateKeyPair('RS256');
    const refused = await refusal(rotating, `Bearer ${await sign(claims(), stranger.privateKey, { alg: 'RS256' })}`);
    expect(refused).toMatchObject({ reason: 'BAD_SIGNATURE' });
  });

  it('cannot mint tokens: they come from the identity provider', async () => {
    const config = loadAuthConfig({ AUTH_JWKS_FILE: path.join(dir, 'jwks.json') });
    await expect(mintToken(config, { subject: 'x', department: 'water', role: 'reader' })).rejects.toThrow(
      /identity provider/,
    );
  });
});

describe('a verifier with a remote JWKS (AUTH_JWKS_URL)', () => {
  let server: Server;
  let url: string;
  let ec: { privateKey: CryptoKey; publicKey: CryptoKey };
  let fetches = 0;

  beforeAll(async () => {
    ec = await generateKeyPair('ES256');
    const body = JSON.stringify({ keys: [{ ...(await exportJWK(ec.publicKey)), kid: 'ec', alg: 'ES256' }] });
    server = createServer((_req, res) => {
      fetches += 1;
      res.setHeader('content-type', 'application/json');
      res.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('fetches the key set once and verifies tokens with it', async () => {
    const verify = createTokenVerifier(loadAuthConfig({ AUTH_JWKS_URL: url }));
    const token = await sign(claims(), ec.privateKey, { alg: 'ES256', kid: 'ec' });
    expect(await verify(`Bearer ${token}`)).toMatchObject({ subject: 'transport-officer' });
    expect(await verify(`Bearer ${token}`)).toMatchObject({ subject: 'transport-officer' });
    expect(fetches).toBe(1);
  });

  it('answers 503 KEYS_UNAVAILABLE, not a verdict on the token, when the key set cannot be fetched', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const verify = createTokenVerifier(loadAuthConfig({ AUTH_JWKS_URL: `http://127.0.0.1:${port}/jwks.json` }));

    const token = await sign(claims(), ec.privateKey, { alg: 'ES256', kid: 'ec' });
    const error = (await verify(`Bearer ${token}`).catch((thrown: unknown) => thrown)) as GraphQLError;

    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      reason: 'KEYS_UNAVAILABLE',
      http: { status: 503 },
    });
  });
});

describe('mintToken', () => {
  it('signs HS256 with iss, aud, iat, nbf and exp', async () => {
    const token = await mintToken(SECRET, {
      subject: 'health-officer',
      department: 'health',
      role: 'publisher',
      expiresIn: 600,
    });
    const [header, payload] = token
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part!, 'base64url').toString()));
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(payload).toMatchObject({
      sub: 'health-officer',
      department: 'health',
      role: 'publisher',
      iss: 'fupin-graph',
      aud: 'fupin-graph',
    });
    expect(payload.exp - payload.iat).toBe(600);
    expect(payload.nbf).toBe(payload.iat);
  });

  it('refuses to mint what no verifier would accept', async () => {
    await expect(mintToken(SECRET, { subject: 'x', department: 'water', role: 'admin' as 'reader' })).rejects.toThrow(
      /"role"/,
    );
    await expect(mintToken(SECRET, { subject: '', department: 'water', role: 'reader' })).rejects.toThrow(/"sub"/);
    await expect(mintToken(SECRET, { subject: 'x', department: 'Water', role: 'reader' })).rejects.toThrow(
      /"department"/,
    );
    await expect(
      mintToken(SECRET, { subject: 'x', department: 'water', role: 'reader', expiresIn: 'soon' }),
    ).rejects.toThrow(/expiresIn/);
    await expect(mintToken('short', { subject: 'x', department: 'water', role: 'reader' })).rejects.toThrow(/32 bytes/);
  });
});
