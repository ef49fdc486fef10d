import { isPublished, PLAN_YEARS, type DepartmentModel } from './definitions.js';

/** One row of a batch, as a publisher sends it. */
export interface PublishRow {
  indicator: string;
  county: string;
  year: number;
  value: number;
  note?: string | null;
  /** The revision this row corrects; the write fails with a conflict if it is no longer current. */
  replacesRevision?: number | null;
}

/** Why a row was refused: which row (0-based), which field, a stable code and a message. */
export interface RowError {
  index: number;
  field: keyof PublishRow | 'row';
  code: string;
  message: string;
}

/** What a department checks the counties of a batch against. */
export interface CountyRegistry {
  all: ReadonlySet<string>;
  withTasks: ReadonlySet<string>;
  aliases: Readonly<Record<string, string>>;
}

export interface BatchRules {
  model: DepartmentModel;
  counties: CountyRegistry;
  /**
   * The measures the publishing department answers for (a department publishes only its own);
   * null stands for the document's overall targets.
   */
  measures: readonly (number | null)[];
}

export const MAX_BATCH_ROWS = 10_000;

/**
 * Checks every row of a batch, all of them, before anything is written: the answer names every
 * bad row. Rows come back with old county codes made current. The same function runs in the
 * subgraph and, before sending, in the publishing command.
 */
export function validateBatch(
  rows: readonly PublishRow[],
  rules: BatchRules,
): { rows: PublishRow[]; errors: RowError[] } {
  const indicators = new Map(rules.model.indicators.map((i) => [i.id, i]));
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  const normalised = rows.map((row, index) => {
    const error = (field: RowError['field'], code: string, message: string) =>
      errors.push({ index, field, code, message: `row ${index + 1}: ${message}` });
    const county = rules.counties.aliases[row.county] ?? row.county;

    const indicator = indicators.get(row.indicator);
    if (!indicator) error('indicator', 'UNKNOWN_INDICATOR', `no indicator "${row.indicator}" in this department`);
    else if (!isPublished(indicator)) {
      error(
        'indicator',
        'DERIVED_INDICATOR',
        `${row.indicator} is computed from other indicators and cannot be published`,
      );
    } else if (!rules.measures.includes(indicator.measure)) {
      error(
        'indicator',
        'NOT_YOUR_INDICATOR',
        `${row.indicator} reports on ${indicator.measure === null ? 'the overall targets' : `measure ${indicator.measure}`}, which your department does not lead`,
      );
    }

    if (!rules.counties.all.has(county)) error('county', 'UNKNOWN_COUNTY', `no county with code "${row.county}"`);
    else if (!rules.counties.withTasks.has(county)) {
      error('county', 'COUNTY_WITHOUT_TASKS', `county ${row.county} has no poverty-alleviation tasks`);
    }

    if (!Number.isInteger(row.year) || !(PLAN_YEARS as readonly number[]).includes(row.year)) {
      error('year', 'YEAR_OUT_OF_PLAN', `year ${row.year} is outside the plan (${PLAN_YEARS.join(', ')})`);
    }

    if (typeof row.value !== 'number' || !Number.isFinite(row.value)) {
      error('value', 'NOT_A_NUMBER', `value ${JSON.stringify(row.value)} is not a number`);
    } else if (indicator) {
      if (indicator.min !== undefined && row.value < indicator.min) {
        error('value', 'VALUE_OUT_OF_RANGE', `${row.indicator} cannot be below ${indicator.min} (got ${row.value})`);
      }
      if (indicator.max !== undefined && row.value > indicator.max) {
        error('value', 'VALUE_OUT_OF_RANGE', `${row.indicator} cannot be above ${indicator.max} (got ${row.value})`);
      }
      if (indicator.integer && !Number.isInteger(row.value)) {
        error('value', 'NOT_AN_INTEGER', `${row.indicator} takes whole numbers only (got ${row.value})`);
      }
    }

    if (row.replacesRevision != null && (!Number.isInteger(row.replacesRevision) || row.replacesRevision < 1)) {
      error(
        'replacesRevision',
        'BAD_REVISION',
        `replacesRevision must be a revision number from 1 (got ${row.replacesRevision})`,
      );
    }

    const key = `${row.indicator}|${county}|${row.year}`;
    const first = seen.get(key);
    if (first !== undefined) {
      error('row', 'DUPLICATE_ROW', `the same indicator, county and year as row ${first + 1}`);
    } else seen.set(key, index);

    return { ...row, county };
  });
  return { rows: normalised, errors };
}
