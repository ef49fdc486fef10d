import type { RuleDefinition } from '@fupin/kit';

/**
 * The quantitative requirements of measures 1–3, as the department checks them per county and
 * year. Measure 4 sets no figure a county could be held to: its indicators let an analyst
 * watch the weighting instead (see the README).
 */
export const financeRules: RuleDefinition[] = [
  {
    id: 'finance.specialBudgetShare',
    measure: 1,
    description: '按当年地方财政收入增量的15%增列专项扶贫预算',
    descriptionEn: 'Add a special poverty-alleviation budget of 15 % of the year’s increase in local fiscal revenue',
    indicator: 'finance.specialBudgetShare',
    comparison: 'AT_LEAST',
    required: 15,
    years: [2018, 2019, 2020],
  },
  {
    id: 'finance.stockFundsPrecisePovertyShare',
    measure: 1,
    description: '当年清理回收可统筹使用的存量资金中50%以上用于精准扶贫',
    descriptionEn: 'Use 50 % or more of the idle stock funds recovered in the year for precise poverty alleviation',
    indicator: 'finance.stockFundsPrecisePovertyShare',
    comparison: 'AT_LEAST',
    required: 50,
    years: [2018, 2019, 2020],
  },
  {
    id: 'finance.transferPaymentIncreased',
    measure: 2,
    description: '对人均财政预算支出低于全省平均水平的种粮大县、人口大县, 加大财政转移支付安排力度',
    descriptionEn:
      'For major grain-producing and populous counties spending less per resident than the provincial average, arrange more transfer payments: no less than the year before',
    indicator: 'finance.transferPayment',
    comparison: 'AT_LEAST',
    required: 'PREVIOUS_YEAR',
    years: [2019, 2020],
    appliesWhere: 'finance.belowAverageGrainOrPopulousCounty',
  },
  {
    id: 'finance.pvProjectsSubsidisedShare',
    measure: 3,
    description: '对列入《湖北省光伏扶贫规划(2017-2019年)》的非贫困县光伏扶贫项目实行差异化奖补政策',
    descriptionEn:
      'Grant the differentiated subsidy to the county’s PV poverty-alleviation projects listed in the Hubei PV plan 2017–2019: every built listed project subsidised',
    indicator: 'finance.pvProjectsSubsidisedShare',
    comparison: 'AT_LEAST',
    required: 100,
    years: [2018, 2019, 2020],
  },
];
