import { readDepartmentsManifest } from '@fupin/kit';
import { createAssessmentSubgraph } from './create-subgraph.js';

export { createAssessmentSubgraph };

/**
 * The assessment as deployed: reading the departments of the artefact that `npm run compose`
 * writes (`DEPARTMENTS_MANIFEST`, or `schema/departments.json`), read when this module loads.
 */
export const assessmentSubgraph = createAssessmentSubgraph(readDepartmentsManifest());
