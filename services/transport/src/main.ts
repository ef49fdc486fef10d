import { runSubgraph } from '@fupin/kit';
import { transportSubgraph } from './subgraph.js';

await runSubgraph(transportSubgraph);
