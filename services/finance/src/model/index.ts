import type { DepartmentModel } from '@fupin/kit';
import { financeIndicators } from './indicators.js';
import { financeRules } from './rules.js';

/** 省财政厅's indicators and rules (measures 1–4): what the catalog lists and the subgraph serves. */
export const financeModel: DepartmentModel = { indicators: financeIndicators, rules: financeRules };

export { financeIndicators, financeRules };
