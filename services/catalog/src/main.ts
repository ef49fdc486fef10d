import { runSubgraph } from '@fupin/kit';
import { catalogSubgraph } from './subgraph.js';

await runSubgraph(catalogSubgraph);
