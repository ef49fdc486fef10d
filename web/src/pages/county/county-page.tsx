import {
  Failure,
  Loading,
  MissingNotice,
  SAMPLE_TITLE,
  SampleBadge,
  YearPicker,
  errorMessages,
} from '../../components/status';
import { DEPARTMENT_VIEWS, viewBySubgraph } from '../../departments';
import { formatNumber, formatPersons } from '../../format';
import { missingDepartments } from '../../graphql/missing';
import { useQuery } from '../../graphql/use-query';
import { href } from '../../router';
import { AssessmentPanel } from './assessment-panel';
import { DepartmentCard, sampleShare, type CountyView } from './department-card';
import { CountyPageQuery } from './county.queries';

const KIND = {
  DISTRICT: '市辖区',
  COUNTY_LEVEL_CITY: '县级市',
  COUNTY: '县',
  AUTONOMOUS_COUNTY: '自治县',
  FORESTRY_DISTRICT: '林区',
} as const;
const POVERTY = { NATIONAL: '国家级贫困县', PROVINCIAL: '省级贫困县', NONE: '非贫困县' } as const;

export function CountyPage({ code, year }: { code: string; year: number }) {
  const { loading, data, errors, failure, refetch } = useQuery(CountyPageQuery, { code, year });

  if (failure) return <Failure message={failure} retry={refetch} />;
  if (!data) {
    if (loading) return <Loading what="县级数据" />;
    return <MissingNotice missing={[]} detail={errorMessages(errors)} />;
  }
  const county = data.county;
  if (!county) {
    return (
      <div className="state state-failure" role="alert">
        {errors.length > 0 ? (
          <MissingNotice missing={[]} detail={errorMessages(errors)} />
        ) : (
          <p>未找到代码为 {code} 的县（市、区）。</p>
        )}
        <a href={href({ page: 'province', year })}>返回全省概览</a>
      </div>
    );
  }
  // Whose figures are missing: a department whose view did not arrive, or one the assessment could not read.
  const missingViews = [
    ...missingDepartments(errors, [county]),
    ...(county.assessment?.unavailableDepartments ?? []).map((d) => viewBySubgraph(d.subgraph)),
  ];
  const missing = DEPARTMENT_VIEWS.filter((view) => missingViews.includes(view));
  const assessed = county.povertyStatus === 'NONE' && county.hasTasks;
  // How much of the departments' figures is sample: all of it says so once, part of it points to the figures' badges.
  const shares = DEPARTMENT_VIEWS.flatMap((d) => {
    const view = county[d.field] as CountyView | null | undefined;
    const share = view ? sampleShare(view) : 'empty';
    return share === 'empty' ? [] : [share];
  });
  const sampleHint = shares.every((share) => share === 'none')
    ? null
    : shares.every((share) => share === 'all')
      ? '各部门数据均为样例'
      : '部分数据为样例';

  return (
    <div className="page page-county" data-testid="county-page">
      <nav className="breadcrumb" aria-label="位置">
        <a href={href({ page: 'province', year })}>全省概览</a> › {county.prefecture.name} › {county.name}
      </nav>
      <header className="page-header">
        <h1>
          {county.name} <small>{county.code}</small>
        </h1>
        <p className="tags">
          <span>{county.prefecture.name}</span>
          <span>{KIND[county.kind]}</span>
          <span>
            {POVERTY[county.povertyStatus]}
            {county.povertyExitYear && `（${county.povertyExitYear} 年脱贫摘帽）`}
          </span>
          <span>{county.hasTasks ? '有扶贫任务' : '无扶贫任务（可更正）'}</span>
          {county.code2018 && <span>2018 年代码 {county.code2018}</span>}
        </p>
        {county.stockPoorVillages !== null && (
          <p className="stock" data-testid="county-stock">
            存量贫困村 {formatNumber(county.stockPoorVillages, 0)} 个，存量贫困人口{' '}
            {county.stockPoorPopulation === null ? '暂无数据' : formatPersons(county.stockPoorPopulation)}
            <SampleBadge
              show={county.stockSample}
              label="样例"
              title="存量为样例数据：文件只给出60县合计788个村、65.93万人，分县数按规则生成 / the per-county stock is a sample split of the document's totals"
            />
          </p>
        )}
      </header>

      <div className="panel-title">
        <h2>{year} 年考核评估与各部门数据</h2>
        <YearPicker year={year} link={(y) => href({ page: 'county', code, year: y })} />
      </div>

      <MissingNotice missing={missing} detail={errorMessages(errors)} />

      <AssessmentPanel
        assessment={county.assessment ?? null}
        errors={errors}
        year={year}
        why={
          assessed
            ? '考核评估暂不可用（考核服务未应答），请稍后重试。'
            : `本县不参加考核：文件考核的是有扶贫任务的非贫困县，本县为${
                county.povertyStatus === 'NONE' ? '无扶贫任务的非贫困县' : POVERTY[county.povertyStatus]
              }。`
        }
      />

      <h2 className="section-title">
        各部门数据与规则结果 · {year} 年{' '}
        {sampleHint && (
          <SampleBadge
            label={sampleHint}
            title={`每个数字旁标明其来源：样例，或部门发布的版次、发布者与时间 · ${SAMPLE_TITLE}`}
          />
        )}
      </h2>
      <div className="departments">
        {DEPARTMENT_VIEWS.map((department) => (
          <DepartmentCard
            key={department.field}
            department={department}
            view={(county[department.field] as CountyView | null) ?? null}
            missing={missing.includes(department)}
            indicators={data.indicators}
            year={year}
          />
        ))}
      </div>
    </div>
  );
}
