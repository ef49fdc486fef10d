import type { DepartmentModel, IndicatorDefinition, RuleDefinition } from '@fupin/kit';

/**
 * The poverty alleviation office's own figures: progress against the document's overall targets
 * (一、总体要求: "确保2020年完成全省非贫困县788个存量贫困村出列、65.93万存量贫困人口脱贫的硬任务").
 * They report on no single measure, so `measure` is null.
 */
const indicators: IndicatorDefinition[] = [
  {
    id: 'catalog.stockPoorVillages',
    name: '存量贫困村',
    nameEn: 'Stock poor villages',
    description:
      '2018年文件确定的存量贫困村数(基数, 各年相同) / stock poor villages as the document of 2018 counts them: the baseline, the same every year.',
    unit: 'COUNT',
    measure: null,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'catalog.villagesExited',
    name: '已出列贫困村',
    nameEn: 'Poor villages exited',
    description: '截至年末累计出列的存量贫困村数 / stock poor villages that have exited, cumulative at year end.',
    unit: 'COUNT',
    measure: null,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'catalog.villagesExitedShare',
    name: '贫困村出列率',
    nameEn: 'Share of poor villages exited',
    description: '已出列贫困村 ÷ 存量贫困村 × 100 / villages exited as a share of the stock poor villages.',
    unit: 'PERCENT',
    measure: null,
    rollup: {
      kind: 'RATIO',
      numerator: 'catalog.villagesExited',
      denominator: 'catalog.stockPoorVillages',
      scale: 100,
    },
  },
  {
    id: 'catalog.stockPoorPopulation',
    name: '存量贫困人口',
    nameEn: 'Stock poor population',
    description:
      '2018年文件确定的存量贫困人口(基数, 各年相同) / stock poor people as the document of 2018 counts them: the baseline, the same every year.',
    unit: 'PERSONS',
    measure: null,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'catalog.peopleLiftedOut',
    name: '已脱贫人口',
    nameEn: 'People lifted out of poverty',
    description: '截至年末累计脱贫的存量贫困人口 / stock poor people lifted out of poverty, cumulative at year end.',
    unit: 'PERSONS',
    measure: null,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'catalog.peopleLiftedOutShare',
    name: '贫困人口脱贫率',
    nameEn: 'Share of poor people lifted out',
    description: '已脱贫人口 ÷ 存量贫困人口 × 100 / people lifted out as a share of the stock poor population.',
    unit: 'PERCENT',
    measure: null,
    rollup: {
      kind: 'RATIO',
      numerator: 'catalog.peopleLiftedOut',
      denominator: 'catalog.stockPoorPopulation',
      scale: 100,
    },
  },
];

const rules: RuleDefinition[] = [
  {
    id: 'catalog.allVillagesExited',
    measure: null,
    description: '确保2020年完成存量贫困村全部出列',
    descriptionEn: 'every stock poor village has exited by 2020',
    indicator: 'catalog.villagesExitedShare',
    comparison: 'AT_LEAST',
    required: 100,
    years: [2020],
  },
  {
    id: 'catalog.allPeopleLiftedOut',
    measure: null,
    description: '确保2020年完成存量贫困人口全部脱贫',
    descriptionEn: 'every stock poor person is lifted out of poverty by 2020',
    indicator: 'catalog.peopleLiftedOutShare',
    comparison: 'AT_LEAST',
    required: 100,
    years: [2020],
  },
];

export const progressModel: DepartmentModel = { indicators, rules };
