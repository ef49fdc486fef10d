import {
  checkDepartmentModel,
  isPublished,
  manifestModel,
  ruleValue,
  type DepartmentManifest,
  type DepartmentsManifest,
  type IndicatorDefinition,
  type RuleDefinition,
} from '@fupin/kit';
import { measures } from '@fupin/reference';

export interface IndicatorEntry extends IndicatorDefinition {
  /** The department that reports it: the lead unit of its measure. */
  departmentId: string | null;
  published: boolean;
}

export interface RuleEntry extends RuleDefinition {
  departmentId: string | null;
}

/**
 * The indicator catalogue: every department's indicators and rules, as each department declares
 * them in its own folder and `npm run compose` writes them to `schema/departments.json`. The
 * catalog lists them so that one query through the gateway sees them all; the figures stay with
 * the departments. It knows no department by name: a department folder that compose has seen is
 * listed here.
 */
export interface Catalogue {
  /** Every department part of the graph, the catalog's own (progress) first. */
  readonly departments: readonly DepartmentManifest[];
  /** The other subgraphs' departments: one field each of `AssessmentInputs`. */
  readonly others: readonly DepartmentManifest[];
  readonly indicators: readonly IndicatorEntry[];
  readonly rules: readonly RuleEntry[];
  readonly indicatorById: ReadonlyMap<string, IndicatorEntry>;
  /**
   * The subgraph that publishes a reference department's figures, from the artefact's
   * `publishers` (`civil-affairs` → `health`, `poverty-office` → `catalog`); null if none does.
   */
  subgraphOf(departmentId: string): string | null;
}

/** The lead unit of a measure; the overall targets (no measure) are the poverty alleviation office's. */
const leadOf = (measure: number | null) =>
  measure === null ? 'poverty-office' : (measures.find((m) => m.number === measure)?.leadDepartmentIds[0] ?? null);

/**
 * The catalogue from the catalog's own department part (from its code) and the departments
 * artefact. The artefact's entry for the catalog itself is skipped: the catalog's code is what
 * compose wrote it from.
 */
export function createCatalogue(own: DepartmentManifest, manifest: DepartmentsManifest): Catalogue {
  const others = manifest.departments.filter((department) => department.subgraph !== own.subgraph);
  const departments = [own, ...others];
  for (const department of others) checkDepartmentModel(department.subgraph, manifestModel(department));

  const indicators: IndicatorEntry[] = departments.flatMap((department) =>
    department.indicators.map((indicator) => ({
      ...indicator,
      departmentId: leadOf(indicator.measure),
      published: isPublished(indicator),
    })),
  );
  const rules: RuleEntry[] = departments.flatMap((department) =>
    department.rules.map((rule) => ({ ...rule, departmentId: leadOf(rule.measure) })),
  );
  const indicatorById = new Map(indicators.map((i) => [i.id, i]));
  if (indicatorById.size !== indicators.length) throw new Error('the departments artefact lists an indicator id twice');

  // A unit that publishes through several subgraphs (none does yet) is shown with the first.
  const publishedBy = new Map<string, string>();
  for (const department of departments) {
    for (const departmentId of Object.keys(department.publishers)) {
      if (!publishedBy.has(departmentId)) publishedBy.set(departmentId, department.subgraph);
    }
  }

  return {
    departments,
    others,
    indicators,
    rules,
    indicatorById,
    subgraphOf: (departmentId) => publishedBy.get(departmentId) ?? null,
  };
}

/** An indicator as the `Indicator` type shows it. */
export function toIndicator(entry: IndicatorEntry) {
  return {
    ...entry,
    rollup: entry.rollup.kind,
    scale: entry.rollup.kind === 'RATIO' ? entry.rollup.scale : null,
    numerator: entry.rollup.kind === 'RATIO' ? entry.rollup.numerator : null,
    denominator: entry.rollup.kind === 'RATIO' ? entry.rollup.denominator : null,
    min: entry.min ?? null,
    max: entry.max ?? null,
    integer: entry.integer ?? false,
  };
}

/** A rule as the `Rule` type shows it: the same shape the departments' rule results carry. */
export function toRule(entry: RuleEntry) {
  return ruleValue(entry);
}
