import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFederatedSchema } from '../federation/build-subgraph-schema.js';
import { allFixtures, startFixtureGateway, subgraphsReached, type FixtureGateway } from './fixtures/gateway.js';
import { legacy } from './fixtures/legacy.js';
import { directivesOn } from './fixtures/sdl.js';

let gateway: FixtureGateway;
beforeAll(async () => {
  gateway = await startFixtureGateway([...allFixtures, legacy]);
});
afterAll(() => gateway.stop());

describe('@extends (the Federation 1 style: allowed, not recommended)', () => {
  it('is imported by its short name, so a type can carry @extends as written', async () => {
    const { sdl } = await buildFederatedSchema(legacy);

    expect(sdl).toMatch(/federation\/v2\.9", import: \[[^\]]*"@extends"/);
    expect(directivesOn(sdl, 'County')).toEqual(['@extends', '@key(fields: "code")']);
    expect(directivesOn(sdl, 'County.code')).toEqual(['@external']);
  });

  it('composes as an extension of the type another subgraph owns', () => {
    expect(directivesOn(gateway.supergraphSdl, 'County')).toEqual(
      expect.arrayContaining([
        '@join__type(graph: DIVISIONS, key: "code")',
        '@join__type(graph: LEGACY, key: "code", extension: true)',
      ]),
    );
  });

  it("answers the extension's fields through the gateway", async () => {
    const result = await gateway.query('{ county(code: "421088") { name villagesExited } }');

    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ county: { name: '监利市', villagesExited: 118 } });
    expect(subgraphsReached(result)).toEqual(['divisions', 'legacy']);
  });

  it('works the same on the oldest version, v2.0', async () => {
    const { sdl } = await buildFederatedSchema({ ...legacy, federationVersion: 'v2.0' });

    expect(sdl).toContain('federation/v2.0');
    expect(directivesOn(sdl, 'County')).toContain('@extends');
  });
});
