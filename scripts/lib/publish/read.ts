// Reading a department's figures from a CSV or .xlsx file, in the documented column layout.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PublishRow, RowError } from '@fupin/kit';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** The header row, in this order (note and replaces_revision may be left out). */
export const COLUMNS = ['indicator', 'county', 'year', 'value', 'note', 'replaces_revision'] as const;
export type Column = (typeof COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly Column[] = ['indicator', 'county', 'year', 'value'];

/** The field of `PublishRow` (and of the server's rowErrors) each column fills. */
export const FIELD_OF_COLUMN: Record<Column, keyof PublishRow> = {
  indicator: 'indicator',
  county: 'county',
  year: 'year',
  value: 'value',
  note: 'note',
  replaces_revision: 'replacesRevision',
};

export type Cell = string | number | null;

/** A row of the file as read, with its spreadsheet line (the header is line 1). */
export interface SheetRow {
  line: number;
  cells: Cell[];
}

export interface Sheet {
  format: 'csv' | 'xlsx';
  /** The header row's cells, as written. */
  header: string[];
  /** Every non-empty row after the header. */
  rows: SheetRow[];
}

/** The file cannot be read as figures at all (missing, wrong format, wrong header): exit 2. */
export class FileError extends Error {}

export async function readSheet(file: string): Promise<Sheet> {
  const extension = path.extname(file).toLowerCase();
  if (extension !== '.csv' && extension !== '.xlsx') {
    const hint = extension === '.xls' ? ' (an old Excel .xls: save it as .xlsx or as "CSV UTF-8")' : '';
    throw new FileError(`${file}: only .csv and .xlsx files can be published${hint}`);
  }
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileError(`${file}: no such file`);
    if (code === 'EISDIR') throw new FileError(`${file} is a folder, not a file`);
    throw new FileError(`${file}: cannot be read (${(error as Error).message})`);
  }
  return extension === '.csv' ? parseCsv(buffer, file) : parseXlsx(buffer, file);
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** A CSV file in UTF-8, with or without a byte-order mark; fields may be quoted ("a, b"). */
export function parseCsv(buffer: Uint8Array, file = 'the file'): Sheet {
  if (ZIP_SIGNATURE.every((byte, i) => buffer[i] === byte)) {
    throw new FileError(`${file} is an Excel workbook, not a CSV file: name it .xlsx`);
  }
  let text: string;
  try {
    // TextDecoder drops a leading byte-order mark.
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new FileError(
      `${file} is not UTF-8 text (Excel's plain "CSV" is saved as GBK): save it as "CSV UTF-8 (逗号分隔)" or as .xlsx`,
    );
  }
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  } catch (error) {
    const { lines } = error as { lines?: number };
    throw new FileError(`${file}${lines ? `, line ${lines}` : ''}: not a valid CSV file (${(error as Error).message})`);
  }
  // Record r of the file is spreadsheet line r + 1, as Excel numbers it (a quoted multi-line note
  // stays one line there).
  const [header, ...rest] = records;
  return {
    format: 'csv',
    header: header ?? [],
    rows: rest.map((cells, i) => ({ line: i + 2, cells })).filter((row) => !isEmptyRow(row.cells)),
  };
}

/** The first worksheet of an .xlsx workbook, header in its first row. */
export async function parseXlsx(buffer: Buffer, file = 'the file'): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    throw new FileError(`${file} is not a readable .xlsx workbook (${(error as Error).message})`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new FileError(`${file} has no worksheet`);
  let header: string[] = [];
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    // row.values is 1-based and sparse.
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    const cells = Array.from({ length: values.length }, (_, i) => cellOf(values[i]));
    if (line === 1) header = cells.map((cell) => (cell === null ? '' : String(cell)));
    else if (!isEmptyRow(cells)) rows.push({ line, cells });
  });
  return { format: 'xlsx', header, rows };
}

/** An Excel cell as text or a number: formulas give their saved result, rich text its text. */
function cellOf(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const formula = value as ExcelJS.CellFormulaValue;
      // A formula without a saved result (written by a program, never opened in Excel).
      return formula.result === undefined ? `=${formula.formula ?? ''}` : cellOf(formula.result as ExcelJS.CellValue);
    }
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('hyperlink' in value) return cellOf(value.text as ExcelJS.CellValue);
    if ('error' in value) return value.error;
  }
  return String(value);
}

function isEmptyRow(cells: readonly Cell[]): boolean {
  return cells.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
}

/** The rows of a file as `PublishRow`s, with the line of each and the cells of the wrong type. */
export interface Figures {
  format: Sheet['format'];
  rows: PublishRow[];
  /** The spreadsheet line of each row (rows[i] is on line lines[i]). */
  lines: number[];
  /**
   * Cells that are not of their column's type, shaped like the server's rowErrors (index into
   * rows; messages without a line, which the report adds). Such a row holds a placeholder there.
   */
  errors: RowError[];
}

/** Reads the header row, then each row's cells by their column's type. */
export function toFigures(sheet: Sheet, file = 'the file'): Figures {
  const columns = headerColumns(sheet.header, file);
  const rows: PublishRow[] = [];
  const lines: number[] = [];
  const errors: RowError[] = [];
  for (const { line, cells } of sheet.rows) {
    const index = rows.length;
    const error = (field: RowError['field'], code: string, message: string) =>
      errors.push({ index, field, code, message });
    const cell = (column: Column): Cell => {
      const at = columns.indexOf(column);
      const value = at < 0 ? null : (cells[at] ?? null);
      return typeof value === 'string' ? value.trim() || null : value;
    };
    const extra = cells.findIndex((value, i) => (i >= columns.length || columns[i] === null) && !isEmptyRow([value]));
    if (extra >= 0) {
      error(
        'row',
        'EXTRA_FIELD',
        `has a value in column ${extra + 1} ("${String(cells[extra]).trim()}"), which has no heading; a note with a comma must be in double quotes`,
      );
    }

    const text = (column: 'indicator' | 'county'): string => {
      const value = cell(column);
      if (value === null) error(column, 'MISSING_VALUE', `${column} is empty`);
      return value === null ? '' : String(value);
    };
    const indicator = text('indicator');
    const county = text('county');

    let year = Number.NaN;
    const yearCell = cell('year');
    if (yearCell === null) error('year', 'MISSING_VALUE', 'year is empty');
    else {
      const parsed =
        typeof yearCell === 'number' ? yearCell : /^[+-]?\d+$/.test(yearCell) ? Number(yearCell) : Number.NaN;
      if (Number.isInteger(parsed)) year = parsed;
      else error('year', 'NOT_AN_INTEGER', `year ${JSON.stringify(yearCell)} is not a whole number`);
    }

    let value = Number.NaN;
    const valueCell = cell('value');
    if (valueCell === null) error('value', 'MISSING_VALUE', 'value is empty');
    else {
      const parsed = typeof valueCell === 'number' ? valueCell : parseNumber(valueCell);
      if (Number.isFinite(parsed)) value = parsed;
      else error('value', 'NOT_A_NUMBER', `value ${JSON.stringify(valueCell)} is not a number`);
    }

    const noteCell = cell('note');
    const note = noteCell === null ? null : String(noteCell);

    let replacesRevision: number | null = null;
    const revisionCell = cell('replaces_revision');
    if (revisionCell !== null) {
      const parsed =
        typeof revisionCell === 'number'
          ? revisionCell
          : /^\d+$/.test(revisionCell)
            ? Number(revisionCell)
            : Number.NaN;
      if (Number.isInteger(parsed)) replacesRevision = parsed;
      else {
        error(
          'replacesRevision',
          'BAD_REVISION',
          `replaces_revision ${JSON.stringify(revisionCell)} is not a revision number (a whole number from 1, or empty)`,
        );
      }
    }

    rows.push({ indicator, county, year, value, note, replacesRevision });
    lines.push(line);
  }
  return { format: sheet.format, rows, lines, errors };
}

/** The columns of the header row, in file order (null: a column without a heading). */
function headerColumns(header: readonly string[], file: string): (Column | null)[] {
  const names = header.map((cell) => cell.trim().toLowerCase().replace(/\s+/g, '_'));
  while (names.length > 0 && names[names.length - 1] === '') names.pop();
  const layout = `the header row must be ${COLUMNS.join(',')} (note and replaces_revision may be left out)`;
  if (names.length === 0) throw new FileError(`${file} has no header row: ${layout}`);
  const columns = names.map((name) => {
    if (name === '') return null;
    const column = name === 'replacesrevision' ? 'replaces_revision' : name;
    if (!(COLUMNS as readonly string[]).includes(column)) {
      throw new FileError(`${file}: unknown column "${name}" in the header row; ${layout}`);
    }
    return column as Column;
  });
  for (const column of COLUMNS) {
    if (columns.filter((c) => c === column).length > 1)
      throw new FileError(`${file}: column "${column}" is twice in the header row`);
  }
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length > 0) throw new FileError(`${file}: the header row has no ${missing.join(', ')} column; ${layout}`);
  return columns;
}

/** A number as a person types it: `12.5`, `-3`, `1e3`, or with thousands separators `1,234.5`. */
export function parseNumber(text: string): number {
  const plain = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replaceAll(',', '') : text;
  return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(plain) ? Number(plain) : Number.NaN;
}
