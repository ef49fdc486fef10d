import { formatNumber, formatPersons } from '../../format';
import { SampleBadge } from '../../components/status';

export interface Targets {
  stockPoorVillages: number;
  stockPoorPopulation: number;
  countiesWithTasks: number;
  povertyCounties: number;
  nonPovertyCounties: number;
  deadlineYear: number;
}

/**
 * The province's progress at the end of one year, cumulative, against the document's targets:
 * `ProvinceAssessment.progress`, the figures the poverty alleviation office publishes.
 */
export interface YearProgress {
  year: number;
  /** Stock poor villages exited by the end of the year; null when not published. */
  villagesExited: number | null;
  /** Of the 788, × 100. */
  villagesExitedShareOfTarget: number | null;
  /** Stock poor people lifted out by the end of the year; null when not published. */
  peopleLiftedOut: number | null;
  /** Of the 659,300, × 100. */
  peopleLiftedOutShareOfTarget: number | null;
  /** Whether the figures are sample data. */
  sample: boolean;
}

/**
 * The headline: the document's targets, and the progress against them at the end of each year up
 * to the one shown (`progress`, from `Query.provinceAssessment(year)`); null when it could not be
 * read. Each row gives the cumulative figure, its share of the target and what that year added.
 */
export function HeadlineProgress({
  targets,
  year,
  progress,
  loading = false,
  baseline,
}: {
  targets: Targets;
  /** The year the page shows: progress is at the end of each year up to it. */
  year: number;
  progress: readonly YearProgress[] | null;
  /** The assessment is still being asked for. */
  loading?: boolean;
  /** The per-county stock summed over the counties (sample data: only the totals are published). */
  baseline: { villages: number; people: number; sample: boolean } | null;
}) {
  const rows = [...(progress ?? [])]
    .sort((a, b) => a.year - b.year)
    .map((entry, index, sorted) => ({ entry, previous: index > 0 ? sorted[index - 1]! : null }));
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
      <table className="progress-table" data-testid="progress-table">
        <caption>截至 {year} 年底各年末累计进展（对照目标）</caption>
        <thead>
          <tr>
            <th scope="col">年度</th>
            <th scope="col">出列村（累计 / {formatNumber(targets.stockPoorVillages, 0)} 个）</th>
            <th scope="col">脱贫人口（累计 / {formatPersons(targets.stockPoorPopulation)}）</th>
          </tr>
        </thead>
        <tbody>
          {(progress === null || rows.length === 0) && (
            <tr>
              <td colSpan={3} className="pending">
                {loading ? '正在加载出列村数与脱贫人口…' : '暂不可用：未能读取省扶贫办发布的出列村数与脱贫人口。'}
              </td>
            </tr>
          )}
          {rows.map(({ entry, previous }) => (
            <tr key={entry.year} data-year={entry.year}>
              <th scope="row">{entry.year} 年底</th>
              <ProgressCell
                value={entry.villagesExited}
                share={entry.villagesExitedShareOfTarget}
                added={previous?.villagesExited}
                format={(n) => `${formatNumber(n, 0)} 个`}
                sample={entry.sample}
              />
              <ProgressCell
                value={entry.peopleLiftedOut}
                share={entry.peopleLiftedOutShareOfTarget}
                added={previous?.peopleLiftedOut}
                format={formatPersons}
                sample={entry.sample}
              />
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

/** One cumulative figure: the number, its share of the target as a bar, and what the year added. */
function ProgressCell({
  value,
  share,
  added,
  format,
  sample,
}: {
  value: number | null;
  share: number | null;
  /** Last year's cumulative figure, to say what this year added; undefined for the first year. */
  added: number | null | undefined;
  format: (value: number) => string;
  sample: boolean;
}) {
  if (value === null) return <td className="pending">待发布</td>;
  return (
    <td>
      <div>
        <strong>{format(value)}</strong>
        {share !== null && `（${formatNumber(share, 2)}%）`}
        {added !== undefined && added !== null && <span className="note">，当年 {format(value - added)}</span>}
        <SampleBadge show={sample} />
      </div>
      {share !== null && (
        <div className="progress-bar" aria-hidden="true">
          <span style={{ width: `${Math.min(100, Math.max(0, share))}%` }} />
        </div>
      )}
    </td>
  );
}
