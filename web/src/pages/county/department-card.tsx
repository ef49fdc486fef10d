import {
  BasisTag,
  MeasureLink,
  Provenance,
  SAMPLE_TITLE,
  SampleBadge,
  StatusChip,
  type FigureSource,
} from '../../components/status';
import type { DepartmentView } from '../../departments';
import { chinesePart, explainRule, formatDifference, formatNumber, formatValue, type Unit } from '../../format';
import type { RuleResultFieldsFragment } from '../../gql/graphql';

export interface IndicatorMeta {
  id: string;
  name: string;
  unit: Unit;
  /** Published by a department, or derived from two others (a RATIO: `numerator`, `denominator`). */
  published?: boolean;
  numerator?: { id: string } | null;
  denominator?: { id: string } | null;
}

/** One figure's current value as published, or the sample: `observations` of a county view. */
export interface ViewObservation extends FigureSource {
  indicator: { id: string };
  year: number;
  value: number;
}

/** A view's count of the document's stock beside the province's one stock (`baselineChecks`). */
export interface BaselineCheckView {
  indicator: { id: string };
  baseline: string;
  value: number | null;
  stock: number | null;
  difference: number | null;
  tolerance: number;
  withinTolerance: boolean | null;
}

/**
 * A department's view of a county: its typed figures (`specialBudgetShare`, …), sample flag,
 * where each figure comes from (`observations`), the stock checks of a view that restates the
 * stock (`baselineChecks`) and the rule results.
 */
export interface CountyView {
  year: number;
  sample: boolean;
  rules: readonly RuleResultFieldsFragment[];
  observations?: readonly ViewObservation[];
  baselineChecks?: readonly BaselineCheckView[];
  [figure: string]: unknown;
}

const NOT_FIGURES = new Set(['__typename', 'year', 'sample', 'rules', 'observations', 'baselineChecks']);

/**
 * Where a figure comes from: its current observation (published, with revision, publisher and
 * time, or sample); a derived one has none, and names the published figures it is computed from
 * (`from`) and whether any of them is sample.
 */
export type FigureOrigin =
  | { kind: 'observation'; source: ViewObservation }
  | { kind: 'derived'; from: string[]; sample: boolean }
  | { kind: 'none' };

/** The current observation of each indicator in the view's year: the highest revision. */
function currentObservations(view: CountyView): Map<string, ViewObservation> {
  const byId = new Map<string, ViewObservation>();
  for (const o of view.observations ?? []) {
    if (o.year !== view.year) continue;
    const known = byId.get(o.indicator.id);
    if (!known || o.revision > known.revision) byId.set(o.indicator.id, o);
  }
  return byId;
}

/** The published indicators a derived one is computed from, however deep (a ratio of ratios). */
function publishedParts(id: string, byId: ReadonlyMap<string, IndicatorMeta>, seen = new Set<string>()): string[] {
  if (seen.has(id)) return [];
  seen.add(id);
  const indicator = byId.get(id);
  if (!indicator || indicator.published !== false) return [id];
  return [indicator.numerator?.id, indicator.denominator?.id].flatMap((part) =>
    part ? publishedParts(part, byId, seen) : [],
  );
}

/**
 * The typed figures of a view, named and ordered as the catalogue lists the department's
 * indicators, each with where it comes from.
 */
export function figuresOf(view: CountyView, department: DepartmentView, indicators: readonly IndicatorMeta[]) {
  const order = new Map(indicators.map((indicator, index) => [indicator.id, index]));
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const observations = currentObservations(view);
  return Object.entries(view)
    .filter(([field]) => !NOT_FIGURES.has(field))
    .map(([field, value]) => {
      const id = `${department.prefix}.${field}`;
      const known = byId.get(id);
      const observation = observations.get(id);
      let origin: FigureOrigin = { kind: 'none' };
      if (observation) origin = { kind: 'observation', source: observation };
      else if (known?.published === false && typeof value === 'number') {
        const parts = publishedParts(id, byId).filter((part) => part !== id);
        origin = {
          kind: 'derived',
          from: parts.map((part) => byId.get(part)?.name ?? part),
          sample: parts.some((part) => observations.get(part)?.sample === true),
        };
      }
      return {
        id,
        field,
        value: typeof value === 'number' ? value : null,
        name: known?.name ?? field,
        unit: known?.unit ?? ('COUNT' as Unit),
        order: order.get(id) ?? Number.MAX_SAFE_INTEGER,
        origin,
      };
    })
    .sort((a, b) => a.order - b.order);
}

/**
 * How much of a view is sample, by its figures' current observations: every one, some of them,
 * none (all published), or `empty` when it has no observation at all (nothing reported).
 */
export function sampleShare(view: CountyView): 'all' | 'some' | 'none' | 'empty' {
  const current = [...currentObservations(view).values()];
  if (current.length === 0) return view.sample ? 'all' : 'empty';
  const sample = current.filter((o) => o.sample).length;
  if (sample === current.length) return 'all';
  return sample > 0 || view.sample ? 'some' : 'none';
}

/** The view's counts of the stock that are off the province's by more than the tolerance. */
export function stockDisagreements(view: CountyView): BaselineCheckView[] {
  return (view.baselineChecks ?? []).filter((check) => check.withinTolerance === false);
}

/** `存量与全省不一致：贫困村 部门报 27 个，全省存量 26 个（差 1 个，容差 ±2%）`. */
export function describeDisagreement(check: BaselineCheckView, indicator: IndicatorMeta | undefined): string {
  const unit = indicator?.unit ?? 'COUNT';
  const difference =
    check.difference === null
      ? ''
      : `差 ${check.difference > 0 ? '+' : ''}${formatDifference(check.difference, unit)}，`;
  return (
    `存量与全省不一致：${indicator?.name ?? check.indicator.id} 部门报 ${formatValue(check.value, unit)}，` +
    `全省存量 ${formatValue(check.stock, unit)}（${difference}容差 ±${formatNumber(check.tolerance, 2)}%）`
  );
}

/** What the card's header says of sample data: the whole view, or part of it. */
function ViewSampleHint({ view }: { view: CountyView }) {
  const share = sampleShare(view);
  if (share === 'none' || share === 'empty') return null;
  return share === 'all' ? (
    <SampleBadge />
  ) : (
    <SampleBadge
      label="部分数据为样例"
      title={`部分数字为样例数据，其余为部门发布；见各数字旁的标注 · ${SAMPLE_TITLE}`}
    />
  );
}

/** A figure's provenance in its row: the observation's badge, or for a derived figure what it is computed from. */
function FigureOriginCell({ origin }: { origin: FigureOrigin }) {
  switch (origin.kind) {
    case 'observation':
      return <Provenance source={origin.source} />;
    case 'derived':
      return (
        <>
          <span
            className="derived"
            title={`由其他数字计算：${origin.from.join('、')} / derived from the figures it divides`}
          >
            计算
          </span>
          <SampleBadge
            show={origin.sample}
            label="样例"
            title={`计算所用数字中有样例数据 / computed from sample figures · ${SAMPLE_TITLE}`}
          />
        </>
      );
    case 'none':
      return null;
  }
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
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const disagreements = stockDisagreements(view);
  const notMet = view.rules.filter((result) => result.status === 'NOT_MET').length;
  const notApplicable = view.rules.filter((result) => result.status === 'NOT_APPLICABLE').length;
  // Every rule not applicable (a poverty county, …): one line with the reason, not a row per rule.
  const reasons = [...new Set(view.rules.map((result) => chinesePart(result.reason ?? '')).filter(Boolean))];
  const noneApplies = view.rules.length > 0 && notApplicable === view.rules.length;
  return (
    <article className="card" data-testid={`department-${department.field}`} aria-label={department.name}>
      <header>
        <h3>
          {department.name} <ViewSampleHint view={view} />
        </h3>
        {measures}
      </header>
      {disagreements.length > 0 && (
        <div className="state state-partial baseline-warning" role="note" data-testid="baseline-warning">
          {disagreements.map((check) => (
            <p key={check.indicator.id} data-indicator={check.indicator.id}>
              {describeDisagreement(check, byId.get(check.indicator.id))}
            </p>
          ))}
          <p className="note">本部门以此为分母的规则所用存量与全省不同，应予核实。</p>
        </div>
      )}
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
                <BasisTag basis={result.rule.basis} note={result.rule.basisNote} words={result.rule.words} />
                <SampleBadge
                  show={result.sample}
                  label="样例"
                  title={`本条结果用到样例数据 / this result rests on sample figures · ${SAMPLE_TITLE}`}
                />
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
        <summary>报送及计算数据</summary>
        <table>
          <tbody>
            {figuresOf(view, department, indicators).map((figure) => (
              <tr key={figure.field} data-figure={figure.id} data-origin={figure.origin.kind}>
                <th scope="row">{figure.name}</th>
                <td>{formatValue(figure.value, figure.unit)}</td>
                <td className="provenance">
                  <FigureOriginCell origin={figure.origin} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </article>
  );
}
