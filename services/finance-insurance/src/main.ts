import { runSubgraph } from '@fupin/kit';
import { financeInsuranceSubgraph } from './subgraph.js';

await runSubgraph(financeInsuranceSubgraph);
