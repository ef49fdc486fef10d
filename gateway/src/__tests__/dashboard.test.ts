import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger, type Listening } from '@fupin/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGatewayConfig } from '../config.js';
import { createGateway, type Gateway } from '../gateway.js';
import { resolveSubgraphUrls } from '../supergraph.js';
import { startFixtureFederation, type FixtureFederation } from './fixtures/federation.js';

const INDEX =
  '<!doctype html><title>看板</title><script type="module" src="/dashboard/assets/index-abc123.js"></script>';

describe('the dashboard at /dashboard/', () => {
  let federation: FixtureFederation;
  let gateway: Gateway;
  let listening: Listening;
  const dist = mkdtempSync(path.join(tmpdir(), 'dashboard-dist-'));

  beforeAll(async () => {
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), INDEX);
    writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log("看板")');
    writeFileSync(path.join(dist, '..', `${path.basename(dist)}-secret.txt`), 'not for the web');
    federation = await startFixtureFederation();
    const config = loadGatewayConfig(federation.env);
    gateway = createGateway({
      supergraphSdl: federation.supergraphSdl,
      subgraphUrls: resolveSubgraphUrls(federation.supergraphSdl, config.subgraphUrlOverrides),
      log: createLogger('gateway', 'silent'),
      dashboardDir: dist,
      persistedOperations: null,
    });
    await gateway.start();
    listening = await gateway.listen(0);
  });

  afterAll(async () => {
    await gateway?.stop();
    await federation?.stop();
    rmSync(dist, { recursive: true, force: true });
    rmSync(`${dist}-secret.txt`, { force: true });
  });

  it('serves index.html at /dashboard/, revalidated on every load', async () => {
    const response = await fetch(`${listening.url}/dashboard/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe(INDEX);
  });

  it('sends /dashboard to /dashboard/, where the page’s relative paths work', async () => {
    const response = await fetch(`${listening.url}/dashboard?x=1`, { redirect: 'manual' });
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe('/dashboard/?x=1');
  });

  it('serves the hashed assets with their type, cached for good', async () => {
    const response = await fetch(`${listening.url}/dashboard/assets/index-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(await response.text()).toBe('console.log("看板")');
  });

  it('answers HEAD without a body', async () => {
    const response = await fetch(`${listening.url}/dashboard/`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(INDEX)));
  });

  it('answers 404 for a file that is not there', async () => {
    expect((await fetch(`${listening.url}/dashboard/assets/missing.js`)).status).toBe(404);
  });

  it('serves nothing outside its folder', async () => {
    const secret = `${path.basename(dist)}-secret.txt`;
    for (const sneaky of [
      `/dashboard/..%2f${secret}`,
      `/dashboard/%2e%2e/${secret}`,
      '/dashboard/..%2F..%2Fetc%2Fpasswd',
    ]) {
      const response = await fetch(`${listening.url}${sneaky}`);
      expect(response.status, sneaky).toBe(404);
      expect(await response.text(), sneaky).not.toContain('not for the web');
    }
  });

  it('leaves /graphql and the IDE alone', async () => {
    const response = await fetch(`${listening.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ county(code: "421181") { name } }' }),
    });
    expect(await response.json()).toEqual({ data: { county: { name: '麻城市' } } });
    expect((await fetch(`${listening.url}/`)).headers.get('content-type')).toBe('text/html; charset=utf-8');
  });
});

describe('the dashboard before it is built', () => {
  it('says how to build it', async () => {
    const federation = await startFixtureFederation();
    const gateway = createGateway({
      supergraphSdl: federation.supergraphSdl,
      log: createLogger('gateway', 'silent'),
      dashboardDir: path.join(tmpdir(), 'no-such-dashboard-build'),
      persistedOperations: null,
    });
    await gateway.start();
    const { url } = await gateway.listen(0);
    try {
      const response = await fetch(`${url}/dashboard/`);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('npm run build -w @fupin/web');
    } finally {
      await gateway.stop();
      await federation.stop();
    }
  });
});
