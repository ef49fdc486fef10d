// The report of `npm run publish`: what was read, written, replayed and refused, and why.
import type { LineError } from './check.js';
import type { PublishingDepartment } from './departments.js';
import type { PercentValue } from './read.js';

export type Outcome = 'PUBLISHED' | 'VALID' | 'REFUSED' | 'FAILED';

/** Lines first–last of the spreadsheet. */
export type LineRange = [number, number];

export interface BatchSpan {
  /** 1-based, as the progress lines and the report count. */
  first: number;
  last: number;
  lines: LineRange;
  rows: number;
}

export interface Report {
  outcome: Outcome;
  department: { id: string; name: string; subgraph: string; mutation: string };
  file: string;
  format: 'csv' | 'xlsx';
  dryRun: boolean;
  gateway: string | null;
  /** Rows read from the file (empty lines left out). */
  rowsRead: number;
  /** With --from-line: the rows before it are left out. */
  fromLine: number | null;
  /** The values of the rows to publish that were read as per cent (a cell formatted 0.00%, a value written 45%). */
  percentValues?: readonly PercentValue[];
  rowsToPublish: number;
  batchSize: number;
  batches: number;
  /** Rows newly written by this run. */
  rowsWritten: number;
  /** Batches an earlier run had already written, answered from then and not written again. */
  batchesReplayed: number;
  rowsReplayed: number;
  /** Batches written, by this run or an earlier one: they stay written whatever follows. */
  written: BatchSpan | null;
  /** Distinct rows refused. */
  rowsRefused: number;
  refused: LineError[];
  /** Why it stopped, if it did. */
  stop: {
    stage: 'local' | 'server' | 'network';
    /** The batch refused or unanswered (1-based), and its lines. */
    batch: number | null;
    lines: LineRange | null;
    code: string | null;
    message: string;
    /** Batches not sent after it. */
    notSent: BatchSpan | null;
    /** The HTTP status of the server's refusal (200 for a subgraph's, 4xx for the gateway's); else null. */
    httpStatus: number | null;
    /**
     * The server refused the batch as a whole, naming no row (a token, the persisted-operations
     * list, a size limit): every row of the batch is counted in `rowsRefused`.
     */
    wholeBatch: boolean;
  } | null;
  /** The command that goes on from where a refused batch stopped. */
  resume: string | null;
}

/**
 * 0 PUBLISHED or VALID; 1 REFUSED (by the local check, by a subgraph, or by the gateway with an
 * HTTP 4xx: sending it again as it is cannot help); 3 FAILED (no answer: a connection failure, a
 * timeout, HTTP 5xx: the same command may be run again). 2, a usage error, is main's.
 */
export function exitCode(report: Pick<Report, 'outcome'>): number {
  return { PUBLISHED: 0, VALID: 0, REFUSED: 1, FAILED: 3 }[report.outcome];
}

export function departmentSummary(department: PublishingDepartment): Report['department'] {
  return { id: department.id, name: department.name, subgraph: department.subgraph, mutation: department.mutation };
}

const COLUMN_OF_FIELD: Record<string, string> = { replacesRevision: 'replaces_revision', row: '(row)' };
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
const lines = ([first, last]: LineRange) => (first === last ? `line ${first}` : `lines ${first}–${last}`);
const batchesOf = (span: BatchSpan) =>
  span.first === span.last ? `batch ${span.first}` : `batches ${span.first}–${span.last}`;

/** The report as the data officer reads it. */
export function formatReport(report: Report): string {
  const out: string[] = [];
  const d = report.department;
  out.push(
    `${report.dryRun ? 'Checking' : 'Publishing'} ${d.id} (${d.name}) figures from ${report.file}` +
      (report.dryRun ? ' — dry run: nothing is sent' : ` → ${d.mutation} at ${report.gateway}`),
    '',
  );
  const field = (label: string, value: string) => out.push(`${`${label}:`.padEnd(19)}${value}`);
  field('rows read', report.rowsRead.toLocaleString('en'));
  if (report.fromLine !== null)
    field('from line', `${report.fromLine} (${plural(report.rowsToPublish, 'row')} to publish)`);
  for (const [i, line] of percentLines(report.percentValues ?? []).entries()) {
    if (i === 0) field('percentages', line);
    else out.push(`${''.padEnd(19)}${line}`);
  }
  field('batches', `${report.batches.toLocaleString('en')} (up to ${plural(report.batchSize, 'row')} each)`);
  if (!report.dryRun) {
    field('rows written', report.rowsWritten.toLocaleString('en'));
    field(
      'batches replayed',
      report.batchesReplayed === 0
        ? '0'
        : `${report.batchesReplayed} (${plural(report.rowsReplayed, 'row')} written by an earlier run, not written again)`,
    );
  }
  field(
    'rows refused',
    report.stop?.wholeBatch && report.stop.lines
      ? `${report.rowsRefused.toLocaleString('en')} (the whole of batch ${report.stop.batch}, ${lines(report.stop.lines)}, ` +
          `refused as one: nothing of it was written)`
      : report.rowsRefused.toLocaleString('en'),
  );

  if (report.refused.length > 0) {
    out.push('');
    const rows = report.refused.map((e) => [
      String(e.line),
      COLUMN_OF_FIELD[e.field] ?? e.field,
      e.code,
      e.message.replace(/^line \d+: /, ''),
    ]);
    const widths = [4, 6, 4].map((min, i) => Math.max(min, ...rows.map((r) => r[i]!.length)));
    out.push(`  ${'line'.padStart(widths[0]!)}  ${'column'.padEnd(widths[1]!)}  ${'code'.padEnd(widths[2]!)}  message`);
    for (const r of rows) {
      out.push(`  ${r[0]!.padStart(widths[0]!)}  ${r[1]!.padEnd(widths[1]!)}  ${r[2]!.padEnd(widths[2]!)}  ${r[3]}`);
    }
  }

  out.push('');
  const stop = report.stop;
  switch (report.outcome) {
    case 'VALID':
      out.push(
        `VALID: all ${plural(report.rowsToPublish, 'row')} would be accepted. Nothing was sent (dry run);` +
          ` without --dry-run they go in ${plural(report.batches, 'batch', 'batches')}.`,
      );
      break;
    case 'PUBLISHED':
      out.push(
        report.rowsReplayed === 0
          ? `PUBLISHED: ${plural(report.rowsWritten, 'row')} written.`
          : `PUBLISHED: ${plural(report.rowsWritten, 'row')} written now; ${plural(report.rowsReplayed, 'row')} ` +
              `(${plural(report.batchesReplayed, 'batch', 'batches')}) had been written by an earlier run of the same file and were not written again.`,
      );
      break;
    case 'REFUSED':
      if (stop?.stage === 'local' || !stop) {
        out.push(
          `REFUSED: ${plural(report.rowsRefused, 'row')} above cannot be published. Nothing was sent: the whole file is checked` +
            ` before anything is sent.${report.dryRun ? '' : ' Correct the lines and run the command again.'}`,
        );
        break;
      }
      out.push(
        `REFUSED by the server${stop.httpStatus !== null && stop.httpStatus !== 200 ? ` (HTTP ${stop.httpStatus})` : ''}: ` +
          `batch ${stop.batch} of ${report.batches}${stop.lines ? ` (${lines(stop.lines)})` : ''}: ${stop.code}: ${stop.message}`,
        `Nothing of batch ${stop.batch} was written: each batch is written whole or not at all.` +
          (stop.notSent
            ? ` ${capitalise(batchesOf(stop.notSent))} (${lines(stop.notSent.lines)}) ${wasWere(stop.notSent)} not sent.`
            : ''),
      );
      {
        const advice = refusalAdvice(report, stop.code, stop.httpStatus);
        if (advice) out.push(advice);
      }
      out.push(...stillWritten(report));
      if (report.written && report.resume) {
        out.push(
          stop.wholeBatch
            ? `To go on once that is put right, publish from line ${stop.lines?.[0]} on:`
            : `To go on, correct the refused batch and publish from line ${stop.lines?.[0]} on:`,
          `  ${report.resume}`,
        );
        if (!stop.wholeBatch) {
          out.push(
            `Running the whole file again after changing it would write ${lines(report.written.lines)} again, as new revisions.`,
          );
        }
      }
      break;
    case 'FAILED':
      out.push(
        `FAILED: batch ${stop?.batch} of ${report.batches}${stop?.lines ? ` (${lines(stop.lines)})` : ''} got no answer: ${stop?.message}.`,
        `Batch ${stop?.batch} may or may not have been written.`,
      );
      out.push(...stillWritten(report));
      out.push(
        'Run the same command again once the gateway answers: with the same file and --batch-size, the batches already' +
          ' written are answered from the first time (replayed) and nothing is written twice.',
      );
      break;
  }
  return out.join('\n') + '\n';
}

/** What a refusal of the whole batch asks of the data officer (or of the gateway's operator). */
function refusalAdvice(report: Report, code: string | null, httpStatus: number | null): string | null {
  const d = report.department;
  switch (code) {
    case 'PERSISTED_OPERATION_NOT_FOUND':
    case 'OPERATION_NOT_ALLOWED':
      return (
        `The gateway runs only registered operations (PERSISTED_OPERATIONS_ONLY), and ${d.mutation} as this command sends it` +
        ' is not one of them: its operator must add scripts/lib/publish/persisted-operations.json (of this version of the' +
        ' command) to PERSISTED_OPERATIONS_ONLY. Sending the file again does not help until then.'
      );
    case 'UNAUTHENTICATED':
      return (
        `The token was not accepted: get a new publisher token of ${d.id} (${d.name}) and pass it with --token or FUPIN_TOKEN` +
        ` (in development: npm run token -- --department ${d.id} --role publisher).`
      );
    case 'FORBIDDEN':
      return `The token may not publish these figures: it must be a publisher token of ${d.id} (${d.name}).`;
    case 'PAYLOAD_TOO_LARGE':
    case 'QUERY_TOO_COSTLY':
    case 'BATCH_TOO_LARGE':
      return `The batch is more than the gateway takes in one request: publish with a smaller --batch-size (this run: ${report.batchSize}).`;
  }
  if (httpStatus === 413) {
    return `The batch is more than the gateway takes in one request: publish with a smaller --batch-size (this run: ${report.batchSize}).`;
  }
  if (httpStatus === 404 || httpStatus === 405) {
    return `Nothing answers GraphQL requests at ${report.gateway}: check --gateway (or FUPIN_GATEWAY).`;
  }
  return null;
}

/**
 * What was read as per cent, with an example and the lines:
 * "3 cells formatted as percentages were read as per cent: 0.45% → 0.45 (stored as 0.0045), … (lines 2, 5, 9)".
 */
function percentLines(values: readonly PercentValue[]): string[] {
  const line = (group: readonly PercentValue[], what: (one: boolean) => string) => {
    const [first] = group;
    if (!first) return [];
    const example = `${first.shown} → ${first.value}${first.stored === null ? '' : ` (stored as ${first.stored})`}`;
    return [
      `${group.length.toLocaleString('en')} ${what(group.length === 1)} read as per cent: ${example}` +
        `${group.length > 1 ? ', …' : ''} (${lineList(group.map((v) => v.line))})`,
    ];
  };
  return [
    ...line(
      values.filter((v) => v.stored !== null),
      (one) => (one ? 'cell formatted as a percentage was' : 'cells formatted as percentages were'),
    ),
    ...line(
      values.filter((v) => v.stored === null),
      (one) => (one ? 'value written with % was' : 'values written with % were'),
    ),
  ];
}

/** Lines 2, 5, 9–12, the first ten runs of them. */
function lineList(numbers: readonly number[]): string {
  const runs: LineRange[] = [];
  for (const n of numbers) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  const shown = runs.slice(0, 10).map(([first, last]) => (first === last ? `${first}` : `${first}–${last}`));
  const more = runs.slice(10).reduce((sum, [first, last]) => sum + last - first + 1, 0);
  const rest = more > 0 ? ` and ${plural(more, 'more line')}` : '';
  return `${numbers.length === 1 ? 'line' : 'lines'} ${shown.join(', ')}${rest}`;
}

function stillWritten(report: Report): string[] {
  if (!report.written) return ['Nothing was written.'];
  return [
    `STILL WRITTEN: ${batchesOf(report.written)} (${lines(report.written.lines)}, ${plural(report.written.rows, 'row')}) ` +
      `${wasWere(report.written)} written before and ${report.written.first === report.written.last ? 'stays' : 'stay'} written.`,
  ];
}

function wasWere(span: BatchSpan): string {
  return span.first === span.last ? 'was' : 'were';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
