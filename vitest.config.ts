import { existsSync } from 'node:fs';
import { createConnection } from 'node:net';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/** Runs the database tests again on PostgreSQL when one answers (TEST_POSTGRES_URL or 127.0.0.1:5432). */
function postgresAnswers(): Promise<boolean> {
  const url = new URL(process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  return new Promise((resolve) => {
    const socket = createConnection({ host: url.hostname, port: Number(url.port || 5432) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

const shared = {
  // Two copies of graphql under vitest break `instanceof` checks ("another module or realm").
  resolve: { alias: { graphql: 'graphql/index.js' } },
};
// `*.db.test.ts` and the cross-department tests touch a database, so they run once per engine.
const databaseTests = ['services/*/src/**/*.db.test.ts', 'gateway/src/**/*.db.test.ts', 'tests/**/*.test.ts'];
const unitTests = ['services/*/src/**/*.test.ts', 'gateway/src/**/*.test.ts', 'tests/**/*.unit.test.ts'];
// The dashboard in a browser: Debian's Chromium, which CI installs (.ci/run); skipped without it.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browserTests = ['tests/web/**/*.test.ts'];
// Fault tests: every service in its own process on PostgreSQL, started by the test (tests/faults).
const faultTests = ['tests/faults/**/*.fault.test.ts'];

export default defineConfig(async () => {
  const projects: TestProjectInlineConfiguration[] = [
    {
      ...shared,
      test: {
        name: 'unit',
        include: unitTests,
        exclude: ['**/*.db.test.ts', 'tests/faults/**', '**/node_modules/**'],
        env: { LOG_LEVEL: 'silent', APOLLO_TELEMETRY_DISABLED: '1' },
      },
    },
    {
      ...shared,
      test: {
        name: 'pglite',
        include: databaseTests,
        exclude: ['**/*.unit.test.ts', ...browserTests, 'tests/faults/**', '**/node_modules/**'],
        globalSetup: ['services/kit/src/testing/global-setup.ts'],
        env: { TEST_DATABASE: 'pglite', LOG_LEVEL: 'silent', APOLLO_TELEMETRY_DISABLED: '1' },
        testTimeout: 60_000,
        hookTimeout: 120_000,
      },
    },
  ];
  if (existsSync(CHROMIUM)) {
    projects.push({
      ...shared,
      test: {
        name: 'web',
        include: browserTests,
        exclude: ['**/*.unit.test.ts', 'tests/faults/**', '**/node_modules/**'],
        globalSetup: ['services/kit/src/testing/global-setup.ts', 'tests/web/support/build-dashboard.ts'],
        env: { TEST_DATABASE: 'pglite', LOG_LEVEL: 'silent', APOLLO_TELEMETRY_DISABLED: '1', CHROMIUM_PATH: CHROMIUM },
        testTimeout: 60_000,
        hookTimeout: 120_000,
      },
    });
  } else if (process.env.CI === 'true') {
    // CI must run the browser tests: .ci/run installs Chromium, so its absence is a failure.
    throw new Error(`${CHROMIUM} not found in CI: .ci/run should have installed it (apt-get install -y chromium).`);
  } else {
    console.warn(
      `${CHROMIUM} not found: the dashboard's browser tests (tests/web) are skipped (apt-get install -y chromium).`,
    );
  }
  if (await postgresAnswers()) {
    projects.push({
      ...shared,
      test: {
        name: 'postgres',
        include: databaseTests,
        exclude: ['**/*.unit.test.ts', ...browserTests, 'tests/faults/**', '**/node_modules/**'],
        globalSetup: ['services/kit/src/testing/global-setup.ts'],
        env: { TEST_DATABASE: 'postgres', LOG_LEVEL: 'silent', APOLLO_TELEMETRY_DISABLED: '1' },
        testTimeout: 60_000,
        hookTimeout: 120_000,
      },
    });
    // Each file starts the whole stack as separate processes (9 node processes under tsx, ~1.8 GB):
    // one file at a time. A project without file parallelism runs after the others, alone.
    projects.push({
      ...shared,
      test: {
        name: 'faults',
        include: faultTests,
        exclude: ['**/node_modules/**'],
        env: { TEST_DATABASE: 'postgres', LOG_LEVEL: 'silent', APOLLO_TELEMETRY_DISABLED: '1' },
        fileParallelism: false,
        testTimeout: 240_000,
        hookTimeout: 240_000,
      },
    });
  } else {
    console.warn(
      'PostgreSQL does not answer: the database tests run on PGlite only, and the fault tests (tests/faults) not at all.',
    );
  }
  return { test: { projects } };
});
