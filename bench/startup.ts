// `npm run bench:startup`: how long `npm start` takes to answer, on a first run (empty data
// folder) and on a later run (the same folder), and how much memory the whole system holds.
// Prints figures and their ratio to the budgets of the walking skeleton; it asserts nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { indicatorField, readDepartmentsManifest } from '@fupin/kit';

const BUDGET = { firstRunSeconds: 20, laterRunSeconds: 6, rssMegabytes: 1200 };
const PORT = Number(process.env.BENCH_PORT ?? 4100);
const QUERY = `{ county(code: "421181") { name prefecture { name } povertyStatus } measures { number leadDepartments { name } } }`;
// Every county's views from every department (each department part of the graph that answers for
// a measure of the document, as schema/departments.json lists them), with a ruled figure and the
// rule results: what the memory figure after queries is about.
const HEAVY = `{ counties { code
${readDepartmentsManifest()
  .departments.filter((d) => d.indicators.some((i) => i.measure !== null))
  .map((d) => {
    const figure = indicatorField({ id: d.rules[0]?.indicator ?? d.indicators[0]!.id });
    return `  ${d.viewField}(year: 2019) { ${figure} rules { status } }`;
  })
  .join('\n')}
} }`;

async function heavyQuery(): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: HEAVY }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`the heavy query failed: ${JSON.stringify(body.errors)}`);
}

/** RSS of a process and all its descendants, in MB, read from /proc. */
function treeRssMegabytes(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      const pages = Number(fields[21]);
      rss.set(Number(entry), (pages * 4096) / 1e6);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

async function answers(): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    const body = (await response.json()) as { data?: { county?: { name?: string }; measures?: unknown[] } };
    return body.data?.county?.name === '麻城市' && body.data.measures?.length === 22;
  } catch {
    return false;
  }
}

interface RunFigures {
  readySeconds: number;
  peakRssMegabytes: number;
  rssAfterQueriesMegabytes: number;
  stopSeconds: number;
}

async function run(databaseUrl: string): Promise<RunFigures> {
  const started = performance.now();
  const child: ChildProcess = spawn('npm', ['start'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(PORT), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, treeRssMegabytes(child.pid!));
  }, 50);
  const deadline = started + 120_000;
  while (!(await answers())) {
    if (performance.now() > deadline || child.exitCode !== null)
      throw new Error('npm start did not answer within 120 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const readySeconds = (performance.now() - started) / 1000;
  for (let i = 0; i < 50; i += 1) await heavyQuery();
  const rssAfterQueriesMegabytes = treeRssMegabytes(child.pid!);
  peak = Math.max(peak, rssAfterQueriesMegabytes);
  clearInterval(sampler);

  const stopping = performance.now();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid!, 'SIGINT'); // Ctrl-C reaches the whole process group, as in a terminal
  await exited;
  return {
    readySeconds,
    peakRssMegabytes: peak,
    rssAfterQueriesMegabytes,
    stopSeconds: (performance.now() - stopping) / 1000,
  };
}

const dataDir = await mkdtemp(path.join(tmpdir(), 'fupin-bench-'));
// A folder whose parents do not exist yet, as .data/pglite on a fresh clone.
const databaseUrl = `pglite://${path.join(dataDir, '.data', 'pglite')}`;
try {
  const first = await run(databaseUrl);
  const later = await run(databaseUrl);
  const row = (label: string, value: number, budget: number, unit: string) =>
    `${label.padEnd(44)} ${value.toFixed(unit === 'MB' ? 0 : 2).padStart(8)} ${unit.padEnd(3)} budget ${String(budget).padStart(5)} ${unit.padEnd(3)} ratio ${(value / budget).toFixed(2)}`;
  console.log(`npm start, embedded PostgreSQL (PGlite), gateway on port ${PORT}`);
  console.log(row('first run: start to first answer', first.readySeconds, BUDGET.firstRunSeconds, 's'));
  console.log(row('later run: start to first answer', later.readySeconds, BUDGET.laterRunSeconds, 's'));
  console.log(row('first run: peak RSS, whole process tree', first.peakRssMegabytes, BUDGET.rssMegabytes, 'MB'));
  console.log(row('later run: peak RSS, whole process tree', later.peakRssMegabytes, BUDGET.rssMegabytes, 'MB'));
  console.log(
    row('later run: RSS after 50 all-county queries', later.rssAfterQueriesMegabytes, BUDGET.rssMegabytes, 'MB'),
  );
  console.log(
    `${'stop on Ctrl-C (first / later run)'.padEnd(44)} ${first.stopSeconds.toFixed(2)} s / ${later.stopSeconds.toFixed(2)} s`,
  );
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
