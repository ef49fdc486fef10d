/** Reference data of the catalog subgraph. Sources and caveats: ./README.md. */
export * from './policy.js';
export * from './divisions.js';
export * from './departments.js';
export * from './measures.js';
export * from './stock-sample.js';
export * from './sample-counties.js';
