import { describe, expect, it } from 'vitest';
import { FEDERATION_IMPORTS, federationLink, schemaHeader } from '../federation/link.js';
import { directivesBeyondVersion, federationImports, type FederationVersion } from '../federation/versions.js';

const messages = (sdl: string, federationVersion: FederationVersion, notFederation?: string[]) =>
  directivesBeyondVersion(sdl, { federationVersion, notFederation }).map((problem) => problem.message);

describe('the federation import list of each version', () => {
  it('follows the specification (federation-internals specs/federationSpec.js) version by version', () => {
    const added = (version: FederationVersion, before: FederationVersion) =>
      federationImports(version).filter((name) => !federationImports(before).includes(name));

    expect(federationImports('v2.0')).toEqual([
      '@key',
      '@shareable',
      '@external',
      '@requires',
      '@provides',
      '@override',
      '@inaccessible',
      '@tag',
      '@extends',
    ]);
    expect(added('v2.1', 'v2.0')).toEqual(['@composeDirective']);
    expect(added('v2.2', 'v2.1')).toEqual([]);
    expect(added('v2.3', 'v2.2')).toEqual(['@interfaceObject']);
    expect(added('v2.4', 'v2.3')).toEqual([]);
    expect(added('v2.5', 'v2.4')).toEqual(['@authenticated', '@requiresScopes']);
    expect(added('v2.6', 'v2.5')).toEqual(['@policy']);
    expect(added('v2.7', 'v2.6')).toEqual([]);
    expect(added('v2.8', 'v2.7')).toEqual(['@context', '@fromContext']);
    expect(added('v2.9', 'v2.8')).toEqual(['@cost', '@listSize']);
    expect(FEDERATION_IMPORTS).toEqual(federationImports('v2.9'));
  });

  it('leaves out of the federation import a name the subgraph links from elsewhere or defines itself', () => {
    const header = schemaHeader([{ url: 'https://example.org/cost/v1.0', import: ['@cost'] }], [], 'v2.9', ['@policy']);

    expect(header).toContain('@link(url: "https://example.org/cost/v1.0", import: ["@cost"])');
    expect(federationLink('v2.9', ['@cost', '@policy']).import).not.toEqual(expect.arrayContaining(['@cost']));
    expect(header).not.toMatch(/federation\/v2\.9", import: \[[^\]]*"@(cost|policy)"/);
  });

  it('finds each use beyond the version, by short and by prefixed name, wherever it sits', () => {
    const sdl = `
      type Query { report(year: Int @federation__cost(weight: 2)): String @authenticated }
      type Measure @interfaceObject @key(fields: "id") { id: ID! }
      enum Level { HIGH @tag(name: "x") }`;

    expect(messages(sdl, 'v2.0')).toEqual([
      '@federation__cost on Query.report(year:) needs Federation v2.9 or later',
      '@authenticated on Query.report needs Federation v2.5 or later',
      '@interfaceObject on Measure needs Federation v2.3 or later',
    ]);
    expect(messages(sdl, 'v2.9')).toEqual([]);
    expect(messages(sdl, 'v2.8', ['@cost'])).toEqual([
      '@federation__cost on Query.report(year:) needs Federation v2.9 or later',
    ]);
    expect(
      directivesBeyondVersion('type Query { a: Int @cost(weight: 1) }', {
        federationVersion: 'v2.0',
        notFederation: ['@cost'],
      }),
    ).toEqual([]);
  });
});
