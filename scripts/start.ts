// `npm start`: the whole graph on a laptop with nothing to install. Every subgraph and the
// gateway run in one process on one embedded PostgreSQL (PGlite) kept in .data/pglite, each
// subgraph in its own schema. Deployed, each service runs on its own (README).
import path from 'node:path';
import { initialisePgliteDataDir } from '@fupin/kit/pglite-init';

const started = performance.now();
const databaseUrl = process.env.DATABASE_URL ?? 'pglite://.data/pglite';

// On a first run, initialise the data folder before loading anything else: the child process
// that does it then holds its memory while this process is still small (see pglite-init.ts).
const folder = /^pglite:\/\/(?!memory$)(.+)$/.exec(databaseUrl)?.[1];
if (folder) await initialisePgliteDataDir(path.resolve(folder));

const { runGraph } = await import('./lib/run-graph.js');
await runGraph(databaseUrl, started);
