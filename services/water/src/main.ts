import { runSubgraph } from '@fupin/kit';
import { waterSubgraph } from './subgraph.js';

await runSubgraph(waterSubgraph);
