import type { RuleDefinition } from '@fupin/kit';

/**
 * The quantitative requirements of measure 12, as docs/rules-review.md §3 and §8 read them. The
 * measure dates none of them and its words are orders (优先) and efforts (加大…支持力度) rather
 * than figures, so every rule here is the project's reading (INTERPRETATION), its note saying
 * which. The share of registered poor people with safe drinking water stays a figure without a
 * rule: the measure asks for investment and planning, not for a share of people.
 */
export const rules: RuleDefinition[] = [
  {
    id: 'water.ruralDrinkingWaterSupportIncreased',
    measure: 12,
    description: '加大对非贫困县农村饮水安全工作支持力度(当年下达的农村饮水安全投资高于上年, 2018年对2017年)',
    descriptionEn:
      'More support for rural drinking-water safety in the non-poverty counties (more rural drinking-water investment issued in the year than in the year before; 2018 against 2017)',
    indicator: 'water.ruralDrinkingWaterInvestmentInYear',
    kind: 'MORE_THAN_PREVIOUS_YEAR',
    words: '加大对非贫困县农村饮水安全工作支持力度',
    basis: 'INTERPRETATION',
    basisNote:
      '"支持力度"读作当年下达的农村饮水安全投资, "加大"读作高于上年。/ 支持力度 is read as the rural drinking-water investment issued in the year, 加大 as more than the year before.',
    years: [2018, 2019, 2020],
  },
  {
    id: 'water.drinkingWaterInvestmentIssuedShare',
    measure: 12,
    description:
      '优先下达“十三五”规划内非贫困县全部建档立卡贫困人口的饮水安全投资(按2020年即“十三五”期末已全部下达考察, 下达比例100%)',
    descriptionEn:
      'The drinking-water safety investment for all registered poor people within the 13th five-year plan issued with priority (checked as fully issued, 100 %, by 2020, the end of the plan)',
    indicator: 'water.drinkingWaterInvestmentIssuedShare',
    kind: 'AT_LEAST',
    required: 100,
    words: '优先下达“十三五”规划内非贫困县全部建档立卡贫困人口的饮水安全投资',
    basis: 'INTERPRETATION',
    basisNote:
      '"全部建档立卡贫困人口"与"“十三五”规划内"定下金额与期限(止于2020年), 读作2020年末全部下达; "优先"是次序, 不据此设数。/ "all registered poor people" and "within the 13th five-year plan" fix the amount and the period (ending 2020), read as fully issued by the end of 2020; 优先 is an order and sets no figure.',
    years: [2020],
    reasons: { denominatorNotPositive: '规划未为本县安排此项投资 / the plan sets no such investment for the county' },
  },
  {
    id: 'water.eligibleProjectsInSpecialPlansWithPriority',
    measure: 12,
    description: '对非贫困县符合国家投资政策的水利基础设施项目优先纳入专项规划(本县纳入比例不低于全省同口径比例)',
    descriptionEn:
      'Water-infrastructure projects of the non-poverty counties that meet national investment policy included in special plans with priority (the county’s share included no lower than the province’s)',
    indicator: 'water.eligibleProjectsInSpecialPlansShare',
    kind: 'AT_LEAST_REFERENCE',
    reference: 'water.provinceEligibleProjectsInSpecialPlansShare',
    words: '对非贫困县符合国家投资政策的水利基础设施项目优先纳入专项规划',
    basis: 'INTERPRETATION',
    basisNote:
      '"优先纳入"是相对其他项目的次序, 既非全部纳入, 也无年限; 读作本县纳入比例不低于全省。/ 优先纳入 is an order relative to other projects, neither "all" nor a year; read as: the county\'s inclusion share no lower than the province\'s.',
    years: [2018, 2019, 2020],
    reasons: {
      denominatorNotPositive:
        '本县无符合国家投资政策的水利基础设施项目 / no water-infrastructure project in the county meets national investment policy',
    },
  },
];
