import { useMemo } from 'react';
import { Failure, Loading, MissingNotice, SampleBadge, YearPicker, errorMessages } from '../../components/status';
import { DEPARTMENT_VIEWS } from '../../departments';
import { formatNumber, formatPersons, formatShare } from '../../format';
import { missingDepartments } from '../../graphql/missing';
import { useQuery } from '../../graphql/use-query';
import { href } from '../../router';
import { STANDING_BASIS, STANDING_IS_PROVISIONAL, rankByScore, standingFromRules } from '../province/standing';
import { DepartmentCard, type CountyView } from './department-card';
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

  // PROVISIONAL rank among the 60 non-poverty counties with tasks; `County.assessment(year) { rank }` replaces it.
  const rank = useMemo(() => {
    if (!data) return null;
    const ranked = rankByScore(data.peers.map((peer) => ({ code: peer.code, standing: standingFromRules(peer) })));
    const own = ranked.find((peer) => peer.code === data.county?.code);
    return own ? { ...own, of: ranked.filter((peer) => peer.rank !== null).length } : null;
  }, [data]);

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
  const missing = missingDepartments(errors, [county]);
  const anySample = DEPARTMENT_VIEWS.some((d) => county[d.field]?.sample);

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
          <p className="stock">
            存量贫困村 {formatNumber(county.stockPoorVillages, 0)} 个，存量贫困人口{' '}
            {county.stockPoorPopulation === null ? '暂无数据' : formatPersons(county.stockPoorPopulation)}
            <SampleBadge />
          </p>
        )}
      </header>

      <div className="panel-title">
        <h2>
          {year} 年各部门数据与规则结果 <SampleBadge show={anySample} />
        </h2>
        <YearPicker year={year} link={(y) => href({ page: 'county', code, year: y })} />
      </div>

      <section className="panel county-rank" data-testid="county-rank" aria-label="全省排名">
        {rank?.rank ? (
          <p>
            全省排名{STANDING_IS_PROVISIONAL && '（临时）'}：第 <strong>{rank.rank}</strong> / {rank.of} 名，达标{' '}
            {rank.standing.met} / {rank.standing.judged} 条规则（{formatShare(rank.standing.score ?? 0)}）
            <SampleBadge show={rank.standing.sample} />
          </p>
        ) : (
          <p>全省排名：本县不在 60 个有扶贫任务的非贫困县之列，或本年无可评价的规则结果。</p>
        )}
        {STANDING_IS_PROVISIONAL && (
          <p className="note">
            临时口径：按{STANDING_BASIS}在 60 个有扶贫任务的非贫困县中排名，跨部门考核排名上线后替换。
          </p>
        )}
        {/* SLOT: `County.assessment(year) { score rank shortfalls }` — the assessment's shortfalls list goes here. */}
      </section>

      <MissingNotice missing={missing} detail={errorMessages(errors)} />

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
