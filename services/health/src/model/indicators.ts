import type { IndicatorDefinition } from '@fupin/kit';

/**
 * What 省卫生计生委 (measure 18) and 省民政厅 (measure 19) publish per non-poverty county and
 * year. Counts are the state at the year's end; funds are those allocated for the year. Every
 * share is a RATIO of two published counts, so that a prefecture or the province gets the
 * ratio of the sums.
 */
export const indicators: IndicatorDefinition[] = [
  // 18. 加强非贫困县基层医疗卫生机构建设,按要求实现非贫困县乡镇卫生院和村级卫生室建设全覆盖。
  {
    id: 'health.townships',
    name: '乡镇',
    nameEn: 'Townships',
    description:
      '县内乡镇(乡、镇, 不含街道)个数(年末), 即应有乡镇卫生院之处 / number of townships (乡 and 镇, not urban sub-districts 街道) in the county at the end of the year: the places that should each have a township health centre.',
    unit: 'COUNT',
    measure: 18,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'health.townshipsWithStandardHealthCentre',
    name: '乡镇卫生院建设达标的乡镇',
    nameEn: 'Townships with a township health centre built to standard',
    description:
      '年末有一所按要求建设达标的乡镇卫生院(政府举办, 业务用房和设备达到建设标准)的乡镇个数 / number of townships with a government-run township health centre (乡镇卫生院) built as required (按要求: premises and equipment meeting the construction standard) at the end of the year.',
    unit: 'COUNT',
    measure: 18,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'health.townshipHealthCentreCoverage',
    name: '乡镇卫生院建设覆盖率',
    nameEn: 'Township health centre coverage',
    description:
      '乡镇卫生院建设达标的乡镇 ÷ 乡镇 × 100 / townships with a township health centre built to standard as a share of all townships.',
    unit: 'PERCENT',
    measure: 18,
    rollup: {
      kind: 'RATIO',
      numerator: 'health.townshipsWithStandardHealthCentre',
      denominator: 'health.townships',
      scale: 100,
    },
    min: 0,
    max: 100,
  },
  {
    id: 'health.administrativeVillages',
    name: '行政村',
    nameEn: 'Administrative villages',
    description:
      '县内行政村个数(年末), 即应有村级卫生室之处 / number of administrative villages (行政村) in the county at the end of the year: the places that should each have a village clinic.',
    unit: 'COUNT',
    measure: 18,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'health.villagesWithStandardClinic',
    name: '村级卫生室建设达标的行政村',
    nameEn: 'Administrative villages with a village clinic built to standard',
    description:
      '年末有按要求建设达标的村级卫生室(或乡镇卫生院设在本村、按规定不另设卫生室)的行政村个数 / number of administrative villages with a village clinic (村级卫生室) built as required at the end of the year, counting a village where the township health centre itself stands and no separate clinic is required.',
    unit: 'COUNT',
    measure: 18,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'health.villageClinicCoverage',
    name: '村级卫生室建设覆盖率',
    nameEn: 'Village clinic coverage',
    description:
      '村级卫生室建设达标的行政村 ÷ 行政村 × 100 / administrative villages with a village clinic built to standard as a share of all administrative villages.',
    unit: 'PERCENT',
    measure: 18,
    rollup: {
      kind: 'RATIO',
      numerator: 'health.villagesWithStandardClinic',
      denominator: 'health.administrativeVillages',
      scale: 100,
    },
    min: 0,
    max: 100,
  },

  // 19. 医疗救助补助资金向非贫困县倾斜,确保资金总数只增不减。
  {
    id: 'health.medicalAssistanceFunds',
    name: '医疗救助补助资金',
    nameEn: 'Medical-assistance subsidy funds',
    description:
      '当年分配下达该县的医疗救助补助资金(中央和省级合计, 万元) / medical-assistance subsidy funds (医疗救助补助资金) allocated to the county for the year, central and provincial together, in 万元 (10,000 yuan).',
    unit: 'WAN_YUAN',
    measure: 19,
    rollup: { kind: 'SUM' },
    min: 0,
  },
  {
    id: 'health.stockPoorPopulation',
    name: '存量贫困人口',
    nameEn: 'Stock poor population',
    description:
      "本厅(省民政厅)统计的县内存量贫困人口, 按文件的2018年基数(60个非贫困县共65.93万人, 脱贫后仍计入), 各年相同, 为人均资金的分母; 县级视图将其与目录的存量贫困人口基数比较, 相差超过2%即标出 / the department's own count of the county's stock poor population as the document counts it (2018 baseline, 659,300 across the 60 non-poverty counties, still counted after people are lifted out), the same figure every year: the base of funds per person. The county's view compares it with the catalog's stock and flags a difference of more than 2 %.",
    unit: 'PERSONS',
    measure: 19,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
    baseline: 'STOCK_POOR_POPULATION',
  },
  {
    id: 'health.medicalAssistanceFundsPerStockPoorPerson',
    name: '存量贫困人口人均医疗救助补助资金',
    nameEn: 'Medical-assistance funds per stock poor person',
    description:
      '医疗救助补助资金 × 10000 ÷ 存量贫困人口(元/人), 用以观察资金是否"向非贫困县倾斜"; 文件未定标准, 不设规则 / medical-assistance funds in yuan divided by the stock poor population: how far the funds lean towards non-poverty counties (向非贫困县倾斜). The document sets no threshold, so no rule reads it.',
    unit: 'YUAN',
    measure: 19,
    rollup: {
      kind: 'RATIO',
      numerator: 'health.medicalAssistanceFunds',
      denominator: 'health.stockPoorPopulation',
      scale: 10000,
    },
    min: 0,
  },
];
