/**
 * SAMPLE per-county stock poor villages (存量贫困村) and stock poor population (存量贫困人口)
 * for the 60 non-poverty counties with tasks. THESE ARE NOT PUBLISHED FIGURES.
 *
 * The document gives only the totals (shared/seed/000_94590057c0bf6b8b.txt: "确保2020年完成
 * 全省非贫困县788个存量贫困村出列、65.93万存量贫困人口脱贫的硬任务"); no per-county breakdown
 * was found. These figures are deterministic and sum exactly to those totals.
 *
 * Method (computed once by a throwaway script; the table below is the result):
 *   - the 60 counties are those of divisions.ts with povertyStatus 'NONE' and hasTasks true;
 *   - h = FNV-1a 32-bit hash of the 6-digit code (ASCII);
 *   - village weight wv = (0.5 + (h mod 1000) / 1000) × k, with k = 0.4 for a DISTRICT and
 *     1.0 for a COUNTY or COUNTY_LEVEL_CITY (rural counties hold more poor villages);
 *   - population weight wp = wv × (0.7 + ((h >>> 10) mod 600) / 1000);
 *   - villages: every county gets 1, the remaining 788 − 60 = 728 are apportioned by wv;
 *     population: 659,300 apportioned by wp; both with the largest-remainder method (ties
 *     broken by code ascending).
 * If the list of counties with tasks changes (see divisions.ts), regenerate this table.
 */

export interface StockSampleRecord {
  stockPoorVillages: number;
  stockPoorPopulation: number;
}

/** Label to show wherever these figures are shown. */
export const SAMPLE_NOTE =
  '样例数据（文件只给出总数，分县数字为按规则生成）/ sample data: the document gives only totals; per-county figures are generated';

/** Keyed by county code (divisions.ts). Sums: 788 villages, 659,300 people. */
export const stockSample: Record<string, StockSampleRecord> = {
  '420111': { stockPoorVillages: 7, stockPoorPopulation: 4191 }, // 洪山区
  '420112': { stockPoorVillages: 9, stockPoorPopulation: 9194 }, // 东西湖区
  '420113': { stockPoorVillages: 5, stockPoorPopulation: 3860 }, // 汉南区
  '420114': { stockPoorVillages: 7, stockPoorPopulation: 6505 }, // 蔡甸区
  '420115': { stockPoorVillages: 10, stockPoorPopulation: 7665 }, // 江夏区
  '420116': { stockPoorVillages: 6, stockPoorPopulation: 3278 }, // 黄陂区
  '420117': { stockPoorVillages: 8, stockPoorPopulation: 7808 }, // 新洲区
  '420202': { stockPoorVillages: 7, stockPoorPopulation: 4034 }, // 黄石港区
  '420203': { stockPoorVillages: 9, stockPoorPopulation: 8963 }, // 西塞山区
  '420204': { stockPoorVillages: 5, stockPoorPopulation: 4334 }, // 下陆区
  '420205': { stockPoorVillages: 7, stockPoorPopulation: 6321 }, // 铁山区
  '420281': { stockPoorVillages: 23, stockPoorPopulation: 19169 }, // 大冶市
  '420502': { stockPoorVillages: 5, stockPoorPopulation: 3022 }, // 西陵区
  '420503': { stockPoorVillages: 9, stockPoorPopulation: 7458 }, // 伍家岗区
  '420504': { stockPoorVillages: 7, stockPoorPopulation: 4942 }, // 点军区
  '420505': { stockPoorVillages: 5, stockPoorPopulation: 3438 }, // 猇亭区
  '420506': { stockPoorVillages: 9, stockPoorPopulation: 8820 }, // 夷陵区
  '420581': { stockPoorVillages: 18, stockPoorPopulation: 11213 }, // 宜都市
  '420582': { stockPoorVillages: 12, stockPoorPopulation: 8817 }, // 当阳市
  '420583': { stockPoorVillages: 22, stockPoorPopulation: 20931 }, // 枝江市
  '420602': { stockPoorVillages: 11, stockPoorPopulation: 11774 }, // 襄城区
  '420606': { stockPoorVillages: 8, stockPoorPopulation: 7171 }, // 樊城区
  '420607': { stockPoorVillages: 11, stockPoorPopulation: 8260 }, // 襄州区
  '420682': { stockPoorVillages: 26, stockPoorPopulation: 26705 }, // 老河口市
  '420683': { stockPoorVillages: 16, stockPoorPopulation: 13088 }, // 枣阳市
  '420684': { stockPoorVillages: 22, stockPoorPopulation: 15411 }, // 宜城市
  '420702': { stockPoorVillages: 8, stockPoorPopulation: 4346 }, // 梁子湖区
  '420703': { stockPoorVillages: 5, stockPoorPopulation: 3388 }, // 华容区
  '420704': { stockPoorVillages: 6, stockPoorPopulation: 4390 }, // 鄂城区
  '420802': { stockPoorVillages: 7, stockPoorPopulation: 3793 }, // 东宝区
  '420804': { stockPoorVillages: 9, stockPoorPopulation: 7333 }, // 掇刀区
  '420822': { stockPoorVillages: 14, stockPoorPopulation: 12751 }, // 沙洋县
  '420881': { stockPoorVillages: 23, stockPoorPopulation: 20609 }, // 钟祥市
  '420882': { stockPoorVillages: 20, stockPoorPopulation: 17476 }, // 京山市
  '420902': { stockPoorVillages: 7, stockPoorPopulation: 6004 }, // 孝南区
  '420923': { stockPoorVillages: 11, stockPoorPopulation: 10091 }, // 云梦县
  '420981': { stockPoorVillages: 19, stockPoorPopulation: 15719 }, // 应城市
  '420982': { stockPoorVillages: 13, stockPoorPopulation: 12070 }, // 安陆市
  '420984': { stockPoorVillages: 17, stockPoorPopulation: 12953 }, // 汉川市
  '421002': { stockPoorVillages: 10, stockPoorPopulation: 6812 }, // 沙市区
  '421003': { stockPoorVillages: 8, stockPoorPopulation: 6067 }, // 荆州区
  '421022': { stockPoorVillages: 22, stockPoorPopulation: 15986 }, // 公安县
  '421024': { stockPoorVillages: 26, stockPoorPopulation: 27408 }, // 江陵县
  '421081': { stockPoorVillages: 19, stockPoorPopulation: 12431 }, // 石首市
  '421083': { stockPoorVillages: 15, stockPoorPopulation: 12626 }, // 洪湖市
  '421087': { stockPoorVillages: 24, stockPoorPopulation: 17700 }, // 松滋市
  '421088': { stockPoorVillages: 10, stockPoorPopulation: 6899 }, // 监利市
  '421102': { stockPoorVillages: 6, stockPoorPopulation: 3997 }, // 黄州区
  '421125': { stockPoorVillages: 17, stockPoorPopulation: 10313 }, // 浠水县
  '421127': { stockPoorVillages: 21, stockPoorPopulation: 19554 }, // 黄梅县
  '421182': { stockPoorVillages: 18, stockPoorPopulation: 18052 }, // 武穴市
  '421202': { stockPoorVillages: 8, stockPoorPopulation: 5480 }, // 咸安区
  '421221': { stockPoorVillages: 22, stockPoorPopulation: 19092 }, // 嘉鱼县
  '421281': { stockPoorVillages: 24, stockPoorPopulation: 25155 }, // 赤壁市
  '421303': { stockPoorVillages: 6, stockPoorPopulation: 4981 }, // 曾都区
  '421321': { stockPoorVillages: 15, stockPoorPopulation: 9108 }, // 随县
  '421381': { stockPoorVillages: 12, stockPoorPopulation: 7702 }, // 广水市
  '429004': { stockPoorVillages: 13, stockPoorPopulation: 10676 }, // 仙桃市
  '429005': { stockPoorVillages: 23, stockPoorPopulation: 24142 }, // 潜江市
  '429006': { stockPoorVillages: 26, stockPoorPopulation: 27824 }, // 天门市
};
