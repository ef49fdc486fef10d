// `npm run publish`: read a department's figures, check them all, send them in batches, report.
import { atLines, checkFigures } from './check.js';
import { findDepartment } from './departments.js';
import { parseOptions, UsageError, USAGE, type Options } from './options.js';
import { FileError, readSheet, toFigures, type Figures } from './read.js';
import { departmentSummary, exitCode, formatReport, type BatchSpan, type LineRange, type Report } from './report.js';
import { contentHash, DEFAULT_BATCH_SIZE, planBatches, sendBatch, type Batch } from './send.js';

export interface Io {
  stdout: (text: string) => void;
  /** Progress and usage errors. */
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  fetch?: typeof fetch;
  /** Waits between attempts at an unanswered batch (tests make them short). */
  retryDelaysMs?: readonly number[];
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
};

/**
 * Runs the command; resolves to its exit code: 0 published or valid, 1 refused (locally, by a
 * subgraph, or by the gateway with an HTTP 4xx), 2 usage, 3 unanswered (connection, timeout, HTTP 5xx).
 */
export async function main(argv: readonly string[], io: Partial<Io> = {}): Promise<number> {
  const { stdout, stderr, env, fetch, retryDelaysMs } = { ...processIo, ...io };
  let options: Options | null;
  let figures: Figures;
  try {
    options = parseOptions(argv, env);
    if (!options) {
      stdout(`${USAGE}\n`);
      return 0;
    }
    figures = toFigures(await readSheet(options.file), options.file);
  } catch (error) {
    if (error instanceof UsageError || error instanceof FileError) {
      stderr(
        `npm run publish: ${error.message}\n${error instanceof UsageError ? '\nRun with --help for the options.\n' : ''}`,
      );
      return 2;
    }
    throw error;
  }
  const department = findDepartment(options.department)!;
  const fileHash = contentHash(figures.rows);
  const rowsRead = figures.rows.length;
  if (options.fromLine !== null) figures = fromLine(figures, options.fromLine);
  if (figures.rows.length === 0) {
    stderr(
      `npm run publish: ${options.file} has no rows to publish` +
        (options.fromLine !== null && rowsRead > 0 ? ` from line ${options.fromLine} on` : ' (only a header row)') +
        '\n',
    );
    return 2;
  }

  const { rows, errors } = checkFigures(figures, department);
  const batches = planBatches(rows, { department: department.id, fileHash, batchSize: options.batchSize });
  const report: Report = {
    outcome: 'VALID',
    department: departmentSummary(department),
    file: options.file,
    format: figures.format,
    dryRun: options.dryRun,
    gateway: options.dryRun ? null : options.gateway,
    rowsRead,
    fromLine: options.fromLine,
    percentValues: figures.percentValues ?? [],
    rowsToPublish: rows.length,
    batchSize: options.batchSize,
    batches: batches.length,
    rowsWritten: 0,
    batchesReplayed: 0,
    rowsReplayed: 0,
    written: null,
    rowsRefused: new Set(errors.map((e) => e.index)).size,
    refused: errors,
    stop: null,
    resume: null,
  };
  const finish = () => {
    stdout(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    return exitCode(report);
  };

  if (errors.length > 0) {
    report.outcome = 'REFUSED';
    report.stop = {
      stage: 'local',
      batch: null,
      lines: null,
      code: null,
      message: `${report.rowsRefused} row(s) refused`,
      notSent: null,
      httpStatus: null,
      wholeBatch: false,
    };
    return finish();
  }
  if (options.dryRun) return finish();

  report.outcome = 'PUBLISHED';
  const span = (first: Batch, last: Batch): BatchSpan => {
    const end = last.start + last.rows.length - 1;
    return {
      first: first.index + 1,
      last: last.index + 1,
      lines: [figures.lines[first.start]!, figures.lines[end]!],
      rows: end - first.start + 1,
    };
  };
  const linesOf = (batch: Batch): LineRange => span(batch, batch).lines;
  const label = (batch: Batch) => `batch ${batch.index + 1}/${batches.length}`;

  for (const batch of batches) {
    const outcome = await sendBatch(batch, {
      gateway: options.gateway,
      token: options.token!,
      mutation: department.mutation,
      fetch,
      retryDelaysMs,
      onRetry: (message, delay) => stderr(`${label(batch)}: ${message}; trying again in ${delay / 1000} s\n`),
    });
    const notSent = batch.index + 1 < batches.length ? span(batches[batch.index + 1]!, batches.at(-1)!) : null;
    if (outcome.kind === 'written') {
      report.written = span(batches[0]!, batch);
      if (outcome.replayed) {
        report.batchesReplayed += 1;
        report.rowsReplayed += batch.rows.length;
        stderr(`${label(batch)}: ${batch.rows.length} rows already written by an earlier run (replayed)\n`);
      } else {
        report.rowsWritten += outcome.rowsWritten;
        stderr(`${label(batch)}: ${outcome.rowsWritten} rows written\n`);
      }
      continue;
    }
    if (outcome.kind === 'refused') {
      stderr(
        `${label(batch)}: refused (${outcome.code}${outcome.httpStatus === 200 ? '' : `, HTTP ${outcome.httpStatus}`})\n`,
      );
      report.outcome = 'REFUSED';
      report.refused = atLines(outcome.rowErrors, (index) => figures.lines[index], batch.start);
      // A refusal that names no row (a token, the gateway's rules) refuses every row of the batch.
      const wholeBatch = report.refused.length === 0;
      report.rowsRefused = wholeBatch ? batch.rows.length : new Set(report.refused.map((e) => e.index)).size;
      report.stop = {
        stage: 'server',
        batch: batch.index + 1,
        lines: linesOf(batch),
        code: outcome.code,
        message: outcome.message,
        notSent,
        httpStatus: outcome.httpStatus,
        wholeBatch,
      };
      if (report.written) report.resume = resumeCommand(options, linesOf(batch)[0]);
    } else {
      stderr(`${label(batch)}: no answer (${outcome.message})\n`);
      report.outcome = 'FAILED';
      report.stop = {
        stage: 'network',
        batch: batch.index + 1,
        lines: linesOf(batch),
        code: null,
        message: outcome.message,
        notSent,
        httpStatus: null,
        wholeBatch: false,
      };
    }
    break;
  }
  return finish();
}

/** The rows from a spreadsheet line on. */
function fromLine(figures: Figures, line: number): Figures {
  const first = figures.lines.findIndex((l) => l >= line);
  const start = first < 0 ? figures.rows.length : first;
  return {
    format: figures.format,
    rows: figures.rows.slice(start),
    lines: figures.lines.slice(start),
    errors: figures.errors.filter((e) => e.index >= start).map((e) => ({ ...e, index: e.index - start })),
    percentValues: figures.percentValues
      ?.filter((p) => p.index >= start)
      .map((p) => ({ ...p, index: p.index - start })),
  };
}

function resumeCommand(options: Options, line: number): string {
  const quote = (text: string) => (/^[\w./:@-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`);
  return [
    'npm run publish --',
    `--department ${options.department}`,
    `--file ${quote(options.file)}`,
    options.batchSize === DEFAULT_BATCH_SIZE ? null : `--batch-size ${options.batchSize}`,
    `--from-line ${line}`,
  ]
    .filter(Boolean)
    .join(' ');
}
