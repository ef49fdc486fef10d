// Every rule of every department, as `npm run compose` lists them (schema/departments.json), is
// reviewed against the document: it says on what authority it stands, and the words it quotes are
// the document's own, found in the text of its measure (or of 一、总体要求 for the overall targets).
// On failure: copy the words exactly from services/reference/src/measures.ts (ASCII commas and
// parentheses, as the source has them), give `basis` and `basisNote`, then `npm run compose`.
import { readDepartmentsManifest, UNREVIEWED_BASIS_NOTE } from '@fupin/kit';
import { measures, policy } from '@fupin/reference';
import { describe, expect, it } from 'vitest';

const departments = readDepartmentsManifest().departments;
const rules = departments.flatMap((d) => d.rules.map((rule) => ({ department: d.subgraph, rule })));
const textOf = (measure: number | null) =>
  measure === null ? policy.generalRequirements : measures.find((m) => m.number === measure)?.text;

describe('the rules, reviewed against the document', () => {
  it('are there to review', () => {
    expect(departments.length).toBeGreaterThan(1);
    expect(rules.length).toBeGreaterThan(departments.length);
  });

  it.each(rules.map(({ department, rule }) => [`${department}: ${rule.id}`, rule] as const))(
    '%s says its basis and quotes the document',
    (_, rule) => {
      expect(rule.basis, 'basis').toMatch(/^(DOCUMENT|INTERPRETATION)$/);
      expect(rule.basisNote, 'basisNote').not.toBe(UNREVIEWED_BASIS_NOTE);
      expect(rule.basisNote?.trim(), 'basisNote').toBeTruthy();
      expect(rule.words?.trim(), 'words').toBeTruthy();
      const text = textOf(rule.measure);
      expect(text, `the text of measure ${rule.measure}`).toBeDefined();
      expect(text).toContain(rule.words);
    },
  );

  it('keeps the rules the review removed out', () => {
    const ids = new Set(rules.map(({ rule }) => rule.id));
    // docs/rules-review.md §2–§6: requirements the document does not state (T6, W2, FI6).
    for (const removed of [
      'transport.scenicSpots4APlusOnClassTwoRoadsShare',
      'water.safeDrinkingWaterShare',
      'finance-insurance.policyAgriculturalInsuranceFullCoverage',
    ]) {
      expect(ids.has(removed), removed).toBe(false);
    }
  });

  it('gives measure 4 (加大贫困人口权重) and 开办特色农业保险 of measure 22 a rule', () => {
    const byMeasure = (n: number) => rules.filter(({ rule }) => rule.measure === n).map(({ rule }) => rule);
    expect(byMeasure(4).length).toBeGreaterThan(0);
    expect(byMeasure(22).some((rule) => rule.words?.includes('特色农业保险'))).toBe(true);
  });
});
