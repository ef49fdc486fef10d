export { transportSubgraph } from './subgraph.js';
export { transportModel } from './model/index.js';
export { generate as generateTransportSample } from './sample.js';
