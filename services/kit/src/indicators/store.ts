import { and, asc, inArray, sql, type SQL } from 'drizzle-orm';
import { boolean, doublePrecision, integer, pgSchema, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { Db } from '../db/database.js';
import type { Migration } from '../db/migrate.js';
import { BASE_YEAR, PLAN_YEARS } from './definitions.js';

/**
 * The columns of an observation as migration 0001 made them, and as the current-values view
 * shows them: made afresh for each table or view that declares them.
 */
function observationColumns() {
  return {
    indicatorId: text('indicator_id').notNull(),
    countyCode: text('county_code').notNull(),
    year: integer('year').notNull(),
    revision: integer('revision').notNull(),
    value: doublePrecision('value').notNull(),
    note: text('note'),
    publishedBy: text('published_by').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }).notNull(),
    isSample: boolean('is_sample').notNull(),
  };
}

/**
 * A department's observations: indicator × county × year → value, one row per revision. A
 * correction adds a revision; no row is ever updated or deleted, so history is the table.
 */
export function observationTables(schema: string) {
  const s = pgSchema(schema);
  const observation = s.table(
    'observation',
    {
      ...observationColumns(),
      /** The published batch a row came in (null for sample rows); added by 0003_publishing. */
      batchId: text('batch_id'),
    },
    (t) => [primaryKey({ columns: [t.indicatorId, t.countyCode, t.year, t.revision] })],
  );
  /** The latest revision of every value. */
  const current = s.view('current_observation', observationColumns()).existing();
  return { observation, current };
}

/**
 * The observation table as migration 0001 made it, before 0003_publishing added `batch_id`: what
 * the sample migration (0002) writes into, since an insert names every column its table declares.
 */
export function initialObservationTable(schema: string) {
  return pgSchema(schema).table('observation', observationColumns(), (t) => [
    primaryKey({ columns: [t.indicatorId, t.countyCode, t.year, t.revision] }),
  ]);
}

export type ObservationTables = ReturnType<typeof observationTables>;
/** A stored value; the current-values view does not carry the batch it came in. */
export type ObservationRow = Omit<ObservationTables['observation']['$inferSelect'], 'batchId'> & {
  batchId?: string | null;
};

export function observationMigrations(schema: string): Migration[] {
  return [
    {
      id: '0001_observations',
      statements: [
        `create table ${schema}.observation (
          indicator_id text not null,
          county_code text not null check (county_code ~ '^[0-9]{6}$'),
          year integer not null check (year between 2018 and 2020),
          revision integer not null check (revision >= 1),
          value double precision not null check (value = value),
          note text,
          published_by text not null,
          published_at timestamptz not null default now(),
          is_sample boolean not null default false,
          primary key (indicator_id, county_code, year, revision)
        )`,
        `create index observation_county_year_idx on ${schema}.observation (county_code, year)`,
        `create view ${schema}.current_observation as
          select distinct on (indicator_id, county_code, year) *
          from ${schema}.observation
          order by indicator_id, county_code, year, revision desc`,
      ],
    },
  ];
}

/**
 * Migration 0005: the store takes the base year (2017) too, for the figures a year-on-year rule
 * compares; which indicators may have one is the publishing check's business (`validateBatch`).
 */
export function baseYearMigration(schema: string): Migration {
  const last = PLAN_YEARS[PLAN_YEARS.length - 1];
  return {
    id: '0005_base_year',
    statements: [
      `alter table ${schema}.observation drop constraint observation_year_check`,
      `alter table ${schema}.observation add constraint observation_year_check check (year between ${BASE_YEAR} and ${last})`,
    ],
  };
}

/**
 * For a database made before `fixed` baselines: each fixed indicator's figure of the earliest
 * plan year it was stored for, copied as the base year's revision 1 (same publisher, time,
 * note and sample flag) where the base year has none. The plan-year rows stay, as history;
 * views read the base year's.
 */
export function fixedBaselineMigration(schema: string, fixedIds: readonly string[]): Migration {
  const ids = fixedIds.map((id) => `'${id.replaceAll("'", "''")}'`).join(', ');
  return {
    id: '0007_fixed_baseline',
    statements:
      fixedIds.length === 0
        ? []
        : [
            `insert into ${schema}.observation
               (indicator_id, county_code, year, revision, value, note, published_by, published_at, is_sample, batch_id)
             select distinct on (c.indicator_id, c.county_code)
                    c.indicator_id, c.county_code, ${BASE_YEAR}, 1, c.value, c.note, c.published_by, c.published_at, c.is_sample, null
             from ${schema}.current_observation c
             where c.indicator_id in (${ids})
               and not exists (select 1 from ${schema}.observation b
                               where b.indicator_id = c.indicator_id and b.county_code = c.county_code and b.year = ${BASE_YEAR})
             order by c.indicator_id, c.county_code, c.year`,
          ],
  };
}

/**
 * The counties whose figures count, for a department's indicators: the published indicators
 * grouped by scope (`scopeGroups`), each group with its counties' codes. Roll-ups sum and count
 * only these rows, whatever else is stored (figures of a poverty county written before scopes
 * were checked).
 */
export interface ScopeFilter {
  groups: readonly { indicatorIds: readonly string[]; counties: readonly string[] }[];
}

/** `indicator_id, county_code` of a row in one of the filter's groups, as SQL over the given columns. */
export function scopeCondition(filter: ScopeFilter | undefined, indicator: SQL, county: SQL): SQL {
  if (!filter) return sql`true`;
  const list = (values: readonly string[]) =>
    sql.join(
      values.map((v) => sql`${v}`),
      sql`, `,
    );
  const groups = filter.groups.filter((g) => g.counties.length > 0 && g.indicatorIds.length > 0);
  if (groups.length === 0) return sql`false`;
  // One scope for every indicator (the usual case): the counties alone.
  if (filter.groups.length === 1 && groups.length === 1) return sql`${county} in (${list(groups[0]!.counties)})`;
  return sql`(${sql.join(
    groups.map((g) => sql`(${indicator} in (${list(g.indicatorIds)}) and ${county} in (${list(g.counties)}))`),
    sql` or `,
  )})`;
}

/** The prefecture a county belongs to, from its division code (421181 → 421100). */
export function prefectureOf(countyCode: string): string {
  return `${countyCode.slice(0, 4)}00`;
}

/** Current values of every indicator of the given counties in the given years: one statement. */
export function loadCurrentObservations(
  db: Db,
  tables: ObservationTables,
  countyCodes: readonly string[],
  years: readonly number[],
): Promise<ObservationRow[]> {
  const { current } = tables;
  return db
    .select()
    .from(current)
    .where(and(inArray(current.countyCode, [...countyCodes]), inArray(current.year, [...years])));
}

export interface RollupRow {
  /** A prefecture code, or null for the province. */
  scope: string | null;
  indicatorId: string;
  year: number;
  sum: number;
  mean: number;
  counties: number;
  /** Whether any of the values rolled up is sample data. */
  sample: boolean;
}

/**
 * Sums, means and county counts of every indicator over the counties of each prefecture asked
 * for (or of the whole province when `prefectureCodes` is null), computed by PostgreSQL: one
 * statement, and only the aggregates leave the database.
 */
export function loadRollups(
  db: Db,
  tables: ObservationTables,
  prefectureCodes: readonly string[] | null,
  years: readonly number[],
  scope?: ScopeFilter,
): Promise<RollupRow[]> {
  return prepareRollups(tables, scope)(db, prefectureCodes, years);
}

/** `loadRollups` of one department's tables (over the counties of `scope`), the statement's parts built once. */
export function prepareRollups(tables: ObservationTables, scope?: ScopeFilter) {
  const { current } = tables;
  const prefecture = sql<string>`left(${current.countyCode}, 4) || '00'`;
  const inScope = scopeCondition(scope, sql`${current.indicatorId}`, sql`${current.countyCode}`);
  const aggregates = {
    indicatorId: current.indicatorId,
    year: current.year,
    sum: sql<number>`sum(${current.value})::float8`,
    mean: sql<number>`avg(${current.value})::float8`,
    counties: sql<number>`count(*)::int`,
    sample: sql<boolean>`bool_or(${current.isSample})`,
  };
  return async (db: Db, prefectureCodes: readonly string[] | null, years: readonly number[]): Promise<RollupRow[]> => {
    if (prefectureCodes === null) {
      const rows = await db
        .select(aggregates)
        .from(current)
        .where(and(inArray(current.year, [...years]), inScope))
        .groupBy(current.indicatorId, current.year);
      return rows.map((row) => ({ ...row, scope: null }));
    }
    return db
      .select({ ...aggregates, scope: prefecture })
      .from(current)
      .where(and(inArray(prefecture, [...prefectureCodes]), inArray(current.year, [...years]), inScope))
      .groupBy(current.indicatorId, current.year, prefecture);
  };
}

/** Every revision of the values asked for, oldest first: one statement for any number of them. */
export async function loadHistories(
  db: Db,
  tables: ObservationTables,
  keys: readonly { indicatorId: string; countyCode: string; year: number }[],
): Promise<ObservationRow[]> {
  const { observation } = tables;
  const rows = await db
    .select()
    .from(observation)
    .where(
      and(
        inArray(observation.indicatorId, [...new Set(keys.map((k) => k.indicatorId))]),
        inArray(observation.countyCode, [...new Set(keys.map((k) => k.countyCode))]),
        inArray(observation.year, [...new Set(keys.map((k) => k.year))]),
      ),
    )
    .orderBy(asc(observation.revision));
  const wanted = new Set(keys.map((k) => `${k.indicatorId}|${k.countyCode}|${k.year}`));
  return rows.filter((row) => wanted.has(`${row.indicatorId}|${row.countyCode}|${row.year}`));
}

export interface RatioRollupRow {
  scope: string | null;
  indicatorId: string;
  year: number;
  numerator: number;
  denominator: number;
  /** Whether either sum holds a sample value. */
  sample: boolean;
}

/**
 * The two sums behind each derived ratio, over the counties that reported BOTH figures: a
 * county that reported its kilometres but not its townships must not inflate the ratio. One
 * statement for all the ratios, prefectures and years asked for.
 */
export function loadRatioRollups(
  db: Db,
  tables: ObservationTables,
  ratios: readonly { id: string; numerator: string; denominator: string }[],
  prefectureCodes: readonly string[] | null,
  years: readonly number[],
  scope?: ScopeFilter,
): Promise<RatioRollupRow[]> {
  return prepareRatioRollups(tables, ratios, scope)(db, prefectureCodes, years);
}

/** `loadRatioRollups` of one department's tables and ratios, the list of ratios built once. */
export function prepareRatioRollups(
  tables: ObservationTables,
  ratios: readonly { id: string; numerator: string; denominator: string; denominatorFixed?: boolean }[],
  scope?: ScopeFilter,
) {
  const { current } = tables;
  const countsRow = sql.join(
    [
      scopeCondition(scope, sql.raw('n.indicator_id'), sql.raw('n.county_code')),
      scopeCondition(scope, sql.raw('d.indicator_id'), sql.raw('d.county_code')),
    ],
    sql` and `,
  );
  const definitions =
    ratios.length === 0
      ? null
      : sql.join(
          ratios.map(
            (r) =>
              sql`(${r.id}::text, ${r.numerator}::text, ${r.denominator}::text, ${r.denominatorFixed === true}::boolean)`,
          ),
          sql`, `,
        );
  return async (
    db: Db,
    prefectureCodes: readonly string[] | null,
    years: readonly number[],
  ): Promise<RatioRollupRow[]> => {
    if (definitions === null) return [];
    const scope = prefectureCodes === null ? sql`null::text` : sql`left(n.county_code, 4) || '00'`;
    const inScope =
      prefectureCodes === null
        ? sql`true`
        : sql`left(n.county_code, 4) || '00' in (${sql.join(
            prefectureCodes.map((code) => sql`${code}`),
            sql`, `,
          )})`;
    const result = await db.execute(sql`
    with ratio (id, numerator, denominator, denominator_fixed) as (values ${definitions})
    select ratio.id as "indicatorId", n.year as "year", ${scope} as "scope",
           sum(n.value)::float8 as "numerator", sum(d.value)::float8 as "denominator",
           bool_or(n.is_sample or d.is_sample) as "sample"
    from ratio
    join ${current} n on n.indicator_id = ratio.numerator
    join ${current} d on d.indicator_id = ratio.denominator and d.county_code = n.county_code
      and d.year = case when ratio.denominator_fixed then ${BASE_YEAR} else n.year end
    where n.year in (${sql.join(
      years.map((year) => sql`${year}`),
      sql`, `,
    )}) and ${inScope} and ${countsRow}
    group by 1, 2, 3`);
    return (result as unknown as { rows: RatioRollupRow[] }).rows;
  };
}

export interface YearOverYearRow {
  scope: string | null;
  indicatorId: string;
  year: number;
  current: { sum: number; mean: number };
  previous: { sum: number; mean: number };
  /** Whether a value of either year is sample data. */
  sample: boolean;
}

/**
 * A figure and the same figure the year before, summed (and averaged) over the counties that
 * reported BOTH years: 只增不减 over a prefecture compares like with like, not a year in which
 * three counties were late with one in which they were not. One statement.
 */
export function loadYearOverYearRollups(
  db: Db,
  tables: ObservationTables,
  indicatorIds: readonly string[],
  prefectureCodes: readonly string[] | null,
  years: readonly number[],
  scope?: ScopeFilter,
): Promise<YearOverYearRow[]> {
  return prepareYearOverYearRollups(tables, indicatorIds, scope)(db, prefectureCodes, years);
}

/** `loadYearOverYearRollups` of one department's tables and figures, the list of figures built once. */
export function prepareYearOverYearRollups(
  tables: ObservationTables,
  indicatorIds: readonly string[],
  scope?: ScopeFilter,
) {
  const { current } = tables;
  // p is the same indicator and county as n: one condition covers both.
  const countsRow = scopeCondition(scope, sql.raw('n.indicator_id'), sql.raw('n.county_code'));
  const list = (values: readonly (string | number)[]) =>
    sql.join(
      values.map((v) => sql`${v}`),
      sql`, `,
    );
  const indicators = indicatorIds.length === 0 ? null : list(indicatorIds);
  return async (
    db: Db,
    prefectureCodes: readonly string[] | null,
    years: readonly number[],
  ): Promise<YearOverYearRow[]> => {
    if (indicators === null) return [];
    const scope = prefectureCodes === null ? sql`null::text` : sql`left(n.county_code, 4) || '00'`;
    const inScope =
      prefectureCodes === null ? sql`true` : sql`left(n.county_code, 4) || '00' in (${list(prefectureCodes)})`;
    const result = await db.execute(sql`
    select n.indicator_id as "indicatorId", n.year as "year", ${scope} as "scope",
           sum(n.value)::float8 as "currentSum", avg(n.value)::float8 as "currentMean",
           sum(p.value)::float8 as "previousSum", avg(p.value)::float8 as "previousMean",
           bool_or(n.is_sample or p.is_sample) as "sample"
    from ${current} n
    join ${current} p on p.indicator_id = n.indicator_id and p.county_code = n.county_code and p.year = n.year - 1
    where n.indicator_id in (${indicators}) and n.year in (${list(years)}) and ${inScope} and ${countsRow}
    group by 1, 2, 3`);
    type Raw = { indicatorId: string; year: number; scope: string | null; sample: boolean } & Record<
      'currentSum' | 'currentMean' | 'previousSum' | 'previousMean',
      number
    >;
    return (result as unknown as { rows: Raw[] }).rows.map((row) => ({
      scope: row.scope,
      indicatorId: row.indicatorId,
      year: row.year,
      current: { sum: row.currentSum, mean: row.currentMean },
      previous: { sum: row.previousSum, mean: row.previousMean },
      sample: row.sample,
    }));
  };
}
