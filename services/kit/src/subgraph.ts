import type { Database } from './db/database.js';
import type { Migration } from './db/migrate.js';
import type { SubgraphSchemaOptions } from './federation/build-subgraph-schema.js';

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
}

export function defineSubgraph<Loaders>(definition: SubgraphDefinition<Loaders>): SubgraphDefinition<Loaders> {
  return definition;
}
