import type { Principal } from './auth/principal.js';
import type { Database, Db } from './db/database.js';
import type { Logger } from './logger.js';

/** What every resolver of every subgraph receives; `loaders` are the subgraph's own. */
export interface RequestContext<Loaders = unknown> {
  requestId: string;
  log: Logger;
  /**
   * Who is asking, from a verified bearer token; null without one. A bad token never gets this
   * far: the request is refused (401) before anything runs.
   */
  principal: Principal | null;
  database: Database;
  db: Db;
  /** Made anew for each request, so no cached row outlives it. */
  loaders: Loaders;
  /** SQL statements this request has issued so far. */
  stats: { statements: number };
}
