import type { DepartmentModel } from './definitions.js';
import type { SampleCounty, SampleGenerator } from './sample.js';
import type { CountyRegistry } from './validate.js';

export interface DepartmentSpec {
  /** Subgraph and PostgreSQL schema name, and the prefix of its ids: `finance`, `finance_insurance`… */
  name: string;
  dbSchema?: string;
  defaultPort: number;
  /** Who publishes, in Chinese: `省财政厅`. */
  publisher: string;
  /** The field on County, Prefecture and Province: `finance` → `County.finance(year)`. */
  viewField: string;
  /** The views' type names: `CountyFinance`, `FinanceRollup`. */
  viewTypes: { county: string; rollup: string };
  model: DepartmentModel;
  sample: { counties: readonly SampleCounty[]; generate: SampleGenerator };
  /**
   * The counties a publisher may name (those with tasks), the non-poverty ones among them (an
   * indicator's default scope: figures of other counties are refused and count nowhere), and old codes.
   */
  counties: CountyRegistry;
  /**
   * Why the document's rules do not apply to a county (Chinese / English), or null where they do:
   * every rule of its view is then NOT_APPLICABLE with that reason. Default (`departmentScope`):
   * a rule applies to the counties of its indicator's scope, by default the non-poverty counties
   * with tasks; a county with tasks outside them is a poverty county, others have no tasks.
   */
  notApplicable?: (county: string) => string | null;
  /**
   * Which departments publish here, and the measures each leads: a department publishes only
   * its own indicators. Default: the subgraph's own department, for every measure of the model.
   */
  publishers?: Readonly<Record<string, readonly (number | null)[]>>;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityClass = Function;

/** How an `Indicator` is shown where a result or observation names one. */
export type IndicatorRef = (id: string) => unknown;

/** The default `IndicatorRef`: the indicator by its key alone. */
export const indicatorKey: IndicatorRef = (id) => ({ id });

/**
 * The classes a department's parts attach to: a department subgraph's key-only stubs, or, in
 * the catalog (which publishes figures of its own), its full entities and its `Rule` type.
 */
export interface DepartmentEntities {
  County: EntityClass;
  Prefecture: EntityClass;
  Province: EntityClass;
  Measure: EntityClass;
  Indicator: EntityClass;
  Rule?: EntityClass;
  /** How an `Indicator` is shown where a result or observation names one (default `{ id }`). */
  indicatorRef?: IndicatorRef;
}
