import type { DepartmentModel } from '@fupin/kit';
import { indicators } from './indicators.js';
import { rules } from './rules.js';

/** 省教育厅's slice of the model: measure 17's figures and requirements. */
export const educationModel: DepartmentModel = { indicators, rules };
export { indicators, rules };
