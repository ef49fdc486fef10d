// Reading a department's figures from a CSV or .xlsx file, in the documented column layout.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
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
  /**
   * An .xlsx row's number formats, by column: the format code of each numeric cell that has one
   * other than General (`0.00%`, `#,##0.0`), else undefined. A CSV file has none. Several codes:
   * the workbook has more than one that exceljs reads as the cell's, and which it is cannot be told.
   */
  formats?: (NumberFormat | undefined)[];
}

/** A number format code as the workbook has it, or the codes it may be (see SheetRow.formats). */
export type NumberFormat = string | readonly string[];

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
  const formatsAsWritten = customNumberFormats(buffer);
  let header: string[] = [];
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    // row.values is 1-based and sparse.
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    const cells = Array.from({ length: values.length }, (_, i) => cellOf(values[i]));
    if (line === 1) header = cells.map((cell) => (cell === null ? '' : String(cell)));
    else if (!isEmptyRow(cells)) {
      // The number format of each numeric cell (a formula's too): the number stored under `0.00%`
      // is the per cent shown divided by 100, which toFigures undoes for the value column.
      const formats: (NumberFormat | undefined)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        const format = cell.numFmt as unknown;
        if (typeof cells[column - 1] === 'number' && typeof format === 'string' && format !== 'General') {
          const written = formatsAsWritten?.get(format);
          formats[column - 1] = written === undefined ? format : written.length === 1 ? written[0]! : written;
        }
      });
      rows.push(formats.length > 0 ? { line, cells, formats } : { line, cells });
    }
  });
  return { format: 'xlsx', header, rows };
}

/**
 * The custom number formats of a workbook as xl/styles.xml writes them, by the code exceljs gives
 * for each: exceljs 4.4 reads a code with its backslash escapes dropped, so that `0.0\%` (a per
 * cent sign as text after the number) comes back as `0.0%` (a percentage, the number × 100).
 * Null if the file's parts cannot be read here (then exceljs's codes are used as they are).
 */
function customNumberFormats(xlsx: Buffer): Map<string, string[]> | null {
  const styles = zipEntry(xlsx, 'xl/styles.xml');
  if (!styles) return null;
  const byExcelJsCode = new Map<string, string[]>();
  for (const [, attributes] of styles.toString('utf8').matchAll(/<(?:\w+:)?numFmt\s([^>]*)>/g)) {
    const quoted = /\bformatCode\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attributes!);
    if (!quoted) continue;
    const code = unescapeXml(quoted[1] ?? quoted[2]!);
    const key = code.replace(/[\\](.)/g, '$1'); // as exceljs 4.4 reads it (NumFmtXform.parseOpen)
    const codes = byExcelJsCode.get(key) ?? [];
    if (!codes.includes(code)) codes.push(code);
    byExcelJsCode.set(key, codes);
  }
  return byExcelJsCode;
}

function unescapeXml(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) =>
    name.startsWith('#')
      ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
      : (named[name] ?? entity),
  );
}

/** One file of a ZIP archive (stored or deflated), or null if it has none such or cannot be read. */
function zipEntry(zip: Buffer, name: string): Buffer | null {
  try {
    // The end-of-central-directory record: in the last 22 + 65,535 (comment) bytes.
    let end = zip.length - 22;
    while (end >= Math.max(0, zip.length - 22 - 0xffff) && zip.readUInt32LE(end) !== 0x06054b50) end -= 1;
    if (end < 0 || zip.readUInt32LE(end) !== 0x06054b50) return null;
    const entries = zip.readUInt16LE(end + 10);
    let at = zip.readUInt32LE(end + 16);
    for (let i = 0; i < entries; i++) {
      if (zip.readUInt32LE(at) !== 0x02014b50) return null;
      const method = zip.readUInt16LE(at + 10);
      const size = zip.readUInt32LE(at + 20);
      const nameLength = zip.readUInt16LE(at + 28);
      const next = at + 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
      if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
        const local = zip.readUInt32LE(at + 42);
        if (zip.readUInt32LE(local) !== 0x04034b50 || size === 0xffffffff) return null;
        const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
        const data = zip.subarray(start, start + size);
        return method === 0 ? data : method === 8 ? inflateRawSync(data) : null;
      }
      at = next;
    }
    return null;
  } catch {
    return null;
  }
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
  /**
   * The values read as per cent (45 for 45 %): .xlsx cells under a percentage number format, and
   * values written with a per cent sign. In row order; the report lists them. (Optional only so
   * that Figures built elsewhere without it still type-check; toFigures always fills it.)
   */
  percentValues?: PercentValue[];
}

/** A value read as the per cent shown, not as the fraction stored. */
export interface PercentValue {
  /** Index into rows, and the spreadsheet line of that row. */
  index: number;
  line: number;
  /**
   * The value as the data officer sees it: for a formatted cell, as Excel's formula bar shows it
   * (`0.45%`, whatever the decimals of the format); for a value written with %, as written (`45%`).
   */
  shown: string;
  /** A formatted cell's stored number (0.0045); null for a value written with a per cent sign. */
  stored: number | null;
  /** A formatted cell's number format (`0.00%`); null for a value written with a per cent sign. */
  format: string | null;
  /** The value read, and published: 0.45. */
  value: number;
}

/** Reads the header row, then each row's cells by their column's type. */
export function toFigures(sheet: Sheet, file = 'the file'): Figures {
  const columns = headerColumns(sheet.header, file);
  const rows: PublishRow[] = [];
  const lines: number[] = [];
  const errors: RowError[] = [];
  const percentValues: PercentValue[] = [];
  for (const { line, cells, formats } of sheet.rows) {
    const index = rows.length;
    const error = (field: RowError['field'], code: string, message: string) =>
      errors.push({ index, field, code, message });
    const cell = (column: Column): Cell => {
      const at = columns.indexOf(column);
      const value = at < 0 ? null : (cells[at] ?? null);
      return typeof value === 'string' ? value.trim() || null : value;
    };
    /**
     * A numeric cell whose number format has a % sign that scales it: the number, the format, and
     * how many signs (null: cannot be told). Null for any other cell.
     */
    const percentFormatted = (column: Column): { stored: number; format: string; signs: number | null } | null => {
      const at = columns.indexOf(column);
      const stored = at < 0 ? null : cells[at];
      const format = at < 0 ? undefined : formats?.[at];
      if (typeof stored !== 'number' || format === undefined) return null;
      const codes = typeof format === 'string' ? [format] : format;
      const each = codes.map((code) => percentSigns(code, stored));
      const signs = each.every((n) => n === each[0]) ? each[0]! : null;
      return signs === 0 ? null : { stored, format: codes.join(' or '), signs };
    };
    // Under a percentage format, only the value column is read as the per cent shown. The other
    // columns are codes and whole numbers, where a % format is a slip whose meaning cannot be told:
    // a year typed into a column formatted 0% is stored as 20.19 (shown 2019%), one formatted after
    // typing is stored as 2019 (shown 201900%). Such a cell is refused, so that it is looked at.
    // (A note is text: it is read as shown, 45% for 0.45.)
    const refusedPercent = (column: 'indicator' | 'county' | 'year' | 'replaces_revision'): boolean => {
      const percent = percentFormatted(column);
      if (!percent) return false;
      error(
        FIELD_OF_COLUMN[column],
        'PERCENT_FORMAT',
        `${column} is formatted as a percentage (${percent.format}: Excel shows ${percentOf(percent.stored)}%, ` +
          `the file holds ${percent.stored}): format the cell as a number or as text and type the ${column} again`,
      );
      return true;
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
      if (refusedPercent(column)) return '';
      const value = cell(column);
      if (value === null) error(column, 'MISSING_VALUE', `${column} is empty`);
      return value === null ? '' : String(value);
    };
    const indicator = text('indicator');
    const county = text('county');

    let year = Number.NaN;
    const yearCell = cell('year');
    if (yearCell === null) error('year', 'MISSING_VALUE', 'year is empty');
    else if (!refusedPercent('year')) {
      const parsed =
        typeof yearCell === 'number' ? yearCell : /^[+-]?\d+$/.test(yearCell) ? Number(yearCell) : Number.NaN;
      if (Number.isInteger(parsed)) year = parsed;
      else error('year', 'NOT_AN_INTEGER', `year ${JSON.stringify(yearCell)} is not a whole number`);
    }

    let value = Number.NaN;
    const valueCell = cell('value');
    const valuePercent = percentFormatted('value');
    if (valueCell === null) error('value', 'MISSING_VALUE', 'value is empty');
    else if (valuePercent?.signs === 1) {
      // 0.0045 under 0.00% is shown 0.45%: the indicators in per cent take 0.45.
      value = percentOf(valuePercent.stored);
      percentValues.push({
        index,
        line,
        shown: `${value}%`,
        stored: valuePercent.stored,
        format: valuePercent.format,
        value,
      });
    } else if (valuePercent) {
      error(
        'value',
        'PERCENT_FORMAT',
        valuePercent.signs === null
          ? `value ${valuePercent.stored} has a number format (${valuePercent.format}) that may or may not show it as a percentage: format the cell as a number, or as 0.00%`
          : `value ${valuePercent.stored} has a number format with ${valuePercent.signs} % signs (${valuePercent.format}): format the cell as a number, or as 0.00%`,
      );
    } else if (typeof valueCell === 'number') value = valueCell;
    else {
      let parsed = parseNumber(valueCell);
      // A CSV file has no number formats: Excel saves a percentage-formatted cell into it as shown,
      // `45%` (and so does a text cell of a workbook). That is 45 per cent, which is what the
      // indicators in per cent take (a share is 0–100): it is read as 45 and reported, like a
      // formatted .xlsx cell, rather than refused, because the file says what it means and
      // refusing would only send the data officer to strip the signs by hand. (Reading it as 0.45
      // would be the bug this avoids; a % on an indicator that is not a share shows in the report.)
      const percent = Number.isNaN(parsed) ? parsePercent(valueCell) : Number.NaN;
      if (Number.isFinite(percent)) {
        parsed = percent;
        percentValues.push({ index, line, shown: valueCell, stored: null, format: null, value: percent });
      }
      if (Number.isFinite(parsed)) value = parsed;
      else error('value', 'NOT_A_NUMBER', `value ${JSON.stringify(valueCell)} is not a number`);
    }

    const noteCell = cell('note');
    const notePercent = percentFormatted('note');
    const note =
      noteCell === null ? null : notePercent?.signs === 1 ? `${percentOf(notePercent.stored)}%` : String(noteCell);

    let replacesRevision: number | null = null;
    const revisionCell = cell('replaces_revision');
    if (revisionCell !== null && !refusedPercent('replaces_revision')) {
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
  return { format: sheet.format, rows, lines, errors, percentValues };
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

/** A per cent written out, `45%`, `0.45 %`, `1,234.5%`, `45％` (full width): the number before the sign, else NaN. */
export function parsePercent(text: string): number {
  const match = /^(.*?)\s*[%\uFF05]$/.exec(text);
  return match ? parseNumber(match[1]!) : Number.NaN;
}

/**
 * How many times an Excel number format multiplies a number by 100 to show it: 1 for `0%`,
 * `0.00%`, `#,##0.0%`, `[Red]0.0%`; 0 for General, `0.00`, and for a % that is only text (in quotes
 * `0.0"%"`, escaped `0.0\%`, or after `_` or `*`). Of a format with sections
 * (positive;negative;zero;text), the section the number is shown with; null when that cannot be
 * told (conditional sections, `[>=1]0;0%`, that differ).
 */
export function percentSigns(format: string, value: number): number | null {
  const sections: { signs: number; condition: boolean }[] = [{ signs: 0, condition: false }];
  for (let i = 0; i < format.length; i++) {
    const section = sections.at(-1)!;
    const char = format[i];
    if (char === '"') {
      const end = format.indexOf('"', i + 1);
      i = end < 0 ? format.length : end;
    } else if (char === '\\' || char === '_' || char === '*') {
      i += 1; // an escaped character, a space the width of one, a fill character
    } else if (char === '[') {
      // [Red], [$-804], [h], or a condition [>=100]
      const end = format.indexOf(']', i + 1);
      if (/^[<>=]/.test(format.slice(i + 1))) section.condition = true;
      i = end < 0 ? format.length : end;
    } else if (char === ';') sections.push({ signs: 0, condition: false });
    else if (char === '%') section.signs += 1;
  }
  // The fourth section is for text.
  const numeric = sections.slice(0, 3);
  if (numeric.every((s) => s.signs === numeric[0]!.signs)) return numeric[0]!.signs;
  if (numeric.some((s) => s.condition)) return null;
  const section = value < 0 ? numeric[1] : value === 0 ? numeric[2] : numeric[0];
  return (section ?? numeric[0]!).signs;
}

/**
 * A stored fraction as the per cent Excel shows (0.0045 → 0.45), exactly: the decimal point moved
 * two places in its 15 significant digits, which is all Excel keeps and what its formula bar shows
 * (0.0045 * 100 is 0.44999999999999996 in binary floating point). Digits the number format does not
 * show are kept: 0.123456 under `0%` is shown 12% but read 12.3456.
 */
export function percentOf(stored: number): number {
  const [digits, exponent] = stored.toExponential(14).split('e');
  return Number(`${digits}e${Number(exponent) + 2}`);
}
