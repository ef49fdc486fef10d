import type { ReactNode } from 'react';
import type { DepartmentView } from '../departments';
import {
  BASIS_LABEL,
  STATUS_LABEL,
  describePublication,
  describeRevision,
  formatDateTime,
  type AssessmentStatus,
  type Publication,
  type RuleBasis,
} from '../format';
import { href } from '../router';

export const SAMPLE_TITLE =
  '样例数据：部门数据按规则生成，用于演示，并非真实统计 / sample figures, not official statistics';

/**
 * Shown beside what comes from the generated sample, never from a department: `样例数据` for a
 * whole view or table, `样例` beside one figure, rule result or score (`label`), with what it
 * means as the tooltip (`title`).
 */
export function SampleBadge({
  show = true,
  label = '样例数据',
  title = SAMPLE_TITLE,
}: {
  show?: boolean;
  label?: string;
  title?: string;
}) {
  if (!show) return null;
  return (
    <span className="badge badge-sample" title={title} data-sample="true">
      {label}
    </span>
  );
}

/** One figure's current observation, as a county view's `observations` give it. */
export interface FigureSource extends Publication {
  sample: boolean;
}

/**
 * Where one figure comes from: `样例` for a sample value, or the published revision as a badge
 * (`第2版`) with its publisher and date-time beside it (`transport-officer · 2019-03-05 10:07`),
 * the full sentence, in Chinese and English, as the tooltip.
 */
export function Provenance({ source }: { source: FigureSource }) {
  if (source.sample) {
    return (
      <SampleBadge
        label="样例"
        title={`本数为样例数据，并非部门发布 / a sample figure, not published · ${SAMPLE_TITLE}`}
      />
    );
  }
  return (
    <span className="provenance-published" title={describePublication(source)} data-revision={source.revision}>
      <span className="badge badge-published">{describeRevision(source)}</span>{' '}
      <span className="published-by">
        {source.publishedBy} · {formatDateTime(source.publishedAt)}
      </span>
    </span>
  );
}

export function StatusChip({ status }: { status: AssessmentStatus }) {
  return <span className={`chip chip-${status.toLowerCase().replace('_', '-')}`}>{STATUS_LABEL[status]}</span>;
}

/**
 * On what authority a rule stands: 文件规定 or 本项目解读, with the document's words it rests on
 * (`Rule.words`, when quoted) and the basis note as its tooltip.
 */
export function BasisTag({ basis, note, words }: { basis: RuleBasis; note: string; words?: string | null }) {
  const title = words ? `文件原文：「${words}」\n依据说明：${note}` : `依据说明：${note}`;
  return (
    <span className={`badge badge-basis badge-basis-${basis.toLowerCase()}`} title={title} data-basis={basis}>
      {BASIS_LABEL[basis]}
    </span>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      正在加载{what}…
    </div>
  );
}

/** The request failed as a whole: nothing to show but why, and a way to try again. */
export function Failure({ message, retry }: { message: string; retry: () => void }) {
  return (
    <div className="state state-failure" role="alert">
      <p>数据加载失败：{message}</p>
      <button type="button" onClick={retry}>
        重试
      </button>
    </div>
  );
}

/** Some departments did not answer: the page shows the rest and says whose figures are missing. */
export function MissingNotice({ missing, detail }: { missing: readonly DepartmentView[]; detail: string[] }) {
  if (missing.length === 0 && detail.length === 0) return null;
  return (
    <div className="state state-partial" role="alert" data-testid="missing-notice">
      {missing.length > 0 ? (
        <p>
          部分数据暂缺：<strong>{missing.map((view) => view.name).join('、')}</strong>
          的数据服务未响应，以下内容不含其数据，其余部门照常显示。
        </p>
      ) : (
        <p>部分数据未能加载，以下内容可能不完整。</p>
      )}
      {detail.length > 0 && (
        <details>
          <summary>网关返回的错误（{detail.length}）</summary>
          <ul>
            {detail.map((message, i) => (
              <li key={i}>{message}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

export function YearPicker({ year, link }: { year: number; link: (year: number) => string }) {
  return (
    <nav className="year-picker" aria-label="年度">
      {[2018, 2019, 2020].map((option) => (
        <a
          key={option}
          href={link(option)}
          className={option === year ? 'active' : undefined}
          aria-current={option === year ? 'true' : undefined}
        >
          {option} 年
        </a>
      ))}
    </nav>
  );
}

export function MeasureLink({ number, year, children }: { number: number; year: number; children?: ReactNode }) {
  return <a href={href({ page: 'measure', number, year })}>{children ?? `第 ${number} 条`}</a>;
}

/** Unique error messages, for the details under a notice. */
export function errorMessages(errors: ReadonlyArray<{ message: string }>): string[] {
  return [...new Set(errors.map((error) => error.message))];
}
