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
const RULES = 'rules { rule { id threshold years comparison } status actual required gap }';

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

describe('the transport subgraph', () => {
  it('gives 武穴市 its 2019 figures, the km per township and the 10-km rule', async () => {
    const [wuxue] = await countyViews(['421182'], 2019);
    const published = generate(
      nonPovertyCountiesWithTasks.find((c) => c.code === '421182')!,
      2019,
    );
    for (const [id, value] of Object.entries(published)) expect(wuxue[id.slice('transport.'.length)], id).toBe(value);
    expect(wuxue).toMatchObject({ year: 2019, townshipsWithTasks: 11, townshipRoadUpgradeKm: 135.7, sample: true });
    expect(wuxue.roadUpgradeKmPerTownship).toBeCloseTo(wuxue.townshipRoadUpgradeKm / wuxue.townshipsWithTasks, 6);
    expect(wuxue.roadUpgradeKmPerPoorVillage).toBeCloseTo(wuxue.poorVillageRoadUpgradeKm / wuxue.poorVillages, 6);

    const tenKm = wuxue.rules.find((r: any) => r.rule.id === 'transport.roadUpgradeKmPerTownship');
    expect(tenKm).toMatchObject({
      rule: { threshold: 10, years: [2019, 2020], comparison: 'AT_LEAST' },
      status: 'MET',
      required: 10,
      gap: 0,
    });
    // The typed field is rounded to 6 decimals; the rule's actual is not (see README).
    expect(tenKm.actual).toBeCloseTo(135.7 / 11, 6);
    expect(tenKm.actual).toBeCloseTo(wuxue.roadUpgradeKmPerTownship, 6);
    // 89 of 99 access projects arranged in 2019: the document wanted all of them.
    const access = wuxue.rules.find((r: any) => r.rule.id === 'transport.accessProjectsArrangedShare');
    expect(access).toMatchObject({ status: 'NOT_MET', required: 100 });
    expect(access.actual).toBeCloseTo((89 / 99) * 100, 6);
    expect(access.gap).toBeCloseTo(100 - (89 / 99) * 100, 6);
    // The deadline-2020 rules are not asked in 2019.
    expect(wuxue.rules.map((r: any) => r.rule.id)).toEqual([
      'transport.roadUpgradeKmPerTownship',
      'transport.roadUpgradeKmPerPoorVillage',
      'transport.accessProjectsArrangedShare',
    ]);
  });

  it('gives a gap in km where a county falls short of 10 km per township', async () => {
    const [xishui] = await countyViews(['421125'], 2019); // 60.1 km over 8 townships
    const tenKm = xishui.rules.find((r: any) => r.rule.id === 'transport.roadUpgradeKmPerTownship');
    expect(tenKm.status).toBe('NOT_MET');
    expect(tenKm.actual).toBeCloseTo(60.1 / 8, 6);
    expect(tenKm.gap).toBeCloseTo(10 - 60.1 / 8, 6);
  });

  it('sets no rule in 2018: the document asks from 2019', async () => {
    const [wuxue] = await countyViews(['421182'], 2018);
    expect(wuxue.townshipRoadUpgradeKm).toBeGreaterThan(0);
    expect(wuxue.rules.map((r: any) => r.rule.id)).not.toContain('transport.roadUpgradeKmPerTownship');
    expect(wuxue.rules).toEqual([]);
  });

  it('shows NO_DATA where a county has not reported 2020', async () => {
    const [huangmei] = await countyViews(['421127'], 2020); // a late reporter in the sample
    expect(huangmei).toMatchObject({ townshipsWithTasks: null, roadUpgradeKmPerTownship: null, sample: false });
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
    expect(huanggang.roadUpgradeKmPerTownship).toBeCloseTo(sum('townshipRoadUpgradeKm') / sum('townshipsWithTasks'), 6);
    expect(huanggang.accessProjectsArrangedShare).toBeCloseTo(
      (sum('accessProjectsArranged') / sum('accessProjectsPlanned')) * 100,
      6,
    );
    // Not the mean of the counties' ratios.
    const meanOfRatios = sum('roadUpgradeKmPerTownship') / counties.length;
    expect(Math.abs(huanggang.roadUpgradeKmPerTownship - meanOfRatios)).toBeGreaterThan(1e-3);
    const tenKm = huanggang.rules.find((r: any) => r.rule.id === 'transport.roadUpgradeKmPerTownship');
    expect(tenKm).toMatchObject({ status: 'MET', required: 10, gap: 0 });
    expect(tenKm.actual).toBeCloseTo(huanggang.roadUpgradeKmPerTownship, 6);
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
    expect(y2019).toMatchObject({ poorVillages: 788, countiesReporting: 60, sample: true });
    expect(y2019.townshipsWithTasks).toBe(total(2019, 'transport.townshipsWithTasks'));
    expect(y2019.townshipRoadUpgradeKm).toBeCloseTo(total(2019, 'transport.townshipRoadUpgradeKm'), 6);
    expect(y2019.roadUpgradeKmPerTownship).toBeCloseTo(y2019.townshipRoadUpgradeKm / y2019.townshipsWithTasks, 6);
    const reporting2020 = nonPovertyCountiesWithTasks.filter((c) => Object.keys(generate(c, 2020)).length > 0);
    expect(y2020.countiesReporting).toBe(reporting2020.length);
    expect(y2020.poorVillages).toBe(reporting2020.reduce((s, c) => s + c.stockPoorVillages, 0));
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
