// The dashboard in a real browser, over the whole graph: the three pages render with figures from
// the running subgraphs, links lead from one page to the next, and with one department's subgraph
// stopped the county page shows the other five and names the missing one. Screenshots of each page
// go to test-results/web/.
import { stat } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  /** Waits until no request is in flight and the page has left its loading state. */
  async function settled(testId: string) {
    await page.getByTestId(testId).waitFor();
    await page.waitForLoadState('networkidle');
    await page.locator('.state-loading').waitFor({ state: 'detached' });
  }

  it('shows the province overview: the targets, the county map and the prefectures ranked', async () => {
    await page.goto(`${dashboard}#/?year=2019`);
    await settled('province-page');
    const text = await page.locator('main').innerText();
    expect(text).toContain('788 个');
    expect(text).toContain('65.93 万人');
    expect(text).toContain('97 个');
    expect(text).toContain('样例数据');
    // 14 prefecture-level units, ranked; the ones with scores have a rank number.
    expect(await page.getByTestId('prefecture-ranking').locator(':scope > li').count()).toBe(14);
    expect(await page.getByTestId('prefecture-ranking').innerText()).toContain('黄冈市');
    // The map is drawn by ECharts on a canvas.
    const map = page.getByRole('img', { name: '湖北省各县达标情况地图' });
    expect(await map.locator('canvas').count()).toBeGreaterThan(0);
    expect((await map.boundingBox())?.height).toBeGreaterThan(300);
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
    for (const department of ['transport', 'water', 'education', 'health', 'financeInsurance']) {
      expect(await page.getByTestId(`department-${department}`).innerText(), department).toContain('报送及计算数据');
    }
    expect(await page.getByTestId('county-rank').innerText()).toMatch(/第 \d+ \/ 60 名/);
    await screenshot(page, 'county');
  });

  it("opens a measure from a department's card: its text, departments, indicators and charts", async () => {
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

  it('with one department down, shows the others and names the one missing', async () => {
    const index = graph.subgraphs.findIndex((subgraph) => subgraph.name === 'finance');
    const [finance] = graph.subgraphs.splice(index, 1);
    await finance!.stop();

    await page.goto(`${dashboard}#/county/421182?year=2019`);
    await page.reload();
    await settled('county-page');
    expect(await page.getByTestId('missing-notice').innerText()).toContain('省财政厅');
    expect(await page.getByTestId('department-finance').innerText()).toContain('数据暂缺');
    const transport = await page.getByTestId('department-transport').innerText();
    expect(transport).toContain('样例数据');
    expect(transport).toContain('实际 89.9%，要求 ≥ 100%，差 10.1 个百分点');
    await screenshot(page, 'county-finance-down');
  });

  it('threw no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
