// The dashboard's department views and fragments (web/scripts/departments.ts): which county views
// restate the stock, and so carry `baselineChecks`, is read from the API schema, never from a list
// of departments; every view asks where each figure comes from (`observations`).
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { departmentsDocumentsSource, departmentViews, type ManifestDepartment } from '../../web/scripts/departments.ts';

const department = (subgraph: string, viewField: string, county: string): ManifestDepartment => ({
  subgraph,
  viewField,
  viewTypes: { county, rollup: `${county}Rollup` },
  publisher: `${subgraph} 单位`,
  indicators: [{ id: `${subgraph}.figure`, measure: 1 }],
});

const manifest = [department('roads', 'roads', 'CountyRoads'), department('clinics', 'clinics', 'CountyClinics')];

const schema = (withChecks: readonly string[]) =>
  buildSchema(`
    type Observation { value: Float! }
    type BaselineCheck { withinTolerance: Boolean }
    ${['CountyRoads', 'CountyClinics']
      .map(
        (type) => `type ${type} {
          figure: Float
          observations: [Observation!]!
          ${withChecks.includes(type) ? 'baselineChecks: [BaselineCheck!]!' : ''}
        }`,
      )
      .join('\n')}
    type Query { roads: CountyRoads clinics: CountyClinics }
  `);

/** The text of one generated fragment, `fragment <name> … }` up to its closing backtick. */
const fragment = (source: string, name: string) => source.slice(source.indexOf(`fragment ${name}`)).split('`')[0]!;

describe("the dashboard's department views, from schema/departments.json and the API schema", () => {
  it('gives baselineChecks to exactly the county views whose type has the field', () => {
    const views = departmentViews(manifest, schema(['CountyRoads']));
    expect(views.map((v) => [v.field, v.baselineChecks])).toEqual([
      ['roads', true],
      ['clinics', false],
    ]);
    const source = departmentsDocumentsSource(views);
    expect(fragment(source, 'CountyRoadsFigures')).toContain('baselineChecks {');
    expect(fragment(source, 'CountyRoadsFigures')).toContain('withinTolerance');
    expect(fragment(source, 'CountyClinicsFigures')).not.toContain('baselineChecks');
    for (const name of ['CountyRoadsFigures', 'CountyClinicsFigures']) {
      expect(fragment(source, name)).toMatch(/observations \{[^}]*indicator \{\s*id\s*\}[\s\S]*publishedBy/);
    }
  });

  it('follows the schema when a second department starts to restate the stock', () => {
    const views = departmentViews(manifest, schema(['CountyRoads', 'CountyClinics']));
    expect(views.every((v) => v.baselineChecks)).toBe(true);
    expect(fragment(departmentsDocumentsSource(views), 'CountyClinicsFigures')).toContain('baselineChecks {');
  });

  it('refuses a view type the schema does not have', () => {
    expect(() => departmentViews([department('x', 'x', 'CountyMissing')], schema([]))).toThrow(/CountyMissing/);
  });

  it('reads the committed schema: transport restates the stock', () => {
    const views = departmentViews();
    expect(views.find((v) => v.field === 'transport')?.baselineChecks).toBe(true);
  });
});
