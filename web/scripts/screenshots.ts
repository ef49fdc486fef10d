// Screenshots of the dashboard's three pages for the README (docs/screenshots/), taken from a
// running stack with Debian's Chromium:
//
//   npm start                                  # in one terminal
//   npx tsx web/scripts/screenshots.ts [http://127.0.0.1:4000]
//
// The fourth, county-finance-down.png, needs a subgraph stopped, which `npm start` cannot do: the
// browser test takes it (`npx vitest run --project web` → test-results/web/county-finance-down.png).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const base = (process.argv[2] ?? 'http://127.0.0.1:4000').replace(/\/$/, '');
const out = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const pages = [
  // The whole page: targets and progress, the map, the 14 prefectures ranked.
  { name: 'province', path: '#/?year=2019', testId: 'province-page', height: null },
  // The county's assessment, and the first row of department cards.
  { name: 'county', path: '#/county/421182?year=2019', testId: 'county-page', height: 1560 },
  { name: 'measure', path: '#/measure/11?year=2019', testId: 'measure-page', height: 1700 },
];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 }, locale: 'zh-CN' });
  for (const { name, path, testId, height } of pages) {
    await page.goto(`${base}/dashboard/${path}`);
    await page.getByTestId(testId).waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(800); // ECharts animates its first frame in
    const file = `${out}${name}.png`;
    await page.screenshot(
      height === null
        ? { path: file, fullPage: true }
        : { path: file, fullPage: true, clip: { x: 0, y: 0, width: 1360, height } },
    );
    console.log(file);
  }
} finally {
  await browser.close();
}
