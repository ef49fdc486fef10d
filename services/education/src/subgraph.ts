import { defineDepartment } from '@fupin/kit';
import { countyRegistry, nonPovertyCountiesWithTasks } from '@fupin/reference';
import { educationModel } from './model/index.js';
import { generate } from './sample.js';

/** 省教育厅's subgraph: measure 17's figures on County, Prefecture and Province. */
export const educationSubgraph = defineDepartment({
  name: 'education',
  defaultPort: 4005,
  publisher: '省教育厅',
  viewField: 'education',
  viewTypes: { county: 'CountyEducation', rollup: 'EducationRollup' },
  model: educationModel,
  sample: { counties: nonPovertyCountiesWithTasks, generate },
  counties: countyRegistry,
});
