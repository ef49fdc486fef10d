import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger, type Listening } from '@fupin/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGatewayConfig } from '../config.js';
import { createGateway, type Gateway } from '../gateway.js';
import {
  loadPersistedOperationLists,
  loadPersistedOperations,
  persistedOperationsFromEnv,
  type PersistedOperations,
} from '../persisted-operations.js';
import { resolveSubgraphUrls } from '../supergraph.js';
import { startFixtureFederation, type FixtureFederation } from './fixtures/federation.js';

const COUNTY = 'query County($code: String!) { county(code: $code) { name povertyStatus } }';
const UNLISTED = '{ county(code: "421181") { name } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function listFile(operations: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'persisted-operations-'));
  const file = path.join(dir, 'persisted-operations.json');
  writeFileSync(file, JSON.stringify(operations));
  return file;
}

function gatewayOver(federation: FixtureFederation, persistedOperations: PersistedOperations | null): Gateway {
  const config = loadGatewayConfig(federation.env);
  return createGateway({
    supergraphSdl: federation.supergraphSdl,
    subgraphUrls: resolveSubgraphUrls(federation.supergraphSdl, config.subgraphUrlOverrides),
    log: createLogger('gateway', 'silent'),
    persistedOperations,
    dashboardDir: null,
  });
}

async function post(url: string, body: Record<string, unknown>) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: unknown;
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    },
  };
}

const byHash = (hash: string, extra: Record<string, unknown> = {}) => ({
  variables: { code: '421181' },
  extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
  ...extra,
});

describe('persisted-operations-only mode (PERSISTED_OPERATIONS_ONLY)', () => {
  let federation: FixtureFederation;
  let gateway: Gateway;
  let listening: Listening;
  const file = listFile({ [sha256(COUNTY)]: COUNTY });

  beforeAll(async () => {
    federation = await startFixtureFederation();
    gateway = gatewayOver(federation, loadPersistedOperations(file));
    await gateway.start();
    listening = await gateway.listen(0);
  });

  afterAll(async () => {
    await gateway?.stop();
    await federation?.stop();
    rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it('runs a registered operation asked for by its hash alone', async () => {
    const { status, body } = await post(listening.url, byHash(sha256(COUNTY)));
    expect(status).toBe(200);
    expect(body).toEqual({ data: { county: { name: '麻城市', povertyStatus: 'NATIONAL' } } });
  });

  it('runs it when the registered text comes along with the hash, as the dashboard sends it', async () => {
    const { status, body } = await post(listening.url, byHash(sha256(COUNTY), { query: COUNTY }));
    expect(status).toBe(200);
    expect(body.data).toEqual({ county: { name: '麻城市', povertyStatus: 'NATIONAL' } });
  });

  it('runs it over GET too', async () => {
    const search = new URLSearchParams({
      variables: JSON.stringify({ code: '421181' }),
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(COUNTY) } }),
    });
    const response = await fetch(`${listening.url}/graphql?${search}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await response.json()).toEqual({ data: { county: { name: '麻城市', povertyStatus: 'NATIONAL' } } });
  });

  it('refuses a hash it does not know with PERSISTED_OPERATION_NOT_FOUND', async () => {
    const { status, body } = await post(listening.url, byHash(sha256(UNLISTED), { query: UNLISTED }));
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: `No registered operation has the hash ${sha256(UNLISTED)}`,
        extensions: expect.objectContaining({ code: 'PERSISTED_OPERATION_NOT_FOUND' }),
      }),
    ]);
  });

  it('refuses a free-form query with OPERATION_NOT_ALLOWED and says how to ask', async () => {
    const asked = federation.divisions.seen.length;
    const { status, body } = await post(listening.url, { query: UNLISTED });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_ALLOWED');
    expect(body.errors?.[0]?.message).toMatch(/only registered operations.*extensions\.persistedQuery\.sha256Hash/);
    // Refused before planning: no subgraph was asked anything.
    expect(federation.divisions.seen.length).toBe(asked);
  });

  it('refuses introspection, which is a free-form query too', async () => {
    const { body } = await post(listening.url, { query: '{ __schema { types { name } } }' });
    expect(body.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_ALLOWED');
  });

  it('refuses a registered hash sent with some other text', async () => {
    const { status, body } = await post(listening.url, byHash(sha256(COUNTY), { query: UNLISTED }));
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_ALLOWED');
  });
});

describe('persisted-operations-only mode over two lists (a comma-separated PERSISTED_OPERATIONS_ONLY)', () => {
  let federation: FixtureFederation;
  let gateway: Gateway;
  let listening: Listening;
  const first = listFile({ [sha256(COUNTY)]: COUNTY });
  const second = listFile({ [sha256(UNLISTED)]: UNLISTED });

  beforeAll(async () => {
    federation = await startFixtureFederation();
    gateway = gatewayOver(federation, persistedOperationsFromEnv({ PERSISTED_OPERATIONS_ONLY: `${first},${second}` }));
    await gateway.start();
    listening = await gateway.listen(0);
  });

  afterAll(async () => {
    await gateway?.stop();
    await federation?.stop();
    rmSync(path.dirname(first), { recursive: true, force: true });
    rmSync(path.dirname(second), { recursive: true, force: true });
  });

  it('runs the operations of each list, and still refuses what neither lists', async () => {
    expect((await post(listening.url, byHash(sha256(COUNTY), { query: COUNTY }))).body.data).toEqual({
      county: { name: '麻城市', povertyStatus: 'NATIONAL' },
    });
    expect((await post(listening.url, byHash(sha256(UNLISTED), { query: UNLISTED }))).body).toEqual({
      data: { county: { name: '麻城市' } },
    });
    const other = '{ county(code: "421182") { name } }';
    const refused = await post(listening.url, byHash(sha256(other), { query: other }));
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_OPERATION_NOT_FOUND');
  });
});

describe('without PERSISTED_OPERATIONS_ONLY (the default)', () => {
  let federation: FixtureFederation;
  let gateway: Gateway;
  let listening: Listening;

  beforeAll(async () => {
    federation = await startFixtureFederation();
    gateway = gatewayOver(federation, persistedOperationsFromEnv({}));
    await gateway.start();
    listening = await gateway.listen(0);
  });

  afterAll(async () => {
    await gateway?.stop();
    await federation?.stop();
  });

  it('is off', () => {
    expect(persistedOperationsFromEnv({ PERSISTED_OPERATIONS_ONLY: ' ' })).toBeNull();
  });

  it('runs any operation', async () => {
    const { body } = await post(listening.url, { query: UNLISTED });
    expect(body).toEqual({ data: { county: { name: '麻城市' } } });
  });

  it("runs the dashboard's hash-and-text requests (Apollo's persisted-query format)", async () => {
    const { body } = await post(listening.url, byHash(sha256(COUNTY), { query: COUNTY }));
    expect(body).toEqual({ data: { county: { name: '麻城市', povertyStatus: 'NATIONAL' } } });
  });
});

describe('reading the list', () => {
  it('reads sha256 → text from the file PERSISTED_OPERATIONS_ONLY names', () => {
    const file = listFile({ [sha256(COUNTY)]: COUNTY });
    try {
      const operations = persistedOperationsFromEnv({ PERSISTED_OPERATIONS_ONLY: file });
      expect(operations?.source).toBe(file);
      expect([...(operations?.byHash ?? [])]).toEqual([[sha256(COUNTY), COUNTY]]);
    } finally {
      rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });

  it('reads several comma-separated files and lets through the operations of all of them', () => {
    const dashboard = listFile({ [sha256(COUNTY)]: COUNTY });
    const publishing = listFile({ [sha256(UNLISTED)]: UNLISTED, [sha256(COUNTY)]: COUNTY });
    try {
      const operations = persistedOperationsFromEnv({ PERSISTED_OPERATIONS_ONLY: ` ${dashboard} , ${publishing},` });
      expect(operations?.source).toBe(`${dashboard}, ${publishing}`);
      expect(new Map(operations?.byHash)).toEqual(
        new Map([
          [sha256(COUNTY), COUNTY],
          [sha256(UNLISTED), UNLISTED],
        ]),
      );
    } finally {
      rmSync(path.dirname(dashboard), { recursive: true, force: true });
      rmSync(path.dirname(publishing), { recursive: true, force: true });
    }
  });

  it('checks every file of the list, and names the one that is wrong', () => {
    const good = listFile({ [sha256(COUNTY)]: COUNTY });
    const bad = listFile({ [sha256(COUNTY)]: UNLISTED });
    try {
      expect(() => persistedOperationsFromEnv({ PERSISTED_OPERATIONS_ONLY: `${good},${bad}` })).toThrow(
        `in ${bad}, "${sha256(COUNTY)}" is not the sha256 of its operation text`,
      );
      expect(() => loadPersistedOperationLists([good, '/nonexistent/publish.json'])).toThrow(
        /cannot read \/nonexistent\/publish\.json/,
      );
      expect(() => loadPersistedOperationLists([])).toThrow(/no file named/);
      expect(persistedOperationsFromEnv({ PERSISTED_OPERATIONS_ONLY: ' , ' })).toBeNull();
    } finally {
      rmSync(path.dirname(good), { recursive: true, force: true });
      rmSync(path.dirname(bad), { recursive: true, force: true });
    }
  });

  it('refuses a list whose hash is not the sha256 of its text', () => {
    const file = listFile({ [createHash('sha1').update(COUNTY).digest('hex').padEnd(64, '0')]: COUNTY });
    try {
      expect(() => loadPersistedOperations(file)).toThrow(/is not the sha256 of its operation text/);
    } finally {
      rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });

  it('names the file it cannot read', () => {
    expect(() => loadPersistedOperations('/nonexistent/persisted-operations.json')).toThrow(
      /PERSISTED_OPERATIONS_ONLY: cannot read \/nonexistent\/persisted-operations\.json/,
    );
  });

  it('refuses an empty list, which would refuse everything', () => {
    const file = listFile({});
    try {
      expect(() => loadPersistedOperations(file)).toThrow(/lists no operation/);
    } finally {
      rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });
});
