// Checking a file's figures locally, with the subgraph's own validation, before sending any.
import { validateBatch, type PublishRow, type RowError } from '@fupin/kit';
import { countyRegistry } from '@fupin/reference';
import { publisherOfIndicator, type PublishingDepartment } from './departments.js';
import type { Figures } from './read.js';

/** A refused row, shaped like the server's rowErrors, with the spreadsheet line it is on. */
export interface LineError extends RowError {
  /** The line in the spreadsheet (the header is line 1): rows[index] is on this line. */
  line: number;
}

/** What the department's subgraph checks a batch against, for this department. */
export function batchRules(department: PublishingDepartment): Parameters<typeof validateBatch>[1] {
  return { model: department.model, counties: countyRegistry, measures: department.measures };
}

/**
 * Every row checked, as the subgraph will check it: the types of the cells first, then
 * `validateBatch` (indicators of the department, counties in each indicator's scope — the
 * non-poverty counties with tasks unless it says otherwise —, plan years and the base year 2017
 * for the figures a year-on-year rule compares, ranges, duplicates) over the whole file at once. Rows come back with old county codes made current.
 */
export function checkFigures(
  figures: Figures,
  department: PublishingDepartment,
): { rows: PublishRow[]; errors: LineError[] } {
  const { rows, errors } = validateBatch(figures.rows, batchRules(department));
  // A cell of the wrong type holds a placeholder: what validateBatch says of it repeats the
  // type error, and a placeholder key makes no duplicate.
  const typed = new Set(figures.errors.map((e) => `${e.index}|${e.field}`));
  const placeholderKey = new Set(
    figures.errors.filter((e) => ['indicator', 'county', 'year'].includes(e.field)).map((e) => e.index),
  );
  const fromModel = errors.filter(
    (e) => !typed.has(`${e.index}|${e.field}`) && !(e.code === 'DUPLICATE_ROW' && placeholderKey.has(e.index)),
  );
  const all = [...figures.errors, ...fromModel.map((e) => withHint(e, figures.rows[e.index], department))];
  all.sort((a, b) => a.index - b.index);
  return { rows, errors: atLines(all, (index) => figures.lines[index]) };
}

/** An indicator of another department: say whose it is. */
function withHint(error: RowError, row: PublishRow | undefined, department: PublishingDepartment): RowError {
  if (!row || (error.code !== 'UNKNOWN_INDICATOR' && error.code !== 'NOT_YOUR_INDICATOR')) return error;
  const owner = publisherOfIndicator(row.indicator);
  if (!owner || owner.id === department.id) return error;
  return { ...error, message: `${error.message} (${row.indicator} is ${owner.name}'s: --department ${owner.id})` };
}

/**
 * Row errors with the spreadsheet line of each row, their messages saying "line N" where
 * validateBatch and the server say "row N" (1-based within the batch).
 * `offset`: the index in the file of the batch's first row.
 */
export function atLines(
  errors: readonly RowError[],
  lineOf: (fileIndex: number) => number | undefined,
  offset = 0,
): LineError[] {
  const line = (fileIndex: number) => lineOf(fileIndex) ?? fileIndex + 2;
  return errors.map((error) => {
    const index = offset + error.index;
    const message = error.message
      .replace(/^row \d+: /, '')
      .replace(/\brow (\d+)\b/g, (_, n: string) => `line ${line(offset + Number(n) - 1)}`);
    return {
      index,
      line: line(index),
      field: error.field,
      code: error.code,
      message: `line ${line(index)}: ${message}`,
    };
  });
}
