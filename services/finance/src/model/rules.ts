import type { RuleDefinition } from '@fupin/kit';

/**
 * The quantitative requirements of measures 1–4, as the department checks them per county and
 * year (docs/rules-review.md §1 and §8). The document was issued in July 2018 and runs to 2020,
 * so a standing requirement holds in each year 2018–2020; a year-on-year one compares 2018 with
 * 2017, the base year.
 */
export const financeRules: RuleDefinition[] = [
  {
    id: 'finance.specialBudgetShare',
    measure: 1,
    description: '按当年地方财政收入增量的15%增列专项扶贫预算',
    descriptionEn: 'Add a special poverty-alleviation budget of 15 % of the year’s increase in local fiscal revenue',
    indicator: 'finance.specialBudgetShare',
    kind: 'AT_LEAST',
    required: 15,
    words: '督促和落实非贫困县按当年地方财政收入增量的15%增列专项扶贫预算',
    basis: 'DOCUMENT',
    basisNote:
      '15%与"当年"均为原文, "按增量的15%"读作下限, 多列不违反。 / The 15 % and "the year" are the document’s; "at 15 % of the increment" is read as a floor, so adding more is no breach.',
    years: [2018, 2019, 2020],
    reasons: {
      denominatorNotPositive: '当年地方财政收入无增量, 无须按增量增列 / revenue did not rise: nothing is owed',
    },
  },
  {
    id: 'finance.stockFundsPrecisePovertyShare',
    measure: 1,
    description: '当年清理回收可统筹使用的存量资金中50%以上用于精准扶贫',
    descriptionEn: 'Use 50 % or more of the idle stock funds recovered in the year for precise poverty alleviation',
    indicator: 'finance.stockFundsPrecisePovertyShare',
    kind: 'AT_LEAST',
    required: 50,
    words: '当年清理回收可统筹使用的存量资金中50%以上用于精准扶贫',
    basis: 'DOCUMENT',
    basisNote:
      '"50%以上"含本数, 每年考察。 / The "50 % 以上" includes 50 %, as 以上 does in Chinese rules; checked every year (当年).',
    years: [2018, 2019, 2020],
    reasons: {
      denominatorNotPositive: '当年无清理回收可统筹使用的存量资金 / no idle funds recovered this year',
    },
  },
  {
    id: 'finance.transferPaymentIncreased',
    measure: 2,
    description: '对人均财政预算支出低于全省平均水平的种粮大县、人口大县, 加大财政转移支付安排力度',
    descriptionEn:
      'For major grain-producing and populous counties spending less per resident than the provincial average, arrange more transfer payments than the year before',
    indicator: 'finance.transferPayment',
    kind: 'MORE_THAN_PREVIOUS_YEAR',
    words: '对人均财政预算支出低于全省平均水平的种粮大县、人口大县,加大财政转移支付安排力度',
    basis: 'DOCUMENT',
    basisNote:
      '"加大"读作当年安排额高于上年(文件未给基数, 取上年; 2018年对2017年)。适用与否按同一年的人均财政预算支出与全省平均水平判断, 此为解读: 视图所示即该年本身公布的数字。 / The word 加大 is read as more arranged than in the year before (the document names no base; 2018 is compared with 2017). Whether the county qualifies is read on the same year’s spending per resident and provincial average, an interpretation: the year’s own published figures are what the view shows.',
    years: [2018, 2019, 2020],
    // Derived from its two parts, not from a flag of its own that could contradict them.
    appliesWhere: 'finance.majorGrainOrPopulousCounty',
    appliesBelow: {
      figure: 'finance.budgetExpenditurePerCapita',
      reference: 'finance.provincialBudgetExpenditurePerCapita',
    },
    reasons: {
      notFlagged: '非种粮大县、人口大县 / not a major grain-producing or populous county',
      notBelow: '人均财政预算支出不低于全省平均水平 / spends at least the provincial average per resident',
    },
  },
  {
    id: 'finance.pvProjectsSubsidisedShare',
    measure: 3,
    description: '对列入《湖北省光伏扶贫规划(2017-2019年)》的非贫困县光伏扶贫项目实行差异化奖补政策',
    descriptionEn:
      'Grant the differentiated subsidy to the county’s PV poverty-alleviation projects listed in the Hubei PV plan 2017–2019: every built listed project subsidised',
    indicator: 'finance.pvProjectsSubsidisedShare',
    kind: 'EVERY_UNIT',
    words: '对列入《湖北省光伏扶贫规划(2017-2019年)》的非贫困县光伏扶贫项目实行差异化奖补政策',
    basis: 'INTERPRETATION',
    basisNote:
      '"对列入…规划…的…项目实行"读作每个项目都享受; 以"已建成并网"为享受条件是对85号文"相关规定"的读法, 该文不在本项目资料中。 / The words "apply to the listed projects" are read as every listed project; making "built and connected" the condition reads 85号’s 相关规定, which the project does not hold. A project built late in 2019 and paid in 2020 will show NOT_MET in 2019.',
    // The plan's years within the document's span: 2020 lies outside the 2017–2019 plan.
    years: [2018, 2019],
    reasons: {
      denominatorNotPositive: '本县无列入规划并已建成的光伏扶贫项目 / no listed project built in the county',
    },
  },
  {
    id: 'finance.poorPopulationWeightIncreased',
    measure: 4,
    description: '在分配中央和省级财政专项扶贫资金时, 加大贫困人口权重(高于文件前的2017年)',
    descriptionEn:
      'Give the poor population more weight in allocating the central and provincial special poverty funds: a weight above 2017’s',
    indicator: 'finance.allocationPoorPopulationWeight',
    kind: 'MORE_THAN_PREVIOUS_YEAR',
    words: '在分配中央和省级财政专项扶贫资金时,加大贫困人口权重',
    basis: 'INTERPRETATION',
    basisNote:
      '"加大贫困人口权重"读作分配办法中贫困人口因素权重高于文件前(2017年)。 / The words 加大…权重 are read as a poor-population weight in the allocation formula above 2017’s, the last allocation before the document.',
    years: [2018],
  },
  {
    id: 'finance.poorPopulationWeightNotReduced',
    measure: 4,
    description: '在分配中央和省级财政专项扶贫资金时, 加大贫困人口权重(加大后不回落)',
    descriptionEn:
      'Having given the poor population more weight in allocating the special poverty funds, keep it: no lower than the year before',
    indicator: 'finance.allocationPoorPopulationWeight',
    kind: 'NOT_LESS_THAN_PREVIOUS_YEAR',
    words: '在分配中央和省级财政专项扶贫资金时,加大贫困人口权重',
    basis: 'INTERPRETATION',
    basisNote:
      '权重加大后不回落; 权重是全省分配办法的参数, 不应每年无限加大。 / Once raised, the weight is not lowered; it is a parameter of the formula and cannot be asked to rise every year. `fundsToPoorPopulationShareRatio` mixes in the other allocation factors, so it stays a figure for analysts and not a rule.',
    years: [2019, 2020],
  },
];
