import { readFileSync } from 'node:fs';
import { loadAuthConfig } from '@fupin/kit';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SUPERGRAPH_PATH, loadGatewayConfig, subgraphEnvName } from '../config.js';
import { DEFAULT_DEMAND_LIMITS } from '../demand-control.js';
import { resolveSubgraphTimeouts } from '../supergraph.js';

describe('loadGatewayConfig', () => {
  it('listens on 127.0.0.1:4000 and reads the committed supergraph when nothing is set', () => {
    const config = loadGatewayConfig({});
    expect(config).toEqual({
      port: 4000,
      host: '127.0.0.1',
      supergraphPath: DEFAULT_SUPERGRAPH_PATH,
      subgraphUrlOverrides: {},
      cors: { origins: [] },
      auth: loadAuthConfig({}),
      subgraphTimeoutMs: 10_000,
      subgraphTimeoutOverrides: {},
      subgraphKeepAliveMs: 4_000,
      requestTimeoutMs: 30_000,
      limits: { maxDepth: 15, maxFields: 1_000, maxAliases: 30, maxTokens: 5_000, maxCost: 250_000 },
      introspection: true,
      ide: true,
      exposeErrorDetails: false,
    });
    expect(config.limits).toEqual(DEFAULT_DEMAND_LIMITS);
  });

  it('finds the default supergraph at the repository root, wherever the process was started', () => {
    expect(DEFAULT_SUPERGRAPH_PATH.replace(/\\/g, '/')).toMatch(/\/schema\/supergraph\.graphql$/);
    expect(DEFAULT_SUPERGRAPH_PATH.replace(/\\/g, '/')).not.toMatch(/\/gateway\/schema\//);
  });

  it('takes PORT, HOST and SUPERGRAPH_PATH from the environment', () => {
    const config = loadGatewayConfig({ PORT: '8080', HOST: '0.0.0.0', SUPERGRAPH_PATH: '/srv/supergraph.graphql' });
    expect(config.port).toBe(8080);
    expect(config.host).toBe('0.0.0.0');
    expect(config.supergraphPath).toBe('/srv/supergraph.graphql');
  });

  it('treats an empty variable as unset', () => {
    expect(loadGatewayConfig({ PORT: '', HOST: ' ', SUPERGRAPH_PATH: '' })).toEqual(loadGatewayConfig({}));
  });

  it('refuses a PORT that is not a port number', () => {
    expect(() => loadGatewayConfig({ PORT: 'http' })).toThrow(/PORT/);
    expect(() => loadGatewayConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadGatewayConfig({ PORT: '40.5' })).toThrow(/PORT/);
  });

  it('collects every SUBGRAPH_<NAME>_URL under its <NAME>', () => {
    const config = loadGatewayConfig({
      SUBGRAPH_CATALOG_URL: 'http://catalog:4001/graphql',
      SUBGRAPH_FINANCE_INSURANCE_URL: 'https://finance.example/graphql',
      SUBGRAPH_EMPTY_URL: '',
      SUBGRAPHS: 'not an override',
    });
    expect(config.subgraphUrlOverrides).toEqual({
      CATALOG: 'http://catalog:4001/graphql',
      FINANCE_INSURANCE: 'https://finance.example/graphql',
    });
  });

  it('refuses a subgraph URL that is not http(s)', () => {
    expect(() => loadGatewayConfig({ SUBGRAPH_CATALOG_URL: 'catalog:4001' })).toThrow(/SUBGRAPH_CATALOG_URL/);
    expect(() => loadGatewayConfig({ SUBGRAPH_CATALOG_URL: 'not a url' })).toThrow(/SUBGRAPH_CATALOG_URL/);
  });

  it('reads CORS_ORIGINS as a comma-separated list of origins', () => {
    const config = loadGatewayConfig({ CORS_ORIGINS: 'http://localhost:5173, https://fupin.example ,' });
    expect(config.cors.origins).toEqual(['http://localhost:5173', 'https://fupin.example']);
    expect(loadGatewayConfig({ CORS_ORIGINS: '*' }).cors.origins).toEqual(['*']);
  });

  it('refuses a CORS origin with a path, which no browser would ever send', () => {
    expect(() => loadGatewayConfig({ CORS_ORIGINS: 'http://localhost:5173/' })).toThrow(/CORS_ORIGINS/);
    expect(() => loadGatewayConfig({ CORS_ORIGINS: 'localhost' })).toThrow(/CORS_ORIGINS/);
  });

  it('checks tokens as every subgraph does, from the same AUTH_* variables', () => {
    const env = {
      AUTH_SECRET: 'a-gateway-secret-long-enough-for-hs256',
      AUTH_AUDIENCE: 'fupin',
      AUTH_REQUIRED_FOR_READS: 'true',
    };
    expect(loadGatewayConfig(env).auth).toEqual(loadAuthConfig(env));
    expect(loadGatewayConfig(env).auth).toMatchObject({
      audience: 'fupin',
      requiredForReads: true,
      key: { development: false },
    });
    expect(() => loadGatewayConfig({ AUTH_SECRET: 'short' })).toThrow(/AUTH_SECRET/);
  });
});

describe('limits and timeouts', () => {
  it('reads every limit and timeout from its variable', () => {
    const config = loadGatewayConfig({
      SUBGRAPH_TIMEOUT_MS: '2000',
      SUBGRAPH_FINANCE_INSURANCE_TIMEOUT_MS: '15_000',
      SUBGRAPH_KEEP_ALIVE_MS: '3000',
      REQUEST_TIMEOUT_MS: '20000',
      MAX_QUERY_DEPTH: '8',
      MAX_QUERY_FIELDS: '500',
      MAX_QUERY_ALIASES: '10',
      MAX_QUERY_TOKENS: '2000',
      MAX_QUERY_COST: '50000',
    });
    expect(config).toMatchObject({
      subgraphTimeoutMs: 2_000,
      subgraphTimeoutOverrides: { FINANCE_INSURANCE: 15_000 },
      subgraphKeepAliveMs: 3_000,
      requestTimeoutMs: 20_000,
      limits: { maxDepth: 8, maxFields: 500, maxAliases: 10, maxTokens: 2_000, maxCost: 50_000 },
    });
    // SUBGRAPH_TIMEOUT_MS and SUBGRAPH_KEEP_ALIVE_MS name no subgraph.
    expect(config.subgraphTimeoutOverrides).toEqual({ FINANCE_INSURANCE: 15_000 });
    expect(config.subgraphUrlOverrides).toEqual({});
  });

  it.each([
    'SUBGRAPH_TIMEOUT_MS',
    'SUBGRAPH_CATALOG_TIMEOUT_MS',
    'SUBGRAPH_KEEP_ALIVE_MS',
    'REQUEST_TIMEOUT_MS',
    'MAX_QUERY_DEPTH',
    'MAX_QUERY_FIELDS',
    'MAX_QUERY_ALIASES',
    'MAX_QUERY_TOKENS',
    'MAX_QUERY_COST',
  ])('refuses a %s that is not a whole number above 0, naming it', (variable) => {
    for (const value of ['ten', '10s', '-5', '0', '2.5', '1e3']) {
      expect(() => loadGatewayConfig({ [variable]: value }), `${variable}=${value}`).toThrow(variable);
    }
  });

  it('refuses an IDE or INTROSPECTION that is neither true nor false', () => {
    expect(() => loadGatewayConfig({ IDE: 'maybe' })).toThrow(/IDE/);
    expect(() => loadGatewayConfig({ INTROSPECTION: 'maybe' })).toThrow(/INTROSPECTION/);
  });

  it("matches SUBGRAPH_<NAME>_TIMEOUT_MS to a subgraph of the supergraph, and refuses a name it doesn't have", () => {
    const supergraphSdl = readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8');
    expect(resolveSubgraphTimeouts(supergraphSdl, { FINANCE_INSURANCE: 15_000 })).toEqual({
      'finance-insurance': 15_000,
    });
    expect(() => resolveSubgraphTimeouts(supergraphSdl, { FINANCE_INSURANSE: 15_000 })).toThrow(
      /SUBGRAPH_FINANCE_INSURANSE_TIMEOUT_MS names no subgraph/,
    );
  });
});

describe('subgraphEnvName', () => {
  it('upper-cases a subgraph name and turns its dashes into underscores', () => {
    expect(subgraphEnvName('catalog')).toBe('CATALOG');
    expect(subgraphEnvName('finance-insurance')).toBe('FINANCE_INSURANCE');
  });
});
