// `npm run bench:soak`: the deployed shape (every subgraph and the gateway in its own process, on
// a PostgreSQL database of its own, as the fault tests start it) under a few minutes of mixed,
// bounded load on 127.0.0.1. Samples every process's RSS and prints start, peak and end, the
// slope per minute (a leak shows as a slope that does not flatten), requests per second, latency
// and errors by code. It asserts nothing.
//
//   SOAK_SECONDS          how long the load runs (default 180)
//   SOAK_CLIENTS          concurrent clients, each sending its next request when answered (default 4)
//   SOAK_SAMPLE_SECONDS   how often RSS is sampled (default 5)
//   SOAK_WRITE_SECONDS    a one-row publish every this many seconds, 0 for none (default 10)
//   TEST_POSTGRES_URL     the server to make the database on (default postgres://postgres@127.0.0.1:5432/postgres)
import { startStack, type GraphQLAnswer, type Stack } from '../tests/faults/support/stack.js';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 180);
const CLIENTS = Number(process.env.SOAK_CLIENTS ?? 4);
const SAMPLE_SECONDS = Number(process.env.SOAK_SAMPLE_SECONDS ?? 5);
const WRITE_SECONDS = Number(process.env.SOAK_WRITE_SECONDS ?? 10);

interface Operation {
  name: string;
  query: string;
  /** How many of every 20 requests are this one. */
  weight: number;
}

const year = 2019;
const OPERATIONS: Operation[] = [
  {
    name: 'county: all departments',
    weight: 6,
    query: `{ county(code: "421182") { name
      finance(year: ${year}) { specialBudgetShare rules { status gap } }
      transport(year: ${year}) { roadUpgradeKmPerTownship rules { status gap } }
      water(year: ${year}) { safeDrinkingWaterShare rules { status gap } }
      education(year: ${year}) { poorFamilyCompulsoryDropouts rules { status gap } }
      health(year: ${year}) { villageClinicCoverage rules { status gap } }
      financeInsurance(year: ${year}) { poorHouseholdLoanApprovalDays rules { status gap } } } }`,
  },
  {
    name: 'prefecture: counties and roll-ups',
    weight: 5,
    query: `{ prefecture(code: "421100") { name
      counties(povertyStatus: NONE, hasTasks: true) { code name transport(year: ${year}) { roadUpgradeKmPerTownship } finance(year: ${year}) { specialBudgetShare } }
      transport(year: ${year}) { roadUpgradeKmPerTownship } finance(year: ${year}) { specialBudgetShare } } }`,
  },
  { name: 'measures', weight: 4, query: `{ measures { number leadDepartments { name } } }` },
  {
    name: 'county assessment',
    weight: 3,
    query: `{ county(code: "421125") { assessment(year: ${year}) { score rank complete shortfalls { rule { id } gap } } } }`,
  },
  {
    name: 'province assessment',
    weight: 1,
    query: `{ provinceAssessment(year: ${year}) { meanScore complete counties { rank score county { name } } } }`,
  },
  {
    name: 'every county, six departments',
    weight: 1,
    query: `{ counties { code
      finance(year: ${year}) { specialBudgetShare } transport(year: ${year}) { roadUpgradeKmPerTownship }
      water(year: 2020) { safeDrinkingWaterShare } education(year: ${year}) { poorFamilyCompulsoryDropouts }
      health(year: ${year}) { medicalAssistanceFunds } financeInsurance(year: ${year}) { poorHouseholdLoanApprovalDays } } }`,
  },
];
const MIX = OPERATIONS.flatMap((o) => Array.from({ length: o.weight }, () => o));

interface Sample {
  at: number;
  rss: Record<string, number>;
}

/** Least-squares slope of `values` against `minutes`. */
function slope(minutes: number[], values: number[]): number {
  const n = minutes.length;
  if (n < 2) return 0;
  const mx = minutes.reduce((a, b) => a + b, 0) / n;
  const my = values.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i += 1) {
    num += (minutes[i]! - mx) * (values[i]! - my);
    den += (minutes[i]! - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function codesOf(answer: GraphQLAnswer): string[] {
  if (answer.status !== 200 && !answer.body.errors) return [`HTTP_${answer.status}`];
  return (answer.body.errors ?? []).map((e) => String(e.extensions?.code ?? 'NO_CODE'));
}

async function soak(stack: Stack): Promise<void> {
  const errors = new Map<string, number>();
  const latencies = new Map<string, number[]>();
  const count = (code: string) => errors.set(code, (errors.get(code) ?? 0) + 1);
  let requests = 0;
  let failedRequests = 0;
  let writes = 0;
  const samples: Sample[] = [];
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const deadline = started + SECONDS * 1000;

  const sample = () => samples.push({ at: elapsed(), rss: stack.rssMegabytes() });
  sample();
  const sampler = setInterval(sample, SAMPLE_SECONDS * 1000);
  const progress = setInterval(
    () =>
      console.error(
        `  ${Math.round(elapsed())} s: ${requests} requests, ${failedRequests} with errors, ` +
          `${Math.round(Object.values(samples.at(-1)!.rss).reduce((a, b) => a + b, 0))} MB`,
      ),
    30_000,
  );

  const client = async (index: number) => {
    let i = index;
    while (performance.now() < deadline) {
      const operation = MIX[i++ % MIX.length]!;
      try {
        const answer = await stack.query(operation.query, undefined, { timeoutMs: 60_000 });
        const codes = codesOf(answer);
        codes.forEach(count);
        if (codes.length > 0) failedRequests += 1;
        const list = latencies.get(operation.name) ?? [];
        list.push(answer.ms);
        latencies.set(operation.name, list);
      } catch (error) {
        count(`CLIENT_${(error as Error).name}`);
        failedRequests += 1;
      }
      requests += 1;
    }
  };

  // A small write now and then: one row of transport's, each batch with a key of its own.
  const writer = async () => {
    if (WRITE_SECONDS <= 0) return;
    const headers = await stack.bearer('transport');
    while (performance.now() + WRITE_SECONDS * 1000 < deadline) {
      await new Promise((resolve) => setTimeout(resolve, WRITE_SECONDS * 1000));
      const answer = await stack
        .query(
          `mutation ($input: PublishObservationsInput!) { publishTransportObservations(input: $input) { rowsWritten } }`,
          {
            input: {
              idempotencyKey: `soak-${Date.now()}-${writes}`,
              rows: [
                { indicator: 'transport.townshipsWithTasks', county: '421182', year: 2020, value: 8 + (writes % 3) },
              ],
            },
          },
          { headers, timeoutMs: 60_000 },
        )
        .catch((error: Error) => error);
      if (answer instanceof Error) count(`WRITE_CLIENT_${answer.name}`);
      else codesOf(answer).forEach((code) => count(`WRITE_${code}`));
      writes += 1;
    }
  };

  await Promise.all([...Array.from({ length: CLIENTS }, (_, i) => client(i * 7)), writer()]);
  const seconds = elapsed();
  clearInterval(sampler);
  clearInterval(progress);
  sample();

  // Figures.
  const names = Object.keys(samples[0]!.rss);
  const total = (s: Sample) => Object.values(s.rss).reduce((a, b) => a + b, 0);
  const series = [...names.map((name) => [name, (s: Sample) => s.rss[name] ?? 0] as const), ['all', total] as const];
  const minutes = samples.map((s) => s.at / 60);
  const half = samples.filter((s) => s.at >= seconds / 2);
  console.log(
    `\nsoak: ${SECONDS} s, ${CLIENTS} clients, ${stack.names.length} subgraphs + gateway, each its own process, on PostgreSQL`,
  );
  console.log(`RSS (MB), sampled every ${SAMPLE_SECONDS} s (${samples.length} samples)`);
  console.log(
    `${'process'.padEnd(20)} ${'start'.padStart(7)} ${'peak'.padStart(7)} ${'end'.padStart(7)} ${'MB/min'.padStart(8)} ${'2nd half MB/min'.padStart(16)}`,
  );
  for (const [name, value] of series) {
    const values = samples.map(value);
    console.log(
      `${name.padEnd(20)} ${values[0]!.toFixed(0).padStart(7)} ${Math.max(...values)
        .toFixed(0)
        .padStart(7)} ` +
        `${values.at(-1)!.toFixed(0).padStart(7)} ${slope(minutes, values).toFixed(2).padStart(8)} ` +
        `${slope(
          half.map((s) => s.at / 60),
          half.map(value),
        )
          .toFixed(2)
          .padStart(16)}`,
    );
  }
  console.log(
    `\nrequests: ${requests} in ${seconds.toFixed(0)} s = ${(requests / seconds).toFixed(1)} /s; writes: ${writes}`,
  );
  console.log(
    `${'operation'.padEnd(32)} ${'count'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)}`,
  );
  for (const operation of OPERATIONS) {
    const sorted = (latencies.get(operation.name) ?? []).sort((a, b) => a - b);
    console.log(
      `${operation.name.padEnd(32)} ${String(sorted.length).padStart(7)} ${percentile(sorted, 50).toFixed(0).padStart(8)} ` +
        `${percentile(sorted, 95).toFixed(0).padStart(8)} ${percentile(sorted, 99).toFixed(0).padStart(8)}`,
    );
  }
  console.log(`\nerrors by code (${failedRequests} requests with errors):`);
  if (errors.size === 0) console.log('  none');
  for (const [code, n] of [...errors].sort((a, b) => b[1] - a[1])) console.log(`  ${code.padEnd(30)} ${n}`);
}

const stack = await startStack({ onProgress: (message) => console.error(`  ${message}`) });
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await stack.stop();
};
process.once('SIGINT', () => void stop().then(() => process.exit(130)));
try {
  console.error(`  soaking for ${SECONDS} s with ${CLIENTS} clients…`);
  await soak(stack);
} catch (error) {
  console.error(error);
  console.error(stack.report());
  process.exitCode = 1;
} finally {
  await stop();
}
