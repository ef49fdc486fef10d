import {
  BasisTag,
  Failure,
  Loading,
  MissingNotice,
  SampleBadge,
  StatusChip,
  YearPicker,
  errorMessages,
} from '../../components/status';
import { DEPARTMENT_VIEWS, viewBySubgraph, type DepartmentField } from '../../departments';
import { BASIS_LABEL, UNIT_LABEL, describeRequirement } from '../../format';
import type { MeasurePageQuery as MeasurePageData } from '../../gql/graphql';
import { missingDepartments } from '../../graphql/missing';
import { useQuery } from '../../graphql/use-query';
import { href, navigate } from '../../router';
import { MeasurePageQuery, MeasureStandingQuery } from './measure.queries';
import { RuleChart, type CountyResult } from './rule-chart';

const ROLLUP = { SUM: '合计', MEAN: '平均', RATIO: '比率（分子合计 ÷ 分母合计）' } as const;

type Measure = NonNullable<MeasurePageData['measure']>;

export function MeasurePage({ number, year }: { number: number; year: number }) {
  const page = useQuery(MeasurePageQuery, { number });
  const measure = page.data?.measure ?? null;

  if (page.failure) return <Failure message={page.failure} retry={page.refetch} />;
  if (!page.data) {
    if (page.loading) return <Loading what="措施" />;
    return <MissingNotice missing={[]} detail={errorMessages(page.errors)} />;
  }
  if (!measure) {
    return (
      <div className="state state-failure" role="alert">
        <p>
          文件没有第 {number} 条措施（共 {page.data.measures.length} 条）。
        </p>
        <a href={href({ page: 'province', year })}>返回全省概览</a>
      </div>
    );
  }
  return (
    <div className="page page-measure" data-testid="measure-page">
      <nav className="breadcrumb" aria-label="位置">
        <a href={href({ page: 'province', year })}>全省概览</a> › 措施 › 第 {measure.number} 条
      </nav>
      <nav className="measure-index" aria-label="全部措施">
        {page.data.measures.map((m) => (
          <a
            key={m.number}
            href={href({ page: 'measure', number: m.number, year })}
            className={m.number === measure.number ? 'active' : undefined}
          >
            {m.number}
          </a>
        ))}
      </nav>
      <header className="page-header">
        <h1>
          第 {measure.number} 条 <small>{measure.group.title}</small>
        </h1>
        <blockquote className="measure-text">{measure.text}</blockquote>
        <Departments measure={measure} />
      </header>
      <MissingNotice missing={[]} detail={errorMessages(page.errors)} />
      <Indicators measure={measure} />
      <Standing measure={measure} year={year} />
    </div>
  );
}

function Departments({ measure }: { measure: Measure }) {
  return (
    <dl className="departments-of-measure">
      <dt>牵头单位</dt>
      <dd>
        {measure.leadDepartments.length ? measure.leadDepartments.map((d) => d.name).join('、') : '文件未列牵头单位'}
      </dd>
      {measure.responsibleDepartments.length > 0 && (
        <>
          <dt>责任单位</dt>
          <dd>{measure.responsibleDepartments.map((d) => d.name).join('、')}</dd>
        </>
      )}
    </dl>
  );
}

function Indicators({ measure }: { measure: Measure }) {
  if (measure.indicators.length === 0) {
    return (
      <section className="panel">
        <h2>指标</h2>
        <p className="note">本条措施尚无部门报送指标（牵头部门暂未接入）。</p>
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="indicators-title">
      <h2 id="indicators-title">指标（{measure.indicators.length} 项）</h2>
      <table className="indicators">
        <thead>
          <tr>
            <th scope="col">指标</th>
            <th scope="col">单位</th>
            <th scope="col">汇总方式</th>
            <th scope="col">来源</th>
            <th scope="col">报送部门</th>
          </tr>
        </thead>
        <tbody>
          {measure.indicators.map((indicator) => (
            <tr key={indicator.id}>
              <td>
                {indicator.name}
                <br />
                <code>{indicator.id}</code>
              </td>
              <td>{UNIT_LABEL[indicator.unit]}</td>
              <td>{ROLLUP[indicator.rollup]}</td>
              <td>{indicator.published ? '部门报送' : '由报送数据计算'}</td>
              <td>{indicator.department?.name ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Standing({ measure, year }: { measure: Measure; year: number }) {
  const fields = new Set<DepartmentField>(
    measure.rules.flatMap((rule) => {
      const view = viewBySubgraph(rule.indicator.department?.subgraph);
      return view ? [view.field] : [];
    }),
  );
  const include = Object.fromEntries(DEPARTMENT_VIEWS.map((view) => [view.field, fields.has(view.field)])) as Record<
    DepartmentField,
    boolean
  >;
  const standing = useQuery(MeasureStandingQuery, { year, ...include }, fields.size === 0);

  if (measure.rules.length === 0) {
    return (
      <section className="panel">
        <h2>各县执行情况</h2>
        <p className="note">本条措施尚无量化规则。</p>
      </section>
    );
  }
  const counties = standing.data?.counties ?? [];
  const missing = missingDepartments(standing.errors, counties, [...fields]);
  const sample = counties.some((county) => DEPARTMENT_VIEWS.some((view) => county[view.field]?.sample));

  return (
    <section className="panel" aria-labelledby="standing-title">
      <div className="panel-title">
        <h2 id="standing-title">
          各县执行情况 · {year} 年 <SampleBadge show={sample} />
        </h2>
        <YearPicker year={year} link={(y) => href({ page: 'measure', number: measure.number, year: y })} />
      </div>
      <p className="note">
        60
        个有扶贫任务的非贫困县；柱为实际数（绿：达标，红：未达标；无数据、不适用的县不画），黑色短线为要求。点击柱子查看该县。
      </p>
      {standing.failure && <Failure message={standing.failure} retry={standing.refetch} />}
      <MissingNotice missing={missing} detail={errorMessages(standing.errors)} />
      {standing.loading && !standing.data && <Loading what="各县规则结果" />}
      {measure.rules.map((rule) => {
        const view = viewBySubgraph(rule.indicator.department?.subgraph);
        const results: CountyResult[] = counties.flatMap((county) => {
          const result = view ? county[view.field]?.rules.find((r) => r.rule.id === rule.id) : undefined;
          return result ? [{ code: county.code, name: county.name, ...result }] : [];
        });
        const count = (status: string) => results.filter((r) => r.status === status).length;
        const applies = rule.years.includes(year);
        return (
          <article key={rule.id} className="rule-standing" data-rule={rule.id}>
            <h3>
              {rule.description} <BasisTag basis={rule.basis} note={rule.basisNote} words={rule.words} />
            </h3>
            <p className="rule-meta">
              要求 {describeRequirement(rule.kind, rule.threshold ?? null, rule.indicator.unit)}（{rule.indicator.name}
              ）· 考察年份 {rule.years.join('、')} · {rule.indicator.department?.name}
            </p>
            <p className="rule-meta basis-note" data-basis={rule.basis}>
              依据：{BASIS_LABEL[rule.basis]}——{rule.basisNote}
            </p>
            {!applies ? (
              <p className="note">
                本规则不考察 {year} 年：
                {rule.years.map((y) => (
                  <a key={y} href={href({ page: 'measure', number: measure.number, year: y })}>
                    查看 {y} 年
                  </a>
                ))}
              </p>
            ) : view && missing.includes(view) ? (
              <p className="missing">数据暂缺：{view.name}的数据服务未响应。</p>
            ) : results.length > 0 ? (
              <>
                <p className="counts">
                  <StatusChip status="MET" /> {count('MET')} 县 <StatusChip status="NOT_MET" /> {count('NOT_MET')} 县{' '}
                  <StatusChip status="NO_DATA" /> {count('NO_DATA')} 县 <StatusChip status="NOT_APPLICABLE" />{' '}
                  {count('NOT_APPLICABLE')} 县
                </p>
                <RuleChart
                  title={rule.description}
                  unit={rule.indicator.unit}
                  results={results}
                  onCountyClick={(code) => navigate({ page: 'county', code, year })}
                />
              </>
            ) : (
              !standing.loading && <p className="note">本年无结果。</p>
            )}
          </article>
        );
      })}
    </section>
  );
}
