import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEVELOPMENT_AUTH_SECRET, loadAuthConfig } from '../auth/index.js';
import type { Logger } from '../logger.js';

const SECRET = 'a-test-secret-of-forty-characters-or-so!';

describe('loadAuthConfig', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'fupin-auth-config-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  async function file(name: string, content: unknown): Promise<string> {
    const location = path.join(dir, name);
    await writeFile(location, typeof content === 'string' ? content : JSON.stringify(content));
    return location;
  }

  it('falls back to the development secret, HS256 only, issuer and audience fupin-graph, reads open', () => {
    const config = loadAuthConfig({});
    expect(config).toEqual({
      key: { kind: 'secret', secret: new TextEncoder().encode(DEVELOPMENT_AUTH_SECRET), development: true },
      algorithms: ['HS256'],
      issuer: 'fupin-graph',
      audience: 'fupin-graph',
      requiredForReads: false,
    });
    expect(loadAuthConfig({ AUTH_SECRET: ' ', AUTH_ISSUER: '', AUTH_REQUIRED_FOR_READS: '' })).toEqual(config);
  });

  it('refuses to fall back to the development secret when NODE_ENV is production', () => {
    expect(() => loadAuthConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET, AUTH_JWKS_FILE or AUTH_JWKS_URL/);
    expect(loadAuthConfig({ NODE_ENV: 'production', AUTH_SECRET: SECRET }).key).toMatchObject({ development: false });
  });

  it('takes a shared secret from AUTH_SECRET, and refuses one shorter than HS256 needs', () => {
    expect(loadAuthConfig({ AUTH_SECRET: SECRET }).key).toEqual({
      kind: 'secret',
      secret: new TextEncoder().encode(SECRET),
      development: false,
    });
    expect(() => loadAuthConfig({ AUTH_SECRET: 'changeme' })).toThrow(/at least 32 bytes/);
  });

  it('takes the issuer, the audience and whether reads need a token from the environment', () => {
    const config = loadAuthConfig({
      AUTH_ISSUER: 'https://idp.example',
      AUTH_AUDIENCE: 'fupin',
      AUTH_REQUIRED_FOR_READS: 'true',
    });
    expect(config).toMatchObject({ issuer: 'https://idp.example', audience: 'fupin', requiredForReads: true });
    for (const yes of ['true', 'TRUE', '1', 'yes']) {
      expect(loadAuthConfig({ AUTH_REQUIRED_FOR_READS: yes }).requiredForReads).toBe(true);
    }
    for (const no of ['false', '0', 'no', '']) {
      expect(loadAuthConfig({ AUTH_REQUIRED_FOR_READS: no }).requiredForReads).toBe(false);
    }
    expect(() => loadAuthConfig({ AUTH_REQUIRED_FOR_READS: 'sometimes' })).toThrow(/AUTH_REQUIRED_FOR_READS/);
  });

  it('reads public keys from AUTH_JWKS_FILE and pins RS256 and ES256', async () => {
    const { publicKey } = await generateKeyPair('RS256');
    const jwks = await file('keys.json', { keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' }] });

    const config = loadAuthConfig({ AUTH_JWKS_FILE: jwks });

    expect(config.key).toMatchObject({ kind: 'jwks', source: jwks });
    expect(config.algorithms).toEqual(['RS256', 'ES256']);
  });

  it('refuses a JWKS file that is missing, not JSON, empty, symmetric or holds a private key', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const cases: [string, unknown, RegExp][] = [
      ['not-json.json', 'keys: none', /cannot be read as JSON/],
      ['empty.json', { keys: [] }, /non-empty "keys" array/],
      ['symmetric.json', { keys: [{ kty: 'oct', k: 'c2VjcmV0' }] }, /RSA or EC public key/],
      ['private.json', { keys: [await exportJWK(privateKey)] }, /private key material/],
    ];
    for (const [name, content, message] of cases) {
      const location = await file(name, content);
      expect(() => loadAuthConfig({ AUTH_JWKS_FILE: location }), name).toThrow(message);
    }
    expect(() => loadAuthConfig({ AUTH_JWKS_FILE: path.join(dir, 'nowhere.json') })).toThrow(/AUTH_JWKS_FILE/);
  });

  it('takes a remote key set from AUTH_JWKS_URL without fetching it yet', () => {
    const config = loadAuthConfig({ AUTH_JWKS_URL: 'https://idp.example/.well-known/jwks.json' });
    expect(config.key).toMatchObject({ kind: 'jwks', source: 'https://idp.example/.well-known/jwks.json' });
    expect(config.algorithms).toEqual(['RS256', 'ES256']);
    expect(() => loadAuthConfig({ AUTH_JWKS_URL: 'idp.example/jwks' })).toThrow(/AUTH_JWKS_URL/);
    expect(() => loadAuthConfig({ AUTH_JWKS_URL: 'ftp://idp.example/jwks' })).toThrow(/AUTH_JWKS_URL/);
  });

  it('refuses more than one source of keys', () => {
    expect(() => loadAuthConfig({ AUTH_SECRET: SECRET, AUTH_JWKS_URL: 'https://idp.example/jwks' })).toThrow(
      /only one of .* not AUTH_SECRET and AUTH_JWKS_URL/,
    );
  });
});

describe('the development secret', () => {
  it('is warned about once per process, however many services check tokens with it', async () => {
    vi.resetModules();
    const { createTokenVerifier } = await import('../auth/verify.js');
    const warn = vi.fn();
    const log = { warn } as unknown as Logger;

    createTokenVerifier(loadAuthConfig({}), { log });
    createTokenVerifier(loadAuthConfig({}), { log });
    createTokenVerifier(loadAuthConfig({ AUTH_SECRET: SECRET }), { log });

    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/development secret.*AUTH_SECRET/);
  });
});
