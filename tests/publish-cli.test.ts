import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGateway, DEFAULT_SUPERGRAPH_PATH, persistedOperationsFromEnv, type Gateway } from '@fupin/gateway';
import { createLogger, loadAuthConfig, mintToken } from '@fupin/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../scripts/lib/publish/main.js';
import { PERSISTED_OPERATIONS_FILE } from '../scripts/lib/publish/operations.js';
import { readSheet, toFigures } from '../scripts/lib/publish/read.js';
import { startGraph, type RunningGraph } from './support/graph.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const example = path.join(root, 'services', 'transport', 'examples', 'transport.csv');

let graph: RunningGraph;
let dir: string;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  graph = await startGraph();
  dir = await mkdtemp(path.join(tmpdir(), 'publish-cli-'));
  // Signed with the key the graph checks tokens with (the development secret unless AUTH_SECRET is set).
  const auth = loadAuthConfig(process.env);
  for (const department of ['transport', 'finance']) {
    tokens[department] = await mintToken(auth, { subject: `${department}-officer`, department, role: 'publisher' });
  }
});
afterAll(async () => {
  await graph?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The command, in this process, against the test graph. */
async function publish(file: string, ...more: string[]) {
  return publishVia({ gateway: graph.url }, file, ...more);
}

/** The command, in this process, against a gateway of the test's choice. */
async function publishVia(
  options: { gateway: string; fetch?: Io['fetch']; retryDelaysMs?: readonly number[] },
  file: string,
  ...more: string[]
) {
  const out = { stdout: '', stderr: '' };
  const code = await main(['--department', 'transport', '--file', file, '--gateway', options.gateway, ...more], {
    stdout: (text) => (out.stdout += text),
    stderr: (text) => (out.stderr += text),
    env: {},
    fetch: options.fetch,
    retryDelaysMs: options.retryDelaysMs ?? [],
  });
  return { code, ...out };
}

const TRANSPORT = `query ($code: ID!, $year: Int!) {
  county(code: $code) {
    transport(year: $year) { sample observations { indicator { id } value revision note sample publishedBy } }
  }
}`;

interface Observation {
  indicator: { id: string };
  value: number;
  revision: number;
  note: string | null;
  sample: boolean;
  publishedBy: string;
}

async function transportView(code: string, year: number) {
  const { body } = await graph.query<{ county: { transport: { sample: boolean; observations: Observation[] } } }>(
    TRANSPORT,
    {
      code,
      year,
    },
  );
  expect(body.errors).toBeUndefined();
  return body.data!.county.transport;
}

/** The example's rows, as the command reads them. */
async function exampleRows() {
  const { rows, errors } = toFigures(await readSheet(example));
  expect(errors).toEqual([]);
  return rows;
}

/** Every (county, year) of the example, with the current observation of each of its rows. */
async function currentOfExample() {
  const rows = await exampleRows();
  const views = new Map<string, Awaited<ReturnType<typeof transportView>>>();
  for (const key of new Set(rows.map((r) => `${r.county}|${r.year}`))) {
    const [code, year] = key.split('|');
    views.set(key, await transportView(code!, Number(year)));
  }
  return rows.map((row) => ({
    row,
    observation: views.get(`${row.county}|${row.year}`)!.observations.find((o) => o.indicator.id === row.indicator),
  }));
}

describe('npm run publish against the graph', () => {
  it('publishes services/transport/examples/transport.csv: the next query shows its figures, published and not sample', async () => {
    // 浠水县 had not reported 2020 in the sample figures.
    expect((await transportView('421125', 2020)).observations).toEqual([]);
    const rows = await exampleRows();
    const xishui2020 = rows.filter((r) => r.county === '421125' && r.year === 2020);
    expect(xishui2020.length).toBeGreaterThan(0);

    const run = await publish(example, '--token', tokens.transport!);
    expect(run.stdout + run.stderr, run.stdout).toMatch(new RegExp(`rows written: +${rows.length}\n`));
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`batch 1/1: ${rows.length} rows written\n`);

    for (const { row, observation } of await currentOfExample()) {
      expect(observation, `${row.indicator} ${row.county} ${row.year}`).toMatchObject({
        value: row.value,
        note: row.note,
        sample: false,
        publishedBy: 'transport-officer',
      });
    }
    // Every figure of 浠水县 2020 is in the file, each its first revision: the view is no longer sample.
    const xishui = await transportView('421125', 2020);
    expect(xishui.sample).toBe(false);
    expect(xishui.observations.map((o) => o.indicator.id).sort()).toEqual(xishui2020.map((r) => r.indicator).sort());
    expect(xishui.observations.map((o) => o.revision)).toEqual(xishui2020.map(() => 1));
  });

  it('running the same file again replays its batch and writes nothing', async () => {
    const before = await currentOfExample();
    const { length } = await exampleRows();
    const run = await publish(example, '--token', tokens.transport!);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/rows written: +0\n/);
    expect(run.stdout).toMatch(
      new RegExp(`batches replayed: +1 \\(${length} rows written by an earlier run, not written again\\)`),
    );
    expect(run.stderr).toBe(`batch 1/1: ${length} rows already written by an earlier run (replayed)\n`);
    expect(await currentOfExample()).toEqual(before);
  });

  it('--dry-run checks the file and writes nothing', async () => {
    const changed = path.join(dir, 'changed.csv');
    const original = await readFile(example, 'utf8');
    const edited = original.replace(',84.2,', ',99.9,');
    expect(edited).not.toBe(original); // one figure differs from what was published
    await writeFile(changed, edited);
    const before = await currentOfExample();
    const { length } = await exampleRows();
    graph.calls.reset();
    const run = await publish(changed, '--dry-run');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`VALID: all ${length} rows would be accepted`);
    expect(graph.calls.requests.size).toBe(0);
    expect(await currentOfExample()).toEqual(before);
  });

  it("reports the server's refusal of a stale correction by line, and writes nothing of it", async () => {
    // The example corrected revision 1 of 浠水县's 2019 kilometres: revision 1 is no longer current.
    const stale = path.join(dir, 'stale.csv');
    await writeFile(
      stale,
      'indicator,county,year,value,note,replaces_revision\n' +
        'transport.poorVillages,421102,2019,6,,\n' +
        'transport.townshipRoadUpgradeKm,421125,2019,62.0,再次更正,1\n',
    );
    const before = await transportView('421102', 2019);
    const run = await publish(stale, '--token', tokens.transport!);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      / 3 +replaces_revision +REVISION_CONFLICT +corrects revision 1, but the current revision is 2/,
    );
    expect(run.stdout).toContain('REFUSED by the server: batch 1 of 1 (lines 2–3): CONFLICT');
    expect(run.stdout).toContain('Nothing was written.');
    expect(await transportView('421102', 2019)).toEqual(before);
  });

  it("refuses another department's token, and writes nothing", async () => {
    const changed = path.join(dir, 'other-token.csv');
    await writeFile(changed, 'indicator,county,year,value\ntransport.poorVillages,421102,2019,7\n');
    const before = await transportView('421102', 2019);
    const run = await publish(changed, '--token', tokens.finance!);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/REFUSED by the server: batch 1 of 1 \(line 2\): FORBIDDEN/);
    expect(await transportView('421102', 2019)).toEqual(before);
  });
});

/** The dashboard's operations, as its build writes them to web/persisted-operations.json. */
const DASHBOARD_OPERATIONS = path.join(root, 'web', 'src', 'gql', 'persisted-documents.json');

describe('npm run publish against a gateway in persisted-operations-only mode', () => {
  /** A gateway over the test graph's subgraphs, started with PERSISTED_OPERATIONS_ONLY=`list`. */
  async function onlyModeGateway(list: string): Promise<{ gateway: Gateway; url: string }> {
    const gateway = createGateway({
      supergraphSdl: await readFile(DEFAULT_SUPERGRAPH_PATH, 'utf8'),
      subgraphUrls: Object.fromEntries(graph.subgraphs.map((s) => [s.name, s.url])),
      log: createLogger('test', 'silent'),
      persistedOperations: persistedOperationsFromEnv({ PERSISTED_OPERATIONS_ONLY: list }),
      dashboardDir: null,
    });
    await gateway.start();
    return { gateway, url: `${(await gateway.listen(0)).url}/graphql` };
  }

  let registered: { gateway: Gateway; url: string };
  let dashboardOnly: { gateway: Gateway; url: string };
  beforeAll(async () => {
    // The deployment's setting: the dashboard's list and the command's, comma-separated.
    registered = await onlyModeGateway(`${DASHBOARD_OPERATIONS},${PERSISTED_OPERATIONS_FILE}`);
    // A deployment that lists the dashboard's operations only.
    dashboardOnly = await onlyModeGateway(DASHBOARD_OPERATIONS);
  });
  afterAll(async () => {
    await registered?.gateway.stop();
    await dashboardOnly?.gateway.stop();
  });

  const post = async (url: string, body: Record<string, unknown>) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] },
    };
  };

  it("publishes through the command when the command's list is registered", async () => {
    const file = path.join(dir, 'only-mode.csv');
    await writeFile(file, 'indicator,county,year,value,note\ntransport.poorVillages,421182,2020,19,只读模式\n');
    const run = await publishVia({ gateway: registered.url }, file, '--token', tokens.transport!);
    expect(run.stdout, run.stdout).toContain('PUBLISHED: 1 row written.');
    expect(run.code).toBe(0);
    const observation = (await transportView('421182', 2020)).observations.find(
      (o) => o.indicator.id === 'transport.poorVillages',
    );
    expect(observation).toMatchObject({ value: 19, note: '只读模式', publishedBy: 'transport-officer' });
  });

  it("still runs the dashboard's operations, and refuses a free-form query", async () => {
    const dashboard = JSON.parse(await readFile(DASHBOARD_OPERATIONS, 'utf8')) as Record<string, string>;
    const [hash, text] = Object.entries(dashboard).find(([, t]) => t.startsWith('query MeasurePage('))!;
    const asked = await post(registered.url, {
      query: text,
      variables: { number: 11 },
      extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
    });
    expect(asked.status).toBe(200);
    expect(asked.body.data?.measure?.number).toBe(11);

    const freeForm = await post(registered.url, { query: TRANSPORT, variables: { code: '421182', year: 2020 } });
    expect(freeForm.status).toBe(400);
    expect(freeForm.body.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_ALLOWED');
  });

  it('refuses the command where its list is not registered: exit 1 with the code, sent once, nothing written', async () => {
    const file = path.join(dir, 'unregistered.csv');
    await writeFile(file, 'indicator,county,year,value\ntransport.poorVillages,421182,2020,20\n');
    const before = await transportView('421182', 2020);
    let requests = 0;
    const counting = ((...args: Parameters<typeof fetch>) => {
      requests += 1;
      return fetch(...args);
    }) as typeof fetch;
    const run = await publishVia(
      { gateway: dashboardOnly.url, fetch: counting, retryDelaysMs: [1, 1] },
      file,
      '--token',
      tokens.transport!,
    );
    expect(run.code).toBe(1);
    expect(requests).toBe(1);
    expect(run.stderr).toBe('batch 1/1: refused (PERSISTED_OPERATION_NOT_FOUND, HTTP 400)\n');
    expect(run.stdout).toContain(
      'REFUSED by the server (HTTP 400): batch 1 of 1 (line 2): PERSISTED_OPERATION_NOT_FOUND',
    );
    expect(run.stdout).toMatch(
      /rows refused: +1 \(the whole of batch 1, line 2, refused as one: nothing of it was written\)/,
    );
    expect(run.stdout).not.toMatch(/again later|once the gateway answers|FAILED/);
    expect(await transportView('421182', 2020)).toEqual(before);
  });
});
