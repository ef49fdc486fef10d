import type { DepartmentModel } from '@fupin/kit';
import { indicators } from './indicators.js';
import { rules } from './rules.js';

/** 省卫生计生委's and 省民政厅's slice of the model: measures 18 and 19's figures and requirements. */
export const healthModel: DepartmentModel = { indicators, rules };
export { indicators, rules };
