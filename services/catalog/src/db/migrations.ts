import type { Migration } from '@fupin/kit';
import {
  countyAliases,
  departments,
  guarantees,
  measureGroups,
  measures,
  prefectures,
  stockSample,
} from '@fupin/reference';
import * as t from './tables.js';

/** The catalog's schema history. Released steps never change: corrections are new steps. */
export const migrations: Migration[] = [
  {
    id: '0001_reference_tables',
    statements: [
      `create table catalog.prefecture (
        code text primary key check (code ~ '^[0-9]{6}$'),
        name text not null,
        sort_order integer not null
      )`,
      `create table catalog.county (
        code text primary key check (code ~ '^[0-9]{6}$'),
        name text not null,
        kind text not null check (kind in ('DISTRICT','COUNTY_LEVEL_CITY','COUNTY','AUTONOMOUS_COUNTY','FORESTRY_DISTRICT')),
        prefecture_code text not null references catalog.prefecture (code),
        poverty_status text not null check (poverty_status in ('NATIONAL','PROVINCIAL','NONE')),
        poverty_exit_year integer,
        has_tasks boolean not null,
        code_2018 text,
        stock_poor_villages integer check (stock_poor_villages >= 0),
        stock_poor_population integer check (stock_poor_population >= 0),
        sort_order integer not null
      )`,
      `create index county_prefecture_idx on catalog.county (prefecture_code)`,
      `create table catalog.county_alias (
        alias text primary key,
        code text not null references catalog.county (code)
      )`,
      `create index county_alias_code_idx on catalog.county_alias (code)`,
      `create table catalog.department (
        id text primary key,
        name text not null,
        name_en text not null,
        subgraph text,
        sort_order integer not null
      )`,
      `create table catalog.measure_group (
        id text primary key,
        ordinal integer not null unique,
        title text not null,
        title_en text not null
      )`,
      `create table catalog.measure (
        number integer primary key,
        group_id text not null references catalog.measure_group (id),
        text text not null
      )`,
      `create index measure_group_idx on catalog.measure (group_id)`,
      `create table catalog.measure_department (
        measure_number integer not null references catalog.measure (number),
        department_id text not null references catalog.department (id),
        role text not null check (role in ('LEAD','RESPONSIBLE')),
        ordinal integer not null,
        primary key (measure_number, department_id, role)
      )`,
      `create index measure_department_department_idx on catalog.measure_department (department_id)`,
      `create table catalog.guarantee (
        number integer primary key,
        title text not null,
        title_en text not null,
        text text not null
      )`,
    ],
  },
  {
    // The document's reference data and the SAMPLE stock figures (services/reference/README.md).
    id: '0002_reference_data',
    run: async (tx) => {
      await tx.insert(t.prefecture).values(prefectures.map((p, i) => ({ code: p.code, name: p.name, sortOrder: i })));
      let order = 0;
      await tx.insert(t.county).values(
        prefectures.flatMap((p) =>
          p.counties.map((c) => ({
            code: c.code,
            name: c.name,
            kind: c.kind,
            prefectureCode: p.code,
            povertyStatus: c.povertyStatus,
            povertyExitYear: c.povertyExitYear,
            hasTasks: c.hasTasks,
            code2018: c.code2018,
            stockPoorVillages: stockSample[c.code]?.stockPoorVillages ?? null,
            stockPoorPopulation: stockSample[c.code]?.stockPoorPopulation ?? null,
            sortOrder: order++,
          })),
        ),
      );
      await tx.insert(t.countyAlias).values(Object.entries(countyAliases).map(([alias, code]) => ({ alias, code })));
      await tx.insert(t.department).values(departments.map((d, i) => ({ ...d, sortOrder: i })));
      await tx.insert(t.measureGroup).values(measureGroups);
      await tx.insert(t.measure).values(measures.map((m) => ({ number: m.number, groupId: m.groupId, text: m.text })));
      await tx.insert(t.measureDepartment).values(
        measures.flatMap((m) => [
          ...m.leadDepartmentIds.map((id, i) => ({
            measureNumber: m.number,
            departmentId: id,
            role: 'LEAD',
            ordinal: i,
          })),
          ...m.responsibleDepartmentIds.map((id, i) => ({
            measureNumber: m.number,
            departmentId: id,
            role: 'RESPONSIBLE',
            ordinal: i,
          })),
        ]),
      );
      await tx.insert(t.guarantee).values(guarantees);
    },
  },
  {
    // Which subgraph publishes a unit's figures is no fact of the document: the catalog reads it
    // from the departments artefact (schema/departments.json, `publishers`) when asked
    // (`Department.subgraph`), so that a new department folder needs no migration here.
    id: '0003_drop_department_subgraph',
    statements: ['alter table catalog.department drop column subgraph'],
  },
];
