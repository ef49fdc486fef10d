import type { IndicatorDefinition } from '@fupin/kit';

/**
 * What 人民银行武汉分行 (measure 21) and 湖北保监局 (measure 22) publish per non-poverty county
 * and year. Money and counts of a flow (granted, issued, paid) are for the calendar year; stocks
 * (balances, households on file, products in force) are at the year's end. Every share of the
 * county's own, and the mean loan approval time, is a RATIO of two published figures, so that a
 * prefecture or the province gets the ratio of the sums. The one published share is the
 * province-wide relending figure 优先满足 is read against: the same for every county in a year, so
 * it rolls up as a MEAN.
 */
export const indicators: IndicatorDefinition[] = [
  // 21. 利用再贷款、再贴现政策调整机遇,优先满足非贫困县金融机构再贷款、再贴现需求
  {
    id: 'finance-insurance.relendingRediscountDemand',
    name: '金融机构再贷款、再贴现需求',
    nameEn: 'Relending and rediscount demand of financial institutions',
    description:
      '县内金融机构当年向人民银行申请的再贷款(支农、支小、扶贫再贷款)和再贴现金额合计(万元) / amount of relending (support-agriculture, support-small-business and poverty-alleviation relending) and rediscounting that the financial institutions in the county asked the central bank for during the year, in 万元.',
    unit: 'WAN_YUAN',
    measure: 21,
    rollup: { kind: 'SUM' },
    min: 0,
  },
  {
    id: 'finance-insurance.relendingRediscountGranted',
    name: '已满足的再贷款、再贴现需求',
    nameEn: 'Relending and rediscount granted',
    description:
      '上述申请中人民银行当年实际发放的再贷款和办理的再贴现金额(万元) / of that demand, the amount of relending the central bank actually lent and of bills it actually rediscounted during the year, in 万元.',
    unit: 'WAN_YUAN',
    measure: 21,
    rollup: { kind: 'SUM' },
    min: 0,
  },
  {
    id: 'finance-insurance.relendingRediscountDemandMetShare',
    name: '再贷款、再贴现需求满足率',
    nameEn: 'Share of relending and rediscount demand met',
    description:
      '已满足的再贷款、再贴现 ÷ 再贷款、再贴现需求 × 100 / relending and rediscount granted as a share of the amount asked for.',
    unit: 'PERCENT',
    measure: 21,
    rollup: {
      kind: 'RATIO',
      numerator: 'finance-insurance.relendingRediscountGranted',
      denominator: 'finance-insurance.relendingRediscountDemand',
      scale: 100,
    },
    min: 0,
    max: 100,
  },
  {
    id: 'finance-insurance.provinceRelendingRediscountDemandMetShare',
    name: '全省再贷款、再贴现需求满足率',
    nameEn: 'Province-wide share of relending and rediscount demand met',
    description:
      '人民银行武汉分行公布的全省金融机构当年再贷款、再贴现需求满足率(%, 含贫困县), 每县同一年数值相同; 是公布数, 不由各县数值汇算 / the share of the relending and rediscount demand of all the province’s financial institutions (poverty counties included) that was met during the year, as 人民银行武汉分行 publishes it, in per cent; the same for every county in a year. A published figure, not computed from the counties’ figures.',
    unit: 'PERCENT',
    measure: 21,
    rollup: { kind: 'MEAN' },
    min: 0,
    max: 100,
  },

  // 21. 引导金融机构加大对非贫困县的信贷投放
  {
    id: 'finance-insurance.countyLoansIssued',
    name: '金融机构对非贫困县的信贷投放',
    nameEn: 'Loans issued in the county',
    description:
      '县内银行业金融机构当年累计发放的各项贷款(万元) / all loans the banking institutions in the county issued during the year, cumulative over the year, in 万元 (a flow, not the year-end balance).',
    unit: 'WAN_YUAN',
    measure: 21,
    rollup: { kind: 'SUM' },
    min: 0,
  },

  // 21. 切实满足建档立卡贫困户的信贷需求
  {
    id: 'finance-insurance.poorHouseholdsWithCreditDemand',
    name: '有信贷需求的建档立卡贫困户',
    nameEn: 'Registered poor households with credit demand',
    description:
      '当年申请贷款(含扶贫小额信贷)且符合贷款条件的建档立卡贫困户户数 / number of registered poor households that applied for a loan during the year (poverty-alleviation microcredit included) and met the lending conditions.',
    unit: 'COUNT',
    measure: 21,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'finance-insurance.poorHouseholdsGrantedCredit',
    name: '信贷需求得到满足的建档立卡贫困户',
    nameEn: 'Registered poor households granted credit',
    description:
      '上述贫困户中当年获得贷款的户数 / of those households, the number that received a loan during the year.',
    unit: 'COUNT',
    measure: 21,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'finance-insurance.poorHouseholdCreditDemandMetShare',
    name: '建档立卡贫困户信贷需求满足率',
    nameEn: 'Share of poor households’ credit demand met',
    description:
      '信贷需求得到满足的建档立卡贫困户 ÷ 有信贷需求的建档立卡贫困户 × 100 / registered poor households granted a loan as a share of those with credit demand, counted in households.',
    unit: 'PERCENT',
    measure: 21,
    rollup: {
      kind: 'RATIO',
      numerator: 'finance-insurance.poorHouseholdsGrantedCredit',
      denominator: 'finance-insurance.poorHouseholdsWithCreditDemand',
      scale: 100,
    },
    min: 0,
    max: 100,
  },
  {
    id: 'finance-insurance.poorHouseholdLoansIssued',
    name: '建档立卡贫困户贷款发放额',
    nameEn: 'Loans issued to registered poor households',
    description:
      '当年向建档立卡贫困户发放的贷款金额(万元) / amount lent to registered poor households during the year, in 万元.',
    unit: 'WAN_YUAN',
    measure: 21,
    rollup: { kind: 'SUM' },
    min: 0,
  },
  {
    id: 'finance-insurance.poorHouseholdLoanBalance',
    name: '建档立卡贫困户贷款余额',
    nameEn: 'Loans outstanding to registered poor households',
    description:
      '年末建档立卡贫困户贷款余额(万元) / loans to registered poor households still outstanding at the end of the year, in 万元.',
    unit: 'WAN_YUAN',
    measure: 21,
    rollup: { kind: 'SUM' },
    min: 0,
  },

  // 21. 优化程序,缩短放贷申报时间
  {
    id: 'finance-insurance.poorHouseholdLoanApprovalDaysTotal',
    name: '建档立卡贫困户贷款申报天数合计',
    nameEn: 'Approval days of loans to registered poor households, summed over the loans',
    description:
      '当年发放给建档立卡贫困户的每笔贷款从申报(提交申请)到放款的天数之和(天) / the days from application to payment of each loan issued to a registered poor household during the year, added up over those loans.',
    unit: 'DAYS',
    measure: 21,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'finance-insurance.poorHouseholdLoansCount',
    name: '建档立卡贫困户贷款笔数',
    nameEn: 'Loans issued to registered poor households',
    description:
      '当年发放给建档立卡贫困户的贷款笔数(一户可有多笔) / number of loans issued to registered poor households during the year (a household may have more than one).',
    unit: 'COUNT',
    measure: 21,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'finance-insurance.poorHouseholdLoanApprovalDays',
    name: '放贷申报时间',
    nameEn: 'Loan approval time',
    description:
      '贷款申报天数合计 ÷ 贷款笔数: 当年发放给建档立卡贫困户的贷款从申报到放款的平均天数; 汇总按笔数加权 / approval days summed over the loans ÷ the number of loans: the mean days from a registered poor household’s application to payment, over the loans issued to them during the year; rolled up, weighted by loans.',
    unit: 'DAYS',
    measure: 21,
    rollup: {
      kind: 'RATIO',
      numerator: 'finance-insurance.poorHouseholdLoanApprovalDaysTotal',
      denominator: 'finance-insurance.poorHouseholdLoansCount',
      scale: 1,
    },
    min: 0,
  },

  // 22. 支持非贫困县开办特色农业保险
  {
    id: 'finance-insurance.specialAgriculturalInsuranceProducts',
    name: '特色农业保险险种数',
    nameEn: 'Special agricultural insurance products',
    description:
      '年末在该县开办的特色农业保险险种个数(中央政策性品种以外的地方特色种养品种, 如茶叶、柑橘、小龙虾) / number of special agricultural insurance products (特色农业保险: local crops, livestock and aquaculture beyond the central policy catalogue, such as tea, citrus or crayfish) offered in the county at the end of the year.',
    unit: 'COUNT',
    measure: 22,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },

  // 22. 扩大农业保险覆盖面 (力求政策性农业保险应保尽保: shown, not judged)
  {
    id: 'finance-insurance.agriculturalInsuranceInsurableHouseholds',
    name: '政策性农业保险应保农户',
    nameEn: 'Households insurable under policy agricultural insurance',
    description:
      '当年种植或养殖政策性农业保险目录内品种的农户户数, 即应保尽保的"应保"范围(按户计, 不按面积或头数) / number of farming households that grew or raised, during the year, a crop or animal that the policy (subsidised) agricultural insurance covers: those that should be insured. Counted in households, not in area or head.',
    unit: 'COUNT',
    measure: 22,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'finance-insurance.agriculturalInsuranceInsuredHouseholds',
    name: '政策性农业保险参保农户',
    nameEn: 'Households insured under policy agricultural insurance',
    description:
      '上述农户中当年参加政策性农业保险(至少一个品种)的户数 / of those households, the number insured under policy agricultural insurance for at least one of their crops or animals during the year.',
    unit: 'COUNT',
    measure: 22,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'finance-insurance.agriculturalInsuranceCoverageShare',
    name: '政策性农业保险覆盖面',
    nameEn: 'Policy agricultural insurance coverage',
    description: '参保农户 ÷ 应保农户 × 100 / insured households as a share of the households that should be insured.',
    unit: 'PERCENT',
    measure: 22,
    rollup: {
      kind: 'RATIO',
      numerator: 'finance-insurance.agriculturalInsuranceInsuredHouseholds',
      denominator: 'finance-insurance.agriculturalInsuranceInsurableHouseholds',
      scale: 100,
    },
    min: 0,
    max: 100,
  },

  // 22. 确保“扶贫保”政策落地落实
  {
    id: 'finance-insurance.registeredPoorHouseholds',
    name: '建档立卡贫困户',
    nameEn: 'Registered poor households',
    description:
      '年末在册的建档立卡贫困户户数(含已脱贫仍在册的户) / number of registered poor households on the county’s file at the end of the year, households already lifted out of poverty but still on file included.',
    unit: 'COUNT',
    measure: 22,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'finance-insurance.fupinbaoInsuredHouseholds',
    name: '参加"扶贫保"的建档立卡贫困户',
    nameEn: 'Registered poor households covered by 扶贫保',
    description:
      '当年有"扶贫保"(精准扶贫保险)保单在保的建档立卡贫困户户数 / number of registered poor households covered by a 扶贫保 (poverty-alleviation insurance) policy in force during the year.',
    unit: 'COUNT',
    measure: 22,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'finance-insurance.fupinbaoCoverageShare',
    name: '"扶贫保"覆盖率',
    nameEn: '扶贫保 coverage of registered poor households',
    description:
      '参加"扶贫保"的建档立卡贫困户 ÷ 建档立卡贫困户 × 100 / registered poor households covered by 扶贫保 as a share of all registered poor households.',
    unit: 'PERCENT',
    measure: 22,
    rollup: {
      kind: 'RATIO',
      numerator: 'finance-insurance.fupinbaoInsuredHouseholds',
      denominator: 'finance-insurance.registeredPoorHouseholds',
      scale: 100,
    },
    min: 0,
    max: 100,
  },
  {
    id: 'finance-insurance.fupinbaoClaimsPaid',
    name: '"扶贫保"赔付金额',
    nameEn: '扶贫保 claims paid',
    description:
      '当年"扶贫保"向建档立卡贫困户支付的赔款(万元) / claims the 扶贫保 policies paid to registered poor households during the year, in 万元.',
    unit: 'WAN_YUAN',
    measure: 22,
    rollup: { kind: 'SUM' },
    min: 0,
  },
];
