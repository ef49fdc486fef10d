import { startTestSubgraph, type TestSubgraph } from '@fupin/kit/testing';
import { nonPovertyCountiesWithTasks } from '@fupin/reference';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthSubgraph } from '../subgraph.js';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(healthSubgraph);
});
afterAll(async () => {
  await subgraph?.stop();
});

const FIGURES = `year townships townshipsWithStandardHealthCentre townshipHealthCentreCoverage
  administrativeVillages villagesWithStandardClinic villageClinicCoverage
  medicalAssistanceFunds stockPoorPopulation medicalAssistanceFundsPerStockPoorPerson sample
  rules { rule { id threshold comparedWithPreviousYear measure { number } } status actual required gap }`;

const COUNTY_VIEWS = `query ($reps: [_Any!]!, $year: Int!) {
  _entities(representations: $reps) { ... on County { code health(year: $year) { ${FIGURES} } } }
}`;

const ROLLUPS = `query ($reps: [_Any!]!, $year: Int!) {
  _entities(representations: $reps) {
    ... on Prefecture { code health(year: $year) { ${FIGURES} countiesReporting } }
    ... on Province { code health(year: $year) { ${FIGURES} countiesReporting } }
  }
}`;

type View = Record<string, any>;

async function countyViews(codes: string[], year: number): Promise<View[]> {
  const reps = codes.map((code) => ({ __typename: 'County', code }));
  const { body } = await subgraph.query(COUNTY_VIEWS, { reps, year });
  expect(body.errors).toBeUndefined();
  return body.data!._entities.map((entity: View) => entity.health);
}

const ruleOf = (view: View, id: string) => view.rules.find((result: View) => result.rule.id === id);
const sumOf = (views: View[], field: string) => views.reduce((sum, view) => sum + (view[field] ?? 0), 0);

const JINGZHOU = nonPovertyCountiesWithTasks.filter((c) => c.prefectureCode === '421000').map((c) => c.code);
const ALL = nonPovertyCountiesWithTasks.map((c) => c.code);

describe('the health subgraph', () => {
  it("gives a county's 2019 figures as typed fields", async () => {
    const [gongan] = await countyViews(['421022'], 2019); // 公安县
    expect(gongan).toMatchObject({
      year: 2019,
      townships: 14,
      townshipsWithStandardHealthCentre: 12,
      administrativeVillages: 381,
      villagesWithStandardClinic: 370,
      medicalAssistanceFunds: 750.4,
      stockPoorPopulation: 15986,
      sample: true,
    });
    // 2019 is judged only on 只增不减; coverage is judged in 2020.
    expect(gongan!.rules.map((result: View) => result.rule.id)).toEqual(['health.medicalAssistanceFundsNotDecreasing']);
  });

  it('derives each coverage share from its components', async () => {
    const views = await countyViews(JINGZHOU, 2019);
    for (const view of views) {
      expect(view.townshipHealthCentreCoverage).toBeCloseTo(
        (view.townshipsWithStandardHealthCentre / view.townships) * 100,
        5,
      );
      expect(view.villageClinicCoverage).toBeCloseTo(
        (view.villagesWithStandardClinic / view.administrativeVillages) * 100,
        5,
      );
      expect(view.townshipHealthCentreCoverage).toBeLessThanOrEqual(100);
    }
  });

  it("checks 只增不减 in 2019 against the county's own 2018 funds", async () => {
    const before = await countyViews(JINGZHOU, 2018);
    const after = await countyViews(JINGZHOU, 2019);
    const statuses = new Set<string>();
    JINGZHOU.forEach((code, i) => {
      const result = ruleOf(after[i]!, 'health.medicalAssistanceFundsNotDecreasing');
      expect(result.rule).toMatchObject({ threshold: null, comparedWithPreviousYear: true, measure: { number: 19 } });
      expect([code, result.required, result.actual]).toEqual([
        code,
        before[i]!.medicalAssistanceFunds,
        after[i]!.medicalAssistanceFunds,
      ]);
      if (result.actual === null) expect(result.status).toBe('NO_DATA');
      else expect(result.status).toBe(result.actual >= result.required ? 'MET' : 'NOT_MET');
      statuses.add(result.status);
    });
    expect(statuses).toContain('NO_DATA'); // 洪湖市 has not reported its 2019 funds
  });

  it('judges full coverage in 2020, and leaves late reporters and missing 2019 funds without data', async () => {
    const views = await countyViews(ALL, 2020);
    const statuses = (id: string) => new Set(views.map((view) => ruleOf(view, id).status));
    for (const id of [
      'health.townshipHealthCentresFullCoverage',
      'health.villageClinicsFullCoverage',
      'health.medicalAssistanceFundsNotDecreasing',
    ]) {
      expect([id, ...[...statuses(id)].sort()]).toEqual([id, 'MET', 'NOT_MET', 'NO_DATA']);
    }
    const honghu = views[ALL.indexOf('421083')]!; // reported 2020, not its 2019 funds
    expect(honghu.medicalAssistanceFunds).not.toBeNull();
    expect(ruleOf(honghu, 'health.medicalAssistanceFundsNotDecreasing')).toMatchObject({
      status: 'NO_DATA',
      required: null,
      gap: null,
    });
    const shortfall = views.find((view) => ruleOf(view, 'health.villageClinicsFullCoverage').status === 'NOT_MET')!;
    expect(ruleOf(shortfall, 'health.villageClinicsFullCoverage').gap).toBeCloseTo(
      100 - shortfall.villageClinicCoverage,
      5,
    );
  });

  it("rolls a prefecture up as the sum of its counties' figures and coverage as a ratio of sums", async () => {
    const counties = await countyViews(JINGZHOU, 2019);
    const { body } = await subgraph.query(ROLLUPS, {
      reps: [{ __typename: 'Prefecture', code: '421000' }],
      year: 2019,
    });
    expect(body.errors).toBeUndefined();
    const jingzhou: View = body.data!._entities[0].health;
    for (const field of [
      'townships',
      'townshipsWithStandardHealthCentre',
      'administrativeVillages',
      'villagesWithStandardClinic',
      'stockPoorPopulation',
    ]) {
      expect([field, jingzhou[field]]).toEqual([field, sumOf(counties, field)]);
    }
    expect(jingzhou.medicalAssistanceFunds).toBeCloseTo(sumOf(counties, 'medicalAssistanceFunds'), 6);
    expect(jingzhou.townshipHealthCentreCoverage).toBeCloseTo(
      (sumOf(counties, 'townshipsWithStandardHealthCentre') / sumOf(counties, 'townships')) * 100,
      5,
    );
    expect(jingzhou.villageClinicCoverage).toBeCloseTo(
      (sumOf(counties, 'villagesWithStandardClinic') / sumOf(counties, 'administrativeVillages')) * 100,
      5,
    );
    expect(jingzhou.medicalAssistanceFundsPerStockPoorPerson).toBeCloseTo(
      (sumOf(counties, 'medicalAssistanceFunds') * 10000) / sumOf(counties, 'stockPoorPopulation'),
      5,
    );
    expect(jingzhou).toMatchObject({ countiesReporting: JINGZHOU.length, sample: true });
  });

  it('rolls the province up over all 60 counties', async () => {
    const counties = await countyViews(ALL, 2018);
    const { body } = await subgraph.query(ROLLUPS, { reps: [{ __typename: 'Province', code: '420000' }], year: 2018 });
    expect(body.errors).toBeUndefined();
    const province: View = body.data!._entities[0].health;
    expect(province).toMatchObject({
      year: 2018,
      countiesReporting: 60,
      stockPoorPopulation: 659_300,
      townships: sumOf(counties, 'townships'),
      villagesWithStandardClinic: sumOf(counties, 'villagesWithStandardClinic'),
      sample: true,
      rules: [],
    });
    expect(province.medicalAssistanceFunds).toBeCloseTo(sumOf(counties, 'medicalAssistanceFunds'), 6);
    expect(province.townshipHealthCentreCoverage).toBeCloseTo(
      (sumOf(counties, 'townshipsWithStandardHealthCentre') / sumOf(counties, 'townships')) * 100,
      5,
    );
  });

  it('costs the same number of SQL statements for 5 counties as for 60', async () => {
    const statements = async (codes: string[]) => {
      const reps = codes.map((code) => ({ __typename: 'County', code }));
      const { body, headers } = await subgraph.query(COUNTY_VIEWS, { reps, year: 2020 });
      expect(body.errors).toBeUndefined();
      return Number(headers.get('x-sql-statements'));
    };
    const five = await statements(ALL.slice(0, 5));
    expect(five).toBeGreaterThan(0);
    expect(await statements(ALL)).toBe(five);
  });
});
