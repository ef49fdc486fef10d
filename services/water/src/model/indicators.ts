import type { IndicatorDefinition } from '@fupin/kit';

/**
 * What 省水利厅 publishes for measure 12, per non-poverty county and year. People and projects
 * are counted at the end of the year; the drinking-water investment issued is cumulative over
 * the 13th five-year plan (2016 to the year's end), so that it can be set against the plan's
 * total. Every share is a RATIO of two published figures, so that a prefecture or the province
 * gets the ratio of the sums.
 */
export const indicators: IndicatorDefinition[] = [
  // 优先下达"十三五"规划内非贫困县全部建档立卡贫困人口的饮水安全投资。
  {
    id: 'water.registeredPoorPopulation',
    name: '建档立卡贫困人口',
    nameEn: 'Registered poor people',
    description:
      '县内建档立卡贫困人口数, 即文件所说的存量贫困人口(2018年), 脱贫后仍计入 / number of registered poor people (建档立卡贫困人口) in the county: the stock poor population of the document (2018), still counted after they are lifted out of poverty, so the same in every year.',
    unit: 'PERSONS',
    measure: 12,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'water.registeredPoorWithSafeDrinkingWater',
    name: '饮水安全有保障的建档立卡贫困人口',
    nameEn: 'Registered poor people with safe drinking water',
    description:
      '年末饮水安全已有保障的建档立卡贫困人口数 / number of those registered poor people whose drinking water is safe (饮水安全, by the rural drinking-water safety standard) at the end of the year.',
    unit: 'PERSONS',
    measure: 12,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'water.safeDrinkingWaterShare',
    name: '建档立卡贫困人口饮水安全保障比例',
    nameEn: 'Share of registered poor people with safe drinking water',
    description:
      '饮水安全有保障的建档立卡贫困人口 ÷ 建档立卡贫困人口 × 100 / registered poor people with safe drinking water as a share of all registered poor people.',
    unit: 'PERCENT',
    measure: 12,
    rollup: {
      kind: 'RATIO',
      numerator: 'water.registeredPoorWithSafeDrinkingWater',
      denominator: 'water.registeredPoorPopulation',
      scale: 100,
    },
    min: 0,
    max: 100,
  },
  {
    id: 'water.drinkingWaterInvestmentPlanned',
    name: '"十三五"规划内全部建档立卡贫困人口的饮水安全投资',
    nameEn: 'Drinking-water safety investment planned for all registered poor people (13th five-year plan)',
    description:
      '"十三五"规划(2016—2020年)为该县全部建档立卡贫困人口饮水安全安排的投资总额(万元), 各年相同 / total investment (万元) the 13th five-year plan (2016–2020) sets for making the drinking water of all the county\'s registered poor people safe; the same in every year.',
    unit: 'WAN_YUAN',
    measure: 12,
    rollup: { kind: 'SUM' },
    min: 0,
  },
  {
    id: 'water.drinkingWaterInvestmentIssued',
    name: '已下达的建档立卡贫困人口饮水安全投资',
    nameEn: 'Drinking-water safety investment issued for registered poor people',
    description:
      '截至年末已下达该县的上述饮水安全投资(万元, "十三五"以来累计) / of that planned investment, the amount (万元) issued (下达) to the county from 2016 to the end of the year, cumulative.',
    unit: 'WAN_YUAN',
    measure: 12,
    rollup: { kind: 'SUM' },
    min: 0,
  },
  {
    id: 'water.drinkingWaterInvestmentIssuedShare',
    name: '建档立卡贫困人口饮水安全投资下达比例',
    nameEn: 'Share of the planned drinking-water safety investment issued',
    description:
      '已下达的饮水安全投资 ÷ "十三五"规划内饮水安全投资 × 100 / investment issued so far as a share of the investment the plan sets for all registered poor people.',
    unit: 'PERCENT',
    measure: 12,
    rollup: {
      kind: 'RATIO',
      numerator: 'water.drinkingWaterInvestmentIssued',
      denominator: 'water.drinkingWaterInvestmentPlanned',
      scale: 100,
    },
    min: 0,
    max: 100,
  },

  // 对非贫困县符合国家投资政策的水利基础设施项目优先纳入专项规划,指导加快项目前期工作,优先安排投资。
  {
    id: 'water.eligibleProjects',
    name: '符合国家投资政策的水利基础设施项目',
    nameEn: 'Water-infrastructure projects that meet national investment policy',
    description:
      "年末县内符合国家投资政策的水利基础设施项目个数 / number of the county's water-infrastructure projects (水利基础设施项目) that meet national investment policy, at the end of the year.",
    unit: 'COUNT',
    measure: 12,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'water.eligibleProjectsInSpecialPlans',
    name: '纳入专项规划的符合国家投资政策的水利基础设施项目',
    nameEn: 'Eligible water-infrastructure projects included in special plans',
    description:
      '上述项目中年末已纳入专项规划的个数(累计) / number of those eligible projects included in a special plan (专项规划) by the end of the year, cumulative.',
    unit: 'COUNT',
    measure: 12,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'water.eligibleProjectsInSpecialPlansShare',
    name: '符合国家投资政策的水利基础设施项目纳入专项规划比例',
    nameEn: 'Share of eligible water-infrastructure projects included in special plans',
    description:
      '纳入专项规划的项目 ÷ 符合国家投资政策的项目 × 100 / eligible projects included in a special plan as a share of all eligible projects.',
    unit: 'PERCENT',
    measure: 12,
    rollup: {
      kind: 'RATIO',
      numerator: 'water.eligibleProjectsInSpecialPlans',
      denominator: 'water.eligibleProjects',
      scale: 100,
    },
    min: 0,
    max: 100,
  },
  {
    id: 'water.specialPlanProjectInvestmentArranged',
    name: '纳入专项规划的水利基础设施项目安排投资',
    nameEn: 'Investment arranged for water-infrastructure projects in special plans',
    description:
      "当年为该县纳入专项规划的水利基础设施项目安排的投资(万元, 仅当年) / investment (万元) arranged (安排投资) during the year for the county's water-infrastructure projects included in special plans; that year only, not cumulative.",
    unit: 'WAN_YUAN',
    measure: 12,
    rollup: { kind: 'SUM' },
    min: 0,
  },
];
