import { countyAliases, prefectures, type CountyKind, type PovertyStatus } from './divisions.js';
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

/** What a department checks a publisher's county codes against (the kit's `CountyRegistry`). */
export interface CountyRegistry {
  /** Every current code. */
  all: ReadonlySet<string>;
  /** Codes of the 97 counties with poverty-alleviation tasks. */
  withTasks: ReadonlySet<string>;
  /**
   * Codes of the 60 non-poverty counties with tasks: the counties the document's targets are
   * about, and every indicator's scope unless it declares another.
   */
  nonPovertyWithTasks: ReadonlySet<string>;
  /** Old code → current code (421023 → 421088). */
  aliases: Readonly<Record<string, string>>;
  /** Name and poverty status of every current code, for messages (421181 麻城市, NATIONAL). */
  details: Readonly<Record<string, { name: string; povertyStatus: PovertyStatus }>>;
}

const allCounties = prefectures.flatMap((p) => p.counties);

export const countyRegistry: CountyRegistry = {
  all: allCountyCodes,
  withTasks: new Set(allCounties.filter((c) => c.hasTasks).map((c) => c.code)),
  nonPovertyWithTasks: new Set(nonPovertyCountiesWithTasks.map((c) => c.code)),
  aliases: countyAliases,
  details: Object.fromEntries(allCounties.map((c) => [c.code, { name: c.name, povertyStatus: c.povertyStatus }])),
};

/** Whether a county (current or old code) is one of the 60 non-poverty counties with tasks. */
export function isNonPovertyWithTasks(code: string): boolean {
  return countyRegistry.nonPovertyWithTasks.has(countyAliases[code] ?? code);
}
