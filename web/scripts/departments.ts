// The dashboard's department views, generated from the departments artefact that `npm run compose`
// writes beside the supergraph (schema/departments.json): the list as data (src/gql/departments.ts)
// and the documents that name every department (src/gql/departments.graphql.ts), so that no page
// names a department. Run through scripts/codegen.ts, which types the documents with the rest.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, isObjectType, type GraphQLSchema } from 'graphql';
import { apiSchemaSdl } from './api-schema.js';

export const DEPARTMENTS_PATH = fileURLToPath(new URL('../../schema/departments.json', import.meta.url));
export const DEPARTMENTS_DATA_PATH = fileURLToPath(new URL('../src/gql/departments.ts', import.meta.url));
export const DEPARTMENTS_DOCUMENTS_PATH = fileURLToPath(new URL('../src/gql/departments.graphql.ts', import.meta.url));

/**
 * What the dashboard reads of one department part of the artefact (the kit's `DepartmentManifest`,
 * of which the web app imports nothing: it knows the gateway, the committed schema/ and the files
 * generated from them).
 */
export interface ManifestDepartment {
  subgraph: string;
  viewField: string;
  viewTypes: { county: string; rollup: string };
  publisher: string;
  indicators: ReadonlyArray<{ id: string; measure: number | null }>;
}

/** The departments of the artefact, as written; throws, naming the file, on anything else. */
export function readManifest(file = DEPARTMENTS_PATH): ManifestDepartment[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read ${file} (run \`npm run compose\`): ${(error as Error).message}`);
  }
  const departments = (parsed as { departments?: unknown } | null)?.departments;
  if (!Array.isArray(departments)) throw new Error(`${file} is not a departments artefact: no "departments" list`);
  for (const d of departments as ManifestDepartment[]) {
    const ok =
      typeof d?.subgraph === 'string' &&
      typeof d.viewField === 'string' &&
      typeof d.viewTypes?.county === 'string' &&
      typeof d.viewTypes?.rollup === 'string' &&
      typeof d.publisher === 'string' &&
      Array.isArray(d.indicators);
    if (!ok) throw new Error(`${file}: a department without subgraph, viewField, viewTypes, publisher or indicators`);
  }
  return departments as ManifestDepartment[];
}

/** One department view of the dashboard: what src/gql/departments.ts lists. */
export interface DepartmentViewData {
  field: string;
  subgraph: string;
  prefix: string;
  name: string;
  measures: number[];
  viewTypes: { county: string; rollup: string };
  /** The view's typed figures: one field per indicator, in the department's order. */
  figures: string[];
  /**
   * Whether the county view restates the document's stock and carries `baselineChecks` (its count
   * set beside `County.stockPoorVillages` / `stockPoorPopulation`): read from the API schema.
   */
  baselineChecks: boolean;
}

/** The field a county view carries when its department restates the stock. */
export const BASELINE_CHECKS_FIELD = 'baselineChecks';

/** An indicator's field on the department's views: its id without the `<subgraph>.` prefix (the kit's `indicatorField`). */
const figureField = (id: string) => id.slice(id.indexOf('.') + 1);

/**
 * The department views the dashboard shows, in the artefact's order (that of the subgraphs' ports):
 * every department part that answers for a numbered measure of the document. The catalog's own
 * part (the overall targets: villages exited, people lifted out, under no measure) is not a
 * department card; the province page shows it from the assessment's `progress`.
 */
export function departmentViews(
  manifest: readonly ManifestDepartment[] = readManifest(),
  schema: GraphQLSchema = buildSchema(apiSchemaSdl()),
): DepartmentViewData[] {
  const views = manifest.filter((d) => d.indicators.some((i) => i.measure !== null));
  if (views.length === 0) throw new Error('schema/departments.json has no department that answers for a measure');
  return views.map((d) => {
    const type = schema.getType(d.viewTypes.county);
    if (!isObjectType(type)) {
      throw new Error(
        `schema/departments.json names ${d.viewTypes.county}, which the API schema has no object type for`,
      );
    }
    return {
      field: d.viewField,
      subgraph: d.subgraph,
      prefix: d.subgraph,
      name: d.publisher,
      measures: [...new Set(d.indicators.flatMap((i) => (i.measure === null ? [] : [i.measure])))].sort(
        (a, b) => a - b,
      ),
      viewTypes: { ...d.viewTypes },
      figures: d.indicators.map((i) => figureField(i.id)),
      baselineChecks: BASELINE_CHECKS_FIELD in type.getFields(),
    };
  });
}

/** Line comments, wrapped to the repository's line width. */
function lineComment(text: string): string {
  return wrap(text)
    .map((line) => `// ${line}`)
    .join('\n');
}

const HEADER = (what: string) =>
  `${lineComment(`Generated by \`npm run codegen -w @fupin/web\` from schema/departments.json (written by \`npm run compose\`): ${what} Do not edit.`)}\n`;

/** src/gql/departments.ts: the department views as data, for the pages to iterate. */
export function departmentsDataSource(views: readonly DepartmentViewData[]): string {
  const union = views.map((v) => `'${v.field}'`).join(' | ') || 'never';
  const list = views.map(({ figures: _figures, ...view }) => view);
  return `${HEADER('the department views.')}
// Which subgraph answers each view of a county and whose figures they are: generated when the
// dashboard is built, not read from the catalog, so that the dashboard can still name a
// department whose subgraph (or the catalog itself) is down.

/** The field of a department view on \`County\`, \`Prefecture\` and \`Province\`. */
export type DepartmentField = ${union};

export interface DepartmentView {
  /** The field on \`County\`, \`Prefecture\` and \`Province\`: \`financeInsurance\`. */
  field: DepartmentField;
  /** The subgraph that serves it, as named in the supergraph and in \`Department.subgraph\`. */
  subgraph: string;
  /** Indicator and rule ids start with this and a dot: \`finance-insurance.countyLoansIssued\`. */
  prefix: string;
  /** Who publishes it, in Chinese. */
  name: string;
  /** The measures it answers for. */
  measures: readonly number[];
  /** Its types: the county's view (\`CountyFinance\`) and the prefectures' and province's roll-up (\`FinanceRollup\`). */
  viewTypes: { county: string; rollup: string };
  /** Whether its county view restates the stock and carries \`baselineChecks\` (from the API schema). */
  baselineChecks: boolean;
}

export const DEPARTMENT_VIEWS: readonly DepartmentView[] = ${JSON.stringify(list, null, 2)};
`;
}

const figuresFragment = (view: DepartmentViewData) => `${view.viewTypes.county}Figures`;

function wrap(text: string, width = 96): string[] {
  const lines: string[] = [];
  let line = '';
  // A `code span` is never broken.
  for (const word of text.match(/`[^`]*`\S*|\S+/g) ?? []) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}

/** A doc comment, wrapped to the repository's line width. */
function docComment(text: string): string {
  const lines = wrap(text);
  return lines.length === 1 ? `/** ${lines[0]} */` : ['/**', ...lines.map((l) => ` * ${l}`), ' */'].join('\n');
}

/** One `graphql(...)` document, exported under its definition's name, in the style of the pages' queries. */
function document(comment: string, name: string, text: string): string {
  const body = text
    .trim()
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  return `${docComment(comment)}\nexport const ${name} = graphql(\`\n${body}\n\`);\n`;
}

/** A GraphQL block: `head {`, the lines indented, `}`. */
const block = (head: string, lines: readonly string[]) => [`${head} {`, ...lines.map((l) => `  ${l}`), '}'];

/** Where each figure of a county view comes from: its current revision, who published it and when, or sample. */
const OBSERVATION_LINES = block('observations', [
  ...block('indicator', ['id']),
  'year',
  'value',
  'revision',
  'publishedBy',
  'publishedAt',
  'sample',
]);

/** A view's count of the stock beside the province's one stock (only on the views that restate it). */
const BASELINE_CHECK_LINES = block(BASELINE_CHECKS_FIELD, [
  ...block('indicator', ['id']),
  'baseline',
  'value',
  'stock',
  'difference',
  'tolerance',
  'withinTolerance',
]);

/**
 * src/gql/departments.graphql.ts: every document that names the departments, typed by codegen
 * with the pages' own: one fragment per department's county view (every indicator, with `year`,
 * `sample`, each figure's observation, the baseline checks where the view has them, and the rule
 * results), the county page's and the province page's selections of every view, and the measure
 * page's standing query, which asks only for the views it is told to.
 */
export function departmentsDocumentsSource(views: readonly DepartmentViewData[]): string {
  const parts: string[] = [];
  for (const view of views) {
    const lines = block(`fragment ${figuresFragment(view)} on ${view.viewTypes.county}`, [
      'year',
      'sample',
      ...view.figures,
      ...OBSERVATION_LINES,
      ...(view.baselineChecks ? BASELINE_CHECK_LINES : []),
      ...block('rules', ['...RuleResultFields']),
    ]);
    parts.push(
      document(
        `${view.name}: every figure of \`County.${view.field}(year)\` (\`${view.viewTypes.county}\`), with where each comes from${
          view.baselineChecks ? ', its count of the stock checked against the province’s' : ''
        } and its rule results.`,
        figuresFragment(view),
        lines.join('\n'),
      ),
    );
  }
  parts.push(
    document(
      "Every department's figures of one county for `$year`, each view its own fragment so that a department whose subgraph is down leaves the others intact (the county page).",
      'CountyDepartmentFigures',
      block(
        'fragment CountyDepartmentFigures on County',
        views.flatMap((view) => block(`${view.field}(year: $year)`, [`...${figuresFragment(view)}`])),
      ).join('\n'),
    ),
  );
  parts.push(
    document(
      "Whether each department's figures for `$year` are sample data, from the province's roll-ups (the province page; a department that is down comes back null).",
      'ProvinceDepartmentSamples',
      block(
        'fragment ProvinceDepartmentSamples on Province',
        views.flatMap((view) => block(`${view.field}(year: $year)`, ['sample'])),
      ).join('\n'),
    ),
  );
  const variables = ['$year: Int!', ...views.map((view) => `$${view.field}: Boolean!`)];
  parts.push(
    document(
      "How the 60 non-poverty counties with tasks stand on a measure's rules in one year (the measure page): only the views of the departments that own those rules are asked for, each `@include(if: $<field>)`.",
      'MeasureStandingQuery',
      block(
        `query MeasureStanding(\n  ${variables.join('\n  ')}\n)`,
        block('counties(hasTasks: true, povertyStatus: NONE)', [
          'code',
          'name',
          ...views.flatMap((view) =>
            block(`${view.field}(year: $year) @include(if: $${view.field})`, [
              'sample',
              ...block('rules', ['...StandingRuleResult']),
            ]),
          ),
        ]),
      ).join('\n'),
    ),
  );
  return `${HEADER('every document that names the departments.')}import { graphql } from './gql';\n\n${parts.join('\n')}`;
}
