import type { Migration } from '../db/migrate.js';
import { sampleDataEnabled } from '../server/config.js';
import { baseYearIndicators, baseYearSampleFigures, fixedIndicators } from './base-year.js';
import { BASE_YEAR, PLAN_YEARS, type DepartmentModel } from './definitions.js';
import { initialObservationTable, observationTables } from './store.js';

/** What a department's sample generator knows of a county (from the reference data). */
export interface SampleCounty {
  code: string;
  name: string;
  kind: string;
  stockPoorVillages: number;
  stockPoorPopulation: number;
}

/** A deterministic number in [0, 1) for a county, year and purpose: the same every run. */
export function sampleRandom(...parts: (string | number)[]): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join('|')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // One more avalanche round, so that neighbouring codes do not give neighbouring numbers.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b) >>> 0;
  hash ^= hash >>> 13;
  return (hash >>> 0) / 2 ** 32;
}

/** Values of the published indicators of one county and year; a missing key is not reported. */
export type SampleGenerator = (county: SampleCounty, year: number) => Record<string, number>;

export const SAMPLE_PUBLISHER = 'sample-data';
const SAMPLE_NOTE = '样例数据 / sample';
const SAMPLE_PUBLISHED_AT = new Date('2021-01-01T00:00:00Z');

export interface SampleMigrationOptions {
  /**
   * Whether to load the figures, asked when the migration runs (default: `SAMPLE_DATA`, read by
   * `sampleDataEnabled(process.env)`). A migration runs once per database: one created without
   * sample figures stays without them, and one that has them keeps them.
   */
  enabled?: () => boolean;
  /** The model's fixed baselines (`fixedIndicators`), left out of the plan years. */
  fixed?: ReadonlySet<string>;
}

const fromEnvironment = () => sampleDataEnabled(process.env);

/**
 * A migration that loads the department's deterministic sample figures for the plan years as
 * revision 1, when sample data is on (`SAMPLE_DATA`); otherwise it loads nothing.
 */
export function sampleMigration(
  schema: string,
  counties: readonly SampleCounty[],
  generate: SampleGenerator,
  { enabled = fromEnvironment, fixed = new Set() }: SampleMigrationOptions = {},
): Migration {
  // The observation table as migration 0001 made it: later columns do not exist yet here.
  const observation = initialObservationTable(schema);
  return {
    id: '0002_sample_observations',
    run: async (tx) => {
      if (!enabled()) return;
      // A fixed baseline is stored for the base year only (by 0006_sample_base_year).
      const rows = counties.flatMap((county) =>
        PLAN_YEARS.flatMap((year) =>
          Object.entries(generate(county, year))
            .filter(([indicatorId]) => !fixed.has(indicatorId))
            .map(([indicatorId, value]) => sampleRow(indicatorId, county, year, value)),
        ),
      );
      for (let i = 0; i < rows.length; i += 1000) await tx.insert(observation).values(rows.slice(i, i + 1000));
    },
  };
}

/**
 * A migration that loads the sample base-year (2017) figures, for the indicators a year-on-year
 * rule reads, derived from each county's 2018 sample (`sampleBaseYear`), when sample data is on.
 * It runs after `0005_base_year`, which lets the store take 2017; on a database made before
 * then, with sample data on, it adds the base year to the sample figures already there.
 */
export function sampleBaseYearMigration(
  schema: string,
  model: DepartmentModel,
  counties: readonly SampleCounty[],
  generate: SampleGenerator,
  { enabled = fromEnvironment }: SampleMigrationOptions = {},
): Migration {
  const { observation } = observationTables(schema);
  return {
    id: '0006_sample_base_year',
    run: async (tx) => {
      if (!enabled() || baseYearIndicators(model).size + fixedIndicators(model).size === 0) return;
      const rows = counties.flatMap((county) =>
        Object.entries(sampleBaseYear(model, county, generate)).map(([indicatorId, value]) =>
          sampleRow(indicatorId, county, BASE_YEAR, value),
        ),
      );
      for (let i = 0; i < rows.length; i += 1000) await tx.insert(observation).values(rows.slice(i, i + 1000));
    },
  };
}

/**
 * The sample base-year (2017) figures of one county: only those a year-on-year rule reads, and
 * derived by the kit from the generator's 2018 figures (`baseYearSampleFigures` says how), not
 * asked of the generator, which knows the plan years only.
 */
export function sampleBaseYear(
  model: DepartmentModel,
  county: SampleCounty,
  generate: SampleGenerator,
): Record<string, number> {
  const means = new Set(model.indicators.filter((i) => i.rollup.kind === 'MEAN').map((i) => i.id));
  // A MEAN figure is a province-wide one, the same for every county: one draw for the province,
  // so that its 2017 stays the same for every county too.
  return baseYearSampleFigures(model, generate(county, PLAN_YEARS[0]), (indicatorId) =>
    sampleRandom(means.has(indicatorId) ? 'province' : county.code, BASE_YEAR, indicatorId, 'base-year'),
  );
}

function sampleRow(indicatorId: string, county: SampleCounty, year: number, value: number) {
  return {
    indicatorId,
    countyCode: county.code,
    year,
    revision: 1,
    value,
    note: SAMPLE_NOTE,
    publishedBy: SAMPLE_PUBLISHER,
    publishedAt: SAMPLE_PUBLISHED_AT,
    isSample: true,
  };
}
