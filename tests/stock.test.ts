import { DEVELOPMENT_AUTH_SECRET, mintToken, readDepartmentsManifest } from '@fupin/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type RunningGraph } from './support/graph.js';

// One stock of poor villages and people: the poverty alleviation office's, published once for the
// end of 2017 (the sample split until it is), read the same by the progress, by the rules of the
// overall targets and, through `@requires`, by every department that counts the stock itself,
// whose view flags a count that disagrees with it by more than the tolerance.

let graph: RunningGraph;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

const bearer = async (department: string) => ({
  authorization: `Bearer ${await mintToken(DEVELOPMENT_AUTH_SECRET, { subject: `${department}-officer`, department, role: 'publisher' })}`,
});
const PUBLISH_STOCK = `mutation ($input: PublishObservationsInput!) {
  publishProgressObservations(input: $input) { rowsWritten }
}`;

/** The departments whose county view sets a count of their own beside the stock, from the artefact. */
const restating = readDepartmentsManifest().departments.filter((d) => d.indicators.some((i) => i.baseline));

const COUNTY = (code: string) => `{
  county(code: "${code}") {
    stockPoorVillages stockPoorPopulation stockSample
    progress(year: 2020) { stockPoorVillages villagesExited villagesExitedShare rules { rule { id } status required sample } }
    ${restating.map((d) => `${d.viewField}(year: 2019) { baselineChecks { indicator { id } baseline value stock withinTolerance } }`).join('\n    ')}
  }
}`;

describe('the stock', () => {
  it('is counted by at least one department besides the poverty alleviation office', () => {
    expect(restating.map((d) => d.subgraph)).toEqual(expect.arrayContaining(['transport']));
  });

  it('is the same on the county, in its progress and in every department’s check', async () => {
    const { body } = await graph.query(COUNTY('421125'));
    expect(body.errors).toBeUndefined();
    const county = body.data!.county;
    expect(county.stockPoorVillages).toBeGreaterThan(0);
    expect(county.stockSample).toBe(true);
    expect(county.progress.stockPoorVillages).toBe(county.stockPoorVillages);
    for (const department of restating) {
      for (const check of county[department.viewField].baselineChecks) {
        const stock = check.baseline === 'STOCK_POOR_VILLAGES' ? county.stockPoorVillages : county.stockPoorPopulation;
        expect(check.stock, `${department.subgraph} ${check.indicator.id}`).toBe(stock);
      }
    }
  });

  it('sums to the document’s 788 villages and 659,300 people in the province’s progress', async () => {
    const { body } = await graph.query(
      `{ provinceAssessment(year: 2019) { progress { year villagesTarget peopleTarget } } }`,
    );
    expect(body.errors).toBeUndefined();
    for (const year of body.data!.provinceAssessment.progress) {
      expect(year).toMatchObject({ villagesTarget: 788, peopleTarget: 659_300 });
    }
  });

  it('once published, is what every reader reads, and a department’s count that now disagrees is flagged', async () => {
    const before = (await graph.query(COUNTY('421125'))).body.data!.county;
    const transport = before.transport.baselineChecks.find((c: any) => c.baseline === 'STOCK_POOR_VILLAGES');
    expect(transport.withinTolerance).toBe(true);
    const corrected = before.stockPoorVillages + 5;
    const { body } = await graph.query(
      PUBLISH_STOCK,
      { input: { rows: [{ indicator: 'catalog.stockPoorVillages', county: '421125', year: 2017, value: corrected }] } },
      await bearer('poverty-office'),
    );
    expect(body.errors).toBeUndefined();

    const after = (await graph.query(COUNTY('421125'))).body.data!.county;
    expect(after.stockPoorVillages).toBe(corrected);
    expect(after.progress.stockPoorVillages).toBe(corrected);
    // the poverty office's 2017 figure is published, the population still the sample's
    expect(after.stockSample).toBe(true);
    const check = after.transport.baselineChecks.find((c: any) => c.baseline === 'STOCK_POOR_VILLAGES');
    expect(check).toMatchObject({ stock: corrected, value: transport.value, withinTolerance: false });
    const exited = after.progress.rules.find((r: any) => r.rule.id === 'catalog.allVillagesExited');
    expect(exited.required).toBe(100);
    expect(after.progress.villagesExitedShare).toBeCloseTo((after.progress.villagesExited / corrected) * 100, 6);
  });

  it('is published once, for 2017: a plan year is refused', async () => {
    const { body } = await graph.query(
      PUBLISH_STOCK,
      { input: { rows: [{ indicator: 'catalog.stockPoorVillages', county: '421125', year: 2019, value: 10 }] } },
      await bearer('poverty-office'),
    );
    expect(JSON.stringify(body.errors)).toMatch(/YEAR_OUT_OF_PLAN/);
  });
});
