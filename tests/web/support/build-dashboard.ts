import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const webDir = fileURLToPath(new URL('../../../web', import.meta.url));

/**
 * Builds the dashboard once per run (vite build, about two seconds), so the gateway that
 * `startGraph()` starts serves the current web/dist at /dashboard/. Type and codegen checks are
 * the web workspace's `typecheck` and tests/web/codegen.unit.test.ts.
 */
export default async function setup(): Promise<void> {
  await build({ root: webDir, configFile: `${webDir}/vite.config.ts`, logLevel: 'warn' });
}
