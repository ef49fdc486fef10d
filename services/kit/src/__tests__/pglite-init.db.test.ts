import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialisePgliteDataDir } from '../db/pglite-init.js';
import { testDatabaseKind } from '../testing/index.js';

describe('an embedded PostgreSQL data folder', () => {
  it.runIf(testDatabaseKind() === 'pglite')(
    'is initialised where its parent folders do not exist yet, as .data/ on a fresh clone',
    async () => {
      const root = await mkdtemp(path.join(tmpdir(), 'fupin-init-'));
      try {
        const dataDir = path.join(root, '.data', 'pglite');
        await initialisePgliteDataDir(dataDir);
        expect(existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true);
      } finally {
        await rm(root, { recursive: true, force: true });
      }
    },
  );
});
