import type { RuleDefinition } from '@fupin/kit';

/**
 * The quantitative requirements of measure 12. The document dates none of them; the
 * drinking-water investment and the people it covers are those of the 13th five-year plan
 * ("十三五"规划内), which ends in 2020, the year by which the document wants every stock poor
 * person lifted out (确保2020年完成…65.93万存量贫困人口脱贫). All three are therefore checked in
 * 2020; for 2018 and 2019 the figures and shares are shown without a verdict. Each rule bears
 * the id of the indicator it judges, as in finance and transport.
 */
export const rules: RuleDefinition[] = [
  {
    id: 'water.drinkingWaterInvestmentIssuedShare',
    measure: 12,
    description:
      '优先下达"十三五"规划内非贫困县全部建档立卡贫困人口的饮水安全投资(按2020年即"十三五"期末已全部下达考察, 下达比例100%)',
    descriptionEn:
      'The drinking-water safety investment for all registered poor people within the 13th five-year plan issued with priority (checked as fully issued, 100 %, by 2020, the end of the plan)',
    indicator: 'water.drinkingWaterInvestmentIssuedShare',
    comparison: 'AT_LEAST',
    required: 100,
    years: [2020],
  },
  {
    id: 'water.safeDrinkingWaterShare',
    measure: 12,
    description:
      '"十三五"规划内非贫困县全部建档立卡贫困人口饮水安全(按2020年全部建档立卡贫困人口饮水安全有保障考察, 比例100%)',
    descriptionEn:
      'Safe drinking water for all registered poor people within the 13th five-year plan (checked as 100 % of them with safe drinking water by 2020)',
    indicator: 'water.safeDrinkingWaterShare',
    comparison: 'AT_LEAST',
    required: 100,
    years: [2020],
  },
  {
    id: 'water.eligibleProjectsInSpecialPlansShare',
    measure: 12,
    description:
      '对非贫困县符合国家投资政策的水利基础设施项目优先纳入专项规划(文件未定年限, 按2020年即"十三五"期末全部纳入考察)',
    descriptionEn:
      'Water-infrastructure projects that meet national investment policy included in special plans with priority (the document sets no year; checked as all of them included by 2020, the end of the plan)',
    indicator: 'water.eligibleProjectsInSpecialPlansShare',
    comparison: 'AT_LEAST',
    required: 100,
    years: [2020],
  },
];
