/**
 * The HTML report as a reader sees it: headless Chromium (Debian `chromium`, driven by
 * playwright-core, no browser download) opens report.html from disk with the network off, waits
 * until every chart has rendered, and checks the chart count, that nothing was logged as an
 * error, and that no request left the file system.
 *
 * Sources: a real small run of the default study (the built CLI, `poolsim run`, as
 * `npm test` builds first), the synthetic fixture, which has every chart (fees, returns,
 * router policies) and a `<script>` in the seller's name that must stay text, and the real
 * transition and sync fixtures for the charts of their sections.
 * Screenshots (desktop, phone, each chart) go to reports/browser-test/<case>/; with
 * POOLSIM_UPDATE_DOC_IMAGES=1 the fixture's are also copied into docs/img/ for docs/report.md.
 *
 * Chromium is found where the machine has it (support/find-chromium.ts; POOLSIM_CHROMIUM
 * names another). Without one the test is skipped with one line saying how to enable it,
 * except under CI=true, where a missing browser fails (.ci/run installs Debian's chromium).
 * POOLSIM_SKIP_BROWSER=1 skips it on purpose.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReportFiles } from '../../src/report/write-report.js';
import { poolsim } from '../cli/run-cli.js';
import { browserPlan } from './support/find-chromium.js';
import { REPORT_FIXTURE, SENSITIVITY_FIXTURE, SYNC_FIXTURE, TRANSITION_FIXTURE } from './support/fixtures.js';

const plan = browserPlan();
// the one line a developer without Chromium sees
if (!plan.run) process.stderr.write(`${plan.why}\n`);
const CHROMIUM = plan.run ? plan.chromium : null;
const ROOT = resolve(__dirname, '../..');
const OUT = join(ROOT, 'reports/browser-test');
const DOC_IMG = join(ROOT, 'docs/img');
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const DESKTOP = { width: 1100, height: 900 };
const PHONE = { width: 390, height: 844 };


interface Opened {
  page: Page;
  consoleErrors: string[];
  blockedRequests: string[];
  dialogs: string[];
}

describe.skipIf(!plan.run)('report.html in headless Chromium', () => {
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    expect(CHROMIUM, 'CI=true and no Chromium found: .ci/run installs Debian’s chromium; set POOLSIM_CHROMIUM to another').not.toBeNull();
    profile = mkdtempSync(join(tmpdir(), 'poolsim-chromium-'));
    // launchPersistentContext passes the fresh profile folder as --user-data-dir
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM!,
      headless: true,
      args: FLAGS,
      offline: true,
      viewport: DESKTOP,
    });
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function open(file: string, viewport: { width: number; height: number }): Promise<Opened> {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    const opened: Opened = { page, consoleErrors: [], blockedRequests: [], dialogs: [] };
    page.on('console', (msg) => {
      if (msg.type() === 'error') opened.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => opened.consoleErrors.push(err.message));
    page.on('dialog', (d) => {
      opened.dialogs.push(d.message());
      void d.dismiss();
    });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      opened.blockedRequests.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('html[data-charts-rendered]', { timeout: 60_000 });
    return opened;
  }

  it('renders the reports of a real small run of the default study, in English and Chinese', async () => {
    const dir = join(OUT, 'real-run');
    rmSync(dir, { recursive: true, force: true });
    const run = poolsim(['run', 'scenarios/default.yaml', '--reps', '2', '--horizon', '60', '--warmup', '10', '--workers', '1', '--quiet', '--no-report', '--out', dir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const lang of ['en', 'zh'] as const) {
      const written = await writeReportFiles(join(dir, 'results.json'), { lang, skipImages: true });
      const { page, consoleErrors, blockedRequests } = await open(written.html, DESKTOP);
      expect(written.charts.length).toBeGreaterThanOrEqual(4);
      expect(Number(await page.getAttribute('html', 'data-charts-rendered'))).toBe(written.charts.length);
      const withSvg = await page.$$eval('.vega[data-chart]', (els) => els.filter((el) => el.querySelector('svg') !== null).length);
      expect(withSvg).toBe(written.charts.length);
      expect(consoleErrors).toEqual([]);
      expect(blockedRequests).toEqual([]);
      await page.screenshot({ path: join(dir, `report-${lang}-desktop.png`), fullPage: true });
      await page.close();
    }
  });

  for (const lang of ['en', 'zh'] as const) {
    it(`renders every chart of the ${lang} report of the fixture, offline and without errors`, async () => {
      const dir = join(OUT, lang);
      rmSync(dir, { recursive: true, force: true });
      const written = await writeReportFiles(REPORT_FIXTURE, { lang, outDir: dir, skipImages: true });
      const { page, consoleErrors, blockedRequests, dialogs } = await open(written.html, DESKTOP);

      const rendered = await page.getAttribute('html', 'data-charts-rendered');
      expect(Number(rendered)).toBe(written.charts.length);
      expect(written.charts.length).toBe(6);
      const withSvg = await page.$$eval('.vega[data-chart]', (els) => els.filter((el) => el.querySelector('svg') !== null).length);
      expect(withSvg).toBe(written.charts.length);
      // Each chart drew marks, not an empty frame
      const marks = await page.$$eval('.vega[data-chart] svg', (svgs) => svgs.map((s) => s.querySelectorAll('path, line, rect, text').length));
      for (const n of marks) expect(n).toBeGreaterThan(10);

      expect(consoleErrors).toEqual([]);
      expect(blockedRequests).toEqual([]);
      // The fixture's seller name holds <script>alert(1)</script>: it must show as text, never run
      expect(dialogs).toEqual([]);
      expect(await page.textContent('.meta')).toContain('<script>alert(1)</script>');

      await page.screenshot({ path: join(dir, 'report-desktop.png'), fullPage: true });
      for (const id of written.charts) {
        await page.locator(`#chart-${id} .vega svg`).screenshot({ path: join(dir, `chart-${id}.png`) });
      }
      await page.locator('section.verdict').screenshot({ path: join(dir, 'verdict.png') });
      await page.close();

      const phone = await open(written.html, PHONE);
      expect(phone.consoleErrors).toEqual([]);
      // Nothing wider than the phone screen except inside the sideways-scrolling table wrappers
      // A string, because the test project has no DOM types
      const overflow = (await phone.page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
      expect(overflow).toBeLessThanOrEqual(0);
      // Charts are redrawn to fit the phone rather than scaled down (their text keeps its size)
      const tooWide = await phone.page.$$eval('.vega[data-chart]', (els) =>
        els.filter((el) => {
          const svg = el.querySelector('svg');
          return svg === null || parseFloat(svg.getAttribute('width') ?? '0') > el.clientWidth + 1;
        }).length,
      );
      expect(tooWide).toBe(0);
      await phone.page.screenshot({ path: join(dir, 'report-phone.png'), fullPage: false });
      await phone.page.locator('#charts').scrollIntoViewIfNeeded();
      await phone.page.locator('#chart-fulfilment-time').screenshot({ path: join(dir, 'phone-chart.png') });
      await phone.page.locator('#chart-returns-by-market').screenshot({ path: join(dir, 'phone-chart-returns.png') });
      await phone.page.locator('#eligibility + .table-wrap').screenshot({ path: join(dir, 'phone-eligibility.png') });
      await phone.page.close();

      if (process.env.POOLSIM_UPDATE_DOC_IMAGES === '1') {
        mkdirSync(DOC_IMG, { recursive: true });
        const copies = ['verdict.png', 'report-phone.png', ...written.charts.map((id) => `chart-${id}.png`)];
        for (const name of copies) copyFileSync(join(dir, name), join(DOC_IMG, `${lang}-${name}`));
      }
      expect(readFileSync(join(dir, 'report-desktop.png')).length).toBeGreaterThan(10_000);
    });
  }

  for (const lang of ['en', 'zh'] as const) {
    it(`renders the transition charts of the ${lang} report of a real transition run`, async () => {
      const dir = join(OUT, `transition-${lang}`);
      rmSync(dir, { recursive: true, force: true });
      const written = await writeReportFiles(TRANSITION_FIXTURE, { lang, outDir: dir, skipImages: true });
      expect(written.charts).toEqual(expect.arrayContaining(['transition-timeline', 'cumulative-margin']));
      const { page, consoleErrors, blockedRequests } = await open(written.html, DESKTOP);
      expect(Number(await page.getAttribute('html', 'data-charts-rendered'))).toBe(written.charts.length);
      for (const id of ['transition-timeline', 'cumulative-margin']) {
        // drawn: an svg with marks (stage bars, rules, the band), not an empty frame
        const marks = await page.$$eval(`#chart-${id} .vega svg`, (svgs) => svgs.map((s) => s.querySelectorAll('path, line, rect, text').length));
        expect(marks).toHaveLength(1);
        expect(marks[0]).toBeGreaterThan(10);
        await page.locator(`#chart-${id} .vega svg`).screenshot({ path: join(dir, `chart-${id}.png`) });
      }
      expect(consoleErrors).toEqual([]);
      expect(blockedRequests).toEqual([]);
      await page.screenshot({ path: join(dir, 'report-desktop.png'), fullPage: true });
      await page.close();

      // On a phone the two charts are redrawn to fit, their rule labels still inside
      const phone = await open(written.html, PHONE);
      expect(phone.consoleErrors).toEqual([]);
      const overflow = (await phone.page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
      expect(overflow).toBeLessThanOrEqual(0);
      for (const id of ['transition-timeline', 'cumulative-margin']) {
        const fits = await phone.page.$eval(`#chart-${id} .vega`, (el) => {
          const svg = el.querySelector('svg');
          return svg !== null && parseFloat(svg.getAttribute('width') ?? '0') <= el.clientWidth + 1;
        });
        expect(fits, id).toBe(true);
        await phone.page.locator(`#chart-${id}`).screenshot({ path: join(dir, `phone-chart-${id}.png`) });
      }
      await phone.page.close();
      if (process.env.POOLSIM_UPDATE_DOC_IMAGES === '1') {
        for (const id of ['transition-timeline', 'cumulative-margin']) copyFileSync(join(dir, `chart-${id}.png`), join(DOC_IMG, `${lang}-chart-${id}.png`));
      }
    });
  }

  for (const lang of ['en', 'zh'] as const) {
    it(`renders the anomaly board of the ${lang} report of a real sync-faults run`, async () => {
      const dir = join(OUT, `failures-${lang}`);
      rmSync(dir, { recursive: true, force: true });
      const written = await writeReportFiles(SYNC_FIXTURE, { lang, outDir: dir, skipImages: true });
      expect(written.charts).toContain('anomaly-board');
      const { page, consoleErrors, blockedRequests } = await open(written.html, DESKTOP);
      expect(Number(await page.getAttribute('html', 'data-charts-rendered'))).toBe(written.charts.length);
      // drawn: bars in three panels and the legend of the causes, not an empty frame
      const marks = await page.$$eval('#chart-anomaly-board .vega svg', (svgs) => svgs.map((s) => s.querySelectorAll('path, line, rect, text').length));
      expect(marks).toHaveLength(1);
      expect(marks[0]).toBeGreaterThan(50);
      expect(await page.locator('#failures ~ ol li').count()).toBe(6);
      await page.locator('#chart-anomaly-board .vega svg').screenshot({ path: join(dir, 'chart-anomaly-board.png') });
      expect(consoleErrors).toEqual([]);
      expect(blockedRequests).toEqual([]);
      await page.close();

      // On a phone the board is redrawn to fit
      const phone = await open(written.html, PHONE);
      expect(phone.consoleErrors).toEqual([]);
      const overflow = (await phone.page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
      expect(overflow).toBeLessThanOrEqual(0);
      const fits = await phone.page.$eval('#chart-anomaly-board .vega', (el) => {
        const svg = el.querySelector('svg');
        return svg !== null && parseFloat(svg.getAttribute('width') ?? '0') <= el.clientWidth + 1;
      });
      expect(fits).toBe(true);
      await phone.page.locator('#chart-anomaly-board').screenshot({ path: join(dir, 'phone-chart-anomaly-board.png') });
      await phone.page.close();
      if (process.env.POOLSIM_UPDATE_DOC_IMAGES === '1') copyFileSync(join(dir, 'chart-anomaly-board.png'), join(DOC_IMG, `${lang}-chart-anomaly-board.png`));
    });
  }

  for (const lang of ['en', 'zh'] as const) {
    it(`renders the tornado and break-even values of the ${lang} report of a real --sensitivity run`, async () => {
      const dir = join(OUT, `sensitivity-${lang}`);
      rmSync(dir, { recursive: true, force: true });
      const written = await writeReportFiles(SENSITIVITY_FIXTURE, { lang, outDir: dir, skipImages: true });
      expect(written.charts).toContain('sensitivity-tornado');
      const { page, consoleErrors, blockedRequests } = await open(written.html, DESKTOP);
      expect(Number(await page.getAttribute('html', 'data-charts-rendered'))).toBe(written.charts.length);
      // drawn: two bars per varied input with their factor labels, not an empty frame
      const marks = await page.$$eval('#chart-sensitivity-tornado .vega svg', (svgs) => svgs.map((s) => s.querySelectorAll('path, text').length));
      expect(marks).toHaveLength(1);
      expect(marks[0]).toBeGreaterThan(28);
      // the break-even table follows the chart in the section
      const tables = (await page.evaluate(`(() => {
        let n = 0;
        for (let el = document.getElementById('sensitivity').nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling)
          n += el.tagName === 'TABLE' ? 1 : el.querySelectorAll('table').length;
        return n;
      })()`)) as number;
      expect(tables).toBe(2);
      await page.locator('#chart-sensitivity-tornado .vega svg').screenshot({ path: join(dir, 'chart-sensitivity-tornado.png') });
      expect(consoleErrors).toEqual([]);
      expect(blockedRequests).toEqual([]);
      await page.close();
      const phone = await open(written.html, PHONE);
      expect(phone.consoleErrors).toEqual([]);
      const overflow = (await phone.page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
      expect(overflow).toBeLessThanOrEqual(0);
      await phone.page.locator('#chart-sensitivity-tornado').screenshot({ path: join(dir, 'phone-chart-sensitivity-tornado.png') });
      await phone.page.close();
    });
  }

  it('renders the sweep report', async () => {
    const dir = join(OUT, 'sweep');
    rmSync(dir, { recursive: true, force: true });
    const written = await writeReportFiles(join(ROOT, 'test/fixtures/results-sweep.json'), { lang: 'en', outDir: dir, skipImages: true });
    const { page, consoleErrors, blockedRequests } = await open(written.html, DESKTOP);
    expect(Number(await page.getAttribute('html', 'data-charts-rendered'))).toBe(1);
    expect(consoleErrors).toEqual([]);
    expect(blockedRequests).toEqual([]);
    await page.locator('#chart-sweep-net-margin .vega svg').screenshot({ path: join(dir, 'chart-sweep-net-margin.png') });
    if (process.env.POOLSIM_UPDATE_DOC_IMAGES === '1') {
      copyFileSync(join(dir, 'chart-sweep-net-margin.png'), join(DOC_IMG, 'en-chart-sweep-net-margin.png'));
    }
    await page.close();
  });
});
