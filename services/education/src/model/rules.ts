import type { RuleDefinition } from '@fupin/kit';

/**
 * The quantitative requirements of measure 17 (docs/rules-review.md §4). The document dates none
 * of them; it was issued in July 2018 and runs to 2020, so each holds in 2018, 2019 and 2020, and
 * the one that asks for more (加大) compares 2018 with 2017, the base year.
 */
export const rules: RuleDefinition[] = [
  {
    id: 'education.schoolConstructionSupportIncreased',
    measure: 17,
    description:
      '加大对非贫困县农村教育特别是乡村小规模学校和乡镇寄宿制学校建设支持力度(中央和省级下达的两类学校建设资金高于上年)',
    descriptionEn:
      'Step up support for rural education in non-poverty counties, above all for building small rural schools and township boarding schools (checked as: more central and provincial funds for building them than the year before)',
    indicator: 'education.schoolConstructionFunds',
    kind: 'MORE_THAN_PREVIOUS_YEAR',
    words: '加大对非贫困县农村教育特别是乡村小规模学校和乡镇寄宿制学校建设支持力度',
    basis: 'INTERPRETATION',
    basisNote:
      '"建设支持力度"读作中央和省级下达的两类学校建设资金, "加大"读作高于上年。 / The words 建设支持力度 are read as central and provincial funds for building the two kinds of school, 加大 as more than the year before.',
    years: [2018, 2019, 2020],
  },
  {
    id: 'education.noPoorFamilyDropouts',
    measure: 17,
    description: '切实保障建档立卡等贫困家庭学生顺利完成义务教育(义务教育阶段建档立卡等贫困家庭学生无人辍学)',
    descriptionEn:
      'Make sure students from registered poor and other poor families complete compulsory education (none of them drops out of compulsory education)',
    // The dropout rate rather than the count: a county with no such student then has a zero
    // denominator, and the rule does not apply there. At most 0 % is the same as no dropout.
    indicator: 'education.poorFamilyCompulsoryDropoutRate',
    kind: 'AT_MOST',
    required: 0,
    words: '切实保障建档立卡等贫困家庭学生顺利完成义务教育',
    basis: 'DOCUMENT',
    basisNote:
      '"切实保障…完成义务教育"是对每个学生的要求, 读作当年无辍学(年末已劝返者不计)。 / A requirement on every student, checked as no dropout in the year (a student brought back by year end is not counted).',
    years: [2018, 2019, 2020],
    reasons: {
      denominatorNotPositive:
        '本县无义务教育阶段建档立卡等贫困家庭学生 / no student from a registered poor family in compulsory education in the county',
    },
  },
  {
    id: 'education.nutritionPilotAwardInFull',
    measure: 17,
    description: '对开展营养餐试点的非贫困县,省里统筹中央补助进行奖补(试点县核定的奖补资金全部下达, 到位率100%)',
    descriptionEn:
      'The province pools the central subsidy to award the non-poverty counties that run a nutrition-meal pilot (in a pilot county, the award approved is allocated in full: 100 %)',
    indicator: 'education.nutritionAwardAllocatedShare',
    kind: 'AT_LEAST',
    required: 100,
    words: '对开展营养餐试点的非贫困县,省里统筹中央补助进行奖补',
    basis: 'INTERPRETATION',
    basisNote:
      '"进行奖补"未定金额, 读作省里为试点县核定的奖补全部下达。 / The words 进行奖补 set no amount: read as the award the province approved for a pilot county, paid in full.',
    years: [2018, 2019, 2020],
    appliesWhere: 'education.nutritionPilotCounty',
    // A pilot county with no award approved has had no award.
    whenDenominatorNotPositive: 'NOT_MET',
    reasons: {
      notFlagged: '本县当年未开展营养餐试点 / no nutrition-meal pilot this year',
      denominatorNotPositive:
        '试点县当年未核定营养餐试点奖补资金, 即未获奖补 / a pilot county with no award approved has had no award',
    },
  },
];
