import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { initialisePgliteDataDir } from '../db/pglite-init.js';
import type { TestProject } from 'vitest/node';

/** Initialises one PGlite data folder per test run; each test copies it (see createTestDatabase). */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(tmpdir(), 'fupin-pglite-template-'));
  await initialisePgliteDataDir(dir);
  project.provide('pgliteTemplate', dir);
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
