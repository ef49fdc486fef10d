import {
  checkDepartmentModel,
  manifestModel,
  readDepartmentsManifest,
  type DepartmentManifest,
  type DepartmentModel,
  type DepartmentsManifest,
  type RuleDefinition,
  type Unit,
} from '@fupin/kit';
import { departments, measures } from '@fupin/reference';

/**
 * A department subgraph the assessment reads: its field of the catalog's `AssessmentInputs`
 * (`County.assessmentInputs.<field>`), through which the gateway fetches its
 * `County.<field>RuleResults`. The model says which measures its rules cover in a year, which is
 * what the assessment marks UNAVAILABLE when the subgraph does not answer; the figures themselves
 * only ever arrive through the gateway.
 */
export interface DepartmentSource {
  /** Its field of `AssessmentInputs`, the department's `viewField`: `financeInsurance`. */
  field: SourceField;
  subgraph: string;
  /** The field of `County` that carries its rule results: `financeInsuranceRuleResults`. */
  resultsField: string;
  model: DepartmentModel;
}

/** A field of `AssessmentInputs`: a department's `viewField`. */
export type SourceField = string;

export interface RuleEntry {
  rule: RuleDefinition;
  unit: Unit;
  source: DepartmentSource;
}

/** The departments the assessment reads, from the departments artefact. */
export interface Sources {
  /** In the artefact's order (the order of the subgraphs' ports). */
  readonly list: readonly DepartmentSource[];
  /** Every rule of those departments, by id, with the unit of the figure it reads. */
  readonly ruleById: ReadonlyMap<string, RuleEntry>;
  byField(field: SourceField): DepartmentSource | undefined;
}

/** The catalog, whose own rules (the overall targets) belong to no measure and are not scored. */
const CATALOG = 'catalog';

/**
 * Whether the assessment scores a department: it has rules that belong to a measure. The
 * catalog's own figures (progress against the overall targets) do not, and the catalog offers no
 * `AssessmentInputs` field for itself.
 */
export const isAssessed = (department: DepartmentManifest) =>
  department.subgraph !== CATALOG && department.rules.some((rule) => rule.measure !== null);

/**
 * The sources of a departments artefact (`schema/departments.json`, as `npm run compose` writes
 * it): every department with rules on a measure, so that a new department folder is assessed
 * once compose has seen it.
 */
export function createSources(manifest: DepartmentsManifest): Sources {
  const list: DepartmentSource[] = manifest.departments.filter(isAssessed).map((department) => {
    const model = manifestModel(department);
    checkDepartmentModel(department.subgraph, model);
    return {
      field: department.viewField,
      subgraph: department.subgraph,
      resultsField: department.fields.ruleResults,
      model,
    };
  });
  const fields = new Set(list.map((source) => source.field));
  if (fields.size !== list.length) throw new Error('two departments of the departments artefact share a viewField');
  const ruleById = new Map<string, RuleEntry>();
  for (const source of list) {
    for (const rule of source.model.rules) {
      const indicator = source.model.indicators.find((i) => i.id === rule.indicator)!;
      if (ruleById.has(rule.id)) throw new Error(`rule ${rule.id} is listed by two departments`);
      ruleById.set(rule.id, { rule, unit: indicator.unit, source });
    }
  }
  return { list, ruleById, byField: (field) => list.find((source) => source.field === field) };
}

let fromArtefact: Sources | undefined;

/** The sources of the artefact as deployed (DEPARTMENTS_MANIFEST, or schema/departments.json), read once. */
export function artefactSources(): Sources {
  fromArtefact ??= createSources(readDepartmentsManifest());
  return fromArtefact;
}

/**
 * Who answers for a measure's figures: its lead unit (牵头单位), or its first responsible unit
 * (责任单位) where the document names no lead.
 */
export function departmentOf(measure: number): string | null {
  const record = measures.find((m) => m.number === measure);
  return record?.leadDepartmentIds[0] ?? record?.responsibleDepartmentIds[0] ?? null;
}

export function departmentName(id: string): string {
  return departments.find((d) => d.id === id)?.name ?? id;
}

/** The measures a source's rules cover in a year, in the document's order. */
export function measuresOf(source: DepartmentSource, year: number): number[] {
  const numbers = source.model.rules
    .filter((rule) => rule.years.includes(year) && rule.measure !== null)
    .map((rule) => rule.measure as number);
  return [...new Set(numbers)].sort((a, b) => a - b);
}
