export { healthSubgraph } from './subgraph.js';
export { healthModel } from './model/index.js';
export { generate as generateHealthSample } from './sample.js';
