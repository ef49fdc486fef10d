import { loadAuthConfig } from '@fupin/kit';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SUPERGRAPH_PATH, loadGatewayConfig, subgraphEnvName } from '../config.js';

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
    });
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

describe('subgraphEnvName', () => {
  it('upper-cases a subgraph name and turns its dashes into underscores', () => {
    expect(subgraphEnvName('catalog')).toBe('CATALOG');
    expect(subgraphEnvName('finance-insurance')).toBe('FINANCE_INSURANCE');
  });
});
