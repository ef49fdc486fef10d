import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ORPHAN_GUARD = fileURLToPath(new URL('./orphan-guard.ts', import.meta.url));
const KEPT_LINES = 300;

/**
 * One service (a subgraph or the gateway) as its own node process, the way it is deployed:
 * `node --import tsx <script>` from the repository root, configured only by its environment.
 * It keeps its port across restarts, and the last lines of its stdout and stderr (and how each
 * run ended) for failure messages.
 */
export class ServiceProcess {
  child: ChildProcess | null = null;
  private readonly lines: string[] = [];
  private exited: Promise<void> = Promise.resolve();
  /** Milliseconds from spawn to the first `/ready` 200, per start. */
  readonly readyMs: number[] = [];

  constructor(
    readonly name: string,
    /** Relative to the repository root, e.g. `services/water/src/main.ts`. */
    readonly script: string,
    readonly port: number,
    public env: Record<string, string>,
  ) {
    if (!existsSync(new URL(script, `file://${REPO_ROOT}`))) {
      throw new Error(`${name}: ${script} does not exist (the harness starts services/<name>/src/main.ts)`);
    }
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get graphqlUrl(): string {
    return `${this.origin}/graphql`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Spawns the process (it must not be running). */
  spawn(): void {
    if (this.running) throw new Error(`${this.name} is already running (pid ${this.pid})`);
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', ORPHAN_GUARD, this.script], {
      cwd: REPO_ROOT,
      env: { ...this.env, PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.note(`spawned pid ${child.pid}: node --import tsx ${this.script} (PORT=${this.port})`);
    const collect = (stream: NodeJS.ReadableStream, tag: string) => {
      let partial = '';
      stream.setEncoding('utf8');
      stream.on('data', (text: string) => {
        const parts = (partial + text).split('\n');
        partial = parts.pop() ?? '';
        for (const line of parts) this.keep(`${tag} ${line}`);
      });
      stream.on('end', () => partial && this.keep(`${tag} ${partial}`));
    };
    collect(child.stdout!, 'out');
    collect(child.stderr!, 'err');
    this.exited = new Promise<void>((resolve) => {
      child.once('exit', (code, signal) => {
        this.note(`pid ${child.pid} exited (${signal ? `signal ${signal}` : `code ${code}`})`);
        resolve();
      });
      child.once('error', (error) => {
        this.note(`could not spawn: ${error.message}`);
        resolve();
      });
    });
  }

  /** Waits for `/ready` to answer 200; fails early, with the process's output, if it exits. */
  async waitReady(timeoutMs = 90_000, spawnedAt = performance.now()): Promise<number> {
    const deadline = spawnedAt + timeoutMs;
    for (;;) {
      if (!this.running) throw new Error(`${this.name} exited before it was ready\n${this.logs()}`);
      try {
        const response = await fetch(`${this.origin}/ready`, { signal: AbortSignal.timeout(2_000) });
        await response.arrayBuffer();
        if (response.status === 200) break;
      } catch {
        // not listening yet
      }
      if (performance.now() > deadline) {
        throw new Error(`${this.name} was not ready within ${timeoutMs} ms\n${this.logs()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const ms = performance.now() - spawnedAt;
    this.readyMs.push(ms);
    this.note(`ready after ${Math.round(ms)} ms`);
    return ms;
  }

  /** Spawns it and waits until it is ready. */
  async start(timeoutMs?: number): Promise<number> {
    const spawnedAt = performance.now();
    this.spawn();
    return this.waitReady(timeoutMs, spawnedAt);
  }

  /** Sends `signal` (SIGSTOP, SIGCONT, …) and returns at once. */
  signal(signal: NodeJS.Signals): void {
    if (!this.running) throw new Error(`${this.name} is not running`);
    this.note(`sending ${signal}`);
    this.child!.kill(signal);
  }

  /** kill -9, and waits until the process is gone. */
  async kill(): Promise<void> {
    if (!this.running) return;
    this.note('kill -9');
    this.child!.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM (after SIGCONT, in case it is stopped); kill -9 if it has not exited after `graceMs`. */
  async stop(graceMs = 5_000): Promise<void> {
    if (!this.running) return;
    const child = this.child!;
    child.kill('SIGCONT');
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  /** kill -9 without waiting, for `process.on('exit')`. */
  killNow(): void {
    if (this.running) this.child!.kill('SIGKILL');
  }

  /** Resident memory of the process, in MB (0 when it is not running). */
  rssMegabytes(): number {
    if (!this.running) return 0;
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return kb / 1024;
    } catch {
      return 0;
    }
  }

  /** The last `count` lines of its output, each prefixed with the service's name. */
  logs(count = 60): string {
    return this.lines
      .slice(-count)
      .map((line) => `  [${this.name}] ${line}`)
      .join('\n');
  }

  private keep(line: string): void {
    this.lines.push(line);
    if (this.lines.length > KEPT_LINES) this.lines.splice(0, this.lines.length - KEPT_LINES);
  }

  private note(message: string): void {
    this.keep(`-- ${new Date().toISOString()} ${message}`);
  }
}
