// The six department views of a county (`County.finance(year)`, …): which subgraph answers each,
// and whose figures they are. Kept here, not only read from the catalog, so that the dashboard can
// still name a department whose subgraph (or the catalog itself) is down.

export type DepartmentField = 'finance' | 'transport' | 'water' | 'education' | 'health' | 'financeInsurance';

export interface DepartmentView {
  /** The field on `County`, `Prefecture` and `Province`. */
  field: DepartmentField;
  /** The subgraph that serves it, as named in the supergraph and in `Department.subgraph`. */
  subgraph: string;
  /** Indicator and rule ids start with this and a dot: `finance-insurance.countyLoansIssued`. */
  prefix: string;
  /** Who publishes it, in Chinese. */
  name: string;
  /** The measures it answers for. */
  measures: number[];
}

export const DEPARTMENT_VIEWS: readonly DepartmentView[] = [
  { field: 'finance', subgraph: 'finance', prefix: 'finance', name: '省财政厅', measures: [1, 2, 3, 4] },
  { field: 'transport', subgraph: 'transport', prefix: 'transport', name: '省交通运输厅', measures: [11] },
  { field: 'water', subgraph: 'water', prefix: 'water', name: '省水利厅', measures: [12] },
  { field: 'education', subgraph: 'education', prefix: 'education', name: '省教育厅', measures: [17] },
  { field: 'health', subgraph: 'health', prefix: 'health', name: '省卫生计生委、省民政厅', measures: [18, 19] },
  {
    field: 'financeInsurance',
    subgraph: 'finance-insurance',
    prefix: 'finance-insurance',
    name: '人民银行武汉分行、湖北保监局',
    measures: [21, 22],
  },
];

/** The catalog subgraph: the document, divisions and the catalogue of indicators and rules. */
export const CATALOG_NAME = '省扶贫办（政策目录与区划）';

export function viewBySubgraph(subgraph: string | null | undefined): DepartmentView | undefined {
  return DEPARTMENT_VIEWS.find((view) => view.subgraph === subgraph);
}

export function viewByRuleId(ruleId: string): DepartmentView | undefined {
  const prefix = ruleId.slice(0, ruleId.indexOf('.'));
  return DEPARTMENT_VIEWS.find((view) => view.prefix === prefix);
}

export const YEARS = [2018, 2019, 2020] as const;
export const DEFAULT_YEAR = 2019;

/** A plan year from a route's `?year=`, or the default. */
export function planYear(value: string | null | undefined): number {
  const year = Number(value);
  return (YEARS as readonly number[]).includes(year) ? year : DEFAULT_YEAR;
}
