import { DEVELOPMENT_AUTH_SECRET, mintToken } from '@fupin/kit';
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
  rules { rule { id kind basis years threshold comparedWithPreviousYear measure { number } } status actual required gap reason }`;

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
      expect(result.rule).toMatchObject({
        kind: 'NOT_LESS_THAN_PREVIOUS_YEAR',
        basis: 'DOCUMENT',
        years: [2018, 2019, 2020],
        threshold: null,
        comparedWithPreviousYear: true,
        measure: { number: 19 },
      });
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
    const statuses = (id: string) => [...new Set(views.map((view) => ruleOf(view, id).status))].sort();
    expect(statuses('health.townshipHealthCentresFullCoverage')).toEqual([
      'MET',
      'NOT_APPLICABLE',
      'NOT_MET',
      'NO_DATA',
    ]);
    expect(statuses('health.villageClinicsFullCoverage')).toEqual(['MET', 'NOT_APPLICABLE', 'NOT_MET', 'NO_DATA']);
    expect(statuses('health.medicalAssistanceFundsNotDecreasing')).toEqual(['MET', 'NOT_MET', 'NO_DATA']);
    for (const id of ['health.townshipHealthCentresFullCoverage', 'health.villageClinicsFullCoverage']) {
      expect(ruleOf(views[0]!, id).rule, id).toMatchObject({
        kind: 'EVERY_UNIT',
        basis: 'INTERPRETATION',
        threshold: 100,
      });
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

  it('does not apply coverage in a district without townships, or without administrative villages', async () => {
    const [huangshigang, xiling] = (await countyViews(['420202', '420502'], 2020)) as [View, View];
    expect(xiling).toMatchObject({ townships: 0, townshipHealthCentreCoverage: null });
    expect(ruleOf(xiling, 'health.townshipHealthCentresFullCoverage')).toMatchObject({
      status: 'NOT_APPLICABLE',
      actual: null,
      required: null,
      gap: null,
      reason: '本县(区)无乡镇, 只有街道 / an urban district with sub-districts only',
    });
    expect(['MET', 'NOT_MET']).toContain(ruleOf(xiling, 'health.villageClinicsFullCoverage').status);
    expect(huangshigang).toMatchObject({ administrativeVillages: 0, villageClinicCoverage: null });
    expect(ruleOf(huangshigang, 'health.villageClinicsFullCoverage')).toMatchObject({
      status: 'NOT_APPLICABLE',
      reason: '本县(区)无行政村, 只有社区 / no administrative village: urban communities only',
    });
  });

  it("sets its stock poor population beside the catalog's stock, and flags the two counties that miscount it", async () => {
    const reps = ['421022', '420683', '429004'].map((code) => {
      const { stockPoorVillages, stockPoorPopulation } = nonPovertyCountiesWithTasks.find((c) => c.code === code)!;
      // What the gateway sends for the view's @requires: the catalog's stock.
      return { __typename: 'County', code, stockPoorVillages, stockPoorPopulation };
    });
    const { body } = await subgraph.query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on County { health(year: 2019) { baselineChecks { indicator { id } baseline value stock withinTolerance } } }
      } }`,
      { reps },
    );
    expect(body.errors).toBeUndefined();
    const [gongan, zaoyang, xiantao] = body.data!._entities.map((e: View) => e.health.baselineChecks[0]);
    expect(gongan).toEqual({
      indicator: { id: 'health.stockPoorPopulation' },
      baseline: 'STOCK_POOR_POPULATION',
      value: 15986,
      stock: 15986,
      withinTolerance: true,
    });
    for (const check of [zaoyang, xiantao]) {
      expect(check.withinTolerance, String(check.stock)).toBe(false);
      expect(Math.abs(check.value - check.stock) / check.stock).toBeGreaterThan(0.02);
    }
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
      // The department's count: the document's 659,300 but for two counties (see sample.ts).
      stockPoorPopulation: sumOf(counties, 'stockPoorPopulation'),
      townships: sumOf(counties, 'townships'),
      villagesWithStandardClinic: sumOf(counties, 'villagesWithStandardClinic'),
      sample: true,
    });
    // 2018 is judged on 只增不减 against 2017, over the sums; coverage waits for 2020.
    expect(province.rules.map((result: View) => result.rule.id)).toEqual([
      'health.medicalAssistanceFundsNotDecreasing',
    ]);
    const funds = ruleOf(province, 'health.medicalAssistanceFundsNotDecreasing');
    expect(funds.actual).toBeCloseTo(sumOf(counties, 'medicalAssistanceFunds'), 6);
    expect(funds.required).toEqual(expect.any(Number));
    expect(funds.status).toBe(funds.actual >= funds.required ? 'MET' : 'NOT_MET');
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

const PUBLISH = `mutation ($input: PublishObservationsInput!) {
  publishHealthObservations(input: $input) { rowsWritten }
}`;

describe('the health rules on what is published', () => {
  // A store without sample figures, so that a county's figures are exactly those published here.
  let store: TestSubgraph;
  const publish = async (department: string, rows: { indicator: string; year: number; value: number }[]) => {
    const token = await mintToken(DEVELOPMENT_AUTH_SECRET, {
      subject: `${department}-officer`,
      department,
      role: 'publisher',
    });
    const input = { rows: rows.map((row) => ({ ...row, county: '421127' })) };
    const { body } = await store.query(PUBLISH, { input }, { authorization: `Bearer ${token}` });
    expect(body.errors).toBeUndefined();
    expect(body.data!.publishHealthObservations.rowsWritten).toBe(rows.length);
  };
  beforeAll(async () => {
    store = await startTestSubgraph(healthSubgraph, { sampleData: false });
    // Flat from 2017 to 2018, then lower in 2019.
    await publish('civil-affairs', [
      { indicator: 'health.medicalAssistanceFunds', year: 2017, value: 500 },
      { indicator: 'health.medicalAssistanceFunds', year: 2018, value: 500 },
      { indicator: 'health.medicalAssistanceFunds', year: 2019, value: 480 },
    ]);
    // No township in 2020; the villages not reported.
    await publish('health', [
      { indicator: 'health.townships', year: 2020, value: 0 },
      { indicator: 'health.townshipsWithStandardHealthCentre', year: 2020, value: 0 },
    ]);
  });
  afterAll(async () => {
    await store?.stop();
  });

  async function view(year: number): Promise<View> {
    const { body } = await store.query(COUNTY_VIEWS, { reps: [{ __typename: 'County', code: '421127' }], year });
    expect(body.errors).toBeUndefined();
    return body.data!._entities[0].health;
  }

  it('gives funds equal to the year before as met (只增不减 allows no fall, asks no rise), and a fall as not met', async () => {
    expect(ruleOf(await view(2018), 'health.medicalAssistanceFundsNotDecreasing')).toMatchObject({
      status: 'MET',
      actual: 500,
      required: 500,
      gap: 0,
    });
    expect(ruleOf(await view(2019), 'health.medicalAssistanceFundsNotDecreasing')).toMatchObject({
      status: 'NOT_MET',
      actual: 480,
      required: 500,
      gap: 20,
    });
  });

  it('does not apply health-centre coverage where no township is reported, and has no data on unreported villages', async () => {
    const y2020 = await view(2020);
    expect(ruleOf(y2020, 'health.townshipHealthCentresFullCoverage')).toMatchObject({
      status: 'NOT_APPLICABLE',
      reason: '本县(区)无乡镇, 只有街道 / an urban district with sub-districts only',
    });
    expect(ruleOf(y2020, 'health.villageClinicsFullCoverage')).toMatchObject({
      status: 'NO_DATA',
      reason: expect.stringContaining('(2020年)未报送'),
    });
  });
});
