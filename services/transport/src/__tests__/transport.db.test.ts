import { indicatorField, isPublished, PLAN_YEARS } from '@fupin/kit';
import { startTestSubgraph, type TestSubgraph } from '@fupin/kit/testing';
import { nonPovertyCountiesWithTasks } from '@fupin/reference';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transportModel } from '../model/index.js';
import { generate } from '../sample.js';
import { transportSubgraph } from '../subgraph.js';

let transport: TestSubgraph;
beforeAll(async () => {
  transport = await startTestSubgraph(transportSubgraph);
});
afterAll(async () => {
  await transport?.stop();
});

const FIELDS = transportModel.indicators.map(indicatorField).join(' ');
const PUBLISHED = transportModel.indicators.filter(isPublished).map(indicatorField);
const RULES = 'rules { rule { id kind basis words threshold years comparison } status actual required gap reason }';

const COUNTY_VIEWS = `query ($reps: [_Any!]!, $year: Int!) {
  _entities(representations: $reps) { ... on County { code transport(year: $year) { year ${FIELDS} sample ${RULES} } } }
}`;
const ROLLUP_VIEWS = `query ($reps: [_Any!]!, $year: Int!) {
  _entities(representations: $reps) {
    ... on Prefecture { code transport(year: $year) { year ${FIELDS} countiesReporting sample ${RULES} } }
    ... on Province { code transport(year: $year) { year ${FIELDS} countiesReporting sample ${RULES} } }
  }
}`;

const asCounties = (codes: readonly string[]) => codes.map((code) => ({ __typename: 'County', code }));

async function countyViews(codes: readonly string[], year: number): Promise<any[]> {
  const { body } = await transport.query(COUNTY_VIEWS, { reps: asCounties(codes), year });
  expect(body.errors).toBeUndefined();
  return body.data!._entities.map((e: any) => e.transport);
}

const HUANGGANG = nonPovertyCountiesWithTasks.filter((c) => c.prefectureCode === '421100').map((c) => c.code);
const sampleOf = (code: string, year: number) =>
  generate(
    nonPovertyCountiesWithTasks.find((c) => c.code === code)!,
    year,
  );
const ruleOf = (view: any, id: string) => view.rules.find((r: any) => r.rule.id === id);
const TEN_KM = 'transport.everyTownshipWithTasksUpgraded10Km';
const ONE_KM = 'transport.everyPoorVillageUpgraded1Km';

describe('the transport subgraph', () => {
  it('gives 武穴市 its 2019 figures, and judges the 10-km rule on each township', async () => {
    const [wuxue] = await countyViews(['421182'], 2019);
    const published = sampleOf('421182', 2019);
    for (const [id, value] of Object.entries(published)) expect(wuxue[id.slice('transport.'.length)], id).toBe(value);
    expect(wuxue).toMatchObject({
      year: 2019,
      townshipsWithTasks: 11,
      townshipsWithTasksUpgraded10Km: 8,
      sample: true,
    });
    expect(wuxue.townshipsUpgraded10KmShare).toBeCloseTo((8 / 11) * 100, 6);
    expect(wuxue.roadUpgradeKmPerTownship).toBeCloseTo(wuxue.townshipRoadUpgradeKm / wuxue.townshipsWithTasks, 6);
    expect(wuxue.poorVillagesUpgraded1KmShare).toBeCloseTo(
      (wuxue.poorVillagesUpgraded1Km / wuxue.poorVillages) * 100,
      6,
    );

    // 3 of its 11 townships got less than 10 km, though the average is above 10.
    expect(wuxue.roadUpgradeKmPerTownship).toBeGreaterThan(10);
    const tenKm = ruleOf(wuxue, TEN_KM);
    expect(tenKm).toMatchObject({
      rule: {
        kind: 'EVERY_UNIT',
        basis: 'DOCUMENT',
        words: '2019年、2020年,每年对非贫困县有扶贫任务的乡镇实施不少于10公里',
        threshold: 100,
        years: [2019, 2020],
        comparison: 'AT_LEAST',
      },
      status: 'NOT_MET',
      required: 100,
      reason: null,
    });
    expect(tenKm.actual).toBeCloseTo((8 / 11) * 100, 6);
    expect(tenKm.gap).toBeCloseTo(100 - (8 / 11) * 100, 6);
    // Every one of its 18 poor villages got its 1 km.
    expect(ruleOf(wuxue, ONE_KM)).toMatchObject({ status: 'MET', actual: 100, gap: 0 });
    // 89 of 99 access projects arranged in 2019: the document wanted all of them.
    const access = ruleOf(wuxue, 'transport.accessProjectsArrangedShare');
    expect(access).toMatchObject({ rule: { kind: 'EVERY_UNIT', basis: 'DOCUMENT' }, status: 'NOT_MET', required: 100 });
    expect(access.actual).toBeCloseTo((89 / 99) * 100, 6);
    // The rules due by 2020 are not asked in 2019.
    expect(wuxue.rules.map((r: any) => r.rule.id)).toEqual([TEN_KM, ONE_KM, 'transport.accessProjectsArrangedShare']);
  });

  it('finds a county whose every township got its 10 km MET', async () => {
    const [xishui] = await countyViews(['421125'], 2019);
    expect(xishui.townshipsWithTasksUpgraded10Km).toBe(xishui.townshipsWithTasks);
    expect(ruleOf(xishui, TEN_KM)).toMatchObject({ status: 'MET', actual: 100, required: 100, gap: 0 });
  });

  it('labels the rules due by 2020 as the project’s reading of 尽快, and judges them in 2020', async () => {
    const [wuxue] = await countyViews(['421182'], 2020);
    for (const id of ['transport.townshipsOnClassTwoRoadsShare', 'transport.naturalVillagesWithHardenedRoadsShare']) {
      const result = ruleOf(wuxue, id);
      expect(result.rule, id).toMatchObject({ kind: 'EVERY_UNIT', basis: 'INTERPRETATION', years: [2020] });
      expect(['MET', 'NOT_MET'], id).toContain(result.status);
    }
    expect(wuxue.rules.map((r: any) => r.rule.id)).toEqual(transportModel.rules.map((r) => r.id));
    expect(wuxue.rules.map((r: any) => r.rule.id)).not.toContain('transport.scenicSpots4APlusOnClassTwoRoadsShare');
  });

  it('does not apply the township, access-project and natural-village rules in a district of sub-districts only', async () => {
    const [y2019] = await countyViews(['420202'], 2019); // 黄石港区
    const [y2020] = await countyViews(['420202'], 2020);
    expect(y2019).toMatchObject({ townshipsWithTasks: 0, townshipsUpgraded10KmShare: null, accessProjectsPlanned: 0 });
    const notApplicable = (view: any, id: string, reason: string) =>
      expect(ruleOf(view, id), id).toEqual({
        rule: expect.objectContaining({ id }),
        status: 'NOT_APPLICABLE',
        actual: null,
        required: null,
        gap: null,
        reason,
      });
    notApplicable(y2019, TEN_KM, '本县无有扶贫任务的乡镇 / no township with tasks');
    notApplicable(
      y2019,
      'transport.accessProjectsArrangedShare',
      '本县无通畅工程“十三五”规划项目 / no planned access project',
    );
    notApplicable(y2020, 'transport.townshipsOnClassTwoRoadsShare', '本县无有扶贫任务的乡镇 / no township with tasks');
    notApplicable(
      y2020,
      'transport.naturalVillagesWithHardenedRoadsShare',
      '本县无规模以上自然村 / no natural village above scale',
    );
    // Its stock poor villages lie under the sub-districts: the 1-km rule still judges them.
    expect(ruleOf(y2019, ONE_KM).status).not.toBe('NOT_APPLICABLE');
  });

  it('does not apply the 1-km rule where the department counts no poor village, and says so', async () => {
    const [xiaoting] = await countyViews(['420505'], 2020); // 猇亭区: counts only villages not yet exited
    expect(xiaoting.poorVillages).toBe(0);
    expect(ruleOf(xiaoting, ONE_KM)).toMatchObject({
      status: 'NOT_APPLICABLE',
      reason: '本县无存量贫困村 / no stock poor village',
    });
  });

  it("sets its poor villages beside the catalog's stock, and flags the two counties that miscount them", async () => {
    const reps = ['421182', '420682', '420505'].map((code) => {
      const { stockPoorVillages, stockPoorPopulation } = nonPovertyCountiesWithTasks.find((c) => c.code === code)!;
      // What the gateway sends for the view's @requires: the catalog's stock.
      return { __typename: 'County', code, stockPoorVillages, stockPoorPopulation };
    });
    const { body } = await transport.query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on County { transport(year: 2019) { baselineChecks { indicator { id } baseline value stock withinTolerance } } }
      } }`,
      { reps },
    );
    expect(body.errors).toBeUndefined();
    const checks = body.data!._entities.map((e: any) => e.transport.baselineChecks);
    const check = (value: number, stock: number, withinTolerance: boolean) => [
      { indicator: { id: 'transport.poorVillages' }, baseline: 'STOCK_POOR_VILLAGES', value, stock, withinTolerance },
    ];
    expect(checks).toEqual([check(18, 18, true), check(27, 26, false), check(2, 5, false)]);
  });

  it('sets no rule in 2018: the document asks from 2019', async () => {
    const [wuxue] = await countyViews(['421182'], 2018);
    expect(wuxue.townshipRoadUpgradeKm).toBeGreaterThan(0);
    expect(wuxue.rules).toEqual([]);
  });

  it('shows NO_DATA where a county has not reported 2020', async () => {
    const [huangmei] = await countyViews(['421127'], 2020); // a late reporter in the sample
    expect(huangmei).toMatchObject({ townshipsWithTasks: null, townshipsUpgraded10KmShare: null, sample: false });
    expect(huangmei.rules).toHaveLength(transportModel.rules.length);
    for (const rule of huangmei.rules) expect(rule).toMatchObject({ status: 'NO_DATA', actual: null, gap: null });
  });

  it("rolls 黄冈市 up as the sum of its counties' figures and ratios of the sums", async () => {
    const counties = await countyViews(HUANGGANG, 2019);
    const { body } = await transport.query(ROLLUP_VIEWS, {
      reps: [{ __typename: 'Prefecture', code: '421100' }],
      year: 2019,
    });
    expect(body.errors).toBeUndefined();
    const huanggang = body.data!._entities[0].transport;
    expect(huanggang).toMatchObject({ year: 2019, countiesReporting: HUANGGANG.length, sample: true });
    const sum = (field: string) => counties.reduce((s, c) => s + c[field], 0);
    for (const field of PUBLISHED) expect(huanggang[field], field).toBeCloseTo(sum(field), 6);
    const share = (sum('townshipsWithTasksUpgraded10Km') / sum('townshipsWithTasks')) * 100;
    expect(huanggang.townshipsUpgraded10KmShare).toBeCloseTo(share, 6);
    expect(huanggang.roadUpgradeKmPerTownship).toBeCloseTo(sum('townshipRoadUpgradeKm') / sum('townshipsWithTasks'), 6);
    expect(huanggang.accessProjectsArrangedShare).toBeCloseTo(
      (sum('accessProjectsArranged') / sum('accessProjectsPlanned')) * 100,
      6,
    );
    // Not the mean of the counties' ratios.
    const meanOfRatios = sum('townshipsUpgraded10KmShare') / counties.length;
    expect(Math.abs(huanggang.townshipsUpgraded10KmShare - meanOfRatios)).toBeGreaterThan(1e-3);
    // Some of its townships fell short, so the prefecture did too.
    expect(share).toBeLessThan(100);
    const tenKm = ruleOf(huanggang, TEN_KM);
    expect(tenKm).toMatchObject({ status: 'NOT_MET', required: 100 });
    expect(tenKm.actual).toBeCloseTo(share, 6);
  });

  it('rolls the province up over the counties that reported', async () => {
    const { body } = await transport.query(
      `query { _entities(representations: [{ __typename: "Province", code: "420000" }]) {
        ... on Province { y2019: transport(year: 2019) { poorVillages townshipsWithTasks townshipRoadUpgradeKm roadUpgradeKmPerTownship countiesReporting sample }
                          y2020: transport(year: 2020) { poorVillages countiesReporting rules { rule { id } status } } }
      } }`,
    );
    expect(body.errors).toBeUndefined();
    const { y2019, y2020 } = body.data!._entities[0];
    const total = (year: number, id: string) =>
      nonPovertyCountiesWithTasks.reduce((s, c) => s + (generate(c, year)[id] ?? 0), 0);
    expect(y2019).toMatchObject({ countiesReporting: 60, sample: true });
    // The department's own count of poor villages: not the document's 788 (see sample.ts).
    expect(y2019.poorVillages).toBe(total(2019, 'transport.poorVillages'));
    expect(y2019.poorVillages).not.toBe(788);
    expect(y2019.townshipsWithTasks).toBe(total(2019, 'transport.townshipsWithTasks'));
    expect(y2019.townshipRoadUpgradeKm).toBeCloseTo(total(2019, 'transport.townshipRoadUpgradeKm'), 6);
    expect(y2019.roadUpgradeKmPerTownship).toBeCloseTo(y2019.townshipRoadUpgradeKm / y2019.townshipsWithTasks, 6);
    const reporting2020 = nonPovertyCountiesWithTasks.filter((c) => Object.keys(generate(c, 2020)).length > 0);
    expect(y2020.countiesReporting).toBe(reporting2020.length);
    expect(y2020.poorVillages).toBe(total(2020, 'transport.poorVillages'));
    expect(y2020.rules.map((r: any) => r.rule.id)).toEqual(transportModel.rules.map((r) => r.id));
  });

  it('refuses a year outside the plan', async () => {
    const { body } = await transport.query(COUNTY_VIEWS, { reps: asCounties(['421182']), year: 2021 });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'YEAR_OUT_OF_PLAN', allowed: [...PLAN_YEARS] });
  });

  it('costs the same number of SQL statements for 5 counties as for 60', async () => {
    const all = nonPovertyCountiesWithTasks.map((c) => c.code);
    const five = await transport.query(COUNTY_VIEWS, { reps: asCounties(all.slice(0, 5)), year: 2019 });
    const sixty = await transport.query(COUNTY_VIEWS, { reps: asCounties(all), year: 2019 });
    expect(sixty.body.data!._entities).toHaveLength(60);
    expect(Number(sixty.headers.get('x-sql-statements'))).toBe(Number(five.headers.get('x-sql-statements')));
    expect(Number(five.headers.get('x-sql-statements'))).toBeGreaterThan(0);
  });
});
