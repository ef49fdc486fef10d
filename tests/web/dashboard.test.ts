// The dashboard in a real browser, over the whole graph: the three pages render with figures from
// the running subgraphs, the assessment's scores, ranks, shortfalls and progress exactly as the
// graph gives them, links lead from one page to the next, and with one department's subgraph
// stopped the county page shows the other five, the assessment's measures of the stopped one as
// unavailable, and names it. Screenshots of each page go to test-results/web/.
import { stat } from 'node:fs/promises';
import { readDepartmentsManifest } from '@fupin/kit';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  explainRule,
  formatNumber,
  formatPersons,
  formatScore,
  type RuleKind,
  type Unit,
} from '../../web/src/format.ts';
import { startGraph, type RunningGraph } from '../support/graph.js';
import { launchChromium, screenshot } from './support/browser.js';

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
    expect(await page.getByTestId('progress-table').innerText()).toContain('517 个（65.61%）');
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
    const shortfall = finance.locator('[data-rule="finance.specialBudgetShare"]');
    expect(await shortfall.innerText()).toContain('未达标');
    expect(await shortfall.innerText()).toContain('实际 14.26%，要求 ≥ 15%，差 0.74 个百分点');
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
    // The README's figures for 浠水县 in 2019 (sample data).
    expect([a.score, a.rank]).toEqual([60.42, 53]);

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
    const road = await shortfalls.locator('[data-rule="transport.roadUpgradeKmPerTownship"]').innerText();
    expect(road).toContain('省交通运输厅');
    expect(road).toContain('实际 7.51 公里，要求 ≥ 10 公里，差 2.49 公里');
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
    expect(text).toContain('指标（17 项）');
    const chart = page.getByRole('img', { name: /各县实际与要求/ }).first();
    await chart.locator('canvas').first().waitFor();
    expect(await page.locator('[data-rule="transport.roadUpgradeKmPerTownship"]').innerText()).toMatch(/达标\s*\d+ 县/);
    const road = await page.locator('[data-rule="transport.roadUpgradeKmPerTownship"]').innerText();
    expect(road).toMatch(/不适用\s*\d+ 县/);
    expect(road).toMatch(/依据：(文件规定|本项目解读)——/);
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

  it('with one department down, shows the others, its measures unavailable in the assessment, and names it', async () => {
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
    const transport = await page.getByTestId('department-transport').innerText();
    expect(transport).toContain('样例数据');
    expect(transport).toContain('实际 89.9%，要求 ≥ 100%，差 10.1 个百分点');

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
