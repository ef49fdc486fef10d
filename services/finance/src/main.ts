import { runSubgraph } from '@fupin/kit';
import { financeSubgraph } from './subgraph.js';

await runSubgraph(financeSubgraph);
