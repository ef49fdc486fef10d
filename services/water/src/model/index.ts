import type { DepartmentModel } from '@fupin/kit';
import { indicators } from './indicators.js';
import { rules } from './rules.js';

/** 省水利厅's slice of the model: measure 12's figures and requirements. */
export const waterModel: DepartmentModel = { indicators, rules };
export { indicators, rules };
