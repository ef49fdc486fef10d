import { useMemo } from 'react';
import {
  Failure,
  Loading,
  MissingNotice,
  SAMPLE_TITLE,
  SampleBadge,
  YearPicker,
  errorMessages,
} from '../../components/status';
import { DEPARTMENT_VIEWS, viewBySubgraph, type DepartmentView } from '../../departments';
import { formatNumber, formatScore } from '../../format';
import { missingDepartments } from '../../graphql/missing';
import { useQuery } from '../../graphql/use-query';
import { HubeiMap, type MapCounty } from '../../map/hubei-map';
import { href, navigate } from '../../router';
import { HeadlineProgress, type YearProgress } from './progress';
import { ProvinceAssessmentQuery, ProvinceOverviewQuery } from './province.queries';
import { STANDING_BASIS, rankBy, rollUpStandings, standingFromAssessment, type Standing } from './standing';

const POVERTY_NOTE = {
  NATIONAL: '国家级贫困县，不参加本文件的考核',
  PROVINCIAL: '省级贫困县，不参加本文件的考核',
} as const;

export function ProvincePage({ year }: { year: number }) {
  const overview = useQuery(ProvinceOverviewQuery, { year });
  const assessment = useQuery(ProvinceAssessmentQuery, { year });
  const data = overview.data;
  const province = assessment.data?.provinceAssessment ?? null;

  const view = useMemo(() => {
    if (!data) return null;
    const standings = new Map<string, Standing>(
      (province?.counties ?? []).map((a) => [a.county.code, standingFromAssessment(a)]),
    );
    const sampleCounties = new Set((province?.counties ?? []).filter((a) => a.sample).map((a) => a.county.code));
    const mapCounties: MapCounty[] = data.counties.map((county) => {
      const standing = standings.get(county.code) ?? null;
      return {
        code: county.code,
        name: county.name,
        standing,
        note:
          county.povertyStatus !== 'NONE'
            ? POVERTY_NOTE[county.povertyStatus]
            : !county.hasTasks
              ? '无扶贫任务，不参加考核'
              : province
                ? '本年无可考核的措施'
                : '考核得分暂不可用',
      };
    });
    const prefectures = rankBy(
      data.prefectures.map((prefecture) => {
        const counties = data.counties
          .filter((county) => county.prefecture.code === prefecture.code && standings.has(county.code))
          .map((county) => ({ county, standing: standings.get(county.code)! }))
          .sort((a, b) => (a.standing.rank ?? Infinity) - (b.standing.rank ?? Infinity));
        return {
          prefecture,
          counties,
          standing: rollUpStandings(counties.map(({ standing }) => standing)),
          // As `PrefectureAssessment.sample`: a sample figure went into one of its counties' scores.
          sample: counties.some(({ county }) => sampleCounties.has(county.code)),
        };
      }),
      ({ standing }) => standing.meanScore,
    );
    const withStock = data.counties.filter((county) => county.stockPoorVillages !== null);
    const baseline = withStock.length
      ? {
          villages: withStock.reduce((sum, county) => sum + (county.stockPoorVillages ?? 0), 0),
          people: withStock.reduce((sum, county) => sum + (county.stockPoorPopulation ?? 0), 0),
          sample: withStock.some((county) => county.stockSample),
        }
      : null;
    // The scores' own flag once the assessment answers; the departments' figures' until then.
    const sample = province ? province.sample : DEPARTMENT_VIEWS.some((d) => data.province[d.field]?.sample === true);
    // The ranking's hint: every prefecture's scores rest on sample figures, or only some (marked in their rows).
    const ranked = prefectures.filter((p) => p.counties.length > 0);
    const rankingSample = !province?.sample ? 'none' : ranked.every((p) => p.sample) ? 'all' : 'some';
    return { mapCounties, prefectures, baseline, sample, rankingSample, scored: standings.size };
  }, [data, province]);

  const progress: YearProgress[] | null = province
    ? province.progress.map((p) => ({
        year: p.year,
        villagesExited: p.villagesExited ?? null,
        villagesExitedShareOfTarget: p.villagesExitedShareOfTarget ?? null,
        peopleLiftedOut: p.peopleLiftedOut ?? null,
        peopleLiftedOutShareOfTarget: p.peopleLiftedOutShareOfTarget ?? null,
        sample: p.sample,
      }))
    : null;

  if (overview.failure) return <Failure message={overview.failure} retry={overview.refetch} />;
  if (!data || !view) {
    if (overview.loading) return <Loading what="全省概览" />;
    return <MissingNotice missing={[]} detail={errorMessages(overview.errors)} />;
  }
  // Whose figures are missing: a department whose roll-up did not arrive, or one the assessment
  // could not read (`unavailableDepartments`: its measures are left out of every county's score).
  const missing = unique([
    ...missingDepartments(overview.errors, [data.province]),
    ...(province?.unavailableDepartments ?? []).map((d) => viewBySubgraph(d.subgraph)),
  ]);
  const unavailableNames = (province?.unavailableDepartments ?? []).map((d) => d.name);
  const assessmentDown = !assessment.loading && !province;

  return (
    <div className="page page-province" data-testid="province-page">
      <header className="page-header">
        <h1>全省概览</h1>
        <p className="subtitle">
          {data.policy.title}（{data.policy.issuer}，{data.policy.issueDate}）
        </p>
      </header>
      <MissingNotice missing={missing} detail={errorMessages([...overview.errors, ...assessment.errors])} />
      {assessment.failure && <Failure message={`考核评估：${assessment.failure}`} retry={assessment.refetch} />}
      <HeadlineProgress
        targets={data.policy.targets}
        year={year}
        progress={progress}
        loading={assessment.loading && !province}
        baseline={view.baseline}
      />

      <div className="columns">
        <section className="panel" aria-labelledby="map-title">
          <div className="panel-title">
            <h2 id="map-title">
              各县考核得分 · {year} 年 <SampleBadge show={view.sample} />
            </h2>
            <YearPicker year={year} link={(y) => href({ page: 'province', year: y })} />
          </div>
          {province && (
            <p className="summary" data-testid="province-summary">
              {province.counties.length} 个有扶贫任务的非贫困县参加考核，平均得分{' '}
              <strong>{formatScore(province.meanScore)}</strong>，规则达标率{' '}
              {province.shareOfRulesMet === null ? '—' : `${formatNumber(province.shareOfRulesMet, 2)}%`}（
              {formatNumber(province.rulesMet, 0)} / {formatNumber(province.rulesAssessed, 0)} 条）
            </p>
          )}
          <p className="note">
            颜色为{STANDING_BASIS}，越绿越好；灰色：贫困县、无扶贫任务的县（不参加考核）。点击一县查看其考核详情。
            {unavailableNames.length > 0 && `${unavailableNames.join('、')}的数据暂不可用，其措施未计入得分。`}
            {assessmentDown && '考核评估暂不可用，各县暂无得分。'}
          </p>
          <HubeiMap
            counties={view.mapCounties}
            basis={STANDING_BASIS}
            sample={view.sample}
            onCountyClick={(code) => navigate({ page: 'county', code, year })}
          />
        </section>

        <section className="panel" aria-labelledby="prefectures-title">
          <h2 id="prefectures-title">
            市州排名 · {year} 年{' '}
            {province ? (
              <SampleBadge
                show={view.rankingSample !== 'none'}
                label={view.rankingSample === 'all' ? '样例数据' : '部分数据为样例'}
                title={`得分用到样例数据${view.rankingSample === 'some' ? '（标注的市州）' : ''} · ${SAMPLE_TITLE}`}
              />
            ) : (
              <SampleBadge show={view.sample} />
            )}
          </h2>
          <p className="note">
            按所辖参加考核各县得分的平均排序，与市州考核汇总的平均得分同一口径；县名后为得分与全省名次。
          </p>
          {assessment.loading && !province && <Loading what="考核排名" />}
          <ol className="ranking" data-testid="prefecture-ranking">
            {view.prefectures.map(({ prefecture, counties, standing, rank, sample }) => (
              <li key={prefecture.code} data-prefecture={prefecture.code}>
                <div className="ranking-row">
                  <span className="rank">{rank ?? '—'}</span>
                  <span className="ranking-name">{prefecture.name}</span>
                  {view.rankingSample === 'some' && (
                    <SampleBadge show={sample} label="样例" title={`本市州有县的得分用到样例数据 · ${SAMPLE_TITLE}`} />
                  )}
                  <span className="ranking-score">
                    {standing.meanScore === null
                      ? province
                        ? '无参加考核的县'
                        : '暂无得分'
                      : `平均 ${formatScore(standing.meanScore)} 分（${standing.counties} 县，规则达标 ${formatNumber(
                          standing.shareOfRulesMet ?? 0,
                          2,
                        )}%）`}
                  </span>
                </div>
                {counties.length > 0 && (
                  <div className="county-links">
                    {counties.map(({ county, standing: s }) => (
                      <a key={county.code} href={href({ page: 'county', code: county.code, year })}>
                        {county.name}
                        <small>
                          {formatScore(s.score)}
                          {s.rank !== null && `（第 ${s.rank}）`}
                        </small>
                      </a>
                    ))}
                  </div>
                )}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </div>
  );
}

function unique(views: ReadonlyArray<DepartmentView | undefined>): DepartmentView[] {
  return DEPARTMENT_VIEWS.filter((view) => views.includes(view));
}
