import { DEPARTMENT_VIEWS, type DepartmentField, type DepartmentView } from '../departments';
import type { GraphQLErrorEntry } from './client';

type WithViews = Partial<Record<DepartmentField, unknown>>;

/**
 * The departments whose figures did not arrive. The gateway answers what it can when a subgraph
 * is down: that department's views come back null and `errors` says a request failed (without
 * naming the subgraph), so a view that is null for every county asked, in a response with
 * errors, is a department that is missing. A view is never null otherwise: a county without
 * figures gets a view whose rules are NO_DATA.
 */
export function missingDepartments(
  errors: readonly GraphQLErrorEntry[],
  counties: ReadonlyArray<WithViews | null | undefined>,
  asked: readonly DepartmentField[] = DEPARTMENT_VIEWS.map((view) => view.field),
): DepartmentView[] {
  const present = counties.filter((county): county is WithViews => county !== null && county !== undefined);
  if (errors.length === 0 || present.length === 0) return [];
  return DEPARTMENT_VIEWS.filter(
    (view) =>
      asked.includes(view.field) &&
      present.every((county) => county[view.field] === null || county[view.field] === undefined),
  );
}
