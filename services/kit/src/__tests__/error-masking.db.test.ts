import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAuthConfig } from '../auth/index.js';
import { startSubgraph, type RunningSubgraph } from '../server/subgraph-server.js';
import { createTestDatabase, postGraphQL, type TestDatabase } from '../testing/index.js';
import { capturingLog } from './fixtures/capturing-log.js';
import { sqlSubgraph } from './fixtures/sql-subgraph.js';

// What a client sees of an unexpected failure in a subgraph: an error id, never the SQL, its
// parameters or a stack trace, whatever NODE_ENV says; the log has the detail under that id.

const auth = loadAuthConfig({ AUTH_SECRET: 'a-test-secret-of-forty-characters-or-so!' });

/** Starts the subgraph with NODE_ENV set as given while Apollo is built (it reads it then). */
async function startUnder(nodeEnv: string, database: TestDatabase) {
  const { log, lines } = capturingLog();
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = nodeEnv;
  try {
    const running = await startSubgraph(sqlSubgraph, { database, port: 0, auth, log });
    return { running, lines };
  } finally {
    process.env.NODE_ENV = previous;
  }
}

let database: TestDatabase;
const subgraphs: RunningSubgraph[] = [];
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  for (const running of subgraphs) await running.stop();
  await database?.drop();
});

describe('an unexpected error', () => {
  for (const nodeEnv of ['production', 'development']) {
    it(`reaches the client as an error id only, under NODE_ENV=${nodeEnv}`, async () => {
      const { running, lines } = await startUnder(nodeEnv, database);
      subgraphs.push(running);
      const secret = 'not-a-number-4f7a';
      const { status, body } = await postGraphQL(running.url, 'query ($t: String!) { cast(text: $t) }', { t: secret });

      expect(status).toBe(200);
      const text = JSON.stringify(body);
      expect(text).not.toMatch(/select|insert|params|::int|stacktrace|\bat \//i);
      expect(text).not.toContain(secret);
      const [error] = body.errors!;
      const errorId = error!.extensions!.errorId as string;
      expect(error).toEqual({
        message: `Internal server error (error id ${errorId})`,
        locations: [{ line: 1, column: 23 }],
        path: ['cast'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
      });

      const logged = lines.find((line) => line.errorId === errorId);
      expect(logged).toBeDefined();
      expect(logged!.err.message).toMatch(/select \$1::int as n/);
      expect(JSON.stringify(logged)).toContain(secret);
    });
  }

  it('of a closed database is masked the same way, with the code DATABASE_UNAVAILABLE', async () => {
    const closed = await createTestDatabase();
    const { running, lines } = await startUnder('production', closed);
    try {
      await closed.close();
      const { body } = await postGraphQL(running.url, '{ answer }');
      const [error] = body.errors!;
      const errorId = error!.extensions!.errorId as string;
      expect(error!.extensions).toEqual({ code: 'DATABASE_UNAVAILABLE', errorId });
      expect(error!.message).toBe(`Database unavailable; try again later (error id ${errorId})`);
      expect(JSON.stringify(body)).not.toMatch(/select|pool|PGlite|stack/i);
      expect(lines.find((line) => line.errorId === errorId)?.err).toBeDefined();

      const ready = await fetch(`${new URL(running.url).origin}/ready`);
      expect(ready.status).toBe(503);
    } finally {
      await running.stop();
      await closed.drop();
    }
  });

  it('leaves a refusal meant for the client as it was, without a stack trace', async () => {
    const { running } = await startUnder('development', database);
    subgraphs.push(running);
    const { body } = await postGraphQL(running.url, '{ answer(extra: 1) }');
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(body.errors?.[0]?.message).toMatch(/Unknown argument "extra"/);
  });
});
