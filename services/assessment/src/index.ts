export { assessmentSubgraph, createAssessmentSubgraph } from './subgraph.js';
export { rankCounties, rollUp, scoreCounty, type CountyInputs, type CountyScore, type ResultInput } from './score.js';
export { artefactSources, createSources, type DepartmentSource, type Sources } from './sources.js';
