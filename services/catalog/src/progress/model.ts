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
      '文件确定的存量贫困村数, 即2017年末的基数, 只按2017年发布一次, 各年相同; 出列率、进度与各部门的核对都以此为分母(60县合计788个) / ' +
      'stock poor villages as the document counts them, the baseline at the end of 2017: published once, for 2017, and the same in every plan year; the denominator of the exit share, of the progress and of the departments’ checks (788 over the 60 counties).',
    unit: 'COUNT',
    measure: null,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
    fixed: true,
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
      '文件确定的存量贫困人口, 即2017年末的基数, 只按2017年发布一次, 各年相同(60县合计65.93万人) / ' +
      'stock poor people as the document counts them, the baseline at the end of 2017: published once, for 2017, and the same in every plan year (659,300 over the 60 counties).',
    unit: 'PERSONS',
    measure: null,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
    fixed: true,
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

/** The document's words for the overall targets (一、总体要求), quoted exactly. */
export const TARGET_WORDS = '确保2020年完成全省非贫困县788个存量贫困村出列、65.93万存量贫困人口脱贫的硬任务';

const rules: RuleDefinition[] = [
  {
    id: 'catalog.allVillagesExited',
    measure: null,
    description: '确保2020年完成存量贫困村全部出列',
    descriptionEn: 'every stock poor village has exited by 2020',
    indicator: 'catalog.villagesExitedShare',
    kind: 'EVERY_UNIT',
    years: [2020],
    words: TARGET_WORDS,
    basis: 'DOCUMENT',
    basisNote:
      '788个、"出列"与2020年为原文; 基数为文件确定的存量, 各年不变。 / 788, 出列 and 2020 are the document’s; the base is the document’s stock, fixed across years.',
    reasons: { denominatorNotPositive: '本县无存量贫困村 / the county has no stock poor village' },
  },
  {
    id: 'catalog.allPeopleLiftedOut',
    measure: null,
    description: '确保2020年完成存量贫困人口全部脱贫',
    descriptionEn: 'every stock poor person is lifted out of poverty by 2020',
    indicator: 'catalog.peopleLiftedOutShare',
    kind: 'EVERY_UNIT',
    years: [2020],
    words: TARGET_WORDS,
    basis: 'DOCUMENT',
    basisNote:
      '65.93万、"脱贫"与2020年为原文; 基数为文件确定的存量, 各年不变。 / 659,300, 脱贫 and 2020 are the document’s; the base is the document’s stock, fixed across years.',
    reasons: { denominatorNotPositive: '本县无存量贫困人口 / the county has no stock poor people' },
  },
];

export const progressModel: DepartmentModel = { indicators, rules };
