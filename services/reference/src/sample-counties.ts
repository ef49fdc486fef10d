import { countyAliases, prefectures, type CountyKind } from './divisions.js';
import { stockSample } from './stock-sample.js';

/** A non-poverty county with tasks, as the departments' sample generators see it. */
export interface NonPovertyCounty {
  code: string;
  name: string;
  kind: CountyKind;
  prefectureCode: string;
  /** SAMPLE figures (stock-sample.ts). */
  stockPoorVillages: number;
  stockPoorPopulation: number;
}

/** The 60 non-poverty counties with tasks, in division-code order. */
export const nonPovertyCountiesWithTasks: NonPovertyCounty[] = prefectures.flatMap((prefecture) =>
  prefecture.counties
    .filter((county) => county.povertyStatus === 'NONE' && county.hasTasks)
    .map((county) => ({
      code: county.code,
      name: county.name,
      kind: county.kind,
      prefectureCode: prefecture.code,
      stockPoorVillages: stockSample[county.code]!.stockPoorVillages,
      stockPoorPopulation: stockSample[county.code]!.stockPoorPopulation,
    })),
);

/** Every county code (current and 2018 aliases), for checking the counties a publisher names. */
export const allCountyCodes: ReadonlySet<string> = new Set(prefectures.flatMap((p) => p.counties.map((c) => c.code)));

/** What a department checks a publisher's county codes against. */
export interface CountyRegistry {
  /** Every current code. */
  all: ReadonlySet<string>;
  /** Codes of the 97 counties with poverty-alleviation tasks. */
  withTasks: ReadonlySet<string>;
  /** Old code → current code (421023 → 421088). */
  aliases: Readonly<Record<string, string>>;
}

export const countyRegistry: CountyRegistry = {
  all: allCountyCodes,
  withTasks: new Set(prefectures.flatMap((p) => p.counties.filter((c) => c.hasTasks).map((c) => c.code))),
  aliases: countyAliases,
};
