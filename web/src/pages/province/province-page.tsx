import { useMemo } from 'react';
import { Failure, Loading, MissingNotice, SampleBadge, YearPicker, errorMessages } from '../../components/status';
import { formatShare } from '../../format';
import { missingDepartments } from '../../graphql/missing';
import { useQuery } from '../../graphql/use-query';
import { HubeiMap, type MapCounty } from '../../map/hubei-map';
import { href, navigate } from '../../router';
import { HeadlineProgress } from './progress';
import { ProvinceOverviewQuery } from './province.queries';
import { STANDING_BASIS, STANDING_IS_PROVISIONAL, combineStandings, rankByScore, standingFromRules } from './standing';

const POVERTY_NOTE = {
  NATIONAL: '国家级贫困县，不在本文件考察范围',
  PROVINCIAL: '省级贫困县，不在本文件考察范围',
} as const;

export function ProvincePage({ year }: { year: number }) {
  const { loading, data, errors, failure, refetch } = useQuery(ProvinceOverviewQuery, { year });
  const view = useMemo(() => {
    if (!data) return null;
    const counties = data.counties.map((county) => ({ county, standing: standingFromRules(county) }));
    const mapCounties: MapCounty[] = counties.map(({ county, standing }) => ({
      code: county.code,
      name: county.name,
      standing,
      note:
        county.povertyStatus !== 'NONE'
          ? POVERTY_NOTE[county.povertyStatus]
          : county.hasTasks
            ? '本年无可评价的规则结果'
            : '无扶贫任务',
    }));
    const prefectures = rankByScore(
      data.prefectures.map((prefecture) => {
        const own = counties.filter(({ county }) => county.prefecture.code === prefecture.code);
        return {
          prefecture,
          counties: rankByScore(own).filter(({ standing }) => standing.score !== null),
          standing: combineStandings(own.map(({ standing }) => standing)),
        };
      }),
    );
    const withStock = data.counties.filter((county) => county.stockPoorVillages !== null);
    const baseline = withStock.length
      ? {
          villages: withStock.reduce((sum, county) => sum + (county.stockPoorVillages ?? 0), 0),
          people: withStock.reduce((sum, county) => sum + (county.stockPoorPopulation ?? 0), 0),
          sample: true,
        }
      : null;
    return { mapCounties, prefectures, baseline, sample: counties.some(({ standing }) => standing.sample) };
  }, [data]);

  if (failure) return <Failure message={failure} retry={refetch} />;
  if (!data || !view) {
    if (loading) return <Loading what="全省概览" />;
    return <MissingNotice missing={[]} detail={errorMessages(errors)} />;
  }
  const missing = missingDepartments(errors, data.counties);

  return (
    <div className="page page-province" data-testid="province-page">
      <header className="page-header">
        <h1>全省概览</h1>
        <p className="subtitle">
          {data.policy.title}（{data.policy.issuer}，{data.policy.issueDate}）
        </p>
      </header>
      <MissingNotice missing={missing} detail={errorMessages(errors)} />
      {/* SLOT: progress by year comes from the catalog's published figures with the assessment. */}
      <HeadlineProgress targets={data.policy.targets} progress={[]} baseline={view.baseline} />

      <div className="columns">
        <section className="panel" aria-labelledby="map-title">
          <div className="panel-title">
            <h2 id="map-title">
              各县达标情况 · {year} 年 <SampleBadge show={view.sample} />
            </h2>
            <YearPicker year={year} link={(y) => href({ page: 'province', year: y })} />
          </div>
          {STANDING_IS_PROVISIONAL && (
            <p className="note">
              颜色为{STANDING_BASIS}；跨部门考核得分上线后改按考核得分着色。灰色：贫困县、无扶贫任务或无数据。
              {missing.length > 0 && `（不含${missing.map((m) => m.name).join('、')}的规则）`}
            </p>
          )}
          <HubeiMap
            counties={view.mapCounties}
            basis={STANDING_BASIS}
            onCountyClick={(code) => navigate({ page: 'county', code, year })}
          />
        </section>

        <section className="panel" aria-labelledby="prefectures-title">
          <h2 id="prefectures-title">
            市州排名 · {year} 年 <SampleBadge show={view.sample} />
          </h2>
          {STANDING_IS_PROVISIONAL && <p className="note">临时口径：按{STANDING_BASIS}排序，考核排名上线后替换。</p>}
          <ol className="ranking" data-testid="prefecture-ranking">
            {view.prefectures.map(({ prefecture, counties, standing, rank }) => (
              <li key={prefecture.code}>
                <div className="ranking-row">
                  <span className="rank">{rank ?? '—'}</span>
                  <span className="ranking-name">{prefecture.name}</span>
                  <span className="ranking-score">
                    {standing.score === null
                      ? '无可评价数据'
                      : `${formatShare(standing.score)}（${standing.met}/${standing.judged}）`}
                  </span>
                </div>
                {counties.length > 0 && (
                  <div className="county-links">
                    {counties.map(({ county, standing: s }) => (
                      <a key={county.code} href={href({ page: 'county', code: county.code, year })}>
                        {county.name}
                        <small>{s.score === null ? '' : formatShare(s.score)}</small>
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
