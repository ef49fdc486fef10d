import { runSubgraph } from '@fupin/kit';
import { assessmentSubgraph } from './subgraph.js';

await runSubgraph(assessmentSubgraph);
