import { defineDepartment } from '@fupin/kit';
import { countyRegistry, nonPovertyCountiesWithTasks } from '@fupin/reference';
import { financeInsuranceModel } from './model/index.js';
import { generate } from './sample.js';

/**
 * 人民银行武汉分行's and 湖北保监局's subgraph: measures 21 and 22 on County, Prefecture and
 * Province. Its ids keep the subgraph's name (`finance-insurance.*`); PostgreSQL, which takes no
 * '-' in a bare name, keeps its tables in `finance_insurance`.
 */
export const financeInsuranceSubgraph = defineDepartment({
  name: 'finance-insurance',
  dbSchema: 'finance_insurance',
  defaultPort: 4007,
  publisher: '人民银行武汉分行、湖北保监局',
  viewField: 'financeInsurance',
  viewTypes: { county: 'CountyFinanceInsurance', rollup: 'FinanceInsuranceRollup' },
  model: financeInsuranceModel,
  sample: { counties: nonPovertyCountiesWithTasks, generate },
  counties: countyRegistry,
  // 人民银行武汉分行 leads measure 21 and 湖北保监局 measure 22: each publishes its own.
  publishers: { 'pboc-wuhan': [21], 'cbirc-hubei': [22] },
});
