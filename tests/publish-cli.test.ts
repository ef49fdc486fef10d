import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAuthConfig, mintToken } from '@fupin/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../scripts/lib/publish/main.js';
import { readSheet, toFigures } from '../scripts/lib/publish/read.js';
import { startGraph, type RunningGraph } from './support/graph.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const example = path.join(root, 'examples', 'transport.csv');

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
  const out = { stdout: '', stderr: '' };
  const code = await main(['--department', 'transport', '--file', file, '--gateway', graph.url, ...more], {
    stdout: (text) => (out.stdout += text),
    stderr: (text) => (out.stderr += text),
    env: {},
    retryDelaysMs: [],
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

/** Every (county, year) of the example, with the current observation of each of its rows. */
async function currentOfExample() {
  const { rows } = toFigures(await readSheet(example));
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
  it('publishes examples/transport.csv: the next query shows its figures, published and not sample', async () => {
    // 浠水县 had not reported 2020 in the sample figures.
    expect((await transportView('421125', 2020)).observations).toEqual([]);

    const run = await publish(example, '--token', tokens.transport!);
    expect(run.stdout + run.stderr, run.stdout).toMatch(/rows written: +10\n/);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('batch 1/1: 10 rows written\n');

    for (const { row, observation } of await currentOfExample()) {
      expect(observation, `${row.indicator} ${row.county} ${row.year}`).toMatchObject({
        value: row.value,
        note: row.note,
        sample: false,
        publishedBy: 'transport-officer',
      });
    }
    // Every figure of 浠水县 2020 is in the file: the view is no longer sample.
    const xishui = await transportView('421125', 2020);
    expect(xishui.sample).toBe(false);
    expect(xishui.observations.map((o) => o.revision)).toEqual([1, 1, 1, 1]);
  });

  it('running the same file again replays its batch and writes nothing', async () => {
    const before = await currentOfExample();
    const run = await publish(example, '--token', tokens.transport!);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/rows written: +0\n/);
    expect(run.stdout).toMatch(/batches replayed: +1 \(10 rows written by an earlier run, not written again\)/);
    expect(run.stderr).toBe('batch 1/1: 10 rows already written by an earlier run (replayed)\n');
    expect(await currentOfExample()).toEqual(before);
  });

  it('--dry-run checks the file and writes nothing', async () => {
    const changed = path.join(dir, 'changed.csv');
    await writeFile(changed, (await readFile(example, 'utf8')).replace(',84.2,', ',99.9,'));
    const before = await currentOfExample();
    graph.calls.reset();
    const run = await publish(changed, '--dry-run');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('VALID: all 10 rows would be accepted');
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
