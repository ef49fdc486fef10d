import type { RuleDefinition } from '@fupin/kit';

/**
 * The quantitative requirements of measures 21 and 22. The document dates none of them: they
 * hold from its issue (18 July 2018) to the end of the campaign. A county is held to them from
 * 2019, its first full year under the document, so 2018 is the baseline the year-on-year rules
 * compare with and is shown without a verdict. 应保尽保 is something the document strives for
 * (力求), not a yearly floor: it is checked at the end of the plan, 2020.
 */
export const rules: RuleDefinition[] = [
  {
    id: 'finance-insurance.relendingRediscountDemandFullyMet',
    measure: 21,
    description: '优先满足非贫困县金融机构再贷款、再贴现需求(按当年已满足金额占需求的比例达到100%考察; 2019年、2020年)',
    descriptionEn:
      'Meet with priority the relending and rediscount demand of the financial institutions in non-poverty counties (checked as 100 % of the amount asked for granted, in 2019 and 2020)',
    indicator: 'finance-insurance.relendingRediscountDemandMetShare',
    comparison: 'AT_LEAST',
    required: 100,
    years: [2019, 2020],
  },
  {
    id: 'finance-insurance.countyLendingIncreased',
    measure: 21,
    description: '引导金融机构加大对非贫困县的信贷投放(当年贷款发放额不低于上年; 2019年、2020年)',
    descriptionEn:
      'Guide financial institutions to lend more in non-poverty counties (loans issued in the year no lower than the year before, in 2019 and 2020)',
    indicator: 'finance-insurance.countyLoansIssued',
    comparison: 'AT_LEAST',
    required: 'PREVIOUS_YEAR',
    years: [2019, 2020],
  },
  {
    id: 'finance-insurance.loanApprovalTimeShortened',
    measure: 21,
    description: '优化程序,缩短放贷申报时间(建档立卡贫困户贷款平均申报天数不高于上年; 2019年、2020年)',
    descriptionEn:
      'Streamline procedures and shorten the loan approval time (mean days from application to payment of loans to registered poor households no higher than the year before, in 2019 and 2020)',
    indicator: 'finance-insurance.poorHouseholdLoanApprovalDays',
    comparison: 'AT_MOST',
    required: 'PREVIOUS_YEAR',
    years: [2019, 2020],
  },
  {
    id: 'finance-insurance.poorHouseholdCreditDemandFullyMet',
    measure: 21,
    description: '切实满足建档立卡贫困户的信贷需求(有信贷需求的贫困户全部获得贷款, 即100%; 2019年、2020年)',
    descriptionEn:
      'Truly meet the credit demand of registered poor households (every household with credit demand granted a loan: 100 %, in 2019 and 2020)',
    indicator: 'finance-insurance.poorHouseholdCreditDemandMetShare',
    comparison: 'AT_LEAST',
    required: 100,
    years: [2019, 2020],
  },
  {
    id: 'finance-insurance.agriculturalInsuranceCoverageExpanded',
    measure: 22,
    description: '扩大农业保险覆盖面(政策性农业保险覆盖面不低于上年; 2019年、2020年)',
    descriptionEn:
      'Widen agricultural insurance coverage (policy agricultural insurance coverage no lower than the year before, in 2019 and 2020)',
    indicator: 'finance-insurance.agriculturalInsuranceCoverageShare',
    comparison: 'AT_LEAST',
    required: 'PREVIOUS_YEAR',
    years: [2019, 2020],
  },
  {
    id: 'finance-insurance.policyAgriculturalInsuranceFullCoverage',
    measure: 22,
    description: '力求政策性农业保险应保尽保(应保农户全部参保, 即100%; 文件未定年限, 按2020年攻坚期末考察)',
    descriptionEn:
      'Strive to insure every household that should be insured under policy agricultural insurance (100 %; the document sets no year, checked at the end of the campaign, 2020)',
    indicator: 'finance-insurance.agriculturalInsuranceCoverageShare',
    comparison: 'AT_LEAST',
    required: 100,
    years: [2020],
  },
  {
    id: 'finance-insurance.fupinbaoFullyImplemented',
    measure: 22,
    description: '确保"扶贫保"政策落地落实(建档立卡贫困户"扶贫保"全覆盖, 即100%; 2019年、2020年)',
    descriptionEn:
      'Make sure the 扶贫保 (poverty-alleviation insurance) policy is carried out (every registered poor household covered: 100 %, in 2019 and 2020)',
    indicator: 'finance-insurance.fupinbaoCoverageShare',
    comparison: 'AT_LEAST',
    required: 100,
    years: [2019, 2020],
  },
];
