export { financeSubgraph } from './subgraph.js';
export { financeModel, financeIndicators, financeRules } from './model/index.js';
export { generate as generateFinanceSample } from './sample.js';
