import { baseYearIndicators, publishableYears } from './base-year.js';
import { BASE_YEAR, isPublished, PUBLISHABLE_YEARS, type DepartmentModel } from './definitions.js';
import { COUNTY_SCOPES, indicatorScope, outOfScopeReason, scopeCounties } from './scope.js';

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

/** What a department checks the counties of a batch against (`countyRegistry` of `@fupin/reference`). */
export interface CountyRegistry {
  /** Every current code. */
  all: ReadonlySet<string>;
  /** Codes of the counties with poverty-alleviation tasks (97): poverty and non-poverty. */
  withTasks: ReadonlySet<string>;
  /** Codes of the non-poverty counties with tasks (60): an indicator's scope by default. */
  nonPovertyWithTasks: ReadonlySet<string>;
  /** Old code → current code (421023 → 421088). */
  aliases: Readonly<Record<string, string>>;
  /** Name and poverty status of each current code, for the messages of refused rows. */
  details?: Readonly<Record<string, { name: string; povertyStatus: 'NATIONAL' | 'PROVINCIAL' | 'NONE' }>>;
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
/** A row's note, in characters: a remark, not a document. */
export const MAX_NOTE_LENGTH = 2_000;
/**
 * An idempotency key, in characters: the publishing command's keys are about 90. A longer one
 * would not fit PostgreSQL's index on the key (about 2.7 KB) and fail as a database error.
 */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

/** Characters as a person counts them (code points), without counting a short string at all. */
function tooLong(text: string, max: number): boolean {
  return text.length > max && [...text].length > max;
}

/** A caller's value inside a message: quoted, and cut short, since it may be anything. */
function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Why a batch's idempotency key cannot be used, or null when it can. The key belongs to the
 * batch, not to a row, so it is refused on its own (`IDEMPOTENCY_KEY_TOO_LONG`, naming the field).
 */
export function idempotencyKeyProblem(key: string | null | undefined): string | null {
  if (key == null) return null;
  if (tooLong(key, MAX_IDEMPOTENCY_KEY_LENGTH)) {
    return `idempotencyKey has ${[...key].length} characters; at most ${MAX_IDEMPOTENCY_KEY_LENGTH} are accepted`;
  }
  return null;
}

/**
 * Checks every row of a batch, all of them, before anything is written: the answer names every
 * bad row. Rows come back with old county codes made current. The same function runs in the
 * subgraph and, before sending, in the publishing command. A county must be in its indicator's
 * scope (`COUNTY_OUT_OF_SCOPE`: a poverty county, for an indicator of the non-poverty counties),
 * and a year one the indicator takes: the plan years, and the base year 2017 for the figures a
 * year-on-year rule compares (`YEAR_OUT_OF_PLAN` otherwise, naming the years it takes).
 */
export function validateBatch(
  rows: readonly PublishRow[],
  rules: BatchRules,
): { rows: PublishRow[]; errors: RowError[] } {
  const indicators = new Map(rules.model.indicators.map((i) => [i.id, i]));
  const baseYear = baseYearIndicators(rules.model);
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  const normalised = rows.map((row, index) => {
    const error = (field: RowError['field'], code: string, message: string) =>
      errors.push({ index, field, code, message: `row ${index + 1}: ${message}` });
    const county = rules.counties.aliases[row.county] ?? row.county;

    const indicator = indicators.get(row.indicator);
    if (!indicator) error('indicator', 'UNKNOWN_INDICATOR', `no indicator ${show(row.indicator)} in this department`);
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

    if (!rules.counties.all.has(county)) error('county', 'UNKNOWN_COUNTY', `no county with code ${show(row.county)}`);
    else if (!rules.counties.withTasks.has(county)) {
      error('county', 'COUNTY_WITHOUT_TASKS', `county ${row.county} has no poverty-alleviation tasks`);
    } else if (indicator) {
      const scope = indicatorScope(indicator, indicators);
      if (!scopeCounties(scope, rules.counties).has(county)) {
        error(
          'county',
          'COUNTY_OUT_OF_SCOPE',
          `${outOfScopeReason(county, scope, rules.counties)}: ${indicator.id} is reported for ${COUNTY_SCOPES[scope].description} only`,
        );
      }
    }

    // A known indicator takes the years it may be stored for; an unknown one is refused for its
    // indicator already, so only a year no indicator takes is worth saying about it.
    const years = indicator ? publishableYears(rules.model, indicator.id) : PUBLISHABLE_YEARS;
    if (!Number.isInteger(row.year) || !years.includes(row.year)) {
      const base = indicator?.fixed
        ? `; ${indicator.id} is a baseline fixed at the end of ${BASE_YEAR}, published once and read in every plan year`
        : row.year === BASE_YEAR
          ? baseYear.size > 0
            ? `; ${BASE_YEAR} is the base year, taken only for the figures a year-on-year rule compares (${[...baseYear].join(', ')})`
            : `; ${BASE_YEAR} is the base year, taken only for the figures a year-on-year rule compares, and no rule here does`
          : '';
      error(
        'year',
        'YEAR_OUT_OF_PLAN',
        `year ${row.year} is outside the plan: ${indicator ? `${indicator.id} takes` : 'figures are published for'} ${years.join(', ')}${base}`,
      );
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

    if (row.note != null && (typeof row.note !== 'string' || tooLong(row.note, MAX_NOTE_LENGTH))) {
      error(
        'note',
        'NOTE_TOO_LONG',
        typeof row.note === 'string'
          ? `the note has ${[...row.note].length} characters; at most ${MAX_NOTE_LENGTH} are accepted`
          : `the note must be text, not ${show(row.note)}`,
      );
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
