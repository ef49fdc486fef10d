import type { RuleDefinition } from '@fupin/kit';

/**
 * The requirements of measures 21 and 22, as docs/rules-review.md §6 and §8 read them. Neither
 * measure names a year: a standing requirement holds in each year of the document's span,
 * 2018–2020, and the year-on-year rules judge 2018 against 2017 (the base year). 力求政策性农业
 * 保险应保尽保 marks an aim, not a requirement: its coverage share is shown without a rule.
 */
export const rules: RuleDefinition[] = [
  {
    id: 'finance-insurance.relendingRediscountDemandMetWithPriority',
    measure: 21,
    description:
      '优先满足非贫困县金融机构再贷款、再贴现需求(按本县需求满足率不低于全省同年满足率考察; 2018—2020年每年)',
    descriptionEn:
      'Meet with priority the relending and rediscount demand of the financial institutions in non-poverty counties (checked as a share of the demand met no lower than the province’s in the same year, each year 2018–2020)',
    indicator: 'finance-insurance.relendingRediscountDemandMetShare',
    kind: 'AT_LEAST_REFERENCE',
    reference: 'finance-insurance.provinceRelendingRediscountDemandMetShare',
    words: '利用再贷款、再贴现政策调整机遇,优先满足非贫困县金融机构再贷款、再贴现需求',
    basis: 'INTERPRETATION',
    basisNote:
      '"优先满足"是相对其他地区的次序, 再贷款有额度与条件, 不读作全部满足; 读作满足率不低于全省。/ 优先满足 is an order relative to other places (relending has quotas and conditions), not a promise to meet all demand; read as a share met no lower than the province’s.',
    years: [2018, 2019, 2020],
    reasons: {
      denominatorNotPositive:
        '本县金融机构当年无再贷款、再贴现需求 / the county’s financial institutions asked for no relending or rediscount this year',
    },
  },
  {
    id: 'finance-insurance.countyLendingIncreased',
    measure: 21,
    description: '引导金融机构加大对非贫困县的信贷投放(当年贷款发放额高于上年; 2018—2020年每年, 2018年对2017年)',
    descriptionEn:
      'Guide financial institutions to lend more in non-poverty counties (more loans issued in the year than in the year before, each year 2018–2020; 2018 against 2017)',
    indicator: 'finance-insurance.countyLoansIssued',
    kind: 'MORE_THAN_PREVIOUS_YEAR',
    words: '引导金融机构加大对非贫困县的信贷投放',
    basis: 'DOCUMENT',
    basisNote:
      '"加大…信贷投放"读作当年贷款发放额高于上年。/ 加大…信贷投放 is read as more lent in the year than in the year before.',
    years: [2018, 2019, 2020],
  },
  {
    id: 'finance-insurance.loanApprovalTimeShortened',
    measure: 21,
    description:
      '优化程序,缩短放贷申报时间(建档立卡贫困户贷款平均申报天数低于上年, 按笔数加权; 2018—2020年每年, 2018年对2017年)',
    descriptionEn:
      'Streamline procedures and shorten the loan approval time (mean days from application to payment of loans to registered poor households, weighted by loans, below the year before, each year 2018–2020; 2018 against 2017)',
    indicator: 'finance-insurance.poorHouseholdLoanApprovalDays',
    kind: 'LESS_THAN_PREVIOUS_YEAR',
    words: '优化程序,缩短放贷申报时间',
    basis: 'DOCUMENT',
    basisNote:
      '"缩短"即短于上年; 按建档立卡贫困户贷款计, 因该句以满足其信贷需求为归结。/ 缩短 means shorter than the year before; measured on loans to registered poor households, where the sentence ends.',
    years: [2018, 2019, 2020],
    reasons: {
      denominatorNotPositive:
        '当年或上年无向建档立卡贫困户发放的贷款 / no loan was issued to registered poor households in the year or the year before',
    },
  },
  {
    id: 'finance-insurance.poorHouseholdCreditDemandFullyMet',
    measure: 21,
    description: '切实满足建档立卡贫困户的信贷需求(有信贷需求的贫困户每户都获得贷款; 2018—2020年每年)',
    descriptionEn:
      'Truly meet the credit demand of registered poor households (every household with credit demand granted a loan, each year 2018–2020)',
    indicator: 'finance-insurance.poorHouseholdCreditDemandMetShare',
    kind: 'EVERY_UNIT',
    words: '切实满足建档立卡贫困户的信贷需求',
    basis: 'DOCUMENT',
    basisNote:
      '"切实满足"是对每户的要求; "需求"按申请且符合贷款条件的户计。/ 切实满足 is a requirement on every household; demand is counted as households that applied and met the lending conditions.',
    years: [2018, 2019, 2020],
    reasons: {
      denominatorNotPositive:
        '当年无有信贷需求的建档立卡贫困户 / no registered poor household had credit demand this year',
    },
  },
  {
    id: 'finance-insurance.specialAgriculturalInsuranceOffered',
    measure: 22,
    description: '支持非贫困县开办特色农业保险(每县至少开办一个特色农业保险险种; 2018—2020年每年)',
    descriptionEn:
      'Support non-poverty counties in offering special agricultural insurance (at least one special product offered in each county, each year 2018–2020)',
    indicator: 'finance-insurance.specialAgriculturalInsuranceProducts',
    kind: 'AT_LEAST',
    required: 1,
    words: '支持非贫困县开办特色农业保险',
    basis: 'INTERPRETATION',
    basisNote:
      '"支持…开办"未定数量与年限, 读作每个非贫困县至少开办一个特色农业保险险种。/ 支持…开办 sets no number or year; read as every non-poverty county offering at least one special agricultural insurance product.',
    years: [2018, 2019, 2020],
  },
  {
    id: 'finance-insurance.agriculturalInsuranceCoverageExpanded',
    measure: 22,
    description: '扩大农业保险覆盖面(政策性农业保险覆盖面高于上年; 2018—2020年每年, 2018年对2017年)',
    descriptionEn:
      'Widen agricultural insurance coverage (policy agricultural insurance coverage above the year before, each year 2018–2020; 2018 against 2017)',
    indicator: 'finance-insurance.agriculturalInsuranceCoverageShare',
    kind: 'MORE_THAN_PREVIOUS_YEAR',
    words: '扩大农业保险覆盖面',
    basis: 'DOCUMENT',
    // The review would have the rule not apply where the year before was already 100 %; the kit
    // has no condition on the year before's figure, so until it has, the note says what happens.
    basisNote:
      '"扩大农业保险覆盖面"即覆盖面高于上年, 按政策性农业保险应保农户中参保户比例计。评审建议上年覆盖面已达100%时不适用("上年已应保尽保, 无可扩大"), 本工具包尚无此条件, 故未实现: 上年已全覆盖的县当年持平仍为未达到。/ wider coverage than the year before, measured as the insured share of the households that should be insured under policy insurance. The review would have the rule not apply where the year before’s coverage was 100 % (already full); the kit has no such condition yet, so it is not applied: a county already at 100 % that stays there is NOT_MET.',
    years: [2018, 2019, 2020],
  },
  {
    id: 'finance-insurance.fupinbaoFullyImplemented',
    measure: 22,
    description: '确保“扶贫保”政策落地落实(在册建档立卡贫困户每户都有“扶贫保”; 2018—2020年每年)',
    descriptionEn:
      'Make sure the 扶贫保 (poverty-alleviation insurance) policy is carried out (every registered poor household on file covered, each year 2018–2020)',
    indicator: 'finance-insurance.fupinbaoCoverageShare',
    kind: 'EVERY_UNIT',
    words: '确保“扶贫保”政策落地落实',
    basis: 'INTERPRETATION',
    basisNote:
      '"确保"使之必须做到, 但“扶贫保”覆盖谁由该政策规定, 本文件未载; 读作在册建档立卡贫困户每户都有。/ 确保 makes it binding, but whom 扶贫保 covers is set by that policy, not by this document; read as every registered poor household on file covered. If the policy’s scope is narrower, the denominator should follow it.',
    years: [2018, 2019, 2020],
    reasons: {
      denominatorNotPositive:
        '本县年末无在册建档立卡贫困户 / no registered poor household on the county’s file at the year’s end',
    },
  },
];
