export { assessmentSubgraph } from './subgraph.js';
export { rankCounties, rollUp, scoreCounty, type CountyInputs, type CountyScore, type ResultInput } from './score.js';
