import { defineDepartment } from '@fupin/kit';
import { countyRegistry, nonPovertyCountiesWithTasks } from '@fupin/reference';
import { waterModel } from './model/index.js';
import { generate } from './sample.js';

/** 省水利厅's subgraph: measure 12's figures on County, Prefecture and Province, with its rules. */
export const waterSubgraph = defineDepartment({
  name: 'water',
  defaultPort: 4004,
  publisher: '省水利厅',
  viewField: 'water',
  viewTypes: { county: 'CountyWater', rollup: 'WaterRollup' },
  model: waterModel,
  sample: { counties: nonPovertyCountiesWithTasks, generate },
  counties: countyRegistry,
});
