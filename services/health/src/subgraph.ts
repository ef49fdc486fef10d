import { defineDepartment } from '@fupin/kit';
import { countyRegistry, nonPovertyCountiesWithTasks } from '@fupin/reference';
import { healthModel } from './model/index.js';
import { generate } from './sample.js';

/**
 * 省卫生计生委's and 省民政厅's subgraph: measure 18's health centres and clinics and measure
 * 19's medical-assistance funds on County, Prefecture and Province.
 */
export const healthSubgraph = defineDepartment({
  name: 'health',
  defaultPort: 4006,
  publisher: '省卫生计生委、省民政厅',
  viewField: 'health',
  viewTypes: { county: 'CountyHealth', rollup: 'HealthRollup' },
  model: healthModel,
  sample: { counties: nonPovertyCountiesWithTasks, generate },
  counties: countyRegistry,
  // 省卫生计生委 leads measure 18 and 省民政厅 measure 19: each publishes its own.
  publishers: { health: [18], 'civil-affairs': [19] },
});
