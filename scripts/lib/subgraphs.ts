import type { SubgraphDefinition } from '@fupin/kit';

/**
 * Every subgraph of the graph, in one list: `npm start`, `npm run compose` and the
 * cross-department tests read it, so adding a department is one line here.
 */
export const subgraphLoaders: Record<string, () => Promise<SubgraphDefinition<any>>> = {
  catalog: async () => (await import('@fupin/catalog')).catalogSubgraph,
  finance: async () => (await import('@fupin/finance')).financeSubgraph,
  transport: async () => (await import('@fupin/transport')).transportSubgraph,
  water: async () => (await import('@fupin/water')).waterSubgraph,
  education: async () => (await import('@fupin/education')).educationSubgraph,
  health: async () => (await import('@fupin/health')).healthSubgraph,
  'finance-insurance': async () => (await import('@fupin/finance-insurance')).financeInsuranceSubgraph,
  assessment: async () => (await import('@fupin/assessment')).assessmentSubgraph,
};

export async function loadSubgraphs(): Promise<SubgraphDefinition<any>[]> {
  return Promise.all(Object.values(subgraphLoaders).map((load) => load()));
}

/** The local URL a subgraph has by default; the supergraph records it, the gateway may override it. */
export function defaultSubgraphUrl(definition: SubgraphDefinition<unknown>): string {
  return `http://127.0.0.1:${definition.defaultPort}/graphql`;
}
