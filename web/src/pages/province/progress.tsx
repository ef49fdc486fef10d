import { formatNumber, formatPersons } from '../../format';
import { SampleBadge } from '../../components/status';
import { YEARS } from '../../departments';

export interface Targets {
  stockPoorVillages: number;
  stockPoorPopulation: number;
  countiesWithTasks: number;
  povertyCounties: number;
  nonPovertyCounties: number;
  deadlineYear: number;
}

/** Villages exited and people lifted out in one year, as the catalog will publish them. */
export interface YearProgress {
  year: number;
  villagesExited: number;
  peopleLiftedOut: number;
  sample: boolean;
}

/**
 * The headline: the document's targets, and progress against them by year.
 *
 * SLOT: `progress` is empty until the catalog publishes villages exited and people lifted out by
 * year (with `Query.provinceAssessment(year)`); pass them in from the province query then, and
 * the bars and cumulative figures below fill in. Nothing here invents progress.
 */
export function HeadlineProgress({
  targets,
  progress,
  baseline,
}: {
  targets: Targets;
  progress: readonly YearProgress[];
  /** The per-county stock summed over the counties (sample data: only the totals are published). */
  baseline: { villages: number; people: number; sample: boolean } | null;
}) {
  let villages = 0;
  let people = 0;
  const rows = YEARS.map((year) => {
    const entry = progress.find((p) => p.year === year);
    if (entry) {
      villages += entry.villagesExited;
      people += entry.peopleLiftedOut;
    }
    return { year, entry, villages, people };
  });
  return (
    <section className="panel headline" aria-labelledby="headline-title">
      <h2 id="headline-title">总体目标与进展</h2>
      <div className="targets">
        <div className="target">
          <div className="target-value">{formatNumber(targets.stockPoorVillages, 0)} 个</div>
          <div className="target-label">非贫困县存量贫困村出列</div>
        </div>
        <div className="target">
          <div className="target-value">{formatPersons(targets.stockPoorPopulation)}</div>
          <div className="target-label">非贫困县存量贫困人口脱贫</div>
        </div>
        <div className="target">
          <div className="target-value">{targets.countiesWithTasks} 个</div>
          <div className="target-label">
            有扶贫任务的县（贫困县 {targets.povertyCounties}、非贫困县 {targets.nonPovertyCounties}）
          </div>
        </div>
        <div className="target">
          <div className="target-value">{targets.deadlineYear} 年底</div>
          <div className="target-label">完成期限</div>
        </div>
      </div>
      <table className="progress-table">
        <caption>分年度进展（累计对照目标）</caption>
        <thead>
          <tr>
            <th scope="col">年度</th>
            <th scope="col">出列村（累计 / {formatNumber(targets.stockPoorVillages, 0)}）</th>
            <th scope="col">脱贫人口（累计 / {formatPersons(targets.stockPoorPopulation)}）</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ year, entry, villages: v, people: p }) => (
            <tr key={year}>
              <th scope="row">{year} 年</th>
              {entry ? (
                <>
                  <td>
                    {formatNumber(entry.villagesExited, 0)} 个（累计 {formatNumber(v, 0)}，
                    {formatNumber((v / targets.stockPoorVillages) * 100, 1)}%）
                    <SampleBadge show={entry.sample} />
                  </td>
                  <td>
                    {formatPersons(entry.peopleLiftedOut)}（累计 {formatPersons(p)}，
                    {formatNumber((p / targets.stockPoorPopulation) * 100, 1)}%）
                    <SampleBadge show={entry.sample} />
                  </td>
                </>
              ) : (
                <td colSpan={2} className="pending">
                  待发布：出列村数与脱贫人口由省扶贫办在跨部门考核中发布
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {baseline && (
        <p className="note">
          分县存量合计：贫困村 {formatNumber(baseline.villages, 0)} 个，贫困人口 {formatPersons(baseline.people)}
          <SampleBadge show={baseline.sample} />
          （文件只公布总数，分县数字为按规则生成的样例）
        </p>
      )}
    </section>
  );
}
