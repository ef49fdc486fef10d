export { catalogSubgraph, createCatalogSubgraph } from './subgraph.js';
export type { CatalogContext, CatalogLoaders } from './loaders.js';
