import { MeasureLink, SAMPLE_TITLE, SampleBadge, StatusChip } from '../../components/status';
import { explainRule, formatNumber, formatScore, type Unit } from '../../format';
import type { GraphQLErrorEntry } from '../../graphql/client';
import type { CountyAssessmentFieldsFragment } from '../../gql/graphql';

/** A department that did not answer, as the assessment names it, and the measures left out. */
export interface UnavailableDepartment {
  name: string;
  measures: number[];
}

/**
 * The departments the assessment could not read: from its `DEPARTMENT_UNAVAILABLE` errors (each
 * names the department and the measure left out of the score), and `unavailableDepartments`.
 */
export function unavailableDepartments(
  assessment: Pick<CountyAssessmentFieldsFragment, 'measures' | 'unavailableDepartments'>,
  errors: readonly GraphQLErrorEntry[],
): UnavailableDepartment[] {
  const byName = new Map<string, Set<number>>();
  const add = (name: string, measure?: number) => {
    const measures = byName.get(name) ?? new Set<number>();
    if (measure !== undefined) measures.add(measure);
    byName.set(name, measures);
  };
  for (const error of errors) {
    if (error.extensions?.code !== 'DEPARTMENT_UNAVAILABLE') continue;
    const { departmentName, measure } = error.extensions as { departmentName?: unknown; measure?: unknown };
    if (typeof departmentName === 'string') add(departmentName, typeof measure === 'number' ? measure : undefined);
  }
  for (const department of assessment.unavailableDepartments) add(department.name);
  for (const m of assessment.measures) {
    if (m.status === 'UNAVAILABLE' && m.department) add(m.department.name, m.measure.number);
  }
  return [...byName].map(([name, measures]) => ({ name, measures: [...measures].sort((a, b) => a - b) }));
}

/**
 * The county's assessment (考核评估) for the year: score, rank among the 60, share of rules met,
 * every measure's status and score, and each shortfall explained with its figures and department.
 */
export function AssessmentPanel({
  assessment,
  errors,
  year,
  why,
}: {
  assessment: CountyAssessmentFieldsFragment | null;
  errors: readonly GraphQLErrorEntry[];
  year: number;
  /** Why the county has no assessment: it is not assessed (a poverty county, no tasks), or the assessment is down. */
  why: string;
}) {
  if (!assessment) {
    return (
      <section className="panel county-assessment" data-testid="county-assessment" aria-labelledby="assessment-title">
        <h2 id="assessment-title">考核评估 · {year} 年</h2>
        <p>{why}</p>
      </section>
    );
  }
  const unavailable = unavailableDepartments(assessment, errors);
  const scored = assessment.measures.filter((m) => m.status !== 'UNAVAILABLE' && m.status !== 'NOT_APPLICABLE').length;
  const rulesNotApplicable = assessment.measures
    .filter((m) => m.status !== 'UNAVAILABLE')
    .reduce((n, m) => n + (m.rules ?? []).filter((r) => r.status === 'NOT_APPLICABLE').length, 0);
  // Which rule results rest on sample figures: a measure's, and a shortfall's by its rule.
  const sampleRules = new Set(
    assessment.measures.flatMap((m) => (m.rules ?? []).filter((r) => r.sample).map((r) => r.rule.id)),
  );
  return (
    <section className="panel county-assessment" data-testid="county-assessment" aria-labelledby="assessment-title">
      <h2 id="assessment-title">考核评估 · {year} 年</h2>
      <div className="scorecard">
        <div className="score-item">
          <div className="score-value" data-testid="assessment-score">
            {formatScore(assessment.score)}
          </div>
          <div className="score-label">
            考核得分（满分 100）
            <span data-testid="assessment-sample">
              <SampleBadge
                show={assessment.sample}
                label="样例"
                title={`得分用到样例数据：计分的规则结果中至少一条读了样例数字 / the score rests on sample figures · ${SAMPLE_TITLE}`}
              />
            </span>
          </div>
        </div>
        <div className="score-item">
          <div className="score-value" data-testid="assessment-rank">
            {assessment.rank === null || assessment.rank === undefined ? (
              '—'
            ) : (
              <>
                第 {assessment.rank} <small>/ {assessment.rankedAmong} 名</small>
              </>
            )}
          </div>
          <div className="score-label">在 {assessment.rankedAmong} 个有扶贫任务的非贫困县中的名次</div>
        </div>
        <div className="score-item">
          <div className="score-value" data-testid="assessment-share">
            {assessment.shareOfRulesMet === null || assessment.shareOfRulesMet === undefined
              ? '—'
              : `${formatNumber(assessment.shareOfRulesMet, 2)}%`}
          </div>
          <div className="score-label">
            规则达标率：达标 {assessment.rulesMet} / {assessment.rulesAssessed} 条（未达标 {assessment.rulesNotMet}
            ，无数据 {assessment.rulesNoData}
            {rulesNotApplicable > 0 && `；另有不适用 ${rulesNotApplicable} 条，不计`}）
          </div>
        </div>
      </div>

      {unavailable.length > 0 && (
        <div className="state state-partial" data-testid="assessment-unavailable">
          {unavailable.map(({ name, measures }) => (
            <p key={name}>
              <strong>{name}</strong>的数据暂不可用（其数据服务未应答）
              {measures.length > 0 && `，措施 ${measures.join('、')} 未计入评分`}。
            </p>
          ))}
          <p>得分与名次按其余 {scored} 项措施计算，各县同一口径。</p>
        </div>
      )}

      <h3>各措施结果（{assessment.measures.length} 项）</h3>
      <table className="assessment-measures" data-testid="assessment-measures">
        <thead>
          <tr>
            <th scope="col">措施</th>
            <th scope="col">负责单位</th>
            <th scope="col">结果</th>
            <th scope="col">得分</th>
            <th scope="col">达标 / 适用规则</th>
          </tr>
        </thead>
        <tbody>
          {assessment.measures.map((m) => (
            <tr key={m.measure.number} data-measure={m.measure.number} data-status={m.status}>
              <th scope="row">
                <MeasureLink number={m.measure.number} year={year} />
              </th>
              <td>{m.department?.name ?? '—'}</td>
              <td>
                <StatusChip status={m.status} />
                <SampleBadge
                  show={m.status !== 'UNAVAILABLE' && (m.rules ?? []).some((r) => r.sample)}
                  label="样例"
                  title={`本措施的规则结果用到样例数据 / its rule results rest on sample figures · ${SAMPLE_TITLE}`}
                />
              </td>
              <td>{m.status === 'UNAVAILABLE' ? '不计分' : formatScore(m.score)}</td>
              <td>
                {m.status === 'NOT_APPLICABLE' || m.rulesApplicable === null || m.rulesApplicable === undefined
                  ? '—'
                  : `${m.rulesMet ?? 0} / ${m.rulesApplicable}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>差距（{assessment.shortfalls.length} 项）</h3>
      {assessment.shortfalls.length === 0 ? (
        <p className="note">
          {unavailable.length > 0 ? '可考核的措施中没有差距。' : '没有差距：各措施的规则均已达标。'}
        </p>
      ) : (
        <ul className="rules shortfalls" data-testid="assessment-shortfalls">
          {assessment.shortfalls.map((s) => (
            <li
              key={s.rule.id}
              className={`rule rule-${s.status.toLowerCase().replace('_', '-')}`}
              data-rule={s.rule.id}
            >
              <div>
                <StatusChip status={s.status} /> <MeasureLink number={s.measure.number} year={year} /> ·{' '}
                <span className="department">{s.department?.name ?? '—'}</span>：{s.rule.description}
                <SampleBadge
                  show={sampleRules.has(s.rule.id)}
                  label="样例"
                  title={`本条结果用到样例数据 / this result rests on sample figures · ${SAMPLE_TITLE}`}
                />
              </div>
              <div className="explanation">
                {s.rule.indicator.name}：
                {explainRule({
                  status: s.status,
                  actual: s.actual ?? null,
                  required: s.required ?? null,
                  gap: s.gap ?? null,
                  kind: s.rule.kind,
                  unit: (s.unit ?? s.rule.indicator.unit) as Unit,
                })}
              </div>
            </li>
          ))}
        </ul>
      )}
      <p className="note">
        口径：各措施等权，措施得分 = 达标的适用规则 ÷ 适用规则 ×
        100（无数据按未达标计，不适用的规则不计）；县得分为各措施得分的平均，规则均不适用的措施不计入。名次在{' '}
        {assessment.rankedAmong} 个有扶贫任务的非贫困县中排定，1
        为最好，同分同名次。差距列出未达标或无数据的规则，及产生该数字的部门（措施牵头单位）。
      </p>
    </section>
  );
}
