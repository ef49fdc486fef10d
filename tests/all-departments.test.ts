import { indicatorField, isPublished, readDepartmentsManifest, type DepartmentManifest } from '@fupin/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type RunningGraph } from './support/graph.js';

let graph: RunningGraph;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

/** Every part of the departments artefact: the catalog's own `progress` first, then the departments. */
const { departments: PARTS } = readDepartmentsManifest();

/** The departments of numbered measures: those whose rules or indicators are on a measure. */
const DEPARTMENTS: readonly DepartmentManifest[] = PARTS.filter(
  (d) => d.rules.some((r) => r.measure !== null) || d.indicators.some((i) => i.measure !== null),
);

const RULES = `rules { rule { id measure { number } } status actual required gap reason }`;

/** One figure each department publishes (not one it derives): its first. */
function publishedField(department: DepartmentManifest): string {
  const indicator = department.indicators.find(isPublished);
  if (!indicator) throw new Error(`${department.subgraph} publishes no indicator`);
  return indicatorField(indicator);
}

/** One county, one year, every department's view with its rule results: one request. */
export const ONE_COUNTY_ALL_DEPARTMENTS = `query ($code: ID!, $year: Int!) {
  county(code: $code) {
    code name povertyStatus
${DEPARTMENTS.map((d) => `    ${d.viewField}(year: $year) { ${publishedField(d)} sample ${RULES} }`).join('\n')}
  }
}`;

/** A department's rules the document sets for `year`. */
const rulesIn = (department: DepartmentManifest, year: number) =>
  department.rules.filter((r) => r.years.includes(year));

describe('one county across all departments', () => {
  it('has at least the six departments of the guideline to ask, each with its own view', () => {
    expect(DEPARTMENTS.length).toBeGreaterThanOrEqual(6);
    expect(new Set(DEPARTMENTS.map((d) => d.viewField)).size).toBe(DEPARTMENTS.length);
  });

  it('answers for 麻城市 in 2019 with every view, no figures, and every rule NOT_APPLICABLE: the measures are for non-poverty counties', async () => {
    const { body } = await graph.query(ONE_COUNTY_ALL_DEPARTMENTS, { code: '421181', year: 2019 });
    expect(body.errors).toBeUndefined();
    const county = body.data!.county;
    expect(county).toMatchObject({ name: '麻城市', povertyStatus: 'NATIONAL' });
    const statuses = new Set<string>();
    const reasons = new Set<string>();
    for (const { viewField } of DEPARTMENTS) {
      const view = county[viewField];
      expect(view, viewField).not.toBeNull();
      expect(view.sample, viewField).toBe(false);
      // water's rules are set for 2020 only: it has none to report in 2019
      for (const result of view.rules) {
        statuses.add(result.status);
        reasons.add(result.reason);
        expect([result.required, result.gap], result.rule.id).toEqual([null, null]);
      }
    }
    expect(statuses).toEqual(new Set(['NOT_APPLICABLE']));
    expect(reasons).toEqual(
      new Set(['贫困县, 本文件措施不适用 / a poverty county: the measures of this document do not apply']),
    );
  });

  it("answers for a non-poverty county (武穴市, 2019) with every department's figures and rule results", async () => {
    const { body } = await graph.query(ONE_COUNTY_ALL_DEPARTMENTS, { code: '421182', year: 2019 });
    expect(body.errors).toBeUndefined();
    const county = body.data!.county;
    const measures = new Set<number>();
    for (const department of DEPARTMENTS) {
      const view = county[department.viewField];
      expect(view, department.viewField).not.toBeNull();
      expect(view.sample, department.viewField).toBe(true);
      const rules = rulesIn(department, 2019);
      const ownRules = rules.map((r) => r.id);
      for (const result of view.rules) {
        // every department's rules speak for its own measures
        expect(ownRules, `${department.subgraph}: ${result.rule.id}`).toContain(result.rule.id);
        expect(result.rule.measure.number, result.rule.id).toBe(rules.find((r) => r.id === result.rule.id)!.measure);
        measures.add(result.rule.measure.number);
        if (result.status === 'MET') expect(result.gap, result.rule.id).toBe(0);
        if (result.status === 'NOT_MET') expect(result.gap, result.rule.id).toBeGreaterThan(0);
        if (result.status === 'NO_DATA' || result.status === 'NOT_APPLICABLE') {
          expect(result.gap, result.rule.id).toBeNull();
        }
        if (result.status === 'NOT_APPLICABLE') expect(result.reason, result.rule.id).toEqual(expect.any(String));
      }
      // a rule that holds for every county is reported for this one
      expect(
        view.rules.map((r: { rule: { id: string } }) => r.rule.id),
        department.subgraph,
      ).toEqual(expect.arrayContaining(rules.filter((r) => r.appliesWhere === undefined).map((r) => r.id)));
    }
    const expectedMeasures = new Set(
      DEPARTMENTS.flatMap((d) =>
        rulesIn(d, 2019).filter((r) => r.appliesWhere === undefined && r.measure !== null),
      ).map((r) => r.measure!),
    );
    expect(expectedMeasures.size).toBeGreaterThanOrEqual(5);
    expect([...measures].sort((a, b) => a - b)).toEqual(expect.arrayContaining([...expectedMeasures]));
  });

  it("lists every department's indicators through the catalog, each attributed to its measure's lead unit", async () => {
    const { body } = await graph.query(`{ indicators { id measure { number } department { id } } rules { id } }`);
    expect(body.errors).toBeUndefined();
    const prefixes = new Set(body.data!.indicators.map((i: any) => i.id.split('.')[0]));
    // the catalog's own part (the overall targets) and every department's
    const parts = new Set(PARTS.map((d) => d.subgraph));
    expect(parts.size).toBeGreaterThanOrEqual(7);
    expect(prefixes).toEqual(parts);
    expect(body.data!.indicators.map((i: any) => i.id)).toEqual(
      expect.arrayContaining(PARTS.flatMap((d) => d.indicators.map((i) => i.id))),
    );
    // the overall targets' figures (villages exited, people lifted out) are the poverty office's
    expect(
      body
        .data!.indicators.filter((i: any) => i.measure === null)
        .every((i: any) => i.department.id === 'poverty-office'),
    ).toBe(true);
    const departmentOf = (measure: number) =>
      new Set(body.data!.indicators.filter((i: any) => i.measure?.number === measure).map((i: any) => i.department.id));
    expect(departmentOf(18)).toEqual(new Set(['health']));
    expect(departmentOf(19)).toEqual(new Set(['civil-affairs']));
    expect(departmentOf(21)).toEqual(new Set(['pboc-wuhan']));
    expect(departmentOf(22)).toEqual(new Set(['cbirc-hubei']));
    expect(body.data!.rules.length).toBeGreaterThanOrEqual(20);
  });
});
