import type { DepartmentModel } from '@fupin/kit';
import { indicators } from './indicators.js';
import { rules } from './rules.js';

/** 人民银行武汉分行's and 湖北保监局's slice of the model: measures 21 and 22. */
export const financeInsuranceModel: DepartmentModel = { indicators, rules };
export { indicators, rules };
