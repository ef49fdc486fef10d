import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFederatedSchema } from '../federation/build-subgraph-schema.js';
import type { FederationVersion } from '../federation/versions.js';
import { Directive, Field, Int, ObjectType, Query, Resolver } from '../graphql.js';
import { defineSubgraph } from '../subgraph.js';
import {
  allFixtures,
  compose,
  startFixtureGateway,
  subgraphsReached,
  type FixtureGateway,
} from './fixtures/gateway.js';
import { directivesOn } from './fixtures/sdl.js';
import { statistics } from './fixtures/statistics.js';
import { evaluation, register } from './fixtures/versioned.js';

const federationLink = (sdl: string) => /@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/[^)]*\)/.exec(sdl)?.[0];

let gateway: FixtureGateway;
beforeAll(async () => {
  gateway = await startFixtureGateway([...allFixtures, register, evaluation]);
});
afterAll(() => gateway.stop());

const sdlOf = (name: string) => gateway.subgraphs.find((s) => s.name === name)?.sdl ?? '';

describe('federationVersion', () => {
  it('declares the version a subgraph chooses, importing only the directives that version defines', () => {
    expect(federationLink(sdlOf('register'))).toBe(
      '@link(url: "https://specs.apollo.dev/federation/v2.0", import: ["@key", "@shareable", "@external", ' +
        '"@requires", "@provides", "@override", "@inaccessible", "@tag", "@extends"])',
    );
    expect(federationLink(sdlOf('evaluation'))).toBe(
      '@link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", ' +
        '"@requires", "@provides", "@override", "@inaccessible", "@tag", "@extends", "@composeDirective", ' +
        '"@interfaceObject"])',
    );
  });

  it('composes a v2.0 and a v2.3 subgraph with the v2.9 rest, and the gateway joins them', async () => {
    expect(federationLink(sdlOf('register'))).toContain('"https://specs.apollo.dev/federation/v2.0"');
    expect(federationLink(sdlOf('evaluation'))).toContain('"https://specs.apollo.dev/federation/v2.3"');
    expect(federationLink(sdlOf('measures'))).toContain('"https://specs.apollo.dev/federation/v2.9"');
    expect(directivesOn(gateway.supergraphSdl, 'Measure')).toContain(
      '@join__type(graph: EVALUATION, key: "id", isInterfaceObject: true)',
    );
    expect(directivesOn(gateway.supergraphSdl, 'County')).toContain('@join__type(graph: REGISTER, key: "code")');

    const counties = await gateway.query('{ county(code: "421088") { name registeredPoorHouseholds } }');
    expect(counties.data).toEqual({ county: { name: '监利市', registeredPoorHouseholds: 27_148 } });
    expect(subgraphsReached(counties)).toEqual(['divisions', 'register']);

    const measures = await gateway.query('{ measures { __typename title evaluationScore } }');
    expect(measures.data).toEqual({
      measures: [
        { __typename: 'RoadMeasure', title: '农村公路提档升级', evaluationScore: 92.5 },
        { __typename: 'HousingMeasure', title: '农村危房改造', evaluationScore: 88 },
      ],
    });
    expect(subgraphsReached(measures)).toEqual(['measures', 'evaluation']);
  });

  it('stays v2.9, with every directive of v2.9 imported by its short name, where a subgraph sets no version', () => {
    expect(federationLink(sdlOf('divisions'))).toBe(
      '@link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@external", ' +
        '"@requires", "@provides", "@override", "@inaccessible", "@tag", "@extends", "@composeDirective", ' +
        '"@interfaceObject", "@authenticated", "@requiresScopes", "@policy", "@context", "@fromContext", ' +
        '"@cost", "@listSize"])',
    );
  });

  it('refuses, when the schema is built, a directive the chosen version lacks, naming the version it needs', async () => {
    await expect(buildFederatedSchema({ ...evaluation, federationVersion: 'v2.2' })).rejects.toThrow(
      /Subgraph evaluation declares Federation v2\.2[\s\S]*@interfaceObject on Measure needs Federation v2\.3 or later[\s\S]*federationVersion: 'v2\.3'/,
    );
    await expect(buildFederatedSchema({ ...statistics, federationVersion: 'v2.0' })).rejects.toThrow(
      /@composeDirective on the schema needs Federation v2\.1 or later/,
    );
  });

  it('refuses an argument the chosen version lacks: @override(label:) needs v2.7', async () => {
    @Directive('@key(fields: "code")')
    @ObjectType('County')
    class ProgressiveCounty {
      @Field(() => String)
      code: string;

      @Directive('@override(from: "divisions", label: "percent(10)")')
      @Field(() => Int)
      population: number;
    }
    @Resolver(() => ProgressiveCounty)
    class ProgressiveResolver {
      @Query(() => [ProgressiveCounty])
      progressiveCounties(): ProgressiveCounty[] {
        return [];
      }
    }
    const progressive = { name: 'progressive', resolvers: [ProgressiveResolver] as [typeof ProgressiveResolver] };

    await expect(buildFederatedSchema({ ...progressive, federationVersion: 'v2.6' })).rejects.toThrow(
      /@override\(label:\) on County\.population needs Federation v2\.7 or later/,
    );
    const { sdl } = await buildFederatedSchema({ ...progressive, federationVersion: 'v2.7' });
    expect(federationLink(sdl)).toContain('federation/v2.7');
    expect(() =>
      compose([...gateway.subgraphs.filter((s) => s.name === 'divisions'), { name: 'progressive', sdl }]),
    ).not.toThrow();
  });

  it('refuses a version outside v2.0–v2.9, in defineSubgraph and at schema build', async () => {
    const unknown = 'v2.10' as FederationVersion;

    expect(() => defineSubgraph({ ...register, federationVersion: unknown })).toThrow(
      /federationVersion "v2\.10" is not one the kit supports: use one of v2\.0, v2\.1, .*v2\.9/,
    );
    await expect(buildFederatedSchema({ ...register, federationVersion: unknown })).rejects.toThrow(/v2\.10/);
    expect(defineSubgraph({ ...register, federationVersion: 'v2.1' }).federationVersion).toBe('v2.1');
  });
});
