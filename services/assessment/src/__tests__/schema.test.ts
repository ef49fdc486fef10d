import { buildFederatedSchema } from '@fupin/kit';
import { describe, expect, it } from 'vitest';
import { assessmentSubgraph } from '../subgraph.js';

describe("the assessment's subgraph schema", () => {
  it('keeps every @requires selection argument-free (@apollo/gateway mishandles arguments there)', async () => {
    const { sdl } = await buildFederatedSchema(assessmentSubgraph);
    const selections = [...sdl.matchAll(/@requires\(fields: "([^"]*)"\)/g)].map((m) => m[1]!);

    expect(selections.length).toBeGreaterThanOrEqual(3);
    for (const selection of selections) expect(selection).not.toMatch(/[():$]/);
  });

  it("reads each department's results one level below the county, never at the top of a representation", async () => {
    const { sdl } = await buildFederatedSchema(assessmentSubgraph);
    const county = /assessment\(\s*"""[^"]*"""\s*year: Int!\s*\): Assessment @requires\(fields: "([^"]*)"\)/.exec(
      sdl,
    )?.[1];

    expect(county).toMatch(/^assessmentInputs \{ finance \{ financeRuleResults \{/);
    expect(county).not.toMatch(/^\w+RuleResults/);
  });
});
