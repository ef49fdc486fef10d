import { BasisTag, MeasureLink, SampleBadge, StatusChip } from '../../components/status';
import type { DepartmentView } from '../../departments';
import { chinesePart, explainRule, formatValue, type Unit } from '../../format';
import type { RuleResultFieldsFragment } from '../../gql/graphql';

export interface IndicatorMeta {
  id: string;
  name: string;
  unit: Unit;
}

/** A department's view of a county: its typed figures (`specialBudgetShare`, …), sample flag and rule results. */
export interface CountyView {
  year: number;
  sample: boolean;
  rules: readonly RuleResultFieldsFragment[];
  [figure: string]: unknown;
}

const NOT_FIGURES = new Set(['__typename', 'year', 'sample', 'rules']);

/** The typed figures of a view, named and ordered as the catalogue lists the department's indicators. */
export function figuresOf(view: CountyView, department: DepartmentView, indicators: readonly IndicatorMeta[]) {
  const byId = new Map(indicators.map((indicator, order) => [indicator.id, { indicator, order }]));
  return Object.entries(view)
    .filter(([field]) => !NOT_FIGURES.has(field))
    .map(([field, value]) => {
      const known = byId.get(`${department.prefix}.${field}`);
      return {
        field,
        value: typeof value === 'number' ? value : null,
        name: known?.indicator.name ?? field,
        unit: known?.indicator.unit ?? ('COUNT' as Unit),
        order: known?.order ?? Number.MAX_SAFE_INTEGER,
      };
    })
    .sort((a, b) => a.order - b.order);
}

export function DepartmentCard({
  department,
  view,
  missing,
  indicators,
  year,
}: {
  department: DepartmentView;
  view: CountyView | null;
  missing: boolean;
  indicators: readonly IndicatorMeta[];
  year: number;
}) {
  const measures = (
    <span className="measures">
      措施{' '}
      {department.measures.map((number, i) => (
        <span key={number}>
          {i > 0 && '、'}
          <MeasureLink number={number} year={year}>
            {number}
          </MeasureLink>
        </span>
      ))}
    </span>
  );
  if (!view) {
    return (
      <article
        className="card card-missing"
        data-testid={`department-${department.field}`}
        aria-label={department.name}
      >
        <header>
          <h3>{department.name}</h3>
          {measures}
        </header>
        <p className="missing">
          {missing ? `数据暂缺：${department.name}的数据服务未响应，请稍后重试。` : '本年无数据。'}
        </p>
      </article>
    );
  }
  const notMet = view.rules.filter((result) => result.status === 'NOT_MET').length;
  const notApplicable = view.rules.filter((result) => result.status === 'NOT_APPLICABLE').length;
  // Every rule not applicable (a poverty county, …): one line with the reason, not a row per rule.
  const reasons = [...new Set(view.rules.map((result) => chinesePart(result.reason ?? '')).filter(Boolean))];
  const noneApplies = view.rules.length > 0 && notApplicable === view.rules.length;
  return (
    <article className="card" data-testid={`department-${department.field}`} aria-label={department.name}>
      <header>
        <h3>
          {department.name} <SampleBadge show={view.sample} />
        </h3>
        {measures}
      </header>
      <h4>
        规则结果
        {view.rules.length > 0 &&
          (noneApplies
            ? `（${view.rules.length} 条，均不适用）`
            : `（${view.rules.length} 条，未达标 ${notMet} 条${notApplicable > 0 ? `，不适用 ${notApplicable} 条` : ''}）`)}
      </h4>
      {view.rules.length === 0 ? (
        <p className="note">本年无考察规则。</p>
      ) : noneApplies ? (
        <p className="note not-applicable" data-testid="rules-not-applicable">
          不适用：{reasons.length > 0 ? reasons.join('；') : `本年 ${view.rules.length} 条规则均不适用`}
        </p>
      ) : (
        <ul className="rules">
          {view.rules.map((result) => (
            <li
              key={result.rule.id}
              className={`rule rule-${result.status.toLowerCase().replace('_', '-')}`}
              data-rule={result.rule.id}
              data-status={result.status}
            >
              <div>
                <StatusChip status={result.status} /> {result.rule.description}{' '}
                <BasisTag basis={result.rule.basis} note={result.rule.basisNote} />
              </div>
              <div className="explanation">
                {explainRule({
                  status: result.status,
                  actual: result.actual,
                  required: result.required,
                  gap: result.gap,
                  kind: result.rule.kind,
                  unit: result.rule.indicator.unit,
                  reason: result.reason,
                })}
              </div>
            </li>
          ))}
        </ul>
      )}
      <details className="figures" open>
        <summary>
          报送及计算数据 <SampleBadge show={view.sample} />
        </summary>
        <table>
          <tbody>
            {figuresOf(view, department, indicators).map((figure) => (
              <tr key={figure.field}>
                <th scope="row">{figure.name}</th>
                <td>{formatValue(figure.value, figure.unit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </article>
  );
}
