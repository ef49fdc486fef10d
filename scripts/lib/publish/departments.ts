// The department table of `npm run publish`: who may publish what, through which subgraph.
// Built from the departments artefact that `npm run compose` writes (schema/departments.json):
// no department is named here, and no department's package is imported.
import { manifestModel, readDepartmentsManifest, type DepartmentModel, type DepartmentsManifest } from '@fupin/kit';
import { departments as referenceDepartments } from '@fupin/reference';

/** A department that publishes figures, and where they go. */
export interface PublishingDepartment {
  /** The department id of its tokens and of `--department`: `transport`, `civil-affairs`… */
  id: string;
  /** Chinese name, as in the document: 省交通运输厅. */
  name: string;
  nameEn: string;
  /** The subgraph that keeps its figures (health and civil-affairs share `health`). */
  subgraph: string;
  /** The model of the subgraph's part it publishes to: every indicator there, the department's and its neighbour's. */
  model: DepartmentModel;
  /** The measures the department leads, and so the indicators it may publish (null: the overall targets). */
  measures: readonly (number | null)[];
  /** The gateway's mutation for the subgraph's part: `publishTransportObservations`. */
  mutation: string;
}

/**
 * Every department that publishes somewhere, in the document's order of units: which subgraph
 * takes its figures, and for which measures, is the artefact's `publishers` of each department
 * part (the same table the subgraphs check tokens against); its names are the document's
 * (`@fupin/reference`). Throws on an artefact that names a unit the document does not, or one
 * unit publishing to two parts (the command sends a department's whole file to one mutation).
 */
export function departmentTable(manifest: DepartmentsManifest = readDepartmentsManifest()): PublishingDepartment[] {
  const byId = new Map<string, Omit<PublishingDepartment, 'id' | 'name' | 'nameEn'>>();
  for (const part of manifest.departments) {
    for (const [id, measures] of Object.entries(part.publishers)) {
      const earlier = byId.get(id);
      if (earlier) {
        throw new Error(
          `the departments artefact has ${id} publishing through ${earlier.mutation} and ${part.fields.publish}: ` +
            'npm run publish sends one department to one mutation',
        );
      }
      byId.set(id, {
        subgraph: part.subgraph,
        model: manifestModel(part),
        measures: [...measures],
        mutation: part.fields.publish,
      });
    }
  }
  const unknown = [...byId.keys()].filter((id) => !referenceDepartments.some((d) => d.id === id));
  if (unknown.length > 0) {
    throw new Error(`the departments artefact names publishers the document does not: ${unknown.join(', ')}`);
  }
  return referenceDepartments.flatMap((department) => {
    const where = byId.get(department.id);
    return where ? [{ id: department.id, name: department.name, nameEn: department.nameEn, ...where }] : [];
  });
}

export const publishingDepartments: readonly PublishingDepartment[] = departmentTable();

export const departmentIds: readonly string[] = publishingDepartments.map((d) => d.id);

export function findDepartment(id: string): PublishingDepartment | undefined {
  return publishingDepartments.find((d) => d.id === id);
}

/** The department that publishes an indicator, when it is not the one asked (for a hint). */
export function publisherOfIndicator(indicatorId: string): PublishingDepartment | undefined {
  return publishingDepartments.find((d) =>
    d.model.indicators.some((i) => i.id === indicatorId && d.measures.includes(i.measure)),
  );
}
