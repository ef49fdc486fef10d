// The department views of a county (`County.finance(year)`, …): which subgraph answers each, and
// whose figures they are. Generated from schema/departments.json into src/gql/departments.ts
// (`npm run codegen -w @fupin/web`), so no page names a department, and built into the dashboard
// rather than read from the catalog, so that it can still name a department whose subgraph (or
// the catalog itself) is down.
import { DEPARTMENT_VIEWS, type DepartmentView } from './gql/departments';

export { DEPARTMENT_VIEWS, type DepartmentField, type DepartmentView } from './gql/departments';

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
