import type { RuleDefinition } from '@fupin/kit';

/**
 * The quantitative requirements of measures 18 and 19.
 *
 * Measure 18 asks for full coverage "按要求" but names no year. The requirement it refers to is
 * the campaign's (基本医疗有保障, part of 两不愁、三保障), whose deadline the document states
 * for all its tasks: 2020 (确保2020年完成…出列…脱贫). Coverage is therefore judged in 2020;
 * 2018 and 2019 show the shares without a verdict, as progress.
 *
 * Measure 19's 只增不减 compares a year with the one before. The document dates from July 2018
 * and 2017 is outside the plan, so the rule holds in 2019 (against 2018) and 2020 (against 2019).
 */
export const rules: RuleDefinition[] = [
  {
    id: 'health.townshipHealthCentresFullCoverage',
    measure: 18,
    description: '按要求实现非贫困县乡镇卫生院建设全覆盖(文件未定年限, 按2020年即攻坚期末覆盖率100%考察)',
    descriptionEn:
      'Township health centres built as required in every township of the non-poverty counties (no year set; checked as 100 % coverage in 2020, the end of the campaign)',
    indicator: 'health.townshipHealthCentreCoverage',
    comparison: 'AT_LEAST',
    required: 100,
    years: [2020],
  },
  {
    id: 'health.villageClinicsFullCoverage',
    measure: 18,
    description: '按要求实现非贫困县村级卫生室建设全覆盖(文件未定年限, 按2020年覆盖率100%考察)',
    descriptionEn:
      'Village clinics built as required in every administrative village of the non-poverty counties (no year set; checked as 100 % coverage in 2020)',
    indicator: 'health.villageClinicCoverage',
    comparison: 'AT_LEAST',
    required: 100,
    years: [2020],
  },
  {
    id: 'health.medicalAssistanceFundsNotDecreasing',
    measure: 19,
    description: '医疗救助补助资金向非贫困县倾斜,确保资金总数只增不减(当年不低于上年, 2019年、2020年)',
    descriptionEn:
      'Medical-assistance subsidy funds lean towards the non-poverty counties and their total never falls (each year at least the year before, in 2019 and 2020)',
    indicator: 'health.medicalAssistanceFunds',
    comparison: 'AT_LEAST',
    required: 'PREVIOUS_YEAR',
    years: [2019, 2020],
  },
];
