import type { DepartmentModel } from '@fupin/kit';
import { indicators } from './indicators.js';
import { rules } from './rules.js';

/** 省交通运输厅's slice of the model: measure 11's figures and requirements. */
export const transportModel: DepartmentModel = { indicators, rules };
export { indicators, rules };
