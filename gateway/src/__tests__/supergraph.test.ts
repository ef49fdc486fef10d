import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { resolveSubgraphUrls, supergraphSubgraphs } from '../supergraph.js';

const link = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])';

function supergraph(): string {
  const composition = composeServices([
    {
      name: 'catalog',
      url: 'http://127.0.0.1:4001/graphql',
      typeDefs: parse(
        `${link}\ntype Query { county(code: String!): County }\ntype County @key(fields: "code") { code: String! }`,
      ),
    },
    {
      name: 'finance-insurance',
      url: 'http://127.0.0.1:4002/graphql',
      typeDefs: parse(`${link}\ntype County @key(fields: "code") { code: String! premium: Float }`),
    },
  ]);
  if (composition.errors) throw new Error(composition.errors.map((error) => error.message).join('\n'));
  return composition.supergraphSdl;
}

describe('supergraphSubgraphs', () => {
  it('lists each subgraph with the URL composition recorded', () => {
    expect(supergraphSubgraphs(supergraph())).toEqual([
      { name: 'catalog', url: 'http://127.0.0.1:4001/graphql' },
      { name: 'finance-insurance', url: 'http://127.0.0.1:4002/graphql' },
    ]);
  });

  it('refuses a schema that joins no subgraph', () => {
    expect(() => supergraphSubgraphs('type Query { hello: String }')).toThrow(/no subgraph/);
  });
});

describe('resolveSubgraphUrls', () => {
  it('uses the supergraph URLs when nothing overrides them', () => {
    expect(resolveSubgraphUrls(supergraph(), {})).toEqual({
      catalog: 'http://127.0.0.1:4001/graphql',
      'finance-insurance': 'http://127.0.0.1:4002/graphql',
    });
  });

  it('lets SUBGRAPH_FINANCE_INSURANCE_URL move the finance-insurance subgraph', () => {
    expect(resolveSubgraphUrls(supergraph(), { FINANCE_INSURANCE: 'http://finance:8080/graphql' })).toEqual({
      catalog: 'http://127.0.0.1:4001/graphql',
      'finance-insurance': 'http://finance:8080/graphql',
    });
  });

  it('refuses an override that names no subgraph, rather than ignoring a typo', () => {
    expect(() => resolveSubgraphUrls(supergraph(), { CATALOGUE: 'http://catalog/graphql' })).toThrow(
      /SUBGRAPH_CATALOGUE_URL names no subgraph .*CATALOG, FINANCE_INSURANCE/,
    );
  });
});
