import type { IndicatorDefinition } from '@fupin/kit';

/**
 * What 省财政厅 reports per non-poverty county and year for measures 1–4, in the document's
 * words. Money in 万元, per-capita figures in 元. A RATIO is computed from two published SUMs,
 * per county and, rolled up, as the ratio of the sums.
 */
export const financeIndicators: IndicatorDefinition[] = [
  // Measure 1: 按当年地方财政收入增量的15%增列专项扶贫预算
  {
    id: 'finance.fiscalRevenueIncrement',
    name: '当年地方财政收入增量',
    nameEn: 'Increase in local fiscal revenue over the year before',
    description:
      '本县当年地方一般公共预算收入减去上年数(万元); 收入下降时为负。 / The county’s local general public budget revenue of the year minus that of the year before; negative when revenue fell.',
    unit: 'WAN_YUAN',
    measure: 1,
    rollup: { kind: 'SUM' },
  },
  {
    id: 'finance.specialBudgetAdded',
    name: '增列专项扶贫预算',
    nameEn: 'Special poverty-alleviation budget added',
    description:
      '县级财政当年按收入增量增列的专项扶贫预算(万元), 不含上级补助。 / Special poverty-alleviation budget the county added out of its own revenue increase in the year, excluding transfers from above.',
    unit: 'WAN_YUAN',
    measure: 1,
    rollup: { kind: 'SUM' },
    min: 0,
  },
  {
    id: 'finance.specialBudgetShare',
    name: '增列专项扶贫预算占当年地方财政收入增量的比例',
    nameEn: 'Special budget added as a share of the revenue increase',
    description:
      '增列专项扶贫预算 ÷ 当年地方财政收入增量 × 100; 文件要求不低于15%。 / Special budget added ÷ revenue increase × 100; the document asks for at least 15 %.',
    unit: 'PERCENT',
    measure: 1,
    rollup: {
      kind: 'RATIO',
      numerator: 'finance.specialBudgetAdded',
      denominator: 'finance.fiscalRevenueIncrement',
      scale: 100,
    },
    min: 0,
  },
  // Measure 1: 当年清理回收可统筹使用的存量资金中50%以上用于精准扶贫
  {
    id: 'finance.stockFundsRecovered',
    name: '当年清理回收可统筹使用的存量资金',
    nameEn: 'Idle stock funds recovered in the year for general use',
    description:
      '当年清理收回、可由县级统筹使用的财政存量资金(万元)。 / Idle fiscal stock funds the county cleared and recovered in the year that it may re-allocate.',
    unit: 'WAN_YUAN',
    measure: 1,
    rollup: { kind: 'SUM' },
    min: 0,
  },
  {
    id: 'finance.stockFundsForPrecisePoverty',
    name: '存量资金用于精准扶贫的数额',
    nameEn: 'Recovered stock funds used for precise poverty alleviation',
    description:
      '当年清理回收的存量资金中安排用于精准扶贫的部分(万元)。 / The part of the stock funds recovered in the year that was allocated to precise poverty alleviation.',
    unit: 'WAN_YUAN',
    measure: 1,
    rollup: { kind: 'SUM' },
    min: 0,
  },
  {
    id: 'finance.stockFundsPrecisePovertyShare',
    name: '存量资金用于精准扶贫的比例',
    nameEn: 'Share of recovered stock funds used for precise poverty alleviation',
    description:
      '用于精准扶贫的存量资金 ÷ 当年清理回收可统筹使用的存量资金 × 100; 文件要求50%以上。 / Stock funds used for precise poverty alleviation ÷ stock funds recovered × 100; the document asks for 50 % or more.',
    unit: 'PERCENT',
    measure: 1,
    rollup: {
      kind: 'RATIO',
      numerator: 'finance.stockFundsForPrecisePoverty',
      denominator: 'finance.stockFundsRecovered',
      scale: 100,
    },
    min: 0,
    max: 100,
  },

  // Measure 2: 对人均财政预算支出低于全省平均水平的种粮大县、人口大县, 加大财政转移支付安排力度
  {
    id: 'finance.budgetExpenditure',
    name: '一般公共预算支出',
    nameEn: 'General public budget expenditure',
    description:
      '本县当年一般公共预算支出(万元), 人均财政预算支出的分子。 / The county’s general public budget expenditure of the year: the numerator of per-capita expenditure.',
    unit: 'WAN_YUAN',
    measure: 2,
    rollup: { kind: 'SUM' },
    min: 0,
  },
  {
    id: 'finance.residentPopulation',
    name: '年末常住人口',
    nameEn: 'Resident population at year end',
    description:
      '本县年末常住人口(人), 人均财政预算支出的分母。 / The county’s resident population at the end of the year: the denominator of per-capita expenditure.',
    unit: 'PERSONS',
    measure: 2,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'finance.budgetExpenditurePerCapita',
    name: '人均财政预算支出',
    nameEn: 'Budget expenditure per resident',
    description:
      '一般公共预算支出 ÷ 年末常住人口(元/人)。 / General public budget expenditure ÷ resident population, in yuan per person.',
    unit: 'YUAN',
    measure: 2,
    rollup: {
      kind: 'RATIO',
      numerator: 'finance.budgetExpenditure',
      denominator: 'finance.residentPopulation',
      scale: 10_000,
    },
    min: 0,
  },
  {
    id: 'finance.provincialBudgetExpenditurePerCapita',
    name: '全省人均财政预算支出平均水平',
    nameEn: 'Provincial average budget expenditure per resident',
    description:
      '省财政厅认定各县时所用的全省平均水平(元/人), 每县同一年数值相同。 / The provincial average the department compares each county with, in yuan per person; the same for every county in a year.',
    unit: 'YUAN',
    measure: 2,
    rollup: { kind: 'MEAN' },
    min: 0,
  },
  {
    id: 'finance.majorGrainOrPopulousCounty',
    name: '种粮大县、人口大县',
    nameEn: 'Major grain-producing or populous county',
    description:
      '本县当年是否被认定为种粮大县或人口大县: 是为1, 否为0; 汇总为此类县的个数。 / 1 if the county is classed as a major grain-producing or populous county that year, else 0; rolled up, the number of such counties.',
    unit: 'COUNT',
    measure: 2,
    rollup: { kind: 'SUM' },
    min: 0,
    max: 1,
    integer: true,
  },
  {
    id: 'finance.transferPayment',
    name: '财政转移支付安排额',
    nameEn: 'Fiscal transfer payments arranged for the county',
    description:
      '省级财政当年对本县安排的转移支付总额(含中央经省下达的部分, 不含专项扶贫资金)(万元)。 / Transfer payments the province arranged for the county in the year, including central funds passed on by the province, excluding the special poverty funds of measure 4.',
    unit: 'WAN_YUAN',
    measure: 2,
    rollup: { kind: 'SUM' },
    min: 0,
  },

  // Measure 3: 对列入《湖北省光伏扶贫规划(2017-2019年)》的非贫困县光伏扶贫项目实行差异化奖补政策
  {
    id: 'finance.pvProjectsListed',
    name: '列入《湖北省光伏扶贫规划(2017-2019年)》并已建成的光伏扶贫项目',
    nameEn: 'PV poverty-alleviation projects in the 2017–2019 plan, built',
    description:
      '本县列入规划且截至年末已建成并网的光伏扶贫项目个数(累计)。 / The county’s PV poverty-alleviation projects listed in the Hubei PV plan 2017–2019 and connected to the grid by the end of the year, cumulative.',
    unit: 'COUNT',
    measure: 3,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'finance.pvProjectsSubsidised',
    name: '已享受差异化奖补的光伏扶贫项目',
    nameEn: 'Listed PV projects granted the differentiated subsidy',
    description:
      '上述项目中截至年末已获得差异化奖补资金的个数(累计)。 / Of those projects, the number granted the differentiated subsidy by the end of the year, cumulative.',
    unit: 'COUNT',
    measure: 3,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'finance.pvProjectsSubsidisedShare',
    name: '已建成光伏扶贫项目中享受差异化奖补的比例',
    nameEn: 'Share of built listed PV projects subsidised',
    description:
      '已享受差异化奖补的项目 ÷ 列入规划并已建成的项目 × 100。 / Subsidised projects ÷ listed projects built × 100.',
    unit: 'PERCENT',
    measure: 3,
    rollup: {
      kind: 'RATIO',
      numerator: 'finance.pvProjectsSubsidised',
      denominator: 'finance.pvProjectsListed',
      scale: 100,
    },
    min: 0,
    max: 100,
  },
  {
    id: 'finance.pvSubsidy',
    name: '光伏扶贫差异化奖补资金',
    nameEn: 'Differentiated PV subsidy granted',
    description:
      '省级财政当年拨付本县光伏扶贫项目的差异化奖补资金(万元)。 / Differentiated subsidy the province paid for the county’s listed PV projects in the year.',
    unit: 'WAN_YUAN',
    measure: 3,
    rollup: { kind: 'SUM' },
    min: 0,
  },

  // Measure 4: 在分配中央和省级财政专项扶贫资金时, 加大贫困人口权重
  {
    id: 'finance.allocationPoorPopulationWeight',
    name: '专项扶贫资金分配因素中贫困人口因素的权重',
    nameEn: 'Weight of the poor population among the allocation factors of the special poverty funds',
    description:
      '省里当年分配中央和省级财政专项扶贫资金的因素法中, 贫困人口因素所占权重(%); 全省一个分配办法, 每县同一年数值相同。 / The weight (%) the poor population carries among the factors by which the province allocates the year’s central and provincial special poverty funds: one province-wide formula, so the same for every county in a year.',
    unit: 'PERCENT',
    measure: 4,
    // MEAN, like the provincial spending average: a roll-up shows the one province-wide figure.
    rollup: { kind: 'MEAN' },
    min: 0,
    max: 100,
  },
  {
    id: 'finance.specialFundsAllocated',
    name: '分配的中央和省级财政专项扶贫资金',
    nameEn: 'Central and provincial special poverty funds allocated',
    description:
      '当年分配给本县的中央和省级财政专项扶贫资金(万元)。 / Central and provincial special poverty-alleviation funds allocated to the county for the year.',
    unit: 'WAN_YUAN',
    measure: 4,
    rollup: { kind: 'SUM' },
    min: 0,
  },
  {
    id: 'finance.allocationPoorPopulation',
    name: '资金分配所依据的贫困人口',
    nameEn: 'Poor population the allocation is based on',
    description:
      '分配当年资金时采用的本县建档立卡贫困人口(上年末未脱贫人数)(人)。 / The county’s registered poor population the allocation used: those not yet lifted out at the end of the year before.',
    unit: 'PERSONS',
    measure: 4,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'finance.specialFundsPerPoorPerson',
    name: '按贫困人口平均的专项扶贫资金',
    nameEn: 'Special poverty funds per poor person',
    description:
      '分配的专项扶贫资金 ÷ 资金分配所依据的贫困人口(元/人)。 / Special funds allocated ÷ poor population of the allocation, in yuan per person.',
    unit: 'YUAN',
    measure: 4,
    rollup: {
      kind: 'RATIO',
      numerator: 'finance.specialFundsAllocated',
      denominator: 'finance.allocationPoorPopulation',
      scale: 10_000,
    },
    min: 0,
  },
  {
    id: 'finance.specialFundsShareOfProvince',
    name: '占全省专项扶贫资金分配总额的比例',
    nameEn: 'Share of the province’s special poverty funds allocated',
    description:
      '本县分得的专项扶贫资金 ÷ 当年全省分配到县的总额 × 100; 汇总为各县之和。 / Funds allocated to the county ÷ the province’s total allocated to counties that year × 100; rolls up as the sum.',
    unit: 'PERCENT',
    measure: 4,
    rollup: { kind: 'SUM' },
    min: 0,
    max: 100,
  },
  {
    id: 'finance.poorPopulationShareOfProvince',
    name: '贫困人口占全省贫困人口的比例',
    nameEn: 'Share of the province’s poor population',
    description:
      '资金分配所依据的本县贫困人口 ÷ 全省同口径贫困人口 × 100; 汇总为各县之和。 / The county’s poor population of the allocation ÷ the province’s, × 100; rolls up as the sum.',
    unit: 'PERCENT',
    measure: 4,
    rollup: { kind: 'SUM' },
    min: 0,
    max: 100,
  },
  {
    id: 'finance.fundsToPoorPopulationShareRatio',
    name: '资金份额与贫困人口份额之比',
    nameEn: 'Funds share relative to poor-population share',
    description:
      '占全省资金的比例 ÷ 占全省贫困人口的比例 × 100: 为100时资金完全按贫困人口分配; 贫困人口权重加大, 此值向100靠拢。 / Share of funds ÷ share of poor population × 100: 100 when funds follow the poor population exactly; a heavier poor-population weight moves it towards 100.',
    unit: 'PERCENT',
    measure: 4,
    rollup: {
      kind: 'RATIO',
      numerator: 'finance.specialFundsShareOfProvince',
      denominator: 'finance.poorPopulationShareOfProvince',
      scale: 100,
    },
    min: 0,
  },
];
