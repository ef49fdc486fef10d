import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolveRule, type DepartmentModel, type IndicatorDefinition, type RuleDefinition } from './definitions.js';

/**
 * What the rest of the graph may know of one department subgraph, as plain data: written by
 * `npm run compose` to `schema/departments.json` beside the supergraph, and read from there by
 * whoever needs the list of departments (the catalog's catalogue, the assessment's inputs, the
 * publishing command, the dashboard's generated operations). A department is declared once, in
 * its folder; nobody outside it imports its package.
 */
export interface DepartmentManifest {
  /** The subgraph that serves it, and the prefix of its indicator and rule ids: `finance-insurance`. */
  subgraph: string;
  /** Where the subgraph listens when run on its own. */
  defaultPort: number;
  /** The field on County, Prefecture and Province: `financeInsurance`. */
  viewField: string;
  viewTypes: { county: string; rollup: string };
  /** Who publishes, in Chinese: `人民银行武汉分行、湖北保监局`. */
  publisher: string;
  /**
   * The reference departments (lead units) that publish here, each with the measures whose
   * indicators it may publish (null: the document's overall targets).
   */
  publishers: Readonly<Record<string, readonly (number | null)[]>>;
  /** Its fields in the graph, named from `viewField` and `viewTypes`. */
  fields: {
    /** `Mutation.publishFinanceInsuranceObservations`. */
    publish: string;
    /** `Query.financeInsuranceAuditLog`. */
    auditLog: string;
    /** `County.financeInsuranceRuleResults`: every plan year's rule results, for @requires. */
    ruleResults: string;
  };
  indicators: readonly IndicatorDefinition[];
  /**
   * Its rules, resolved (`resolveRule`): each with its `kind`, its `comparison` and `required` as
   * the older form spells them, its `basis` and `basisNote` (INTERPRETATION, "not yet reviewed",
   * where the department says none).
   */
  rules: readonly RuleDefinition[];
}

/** The whole artefact: every department subgraph of the graph, in the order of their ports. */
export interface DepartmentsManifest {
  departments: readonly DepartmentManifest[];
}

export interface DepartmentManifestSpec {
  name: string;
  defaultPort: number;
  publisher: string;
  viewField: string;
  viewTypes: { county: string; rollup: string };
  model: DepartmentModel;
  publishers?: Readonly<Record<string, readonly (number | null)[]>>;
}

/** The publishers of a department: as declared, or the subgraph's own department for every measure. */
export function departmentPublishers(
  spec: DepartmentManifestSpec,
): Readonly<Record<string, readonly (number | null)[]>> {
  return spec.publishers ?? { [spec.name]: [...new Set(spec.model.indicators.map((i) => i.measure))] };
}

/** The names a department's fields take in the graph; the kit's resolvers use the same. */
export function departmentFieldNames(spec: Pick<DepartmentManifestSpec, 'viewField' | 'viewTypes'>) {
  const typePrefix = spec.viewTypes.county.replace(/^County/, '');
  return {
    publish: `publish${typePrefix}Observations`,
    auditLog: `${spec.viewField}AuditLog`,
    ruleResults: `${spec.viewField}RuleResults`,
  };
}

export function departmentManifest(spec: DepartmentManifestSpec): DepartmentManifest {
  return {
    subgraph: spec.name,
    defaultPort: spec.defaultPort,
    viewField: spec.viewField,
    viewTypes: { ...spec.viewTypes },
    publisher: spec.publisher,
    publishers: departmentPublishers(spec),
    fields: departmentFieldNames(spec),
    indicators: spec.model.indicators,
    rules: spec.model.rules.map(resolveRule),
  };
}

/** The manifest's model part, as the kit's functions over models take it. */
export function manifestModel(department: DepartmentManifest): DepartmentModel {
  return { indicators: department.indicators, rules: department.rules };
}

/** The variable that names another `departments.json` (a deployment that keeps it elsewhere). */
export const DEPARTMENTS_MANIFEST_VARIABLE = 'DEPARTMENTS_MANIFEST';

/** `schema/departments.json` of this repository, found from this file so that the working directory does not matter. */
export const DEFAULT_DEPARTMENTS_MANIFEST_PATH = fileURLToPath(
  new URL('../../../../schema/departments.json', import.meta.url),
);

/**
 * Reads the departments artefact that `npm run compose` writes beside the supergraph: from
 * `DEPARTMENTS_MANIFEST` if set, else `schema/departments.json`. Throws, naming the file, when it
 * cannot be read or is not such an artefact.
 */
export function readDepartmentsManifest(
  file = process.env[DEPARTMENTS_MANIFEST_VARIABLE]?.trim() || DEFAULT_DEPARTMENTS_MANIFEST_PATH,
): DepartmentsManifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `cannot read the departments artefact ${file} (run \`npm run compose\`): ${(error as Error).message}`,
    );
  }
  const departments = (parsed as { departments?: unknown } | null)?.departments;
  if (!Array.isArray(departments)) throw new Error(`${file} is not a departments artefact: no "departments" list`);
  return { departments: departments as DepartmentManifest[] };
}
