import { readFile } from 'node:fs/promises';
import { composeServices } from '@apollo/composition';
import {
  ApolloGateway,
  RemoteGraphQLDataSource,
  type Experimental_DidResolveQueryPlanCallback,
  type GraphQLDataSourceProcessOptions,
} from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { DEFAULT_SUPERGRAPH_PATH } from '@fupin/gateway';
import { buildFederatedSchema, DEVELOPMENT_AUTH_SECRET, mintToken, readDepartmentsManifest } from '@fupin/kit';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSubgraphs, subgraphPackages } from '../scripts/lib/subgraphs.js';
import { startGraph, type RunningGraph } from './support/graph.js';

// The cross-department assessment (考核评估): computed by the assessment subgraph from the
// departments' rule results, which reach it through the gateway's query plan (@requires).

/**
 * The departments the assessment reads, as it finds them: every department of the artefact with
 * rules on a numbered measure (not the catalog's own `progress`, whose rules are the overall targets).
 */
const DEPARTMENTS = readDepartmentsManifest().departments.filter((d) => d.rules.some((r) => r.measure !== null));

let graph: RunningGraph;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

const ASSESSMENT = `
  score rank rankedAmong shareOfRulesMet rulesAssessed rulesMet rulesNotMet rulesNoData complete
  unavailableDepartments { id name }
  measures {
    measure { number } department { id name } status score rulesApplicable rulesMet
    rules { rule { id } year status actual required gap }
  }
  shortfalls { rule { id description } measure { number } department { id name } status actual required gap unit }`;

/** The issue's request: every non-poverty county of 黄冈市 with its 2019 assessment, in one request. */
const HUANGGANG_ASSESSMENT = `query ($year: Int!) {
  prefecture(code: "421100") {
    name
    counties(povertyStatus: NONE, hasTasks: true) {
      code name
      assessment(year: $year) { ${ASSESSMENT} }
    }
    assessment(year: $year) {
      meanScore shareOfRulesMet complete
      counties { county { code name } rank score }
      measures { measure { number } department { name } counties countiesMet countiesNotMet countiesNoData countiesUnavailable meanScore }
    }
  }
}`;

/** The same counties' rule results as each department publishes them, asked for separately. */
const DEPARTMENT_RESULTS = `{
  prefecture(code: "421100") {
    counties(povertyStatus: NONE, hasTasks: true) {
      code
${DEPARTMENTS.map((d) => `      ${d.viewField}(year: 2019) { rules { ...result } }`).join('\n')}
    }
  }
}
fragment result on RuleResult { rule { id measure { number leadDepartments { name } } } status actual required gap }`;

const HUANGGANG = ['黄州区', '浠水县', '黄梅县', '武穴市'];

type Result = {
  rule: { id: string; measure: { number: number; leadDepartments: { name: string }[] } };
  status: string;
  actual: number | null;
  required: number | null;
  gap: number | null;
};

const round2 = (n: number) => Math.round(n * 100) / 100;
const mean = (ns: number[]) => ns.reduce((a, b) => a + b, 0) / ns.length;

/**
 * What the assessment should say, worked out here from the departments' own results: a
 * NOT_APPLICABLE rule counts neither way, and a measure with no other has no score.
 */
function expectedFrom(all: Result[]) {
  const results = all.filter((r) => r.status !== 'NOT_APPLICABLE');
  const byMeasure = new Map<number, Result[]>();
  for (const r of all) byMeasure.set(r.rule.measure.number, [...(byMeasure.get(r.rule.measure.number) ?? []), r]);
  const measures = [...byMeasure.entries()]
    .sort(([a], [b]) => a - b)
    .map(([number, list]) => {
      const rs = list.filter((r) => r.status !== 'NOT_APPLICABLE');
      return {
        number,
        score: rs.length === 0 ? null : round2((rs.filter((r) => r.status === 'MET').length / rs.length) * 100),
      };
    });
  const byRule = (a: Result, b: Result) =>
    a.rule.measure.number - b.rule.measure.number || a.rule.id.localeCompare(b.rule.id);
  return {
    score: round2(mean(measures.flatMap((m) => (m.score === null ? [] : [m.score])))),
    measures,
    shortfalls: results
      .filter((r) => r.status !== 'MET')
      .sort(byRule)
      .map((r) => ({
        rule: { id: r.rule.id },
        measure: { number: r.rule.measure.number },
        department: { name: r.rule.measure.leadDepartments[0]!.name },
        status: r.status,
        actual: r.actual,
        required: r.required,
        gap: r.gap,
      })),
  };
}

async function huanggang(year = 2019) {
  const { body } = await graph.query(HUANGGANG_ASSESSMENT, { year });
  return body;
}

const countyOf = (body: Awaited<ReturnType<typeof huanggang>>, name: string) =>
  body.data!.prefecture.counties.find((c: { name: string }) => c.name === name);

/**
 * Measure 11's two per-unit road rules (EVERY_UNIT): the units that must get their km, and those
 * that got them, as transport publishes the two counts.
 */
const ROAD_RULES = [
  {
    id: 'transport.everyTownshipWithTasksUpgraded10Km',
    units: 'transport.townshipsWithTasks',
    met: 'transport.townshipsWithTasksUpgraded10Km',
  },
  {
    id: 'transport.everyPoorVillageUpgraded1Km',
    units: 'transport.poorVillages',
    met: 'transport.poorVillagesUpgraded1Km',
  },
] as const;
const [TEN_KM] = ROAD_RULES;

/** What transport publishes of 黄冈's counties for 2019, by indicator: each figure and whether it is sample. */
async function huanggangTransportFigures() {
  const { body } = await graph.query(`{
    prefecture(code: "421100") {
      counties(povertyStatus: NONE, hasTasks: true) {
        code name
        transport(year: 2019) { observations { indicator { id } value sample } }
      }
    }
  }`);
  expect(body.errors).toBeUndefined();
  return (body.data!.prefecture.counties as any[]).map((c) => ({
    code: c.code as string,
    name: c.name as string,
    figures: new Map<string, { value: number; sample: boolean }>(
      c.transport.observations.map((o: any) => [o.indicator.id, { value: o.value, sample: o.sample }]),
    ),
  }));
}

/** A road rule's 2019 result as it must follow from the two counts (neither is zero in 黄冈). */
function roadRuleFrom(rule: (typeof ROAD_RULES)[number], figures: Map<string, { value: number; sample: boolean }>) {
  const units = figures.get(rule.units)!;
  const met = figures.get(rule.met)!;
  expect(units.value, rule.units).toBeGreaterThan(0);
  const share = (met.value / units.value) * 100;
  return {
    status: met.value >= units.value ? 'MET' : 'NOT_MET',
    actual: expect.closeTo(share, 5),
    required: 100,
    gap: expect.closeTo(Math.max(0, 100 - share), 5),
    sample: units.sample || met.sample,
  };
}

describe("the 2019 assessment of 黄冈市's non-poverty counties", () => {
  it('reads at least the six departments of the guideline', () => {
    expect(DEPARTMENTS.length).toBeGreaterThanOrEqual(6);
  });

  it('answers in one request with every county, its score, rank and shortfalls', async () => {
    const body = await huanggang();

    expect(body.errors).toBeUndefined();
    const { counties, assessment } = body.data!.prefecture;
    expect(counties.map((c: { name: string }) => c.name)).toEqual(HUANGGANG);
    for (const { assessment: a } of counties) {
      expect(a).toMatchObject({ rankedAmong: 60, complete: true, unavailableDepartments: [] });
      expect(a.rank).toBeGreaterThanOrEqual(1);
      expect(a.rank).toBeLessThanOrEqual(60);
      expect(a.score).toBeGreaterThanOrEqual(0);
      expect(a.score).toBeLessThanOrEqual(100);
      expect(a.rulesAssessed).toBe(a.rulesMet + a.rulesNotMet + a.rulesNoData);
    }
    // The prefecture's roll-up lists the same counties, best first.
    const ranked = [...counties].sort((a, b) => a.assessment.rank - b.assessment.rank);
    expect(assessment.counties).toEqual(
      ranked.map((c) => ({
        county: { code: c.code, name: c.name },
        rank: c.assessment.rank,
        score: c.assessment.score,
      })),
    );
    expect(assessment.meanScore).toBeCloseTo(mean(counties.map((c: any) => c.assessment.score)), 2);

    // Measure 11's road rules count the townships (poor villages) that got their 10 km (1 km): a
    // county with one short of it shows the rule among its shortfalls, with the share against 100 %.
    const transport = await huanggangTransportFigures();
    let shortfallsSeen = 0;
    for (const county of transport) {
      const { shortfalls } = countyOf(body, county.name).assessment;
      for (const rule of ROAD_RULES) {
        const { status, sample: _sample, ...figures } = roadRuleFrom(rule, county.figures);
        if (status === 'MET') {
          expect(
            shortfalls.map((s: any) => s.rule.id),
            `${county.name} ${rule.id}`,
          ).not.toContain(rule.id);
          continue;
        }
        shortfallsSeen += 1;
        expect(shortfalls, `${county.name} ${rule.id}`).toContainEqual({
          rule: { id: rule.id, description: expect.any(String) },
          measure: { number: 11 },
          department: { id: 'transport', name: '省交通运输厅' },
          status: 'NOT_MET',
          ...figures,
          unit: 'PERCENT',
        });
      }
    }
    expect(shortfallsSeen).toBeGreaterThan(0);
  });

  it("agrees with the departments' own rule results, asked for separately", async () => {
    const [{ body }, assessment] = await Promise.all([graph.query(DEPARTMENT_RESULTS), huanggang()]);
    expect(body.errors).toBeUndefined();

    for (const views of body.data!.prefecture.counties) {
      const results: Result[] = DEPARTMENTS.flatMap((d) => views[d.viewField]?.rules ?? []);
      const expected = expectedFrom(results);
      const actual = assessment.data!.prefecture.counties.find(
        (c: { code: string }) => c.code === views.code,
      ).assessment;

      expect(actual.score, views.code).toBe(expected.score);
      expect(
        actual.measures.map((m: any) => ({ number: m.measure.number, score: m.score })),
        views.code,
      ).toEqual(expected.measures);
      expect(
        actual.shortfalls.map(({ unit: _unit, rule, ...s }: any) => ({
          ...s,
          rule: { id: rule.id },
          department: { name: s.department.name },
        })),
        views.code,
      ).toEqual(expected.shortfalls);
      expect(actual.rulesAssessed).toBe(results.filter((r) => r.status !== 'NOT_APPLICABLE').length);
      expect(actual.rulesMet).toBe(results.filter((r) => r.status === 'MET').length);
    }
  });

  it('ranks each county among all 60 non-poverty counties with tasks of the province', async () => {
    const [{ body }, assessment] = await Promise.all([
      graph.query(`{ provinceAssessment(year: 2019) { counties { county { code } score rank } } }`),
      huanggang(),
    ]);
    expect(body.errors).toBeUndefined();
    const province: { county: { code: string }; score: number; rank: number }[] =
      body.data!.provinceAssessment.counties;

    expect(province).toHaveLength(60);
    for (const entry of province) {
      expect(entry.rank).toBe(1 + province.filter((other) => other.score > entry.score).length);
    }
    for (const county of assessment.data!.prefecture.counties) {
      const entry = province.find((p) => p.county.code === county.code)!;
      expect({ score: county.assessment.score, rank: county.assessment.rank }).toEqual({
        score: entry.score,
        rank: entry.rank,
      });
    }
  });

  it('rolls the province up with its headline progress against 788 villages and 659,300 people', async () => {
    const { body } = await graph.query(`{
      provinceAssessment(year: 2019) {
        year meanScore shareOfRulesMet rulesAssessed rulesMet complete
        measures { measure { number } counties countiesMet countiesNotMet countiesNoData }
        progress {
          year villagesExited villagesTarget villagesExitedShareOfTarget
          peopleLiftedOut peopleTarget peopleLiftedOutShareOfTarget countiesReporting sample
        }
      }
      province {
        y2018: progress(year: 2018) { villagesExited peopleLiftedOut }
        y2019: progress(year: 2019) { villagesExited peopleLiftedOut }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const { provinceAssessment: assessment, province } = body.data!;

    expect(assessment).toMatchObject({ year: 2019, complete: true });
    expect(assessment.shareOfRulesMet).toBeCloseTo((assessment.rulesMet / assessment.rulesAssessed) * 100, 2);
    // The measures with a rule for 2019, in order: those the document sets a requirement for that year.
    const measuresOf2019 = [
      ...new Set(DEPARTMENTS.flatMap((d) => d.rules.filter((r) => r.years.includes(2019)).map((r) => r.measure!))),
    ].sort((a, b) => a - b);
    expect(measuresOf2019.length).toBeGreaterThan(0);
    expect(assessment.measures.map((m: any) => m.measure.number)).toEqual(measuresOf2019);
    for (const m of assessment.measures) expect(m.countiesMet + m.countiesNotMet + m.countiesNoData).toBe(m.counties);
    expect(assessment.progress.map((p: { year: number }) => p.year)).toEqual([2018, 2019]);
    for (const [i, p] of assessment.progress.entries()) {
      const published = [province.y2018, province.y2019][i];
      expect(p).toMatchObject({ villagesTarget: 788, peopleTarget: 659_300, countiesReporting: 60, sample: true });
      expect(p.villagesExited).toBe(published.villagesExited);
      expect(p.peopleLiftedOut).toBe(published.peopleLiftedOut);
      expect(p.villagesExitedShareOfTarget).toBeCloseTo((p.villagesExited / 788) * 100, 2);
      expect(p.peopleLiftedOutShareOfTarget).toBeCloseTo((p.peopleLiftedOut / 659_300) * 100, 2);
    }
  });

  it('gives no assessment to a county the guideline does not assess, and refuses a year outside the plan', async () => {
    const { body } = await graph.query(`{ county(code: "421181") { name assessment(year: 2019) { score } } }`);
    expect(body).toEqual({ data: { county: { name: '麻城市', assessment: null } } });

    const outside = await graph.query(`{ provinceAssessment(year: 2021) { year } }`);
    expect(outside.body.errors?.[0]?.extensions?.code).toBe('YEAR_OUT_OF_PLAN');
  });
});

describe('the query plan', () => {
  /** Every subgraph of the graph, as found under services/. */
  const SUBGRAPHS = subgraphPackages.map((p) => p.name);
  /** The calls each subgraph should get: the catalog and the assessment once, each department `perDepartment` times. */
  const expectedCalls = (perDepartment: number) => ({
    catalog: 1,
    assessment: 1,
    ...Object.fromEntries(DEPARTMENTS.map((d) => [d.subgraph, perDepartment])),
  });
  const countiesOf = (prefecture: string) =>
    `{ prefecture(code: "${prefecture}") { counties(povertyStatus: NONE, hasTasks: true) { code assessment(year: 2019) { score rank shortfalls { rule { id } } } } } }`;

  async function callsFor(query: string) {
    graph.calls.reset();
    const { body } = await graph.query(query);
    expect(body.errors).toBeUndefined();
    return Object.fromEntries(SUBGRAPHS.map((name) => [name, graph.calls.count(name)]));
  }

  it('calls each subgraph a bounded number of times, the same for 4 counties as for 8', async () => {
    const four = await callsFor(countiesOf('421100')); // 黄冈市
    const eight = await callsFor(countiesOf('420500')); // 宜昌市

    expect(eight).toEqual(four);
    // The assessment once; each department twice: the counties' own results, and their peers'.
    expect(four).toEqual(expectedCalls(2));
  });

  it('ranks all 60 counties with the pool sent once: each department and the assessment are called once', async () => {
    const calls = await callsFor(`{ provinceAssessment(year: 2019) { counties { county { code } rank score } } }`);

    expect(calls).toEqual(expectedCalls(1));
  });

  it("sends the assessment subgraph every county with its departments' results and its peers', in one fetch", async () => {
    const { plans, requests, server } = await observingGateway(await readFile(DEFAULT_SUPERGRAPH_PATH, 'utf8'));
    try {
      const result = await execute(server, HUANGGANG_ASSESSMENT, { year: 2019 });
      expect(result.errors).toBeUndefined();

      // The plan: the catalog, then every department in parallel, then one fetch to the assessment
      // for all four counties, whose input is the required selection.
      const fetches = fetchesOf(plans[0]);
      const countyFetch = fetches.find((f) => f.serviceName === 'assessment' && f.path === 'prefecture.counties.@')!;
      expect(
        fetches
          .filter((f) => f.serviceName === 'assessment')
          .map((f) => f.path)
          .sort(),
      ).toEqual(['prefecture', 'prefecture.counties.@']);
      const [first] = DEPARTMENTS;
      expect(countyFetch.requires).toContain(`assessmentInputs { ${first!.viewField} { ${first!.fields.ruleResults} {`);
      expect(countyFetch.requires).toMatch(/peers \{ code assessmentInputs/);
      expect(countyFetch.requires).not.toMatch(/\(/);
      for (const department of DEPARTMENTS) {
        expect(countyFetch.requires, department.subgraph).toContain(
          ` ${department.viewField} { ${department.fields.ruleResults} {`,
        );
        expect(fetches.filter((f) => f.serviceName === department.subgraph).map((f) => f.path)).toEqual(
          expect.arrayContaining([`prefecture.counties.@.assessmentInputs.${department.viewField}`]),
        );
      }

      // What the assessment subgraph received for the counties: one request, four representations.
      const countyRequests = requests.filter((r) => r.representations?.[0]?.__typename === 'County');
      expect(countyRequests).toHaveLength(1);
      const representations = countyRequests[0]!.representations!;
      expect(representations.map((r) => r.code)).toEqual(['421102', '421125', '421127', '421182']);
      const xishui = representations[1]!;
      expect(xishui.peers).toHaveLength(60);
      // Each county's own results come with their figures: its 10-km rule as its two counts make it.
      const transport = await huanggangTransportFigures();
      for (const representation of representations) {
        const county = transport.find((c) => c.code === representation.code)!;
        expect(representation.assessmentInputs.transport.transportRuleResults, county.name).toContainEqual({
          year: 2019,
          ...roadRuleFrom(TEN_KM, county.figures),
          reason: null,
          rule: { id: TEN_KM.id, measure: { number: 11 } },
        });
      }
    } finally {
      await server.stop();
    }
  });
});

describe('publishing a figure', () => {
  it("that turns 黄梅县's 10-km rule from NOT_MET to MET changes its assessment in the next query", async () => {
    const before = countyOf(await huanggang(), '黄梅县').assessment;
    const road = (a: any) => a.measures.find((m: any) => m.measure.number === 11);
    const tenKm = (a: any) => road(a).rules.find((r: any) => r.rule.id === TEN_KM.id && r.year === 2019);
    // Measure 11 in 2019: the 10-km rule is the one not met (some townships with tasks got less).
    const applicable = road(before).rules.filter((r: any) => r.status !== 'NOT_APPLICABLE');
    expect(tenKm(before)).toMatchObject({ status: 'NOT_MET', required: 100 });
    expect(applicable.filter((r: any) => r.status !== 'MET').map((r: any) => r.rule.id)).toEqual([TEN_KM.id]);
    expect(road(before)).toMatchObject({
      status: 'NOT_MET',
      rulesApplicable: applicable.length,
      rulesMet: applicable.length - 1,
    });

    const { body: figures } = await graph.query(
      `{ county(code: "421127") { transport(year: 2019) { townshipsWithTasks townshipsWithTasksUpgraded10Km } } }`,
    );
    const { townshipsWithTasks, townshipsWithTasksUpgraded10Km } = figures.data!.county.transport;
    expect(townshipsWithTasksUpgraded10Km).toBeLessThan(townshipsWithTasks);
    expect(tenKm(before).actual).toBeCloseTo((townshipsWithTasksUpgraded10Km / townshipsWithTasks) * 100, 5);
    const token = await mintToken(DEVELOPMENT_AUTH_SECRET, {
      subject: 'transport-officer',
      department: 'transport',
      role: 'publisher',
    });
    // Every township with tasks got its 10 km after all.
    const published = await graph.query(
      `mutation ($input: PublishObservationsInput!) { publishTransportObservations(input: $input) { rowsWritten } }`,
      {
        input: {
          rows: [
            {
              indicator: TEN_KM.met,
              county: '421127',
              year: 2019,
              value: townshipsWithTasks,
              note: '复核后更正',
            },
          ],
          idempotencyKey: 'assessment-test-421127-2019',
        },
      },
      { authorization: `Bearer ${token}` },
    );
    expect(published.body.errors).toBeUndefined();
    expect(published.body.data!.publishTransportObservations.rowsWritten).toBe(1);

    const after = countyOf(await huanggang(), '黄梅县').assessment;
    expect(tenKm(after)).toMatchObject({ status: 'MET', actual: 100, required: 100, gap: 0 });
    expect(road(after)).toMatchObject({
      status: 'MET',
      rulesApplicable: applicable.length,
      rulesMet: applicable.length,
      score: 100,
    });
    expect(after.score).toBeGreaterThan(before.score);
    expect(after.rank).toBeLessThanOrEqual(before.rank);
    expect(after.rulesMet).toBe(before.rulesMet + 1);
    expect(after.shortfalls.map((s: any) => s.rule.id)).not.toContain(TEN_KM.id);
    expect(before.shortfalls.map((s: any) => s.rule.id)).toContain(TEN_KM.id);
    expect(after.shortfalls).toHaveLength(before.shortfalls.length - 1);
  });
});

describe('with a department subgraph stopped', () => {
  beforeAll(async () => {
    await graph.subgraphs.find((s) => s.name === 'transport')!.stop();
  });

  it("still answers the same request, with that department's measures UNAVAILABLE and an error naming it", async () => {
    const body = await huanggang();

    const unavailable = (body.errors ?? []).filter(
      (e): e is typeof e & { path: (string | number)[] } => e.extensions?.code === 'DEPARTMENT_UNAVAILABLE',
    );
    expect(unavailable).toHaveLength(4);
    for (const error of unavailable) {
      expect(error.message).toContain('省交通运输厅');
      expect(error.extensions).toMatchObject({ department: 'transport', departmentName: '省交通运输厅', measure: 11 });
      expect(error.path).toEqual([
        'prefecture',
        'counties',
        expect.any(Number),
        'assessment',
        'measures',
        expect.any(Number),
        'rules',
      ]);
    }
    const { counties, assessment } = body.data!.prefecture;
    expect(counties.map((c: { name: string }) => c.name)).toEqual(HUANGGANG);
    for (const { assessment: a } of counties) {
      expect(a).toMatchObject({ complete: false, unavailableDepartments: [{ id: 'transport', name: '省交通运输厅' }] });
      const road = a.measures.find((m: any) => m.measure.number === 11);
      expect(road).toMatchObject({
        status: 'UNAVAILABLE',
        score: null,
        rules: null,
        department: { name: '省交通运输厅' },
      });
      // The rest is computed: the score is the mean of the other measures (those with a rule that applies).
      const others = a.measures.filter((m: any) => m.status !== 'UNAVAILABLE' && m.status !== 'NOT_APPLICABLE');
      expect(others.length).toBeGreaterThan(0);
      expect(a.score).toBeCloseTo(mean(others.map((m: any) => m.score)), 2);
      expect(a.rank).toBeGreaterThanOrEqual(1);
      expect(a.shortfalls.every((s: any) => s.measure.number !== 11)).toBe(true);
    }
    expect(countyOf(body, '浠水县').assessment.shortfalls.map((s: any) => s.rule.id)).toContain(
      'finance.specialBudgetShare',
    );
    expect(assessment.measures.find((m: any) => m.measure.number === 11)).toMatchObject({
      countiesUnavailable: 4,
      meanScore: null,
    });
    expect(assessment.complete).toBe(false);
  });

  it("would lose every county's assessment if the departments' results sat at the top of the representation", async () => {
    // The same supergraph with County.assessment requiring `transportRuleResults` etc. on the county
    // itself: the gateway drops a representation whose required field is missing, so with
    // transport down it never calls the assessment subgraph at all.
    const flat = await composeWith((sdl) =>
      sdl.replace(
        /(\): Assessment @requires\(fields: ")assessmentInputs \{.*?\} (peers \{ code )/,
        (_, head, peers) => {
          const figures = 'year status actual required gap rule { id measure { number } }';
          const top = DEPARTMENTS.map((d) => `${d.fields.ruleResults} { ${figures} }`).join(' ');
          return `${head}${top} ${peers}`;
        },
      ),
    );
    const { requests, server } = await observingGateway(flat);
    try {
      const result = await execute(server, HUANGGANG_ASSESSMENT, { year: 2019 });
      const counties = (result.data as any).prefecture.counties;
      expect(counties.map((c: any) => c.assessment)).toEqual([null, null, null, null]);
      expect(requests.filter((r) => r.representations?.[0]?.__typename === 'County')).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});

interface FetchSummary {
  serviceName: string;
  path: string;
  requires: string;
}

/** The fetches of a query plan, each with the response path it merges into. */
function fetchesOf(plan: any): FetchSummary[] {
  const found: FetchSummary[] = [];
  const visit = (node: any, path: string[]) => {
    if (!node) return;
    if (node.kind === 'Fetch') {
      found.push({
        serviceName: node.serviceName,
        path: path.join('.'),
        requires: node.requires ? printSelections(node.requires) : '',
      });
    } else if (node.kind === 'Flatten') visit(node.node, node.path.map(String));
    else for (const child of node.nodes ?? []) visit(child, path);
  };
  visit(plan.node, []);
  return found;
}

function printSelections(selections: any[]): string {
  return selections
    .map((s) =>
      s.kind === 'InlineFragment'
        ? printSelections(s.selections)
        : `${s.name}${s.selections ? ` { ${printSelections(s.selections)} }` : ''}`,
    )
    .join(' ');
}

type Representation = Record<string, any>;

/**
 * A second gateway over the running subgraphs, which notes every query plan and what it sends
 * the assessment subgraph.
 */
async function observingGateway(supergraphSdl: string) {
  const plans: Parameters<Experimental_DidResolveQueryPlanCallback>[0]['queryPlan'][] = [];
  const requests: { representations?: Representation[] }[] = [];
  const urls = Object.fromEntries(graph.subgraphs.map((s) => [s.name, s.url]));
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) =>
      new (class extends RemoteGraphQLDataSource {
        override willSendRequest({ request }: GraphQLDataSourceProcessOptions) {
          if (name === 'assessment') requests.push({ representations: request.variables?.representations });
        }
      })({ url: urls[name] }),
    experimental_didResolveQueryPlan: ({ queryPlan }) => {
      plans.push(queryPlan);
    },
  });
  const server = new ApolloServer({ gateway });
  await server.start();
  return { plans, requests, server };
}

async function execute(server: ApolloServer, query: string, variables: Record<string, unknown>) {
  const response = await server.executeOperation({ query, variables });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
}

/** The supergraph of the real subgraphs, with the assessment's SDL edited. */
async function composeWith(editAssessment: (sdl: string) => string): Promise<string> {
  const services = [];
  for (const definition of await loadSubgraphs()) {
    const { sdl } = await buildFederatedSchema(definition);
    const edited = definition.name === 'assessment' ? editAssessment(sdl) : sdl;
    if (definition.name === 'assessment' && edited === sdl) throw new Error('the edit changed nothing');
    services.push({ name: definition.name, typeDefs: parse(edited), url: `http://127.0.0.1/${definition.name}` });
  }
  const result = composeServices(services);
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.supergraphSdl;
}
