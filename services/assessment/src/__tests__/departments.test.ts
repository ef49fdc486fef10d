import { buildFederatedSchema, readDepartmentsManifest } from '@fupin/kit';
import { housing, withHousing } from '@fupin/kit/testing';
import { describe, expect, it } from 'vitest';
import { createAssessmentSubgraph } from '../create-subgraph.js';
import { scoreCounty } from '../score.js';
import { createSources } from '../sources.js';

// The assessment knows the departments from the artefact `npm run compose` writes, not from code:
// a department folder it has never seen is read, required and scored once it is in the artefact.

const requiresOf = (sdl: string) => [...sdl.matchAll(/@requires\(fields: "([^"]*)"\)/g)].map((m) => m[1]!);
const typeOf = (sdl: string, name: string) => new RegExp(`\\ntype ${name} [^{]*\\{[^}]*\\}`).exec(sdl)?.[0] ?? '';

describe('the assessment, made from a departments artefact', () => {
  it("requires a new department's rule results, nested in AssessmentInputs, in every @requires", async () => {
    const { sdl } = await buildFederatedSchema(createAssessmentSubgraph(withHousing()));

    expect(typeOf(sdl, 'County')).toMatch(/housingRuleResults: \[RuleResult!\] @external/);
    expect(typeOf(sdl, 'AssessmentInputs')).toMatch(/housing: County! @external/);
    const selections = requiresOf(sdl);
    expect(selections.length).toBeGreaterThanOrEqual(3);
    for (const selection of selections) {
      expect(selection).toContain('housing { housingRuleResults { ');
      expect(selection).toContain('financeInsurance { financeInsuranceRuleResults { ');
    }
  });

  it('reads exactly the departments of the artefact with rules on a measure (not the catalog)', async () => {
    const artefact = readDepartmentsManifest();
    const { sdl } = await buildFederatedSchema(createAssessmentSubgraph(artefact));
    const county = typeOf(sdl, 'County');

    const expected = artefact.departments.filter((d) => d.rules.some((r) => r.measure !== null));
    expect(expected.map((d) => d.subgraph)).not.toContain('catalog');
    expect(expected.length).toBeGreaterThan(0);
    for (const department of expected) expect(county).toContain(`${department.fields.ruleResults}: [RuleResult!]`);
    expect(county).not.toMatch(/progressRuleResults|housingRuleResults/);
    // Built in the same process as the one with housing: each assessment has classes of its own.
    expect(requiresOf(sdl).every((selection) => !selection.includes('housing'))).toBe(true);
  });

  it("scores the new department's measure, and marks it UNAVAILABLE when the department does not answer", () => {
    const sources = createSources(withHousing());
    const met = (id: string, measure: number) => ({
      year: 2019,
      status: 'MET' as const,
      rule: { id, measure: { number: measure } },
    });
    // Every department answered, with no results unless given.
    const none = Object.fromEntries(sources.list.map((source) => [source.field, []]));
    const answered = scoreCounty(
      '421125',
      { ...none, finance: [met('finance.specialBudgetShare', 1)], housing: [met(housing.rules[0]!.id, 15)] },
      2019,
      sources,
    );
    expect(answered.measures.map((m) => [m.measure, m.source, m.status])).toEqual([
      [1, 'finance', 'MET'],
      [15, 'housing', 'MET'],
    ]);

    const silent = scoreCounty('421125', { ...none, housing: null }, 2019, sources);
    expect(silent.measures.find((m) => m.measure === 15)).toMatchObject({
      status: 'UNAVAILABLE',
      department: 'housing',
    });
    expect(silent.unavailable).toEqual(['housing']);
  });
});
