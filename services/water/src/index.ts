export { waterSubgraph } from './subgraph.js';
export { waterModel } from './model/index.js';
export { generate as generateWaterSample } from './sample.js';
