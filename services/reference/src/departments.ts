/**
 * The provincial units that the guideline names as lead unit (牵头单位) or responsible unit
 * (责任单位) of its 22 measures — every one of them, and no others.
 *
 * Source: shared/seed/000_94590057c0bf6b8b.txt (the document, 2018-07-18); `name` is spelled
 * exactly as there. Names are those of July 2018: several units were renamed or merged in the
 * 2018–2019 institutional reform (e.g. 省卫生计生委 → 省卫生健康委, 湖北保监局 → 湖北银保监局,
 * 省国土资源厅 → 省自然资源厅), but the document's names are kept.
 * `subgraph`: the subgraph that publishes the unit's data (shared/DOMAIN.md), null if none.
 */

/** The subgraphs of the federation that own a department's data. */
export type SubgraphName = 'catalog' | 'finance' | 'transport' | 'water' | 'education' | 'health' | 'finance-insurance';

export interface DepartmentRecord {
  /** Stable short id, used by measures' lead/responsible lists. */
  id: string;
  /** Chinese name exactly as in the document. */
  name: string;
  nameEn: string;
  subgraph: SubgraphName | null;
}

export const departments: DepartmentRecord[] = [
  { id: 'finance', name: '省财政厅', nameEn: 'Hubei Provincial Department of Finance', subgraph: 'finance' },
  {
    id: 'development-reform',
    name: '省发改委',
    nameEn: 'Hubei Provincial Development and Reform Commission',
    subgraph: null,
  },
  {
    id: 'environment',
    name: '省环保厅',
    nameEn: 'Hubei Provincial Department of Environmental Protection',
    subgraph: null,
  },
  {
    id: 'housing',
    name: '省住建厅',
    nameEn: 'Hubei Provincial Department of Housing and Urban-Rural Development',
    subgraph: null,
  },
  { id: 'transport', name: '省交通运输厅', nameEn: 'Hubei Provincial Department of Transport', subgraph: 'transport' },
  { id: 'water', name: '省水利厅', nameEn: 'Hubei Provincial Department of Water Resources', subgraph: 'water' },
  { id: 'agriculture', name: '省农业厅', nameEn: 'Hubei Provincial Department of Agriculture', subgraph: null },
  { id: 'forestry', name: '省林业厅', nameEn: 'Hubei Provincial Department of Forestry', subgraph: null },
  { id: 'tourism', name: '省旅游委', nameEn: 'Hubei Provincial Tourism Development Commission', subgraph: null },
  {
    id: 'poverty-office',
    name: '省扶贫办',
    nameEn: 'Hubei Provincial Poverty Alleviation and Development Office',
    subgraph: 'catalog',
  },
  {
    id: 'economy-it',
    name: '省经信委',
    nameEn: 'Hubei Provincial Commission of Economy and Information Technology',
    subgraph: null,
  },
  {
    id: 'sasac',
    name: '省国资委',
    nameEn: 'Hubei Provincial State-owned Assets Supervision and Administration Commission',
    subgraph: null,
  },
  { id: 'power-grid', name: '省电力公司', nameEn: 'State Grid Hubei Electric Power Company', subgraph: null },
  {
    id: 'land-resources',
    name: '省国土资源厅',
    nameEn: 'Hubei Provincial Department of Land and Resources',
    subgraph: null,
  },
  { id: 'migration', name: '省移民局', nameEn: 'Hubei Provincial Resettlement Bureau', subgraph: null },
  { id: 'education', name: '省教育厅', nameEn: 'Hubei Provincial Department of Education', subgraph: 'education' },
  {
    id: 'health',
    name: '省卫生计生委',
    nameEn: 'Hubei Provincial Health and Family Planning Commission',
    subgraph: 'health',
  },
  { id: 'civil-affairs', name: '省民政厅', nameEn: 'Hubei Provincial Department of Civil Affairs', subgraph: 'health' },
  { id: 'culture', name: '省文化厅', nameEn: 'Hubei Provincial Department of Culture', subgraph: null },
  {
    id: 'pboc-wuhan',
    name: '人民银行武汉分行',
    nameEn: "People's Bank of China Wuhan Branch",
    subgraph: 'finance-insurance',
  },
  {
    id: 'cbirc-hubei',
    name: '湖北保监局',
    nameEn: 'Hubei Bureau of the China Insurance Regulatory Commission',
    subgraph: 'finance-insurance',
  },
];
