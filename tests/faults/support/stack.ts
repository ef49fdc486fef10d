import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { subgraphEnvName } from '@fupin/gateway';
import { mintToken, type Role } from '@fupin/kit';
import * as subgraphList from '../../../scripts/lib/subgraphs.js';
import { createFaultDatabase, type FaultDatabase } from './database.js';
import { freePorts } from './ports.js';
import { REPO_ROOT, ServiceProcess } from './service-process.js';

// The deployed shape on one machine: every subgraph in its own node process on PostgreSQL (one
// database, each subgraph in its own schema, as deployed with one server), and the gateway in
// another, pointed at them by SUBGRAPH_<NAME>_URL. No PGlite anywhere.

export interface StackOptions {
  /** Added to every process's environment (subgraphs and gateway). */
  env?: Record<string, string>;
  /** Added to the environment of all subgraphs. */
  subgraphsEnv?: Record<string, string>;
  /** Added to one subgraph's environment, by subgraph name. */
  subgraphEnv?: Record<string, Record<string, string>>;
  /** Added to the gateway's environment. */
  gatewayEnv?: Record<string, string>;
  /** A subgraph's DATABASE_URL (default: the test database's own URL), e.g. through a proxy. */
  databaseUrl?: (subgraph: string, database: FaultDatabase) => string;
  /** Progress lines (start-up times), e.g. `console.log`. */
  onProgress?: (message: string) => void;
}

export interface GraphQLAnswer<T = Record<string, any>> {
  status: number;
  body: {
    data?: T | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  };
  /** Milliseconds from sending to the whole answer. */
  ms: number;
}

export interface Stack {
  database: FaultDatabase;
  /** The subgraphs' names, from scripts/lib/subgraphs.ts. */
  names: string[];
  subgraphs: Map<string, ServiceProcess>;
  gateway: ServiceProcess;
  /** The gateway's /graphql. */
  url: string;
  /** The AUTH_SECRET every process was given. */
  authSecret: string;
  /** Milliseconds from the first spawn to the whole stack ready, per start. */
  startMs: number[];
  subgraph(name: string): ServiceProcess;
  /** POSTs an operation to the gateway (aborted after `timeoutMs`, default 60 s). */
  query<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { headers?: Record<string, string>; timeoutMs?: number },
  ): Promise<GraphQLAnswer<T>>;
  /** `authorization` header with a token the services accept. */
  bearer(department: string, role?: Role): Promise<Record<string, string>>;
  /** kill -9 of every process, all at once. */
  killAll(): Promise<void>;
  /** Starts every process that is not running, all in parallel; resolves when each /ready is 200. */
  startAll(): Promise<number>;
  /** RSS of each running process, MB. */
  rssMegabytes(): Record<string, number>;
  /** The last lines of every process's output, for a failure message. */
  report(lines?: number): string;
  /** Stops every process (kill -9 if it does not stop in time) and drops the database. */
  stop(): Promise<void>;
}

/** A subgraph and the module that runs it on its own (relative to the repository root). */
export interface SubgraphEntry {
  name: string;
  main: string;
}

/**
 * The subgraphs, from the one list (`scripts/lib/subgraphs.ts`: its `subgraphPackages` with each
 * one's `main`, or the names of `subgraphLoaders` and `services/<name>/src/main.ts`), checked
 * against the committed supergraph's `join__Graph`.
 */
export function subgraphEntries(): SubgraphEntry[] {
  const packages = (subgraphList as { subgraphPackages?: readonly { name: string; main: string }[] }).subgraphPackages;
  const entries = packages
    ? packages.map(({ name, main }) => ({ name, main: path.relative(REPO_ROOT, main) }))
    : Object.keys(subgraphList.subgraphLoaders).map((name) => ({ name, main: `services/${name}/src/main.ts` }));
  const names = entries.map((e) => e.name);
  const supergraph = readFileSync(new URL('schema/supergraph.graphql', `file://${REPO_ROOT}`), 'utf8');
  const enumBody = /enum join__Graph \{([^}]*)\}/.exec(supergraph)?.[1] ?? '';
  const composed = [...enumBody.matchAll(/@join__graph\(name: "([^"]+)"/g)].map((m) => m[1]!);
  const missing = names.filter((n) => !composed.includes(n));
  const extra = composed.filter((n) => !names.includes(n));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(
      `scripts/lib/subgraphs.ts and schema/supergraph.graphql disagree (not composed: ${missing.join(', ') || 'none'}; ` +
        `composed but not listed: ${extra.join(', ') || 'none'}): run npm run compose`,
    );
  }
  return entries;
}

function baseEnv(authSecret: string): Record<string, string> {
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    // Production starts an empty graph; the faults are shown on the sample figures.
    SAMPLE_DATA: 'true',
    APOLLO_TELEMETRY_DISABLED: '1',
    LOG_LEVEL: process.env.FAULTS_LOG_LEVEL ?? 'warn',
    HOST: '127.0.0.1',
    AUTH_SECRET: authSecret,
  };
  // Only what node needs from the runner's environment: none of vitest's variables, so that
  // each service runs as deployed.
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ']) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  return env;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const progress = options.onProgress ?? (() => {});
  const entries = subgraphEntries();
  const names = entries.map((e) => e.name);
  const database = await createFaultDatabase();
  const authSecret = randomBytes(48).toString('base64');
  const ports = await freePorts(names.length + 1);
  const common = { ...baseEnv(authSecret), ...options.env };

  const subgraphs = new Map<string, ServiceProcess>();
  entries.forEach(({ name, main }, index) => {
    const env = {
      ...common,
      DATABASE_URL: options.databaseUrl?.(name, database) ?? database.url,
      ...options.subgraphsEnv,
      ...options.subgraphEnv?.[name],
    };
    subgraphs.set(name, new ServiceProcess(name, main, ports[index]!, env));
  });
  const gatewayEnv: Record<string, string> = { ...common, ...options.gatewayEnv };
  for (const subgraph of subgraphs.values()) {
    gatewayEnv[`SUBGRAPH_${subgraphEnvName(subgraph.name)}_URL`] = subgraph.graphqlUrl;
  }
  const gateway = new ServiceProcess('gateway', 'gateway/src/main.ts', ports[names.length]!, gatewayEnv);
  const all = [...subgraphs.values(), gateway];

  // Whatever happens to the runner, its children go with it (see also orphan-guard.ts).
  const killEverything = () => all.forEach((service) => service.killNow());
  process.on('exit', killEverything);

  const startMs: number[] = [];
  // Everything starts at once: 9 node processes under tsx share the machine's cores, so the
  // stack is ready when the slowest is. The gateway starts with the subgraphs: it reads the
  // committed supergraph and calls no subgraph before a query, so it need not wait for them
  // (which saves its ~2 s of start-up); the stack counts as started once every /ready is 200.
  const startAll = async () => {
    const started = performance.now();
    const waiting = all.filter((s) => !s.running);
    await Promise.all(waiting.map((s) => s.start()));
    const ms = performance.now() - started;
    startMs.push(ms);
    const slowest = waiting
      .map((s) => [s.name, s.readyMs.at(-1) ?? 0] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([name, readyMs]) => `${name} ${(readyMs / 1000).toFixed(1)} s`);
    progress(
      `${waiting.length} processes ready in ${(ms / 1000).toFixed(1)} s, in parallel (slowest: ${slowest.join(', ')})`,
    );
    return ms;
  };

  const stack: Stack = {
    database,
    names,
    subgraphs,
    gateway,
    url: gateway.graphqlUrl,
    authSecret,
    startMs,
    subgraph(name) {
      const subgraph = subgraphs.get(name);
      if (!subgraph) throw new Error(`no subgraph ${name} (there are ${names.join(', ')})`);
      return subgraph;
    },
    async query(query, variables, queryOptions = {}) {
      const sent = performance.now();
      const response = await fetch(gateway.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...queryOptions.headers },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(queryOptions.timeoutMs ?? 60_000),
      });
      const text = await response.text();
      const ms = performance.now() - sent;
      let body: GraphQLAnswer['body'];
      try {
        body = JSON.parse(text) as GraphQLAnswer['body'];
      } catch {
        throw new Error(`the gateway answered ${response.status} with no JSON: ${text.slice(0, 500)}`);
      }
      return { status: response.status, body, ms } as GraphQLAnswer<any>;
    },
    async bearer(department, role = 'publisher') {
      const token = await mintToken(authSecret, { subject: `${department}-${role}`, department, role });
      return { authorization: `Bearer ${token}` };
    },
    async killAll() {
      await Promise.all(all.map((service) => service.kill()));
    },
    startAll,
    rssMegabytes() {
      return Object.fromEntries(all.filter((s) => s.running).map((s) => [s.name, s.rssMegabytes()]));
    },
    report(lines = 40) {
      return all.map((service) => service.logs(lines)).join('\n');
    },
    async stop() {
      await Promise.all(all.map((service) => service.stop()));
      process.off('exit', killEverything);
      await database.drop();
    },
  };

  try {
    await startAll();
  } catch (error) {
    await stack.stop().catch(() => {});
    throw error;
  }
  return stack;
}

/** Every `extensions.code` of an answer's errors. */
export function errorCodes(answer: Pick<GraphQLAnswer, 'body'>): string[] {
  return (answer.body.errors ?? []).map((e) => String(e.extensions?.code ?? 'NO_CODE'));
}
