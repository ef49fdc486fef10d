import type { Migration } from '../db/migrate.js';
import { PLAN_YEARS } from './definitions.js';
import { initialObservationTable } from './store.js';

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

/** A migration that loads the department's deterministic sample figures as revision 1. */
export function sampleMigration(
  schema: string,
  counties: readonly SampleCounty[],
  generate: SampleGenerator,
): Migration {
  // The observation table as migration 0001 made it: later columns do not exist yet here.
  const observation = initialObservationTable(schema);
  return {
    id: '0002_sample_observations',
    run: async (tx) => {
      const publishedAt = new Date('2021-01-01T00:00:00Z');
      const rows = counties.flatMap((county) =>
        PLAN_YEARS.flatMap((year) =>
          Object.entries(generate(county, year)).map(([indicatorId, value]) => ({
            indicatorId,
            countyCode: county.code,
            year,
            revision: 1,
            value,
            note: '样例数据 / sample',
            publishedBy: SAMPLE_PUBLISHER,
            publishedAt,
            isSample: true,
          })),
        ),
      );
      for (let i = 0; i < rows.length; i += 1000) await tx.insert(observation).values(rows.slice(i, i + 1000));
    },
  };
}
