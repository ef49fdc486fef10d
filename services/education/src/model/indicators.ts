import type { IndicatorDefinition } from '@fupin/kit';

/**
 * What 省教育厅 publishes for measure 17, per non-poverty county and year. Counts of schools and
 * amounts of money are those of the year; counts of students are those of the school year that
 * ends in it. Every share is a RATIO of two published figures, so that a prefecture or the
 * province gets the ratio of the sums.
 */
export const indicators: IndicatorDefinition[] = [
  // 结合乡村振兴战略实施,加大对非贫困县农村教育特别是乡村小规模学校和乡镇寄宿制学校建设支持力度,
  // 努力办好老百姓家门口的学校。
  {
    id: 'education.smallRuralSchoolsPlanned',
    name: '年度计划建设改造的乡村小规模学校',
    nameEn: 'Small rural schools planned for building or improvement',
    description:
      "县当年建设改造计划所列的乡村小规模学校个数(新建、改扩建或改善办学条件) / number of small rural schools (乡村小规模学校: village primary schools and teaching points of fewer than 100 pupils) that the county's plan for the year lists for building, extending or improving.",
    unit: 'COUNT',
    measure: 17,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'education.smallRuralSchoolsBuilt',
    name: '当年建成或改造完成的乡村小规模学校',
    nameEn: 'Small rural schools built or improved',
    description:
      '上述计划中到年末已建成或改造完成并验收的乡村小规模学校个数 / number of the planned small rural schools built or improved and accepted by the end of the year.',
    unit: 'COUNT',
    measure: 17,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'education.smallRuralSchoolsBuiltShare',
    name: '乡村小规模学校年度建设改造计划完成率',
    nameEn: "Share of the year's small rural school plan done",
    description:
      '建成或改造完成的乡村小规模学校 ÷ 计划建设改造的乡村小规模学校 × 100 / small rural schools built or improved as a share of those planned for the year.',
    unit: 'PERCENT',
    measure: 17,
    rollup: {
      kind: 'RATIO',
      numerator: 'education.smallRuralSchoolsBuilt',
      denominator: 'education.smallRuralSchoolsPlanned',
      scale: 100,
    },
    min: 0,
    max: 100,
  },
  {
    id: 'education.boardingSchoolsPlanned',
    name: '年度计划建设改造的乡镇寄宿制学校',
    nameEn: 'Township boarding schools planned for building or improvement',
    description:
      "县当年建设改造计划所列的乡镇寄宿制学校个数(含宿舍、食堂等寄宿设施) / number of township boarding schools (乡镇寄宿制学校), with their dormitories and canteens, that the county's plan for the year lists for building, extending or improving.",
    unit: 'COUNT',
    measure: 17,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'education.boardingSchoolsBuilt',
    name: '当年建成或改造完成的乡镇寄宿制学校',
    nameEn: 'Township boarding schools built or improved',
    description:
      '上述计划中到年末已建成或改造完成并验收的乡镇寄宿制学校个数 / number of the planned township boarding schools built or improved and accepted by the end of the year.',
    unit: 'COUNT',
    measure: 17,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'education.boardingSchoolsBuiltShare',
    name: '乡镇寄宿制学校年度建设改造计划完成率',
    nameEn: "Share of the year's township boarding school plan done",
    description:
      '建成或改造完成的乡镇寄宿制学校 ÷ 计划建设改造的乡镇寄宿制学校 × 100 / township boarding schools built or improved as a share of those planned for the year.',
    unit: 'PERCENT',
    measure: 17,
    rollup: {
      kind: 'RATIO',
      numerator: 'education.boardingSchoolsBuilt',
      denominator: 'education.boardingSchoolsPlanned',
      scale: 100,
    },
    min: 0,
    max: 100,
  },
  {
    id: 'education.schoolConstructionFunds',
    name: '乡村小规模学校和乡镇寄宿制学校建设支持资金',
    nameEn: 'Funds for building small rural and township boarding schools',
    description:
      "当年中央和省级下达该县用于乡村小规模学校和乡镇寄宿制学校建设改造的资金(万元), 不含县级自筹 / funds the central and provincial governments allocated to the county in the year for building and improving its small rural schools and township boarding schools, in 万元; the county's own money is not counted.",
    unit: 'WAN_YUAN',
    measure: 17,
    rollup: { kind: 'SUM' },
    min: 0,
  },

  // 完善家庭经济困难学生认定办法和资助资金分配办法,切实保障建档立卡等贫困家庭学生顺利完成义务教育。
  {
    id: 'education.poorFamilyStudents',
    name: '建档立卡等贫困家庭在校学生',
    nameEn: 'Students from registered poor and other poor families',
    description:
      '户籍在该县、在学前教育至高等教育各学段就读的建档立卡等贫困家庭学生人数(建档立卡贫困户, 以及认定办法所列低保、特困供养、贫困残疾人等家庭) / students at any stage from pre-school to higher education whose family is registered in the county as a poor household (建档立卡) or is one of the other families in difficulty the identification rules name (minimum-living-allowance, extreme-poverty and poor disabled families).',
    unit: 'PERSONS',
    measure: 17,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'education.poorFamilyStudentsSupported',
    name: '获得资助的建档立卡等贫困家庭学生',
    nameEn: 'Students from registered poor families supported',
    description:
      '当年至少获得一项学生资助(免学费、助学金、寄宿生生活补助、助学贷款贴息等)的上述学生人数, 每人只计一次 / number of those students who received at least one form of student aid in the year (fee waivers, grants, boarding living allowances, subsidised student loans), each counted once.',
    unit: 'PERSONS',
    measure: 17,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'education.poorFamilyStudentsSupportedShare',
    name: '建档立卡等贫困家庭学生资助覆盖率',
    nameEn: 'Share of students from registered poor families supported',
    description:
      '获得资助的建档立卡等贫困家庭学生 ÷ 建档立卡等贫困家庭在校学生 × 100 / students from registered poor families supported as a share of all of them.',
    unit: 'PERCENT',
    measure: 17,
    rollup: {
      kind: 'RATIO',
      numerator: 'education.poorFamilyStudentsSupported',
      denominator: 'education.poorFamilyStudents',
      scale: 100,
    },
    min: 0,
    max: 100,
  },
  {
    id: 'education.poorFamilyStudentAid',
    name: '建档立卡等贫困家庭学生资助资金',
    nameEn: 'Aid paid to students from registered poor families',
    description:
      '当年发放给上述学生的各级各类资助资金合计(万元), 含中央、省、市、县各级资金 / student aid of every kind and from every level of government paid to those students in the year, in 万元.',
    unit: 'WAN_YUAN',
    measure: 17,
    rollup: { kind: 'SUM' },
    min: 0,
  },
  {
    id: 'education.poorFamilyCompulsoryStudents',
    name: '义务教育阶段建档立卡等贫困家庭学生',
    nameEn: 'Students from registered poor families in compulsory education',
    description:
      '上述学生中处于义务教育阶段(小学和初中)的人数 / those of the students above who are in compulsory education (primary and junior secondary school).',
    unit: 'PERSONS',
    measure: 17,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'education.poorFamilyCompulsoryDropouts',
    name: '义务教育阶段辍学的建档立卡等贫困家庭学生',
    nameEn: 'Students from registered poor families who dropped out of compulsory education',
    description:
      '当年辍学(未完成义务教育而离开学校, 且年末未劝返复学)的义务教育阶段建档立卡等贫困家庭学生人数 / students from registered poor families who left compulsory education before completing it during the year (辍学) and had not been brought back to school by the end of the year.',
    unit: 'PERSONS',
    measure: 17,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },

  {
    id: 'education.poorFamilyCompulsoryDropoutRate',
    name: '义务教育阶段建档立卡等贫困家庭学生辍学率',
    nameEn: 'Dropout rate of students from registered poor families in compulsory education',
    description:
      '辍学的义务教育阶段建档立卡等贫困家庭学生 ÷ 义务教育阶段建档立卡等贫困家庭学生 × 100; 无此类学生时无值 / students from registered poor families who dropped out of compulsory education as a share of those in it; no value where there are none.',
    unit: 'PERCENT',
    measure: 17,
    rollup: {
      kind: 'RATIO',
      numerator: 'education.poorFamilyCompulsoryDropouts',
      denominator: 'education.poorFamilyCompulsoryStudents',
      scale: 100,
    },
    min: 0,
    max: 100,
  },

  // 对开展营养餐试点的非贫困县,省里统筹中央补助进行奖补。
  {
    id: 'education.nutritionPilotCounty',
    name: '开展营养餐试点的非贫困县',
    nameEn: 'Nutrition-meal pilot county',
    description:
      '该县当年是否开展农村义务教育学生营养改善计划(营养餐)地方试点: 是为1, 否为0; 汇总为试点县个数 / 1 when the county runs a local pilot of the rural compulsory-education nutrition-meal programme (营养餐试点) in the year, 0 when it does not; rolled up, the number of pilot counties.',
    unit: 'COUNT',
    measure: 17,
    rollup: { kind: 'SUM' },
    min: 0,
    max: 1,
    integer: true,
  },
  {
    id: 'education.nutritionPilotStudents',
    name: '营养餐试点受益学生',
    nameEn: 'Students in the nutrition-meal pilot',
    description:
      "当年在试点学校享受营养餐的农村义务教育学生人数; 非试点县为0 / rural compulsory-education students who received the pilot's meals in the year; 0 in a county without a pilot.",
    unit: 'PERSONS',
    measure: 17,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'education.nutritionAwardApproved',
    name: '核定的营养餐试点奖补资金',
    nameEn: 'Nutrition-meal pilot award approved',
    description:
      "省里按试点受益学生人数和奖补标准为该县核定的当年营养餐试点奖补资金(万元); 非试点县为0 / the award (奖补) for the county's nutrition-meal pilot that the province approved for the year from the number of pupils in the pilot and its award rate, in 万元; 0 in a county without a pilot.",
    unit: 'WAN_YUAN',
    measure: 17,
    rollup: { kind: 'SUM' },
    min: 0,
  },
  {
    id: 'education.nutritionAwardAllocated',
    name: '省里统筹中央补助下达的营养餐试点奖补资金',
    nameEn: 'Nutrition-meal pilot award allocated by the province',
    description:
      "省里统筹中央补助, 当年实际下达到该县的营养餐试点奖补资金(万元); 非试点县为0 / the award for the county's nutrition-meal pilot that the province, pooling the central subsidy, actually allocated to the county in the year, in 万元; 0 in a county without a pilot.",
    unit: 'WAN_YUAN',
    measure: 17,
    rollup: { kind: 'SUM' },
    min: 0,
  },
  {
    id: 'education.nutritionAwardAllocatedShare',
    name: '营养餐试点奖补资金到位率',
    nameEn: 'Share of the nutrition-meal pilot award allocated',
    description:
      '下达的奖补资金 ÷ 核定的奖补资金 × 100 / the award allocated as a share of the award approved; no value where none was approved.',
    unit: 'PERCENT',
    measure: 17,
    rollup: {
      kind: 'RATIO',
      numerator: 'education.nutritionAwardAllocated',
      denominator: 'education.nutritionAwardApproved',
      scale: 100,
    },
    min: 0,
    max: 100,
  },
];
