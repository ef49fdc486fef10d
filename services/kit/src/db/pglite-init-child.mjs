// Initialises an embedded PostgreSQL data folder and exits (see initialisePgliteDataDir).
import { PGlite } from '@electric-sql/pglite';

const pglite = await PGlite.create(process.argv[2]);
await pglite.close();
