import type { RuleDefinition } from '@fupin/kit';

/**
 * The quantitative requirements of measure 11. The document dates two of them (2019 and 2020;
 * by 2019); for the three it asks to reach "as soon as possible" (尽快实现, 加快推进) it names no
 * year, and they are checked at the end of the plan, 2020, the year by which the document wants
 * every stock poor village out (确保2020年完成…出列). Before that the shares are shown without a verdict.
 */
export const rules: RuleDefinition[] = [
  {
    id: 'transport.roadUpgradeKmPerTownship',
    measure: 11,
    description:
      '2019年、2020年,每年对非贫困县有扶贫任务的乡镇实施不少于10公里提档升级工程(按每个有扶贫任务的乡镇平均里程考察)',
    descriptionEn:
      'In 2019 and in 2020, at least 10 km of road upgrades a year for each township with poverty-alleviation tasks (checked on the km per township with tasks)',
    indicator: 'transport.roadUpgradeKmPerTownship',
    comparison: 'AT_LEAST',
    required: 10,
    years: [2019, 2020],
  },
  {
    id: 'transport.roadUpgradeKmPerPoorVillage',
    measure: 11,
    description: '2019年、2020年,每年对非贫困县贫困村实施不少于1公里提档升级工程(按每个贫困村平均里程考察)',
    descriptionEn:
      'In 2019 and in 2020, at least 1 km of road upgrades a year for each poor village (checked on the km per poor village)',
    indicator: 'transport.roadUpgradeKmPerPoorVillage',
    comparison: 'AT_LEAST',
    required: 1,
    years: [2019, 2020],
  },
  {
    id: 'transport.accessProjectsArrangedShare',
    measure: 11,
    description:
      '对非贫困县乡镇和行政村规模以上自然村通畅工程"十三五"规划项目提前一年安排完毕,确保2019年分解落实到位(2019年、2020年分解落实比例100%)',
    descriptionEn:
      'All 13th-five-year-plan access projects for townships and natural villages above scale arranged a year early and assigned by 2019 (100 % in 2019 and 2020)',
    indicator: 'transport.accessProjectsArrangedShare',
    comparison: 'AT_LEAST',
    required: 100,
    years: [2019, 2020],
  },
  {
    id: 'transport.townshipsOnClassTwoRoadsShare',
    measure: 11,
    description: '尽快实现非贫困县有扶贫任务的乡镇通二级公路(文件未定年限, 按2020年即规划和攻坚期末全部通达考察)',
    descriptionEn:
      'Every township with tasks reached by a class-II road as soon as possible (the document sets no year; checked as 100 % by 2020, the end of the plan and of the campaign)',
    indicator: 'transport.townshipsOnClassTwoRoadsShare',
    comparison: 'AT_LEAST',
    required: 100,
    years: [2020],
  },
  {
    id: 'transport.naturalVillagesWithHardenedRoadsShare',
    measure: 11,
    description: '尽快实现非贫困县规模以上自然村通硬化路(文件未定年限, 按2020年全部通达考察)',
    descriptionEn:
      'Every natural village above scale reached by a hardened road as soon as possible (no year set; checked as 100 % by 2020)',
    indicator: 'transport.naturalVillagesWithHardenedRoadsShare',
    comparison: 'AT_LEAST',
    required: 100,
    years: [2020],
  },
  {
    id: 'transport.scenicSpots4APlusOnClassTwoRoadsShare',
    measure: 11,
    description: '加快推进4A级以上景区通二级及以上公路建设(文件未定年限, 按2020年全部通达考察)',
    descriptionEn:
      'Speed up class-II-or-better roads to 4A-or-above scenic spots (no year set; checked as 100 % by 2020)',
    indicator: 'transport.scenicSpots4APlusOnClassTwoRoadsShare',
    comparison: 'AT_LEAST',
    required: 100,
    years: [2020],
  },
];
