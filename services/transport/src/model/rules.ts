import type { RuleDefinition } from '@fupin/kit';

/**
 * The quantitative requirements of measure 11, as docs/rules-review.md §2 reads them. The
 * document dates three (2019 and 2020; by 2019) and they stand on its words. For the two it asks
 * to reach "as soon as possible" (尽快实现) it names no year: they are read as due by 2020, the
 * document's horizon (确保2020年完成…), and marked INTERPRETATION; before that the shares are shown
 * without a verdict. "加快推进4A级以上景区通二级及以上公路建设" asks for faster building, not for
 * every spot reached by some year, so its share is a figure without a rule.
 *
 * The per-township and per-village requirements are checked on each unit (EVERY_UNIT), not on
 * the average km, which a county can reach while one township gets less than its 10 km.
 */
export const rules: RuleDefinition[] = [
  {
    id: 'transport.everyTownshipWithTasksUpgraded10Km',
    measure: 11,
    description:
      '2019年、2020年,每年对非贫困县有扶贫任务的乡镇实施不少于10公里提档升级工程(每个有扶贫任务的乡镇都达到)',
    descriptionEn:
      'In 2019 and in 2020, at least 10 km of road upgrades a year for every township with poverty-alleviation tasks (each township on its own km)',
    indicator: 'transport.townshipsUpgraded10KmShare',
    kind: 'EVERY_UNIT',
    words: '2019年、2020年,每年对非贫困县有扶贫任务的乡镇实施不少于10公里',
    basis: 'DOCUMENT',
    basisNote:
      '10公里、"每年"、2019年和2020年均为原文, 要求针对每个有扶贫任务的乡镇。/ 10 km, "each year", 2019 and 2020 are the document\'s; the requirement is on each township with tasks.',
    years: [2019, 2020],
    reasons: { denominatorNotPositive: '本县无有扶贫任务的乡镇 / no township with tasks' },
  },
  {
    id: 'transport.everyPoorVillageUpgraded1Km',
    measure: 11,
    description: '2019年、2020年,每年对非贫困县贫困村实施不少于1公里提档升级工程(每个存量贫困村都达到, 出列后仍计)',
    descriptionEn:
      'In 2019 and in 2020, at least 1 km of road upgrades a year for every poor village (each stock poor village, exited ones included, on its own km)',
    indicator: 'transport.poorVillagesUpgraded1KmShare',
    kind: 'EVERY_UNIT',
    words: '2019年、2020年,每年对非贫困县有扶贫任务的乡镇实施不少于10公里、贫困村不少于1公里提档升级工程',
    basis: 'DOCUMENT',
    basisNote:
      '1公里与年份为原文; 贫困村读作文件的788个存量贫困村, 出列后仍计; 另一读法为尚未出列的贫困村, 此读法尚有疑问。/ 1 km and the years are the document\'s; 贫困村 is read as the document\'s 788 stock poor villages, exited ones included. This reading is uncertain: "villages not yet exited" is the other one.',
    years: [2019, 2020],
    reasons: { denominatorNotPositive: '本县无存量贫困村 / no stock poor village' },
  },
  {
    id: 'transport.accessProjectsArrangedShare',
    measure: 11,
    description:
      '对非贫困县乡镇和行政村规模以上自然村通畅工程“十三五”规划项目提前一年安排完毕,确保2019年分解落实到位(2019年、2020年全部项目分解落实)',
    descriptionEn:
      'Every 13th-five-year-plan access project for townships and natural villages above scale arranged a year early and assigned by 2019 (all of them in 2019 and 2020)',
    indicator: 'transport.accessProjectsArrangedShare',
    kind: 'EVERY_UNIT',
    words: '对非贫困县乡镇和行政村规模以上自然村通畅工程“十三五”规划项目提前一年安排完毕,确保2019年分解落实到位',
    basis: 'DOCUMENT',
    basisNote:
      '"提前一年安排完毕""确保2019年分解落实到位"给出全部项目与2019年, 2020年仍须全部到位。/ all projects and 2019 are the document\'s; they must still be assigned in 2020.',
    years: [2019, 2020],
    reasons: { denominatorNotPositive: '本县无通畅工程“十三五”规划项目 / no planned access project' },
  },
  {
    id: 'transport.townshipsOnClassTwoRoadsShare',
    measure: 11,
    description: '尽快实现非贫困县有扶贫任务的乡镇通二级公路(每个有扶贫任务的乡镇; 文件未定年限, 按2020年考察)',
    descriptionEn:
      'Every township with tasks reached by a class-II road as soon as possible (the document sets no year; checked in 2020, its horizon)',
    indicator: 'transport.townshipsOnClassTwoRoadsShare',
    kind: 'EVERY_UNIT',
    words: '尽快实现非贫困县有扶贫任务的乡镇通二级公路',
    basis: 'INTERPRETATION',
    basisNote:
      '"实现"指全部乡镇, "尽快"未定年限, 读作不晚于文件期限2020年。/ 实现 means every township; 尽快 sets no year and is read as no later than the document\'s horizon, 2020.',
    years: [2020],
    reasons: { denominatorNotPositive: '本县无有扶贫任务的乡镇 / no township with tasks' },
  },
  {
    id: 'transport.naturalVillagesWithHardenedRoadsShare',
    measure: 11,
    description: '尽快实现非贫困县规模以上自然村通硬化路(每个规模以上自然村; 文件未定年限, 按2020年考察)',
    descriptionEn:
      'Every natural village above scale reached by a hardened road as soon as possible (no year set; checked in 2020)',
    indicator: 'transport.naturalVillagesWithHardenedRoadsShare',
    kind: 'EVERY_UNIT',
    words: '尽快实现非贫困县有扶贫任务的乡镇通二级公路,规模以上自然村通硬化路',
    basis: 'INTERPRETATION',
    basisNote:
      '"尽快"的读法同乡镇通二级公路一条(不晚于2020年, 每个都达到); "规模以上"的标准不在文件中, 取省定标准。/ 尽快 is read as for the class-II roads (every one, no later than 2020); the size threshold of 规模以上 is not in the document and comes from the province\'s standard.',
    years: [2020],
    reasons: { denominatorNotPositive: '本县无规模以上自然村 / no natural village above scale' },
  },
];
