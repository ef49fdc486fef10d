import { readDepartmentsManifest } from '@fupin/kit';
import { createCatalogSubgraph } from './create-subgraph.js';

export { createCatalogSubgraph };

/**
 * The catalog as deployed: from the departments artefact that `npm run compose` writes
 * (`DEPARTMENTS_MANIFEST`, or `schema/departments.json`), read when this module loads.
 */
export const catalogSubgraph = createCatalogSubgraph(readDepartmentsManifest());
