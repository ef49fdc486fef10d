import type { Database, Db } from './db/database.js';
import type { Logger } from './logger.js';

/** What every resolver of every subgraph receives; `loaders` are the subgraph's own. */
export interface RequestContext<Loaders = unknown> {
  requestId: string;
  log: Logger;
  database: Database;
  db: Db;
  /** Made anew for each request, so no cached row outlives it. */
  loaders: Loaders;
  /** SQL statements this request has issued so far. */
  stats: { statements: number };
}
