// The department table of `npm run publish`: who may publish what, through which subgraph.
import type { DepartmentModel } from '@fupin/kit';
import { progressModel } from '@fupin/catalog/model';
import { educationModel } from '@fupin/education/model';
import { financeInsuranceModel } from '@fupin/finance-insurance/model';
import { financeModel } from '@fupin/finance/model';
import { healthModel } from '@fupin/health/model';
import { departments as referenceDepartments, measures as referenceMeasures } from '@fupin/reference';
import { transportModel } from '@fupin/transport/model';
import { waterModel } from '@fupin/water/model';

/**
 * The department subgraphs: each one's model, and the prefix of its mutation (from its
 * `viewTypes.county`: CountyFinanceInsurance → publishFinanceInsuranceObservations).
 */
const SUBGRAPHS: Record<string, { model: DepartmentModel; typePrefix: string }> = {
  // 省扶贫办's own figures (villages exited, people lifted out), kept by the catalog
  catalog: { model: progressModel, typePrefix: 'Progress' },
  finance: { model: financeModel, typePrefix: 'Finance' },
  transport: { model: transportModel, typePrefix: 'Transport' },
  water: { model: waterModel, typePrefix: 'Water' },
  education: { model: educationModel, typePrefix: 'Education' },
  health: { model: healthModel, typePrefix: 'Health' },
  'finance-insurance': { model: financeInsuranceModel, typePrefix: 'FinanceInsurance' },
};

/** A department that publishes figures, and where they go. */
export interface PublishingDepartment {
  /** The department id of its tokens and of `--department`: `transport`, `civil-affairs`… */
  id: string;
  /** Chinese name, as in the document: 省交通运输厅. */
  name: string;
  nameEn: string;
  /** The subgraph that keeps its figures (health and civil-affairs share `health`). */
  subgraph: string;
  /** The subgraph's model: every indicator there, the department's and its neighbour's. */
  model: DepartmentModel;
  /** The measures the department leads, and so the indicators it may publish (null: the overall targets). */
  measures: readonly (number | null)[];
  /** The gateway's mutation for the subgraph: `publishTransportObservations`. */
  mutation: string;
}

/**
 * Every department with a subgraph, from the reference data: a department publishes the
 * indicators of the measures it leads (牵头单位), the same rule the subgraphs' `publishers` apply.
 */
export const publishingDepartments: readonly PublishingDepartment[] = referenceDepartments.flatMap((department) => {
  const subgraph = department.subgraph ? SUBGRAPHS[department.subgraph] : undefined;
  if (!department.subgraph || !subgraph) return [];
  const modelMeasures = new Set(subgraph.model.indicators.map((i) => i.measure));
  const measures: (number | null)[] = referenceMeasures
    .filter((m) => m.leadDepartmentIds.includes(department.id) && modelMeasures.has(m.number))
    .map((m) => m.number);
  // The overall targets (no measure) are the poverty alleviation office's, whose figures the catalog keeps.
  if (department.subgraph === 'catalog' && modelMeasures.has(null)) measures.push(null);
  return [
    {
      id: department.id,
      name: department.name,
      nameEn: department.nameEn,
      subgraph: department.subgraph,
      model: subgraph.model,
      measures,
      mutation: `publish${subgraph.typePrefix}Observations`,
    },
  ];
});

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
