import type { Database } from './db/database.js';
import type { Migration } from './db/migrate.js';
import type { SubgraphSchemaOptions } from './federation/build-subgraph-schema.js';
import type { DepartmentManifest } from './indicators/manifest.js';
import { checkFederationVersion } from './federation/versions.js';

/**
 * Everything the kit needs to know about a department's subgraph. A department's folder is
 * its types, resolvers, loaders, migrations and data; the kit does the rest.
 */
export interface SubgraphDefinition<Loaders = unknown> extends SubgraphSchemaOptions {
  /** The subgraph's name in the supergraph (`catalog`, `finance`, …). */
  name: string;
  /** The PostgreSQL schema that holds this subgraph's tables and nobody else's. */
  dbSchema: string;
  /** Where it listens when run on its own, unless PORT says otherwise. */
  defaultPort: number;
  migrations: readonly Migration[];
  createLoaders: (database: Database) => Loaders;
  /**
   * The departments whose figures it keeps (a department subgraph: one), as `npm run compose`
   * writes them to `schema/departments.json` for the rest of the graph.
   */
  departments?: readonly DepartmentManifest[];
  /**
   * The largest request body it takes unless `MAX_BODY_BYTES` says otherwise (default 2 MiB): for a
   * subgraph whose requests are the gateway's representations, which can be larger than any body a
   * client sends (the assessment's carry every county's peers).
   */
  defaultMaxBodyBytes?: number;
}

/**
 * A department's subgraph definition, as given. `federationVersion` (v2.0–v2.9, v2.9 unless set)
 * is checked here, so that a version the kit does not know fails where it is written; the
 * directives against it are checked when the schema is built.
 */
export function defineSubgraph<Loaders>(definition: SubgraphDefinition<Loaders>): SubgraphDefinition<Loaders> {
  if (definition.federationVersion !== undefined) checkFederationVersion(definition.federationVersion);
  return definition;
}
