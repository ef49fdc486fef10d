import DataLoader from 'dataloader';
import { groupLoader, rowLoader, type Database, type RequestContext } from '@fupin/kit';
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import * as t from './db/tables.js';
import { toIndicator, type Catalogue } from './indicator/registry.js';

/**
 * The catalog's per-request loaders: every entity lookup and every list below one goes through
 * these. `catalogue` is the departments' indicators and rules, the same for every request.
 */
export function createCatalogLoaders({ db }: Database, catalogue: Catalogue) {
  return {
    catalogue,
    /** From the in-memory catalogue of indicators: no SQL, but the same shape as every lookup. */
    indicator: rowLoader<string, ReturnType<typeof toIndicator>>(
      async (ids) => catalogue.indicators.filter((i) => ids.includes(i.id)).map(toIndicator),
      (row) => row.id,
    ),
    prefecture: rowLoader<string, t.PrefectureRow>(
      (codes) =>
        db
          .select()
          .from(t.prefecture)
          .where(inArray(t.prefecture.code, [...codes])),
      (row) => row.code,
    ),
    /** By current code or by an old code (421023 finds 监利市 421088). */
    county: rowLoader<string, CountyWithAliases>(
      (codes) => countiesByCodeOrAlias(db, codes),
      (row) => [row.code, ...row.aliases],
    ),
    countiesOfPrefecture: groupLoader<string, t.CountyRow>(
      (codes) =>
        db
          .select()
          .from(t.county)
          .where(inArray(t.county.prefectureCode, [...codes]))
          .orderBy(asc(t.county.sortOrder)),
      (row) => row.prefectureCode,
    ),
    /**
     * The counties the assessment ranks (non-poverty counties with tasks), in one statement
     * however many counties ask for them. The one key is the province's code.
     */
    assessedCounties: new DataLoader<string, t.CountyRow[]>(async (provinces) => {
      const rows = await db
        .select()
        .from(t.county)
        .where(and(eq(t.county.povertyStatus, 'NONE'), eq(t.county.hasTasks, true)))
        .orderBy(asc(t.county.sortOrder));
      return provinces.map(() => rows);
    }),
    department: rowLoader<string, t.DepartmentRow>(
      (ids) =>
        db
          .select()
          .from(t.department)
          .where(inArray(t.department.id, [...ids])),
      (row) => row.id,
    ),
    measure: rowLoader<number, t.MeasureRow>(
      (numbers) =>
        db
          .select()
          .from(t.measure)
          .where(inArray(t.measure.number, [...numbers])),
      (row) => row.number,
    ),
    measureGroup: rowLoader<string, t.MeasureGroupRow>(
      (ids) =>
        db
          .select()
          .from(t.measureGroup)
          .where(inArray(t.measureGroup.id, [...ids])),
      (row) => row.id,
    ),
    measuresOfGroup: groupLoader<string, t.MeasureRow>(
      (ids) =>
        db
          .select()
          .from(t.measure)
          .where(inArray(t.measure.groupId, [...ids]))
          .orderBy(asc(t.measure.number)),
      (row) => row.groupId,
    ),
    /** A measure's departments, both roles, in the document's order. */
    departmentsOfMeasure: groupLoader<number, t.MeasureDepartmentRow & { department: t.DepartmentRow }>(
      async (numbers) => {
        const rows = await db
          .select()
          .from(t.measureDepartment)
          .innerJoin(t.department, eq(t.department.id, t.measureDepartment.departmentId))
          .where(inArray(t.measureDepartment.measureNumber, [...numbers]))
          .orderBy(asc(t.measureDepartment.ordinal));
        return rows.map((r) => ({ ...r.measure_department, department: r.department }));
      },
      (row) => row.measureNumber,
    ),
    measuresOfDepartment: groupLoader<string, t.MeasureDepartmentRow>(
      (ids) =>
        db
          .select()
          .from(t.measureDepartment)
          .where(inArray(t.measureDepartment.departmentId, [...ids]))
          .orderBy(asc(t.measureDepartment.measureNumber)),
      (row) => row.departmentId,
    ),
  };
}

/** A county with the old codes it answers to as well. */
export type CountyWithAliases = t.CountyRow & { aliases: string[] };

async function countiesByCodeOrAlias(db: Database['db'], codes: readonly string[]): Promise<CountyWithAliases[]> {
  const rows = await db
    .select()
    .from(t.county)
    .leftJoin(t.countyAlias, eq(t.countyAlias.code, t.county.code))
    .where(or(inArray(t.county.code, [...codes]), inArray(t.countyAlias.alias, [...codes])));
  const byCode = new Map<string, CountyWithAliases>();
  for (const row of rows) {
    const entry = byCode.get(row.county.code) ?? { ...row.county, aliases: [] };
    if (row.county_alias) entry.aliases.push(row.county_alias.alias);
    byCode.set(entry.code, entry);
  }
  return [...byCode.values()];
}

export type CatalogLoaders = ReturnType<typeof createCatalogLoaders>;
export type CatalogContext = RequestContext<CatalogLoaders>;
