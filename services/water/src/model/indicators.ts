import type { IndicatorDefinition } from '@fupin/kit';

/**
 * What 省水利厅 publishes for measure 12, per non-poverty county and year. People and projects
 * are counted at the end of the year; the drinking-water investment issued for registered poor
 * people is cumulative over the 13th five-year plan (2016 to the year's end), so that it can be
 * set against the plan's total, while the rural drinking-water investment of the year is that
 * year's alone. Every county share is a RATIO of two published figures, so that a prefecture or
 * the province gets the ratio of the sums; the province's own share of projects included is a
 * published figure, the same for every county in a year.
 */
export const indicators: IndicatorDefinition[] = [
  // 加大对非贫困县农村饮水安全工作支持力度
  {
    id: 'water.ruralDrinkingWaterInvestmentInYear',
    name: '当年下达的农村饮水安全投资',
    nameEn: 'Rural drinking-water safety investment issued in the year',
    description:
      '当年下达本县的农村饮水安全投资(万元, 仅当年, 不累计), 含建档立卡贫困人口饮水安全投资及其他农村饮水安全巩固提升投资 / rural drinking-water safety investment (万元) issued to the county during the year, that year only: for all rural drinking water, the investment for registered poor people included.',
    unit: 'WAN_YUAN',
    measure: 12,
    rollup: { kind: 'SUM' },
    min: 0,
  },

  // 优先下达"十三五"规划内非贫困县全部建档立卡贫困人口的饮水安全投资。
  {
    id: 'water.registeredPoorPopulation',
    name: '"十三五"规划内建档立卡贫困人口',
    nameEn: 'Registered poor people within the 13th five-year plan',
    description:
      '"十三五"农村饮水安全规划覆盖的本县建档立卡贫困人口数, 各年相同; 含2018年以前已脱贫者, 故多于文件所说的存量贫困人口(65.93万), 不是同一基数 / registered poor people (建档立卡贫困人口) of the county that the 13th five-year plan (2016–2020) for rural drinking water covers, the same in every year. It includes people lifted out of poverty before 2018, so it is larger than the stock poor population of the document (659,300 across the non-poverty counties) and is not that baseline.',
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
      '饮水安全有保障的建档立卡贫困人口 ÷ "十三五"规划内建档立卡贫困人口 × 100, 仅作进度展示(措施12未要求此比例, 不设规则) / registered poor people with safe drinking water as a share of the plan\'s registered poor people: progress only, since measure 12 sets no such share and no rule reads it.',
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
    id: 'water.provinceEligibleProjectsInSpecialPlansShare',
    name: '全省符合国家投资政策的水利基础设施项目纳入专项规划比例',
    nameEn: 'Province-wide share of eligible water-infrastructure projects included in special plans',
    description:
      "全省(含贫困县)同口径的纳入比例: 年末已纳入专项规划的符合国家投资政策的水利基础设施项目 ÷ 全省此类项目 × 100, 每县同一年数值相同, 为本县比例的参照 / the same share for the whole province, poverty counties included: eligible projects included in a special plan by the end of the year as a share of all of them. The same for every county in a year; the figure a county's share is compared with.",
    unit: 'PERCENT',
    measure: 12,
    rollup: { kind: 'MEAN' },
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
