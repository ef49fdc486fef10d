export { educationSubgraph } from './subgraph.js';
export { educationModel } from './model/index.js';
export { generate as generateEducationSample } from './sample.js';
