// The files of a new department's folder, as `npm run new:department` writes them: a skeleton that
// works end to end (one indicator and one rule per measure, sample data, tests), to be rewritten
// from the document's words.
import { nonPovertyCountiesWithTasks, type MeasureRecord } from '@fupin/reference';

export interface NewDepartment {
  /** The reference department id, which becomes the subgraph's name: `land-resources`. */
  id: string;
  name: string;
  nameEn: string;
  measures: readonly MeasureRecord[];
  port: number;
}

export interface DepartmentFiles {
  /** `County.<viewField>(year)`: the camel case of the id. */
  viewField: string;
  /** Path inside the folder → content. */
  files: Map<string, string>;
}

/** `land-resources` → `landResources`. */
export const camelCase = (id: string) => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
/** `land-resources` → `LandResources`. */
export const pascalCase = (id: string) => camelCase(id).replace(/^./, (c) => c.toUpperCase());

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function departmentFiles(department: NewDepartment): DepartmentFiles {
  const { id, name } = department;
  const viewField = camelCase(id);
  const Pascal = pascalCase(id);
  const subgraphExport = `${viewField}Subgraph`;
  const modelExport = `${viewField}Model`;
  const numbers = department.measures.map((m) => m.number);
  const indicatorName = (n: number) => `measure${n}Units`;
  const files = new Map<string, string>();

  files.set(
    'package.json',
    json({
      name: `@fupin/${id}`,
      description: `${name}: measure${numbers.length > 1 ? 's' : ''} ${numbers.join(', ')} of the document`,
      version: '0.1.0',
      private: true,
      type: 'module',
      exports: { '.': './src/index.ts', './model': './src/model/index.ts' },
      scripts: { start: 'tsx --tsconfig ../../tsconfig.json src/main.ts', typecheck: 'tsc --noEmit -p tsconfig.json' },
      fupin: { subgraph: id, definition: `./src/subgraph.ts#${subgraphExport}` },
    }),
  );
  files.set('tsconfig.json', json({ extends: '../../tsconfig.base.json', include: ['src/**/*.ts'] }));

  files.set(
    'src/model/indicators.ts',
    `import type { IndicatorDefinition } from '@fupin/kit';

/**
 * What ${name} publishes, per non-poverty county with tasks and year. SKELETON written by
 * \`npm run new:department\`: one count per measure, to be replaced by the figures the measure's
 * words call for.
 */
export const indicators: IndicatorDefinition[] = [
${department.measures
  .map(
    (m) => `  {
    id: '${id}.${indicatorName(m.number)}',
    name: '措施${m.number}已落实事项',
    nameEn: 'Measure ${m.number}: items carried out',
    description: '措施${m.number}年内已落实的事项数(骨架指标, 待按文件原文改写) / items of measure ${m.number} carried out in the year (a skeleton indicator, to be rewritten from the document).',
    unit: 'COUNT',
    measure: ${m.number},
    rollup: { kind: 'SUM' },
    min: 0,
    integer: true,
  },`,
  )
  .join('\n')}
];
`,
  );

  files.set(
    'src/model/rules.ts',
    `import type { RuleDefinition } from '@fupin/kit';

/**
 * The requirements of ${name}'s measures. SKELETON: each asks for at least one item a year; rewrite
 * each from the document's words, with the kind the words call for, the words themselves
 * (\`words\`) and \`basis: 'DOCUMENT'\` where the document states the figure and the year (or
 * remove it where the measure states no checkable figure).
 */
export const rules: RuleDefinition[] = [
${department.measures
  .map(
    (m) => `  {
    id: '${id}.${indicatorName(m.number)}',
    measure: ${m.number},
    description: '措施${m.number}每年至少落实一项(骨架规则, 待按文件原文改写)',
    descriptionEn: 'At least one item of measure ${m.number} carried out each year (a skeleton rule, to be rewritten from the document)',
    indicator: '${id}.${indicatorName(m.number)}',
    kind: 'AT_LEAST',
    required: 1,
    basis: 'INTERPRETATION',
    basisNote: '骨架规则, 尚未按原文改写 / a skeleton rule, not yet rewritten from the document',
    years: [2018, 2019, 2020],
  },`,
  )
  .join('\n')}
];
`,
  );

  files.set(
    'src/model/index.ts',
    `import type { DepartmentModel } from '@fupin/kit';
import { indicators } from './indicators.js';
import { rules } from './rules.js';

/** ${name}'s slice of the model: the figures and requirements of measure${numbers.length > 1 ? 's' : ''} ${numbers.join(', ')}. */
export const ${modelExport}: DepartmentModel = { indicators, rules };
export { indicators, rules };
`,
  );

  files.set(
    'src/sample.ts',
    `import { sampleRandom, type SampleGenerator } from '@fupin/kit';

/**
 * SAMPLE figures, deterministic (a hash of county code, year and purpose): 0–3 items a year, so
 * that every rule is met somewhere and missed somewhere; about one county in twelve has not
 * reported 2020 (no data). Not published data.
 */
export const generate: SampleGenerator = (county, year): Record<string, number> => {
  if (year === 2020 && sampleRandom(county.code, year, 'late-reporter') < 0.08) return {};
  return {
${department.measures
  .map(
    (m) =>
      `    '${id}.${indicatorName(m.number)}': Math.floor(4 * sampleRandom(county.code, year, '${indicatorName(m.number)}')),`,
  )
  .join('\n')}
  };
};
`,
  );

  files.set(
    'src/subgraph.ts',
    `import { defineDepartment } from '@fupin/kit';
import { countyRegistry, nonPovertyCountiesWithTasks } from '@fupin/reference';
import { ${modelExport} } from './model/index.js';
import { generate } from './sample.js';

/** ${name}'s subgraph: \`County.${viewField}(year)\` and its roll-ups, with its rules. */
export const ${subgraphExport} = defineDepartment({
  name: '${id}',${id.includes('-') ? `\n  dbSchema: '${id.replaceAll('-', '_')}',` : ''}
  defaultPort: ${department.port},
  publisher: '${name}',
  viewField: '${viewField}',
  viewTypes: { county: 'County${Pascal}', rollup: '${Pascal}Rollup' },
  model: ${modelExport},
  sample: { counties: nonPovertyCountiesWithTasks, generate },
  counties: countyRegistry,
  publishers: { '${id}': [${numbers.join(', ')}] },
});
`,
  );
  files.set(
    'src/main.ts',
    `import { runSubgraph } from '@fupin/kit';
import { ${subgraphExport} } from './subgraph.js';

await runSubgraph(${subgraphExport});
`,
  );
  files.set(
    'src/index.ts',
    `export { ${subgraphExport} } from './subgraph.js';
export { ${modelExport} } from './model/index.js';
export { generate as generate${Pascal}Sample } from './sample.js';
`,
  );

  files.set(
    'src/__tests__/model.test.ts',
    `import { checkDepartmentModel } from '@fupin/kit';
import { checkSample } from '@fupin/kit/testing';
import { nonPovertyCountiesWithTasks } from '@fupin/reference';
import { describe, expect, it } from 'vitest';
import { ${modelExport} } from '../model/index.js';
import { generate } from '../sample.js';

describe('the ${id} model', () => {
  it('is consistent by the kit’s own check', () => {
    expect(() => checkDepartmentModel('${id}', ${modelExport})).not.toThrow();
  });

  it('has a sample within every range, with every rule met, missed and unreported somewhere', () => {
    const report = checkSample(${modelExport}, nonPovertyCountiesWithTasks, generate);
    expect(report.problems).toEqual([]);
    for (const rule of ${modelExport}.rules) {
      expect([...report.statuses.get(rule.id)!].sort(), rule.id).toEqual(['MET', 'NOT_MET', 'NO_DATA']);
    }
  });
});
`,
  );

  const county = nonPovertyCountiesWithTasks[0]!;
  const first = indicatorName(numbers[0]!);
  files.set(
    `src/__tests__/${id}.db.test.ts`,
    `import { startTestSubgraph, type TestSubgraph } from '@fupin/kit/testing';
import { nonPovertyCountiesWithTasks } from '@fupin/reference';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../sample.js';
import { ${subgraphExport} } from '../subgraph.js';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(${subgraphExport});
});
afterAll(async () => {
  await subgraph?.stop();
});

const VIEW = \`query ($reps: [_Any!]!) {
  _entities(representations: $reps) {
    ... on County { code ${viewField}(year: 2019) { year sample ${first} rules { rule { id } status actual required } } }
  }
}\`;

describe('the ${id} subgraph', () => {
  it('serves a county’s sample figures with its rule results', async () => {
    const county = nonPovertyCountiesWithTasks.find((c) => c.code === '${county.code}')!;
    const { body } = await subgraph.query(VIEW, { reps: [{ __typename: 'County', code: county.code }] });
    expect(body.errors).toBeUndefined();
    const view = body.data!._entities[0].${viewField};
    const expected = generate(county, 2019)['${id}.${first}']!;
    expect(view).toMatchObject({ year: 2019, sample: true, ${first}: expected });
    expect(view.rules).toContainEqual({
      rule: { id: '${id}.${first}' },
      status: expected >= 1 ? 'MET' : 'NOT_MET',
      actual: expected,
      required: 1,
    });
  });
});
`,
  );

  files.set(
    `examples/${id}.csv`,
    [
      'indicator,county,year,value,note',
      // Five counties a measure, as the other departments' examples have.
      ...numbers.flatMap((n) =>
        nonPovertyCountiesWithTasks.slice(0, 5).map((c, i) => `${id}.${indicatorName(n)},${c.code},2019,${i % 4},`),
      ),
      '',
    ].join('\n'),
  );

  files.set(
    'README.md',
    `# ${id} — ${name}

The ${id} subgraph publishes ${name}'s figures for measure${numbers.length > 1 ? 's' : ''} ${numbers.join(', ')}
for the non-poverty counties with tasks, and evaluates the measures' requirements on them, per
county and rolled up over a prefecture or the province. It is a department on the kit's indicator
model: this folder holds the indicators (\`src/model/indicators.ts\`), the rules
(\`src/model/rules.ts\`) and the sample generator (\`src/sample.ts\`); the kit (\`defineDepartment\`)
makes the types, resolvers, loaders, tables and roll-ups from them.

**A skeleton.** \`npm run new:department\` wrote one count and one rule per measure; rewrite both
from the document's words, measure by measure.

## Fields it adds to others' entities

| field | type | what |
| --- | --- | --- |
| \`County.${viewField}(year: Int!)\` | \`County${Pascal}\` | the county's figures for a plan year, one typed field per indicator, \`rules\`, \`observations\`, \`history(indicator)\`, \`sample\` |
| \`Prefecture.${viewField}(year: Int!)\`, \`Province.${viewField}(year: Int!)\` | \`${Pascal}Rollup\` | the same rolled up |
| \`Mutation.publish${Pascal}Observations\` | \`PublishResult\` | ${name} publishes its figures (a publisher token of \`${id}\`) |

## Measures it answers for

${department.measures.map((m) => `> ${m.number}.${m.text}`).join('\n>\n')}

## Running it

\`npm start\` at the root runs it with the rest of the graph (port ${department.port} when run alone:
\`npm start -w @fupin/${id}\`). \`examples/${id}.csv\` is a file the publishing command accepts:
\`npm run publish -- --department ${id} --file services/${id}/examples/${id}.csv\`.
`,
  );

  return { viewField, files };
}
