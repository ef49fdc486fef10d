/**
 * The provincial units that the guideline names as lead unit (牵头单位) or responsible unit
 * (责任单位) of its 22 measures — every one of them, and no others.
 *
 * Source: shared/seed/000_94590057c0bf6b8b.txt (the document, 2018-07-18); `name` is spelled
 * exactly as there. Names are those of July 2018: several units were renamed or merged in the
 * 2018–2019 institutional reform (e.g. 省卫生计生委 → 省卫生健康委, 湖北保监局 → 湖北银保监局,
 * 省国土资源厅 → 省自然资源厅), but the document's names are kept.
 *
 * Which subgraph publishes a unit's figures is not recorded here: that is the departments' code,
 * declared in each department's folder and written by `npm run compose` to
 * `schema/departments.json` (each department part's `publishers`).
 */

export interface DepartmentRecord {
  /** Stable short id, used by measures' lead/responsible lists. */
  id: string;
  /** Chinese name exactly as in the document. */
  name: string;
  nameEn: string;
}

export const departments: DepartmentRecord[] = [
  { id: 'finance', name: '省财政厅', nameEn: 'Hubei Provincial Department of Finance' },
  { id: 'development-reform', name: '省发改委', nameEn: 'Hubei Provincial Development and Reform Commission' },
  { id: 'environment', name: '省环保厅', nameEn: 'Hubei Provincial Department of Environmental Protection' },
  { id: 'housing', name: '省住建厅', nameEn: 'Hubei Provincial Department of Housing and Urban-Rural Development' },
  { id: 'transport', name: '省交通运输厅', nameEn: 'Hubei Provincial Department of Transport' },
  { id: 'water', name: '省水利厅', nameEn: 'Hubei Provincial Department of Water Resources' },
  { id: 'agriculture', name: '省农业厅', nameEn: 'Hubei Provincial Department of Agriculture' },
  { id: 'forestry', name: '省林业厅', nameEn: 'Hubei Provincial Department of Forestry' },
  { id: 'tourism', name: '省旅游委', nameEn: 'Hubei Provincial Tourism Development Commission' },
  { id: 'poverty-office', name: '省扶贫办', nameEn: 'Hubei Provincial Poverty Alleviation and Development Office' },
  { id: 'economy-it', name: '省经信委', nameEn: 'Hubei Provincial Commission of Economy and Information Technology' },
  {
    id: 'sasac',
    name: '省国资委',
    nameEn: 'Hubei Provincial State-owned Assets Supervision and Administration Commission',
  },
  { id: 'power-grid', name: '省电力公司', nameEn: 'State Grid Hubei Electric Power Company' },
  { id: 'land-resources', name: '省国土资源厅', nameEn: 'Hubei Provincial Department of Land and Resources' },
  { id: 'migration', name: '省移民局', nameEn: 'Hubei Provincial Resettlement Bureau' },
  { id: 'education', name: '省教育厅', nameEn: 'Hubei Provincial Department of Education' },
  { id: 'health', name: '省卫生计生委', nameEn: 'Hubei Provincial Health and Family Planning Commission' },
  { id: 'civil-affairs', name: '省民政厅', nameEn: 'Hubei Provincial Department of Civil Affairs' },
  { id: 'culture', name: '省文化厅', nameEn: 'Hubei Provincial Department of Culture' },
  { id: 'pboc-wuhan', name: '人民银行武汉分行', nameEn: "People's Bank of China Wuhan Branch" },
  { id: 'cbirc-hubei', name: '湖北保监局', nameEn: 'Hubei Bureau of the China Insurance Regulatory Commission' },
];
