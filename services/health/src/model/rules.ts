import type { RuleDefinition } from '@fupin/kit';

/**
 * The quantitative requirements of measures 18 and 19, as docs/rules-review.md §5 reads them.
 *
 * Measure 18 asks for full coverage "按要求" but names no year. Coverage is read as due by 2020,
 * the document's horizon and the deadline of 两不愁、三保障 (basic medical care among them); the
 * project supplies that year, so both rules are INTERPRETATION, and 2018 and 2019 show the shares
 * without a verdict.
 *
 * Measure 19's 只增不减 holds in each year the document is in force, 2018–2020; 2018 is compared
 * with 2017, the base year the kit keeps for the funds.
 */
export const rules: RuleDefinition[] = [
  {
    id: 'health.townshipHealthCentresFullCoverage',
    measure: 18,
    description: '按要求实现非贫困县乡镇卫生院建设全覆盖(每个乡镇; 文件未定年限, 按2020年考察)',
    descriptionEn:
      'Township health centres built as required in every township of the non-poverty counties (no year set; checked in 2020, the end of the campaign)',
    indicator: 'health.townshipHealthCentreCoverage',
    kind: 'EVERY_UNIT',
    words: '按要求实现非贫困县乡镇卫生院和村级卫生室建设全覆盖',
    basis: 'INTERPRETATION',
    basisNote:
      '"全覆盖"为原文, 文件未定年限, 按"两不愁、三保障"与2020年期限读作2020年; "按要求"所指标准不在文件中。/ 全覆盖 is the document\'s, but it sets no year; read as 2020 from 两不愁、三保障 and the 2020 horizon. The standard that 按要求 refers to is not in the document.',
    years: [2020],
    reasons: { denominatorNotPositive: '本县(区)无乡镇, 只有街道 / an urban district with sub-districts only' },
  },
  {
    id: 'health.villageClinicsFullCoverage',
    measure: 18,
    description: '按要求实现非贫困县村级卫生室建设全覆盖(每个行政村; 文件未定年限, 按2020年考察)',
    descriptionEn:
      'Village clinics built as required in every administrative village of the non-poverty counties (no year set; checked in 2020)',
    indicator: 'health.villageClinicCoverage',
    kind: 'EVERY_UNIT',
    words: '按要求实现非贫困县乡镇卫生院和村级卫生室建设全覆盖',
    basis: 'INTERPRETATION',
    basisNote:
      '同乡镇卫生院一条: "全覆盖"为原文, 年限读作2020年, "按要求"所指标准不在文件中。/ as for the township health centres: 全覆盖 is the document\'s, the year is read as 2020, and the standard 按要求 refers to is not in the document.',
    years: [2020],
    reasons: {
      denominatorNotPositive: '本县(区)无行政村, 只有社区 / no administrative village: urban communities only',
    },
  },
  {
    id: 'health.medicalAssistanceFundsNotDecreasing',
    measure: 19,
    description: '医疗救助补助资金向非贫困县倾斜,确保资金总数只增不减(每年不低于上年, 2018年对2017年)',
    descriptionEn:
      'Medical-assistance subsidy funds lean towards the non-poverty counties and their total never falls (each year at least the year before; 2018 against 2017)',
    indicator: 'health.medicalAssistanceFunds',
    kind: 'NOT_LESS_THAN_PREVIOUS_YEAR',
    words: '医疗救助补助资金向非贫困县倾斜,确保资金总数只增不减',
    basis: 'DOCUMENT',
    basisNote:
      '"只增不减"即不低于上年, 每年考察, 2018年对2017年; "总数"按每县及非贫困县合计考察。/ 只增不减 means never below the year before, checked every year, 2018 against 2017. 总数 is checked for each county and for the non-poverty counties\' total; the per-county check is the stricter reading.',
    years: [2018, 2019, 2020],
  },
];
