import { runSubgraph } from '@fupin/kit';
import { healthSubgraph } from './subgraph.js';

await runSubgraph(healthSubgraph);
