// The dashboard in a real browser, over the whole graph: the three pages render with figures from
// the running subgraphs, the assessment's scores, ranks, shortfalls and progress exactly as the
// graph gives them, links lead from one page to the next, and with one department's subgraph
// stopped the county page shows the other five, the assessment's measures of the stopped one as
// unavailable, and names it. Every figure says where it comes from (sample, or the revision,
// publisher and time of a published one, checked after publishing one), what rests on sample data
// is marked, and a department whose count of the stock disagrees with the province's is flagged.
// Screenshots of each page go to test-results/web/.
import { stat } from 'node:fs/promises';
import { DEVELOPMENT_AUTH_SECRET, mintToken, readDepartmentsManifest } from '@fupin/kit';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describePublication,
  explainRule,
  formatDateTime,
  formatNumber,
  formatPersons,
  formatScore,
  formatValue,
  type RuleKind,
  type Unit,
} from '../../web/src/format.ts';
import { DEPARTMENT_VIEWS } from '../../web/src/gql/departments.ts';
import { startGraph, type RunningGraph } from '../support/graph.js';
import { launchChromium, screenshot } from './support/browser.js';

// The rules and indicators as the departments declare them (schema/departments.json): what the
// pages must say a rule requires, and how many indicators a measure has, are read from here, the
// figures from the graph, so that a change to the rules or the sample data needs no edit below.
const MANIFEST = readDepartmentsManifest();
const INDICATORS = new Map(MANIFEST.departments.flatMap((d) => d.indicators.map((i) => [i.id, i] as const)));
const RULES = new Map(MANIFEST.departments.flatMap((d) => d.rules.map((r) => [r.id, r] as const)));

/** A rule of the manifest, with its indicator's unit and the constant it requires. */
function ruleOf(id: string) {
  const rule = RULES.get(id);
  if (!rule) throw new Error(`no rule ${id} in schema/departments.json`);
  const indicator = INDICATORS.get(rule.indicator);
  if (!indicator) throw new Error(`no indicator ${rule.indicator} (of ${id}) in schema/departments.json`);
  return { ...rule, unit: indicator.unit as Unit };
}

/** What a rule with a constant requires, in the words the pages use: `≥ 15%`, `全部单位达到（100%）`. */
function requirement(id: string): string {
  const rule = ruleOf(id);
  if (typeof rule.required !== 'number') throw new Error(`${id} requires no constant`);
  const required = formatValue(rule.required, rule.unit);
  switch (rule.kind) {
    case 'EVERY_UNIT':
      return `全部单位达到（${required}）`;
    case 'AT_LEAST':
      return `≥ ${required}`;
    case 'AT_MOST':
      return `≤ ${required}`;
    default:
      throw new Error(`${id}: a ${rule.kind} rule has no constant requirement`);
  }
}

/**
 * The sentence a rule with a constant requirement is explained by, written out here rather than
 * by `explainRule`: `实际 14.26%，要求 ≥ 15%，差 0.74 个百分点`.
 */
function explained(id: string, result: { status: string; actual: number | null; gap: number | null }): string {
  const rule = ruleOf(id);
  const parts = [`实际 ${formatValue(result.actual, rule.unit)}`, `要求 ${requirement(id)}`];
  if (result.status === 'NOT_MET' && result.gap !== null) {
    const gap =
      rule.unit === 'PERCENT' ? `${formatNumber(result.gap, 2)} 个百分点` : formatValue(result.gap, rule.unit);
    parts.push(`${rule.kind === 'AT_MOST' ? '超出' : '差'} ${gap}`);
  }
  return parts.join('，');
}

describe('the dashboard at /dashboard/', () => {
  let graph: RunningGraph;
  let browser: Browser;
  let page: Page;
  let dashboard: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    graph = await startGraph();
    dashboard = graph.url.replace(/\/graphql$/, '/dashboard/');
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 }, locale: 'zh-CN' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await graph?.stop();
  });

  /** Asks the gateway directly, failing on any error. */
  async function ask<T>(query: string): Promise<T> {
    const { body } = await graph.query<T>(query);
    expect(body.errors).toBeUndefined();
    return body.data!;
  }

  /** Waits until no request is in flight and the page has left its loading state. */
  async function settled(testId: string) {
    await page.getByTestId(testId).waitFor();
    await page.waitForLoadState('networkidle');
    await page.locator('.state-loading').waitFor({ state: 'detached' });
  }

  it('shows the province overview: the targets, progress by year, the map and the prefectures ranked, from the assessment', async () => {
    const { provinceAssessment: assessment } = await ask<{
      provinceAssessment: {
        meanScore: number;
        counties: Array<{
          score: number | null;
          rank: number | null;
          county: { name: string; prefecture: { code: string; name: string } };
        }>;
        progress: Array<{
          year: number;
          villagesExited: number;
          villagesExitedShareOfTarget: number;
          peopleLiftedOut: number;
          peopleLiftedOutShareOfTarget: number;
          sample: boolean;
        }>;
      };
    }>(`{ provinceAssessment(year: 2019) {
      meanScore
      counties { score rank county { name prefecture { code name } } }
      progress { year villagesExited villagesExitedShareOfTarget peopleLiftedOut peopleLiftedOutShareOfTarget sample }
    } }`);

    await page.goto(`${dashboard}#/?year=2019`);
    await settled('province-page');
    const text = await page.locator('main').innerText();
    expect(text).toContain('788 个');
    expect(text).toContain('65.93 万人');
    expect(text).toContain('97 个');
    expect(text).toContain('样例数据');
    expect(text).not.toContain('临时');

    // Progress at the end of 2018 and 2019, cumulative, against 788 villages and 659,300 people.
    expect(assessment.progress.map((p) => p.year)).toEqual([2018, 2019]);
    for (const p of assessment.progress) {
      const row = await page.getByTestId('progress-table').locator(`tr[data-year="${p.year}"]`).innerText();
      expect(row).toContain(
        `${formatNumber(p.villagesExited, 0)} 个（${formatNumber(p.villagesExitedShareOfTarget, 2)}%）`,
      );
      expect(row).toContain(
        `${formatPersons(p.peopleLiftedOut)}（${formatNumber(p.peopleLiftedOutShareOfTarget, 2)}%）`,
      );
      if (p.sample) expect(row).toContain('样例数据');
    }
    // The shares are of the document's targets the page states: 788 villages, 659,300 people.
    for (const p of assessment.progress) {
      expect(p.villagesExitedShareOfTarget).toBeCloseTo((p.villagesExited / 788) * 100, 2);
      expect(p.peopleLiftedOutShareOfTarget).toBeCloseTo((p.peopleLiftedOut / 659_300) * 100, 2);
    }
    expect(await page.getByTestId('province-summary').innerText()).toContain(
      `平均得分 ${formatScore(assessment.meanScore)}`,
    );

    // The map is drawn by ECharts on a canvas, every assessed county coloured by its score.
    const map = page.getByRole('img', { name: '湖北省各县考核得分地图' });
    expect(await map.locator('canvas').count()).toBeGreaterThan(0);
    expect((await map.boundingBox())?.height).toBeGreaterThan(300);
    const scored = assessment.counties.filter((c) => c.score !== null).length;
    expect(scored).toBe(60);
    expect(await page.getByTestId('province-map').getAttribute('data-scored')).toBe(String(scored));

    // 14 prefecture-level units, ranked by their counties' mean score, as provinceAssessment gives them.
    const ranking = page.getByTestId('prefecture-ranking');
    expect(await ranking.locator(':scope > li').count()).toBe(14);
    const byPrefecture = new Map<string, { name: string; scores: number[] }>();
    for (const { score, county } of assessment.counties) {
      const entry = byPrefecture.get(county.prefecture.code) ?? { name: county.prefecture.name, scores: [] };
      if (score !== null) entry.scores.push(score);
      byPrefecture.set(county.prefecture.code, entry);
    }
    const mean = (scores: number[]) => Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100;
    const expected = [...byPrefecture.values()].sort((a, b) => mean(b.scores) - mean(a.scores));
    const shown = await ranking.locator(':scope > li .ranking-name').allInnerTexts();
    expect(shown.slice(0, expected.length)).toEqual(expected.map((p) => p.name));
    // Each county with its score and provincial rank; the best of 2019 first in its prefecture.
    const best = assessment.counties[0]!;
    expect(best.rank).toBe(1);
    expect(await ranking.innerText()).toContain(`${best.county.name}${formatScore(best.score)}（第 1）`);

    // The roll-up is the assessment's own: 黄冈市's mean as Prefecture.assessment gives it.
    const { prefecture } = await ask<{
      prefecture: {
        assessment: { meanScore: number; counties: Array<{ score: number; rank: number; county: { name: string } }> };
      };
    }>(
      `{ prefecture(code: "421100") { assessment(year: 2019) { meanScore counties { score rank county { name } } } } }`,
    );
    const huanggang = await ranking.locator('li[data-prefecture="421100"]').innerText();
    expect(huanggang).toContain(`平均 ${formatScore(prefecture.assessment.meanScore)} 分（4 县`);
    for (const c of prefecture.assessment.counties) {
      expect(huanggang).toContain(`${c.county.name}${formatScore(c.score)}（第 ${c.rank}）`);
    }
    expect((await stat(await screenshot(page, 'province'))).size).toBeGreaterThan(10_000);
  });

  it('opens a county from the ranking: every department side by side, each shortfall explained', async () => {
    await page
      .getByTestId('prefecture-ranking')
      .getByRole('link', { name: /武穴市/ })
      .click();
    await settled('county-page');
    expect(page.url()).toContain('#/county/421182?year=2019');
    expect(await page.locator('h1').innerText()).toContain('武穴市');

    const finance = page.getByTestId('department-finance');
    expect(await finance.innerText()).toContain('样例数据');
    // The 15% rule as the graph judges 武穴市 on it, explained against the rule's own constant.
    const { county: wuxue } = await ask<{
      county: {
        finance: {
          rules: Array<{
            rule: { id: string };
            status: string;
            actual: number | null;
            required: number | null;
            gap: number | null;
          }>;
        };
      };
    }>(`{ county(code: "421182") { finance(year: 2019) { rules { rule { id } status actual required gap } } } }`);
    const BUDGET = 'finance.specialBudgetShare';
    const budget = wuxue.finance.rules.find((r) => r.rule.id === BUDGET)!;
    expect(budget).toBeDefined();
    expect(budget.required).toBe(ruleOf(BUDGET).required);
    const shortfall = finance.locator(`[data-rule="${BUDGET}"]`);
    expect(await shortfall.getAttribute('data-status')).toBe(budget.status);
    if (budget.status === 'NOT_MET') expect(await shortfall.innerText()).toContain('未达标');
    expect(await shortfall.innerText()).toContain(explained(BUDGET, budget));
    // Every department's card (each department part of the graph that answers for a measure), side by side.
    const cards = readDepartmentsManifest()
      .departments.filter((d) => d.indicators.some((i) => i.measure !== null))
      .map((d) => d.viewField);
    expect(cards).toContain('finance');
    expect(await page.locator('[data-testid^="department-"]').count()).toBe(cards.length);
    for (const department of cards) {
      expect(await page.getByTestId(`department-${department}`).innerText(), department).toContain('报送及计算数据');
    }
    const { county } = await ask<{ county: { assessment: { score: number; rank: number } } }>(
      `{ county(code: "421182") { assessment(year: 2019) { score rank } } }`,
    );
    expect(await page.getByTestId('assessment-score').innerText()).toBe(formatScore(county.assessment.score));
    expect(await page.getByTestId('assessment-rank').innerText()).toBe(`第 ${county.assessment.rank} / 60 名`);
    await screenshot(page, 'county');
  });

  it("shows a county's assessment: score, rank, rules met, each measure's status, the shortfalls explained", async () => {
    const { county } = await ask<{
      county: {
        assessment: {
          score: number;
          rank: number;
          rankedAmong: number;
          shareOfRulesMet: number;
          rulesMet: number;
          rulesAssessed: number;
          measures: Array<{ measure: { number: number }; status: string; score: number }>;
          shortfalls: Array<{
            rule: { id: string; kind: RuleKind };
            department: { name: string };
            status: 'NOT_MET' | 'NO_DATA';
            actual: number | null;
            required: number | null;
            gap: number | null;
            unit: Unit;
          }>;
        };
      };
    }>(`{ county(code: "421125") { assessment(year: 2019) {
      score rank rankedAmong shareOfRulesMet rulesMet rulesAssessed
      measures { measure { number } status score }
      shortfalls { rule { id kind } department { name } status actual required gap unit }
    } } }`);
    const a = county.assessment;

    await page.goto(`${dashboard}#/county/421125?year=2019`);
    await settled('county-page');
    expect(await page.locator('h1').innerText()).toContain('浠水县');
    expect(await page.getByTestId('assessment-score').innerText()).toBe(formatScore(a.score));
    expect(await page.getByTestId('assessment-rank').innerText()).toBe(`第 ${a.rank} / ${a.rankedAmong} 名`);
    expect(await page.getByTestId('assessment-share').innerText()).toBe(`${formatNumber(a.shareOfRulesMet, 2)}%`);
    expect(await page.getByTestId('county-assessment').innerText()).toContain(
      `达标 ${a.rulesMet} / ${a.rulesAssessed} 条`,
    );
    // The county's own assessment and the province's ranking agree on its score and rank.
    const { provinceAssessment } = await ask<{
      provinceAssessment: { counties: Array<{ score: number | null; rank: number | null; county: { code: string } }> };
    }>(`{ provinceAssessment(year: 2019) { counties { score rank county { code } } } }`);
    const ranked = provinceAssessment.counties.find((c) => c.county.code === '421125')!;
    expect(ranked).toBeDefined();
    expect([a.score, a.rank]).toEqual([ranked.score, ranked.rank]);

    const measures = page.getByTestId('assessment-measures').locator('tbody tr');
    expect(await measures.count()).toBe(a.measures.length);
    for (const m of a.measures) {
      const row = page.getByTestId('assessment-measures').locator(`tbody tr[data-measure="${m.measure.number}"]`);
      expect(await row.getAttribute('data-status'), `measure ${m.measure.number}`).toBe(m.status);
      expect(await row.innerText()).toContain(formatScore(m.score));
    }

    const shortfalls = page.getByTestId('assessment-shortfalls');
    expect(await shortfalls.locator(':scope > li').count()).toBe(a.shortfalls.length);
    for (const s of a.shortfalls) {
      const item = await shortfalls.locator(`[data-rule="${s.rule.id}"]`).innerText();
      expect(item).toContain(s.department.name);
      expect(item).toContain(explainRule({ ...s, ...s.rule }));
    }
    // Each shortfall on a rule with a constant, in words written out here, against the manifest's constant.
    const constant = a.shortfalls.filter(
      (s) => s.status === 'NOT_MET' && typeof ruleOf(s.rule.id).required === 'number',
    );
    expect(constant.length).toBeGreaterThan(0);
    for (const s of constant) {
      expect(s.required, s.rule.id).toBe(ruleOf(s.rule.id).required);
      expect(s.rule.kind, s.rule.id).toBe(ruleOf(s.rule.id).kind);
      const item = await shortfalls.locator(`[data-rule="${s.rule.id}"]`).innerText();
      expect(item).toContain(explained(s.rule.id, s));
    }
    const transportShortfalls = a.shortfalls.filter((s) => s.rule.id.startsWith('transport.'));
    for (const s of transportShortfalls) {
      expect(await shortfalls.locator(`[data-rule="${s.rule.id}"]`).innerText()).toContain('省交通运输厅');
    }
    console.info(
      `浠水县 2019: score ${a.score}, rank ${a.rank}; transport shortfalls: ${transportShortfalls.map((s) => s.rule.id).join(', ') || 'none'}`,
    );
    await screenshot(page, 'county-assessment');
  });

  it("opens a measure from a department's card: its text, departments, indicators and charts", async () => {
    await page.goto(`${dashboard}#/county/421182?year=2019`);
    await settled('county-page');
    await page.getByTestId('department-transport').getByRole('link', { name: '11' }).click();
    await settled('measure-page');
    expect(page.url()).toContain('#/measure/11?year=2019');
    const text = await page.locator('main').innerText();
    expect(text).toContain('第 11 条');
    expect(text).toContain('每年对非贫困县有扶贫任务的乡镇实施不少于10公里');
    expect(text).toContain('省交通运输厅');
    // As many indicators as the departments declare for measure 11, and the graph's catalogue has.
    const indicators = [...INDICATORS.values()].filter((i) => i.measure === 11).map((i) => i.id);
    const rules = [...RULES.values()].filter((r) => r.measure === 11);
    const { measure } = await ask<{ measure: { indicators: Array<{ id: string }>; rules: Array<{ id: string }> } }>(
      `{ measure(number: 11) { indicators { id } rules { id } } }`,
    );
    expect(measure.indicators.map((i) => i.id).sort()).toEqual([...indicators].sort());
    expect(measure.rules.map((r) => r.id).sort()).toEqual(rules.map((r) => r.id).sort());
    expect(text).toContain(`指标（${indicators.length} 项）`);
    const chart = page.getByRole('img', { name: /各县实际与要求/ }).first();
    await chart.locator('canvas').first().waitFor();

    // Each rule: what it requires, its basis, and in 2019 how the 60 counties stand on it, as the graph has them.
    const views = [...new Set(rules.map((r) => MANIFEST.departments.find((d) => d.rules.includes(r))!.viewField))];
    const { counties } = await ask<{
      counties: Array<Record<string, { rules: Array<{ status: string; rule: { id: string } }> } | null>>;
    }>(
      `{ counties(hasTasks: true, povertyStatus: NONE) { ${views.map((v) => `${v}(year: 2019) { rules { status rule { id } } }`).join(' ')} } }`,
    );
    const results = counties.flatMap((county) => views.flatMap((v) => county[v]?.rules ?? []));
    let assessed = 0;
    for (const rule of rules) {
      const standing = await page.locator(`[data-rule="${rule.id}"]`).innerText();
      expect(standing, rule.id).toContain(`要求 ${requirement(rule.id)}（${INDICATORS.get(rule.indicator)!.name}）`);
      expect(standing, rule.id).toMatch(/依据：(文件规定|本项目解读)——/);
      if (!rule.years.includes(2019)) {
        expect(standing, rule.id).toContain('本规则不考察 2019 年');
        continue;
      }
      const count = (status: string) => results.filter((r) => r.rule.id === rule.id && r.status === status).length;
      expect(standing, rule.id).toMatch(new RegExp(`(?<!未)达标\\s*${count('MET')} 县`));
      expect(standing, rule.id).toMatch(new RegExp(`未达标\\s*${count('NOT_MET')} 县`));
      expect(standing, rule.id).toMatch(new RegExp(`无数据\\s*${count('NO_DATA')} 县`));
      expect(standing, rule.id).toMatch(new RegExp(`不适用\\s*${count('NOT_APPLICABLE')} 县`));
      assessed += 1;
    }
    expect(assessed).toBeGreaterThan(0);
    await screenshot(page, 'measure');
  });

  it('goes back to the overview by the breadcrumb, and to another year by the year picker', async () => {
    await page.getByRole('navigation', { name: '位置' }).getByRole('link', { name: '全省概览' }).click();
    await settled('province-page');
    await page.getByRole('navigation', { name: '年度' }).first().getByRole('link', { name: '2020 年' }).click();
    await settled('province-page');
    expect(page.url()).toContain('#/?year=2020');
    expect(await page.locator('#map-title').innerText()).toContain('2020 年');
  });

  it("shows a poverty county's rules as not applicable, with the reason, and each rule's basis", async () => {
    const { county } = await ask<{
      county: { finance: { rules: Array<{ status: string; reason: string | null }> } | null };
    }>(`{ county(code: "421181") { finance(year: 2019) { rules { status reason } } } }`);
    const rules = county.finance!.rules;
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((r) => r.status === 'NOT_APPLICABLE')).toBe(true);

    await page.goto(`${dashboard}#/county/421181?year=2019`);
    await settled('county-page');
    expect(await page.locator('h1').innerText()).toContain('麻城市');
    const finance = page.getByTestId('department-finance');
    expect(await finance.getByTestId('rules-not-applicable').innerText()).toBe('不适用：贫困县, 本文件措施不适用');
    expect(await page.locator('.departments .rule-no-data').count()).toBe(0);
    expect(await page.locator('.departments .rule').count()).toBe(0);

    // A non-poverty county's rules each say on what authority they stand, the note as the tooltip.
    await page.goto(`${dashboard}#/county/421182?year=2019`);
    await settled('county-page');
    const basis = page.locator('[data-rule="finance.specialBudgetShare"] .badge-basis');
    expect(await basis.innerText()).toMatch(/^(文件规定|本项目解读)$/);
    expect(await basis.getAttribute('title')).toBeTruthy();
  });

  it('says where each figure comes from: sample, or the revision, publisher and time once a department publishes it', async () => {
    type Observation = {
      indicator: { id: string };
      year: number;
      value: number;
      revision: number;
      publishedBy: string;
      publishedAt: string;
      sample: boolean;
    };
    const read = async () =>
      (
        await ask<{ county: { transport: { townshipRoadUpgradeKm: number; observations: Observation[] } } }>(
          `{ county(code: "421125") { transport(year: 2019) {
            townshipRoadUpgradeKm
            observations { indicator { id } year value revision publishedBy publishedAt sample }
          } } }`,
        )
      ).county.transport;
    const ID = 'transport.townshipRoadUpgradeKm';
    const before = await read();
    const sampleFigure = before.observations.find((o) => o.indicator.id === ID)!;
    expect(sampleFigure).toMatchObject({ revision: 1, sample: true });

    await page.goto(`${dashboard}#/county/421125?year=2019`);
    await settled('county-page');
    const transport = page.getByTestId('department-transport');
    const row = transport.locator(`tr[data-figure="${ID}"]`);
    // Sample data: the figure says 样例, and no revision; the view says once that it is all sample.
    expect(await row.getAttribute('data-origin')).toBe('observation');
    expect(await row.locator('.provenance').innerText()).toBe('样例');
    expect(await transport.locator('header h3').innerText()).toContain('样例数据');
    expect(await page.locator('.section-title').innerText()).toContain('各部门数据均为样例');
    // Every figure with a sample observation carries the badge; a derived one says it is computed.
    const sampleRows = before.observations.filter((o) => o.year === 2019 && o.sample).length;
    expect(sampleRows).toBeGreaterThan(0);
    expect(await transport.locator('tr[data-origin="observation"] .badge-sample').count()).toBe(sampleRows);
    const DERIVED = 'transport.roadUpgradeKmPerTownship';
    expect(INDICATORS.get(DERIVED)?.rollup.kind).toBe('RATIO');
    const derived = transport.locator(`tr[data-figure="${DERIVED}"]`);
    expect(await derived.getAttribute('data-origin')).toBe('derived');
    expect(await derived.locator('.provenance').innerText()).toContain('计算');

    // 省交通运输厅 publishes the figure again (a correction of revision 1, the same value: no score changes).
    const token = await mintToken(DEVELOPMENT_AUTH_SECRET, {
      subject: 'transport-officer',
      department: 'transport',
      role: 'publisher',
    });
    const { body } = await graph.query<{
      publishTransportObservations: { observations: Array<{ revision: number; publishedBy: string }> };
    }>(
      `mutation ($input: PublishObservationsInput!) {
        publishTransportObservations(input: $input) { observations { revision publishedBy } }
      }`,
      {
        input: {
          idempotencyKey: 'dashboard-provenance-xishui-2019',
          rows: [
            { indicator: ID, county: '421125', year: 2019, value: before.townshipRoadUpgradeKm, replacesRevision: 1 },
          ],
        },
      },
      { authorization: `Bearer ${token}` },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.publishTransportObservations.observations).toEqual([
      { revision: 2, publishedBy: 'transport-officer' },
    ]);
    const published = (await read()).observations.find((o) => o.indicator.id === ID)!;
    expect(published).toMatchObject({ revision: 2, publishedBy: 'transport-officer', sample: false });

    await page.reload();
    await settled('county-page');
    const provenance = row.locator('.provenance');
    expect(await provenance.innerText()).toContain('第2版');
    expect(await provenance.innerText()).toContain(`transport-officer · ${formatDateTime(published.publishedAt)}`);
    expect(await provenance.innerText()).not.toContain('样例');
    expect(await provenance.locator('[data-revision]').getAttribute('title')).toBe(describePublication(published));
    // The other figures are still sample: the view and the page now say part of it is.
    expect(await transport.locator('tr[data-origin="observation"] .badge-sample').count()).toBe(sampleRows - 1);
    expect(await transport.locator('header h3').innerText()).toContain('部分数据为样例');
    expect(await page.locator('.section-title').innerText()).toContain('部分数据为样例');
    await screenshot(page, 'county-provenance');
  });

  it('marks what rests on sample data: each rule result, the score, the stock and the province ranking', async () => {
    const { county } = await ask<{
      county: {
        stockSample: boolean;
        assessment: { sample: boolean };
        [field: string]: unknown;
      };
    }>(`{ county(code: "421125") {
      stockSample
      assessment(year: 2019) { sample }
      ${DEPARTMENT_VIEWS.map(
        (v) => `${v.field}(year: 2019) { rules { status sample rule { id basis basisNote words } } }`,
      ).join('\n')}
    } }`);
    // Sample data throughout: the stock is the sample split, the score rests on sample figures.
    expect(county.stockSample).toBe(true);
    expect(county.assessment.sample).toBe(true);

    await page.goto(`${dashboard}#/county/421125?year=2019`);
    await settled('county-page');
    expect(await page.getByTestId('county-stock').locator('.badge-sample').innerText()).toBe('样例');
    expect(await page.getByTestId('assessment-sample').innerText()).toBe('样例');
    expect(await page.getByTestId('assessment-score').innerText()).not.toContain('样例');

    // Each rule result shown carries 样例 exactly when it rests on sample figures, and its rule's words in the tooltip.
    let sampleResults = 0;
    let withWords = 0;
    for (const view of DEPARTMENT_VIEWS) {
      const results = (
        county[view.field] as {
          rules: Array<{
            status: string;
            sample: boolean;
            rule: { id: string; basisNote: string; words: string | null };
          }>;
        }
      ).rules;
      if (results.every((r) => r.status === 'NOT_APPLICABLE')) continue;
      for (const result of results) {
        const item = page.getByTestId(`department-${view.field}`).locator(`li[data-rule="${result.rule.id}"]`);
        expect(await item.locator('.badge-sample').count(), result.rule.id).toBe(result.sample ? 1 : 0);
        const title = await item.locator('.badge-basis').getAttribute('title');
        expect(title).toContain(result.rule.basisNote);
        if (result.rule.words) {
          expect(title).toContain(result.rule.words);
          withWords += 1;
        }
        if (result.sample) sampleResults += 1;
      }
    }
    expect(sampleResults).toBeGreaterThan(0);
    expect(await page.locator('.departments li.rule .badge-sample').count()).toBe(sampleResults);
    console.info(`rule results on sample figures: ${sampleResults}; rules with the document's words: ${withWords}`);

    // The province's ranking rests on sample scores, and says so.
    const { provinceAssessment } = await ask<{ provinceAssessment: { sample: boolean } }>(
      `{ provinceAssessment(year: 2019) { sample } }`,
    );
    expect(provinceAssessment.sample).toBe(true);
    await page.goto(`${dashboard}#/?year=2019`);
    await settled('province-page');
    expect(await page.locator('#prefectures-title .badge-sample').innerText()).toMatch(/^(样例数据|部分数据为样例)$/);
  });

  it("warns on a department's card where its count of the stock disagrees with the province's", async () => {
    const restating = DEPARTMENT_VIEWS.filter((view) => view.baselineChecks);
    expect(restating.map((view) => view.field)).toContain('transport');
    type Check = {
      indicator: { id: string };
      value: number | null;
      stock: number | null;
      withinTolerance: boolean | null;
    };
    const { counties, indicators } = await ask<{
      counties: Array<{ code: string; name: string; [field: string]: unknown }>;
      indicators: Array<{ id: string; name: string; unit: Unit }>;
    }>(`{
      counties(hasTasks: true, povertyStatus: NONE) {
        code
        name
        ${restating
          .map((v) => `${v.field}(year: 2019) { baselineChecks { indicator { id } value stock withinTolerance } }`)
          .join('\n')}
      }
      indicators { id name unit }
    }`);
    const checksOf = (county: (typeof counties)[number], field: string) =>
      (county[field] as { baselineChecks: Check[] } | null)?.baselineChecks ?? [];
    const disagreeing = counties.flatMap((county) =>
      restating.flatMap((view) =>
        checksOf(county, view.field)
          .filter((check) => check.withinTolerance === false)
          .map((check) => ({ county, view, check })),
      ),
    );
    // The sample makes at least one department miscount the stock somewhere.
    expect(disagreeing.length).toBeGreaterThan(0);
    const { county, view, check } = disagreeing[0]!;
    const indicator = indicators.find((i) => i.id === check.indicator.id)!;
    console.info(`stock disagreement: ${county.name} (${county.code}), ${view.field}, ${check.indicator.id}`);

    await page.goto(`${dashboard}#/county/${county.code}?year=2019`);
    await settled('county-page');
    const warnings = page.getByTestId(`department-${view.field}`).getByTestId('baseline-warning');
    const line = await warnings.locator(`[data-indicator="${check.indicator.id}"]`).innerText();
    expect(line).toContain('存量与全省不一致');
    expect(line).toContain(
      `${indicator.name} 部门报 ${formatValue(check.value, indicator.unit)}，全省存量 ${formatValue(check.stock, indicator.unit)}`,
    );
    // Only the views whose checks disagree carry a warning on this county's page.
    for (const other of restating) {
      const off = checksOf(county, other.field).filter((c) => c.withinTolerance === false).length;
      expect(await page.getByTestId(`department-${other.field}`).getByTestId('baseline-warning').count()).toBe(
        off > 0 ? 1 : 0,
      );
    }
    await screenshot(page, 'county-baseline-warning');

    // A county whose counts agree has none.
    const agreeing = counties.find((c) =>
      restating.every(
        (v) => checksOf(c, v.field).length > 0 && checksOf(c, v.field).every((x) => x.withinTolerance === true),
      ),
    )!;
    expect(agreeing).toBeDefined();
    await page.goto(`${dashboard}#/county/${agreeing.code}?year=2019`);
    await settled('county-page');
    expect(await page.getByTestId('baseline-warning').count()).toBe(0);
  });

  it('with one department down, shows the others, its measures unavailable in the assessment, and names it', async () => {
    // 武穴市's transport rules, as the graph judges them (transport does not depend on finance).
    const { county: wuxue } = await ask<{
      county: {
        transport: {
          rules: Array<{ rule: { id: string }; status: string; actual: number | null; gap: number | null }>;
        };
      };
    }>(`{ county(code: "421182") { transport(year: 2019) { rules { rule { id } status actual gap } } } }`);
    const transportNotMet = wuxue.transport.rules.filter(
      (r) => r.status === 'NOT_MET' && typeof ruleOf(r.rule.id).required === 'number',
    );
    expect(transportNotMet.length).toBeGreaterThan(0);

    const index = graph.subgraphs.findIndex((subgraph) => subgraph.name === 'finance');
    const [finance] = graph.subgraphs.splice(index, 1);
    await finance!.stop();

    const { body } = await graph.query<{
      county: {
        assessment: {
          score: number;
          rank: number;
          complete: boolean;
          unavailableDepartments: Array<{ name: string }>;
          measures: Array<{ measure: { number: number }; status: string }>;
        };
      };
    }>(`{ county(code: "421182") { assessment(year: 2019) {
      score rank complete unavailableDepartments { name } measures { measure { number } status }
    } } }`);
    const a = body.data!.county.assessment;
    expect(a.complete).toBe(false);
    expect(a.unavailableDepartments.map((d) => d.name)).toEqual(['省财政厅']);
    const unavailable = a.measures.filter((m) => m.status === 'UNAVAILABLE').map((m) => m.measure.number);
    expect(unavailable.length).toBeGreaterThan(0);

    await page.goto(`${dashboard}#/county/421182?year=2019`);
    await page.reload();
    await settled('county-page');
    expect(await page.getByTestId('missing-notice').innerText()).toContain('省财政厅');
    expect(await page.getByTestId('department-finance').innerText()).toContain('数据暂缺');
    const transport = page.getByTestId('department-transport');
    expect(await transport.innerText()).toContain('样例数据');
    for (const result of transportNotMet) {
      const line = await transport.locator(`li[data-rule="${result.rule.id}"]`).innerText();
      expect(line).toContain(explained(result.rule.id, result));
      console.info(`武穴市 2019, ${result.rule.id}: ${explained(result.rule.id, result)}`);
    }

    // The assessment: finance's measures unavailable, the department named, the score over the rest.
    for (const number of unavailable) {
      const row = page.getByTestId('assessment-measures').locator(`[data-measure="${number}"]`);
      expect(await row.getAttribute('data-status')).toBe('UNAVAILABLE');
      expect(await row.innerText()).toContain('暂不可用');
      expect(await row.innerText()).toContain('省财政厅');
    }
    const notice = await page.getByTestId('assessment-unavailable').innerText();
    expect(notice).toContain('省财政厅的数据暂不可用');
    expect(notice).toContain(`措施 ${unavailable.join('、')} 未计入评分`);
    expect(await page.getByTestId('assessment-score').innerText()).toBe(formatScore(a.score));
    expect(await page.getByTestId('assessment-rank').innerText()).toBe(`第 ${a.rank} / 60 名`);
    await screenshot(page, 'county-finance-down');

    // The province page still colours the map by the scores over the other measures, and says whose are left out.
    await page.goto(`${dashboard}#/?year=2019`);
    await settled('province-page');
    expect(await page.getByTestId('missing-notice').innerText()).toContain('省财政厅');
    expect(await page.locator('main').innerText()).toContain('省财政厅的数据暂不可用，其措施未计入得分');
    expect(await page.getByTestId('province-map').getAttribute('data-scored')).toBe('60');
    await screenshot(page, 'province-finance-down');
  });

  it('threw no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
