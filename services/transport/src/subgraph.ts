import { defineDepartment } from '@fupin/kit';
import { countyRegistry, nonPovertyCountiesWithTasks } from '@fupin/reference';
import { transportModel } from './model/index.js';
import { generate } from './sample.js';

/** 省交通运输厅's subgraph: measure 11's figures on County, Prefecture and Province. */
export const transportSubgraph = defineDepartment({
  name: 'transport',
  defaultPort: 4003,
  publisher: '省交通运输厅',
  viewField: 'transport',
  viewTypes: { county: 'CountyTransport', rollup: 'TransportRollup' },
  model: transportModel,
  sample: { counties: nonPovertyCountiesWithTasks, generate },
  counties: countyRegistry,
});
