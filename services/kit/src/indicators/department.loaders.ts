import DataLoader from 'dataloader';
import type { RequestContext } from '../context.js';
import type { Database, Db } from '../db/database.js';
import { publishedParts, storedYear } from './base-year.js';
import { BASE_YEAR, comparesWithPreviousYear, type DepartmentModel, type RuleDefinition } from './definitions.js';
import { planDepartment, type DepartmentPlan } from './department.plan.js';
import { indicatorKey, type IndicatorRef } from './department.spec.js';
import { toObservation, type ObservationValue } from './department.values.js';
import { buildView, type ViewValue } from './department.view.js';
import type { ValueOf } from './evaluate.js';
import { scopeGroups } from './scope.js';
import {
  loadCurrentObservations,
  loadHistories,
  prepareRatioRollups,
  prepareRollups,
  prepareYearOverYearRollups,
  type ObservationRow,
  type ObservationTables,
  type RatioRollupRow,
  type RollupRow,
  type ScopeFilter,
  type YearOverYearRow,
} from './store.js';
import type { CountyRegistry } from './validate.js';

export type DepartmentLoaders = ReturnType<typeof createDepartmentLoaders>;
export type DepartmentContext = RequestContext<DepartmentLoaders>;

/** The scope of the province's roll-up in a `rollupView` key (`province|2019`); a prefecture's is its code. */
export const PROVINCE = 'province';

/**
 * Per-request loaders: every county's view in one statement, every roll-up in one more. With
 * `counties`, only the figures of counties in their indicators' scope count (`dataScope`).
 */
export function createDepartmentLoaders(
  database: Database,
  tables: ObservationTables,
  model: DepartmentModel,
  indicatorRef: IndicatorRef = indicatorKey,
  counties?: CountyRegistry,
) {
  return prepareDepartmentLoaders(
    tables,
    planDepartment(model, indicatorRef),
    counties && dataScope(model, counties),
  )(database);
}

/**
 * Which stored figures count: a figure of a county outside its indicator's scope (a poverty
 * county's, stored before scopes were checked) is left out of the county's view and of every
 * roll-up, in SQL for the roll-ups.
 */
export interface DataScope {
  filter: ScopeFilter;
  counts: (indicatorId: string, countyCode: string) => boolean;
}

export function dataScope(model: DepartmentModel, counties: CountyRegistry): DataScope {
  const groups = scopeGroups(model, counties);
  const countiesOf = new Map(groups.flatMap((g) => g.indicatorIds.map((id) => [id, new Set(g.counties)] as const)));
  return {
    filter: { groups },
    // An indicator the model no longer has is shown nowhere anyway.
    counts: (indicatorId, countyCode) => countiesOf.get(indicatorId)?.has(countyCode) ?? false,
  };
}

/**
 * `createDepartmentLoaders` in two steps: what depends on the model and the tables alone (the
 * plan, the roll-up statements' parts) once, here; the loaders themselves once per request, by
 * the function returned.
 */
export function prepareDepartmentLoaders(tables: ObservationTables, plan: DepartmentPlan, scope?: DataScope) {
  const rollups = createRollupReader(tables, plan, scope?.filter);
  const observationValue = (row: ObservationRow) => toObservation(row, plan.indicatorRef);
  const withPrevious = (years: Iterable<number>) => {
    const all = new Set(years);
    if (plan.needsPreviousYear) for (const year of [...all]) all.add(year - 1);
    // A fixed baseline is stored for the base year and read in every year.
    if (plan.fixed.size > 0) all.add(BASE_YEAR);
    return [...all];
  };
  /** Where a figure of a year is stored: the base year for a fixed baseline. */
  const at = (indicatorId: string, year: number) => storedYear(plan.fixed, indicatorId, year);

  return ({ db }: Database) => {
    const countyView = new DataLoader<string, ViewValue>(async (keys) => {
      const parsed = keys.map((key) => {
        const [code, year] = key.split('|');
        return { code: code!, year: Number(year) };
      });
      const rows = await loadCurrentObservations(
        db,
        tables,
        [...new Set(parsed.map((k) => k.code))],
        withPrevious(parsed.map((k) => k.year)),
      );
      const byKey = new Map<string, ObservationRow>();
      for (const row of rows) {
        if (scope && !scope.counts(row.indicatorId, row.countyCode)) continue;
        byKey.set(`${row.indicatorId}|${row.countyCode}|${row.year}`, row);
      }
      return parsed.map(({ code, year }) => {
        const find = (indicatorId: string, y: number) => byKey.get(`${indicatorId}|${code}|${at(indicatorId, y)}`);
        const valueOf: ValueOf = (indicatorId, y) => find(indicatorId, y)?.value ?? null;
        const current = plan.published
          .map((indicator) => find(indicator.id, year))
          .filter((row): row is ObservationRow => row !== undefined);
        const sampleOf = (indicatorId: string, y: number) => {
          const indicator = plan.indicatorById.get(indicatorId);
          const parts = indicator ? publishedParts(indicator) : [indicatorId];
          return parts.some((id) => find(id, y)?.isSample === true);
        };
        const view = buildView(plan, valueOf, year, undefined, code, sampleOf);
        return {
          ...view,
          countyCode: code,
          observations: current.map(observationValue),
          // Its own figures, or what a rule read besides (the year before's: a sample 2017 makes 2018 sample).
          sample: current.some((row) => row.isSample) || hasSampleResult(view),
        };
      });
    });

    const rollupView = new DataLoader<string, ViewValue>(async (keys) => {
      const parsed = keys.map((key) => {
        const [scope, year] = key.split('|');
        return { scope: scope!, year: Number(year) };
      });
      const figures = await rollups(db, parsed, withPrevious(parsed.map((k) => k.year)));
      return parsed.map(({ scope, year }) => {
        const of = figures.of(scope);
        const published = plan.published
          .map((i) => of.row(i.id, year))
          .filter((row): row is RollupRow => row !== undefined);
        const sampleOf = (indicatorId: string, y: number, rule: RuleDefinition) => {
          const indicator = plan.indicatorById.get(indicatorId);
          if (indicator?.rollup.kind === 'RATIO') return of.ratioSample(indicatorId, y);
          // A year-on-year rule on a sum compares the counties that reported both years.
          if (
            indicatorId === rule.indicator &&
            comparesWithPreviousYear(rule) &&
            plan.yearOverYearIds.has(indicatorId)
          ) {
            return of.yearOverYearSample(indicatorId, year);
          }
          return of.row(indicatorId, y)?.sample === true;
        };
        const view = buildView(plan, of.valueOf, year, of, undefined, sampleOf);
        return {
          ...view,
          countiesReporting: Math.max(0, ...published.map((row) => row.counties)),
          sample: published.some((row) => row.sample) || hasSampleResult(view),
        };
      });
    });

    const history = new DataLoader<string, ObservationValue[]>(async (keys) => {
      const parsed = keys.map((key) => {
        const [indicatorId, countyCode, year] = key.split('|');
        return { indicatorId: indicatorId!, countyCode: countyCode!, year: Number(year) };
      });
      const byKey = new Map<string, ObservationValue[]>();
      for (const row of await loadHistories(db, tables, parsed)) {
        const key = `${row.indicatorId}|${row.countyCode}|${row.year}`;
        byKey.set(key, [...(byKey.get(key) ?? []), observationValue(row)]);
      }
      return keys.map((key) => byKey.get(key) ?? []);
    });

    return { countyView, rollupView, history };
  };
}

/** Whether a rule result of the view read a sample figure (`RuleResult.sample`). */
const hasSampleResult = (view: ViewValue) => (view.rules as { sample: boolean }[]).some((result) => result.sample);

/**
 * The roll-ups of a batch of keys: for the prefectures asked for (together) and the province, the
 * sums and means (PostgreSQL aggregates them), the ratios over the counties that reported both
 * parts and the figures of 只增不减 rules over the counties that reported both years; then, for
 * each scope, a way to read them.
 */
function createRollupReader(tables: ObservationTables, plan: DepartmentPlan, scope?: ScopeFilter) {
  const loadRollups = prepareRollups(tables, scope);
  const loadRatioRollups = prepareRatioRollups(tables, plan.ratios, scope);
  const loadYearOverYearRollups = prepareYearOverYearRollups(tables, plan.yearOverYear, scope);
  const pick = (indicatorId: string) => (plan.means.has(indicatorId) ? 'mean' : 'sum');

  return async (db: Db, keys: readonly { scope: string }[], years: number[]) => {
    const prefectures = [...new Set(keys.map((k) => k.scope).filter((s) => s !== PROVINCE))];
    const rows: RollupRow[] = [];
    const ratioRows: RatioRollupRow[] = [];
    const yearOverYearRows: YearOverYearRow[] = [];
    for (const scope of [
      prefectures.length > 0 ? prefectures : undefined,
      keys.some((k) => k.scope === PROVINCE) ? null : undefined,
    ]) {
      if (scope === undefined) continue;
      rows.push(...(await loadRollups(db, scope, years)));
      ratioRows.push(...(await loadRatioRollups(db, scope, years)));
      yearOverYearRows.push(...(await loadYearOverYearRollups(db, scope, years)));
    }
    const byKey = new Map<string, RollupRow>();
    for (const row of rows) byKey.set(`${row.indicatorId}|${row.scope ?? PROVINCE}|${row.year}`, row);
    const ratioByKey = new Map<string, number | null>();
    const denominatorByKey = new Map<string, number>();
    const ratioSampleKeys = new Set<string>();
    for (const row of ratioRows) {
      const scale = plan.ratioScale.get(row.indicatorId)!;
      const key = `${row.indicatorId}|${row.scope ?? PROVINCE}|${row.year}`;
      ratioByKey.set(key, row.denominator === 0 ? null : (row.numerator / row.denominator) * scale);
      denominatorByKey.set(key, row.denominator);
      if (row.sample) ratioSampleKeys.add(key);
    }
    const pairs = new Map<string, YearOverYearRow>();
    for (const row of yearOverYearRows) pairs.set(`${row.indicatorId}|${row.scope ?? PROVINCE}|${row.year}`, row);

    return {
      /** The figures of one scope: a prefecture's code or `PROVINCE`. */
      of: (scope: string) => {
        const row = (indicatorId: string, y: number) =>
          byKey.get(`${indicatorId}|${scope}|${storedYear(plan.fixed, indicatorId, y)}`);
        const valueOf: ValueOf = (indicatorId, y) => {
          const found = row(indicatorId, y);
          return found ? found[pick(indicatorId)] : null;
        };
        const ratioOf = (indicatorId: string, y: number) => ratioByKey.get(`${indicatorId}|${scope}|${y}`) ?? null;
        /** A ratio's denominator summed over the counties that reported both parts; null where none did. */
        const denominatorOf = (indicatorId: string, y: number) =>
          denominatorByKey.get(`${indicatorId}|${scope}|${y}`) ?? null;
        const yearOverYearOf = (indicatorId: string, y: number) => {
          if (!plan.yearOverYearIds.has(indicatorId)) return undefined;
          const pair = pairs.get(`${indicatorId}|${scope}|${y}`);
          if (!pair) return null;
          const figure = pick(indicatorId);
          return { current: pair.current[figure], previous: pair.previous[figure] };
        };
        /** Whether a ratio of the year rolled up a sample value. */
        const ratioSample = (indicatorId: string, y: number) => ratioSampleKeys.has(`${indicatorId}|${scope}|${y}`);
        /** Whether the figures a year-on-year rule compared (this year's and the year before's) hold a sample value. */
        const yearOverYearSample = (indicatorId: string, y: number) =>
          pairs.get(`${indicatorId}|${scope}|${y}`)?.sample ?? false;
        return { row, valueOf, ratioOf, denominatorOf, yearOverYearOf, ratioSample, yearOverYearSample };
      },
    };
  };
}
