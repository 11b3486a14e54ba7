/**
 * Charts in a real Chromium: every dataset page (the extracted ones, and the fixture datasets of
 * tests/fixtures/charts-datasets merged into a second build) draws a non-empty canvas whose chart
 * holds exactly the dataset's values, the table is there, and pages without a chart load no chart code.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { browserAvailable, launchBrowser, serveDist } from './helpers/browser.ts';
import { CONTENT, DIST, TEST_ROOT, allPages, readPage } from './helpers/site.ts';
import { chartSpecFor } from '../src/lib/chart-spec.ts';
import type { Dataset } from '../src/schemas/index.ts';

const FIXTURE_ROOT = path.join(TEST_ROOT, 'charts');
const FIXTURE_DIST = path.join(FIXTURE_ROOT, 'dist');
const fixtures = JSON.parse(await readFile('tests/fixtures/charts-datasets/datasets.json', 'utf8')) as Dataset[];
const extracted = JSON.parse(await readFile(path.join(CONTENT, 'data/datasets.json'), 'utf8')) as Dataset[];

/** Builds the site again from the test content plus the fixture datasets. */
async function buildWithFixtures() {
  const content = path.join(FIXTURE_ROOT, 'content');
  await rm(FIXTURE_ROOT, { recursive: true, force: true });
  await cp(CONTENT, content, { recursive: true });
  await writeFile(path.join(content, 'data/datasets.json'), JSON.stringify([...extracted, ...fixtures]));
  const r = spawnSync(path.resolve('node_modules/.bin/astro'), ['build', '--silent'], { env: { ...process.env, PLANVEV_CONTENT: content, PLANVEV_DIST: FIXTURE_DIST }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`astro build med testtabeller feilet:\n${r.stdout}\n${r.stderr}`);
}

const run = browserAvailable();
let browser: Browser;
beforeAll(async () => {
  if (!run) return;
  await buildWithFixtures();
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
});

interface Drawn { width: number; height: number; painted: boolean; role: string | null; label: string | null; labels: string[]; datasets: { label: string; data: (number | null)[] }[]; tableRows: number; caption: string }

/** Opens a page and reads every chart on it: canvas size, whether pixels were painted, the Chart.js data. */
async function readCharts(url: string): Promise<Drawn[]> {
  const page = await browser.newPage({ reducedMotion: 'reduce' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(() => [...document.querySelectorAll('canvas[data-chart]')].every((c) => (c as HTMLElement).dataset.chartReady), undefined, { timeout: 15_000 });
  const drawn = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')].map((c) => {
      const chart = window.planvevChart!(c)!;
      const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let painted = false;
      for (let i = 3; i < px.length; i += 4) if (px[i] !== 0) { painted = true; break; }
      const figure = c.closest('figure')!;
      return {
        width: c.width, height: c.height, painted, role: c.getAttribute('role'), label: c.getAttribute('aria-label'),
        labels: (chart.data.labels ?? []).map(String),
        datasets: chart.data.datasets.map((d) => ({ label: String(d.label), data: d.data as (number | null)[] })),
        tableRows: figure.querySelectorAll('table tbody tr').length,
        caption: figure.querySelector('table caption')?.textContent ?? '',
      };
    }),
  );
  await page.close();
  expect(errors).toEqual([]);
  return drawn;
}

/** The values a dataset's chart must hold, read off the spec the page was built from. */
function expectedSeries(d: Dataset) {
  const spec = chartSpecFor(d);
  return { labels: spec.labels, datasets: spec.series.map((s) => ({ label: s.label, data: s.values })) };
}

/** Every number of the dataset's non-sum rows, in the order the chart must hold them (rows or transposed). */
function valuesOf(d: Dataset) {
  return d.rows.filter((r) => !r.isSum).flatMap((r) => r.values).sort();
}

describe.runIf(run)('dataset charts in Chromium', () => {
  test.each(fixtures.map((d) => [d.shape, d] as const))('the %s fixture’s page draws a chart holding exactly its values, with its table', async (_, d) => {
    const { url, server } = await serveDist(FIXTURE_DIST);
    try {
      const [chart, ...more] = await readCharts(url + d.url);
      expect(more).toHaveLength(0);
      expect(chart.width).toBeGreaterThan(100);
      expect(chart.height).toBeGreaterThan(100);
      expect(chart.painted).toBe(true);
      expect(chart.role).toBe('img');
      expect(chart.label).toContain(d.title);
      expect({ labels: chart.labels, datasets: chart.datasets }).toEqual(expectedSeries(d));
      expect(chart.datasets.flatMap((s) => s.data).sort()).toEqual(valuesOf(d));
      expect(chart.caption).toContain(d.title);
      expect(chart.tableRows).toBe(d.rows.length);
    } finally {
      server.close();
    }
  });

  test('every extracted dataset’s page draws its values too, unless the table could not be placed', async () => {
    const { url, server } = await serveDist(DIST);
    try {
      for (const d of extracted.filter((x) => !x.uncertain)) {
        const charts = await readCharts(url + d.url);
        expect(charts, d.url).toHaveLength(1);
        expect(charts[0].painted, d.url).toBe(true);
        expect({ labels: charts[0].labels, datasets: charts[0].datasets }, d.url).toEqual(expectedSeries(d));
        expect(charts[0].tableRows, d.url).toBe(d.rows.length);
      }
    } finally {
      server.close();
    }
  });

  test('a table that could not be placed has no chart, one note, and its unplaced rows as written', async () => {
    // the Gjøvik financing plan: 8 of 12 rows have three numbers for four years
    const d = extracted.find((x) => x.uncertain && x.rows.some((r) => r.asWritten))!;
    expect(d).toBeDefined();
    const html = await readFile(path.join(DIST, d.url, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<canvas/);
    const row = d.rows.find((r) => r.asWritten)!;
    expect(html).toMatch(new RegExp(`class="num as-written" colspan="${d.columns.length}"[^>]*>${row.asWritten}<`));
    expect(html.match(/class="note"/g) ?? []).toHaveLength(d.notes.length);
    expect(d.notes).toHaveLength(1);
  });

  test('a failed sum check shows a visible note under the table', async () => {
    const d = fixtures.find((x) => x.sumChecks.some((c) => !c.ok))!;
    const html = await readFile(path.join(FIXTURE_DIST, d.url, 'index.html'), 'utf8');
    expect(html).toMatch(/class="note sum-warning"[^>]*>\s*<strong[^>]*>Summene i tabellen stemmer ikke\.<\/strong> Sum-raden, kolonne 2013: oppgitt 31\s000, utregnet 35\s657/);
  });

  test('the table has a caption, header scope and right-aligned number cells', async () => {
    const html = await readFile(path.join(FIXTURE_DIST, fixtures[0].url, 'index.html'), 'utf8');
    const table = html.match(/<table class="data-table[\s\S]*?<\/table>/)![0];
    expect(table).toMatch(/<caption[^>]*>Folketall 2000–2013/);
    expect(table.match(/<th scope="col"/g)).toHaveLength(fixtures[0].columns.length + 1);
    expect(table.match(/<th scope="row"/g)).toHaveLength(fixtures[0].rows.length);
    expect(table.match(/<td class="num"/g)).toHaveLength(fixtures[0].rows.length * fixtures[0].columns.length);
  });

  test('derived charts: actions by deadline on a document page hold the counts of its actions', async () => {
    const { url, server } = await serveDist(DIST);
    const strategies = JSON.parse(await readFile(path.join(CONTENT, 'data/strategies.json'), 'utf8')) as { documentId: string; actions: { timeframe: { to?: string } }[] }[];
    try {
      const pages = (await allPages(DIST)).filter((p) => p.startsWith('/tema/') || p.startsWith('/regioner/') || p.startsWith('/dokumenter/'));
      const withDerived: string[] = [];
      for (const p of pages) if ((await readFile(path.join(DIST, p, 'index.html'), 'utf8')).includes('Tiltak med frist')) withDerived.push(p);
      // document pages of plans with deadlines carry the chart (src/pages/dokumenter/[doc]/index.astro)
      expect(withDerived.length).toBeGreaterThan(0);
      const charts = await readCharts(url + withDerived[0]);
      const deadline = charts.find((c) => c.datasets[0]?.label === 'Tiltak med frist')!;
      expect(deadline.painted).toBe(true);
      const total = deadline.datasets[0].data.reduce((s: number, v) => s + (v ?? 0), 0);
      expect(total).toBeGreaterThan(0);
      expect(total).toBeLessThanOrEqual(strategies.flatMap((s) => s.actions).filter((a) => a.timeframe.to).length);
    } finally {
      server.close();
    }
  });
});

describe.runIf(run)('pages without a chart ship no chart code', () => {
  test('no chart script in text pages; chart script only where a canvas is', async () => {
    const pages = await allPages(DIST);
    let withChart = 0;
    for (const p of pages) {
      const html = await readPage(p);
      const canvas = html.includes('data-chart=');
      const script = /\/_astro\/[^"]*(DatasetChart|chart)[^"]*\.js/i.test(html);
      expect(script, p).toBe(canvas);
      if (canvas) withChart++;
    }
    expect(pages.length).toBeGreaterThan(10);
    expect(withChart).toBeGreaterThanOrEqual(extracted.length > 0 ? 1 : 0);
  });

  test('a text page loads no chart JavaScript in the browser, a chart page does', async () => {
    const { url, server, requests } = await serveDist(FIXTURE_DIST);
    try {
      const page = await browser.newPage();
      await page.goto(`${url}/om/`, { waitUntil: 'networkidle' });
      const textPageRequests = [...requests];
      await page.goto(url + fixtures[0].url, { waitUntil: 'networkidle' });
      await page.close();
      expect(textPageRequests.filter((r) => /chart/i.test(r))).toEqual([]);
      expect(requests.filter((r) => /\/_astro\/.*chart.*\.js$/i.test(r)).length).toBeGreaterThan(0);
    } finally {
      server.close();
    }
  });
});
