import { boolean, integer, pgSchema, primaryKey, text } from 'drizzle-orm/pg-core';

/** The catalog's own PostgreSQL schema: no other subgraph reads or writes it. */
export const catalog = pgSchema('catalog');

export const prefecture = catalog.table('prefecture', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  sortOrder: integer('sort_order').notNull(),
});

export const county = catalog.table('county', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  prefectureCode: text('prefecture_code')
    .notNull()
    .references(() => prefecture.code),
  povertyStatus: text('poverty_status').notNull(),
  povertyExitYear: integer('poverty_exit_year'),
  hasTasks: boolean('has_tasks').notNull(),
  code2018: text('code_2018'),
  stockPoorVillages: integer('stock_poor_villages'),
  stockPoorPopulation: integer('stock_poor_population'),
  sortOrder: integer('sort_order').notNull(),
});

/** Codes a county was known by (监利县 421023 is 监利市 421088 since 2020). */
export const countyAlias = catalog.table('county_alias', {
  alias: text('alias').primaryKey(),
  code: text('code')
    .notNull()
    .references(() => county.code),
});

export const department = catalog.table('department', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  sortOrder: integer('sort_order').notNull(),
});

export const measureGroup = catalog.table('measure_group', {
  id: text('id').primaryKey(),
  ordinal: integer('ordinal').notNull().unique(),
  title: text('title').notNull(),
  titleEn: text('title_en').notNull(),
});

export const measure = catalog.table('measure', {
  number: integer('number').primaryKey(),
  groupId: text('group_id')
    .notNull()
    .references(() => measureGroup.id),
  text: text('text').notNull(),
});

/** Which departments lead a measure (牵头单位) or share responsibility for it (责任单位). */
export const measureDepartment = catalog.table(
  'measure_department',
  {
    measureNumber: integer('measure_number')
      .notNull()
      .references(() => measure.number),
    departmentId: text('department_id')
      .notNull()
      .references(() => department.id),
    role: text('role').notNull(),
    ordinal: integer('ordinal').notNull(),
  },
  (t) => [primaryKey({ columns: [t.measureNumber, t.departmentId, t.role] })],
);

export const guarantee = catalog.table('guarantee', {
  number: integer('number').primaryKey(),
  title: text('title').notNull(),
  titleEn: text('title_en').notNull(),
  text: text('text').notNull(),
});

export type PrefectureRow = typeof prefecture.$inferSelect;
export type CountyRow = typeof county.$inferSelect;
export type DepartmentRow = typeof department.$inferSelect;
export type MeasureGroupRow = typeof measureGroup.$inferSelect;
export type MeasureRow = typeof measure.$inferSelect;
export type MeasureDepartmentRow = typeof measureDepartment.$inferSelect;
export type GuaranteeRow = typeof guarantee.$inferSelect;
