import type { RuleDefinition } from '@fupin/kit';

/**
 * The quantitative requirements of measure 17. The document dates none of them; it was issued
 * in July 2018 and runs to 2020, so a requirement that holds every year is checked for 2018,
 * 2019 and 2020, and one that asks for more than before (加大) from 2019, against 2018.
 */
export const rules: RuleDefinition[] = [
  {
    id: 'education.schoolConstructionFundsNotDecreasing',
    measure: 17,
    description:
      '加大对非贫困县农村教育特别是乡村小规模学校和乡镇寄宿制学校建设支持力度(按中央和省级下达的建设资金不低于上年考察)',
    descriptionEn:
      'Step up support for rural education in non-poverty counties, above all for building small rural schools and township boarding schools (checked as: the central and provincial funds for building them no lower than the year before)',
    indicator: 'education.schoolConstructionFunds',
    comparison: 'AT_LEAST',
    required: 'PREVIOUS_YEAR',
    years: [2019, 2020],
  },
  {
    id: 'education.noPoorFamilyDropouts',
    measure: 17,
    description: '切实保障建档立卡等贫困家庭学生顺利完成义务教育(义务教育阶段建档立卡等贫困家庭学生辍学人数为0)',
    descriptionEn:
      'Make sure students from registered poor and other poor families complete compulsory education (no such student drops out of compulsory education)',
    indicator: 'education.poorFamilyCompulsoryDropouts',
    comparison: 'AT_MOST',
    required: 0,
    years: [2018, 2019, 2020],
  },
  {
    id: 'education.nutritionPilotAwardInFull',
    measure: 17,
    description: '对开展营养餐试点的非贫困县,省里统筹中央补助进行奖补(试点县核定的奖补资金全部下达, 到位率100%)',
    descriptionEn:
      'The province pools the central subsidy to award the non-poverty counties that run a nutrition-meal pilot (in a pilot county, the award approved is allocated in full: 100 %)',
    indicator: 'education.nutritionAwardAllocatedShare',
    comparison: 'AT_LEAST',
    required: 100,
    years: [2018, 2019, 2020],
    appliesWhere: 'education.nutritionPilotCounty',
  },
];
