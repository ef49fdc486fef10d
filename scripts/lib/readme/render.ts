// The README's generated blocks: the rules of every department (from schema/departments.json) and
// the assessment's figures on the sample data (from the live graph's answer). `npm run readme`
// writes them; tests/readme*.test.ts fail when the README is behind.
import type { DepartmentsManifest, RuleDefinition } from '@fupin/kit';

/** A generated block of the README: `<!-- generated:<name> -->` … `<!-- /generated:<name> -->`. */
export function replaceBlock(readme: string, name: string, body: string): string {
  const open = `<!-- generated:${name} -->`;
  const close = `<!-- /generated:${name} -->`;
  const start = readme.indexOf(open);
  const end = readme.indexOf(close);
  if (start < 0 || end < start) throw new Error(`README.md has no ${open} … ${close} block`);
  return `${readme.slice(0, start + open.length)}\n${body.trimEnd()}\n${readme.slice(end)}`;
}

/** The body of a generated block, as the README has it now. */
export function blockOf(readme: string, name: string): string {
  const open = `<!-- generated:${name} -->`;
  const start = readme.indexOf(open);
  const end = readme.indexOf(`<!-- /generated:${name} -->`);
  if (start < 0 || end < start) throw new Error(`README.md has no ${open} block`);
  return readme.slice(start + open.length, end).trim();
}

const KIND_WORDS: Record<string, string> = {
  AT_LEAST: '≥',
  AT_MOST: '≤',
  MORE_THAN_PREVIOUS_YEAR: '> the year before',
  NOT_LESS_THAN_PREVIOUS_YEAR: '≥ the year before',
  LESS_THAN_PREVIOUS_YEAR: '< the year before',
  NOT_MORE_THAN_PREVIOUS_YEAR: '≤ the year before',
  EVERY_UNIT: 'every unit (100 %)',
  AT_LEAST_REFERENCE: '≥ reference',
};

function requirement(rule: RuleDefinition): string {
  const kind = rule.kind ?? 'AT_LEAST';
  if ((kind === 'AT_LEAST' || kind === 'AT_MOST') && typeof rule.required === 'number') {
    return `${KIND_WORDS[kind]} ${rule.required}`;
  }
  if (kind === 'AT_LEAST_REFERENCE') return `≥ \`${rule.reference}\``;
  return KIND_WORDS[kind] ?? kind;
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** Every rule of every department, by measure: what it requires, when, and on what authority. */
export function renderRules(manifest: DepartmentsManifest): string {
  const rows = manifest.departments
    .flatMap((department) => department.rules.map((rule) => ({ department, rule })))
    .sort((a, b) => (a.rule.measure ?? 0) - (b.rule.measure ?? 0) || a.rule.id.localeCompare(b.rule.id));
  const counts = { DOCUMENT: 0, INTERPRETATION: 0 };
  for (const { rule } of rows) counts[rule.basis ?? 'INTERPRETATION'] += 1;
  const lines = [
    `${rows.length} rules: ${counts.DOCUMENT} state the document's own threshold and years (\`DOCUMENT\`), ` +
      `${counts.INTERPRETATION} are the project's reading of a vague word (\`INTERPRETATION\`, its \`basisNote\` says what was read how).`,
    '',
    '| measure | rule | subgraph | requirement | kind | years | basis |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      ({ department, rule }) =>
        `| ${rule.measure ?? '总体要求'} | \`${rule.id}\` | ${department.subgraph} | ${cell(rule.description)} | ` +
        `${requirement(rule)} | ${rule.years.join(', ')} | ${rule.basis === 'DOCUMENT' ? 'DOCUMENT' : '**INTERPRETATION**'} |`,
    ),
  ];
  return lines.join('\n');
}

/** The query behind the assessment's figures in the README: 黄冈's non-poverty counties, and the province. */
export const ASSESSMENT_QUERY = `query ReadmeAssessment($year: Int!) {
  prefecture(code: "421100") {
    counties(povertyStatus: NONE, hasTasks: true) {
      code name
      assessment(year: $year) {
        score rank rankedAmong sample
        measures { measure { number } status }
        shortfalls { rule { id basis } department { name } status }
      }
    }
  }
  provinceAssessment(year: $year) {
    meanScore sample
    counties { rank score county { name } }
    progress { year villagesExited villagesTarget villagesExitedShareOfTarget peopleLiftedOut peopleTarget peopleLiftedOutShareOfTarget }
  }
}`;

export const ASSESSMENT_YEAR = 2019;

interface AssessmentAnswer {
  prefecture: {
    counties: {
      code: string;
      name: string;
      assessment: {
        score: number | null;
        rank: number | null;
        rankedAmong: number;
        sample: boolean;
        measures: { measure: { number: number }; status: string }[];
        shortfalls: { rule: { id: string; basis: string }; department: { name: string } | null; status: string }[];
      } | null;
    }[];
  };
  provinceAssessment: {
    meanScore: number | null;
    sample: boolean;
    counties: { rank: number | null; score: number | null; county: { name: string } }[];
    progress: {
      year: number;
      villagesExited: number | null;
      villagesTarget: number | null;
      villagesExitedShareOfTarget: number | null;
      peopleLiftedOut: number | null;
      peopleTarget: number | null;
      peopleLiftedOutShareOfTarget: number | null;
    }[];
  };
}

const number = (n: number | null) => (n === null ? '—' : n.toLocaleString('en-US'));

/** 黄冈's counties' scores, ranks and shortfalls, and the province's headline, in 2019. */
export function renderAssessment(answer: AssessmentAnswer): string {
  const counties = [...answer.prefecture.counties].sort(
    (a, b) => (a.assessment?.rank ?? Infinity) - (b.assessment?.rank ?? Infinity),
  );
  const province = answer.provinceAssessment;
  const progress = province.progress.find((p) => p.year === ASSESSMENT_YEAR)!;
  const best = province.counties.find((c) => c.rank === 1);
  const lines = [
    `| county | score | rank | measures not met (no data) | shortfalls (of which on an INTERPRETATION rule) |`,
    '|---|---|---|---|---|',
    ...counties.map(({ code, name, assessment }) => {
      if (!assessment) return `| ${code} ${name} | — | — | — | — |`;
      const notMet = assessment.measures.filter((m) => m.status === 'NOT_MET').map((m) => m.measure.number);
      const noData = assessment.measures.filter((m) => m.status === 'NO_DATA').map((m) => m.measure.number);
      const interpreted = assessment.shortfalls.filter((s) => s.rule.basis === 'INTERPRETATION').length;
      const measures = `${notMet.join(', ') || 'none'}${noData.length > 0 ? ` (${noData.join(', ')})` : ''}`;
      const shortfalls = assessment.shortfalls
        .map((s) => `\`${s.rule.id}\`${s.status === 'NO_DATA' ? ' (no data)' : ''}`)
        .join(', ');
      return (
        `| ${code} ${name} | ${assessment.score ?? '—'} | ${assessment.rank ?? '—'} of ${assessment.rankedAmong} | ` +
        `${measures} | ${assessment.shortfalls.length} (${interpreted}): ${shortfalls || 'none'} |`
      );
    }),
    '',
    `The province in ${ASSESSMENT_YEAR}${province.sample ? ' (sample figures)' : ''}: ` +
      `${number(progress.villagesExited)} of ${number(progress.villagesTarget)} stock poor villages exited ` +
      `(${progress.villagesExitedShareOfTarget ?? '—'} %) and ${number(progress.peopleLiftedOut)} of ` +
      `${number(progress.peopleTarget)} people lifted out (${progress.peopleLiftedOutShareOfTarget ?? '—'} %) at the end of the year; ` +
      `the mean score is ${province.meanScore ?? '—'}${best ? `, the best county ${best.county.name} (${best.score})` : ''}.`,
  ];
  return lines.join('\n');
}

/** The README's cross-department question: 黄冈's non-poverty counties across finance and transport. */
export const CROSS_DEPARTMENT_QUERY = `query ReadmeCrossDepartment {
  prefecture(code: "421100") {
    name
    counties(povertyStatus: NONE, hasTasks: true) {
      code name
      transport(year: 2019) { townshipsUpgraded10KmShare rules { rule { id } status actual required gap reason } }
      finance(year: 2019) { specialBudgetShare rules { rule { id } status actual required gap reason } }
    }
  }
}`;

interface ViewAnswer {
  rules: { rule: { id: string }; status: string; actual: number | null; required: number | null; gap: number | null }[];
}
interface CrossDepartmentAnswer {
  prefecture: {
    counties: {
      code: string;
      name: string;
      transport: (ViewAnswer & { townshipsUpgraded10KmShare: number | null }) | null;
      finance: (ViewAnswer & { specialBudgetShare: number | null }) | null;
    }[];
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const percent = (n: number | null | undefined) => (n === null || n === undefined ? '—' : `${round2(n)} %`);

/** Each county's two figures, and every rule of the two departments not met, with its gap. */
export function renderCrossDepartment(answer: CrossDepartmentAnswer): string {
  const lines = [
    '| county | townships with tasks upgraded ≥ 10 km | special-budget share | rules not met (no data) |',
    '|---|---|---|---|',
    ...answer.prefecture.counties.map(({ code, name, transport, finance }) => {
      const results = [...(finance?.rules ?? []), ...(transport?.rules ?? [])];
      const shown = results
        .filter((r) => r.status === 'NOT_MET' || r.status === 'NO_DATA')
        .map((r) =>
          r.status === 'NO_DATA'
            ? `\`${r.rule.id}\` (no data)`
            : `\`${r.rule.id}\`${r.actual !== null && r.required !== null ? ` (${round2(r.actual)} against ${round2(r.required)}, gap ${round2(r.gap ?? 0)})` : ''}`,
        );
      return `| ${code} ${name} | ${percent(transport?.townshipsUpgraded10KmShare)} | ${percent(finance?.specialBudgetShare)} | ${shown.join(', ') || 'none'} |`;
    }),
  ];
  return lines.join('\n');
}
