export { financeInsuranceSubgraph } from './subgraph.js';
export { financeInsuranceModel } from './model/index.js';
export { generate as generateFinanceInsuranceSample } from './sample.js';
