import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFederatedSchema, readDepartmentsManifest, type PublishRow, type RowError } from '@fupin/kit';
import {
  departments as referenceDepartments,
  measures as referenceMeasures,
  nonPovertyCountiesWithTasks,
} from '@fupin/reference';
import { loadPersistedOperations } from '@fupin/gateway';
import ExcelJS from 'exceljs';
import { buildSchema, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFigures } from '../scripts/lib/publish/check.js';
import { findDepartment, publishingDepartments } from '../scripts/lib/publish/departments.js';
import { main, type Io } from '../scripts/lib/publish/main.js';
import {
  FileError,
  parseCsv,
  parsePercent,
  parseXlsx,
  percentOf,
  percentSigns,
  readSheet,
  toFigures,
} from '../scripts/lib/publish/read.js';
import { formatReport, type Report } from '../scripts/lib/publish/report.js';
import {
  PERSISTED_OPERATIONS_FILE,
  persistedOperationsJson,
  publishOperation,
  WRITE_PERSISTED_OPERATIONS,
} from '../scripts/lib/publish/operations.js';
import {
  contentHash,
  idempotencyKey,
  planBatches,
  sendBatch,
  type Batch,
  type BatchOutcome,
} from '../scripts/lib/publish/send.js';
import { subgraphLoaders } from '../scripts/lib/subgraphs.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** A department's example file, kept in the folder of the subgraph it publishes to. */
const example = (department: string) => {
  const subgraph = findDepartment(department)!.subgraph;
  return path.join(root, 'services', subgraph, 'examples', `${department}.csv`);
};
/** How many rows an example sheet has (its lines but the header), and the last one's line number. */
const exampleRows = (department: string) =>
  readFileSync(example(department), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '').length - 1;
const TRANSPORT_ROWS = exampleRows('transport');
const TRANSPORT_LINES = `lines 2–${TRANSPORT_ROWS + 1}`;
const HEADER = 'indicator,county,year,value,note,replaces_revision';
const csv = (...lines: string[]) => Buffer.from(lines.join('\n') + '\n', 'utf8');
const transport = findDepartment('transport')!;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'publish-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('reading a CSV file', () => {
  it('reads UTF-8 with a byte-order mark, quoted fields, Chinese notes and CRLF line ends', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const text = [
      HEADER,
      'transport.townshipRoadUpgradeKm,421125,2019,61.4,"含洗马镇续建段, 经复核",1',
      'transport.poorVillages,421125,2019,17,"""村村通""工程",',
      'transport.poorVillageRoadUpgradeKm,421182,2020," 1,234.5 ","两行\n备注",',
    ].join('\r\n');
    const figures = toFigures(parseCsv(Buffer.concat([bom, Buffer.from(text, 'utf8')])));
    expect(figures.errors).toEqual([]);
    expect(figures.lines).toEqual([2, 3, 4]);
    expect(figures.rows).toEqual<PublishRow[]>([
      {
        indicator: 'transport.townshipRoadUpgradeKm',
        county: '421125',
        year: 2019,
        value: 61.4,
        note: '含洗马镇续建段, 经复核',
        replacesRevision: 1,
      },
      {
        indicator: 'transport.poorVillages',
        county: '421125',
        year: 2019,
        value: 17,
        note: '"村村通"工程',
        replacesRevision: null,
      },
      {
        indicator: 'transport.poorVillageRoadUpgradeKm',
        county: '421182',
        year: 2020,
        value: 1234.5,
        note: '两行\n备注',
        replacesRevision: null,
      },
    ]);
  });

  it('takes the optional columns as optional, in any order, and skips empty lines without renumbering', () => {
    const figures = toFigures(
      parseCsv(
        csv(
          'County,Indicator,Value,Year',
          '421125,transport.poorVillages,17,2019',
          '',
          ',,,',
          '421182,transport.poorVillages,18,2019',
        ),
      ),
    );
    expect(figures.errors).toEqual([]);
    expect(figures.lines).toEqual([2, 5]);
    expect(figures.rows.map((r) => [r.county, r.year, r.value, r.note, r.replacesRevision])).toEqual([
      ['421125', 2019, 17, null, null],
      ['421182', 2019, 18, null, null],
    ]);
  });

  it('refuses a file it cannot read as figures, saying why', () => {
    expect(() => toFigures(parseCsv(csv('indicator,county,year,valeu', 'x,1,2019,1')))).toThrow(
      /unknown column "valeu"/,
    );
    expect(() => toFigures(parseCsv(csv('indicator,county,value', 'x,1,1')))).toThrow(/no year column/);
    expect(() => toFigures(parseCsv(csv('')))).toThrow(/no header row/);
    // Excel's plain "CSV" on a Chinese Windows is GBK: 备注 in GBK is not UTF-8.
    const gbk = Buffer.concat([
      Buffer.from(`${HEADER}\nx,421125,2019,1,`),
      Buffer.from([0xb1, 0xb8, 0xd7, 0xa2]),
      Buffer.from(',\n'),
    ]);
    expect(() => parseCsv(gbk)).toThrow(/not UTF-8.*CSV UTF-8/);
    expect(() => parseCsv(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toThrow(/an Excel workbook/);
    expect(() => parseCsv(csv(HEADER, 'x,"unclosed,2019,1,,'))).toThrow(FileError);
  });

  it('refuses files that are neither .csv nor .xlsx, and missing ones', async () => {
    await expect(readSheet(path.join(dir, 'figures.xls'))).rejects.toThrow(/save it as \.xlsx/);
    await expect(readSheet(path.join(dir, 'missing.csv'))).rejects.toThrow(/no such file/);
  });
});

describe('reading an .xlsx workbook', () => {
  it('reads the first worksheet, numbers and text alike, with its row numbers as lines', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('2019年交通');
    workbook.addWorksheet('说明').addRow(['this sheet is not read']);
    sheet.addRow(['indicator', 'county', 'year', 'value', 'note', 'replaces_revision']);
    sheet.addRow(['transport.townshipsWithTasks', 421125, 2019, 8, null, null]);
    sheet.addRow([]);
    sheet.addRow([
      'transport.townshipRoadUpgradeKm',
      '421125',
      2019,
      { formula: 'B1*0+61.4', result: 61.4 },
      { richText: [{ text: '复核后' }, { text: '更正', font: { bold: true } }] },
      1,
    ]);
    sheet.addRow(['transport.poorVillages', 421182, '2019a', 'abc', '备注', 'x']);
    const file = path.join(dir, 'transport.xlsx');
    await workbook.xlsx.writeFile(file);

    const read = await readSheet(file);
    expect(read.format).toBe('xlsx');
    const figures = toFigures(read);
    expect(figures.lines).toEqual([2, 4, 5]);
    expect(figures.rows.slice(0, 2)).toEqual<PublishRow[]>([
      {
        indicator: 'transport.townshipsWithTasks',
        county: '421125',
        year: 2019,
        value: 8,
        note: null,
        replacesRevision: null,
      },
      {
        indicator: 'transport.townshipRoadUpgradeKm',
        county: '421125',
        year: 2019,
        value: 61.4,
        note: '复核后更正',
        replacesRevision: 1,
      },
    ]);
    const { errors } = checkFigures(figures, transport);
    expect(errors.map((e) => [e.line, e.field, e.code])).toEqual([
      [5, 'year', 'NOT_AN_INTEGER'],
      [5, 'value', 'NOT_A_NUMBER'],
      [5, 'replacesRevision', 'BAD_REVISION'],
    ]);
  });

  it('refuses a file that is not a workbook', async () => {
    await expect(parseXlsx(Buffer.from('not a zip'))).rejects.toThrow(FileError);
  });
});

describe('percentages', () => {
  const finance = findDepartment('finance')!;
  /** A finance workbook: [indicator, county, year, value, number format of the value]. */
  const workbook = async (rows: [string, number, number, ExcelJS.CellValue, string?][]) => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('财政');
    sheet.addRow(HEADER.split(','));
    for (const [indicator, county, year, value, numFmt] of rows) {
      const row = sheet.addRow([indicator, county, year, value]);
      if (numFmt) row.getCell(4).numFmt = numFmt;
    }
    return Buffer.from(await book.xlsx.writeBuffer());
  };
  const SHARE = 'finance.specialFundsShareOfProvince';
  const POOR = 'finance.poorPopulationShareOfProvince';
  // Line 2: 0.45 % (stored 0.0045); line 3: 45 % (stored 0.45); line 4: 45 typed in General;
  // line 5: a formula giving 0.123456, shown 12.3%.
  const shares = () =>
    workbook([
      [SHARE, 420281, 2019, 0.0045, '0.00%'],
      [POOR, 420281, 2019, 0.45, '0%'],
      [SHARE, 420281, 2020, 45],
      [POOR, 420281, 2020, { formula: 'D3*0.27434666666', result: 0.123456 } as ExcelJS.CellValue, '#,##0.0%'],
    ]);

  it('tells the number formats that show a number × 100 from those with a % that is only text', () => {
    const cases: [string, number, number | null][] = [
      ['0%', 0.45, 1],
      ['0.00%', 0.0045, 1],
      ['#,##0.0%', 12, 1],
      ['[Red]0.0%', 1, 1],
      ['"rate: "0.0%', 1, 1],
      ['0%;-0%;"–"', -1, 1],
      ['General', 1, 0],
      ['#,##0.00', 1, 0],
      ['0.00"%"', 1, 0],
      ['0.0\\%', 1, 0],
      ['0_%', 1, 0],
      ['0.0*%', 1, 0],
      ['[$%-804]0.0', 1, 0],
      // Sections: positive;negative;zero;text.
      ['0.0;-0.0%', 1, 0],
      ['0.0;-0.0%', -1, 1],
      ['0.0;-0.0;0%', 0, 1],
      ['0.0;-0.0', 0, 0],
      ['0.0;-0.0;0.0;@"%"', 1, 0],
      ['0%%', 1, 2],
      // Conditional sections that differ: which one shows the number is not told here.
      ['[<1]0%;0', 0.5, null],
      ['[<1]0%;0%', 0.5, 1],
    ];
    for (const [format, value, signs] of cases) expect(percentSigns(format, value), `${format} ${value}`).toBe(signs);
  });

  it('moves the decimal point without floating error, keeping the digits the format does not show', () => {
    expect(0.0045 * 100).not.toBe(0.45); // 0.44999999999999996: why percentOf does not multiply
    expect(percentOf(0.0045)).toBe(0.45);
    expect(percentOf(0.123456)).toBe(12.3456);
    expect(percentOf(0.1 + 0.2)).toBe(30);
    expect(percentOf(-0.075)).toBe(-7.5);
    expect(percentOf(0)).toBe(0);
    expect(percentOf(1)).toBe(100);
    expect(percentOf(0.07)).toBe(7);
  });

  it('reads an .xlsx cell formatted as a percentage as the per cent shown, a formula result too', async () => {
    const figures = toFigures(await parseXlsx(await shares()));
    expect(figures.errors).toEqual([]);
    // Not 0.0045, 0.45, 45, 0.123456: without honouring the format, 100 times too small.
    expect(figures.rows.map((r) => r.value)).toEqual([0.45, 45, 45, 12.3456]);
    expect(figures.percentValues).toEqual([
      { index: 0, line: 2, shown: '0.45%', stored: 0.0045, format: '0.00%', value: 0.45 },
      { index: 1, line: 3, shown: '45%', stored: 0.45, format: '0%', value: 45 },
      { index: 3, line: 5, shown: '12.3456%', stored: 0.123456, format: '#,##0.0%', value: 12.3456 },
    ]);
    // As the subgraph checks them: shares are 0–100.
    const { rows, errors } = checkFigures(figures, finance);
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.value)).toEqual([0.45, 45, 45, 12.3456]);
  });

  it('reads a % that is only text in the format as the number stored', async () => {
    const figures = toFigures(
      await parseXlsx(
        await workbook([
          [SHARE, 420281, 2019, 12.5, '0.0"%"'],
          [SHARE, 420281, 2020, 7.5, '0.0\\%'],
          [SHARE, 420881, 2020, 0.3, '[Red]0.0%;[Blue]-0.0%'],
          [POOR, 420881, 2020, 61.4, '#,##0.0'],
        ]),
      ),
    );
    expect(figures.errors).toEqual([]);
    expect(figures.rows.map((r) => r.value)).toEqual([12.5, 7.5, 30, 61.4]);
    expect(figures.percentValues!.map((p) => p.line)).toEqual([4]);
  });

  it('refuses a % format on a year, a county or a revision, and odd % formats; reads a note as shown', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('财政');
    sheet.addRow(HEADER.split(','));
    // The year typed into a column formatted 0% (stored 20.19, shown 2019%), a note and a revision too.
    const first = sheet.addRow([SHARE, 420281, 20.19, 5, 0.45, 0.01]);
    for (const column of [3, 5, 6]) first.getCell(column).numFmt = '0%';
    const second = sheet.addRow([SHARE, 420881, 2020, 5, null, null]);
    second.getCell(2).numFmt = '0.00%';
    sheet.addRow([POOR, 420281, 2019, 0.5]).getCell(4).numFmt = '0%%';
    sheet.addRow([POOR, 420281, 2020, 0.5]).getCell(4).numFmt = '[<1]0%;0';
    // exceljs reads both of these as 0.0%: with both in one workbook, which a cell has cannot be told.
    sheet.addRow([POOR, 420881, 2019, 0.5]).getCell(4).numFmt = '0.0%';
    sheet.addRow([POOR, 420881, 2020, 50]).getCell(4).numFmt = '0.0\\%';
    const figures = toFigures(await parseXlsx(Buffer.from(await book.xlsx.writeBuffer())));
    expect(figures.errors.map((e) => [e.index, e.field, e.code])).toEqual([
      [0, 'year', 'PERCENT_FORMAT'],
      [0, 'replacesRevision', 'PERCENT_FORMAT'],
      [1, 'county', 'PERCENT_FORMAT'],
      [2, 'value', 'PERCENT_FORMAT'],
      [3, 'value', 'PERCENT_FORMAT'],
      [4, 'value', 'PERCENT_FORMAT'],
      [5, 'value', 'PERCENT_FORMAT'],
    ]);
    expect(figures.errors[6]!.message).toBe(
      'value 50 has a number format (0.0% or 0.0\\%) that may or may not show it as a percentage: format the cell as a number, or as 0.00%',
    );
    expect(figures.errors[0]!.message).toBe(
      'year is formatted as a percentage (0%: Excel shows 2019%, the file holds 20.19): format the cell as a number or as text and type the year again',
    );
    expect(figures.rows[0]!.note).toBe('45%');
    expect(figures.percentValues).toEqual([]);
    // The report puts the lines in front, once per error.
    const { errors } = checkFigures(figures, finance);
    expect(errors.map((e) => [e.line, e.field, e.code])).toEqual([
      [2, 'year', 'PERCENT_FORMAT'],
      [2, 'replacesRevision', 'PERCENT_FORMAT'],
      [3, 'county', 'PERCENT_FORMAT'],
      [4, 'value', 'PERCENT_FORMAT'],
      [5, 'value', 'PERCENT_FORMAT'],
      [6, 'value', 'PERCENT_FORMAT'],
      [7, 'value', 'PERCENT_FORMAT'],
    ]);
  });

  it('reads a CSV value written with a per cent sign as that per cent, and says so', () => {
    expect(['45%', '0.45 %', '45％', '1,234.5%', '-3%'].map(parsePercent)).toEqual([45, 0.45, 45, 1234.5, -3]);
    expect(['%45', '45%%', 'abc%', '%', '45'].map(parsePercent).every(Number.isNaN)).toBe(true);
    const figures = toFigures(
      parseCsv(
        csv(
          HEADER,
          `${SHARE},420281,2019,45%,,`,
          `${SHARE},420281,2020,0.45 %,,`,
          `${POOR},420281,2019,12.5,,`,
          `${POOR},420281,2020,45%%,,`,
        ),
      ),
    );
    expect(figures.rows.map((r) => r.value).slice(0, 3)).toEqual([45, 0.45, 12.5]);
    expect(figures.percentValues).toEqual([
      { index: 0, line: 2, shown: '45%', stored: null, format: null, value: 45 },
      { index: 1, line: 3, shown: '0.45 %', stored: null, format: null, value: 0.45 },
    ]);
    expect(figures.errors.map((e) => [e.index, e.field, e.code])).toEqual([[3, 'value', 'NOT_A_NUMBER']]);
  });

  it('checks, reports and publishes a workbook of percentages as the per cent shown', async () => {
    const file = path.join(dir, 'finance-percentages.xlsx');
    await writeFile(file, await shares());

    const dry = capture();
    expect(await main(['--department', 'finance', '--file', file, '--dry-run'], dry.io)).toBe(0);
    expect(dry.out.stdout).toContain('VALID: all 4 rows would be accepted');
    // The officer is told which cells were read as per cent.
    expect(dry.out.stdout).toMatch(
      /percentages: +\d+ cells? formatted as percentages were read as per cent: 0\.45% → 0\.45/,
    );

    // What is sent: 0.45, not 0.0045.
    const sent: PublishRow[] = [];
    const fetch = (async (_url: string | URL | Request, init?: RequestInit) => {
      const { input } = JSON.parse(String(init!.body)).variables as { input: { rows: PublishRow[] } };
      sent.push(...input.rows);
      return Response.json({
        data: { publishFinanceObservations: { batchId: 'b1', rowsWritten: input.rows.length, replayed: false } },
      });
    }) as typeof globalThis.fetch;
    const published = capture({ fetch });
    expect(await main(['--department', 'finance', '--file', file, '--token', 't0ken'], published.io)).toBe(0);
    expect(sent.map((r) => [r.indicator, r.year, r.value])).toEqual([
      [SHARE, 2019, 0.45],
      [POOR, 2019, 45],
      [SHARE, 2020, 45],
      [POOR, 2020, 12.3456],
    ]);

    // The report's line, for the report of the dry run.
    const json = capture();
    expect(await main(['--department', 'finance', '--file', file, '--dry-run', '--json'], json.io)).toBe(0);
    const report = JSON.parse(json.out.stdout) as Report;
    const { percentValues } = toFigures(await readSheet(file));
    // The JSON report carries them as the file was read.
    expect(report.percentValues).toEqual(percentValues);
    const text = formatReport({ ...report, percentValues });
    expect(text).toContain(
      'rows read:         4\n' +
        'percentages:       3 cells formatted as percentages were read as per cent: 0.45% → 0.45 (stored as 0.0045), … (lines 2–3, 5)\n',
    );
    expect(formatReport({ ...report, percentValues: percentValues!.slice(0, 1) })).toContain(
      'percentages:       1 cell formatted as a percentage was read as per cent: 0.45% → 0.45 (stored as 0.0045) (line 2)\n',
    );
    expect(formatReport({ ...report, percentValues: [] })).not.toContain('percentages:');
    const many = Array.from({ length: 30 }, (_, i) => ({
      index: i,
      line: 2 + i * 2,
      shown: '45%',
      stored: null,
      format: null,
      value: 45,
    }));
    expect(formatReport({ ...report, percentValues: many })).toContain(
      'percentages:       30 values written with % were read as per cent: 45% → 45, … (lines 2, 4, 6, 8, 10, 12, 14, 16, 18, 20 and 20 more lines)\n',
    );
  });
});

describe('checking the figures locally', () => {
  const check = (department: string, ...lines: string[]) =>
    checkFigures(toFigures(parseCsv(csv(HEADER, ...lines))), findDepartment(department)!);

  it('reports wrong types per row, shaped like the server rowErrors, with spreadsheet lines', () => {
    const { errors } = check(
      'transport',
      'transport.townshipsWithTasks,421125,2019,8,,',
      'transport.townshipRoadUpgradeKm,421125,2019,abc,,',
      'transport.poorVillages,421125,2019a,17,,',
      ',421125,2019,,,',
    );
    expect(errors).toEqual<(RowError & { line: number })[]>([
      { index: 1, line: 3, field: 'value', code: 'NOT_A_NUMBER', message: 'line 3: value "abc" is not a number' },
      {
        index: 2,
        line: 4,
        field: 'year',
        code: 'NOT_AN_INTEGER',
        message: 'line 4: year "2019a" is not a whole number',
      },
      { index: 3, line: 5, field: 'indicator', code: 'MISSING_VALUE', message: 'line 5: indicator is empty' },
      { index: 3, line: 5, field: 'value', code: 'MISSING_VALUE', message: 'line 5: value is empty' },
    ]);
  });

  it("runs the subgraph's validateBatch: ranges, counties, years, derived indicators and duplicates", () => {
    const { errors } = check(
      'transport',
      'transport.townshipRoadUpgradeKm,421125,2019,-1,,',
      'transport.poorVillages,421125,2019,3.5,,',
      'transport.poorVillages,421102,2017,3,,',
      'transport.poorVillages,420102,2019,3,,',
      'transport.roadUpgradeKmPerTownship,421125,2019,7.5,,',
      'transport.poorVillages,421182,2019,18,,',
      'transport.poorVillages,421182,2019,18,,',
      'transport.poorVillages,421182,2020,18,,0',
    );
    expect(errors.map((e) => [e.line, e.field, e.code])).toEqual([
      [2, 'value', 'VALUE_OUT_OF_RANGE'],
      [3, 'value', 'NOT_AN_INTEGER'],
      [4, 'year', 'YEAR_OUT_OF_PLAN'],
      [5, 'county', 'COUNTY_WITHOUT_TASKS'],
      [6, 'indicator', 'DERIVED_INDICATOR'],
      [8, 'row', 'DUPLICATE_ROW'],
      [9, 'replacesRevision', 'BAD_REVISION'],
    ]);
    expect(errors.find((e) => e.code === 'DUPLICATE_ROW')!.message).toBe(
      'line 8: the same indicator, county and year as line 7',
    );
  });

  it("refuses a poverty county's figures as the subgraph does (COUNTY_OUT_OF_SCOPE), and takes 2017 only where a year-on-year rule needs it", () => {
    const { errors } = check(
      'transport',
      'transport.poorVillages,421181,2019,3,,',
      'transport.poorVillages,421182,2019,3,,',
    );
    expect(errors.map((e) => [e.line, e.field, e.code])).toEqual([[2, 'county', 'COUNTY_OUT_OF_SCOPE']]);
    expect(errors[0]!.message).toMatch(/^line 2: 421181 麻城市 is a national poverty county \(国家级贫困县\)/);
    // 只增不减 compares the medical-assistance funds with the year before: 2017 is their base year
    expect(check('civil-affairs', 'health.medicalAssistanceFunds,421182,2017,700,,').errors).toEqual([]);
    expect(check('health', 'health.townships,421182,2017,12,,').errors.map((e) => e.code)).toEqual([
      'YEAR_OUT_OF_PLAN',
    ]);
  });

  it("refuses a department's rows for another department's indicators, and says whose they are", () => {
    const { errors } = check('transport', 'finance.specialBudgetAdded,421125,2019,100,,');
    expect(errors.map((e) => [e.line, e.code])).toEqual([[2, 'UNKNOWN_INDICATOR']]);
    expect(errors[0]!.message).toMatch(/省财政厅's: --department finance/);

    // health and civil-affairs share a subgraph, but each publishes its own measure.
    const health = check('health', 'health.medicalAssistanceFunds,421022,2019,750.4,,');
    expect(health.errors.map((e) => [e.line, e.code])).toEqual([[2, 'NOT_YOUR_INDICATOR']]);
    expect(health.errors[0]!.message).toMatch(/--department civil-affairs/);
    expect(check('civil-affairs', 'health.medicalAssistanceFunds,421022,2019,750.4,,').errors).toEqual([]);
    expect(check('cbirc-hubei', 'finance-insurance.countyLoansIssued,429004,2019,1,,').errors[0]!.code).toBe(
      'NOT_YOUR_INDICATOR',
    );
  });

  it('accepts an old county code and sends the current one', () => {
    const { rows, errors } = check('transport', 'transport.poorVillages,421023,2019,10,,');
    expect(errors).toEqual([]);
    expect(rows[0]!.county).toBe('421088');
  });
});

describe('the department table', () => {
  const { departments: parts } = readDepartmentsManifest();

  it("is the departments artefact's publishers: each department's subgraph, mutation and measures", () => {
    const table = Object.fromEntries(publishingDepartments.map((d) => [d.id, [d.subgraph, d.mutation, d.measures]]));
    const expected = Object.fromEntries(
      parts.flatMap((part) =>
        Object.entries(part.publishers).map(([id, measures]) => [id, [part.subgraph, part.fields.publish, measures]]),
      ),
    );
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    expect(table).toEqual(expected);
  });

  it('names each department as the document does, and lets it publish only the measures it leads there', () => {
    for (const department of publishingDepartments) {
      const unit = referenceDepartments.find((d) => d.id === department.id)!;
      expect([department.name, department.nameEn]).toEqual([unit.name, unit.nameEn]);
      expect(department.measures.length, department.id).toBeGreaterThan(0);
      for (const number of department.measures) {
        expect(
          department.model.indicators.some((i) => i.measure === number),
          `${department.id}: measure ${number}`,
        ).toBe(true);
        // null: the document's overall targets, which belong to no numbered measure
        if (number === null) continue;
        const measure = referenceMeasures.find((m) => m.number === number)!;
        expect(measure.leadDepartmentIds, `${department.id}: measure ${number}`).toContain(department.id);
      }
    }
  });

  it("names mutations that the subgraphs' schemas have", async () => {
    for (const subgraph of new Set(publishingDepartments.map((d) => d.subgraph))) {
      const { sdl } = await buildFederatedSchema(await subgraphLoaders[subgraph]!());
      for (const department of publishingDepartments.filter((d) => d.subgraph === subgraph)) {
        expect(sdl, `${department.id} → ${subgraph}`).toContain(`${department.mutation}(`);
      }
    }
  });
});

describe('idempotency keys', () => {
  const rows: PublishRow[] = [
    {
      indicator: 'transport.poorVillages',
      county: '421125',
      year: 2019,
      value: 17,
      note: null,
      replacesRevision: null,
    },
    { indicator: 'transport.poorVillages', county: '421182', year: 2019, value: 18, note: '备注', replacesRevision: 1 },
  ];
  const hash = contentHash(rows);

  it('are the same for the same input', () => {
    expect(contentHash(structuredClone(rows))).toBe(hash);
    expect(idempotencyKey('transport', hash, 0, rows)).toBe(
      idempotencyKey('transport', contentHash(structuredClone(rows)), 0, structuredClone(rows)),
    );
    const plan = (size: number) =>
      planBatches(rows, { department: 'transport', fileHash: hash, batchSize: size }).map((b) => b.idempotencyKey);
    expect(plan(1)).toEqual(plan(1));
  });

  it('differ with the department, the file, the batch index and the batch contents', () => {
    const key = idempotencyKey('transport', hash, 0, rows);
    const changed = [{ ...rows[0]!, value: 17.1 }, rows[1]!];
    const keys = [
      key,
      idempotencyKey('finance', hash, 0, rows),
      idempotencyKey('transport', contentHash(changed), 0, rows),
      idempotencyKey('transport', hash, 1, rows),
      idempotencyKey('transport', hash, 0, changed),
      idempotencyKey('transport', hash, 0, [{ ...rows[0]!, note: 'x' }, rows[1]!]),
      idempotencyKey('transport', hash, 0, [rows[0]!, { ...rows[1]!, replacesRevision: 2 }]),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(contentHash(changed)).not.toBe(hash);
  });

  it('are the same for the same figures in a CSV and in a workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('figures');
    sheet.addRow(['indicator', 'county', 'year', 'value', 'note']);
    sheet.addRow(['transport.poorVillages', 421125, 2019, 17]);
    const fromXlsx = toFigures(await parseXlsx((await workbook.xlsx.writeBuffer()) as unknown as Buffer));
    const fromCsv = toFigures(parseCsv(csv('indicator,county,year,value', 'transport.poorVillages,421125,2019,17.0')));
    expect(contentHash(fromXlsx.rows)).toBe(contentHash(fromCsv.rows));
  });
});

describe('the examples', () => {
  it('has one valid file per department, checked against its model', async () => {
    const nonPoverty = nonPovertyCountiesWithTasks.map((c) => c.code);
    // Every department that publishes somewhere, as the departments artefact lists them, has its
    // file in the folder of the subgraph it publishes to, and no folder has another.
    const parts = readDepartmentsManifest().departments;
    const expected = parts.flatMap((part) => Object.keys(part.publishers).map((id) => `${part.subgraph}/${id}.csv`));
    const files: string[] = [];
    for (const subgraph of new Set(parts.map((part) => part.subgraph))) {
      const dir = path.join(root, 'services', subgraph, 'examples');
      const names = await readdir(dir).catch(() => [] as string[]);
      files.push(...names.filter((f) => f.endsWith('.csv')).map((f) => `${subgraph}/${f}`));
    }
    expect(files.sort()).toEqual(expected.sort());
    for (const file of files) {
      const department = findDepartment(path.basename(file, '.csv'))!;
      const figures = toFigures(await readSheet(path.join(root, 'services', file.replace('/', '/examples/'))));
      const { errors } = checkFigures(figures, department);
      expect(errors, file).toEqual([]);
      expect(figures.rows.length, file).toBeGreaterThanOrEqual(5);
      for (const row of figures.rows) {
        expect([2019, 2020], file).toContain(row.year);
        expect(nonPoverty, `${file}: ${row.county}`).toContain(row.county);
      }
    }
  });
});

/** A gateway in a function: remembers idempotency keys, refuses what it is told to. */
function fakeGateway(options: { refuse?: (input: { rows: PublishRow[] }, call: number) => object | null } = {}) {
  const seen = new Map<string, number>();
  const calls: { key: string; rows: PublishRow[]; authorization: string | null }[] = [];
  const fetch: typeof globalThis.fetch = (async (_url: string | URL | Request, init?: RequestInit) => {
    const body = JSON.parse(String(init!.body)) as {
      variables: { input: { rows: PublishRow[]; idempotencyKey: string } };
    };
    const { input } = body.variables;
    calls.push({
      key: input.idempotencyKey,
      rows: input.rows,
      authorization: new Headers(init!.headers).get('authorization'),
    });
    const refusal = options.refuse?.(input, calls.length);
    if (refusal) return Response.json({ errors: [refusal], data: null });
    const replayed = seen.has(input.idempotencyKey);
    if (!replayed) seen.set(input.idempotencyKey, input.rows.length);
    return Response.json({
      data: {
        publishTransportObservations: {
          batchId: `b${seen.size}`,
          rowsWritten: seen.get(input.idempotencyKey),
          replayed,
        },
      },
    });
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

function capture(extra: Partial<Io> = {}) {
  const out = { stdout: '', stderr: '' };
  const io: Partial<Io> = {
    stdout: (t) => (out.stdout += t),
    stderr: (t) => (out.stderr += t),
    env: {},
    retryDelaysMs: [1, 1],
    ...extra,
  };
  return { out, io };
}

describe('the command', () => {
  let big: string;
  beforeAll(async () => {
    // 25 valid rows: 5 counties × 5 indicators, for batches of 10.
    const indicators = [
      'townshipsWithTasks',
      'townshipRoadUpgradeKm',
      'poorVillages',
      'poorVillageRoadUpgradeKm',
      'accessProjectsPlanned',
    ];
    const counties = ['421125', '421182', '421127', '421102', '420281'];
    const lines = counties.flatMap((county, c) =>
      indicators.map((i, n) => `transport.${i},${county},2020,${10 + c + n},,`),
    );
    big = path.join(dir, 'big.csv');
    await writeFile(big, csv(HEADER, ...lines));
  });
  const args = (file: string, ...more: string[]) => [
    '--department',
    'transport',
    '--file',
    file,
    '--token',
    't0ken',
    ...more,
  ];

  it('publishes in batches, with a progress line per batch, and replays a second run', async () => {
    const gateway = fakeGateway();
    const first = capture({ fetch: gateway.fetch });
    expect(await main(args(big, '--batch-size', '10'), first.io)).toBe(0);
    expect(first.out.stderr).toBe(
      'batch 1/3: 10 rows written\nbatch 2/3: 10 rows written\nbatch 3/3: 5 rows written\n',
    );
    expect(first.out.stdout).toMatch(/rows read: +25\n/);
    expect(first.out.stdout).toMatch(/rows written: +25\n/);
    expect(first.out.stdout).toMatch(/batches replayed: +0\n/);
    expect(first.out.stdout).toMatch(/PUBLISHED: 25 rows written\./);
    expect(gateway.calls.map((c) => c.rows.length)).toEqual([10, 10, 5]);
    expect(gateway.calls[0]!.authorization).toBe('Bearer t0ken');

    const again = capture({ fetch: gateway.fetch });
    expect(await main(args(big, '--batch-size', '10'), again.io)).toBe(0);
    expect(gateway.calls.slice(3).map((c) => c.key)).toEqual(gateway.calls.slice(0, 3).map((c) => c.key));
    expect(again.out.stdout).toMatch(/rows written: +0\n/);
    expect(again.out.stdout).toMatch(/batches replayed: +3 \(25 rows written by an earlier run, not written again\)/);
    expect(again.out.stderr).toContain('batch 3/3: 5 rows already written by an earlier run (replayed)');
  });

  it('stops at a batch the server refuses, says the earlier ones stay written, and how to go on', async () => {
    const gateway = fakeGateway({
      refuse: (_input, call) =>
        call === 2
          ? {
              message: '1 row(s) correct a revision that is no longer current; nothing was written',
              extensions: {
                code: 'CONFLICT',
                rowErrors: [
                  {
                    index: 3,
                    field: 'replacesRevision',
                    code: 'REVISION_CONFLICT',
                    message: 'row 4: corrects revision 1, but the current revision is 2',
                  },
                ],
              },
            }
          : null,
    });
    const { out, io } = capture({ fetch: gateway.fetch });
    expect(await main(args(big, '--batch-size', '10'), io)).toBe(1);
    expect(gateway.calls).toHaveLength(2);
    expect(out.stderr).toBe('batch 1/3: 10 rows written\nbatch 2/3: refused (CONFLICT)\n');
    expect(out.stdout).toMatch(/rows written: +10\n/);
    expect(out.stdout).toMatch(/rows refused: +1\n/);
    // Row 4 of batch 2 is row 14 of the file: line 15.
    expect(out.stdout).toMatch(
      / 15 +replaces_revision +REVISION_CONFLICT +corrects revision 1, but the current revision is 2/,
    );
    expect(out.stdout).toContain('REFUSED by the server: batch 2 of 3 (lines 12–21): CONFLICT');
    expect(out.stdout).toContain('Batch 3 (lines 22–26) was not sent.');
    expect(out.stdout).toContain('STILL WRITTEN: batch 1 (lines 2–11, 10 rows) was written before and stays written.');
    expect(out.stdout).toContain(
      `npm run publish -- --department transport --file ${big} --batch-size 10 --from-line 12`,
    );

    // Going on from line 12 sends the rest only.
    const rest = capture({ fetch: fakeGateway().fetch });
    expect(await main(args(big, '--batch-size', '10', '--from-line', '12'), rest.io)).toBe(0);
    expect(rest.out.stdout).toMatch(/rows written: +15\n/);
  });

  it('reports a refusal of the whole batch, such as a token of another department', async () => {
    const gateway = fakeGateway({
      refuse: () => ({ message: 'only transport may publish here', extensions: { code: 'FORBIDDEN' } }),
    });
    const { out, io } = capture({ fetch: gateway.fetch });
    expect(await main(args(example('transport')), io)).toBe(1);
    expect(out.stdout).toContain(
      `REFUSED by the server: batch 1 of 1 (${TRANSPORT_LINES}): FORBIDDEN: only transport may publish here`,
    );
    // Not "rows refused: 0": the batch was refused as one, all of its rows.
    expect(out.stdout).toMatch(
      new RegExp(
        `rows refused: +${TRANSPORT_ROWS} \\(the whole of batch 1, ${TRANSPORT_LINES}, refused as one: nothing of it was written\\)\n`,
      ),
    );
    expect(out.stdout).toContain('it must be a publisher token of transport (省交通运输厅)');
    expect(out.stdout).toContain('Nothing was written.');
    expect(gateway.calls).toHaveLength(1);
  });

  it('counts the rows of a batch refused whole after earlier batches, and says how to go on', async () => {
    // The token expires between batch 1 and batch 2.
    const expiring = () =>
      fakeGateway({
        refuse: (_input, call) =>
          call === 2 ? { message: 'the token has expired', extensions: { code: 'UNAUTHENTICATED' } } : null,
      });
    const json = capture({ fetch: expiring().fetch });
    expect(await main(args(big, '--batch-size', '10', '--json'), json.io)).toBe(1);
    expect(JSON.parse(json.out.stdout)).toMatchObject({
      outcome: 'REFUSED',
      rowsWritten: 10,
      rowsRefused: 10,
      refused: [],
      stop: { stage: 'server', batch: 2, lines: [12, 21], code: 'UNAUTHENTICATED', httpStatus: 200, wholeBatch: true },
      resume: `npm run publish -- --department transport --file ${big} --batch-size 10 --from-line 12`,
    });

    const { out, io } = capture({ fetch: expiring().fetch });
    expect(await main(args(big, '--batch-size', '10'), io)).toBe(1);
    expect(out.stdout).toMatch(/rows refused: +10 \(the whole of batch 2, lines 12–21, refused as one/);
    expect(out.stdout).toContain('get a new publisher token of transport');
    expect(out.stdout).toContain('STILL WRITTEN: batch 1 (lines 2–11, 10 rows)');
    expect(out.stdout).toContain('To go on once that is put right, publish from line 12 on:');
    expect(out.stdout).not.toContain('correct the refused batch');
  });

  it('exits 3 when the gateway does not answer, after trying again, and says what stays written', async () => {
    let calls = 0;
    const fetch = (async () => {
      calls += 1;
      throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
    }) as typeof globalThis.fetch;
    const { out, io } = capture({ fetch });
    expect(await main(args(big, '--batch-size', '10'), io)).toBe(3);
    expect(calls).toBe(3);
    expect(out.stderr).toContain(
      'batch 1/3: no answer from http://127.0.0.1:4000/graphql (ECONNREFUSED); trying again',
    );
    expect(out.stdout).toContain('FAILED: batch 1 of 3 (lines 2–11) got no answer');
    expect(out.stdout).toContain('Run the same command again');
  });

  it('sends nothing when any row is invalid, and nothing at all with --dry-run', async () => {
    const bad = path.join(dir, 'bad.csv');
    await writeFile(
      bad,
      csv(HEADER, 'transport.poorVillages,421125,2019,17,,', 'transport.poorVillages,421182,2019a,abc,,'),
    );
    const gateway = fakeGateway();
    const refused = capture({ fetch: gateway.fetch });
    expect(await main(args(bad), refused.io)).toBe(1);
    expect(refused.out.stdout).toMatch(/ 3 +year +NOT_AN_INTEGER +year "2019a" is not a whole number/);
    expect(refused.out.stdout).toMatch(/ 3 +value +NOT_A_NUMBER +value "abc" is not a number/);
    expect(refused.out.stdout).toContain('Nothing was sent');

    const dry = capture({ fetch: gateway.fetch });
    expect(await main(['--department', 'transport', '--file', bad, '--dry-run'], dry.io)).toBe(1);
    const valid = capture({ fetch: gateway.fetch });
    expect(await main(['--department', 'transport', '--file', big, '--dry-run'], valid.io)).toBe(0);
    expect(valid.out.stdout).toContain('VALID: all 25 rows would be accepted');
    expect(gateway.calls).toEqual([]);
  });

  it('prints the report as JSON with --json', async () => {
    const { out, io } = capture({ fetch: fakeGateway().fetch });
    expect(await main(args(example('transport'), '--json'), io)).toBe(0);
    const report = JSON.parse(out.stdout);
    expect(report).toMatchObject({
      outcome: 'PUBLISHED',
      rowsRead: TRANSPORT_ROWS,
      rowsWritten: TRANSPORT_ROWS,
      batchesReplayed: 0,
      refused: [],
    });
  });

  it('exits 2 with a clear message on usage errors', async () => {
    const transportCsv = example('transport');
    const cases: [string[], RegExp][] = [
      [
        ['--department', 'roads', '--file', transportCsv, '--dry-run'],
        /unknown department "roads": one of finance, transport/,
      ],
      [['--file', transportCsv, '--dry-run'], /--department is required/],
      [['--department', 'transport', '--dry-run'], /--file is required/],
      [['--department', 'transport', '--file', path.join(dir, 'nope.csv'), '--dry-run'], /no such file/],
      [['--department', 'transport', '--file', transportCsv], /no token: pass --token/],
      [[...args(transportCsv), '--batch-size', '10001'], /--batch-size must be from 1 to 10000/],
      [[...args(transportCsv), '--batch-size', 'ten'], /--batch-size must be a whole number/],
      [[...args(transportCsv), '--gateway', 'localhost:4000'], /must be an http:\/\/ or https:\/\/ URL/],
      [[...args(transportCsv), '--verbose'], /Unknown option '--verbose'/],
    ];
    for (const [argv, message] of cases) {
      const { out, io } = capture({ fetch: fakeGateway().fetch });
      expect(await main(argv, io), argv.join(' ')).toBe(2);
      expect(out.stderr).toMatch(message);
      expect(out.stdout).toBe('');
    }
  });

  it('takes the gateway and the token from the environment', async () => {
    const gateway = fakeGateway();
    const urls: string[] = [];
    const fetch = ((url: string, init: RequestInit) => {
      urls.push(url);
      return gateway.fetch(url, init);
    }) as typeof globalThis.fetch;
    const { io } = capture({
      fetch,
      env: { FUPIN_GATEWAY: 'http://gateway.example:4000/graphql', FUPIN_TOKEN: 'from-env' },
    });
    expect(await main(['--department', 'transport', '--file', example('transport')], io)).toBe(0);
    expect(urls).toEqual(['http://gateway.example:4000/graphql']);
    expect(gateway.calls[0]!.authorization).toBe('Bearer from-env');
  });
});

describe("the command's operations, registered for persisted-operations-only mode", () => {
  it('are committed in scripts/lib/publish/persisted-operations.json, as the texts the command sends', async () => {
    const committed = await readFile(PERSISTED_OPERATIONS_FILE, 'utf8').catch(() => '(missing)');
    expect(committed, `stale: run ${WRITE_PERSISTED_OPERATIONS}`).toBe(persistedOperationsJson());
  });

  it("are a list the gateway's PERSISTED_OPERATIONS_ONLY reads: one per department mutation, sha256 → text", () => {
    const list = loadPersistedOperations(PERSISTED_OPERATIONS_FILE);
    const mutations = [...new Set(publishingDepartments.map((d) => d.mutation))];
    expect(list.byHash.size).toBe(mutations.length);
    for (const mutation of mutations) {
      const { text, hash } = publishOperation(mutation);
      expect(hash).toBe(createHash('sha256').update(text).digest('hex'));
      expect(list.byHash.get(hash), mutation).toBe(text);
    }
  });

  it('fit the API schema the gateway serves', async () => {
    const schema = buildSchema(await readFile(path.join(root, 'web', 'src', 'gql', 'schema.graphql'), 'utf8'));
    for (const text of Object.values(JSON.parse(persistedOperationsJson()) as Record<string, string>)) {
      expect(validate(schema, parse(text)), text).toEqual([]);
    }
  });

  it("are sent in Apollo's persisted-query format: the registered text and its sha256", async () => {
    const bodies: Record<string, unknown>[] = [];
    const gateway = fakeGateway();
    const fetch = ((url: string, init: RequestInit) => {
      bodies.push(JSON.parse(String(init.body)));
      return gateway.fetch(url, init);
    }) as typeof globalThis.fetch;
    const { io } = capture({ fetch });
    const argv = ['--department', 'transport', '--file', example('transport'), '--token', 't'];
    expect(await main(argv, io)).toBe(0);
    const { text, hash } = publishOperation('publishTransportObservations');
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatchObject({ query: text, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(JSON.parse(persistedOperationsJson())[hash]).toBe(text);
  });
});

/** An HTTP server that answers every request as `answer` says, counting them. */
async function answering(
  answer: (res: ServerResponse) => void,
): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
  let requests = 0;
  const server: Server = createServer((req, res) => {
    requests += 1;
    req.resume();
    req.on('end', () => answer(res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    requests: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const json = (status: number, body: unknown) => (res: ServerResponse) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};
const graphqlError = (status: number, code: string, message = `refused: ${code}`) =>
  json(status, { errors: [{ message, extensions: { code } }] });

describe('how the command reads an answer: refused (exit 1, no retry) or failed (retried, exit 3)', () => {
  const batch: Batch = planBatches(
    [
      {
        indicator: 'transport.poorVillages',
        county: '421125',
        year: 2019,
        value: 17,
        note: null,
        replacesRevision: null,
      },
    ],
    { department: 'transport', fileHash: 'f'.repeat(64), batchSize: 1 },
  )[0]!;
  const send = (url: string, timeoutMs?: number) =>
    sendBatch(batch, {
      gateway: url,
      token: 't',
      mutation: 'publishTransportObservations',
      retryDelaysMs: [1, 1],
      timeoutMs,
    });

  const refusals: [string, (res: ServerResponse) => void, string, number][] = [
    [
      '400 PERSISTED_OPERATION_NOT_FOUND',
      graphqlError(400, 'PERSISTED_OPERATION_NOT_FOUND'),
      'PERSISTED_OPERATION_NOT_FOUND',
      400,
    ],
    ['400 OPERATION_NOT_ALLOWED', graphqlError(400, 'OPERATION_NOT_ALLOWED'), 'OPERATION_NOT_ALLOWED', 400],
    ['413 PAYLOAD_TOO_LARGE', graphqlError(413, 'PAYLOAD_TOO_LARGE'), 'PAYLOAD_TOO_LARGE', 413],
    [
      "413 from the kit's body limit",
      graphqlError(413, 'PAYLOAD_TOO_LARGE', 'request body over 2097152 bytes'),
      'PAYLOAD_TOO_LARGE',
      413,
    ],
    ['401 UNAUTHENTICATED', graphqlError(401, 'UNAUTHENTICATED'), 'UNAUTHENTICATED', 401],
    ['400 QUERY_TOO_COSTLY', graphqlError(400, 'QUERY_TOO_COSTLY'), 'QUERY_TOO_COSTLY', 400],
    ['400 BAD_USER_INPUT', graphqlError(400, 'BAD_USER_INPUT'), 'BAD_USER_INPUT', 400],
    ['400 GRAPHQL_VALIDATION_FAILED', graphqlError(400, 'GRAPHQL_VALIDATION_FAILED'), 'GRAPHQL_VALIDATION_FAILED', 400],
    ['400 with a code the command does not know', graphqlError(400, 'SOME_NEW_LIMIT'), 'SOME_NEW_LIMIT', 400],
    ['404 without a GraphQL answer', json(404, { error: 'not found' }), 'HTTP_404', 404],
    ['200 FORBIDDEN (a subgraph)', graphqlError(200, 'FORBIDDEN'), 'FORBIDDEN', 200],
  ];
  for (const [name, answer, code, status] of refusals) {
    it(`refused, once: ${name}`, async () => {
      const server = await answering(answer);
      try {
        const outcome = await send(server.url);
        expect(outcome).toMatchObject<Partial<BatchOutcome>>({ kind: 'refused', code, httpStatus: status });
        expect(server.requests()).toBe(1);
      } finally {
        await server.close();
      }
    });
  }

  const failures: [string, (res: ServerResponse) => void, RegExp][] = [
    ['503 without a GraphQL answer', (res) => res.writeHead(503).end('Service Unavailable'), /answered HTTP 503/],
    [
      '502 from a proxy, as HTML',
      (res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad Gateway</h1>'),
      /answered HTTP 502/,
    ],
    ['500 INTERNAL_SERVER_ERROR', graphqlError(500, 'INTERNAL_SERVER_ERROR'), /HTTP 500: INTERNAL_SERVER_ERROR/],
    ['503 with a refusal code', graphqlError(503, 'BAD_REQUEST'), /HTTP 503: BAD_REQUEST/],
    ['429 Too Many Requests', graphqlError(429, 'RATE_LIMITED'), /HTTP 429/],
    ['200 SUBGRAPH_UNAVAILABLE', graphqlError(200, 'SUBGRAPH_UNAVAILABLE'), /SUBGRAPH_UNAVAILABLE/],
    [
      'a connection reset',
      (res) => res.socket?.destroy(),
      /no answer from .* \((ECONNRESET|UND_ERR_SOCKET|other side closed)/,
    ],
    [
      'a reset in the middle of the body',
      (res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
        res.write('{"data":');
        setTimeout(() => res.socket?.destroy(), 5);
      },
      /no answer from/,
    ],
  ];
  for (const [name, answer, message] of failures) {
    it(`failed, and tried three times: ${name}`, async () => {
      const server = await answering(answer);
      try {
        const outcome = await send(server.url);
        expect(outcome.kind).toBe('failed');
        expect(outcome.kind === 'failed' && outcome.message).toMatch(message);
        expect(server.requests()).toBe(3);
      } finally {
        await server.close();
      }
    });
  }

  it('failed, and tried three times: a gateway that does not answer in time', async () => {
    const server = await answering(() => {});
    try {
      const outcome = await send(server.url, 50);
      expect(outcome).toMatchObject({
        kind: 'failed',
        message: expect.stringMatching(/no answer from .*(timeout|aborted)/i),
      });
      expect(server.requests()).toBe(3);
    } finally {
      await server.close();
    }
  });

  it('failed: nothing listening', async () => {
    const server = await answering(() => {});
    await server.close();
    const outcome = await send(server.url);
    expect(outcome).toMatchObject({ kind: 'failed', message: expect.stringContaining('ECONNREFUSED') });
  });

  it('exits 1 on a gateway that does not list its operation, printing the code, without trying again', async () => {
    const server = await answering(
      graphqlError(400, 'PERSISTED_OPERATION_NOT_FOUND', 'No registered operation has the hash 0eba4905…'),
    );
    try {
      const { out, io } = capture();
      const code = await main(
        ['--department', 'transport', '--file', example('transport'), '--token', 't', '--gateway', server.url],
        io,
      );
      expect(code).toBe(1);
      expect(server.requests()).toBe(1);
      expect(out.stderr).toBe('batch 1/1: refused (PERSISTED_OPERATION_NOT_FOUND, HTTP 400)\n');
      expect(out.stdout).toContain(
        `REFUSED by the server (HTTP 400): batch 1 of 1 (${TRANSPORT_LINES}): PERSISTED_OPERATION_NOT_FOUND: No registered operation has the hash`,
      );
      expect(out.stdout).toMatch(new RegExp(`rows refused: +${TRANSPORT_ROWS} \\(the whole of batch 1`));
      expect(out.stdout).toContain('add scripts/lib/publish/persisted-operations.json');
      expect(out.stdout).not.toMatch(/again later|once the gateway answers|trying again|FAILED/);
    } finally {
      await server.close();
    }
  });

  it('exits 1 on a body too large, and advises a smaller --batch-size', async () => {
    const server = await answering(graphqlError(413, 'PAYLOAD_TOO_LARGE', 'request body over 1048576 bytes'));
    try {
      const { out, io } = capture();
      const argv = ['--department', 'transport', '--file', example('transport'), '--token', 't'];
      expect(await main([...argv, '--gateway', server.url], io)).toBe(1);
      expect(server.requests()).toBe(1);
      expect(out.stdout).toContain('PAYLOAD_TOO_LARGE: request body over 1048576 bytes');
      expect(out.stdout).toContain('publish with a smaller --batch-size (this run: 1000)');
    } finally {
      await server.close();
    }
  });

  it('exits 3 on a 503, after trying again, and says the same command may be run again', async () => {
    const server = await answering((res) => res.writeHead(503).end());
    try {
      const { out, io } = capture();
      const argv = ['--department', 'transport', '--file', example('transport'), '--token', 't'];
      expect(await main([...argv, '--gateway', server.url], io)).toBe(3);
      expect(server.requests()).toBe(3);
      expect(out.stderr).toContain('answered HTTP 503 without a GraphQL answer; trying again');
      expect(out.stdout).toContain(`FAILED: batch 1 of 1 (${TRANSPORT_LINES}) got no answer`);
      expect(out.stdout).toContain('Run the same command again once the gateway answers');
    } finally {
      await server.close();
    }
  });
});

describe('npm run publish, as a process', () => {
  /** scripts/publish.ts, as `npm run publish` runs it (tsx). */
  const run = (...argv: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', 'scripts/publish.ts', ...argv],
        { cwd: root, env: { ...process.env, FUPIN_TOKEN: '' } },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
      );
    });

  it('sets its exit code: 0 valid, 1 refused, 2 usage error', async () => {
    const valid = await run('--department', 'water', '--file', 'services/water/examples/water.csv', '--dry-run');
    expect(valid.stdout).toContain(`VALID: all ${exampleRows('water')} rows would be accepted`);
    expect(valid.code).toBe(0);
    const refused = await run('--department', 'transport', '--file', 'services/water/examples/water.csv', '--dry-run');
    expect(refused.stdout).toContain("water.drinkingWaterInvestmentIssued is 省水利厅's: --department water");
    expect(refused.code).toBe(1);
    const usage = await run('--department', 'water', '--file', 'services/water/examples/water.csv');
    expect(usage.stderr).toContain('no token');
    expect(usage.code).toBe(2);
  }, 30_000);
});

it('keeps the README section in step with the command', async () => {
  const readme = await readFile(path.join(root, 'README.md'), 'utf8');
  expect(readme.includes('## Publishing figures from a spreadsheet')).toBe(true);
  expect(readme.includes(HEADER)).toBe(true);
});
