import { buildFederatedSchema } from '@fupin/kit';
import { housing, startTestSubgraph, type TestSubgraph, withHousing } from '@fupin/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalogSubgraph } from '../create-subgraph.js';

// The catalog knows the departments from the artefact `npm run compose` writes, not from code: a
// department folder it has never seen is listed, and offered to the assessment, once it is there.
// (One catalog per process: this file builds only the one with housing.)

const definition = createCatalogSubgraph(withHousing());
let catalog: TestSubgraph;
beforeAll(async () => {
  catalog = await startTestSubgraph(definition);
});
afterAll(async () => {
  await catalog?.stop();
});

describe('the catalog, made from a departments artefact', () => {
  it("lists a new department's indicators and rules, by department and by measure", async () => {
    const { body } = await catalog.query(`{
      byDepartment: indicators(department: "housing") { id unit published measure { number } department { id name } }
      rules(measure: 15) { id indicator { id name } threshold }
      measure(number: 15) { indicators { id } rules { id } }
      indicator(id: "housing.dilapidatedHouseholdsSubsidisedShare") { rollup numerator { id } rules { id } }
      all: indicators { id }
    }`);
    expect(body.errors).toBeUndefined();
    const data = body.data!;

    expect(data.byDepartment.map((i: { id: string }) => i.id)).toEqual(housing.indicators.map((i) => i.id));
    expect(data.byDepartment[0]).toMatchObject({
      unit: 'COUNT',
      published: true,
      measure: { number: 15 },
      department: { id: 'housing', name: '省住建厅' },
    });
    expect(data.rules).toEqual([
      {
        id: 'housing.dilapidatedHouseholdsSubsidisedShare',
        indicator: { id: 'housing.dilapidatedHouseholdsSubsidisedShare', name: '危房户纳入补助范围比例' },
        threshold: 100,
      },
    ]);
    expect(data.measure.indicators).toHaveLength(3);
    expect(data.measure.rules).toEqual([{ id: 'housing.dilapidatedHouseholdsSubsidisedShare' }]);
    expect(data.indicator).toMatchObject({
      rollup: 'RATIO',
      numerator: { id: 'housing.dilapidatedHouseholdsSubsidised' },
      rules: [{ id: 'housing.dilapidatedHouseholdsSubsidisedShare' }],
    });
    // The departments already there are listed as before, the catalog's own figures first.
    const ids = data.all.map((i: { id: string }) => i.id);
    expect(ids[0]).toMatch(/^catalog\./);
    expect(ids.some((id: string) => id.startsWith('finance-insurance.'))).toBe(true);
  });

  it("names the subgraph that publishes each unit's figures from the artefact's publishers", async () => {
    const { body } = await catalog.query(`{ departments { id subgraph } }`);
    expect(body.errors).toBeUndefined();
    const subgraphOf = Object.fromEntries(body.data!.departments.map((d: any) => [d.id, d.subgraph]));

    expect(subgraphOf).toMatchObject({
      housing: 'housing',
      'poverty-office': 'catalog',
      finance: 'finance',
      'civil-affairs': 'health',
      health: 'health',
      'pboc-wuhan': 'finance-insurance',
      'cbirc-hubei': 'finance-insurance',
      agriculture: null,
    });
  });

  it('offers the county to the assessment once for the new department too', async () => {
    const { sdl } = await buildFederatedSchema(definition);
    const inputs = /\ntype AssessmentInputs [^{]*\{[^}]*\}/.exec(sdl)?.[0] ?? '';
    expect(inputs).toMatch(/"""省住建厅 \(措施15\)"""\s*housing: County!/);
    expect(inputs).toMatch(/"""省卫生计生委、省民政厅 \(措施18、19\)"""\s*health: County!/);
    expect(inputs).not.toMatch(/progress/);

    const { body } = await catalog.query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on County { assessmentInputs { housing { code } finance { code } } } } }`,
      { reps: [{ __typename: 'County', code: '421125' }] },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!._entities[0].assessmentInputs).toEqual({
      housing: { code: '421125' },
      finance: { code: '421125' },
    });
  });
});
