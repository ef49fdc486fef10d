import { defineDepartment } from '@fupin/kit';
import { countyRegistry, nonPovertyCountiesWithTasks } from '@fupin/reference';
import { financeModel } from './model/index.js';
import { generate } from './sample.js';

/** 省财政厅's subgraph: measures 1–4 as `County.finance(year)` and its roll-ups. */
export const financeSubgraph = defineDepartment({
  name: 'finance',
  defaultPort: 4002,
  publisher: '省财政厅',
  viewField: 'finance',
  viewTypes: { county: 'CountyFinance', rollup: 'FinanceRollup' },
  model: financeModel,
  sample: { counties: nonPovertyCountiesWithTasks, generate },
  counties: countyRegistry,
});
