import type { IndicatorDefinition } from '@fupin/kit';

/**
 * What 省交通运输厅 publishes for measure 11, per non-poverty county and year. Kilometres, and
 * the townships and poor villages that got their 10 km / 1 km, are those of the year; other
 * counts are the state at the year's end. Every share is a RATIO of two published counts, so
 * that a prefecture or the province gets the ratio of the sums.
 */
export const indicators: IndicatorDefinition[] = [
  // 2019年、2020年,每年对非贫困县有扶贫任务的乡镇实施不少于10公里、贫困村不少于1公里提档升级工程。
  {
    id: 'transport.townshipsWithTasks',
    name: '有扶贫任务的乡镇',
    nameEn: 'Townships with poverty-alleviation tasks',
    description:
      '县内有扶贫任务的乡镇个数(年末) / number of townships (乡镇) in the county that carry poverty-alleviation tasks, at the end of the year.',
    unit: 'COUNT',
    measure: 11,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'transport.townshipsWithTasksUpgraded10Km',
    name: '当年实施提档升级不少于10公里的有扶贫任务的乡镇',
    nameEn: 'Townships with tasks that got at least 10 km of road upgrades in the year',
    description:
      '当年实施公路提档升级工程不少于10公里的有扶贫任务的乡镇个数 / number of townships with tasks for which at least 10 km of road were upgraded (提档升级) during the year, each township counted on its own km.',
    unit: 'COUNT',
    measure: 11,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'transport.townshipsUpgraded10KmShare',
    name: '有扶贫任务的乡镇提档升级不少于10公里比例',
    nameEn: 'Share of townships with tasks that got at least 10 km of upgrades',
    description:
      '当年提档升级不少于10公里的有扶贫任务的乡镇 ÷ 有扶贫任务的乡镇 × 100 / townships with tasks that got at least 10 km of upgrades in the year as a share of all townships with tasks.',
    unit: 'PERCENT',
    measure: 11,
    rollup: {
      kind: 'RATIO',
      numerator: 'transport.townshipsWithTasksUpgraded10Km',
      denominator: 'transport.townshipsWithTasks',
      scale: 100,
    },
    min: 0,
    max: 100,
  },
  {
    id: 'transport.townshipRoadUpgradeKm',
    name: '有扶贫任务的乡镇提档升级工程里程',
    nameEn: 'Road upgrades for townships with tasks',
    description:
      '当年为有扶贫任务的乡镇实施的公路提档升级工程里程(公里) / kilometres of road upgraded (提档升级) during the year for the townships with tasks, all of them together.',
    unit: 'KM',
    measure: 11,
    rollup: { kind: 'SUM' },
    min: 0,
  },
  {
    id: 'transport.poorVillages',
    name: '贫困村',
    nameEn: 'Poor villages',
    description:
      "本厅统计的县内贫困村个数, 即文件所说的存量贫困村(全省非贫困县788个, 出列后仍计入); 县级视图将其与目录的存量贫困村基数比较, 相差超过2%即标出 / the department's own count of the poor villages in the county: the stock poor villages of the document (788 across the non-poverty counties), still counted after they exit. The county's view compares it with the catalog's stock and flags a difference of more than 2 %.",
    unit: 'COUNT',
    measure: 11,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
    baseline: 'STOCK_POOR_VILLAGES',
  },
  {
    id: 'transport.poorVillagesUpgraded1Km',
    name: '当年实施提档升级不少于1公里的贫困村',
    nameEn: 'Poor villages that got at least 1 km of road upgrades in the year',
    description:
      '上述贫困村中当年实施公路提档升级工程不少于1公里的个数 / number of those poor villages for which at least 1 km of road was upgraded during the year, each village counted on its own km.',
    unit: 'COUNT',
    measure: 11,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'transport.poorVillagesUpgraded1KmShare',
    name: '贫困村提档升级不少于1公里比例',
    nameEn: 'Share of poor villages that got at least 1 km of upgrades',
    description:
      '当年提档升级不少于1公里的贫困村 ÷ 贫困村 × 100 / poor villages that got at least 1 km of upgrades in the year as a share of all poor villages.',
    unit: 'PERCENT',
    measure: 11,
    rollup: {
      kind: 'RATIO',
      numerator: 'transport.poorVillagesUpgraded1Km',
      denominator: 'transport.poorVillages',
      scale: 100,
    },
    min: 0,
    max: 100,
  },
  {
    id: 'transport.poorVillageRoadUpgradeKm',
    name: '贫困村提档升级工程里程',
    nameEn: 'Road upgrades for poor villages',
    description:
      '当年为贫困村实施的公路提档升级工程里程(公里) / kilometres of road upgraded during the year for the poor villages, all of them together.',
    unit: 'KM',
    measure: 11,
    rollup: { kind: 'SUM' },
    min: 0,
  },
  {
    id: 'transport.roadUpgradeKmPerTownship',
    name: '每个有扶贫任务的乡镇提档升级里程',
    nameEn: 'Road upgrade km per township with tasks',
    description:
      '乡镇提档升级里程 ÷ 有扶贫任务的乡镇个数, 仅供参考(规则按每个乡镇考察) / km upgraded for the townships with tasks divided by their number: the average a township received in the year, for context (the rule counts each township).',
    unit: 'KM',
    measure: 11,
    rollup: {
      kind: 'RATIO',
      numerator: 'transport.townshipRoadUpgradeKm',
      denominator: 'transport.townshipsWithTasks',
      scale: 1,
    },
    min: 0,
  },
  {
    id: 'transport.roadUpgradeKmPerPoorVillage',
    name: '每个贫困村提档升级里程',
    nameEn: 'Road upgrade km per poor village',
    description:
      '贫困村提档升级里程 ÷ 贫困村个数, 仅供参考(规则按每个贫困村考察) / km upgraded for the poor villages divided by their number: the average a poor village received in the year, for context (the rule counts each village).',
    unit: 'KM',
    measure: 11,
    rollup: {
      kind: 'RATIO',
      numerator: 'transport.poorVillageRoadUpgradeKm',
      denominator: 'transport.poorVillages',
      scale: 1,
    },
    min: 0,
  },

  // 对非贫困县乡镇和行政村规模以上自然村通畅工程"十三五"规划项目提前一年安排完毕,确保2019年分解落实到位。
  {
    id: 'transport.accessProjectsPlanned',
    name: '乡镇和行政村规模以上自然村通畅工程"十三五"规划项目',
    nameEn: 'Planned access projects (13th five-year plan)',
    description:
      '"十三五"规划中该县乡镇和行政村规模以上自然村的通畅工程项目个数 / number of access-road projects (通畅工程) the 13th five-year plan (2016–2020) lists for the county\'s townships and for the natural villages above scale of its administrative villages.',
    unit: 'COUNT',
    measure: 11,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'transport.accessProjectsArranged',
    name: '已安排并分解落实的通畅工程"十三五"规划项目',
    nameEn: 'Access projects arranged and assigned',
    description:
      '截至年末已安排并分解落实到位的上述规划项目个数(累计) / number of those planned projects arranged and assigned down to the implementing units (分解落实到位) by the end of the year, cumulative.',
    unit: 'COUNT',
    measure: 11,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'transport.accessProjectsArrangedShare',
    name: '通畅工程"十三五"规划项目分解落实比例',
    nameEn: 'Share of planned access projects arranged',
    description:
      '已分解落实的项目 ÷ 规划项目 × 100 / projects arranged and assigned as a share of the planned projects.',
    unit: 'PERCENT',
    measure: 11,
    rollup: {
      kind: 'RATIO',
      numerator: 'transport.accessProjectsArranged',
      denominator: 'transport.accessProjectsPlanned',
      scale: 100,
    },
    min: 0,
    max: 100,
  },

  // 尽快实现非贫困县有扶贫任务的乡镇通二级公路,规模以上自然村通硬化路。
  {
    id: 'transport.townshipsOnClassTwoRoads',
    name: '通二级公路的有扶贫任务的乡镇',
    nameEn: 'Townships with tasks reached by a class-II road',
    description:
      '年末已通二级(及以上)公路的有扶贫任务的乡镇个数 / number of townships with tasks whose seat is reached by a class-II (二级) or better road at the end of the year.',
    unit: 'COUNT',
    measure: 11,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'transport.townshipsOnClassTwoRoadsShare',
    name: '有扶贫任务的乡镇通二级公路比例',
    nameEn: 'Share of townships with tasks on class-II roads',
    description:
      '通二级公路的有扶贫任务的乡镇 ÷ 有扶贫任务的乡镇 × 100 / townships with tasks reached by a class-II road as a share of all townships with tasks.',
    unit: 'PERCENT',
    measure: 11,
    rollup: {
      kind: 'RATIO',
      numerator: 'transport.townshipsOnClassTwoRoads',
      denominator: 'transport.townshipsWithTasks',
      scale: 100,
    },
    min: 0,
    max: 100,
  },
  {
    id: 'transport.naturalVillagesAboveScale',
    name: '规模以上自然村',
    nameEn: 'Natural villages above scale',
    description:
      "县内行政村所辖规模以上自然村个数(年末) / number of natural villages (自然村) above the province's size threshold in the county's administrative villages, at the end of the year.",
    unit: 'COUNT',
    measure: 11,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'transport.naturalVillagesWithHardenedRoads',
    name: '通硬化路的规模以上自然村',
    nameEn: 'Natural villages above scale reached by a hardened road',
    description:
      '年末已通硬化路的规模以上自然村个数 / number of those natural villages reached by a hardened (paved) road at the end of the year.',
    unit: 'COUNT',
    measure: 11,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'transport.naturalVillagesWithHardenedRoadsShare',
    name: '规模以上自然村通硬化路比例',
    nameEn: 'Share of natural villages above scale on hardened roads',
    description:
      '通硬化路的规模以上自然村 ÷ 规模以上自然村 × 100 / natural villages above scale reached by a hardened road as a share of all of them.',
    unit: 'PERCENT',
    measure: 11,
    rollup: {
      kind: 'RATIO',
      numerator: 'transport.naturalVillagesWithHardenedRoads',
      denominator: 'transport.naturalVillagesAboveScale',
      scale: 100,
    },
    min: 0,
    max: 100,
  },

  // 完善非贫困县旅游公路建设,加快推进4A级以上景区通二级及以上公路建设。
  {
    id: 'transport.scenicSpots4APlus',
    name: '4A级以上景区',
    nameEn: '4A-or-above scenic spots',
    description:
      '县内4A级及5A级旅游景区个数(年末) / number of tourist attractions rated 4A or 5A in the county, at the end of the year.',
    unit: 'COUNT',
    measure: 11,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'transport.scenicSpots4APlusOnClassTwoRoads',
    name: '通二级及以上公路的4A级以上景区',
    nameEn: '4A-or-above scenic spots reached by a class-II or better road',
    description:
      '年末已通二级及以上公路的4A级以上景区个数 / number of those scenic spots reached by a class-II or better road at the end of the year.',
    unit: 'COUNT',
    measure: 11,
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },
  {
    id: 'transport.scenicSpots4APlusOnClassTwoRoadsShare',
    name: '4A级以上景区通二级及以上公路比例',
    nameEn: 'Share of 4A-or-above scenic spots on class-II or better roads',
    description:
      '通二级及以上公路的4A级以上景区 ÷ 4A级以上景区 × 100, 仅作进度展示(文件只要求加快推进, 不设规则) / 4A-or-above scenic spots reached by a class-II or better road as a share of all of them: progress only, since the document asks to speed the building up and sets no share or year, so no rule reads it.',
    unit: 'PERCENT',
    measure: 11,
    rollup: {
      kind: 'RATIO',
      numerator: 'transport.scenicSpots4APlusOnClassTwoRoads',
      denominator: 'transport.scenicSpots4APlus',
      scale: 100,
    },
    min: 0,
    max: 100,
  },
];
