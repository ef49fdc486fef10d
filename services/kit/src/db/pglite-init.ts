import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const child = fileURLToPath(new URL('./pglite-init-child.mjs', import.meta.url));

/**
 * Creates a PGlite data folder in a short-lived child process. Initialising a cluster (initdb)
 * grows PGlite's WebAssembly memory to ~800 MB, which a process never gives back; done in a
 * child, that memory goes back to the system when it exits, and the service then opens the
 * ready folder in well under a second at about a third of the memory.
 */
export async function initialisePgliteDataDir(dataDir: string): Promise<void> {
  if (existsSync(path.join(dataDir, 'PG_VERSION'))) return;
  // PGlite makes the folder itself but not its parents (.data/ on a fresh clone).
  await mkdir(dataDir, { recursive: true });
  await promisify(execFile)(process.execPath, [child, dataDir], { cwd: path.dirname(child) });
}
