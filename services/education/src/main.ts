import { runSubgraph } from '@fupin/kit';
import { educationSubgraph } from './subgraph.js';

await runSubgraph(educationSubgraph);
