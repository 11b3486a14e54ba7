import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Server } from 'node:http';
import { browserAvailable, launchBrowser, serveDist } from './helpers/browser.ts';
import { readJson } from './helpers/site.ts';

interface Strategy { url: string; actions: { anchor: string }[] }
const strategies = await readJson<Strategy[]>('data/strategies.json');
const strategy = strategies.find((s) => s.actions.length > 0)!;

describe.skipIf(!browserAvailable())('keyboard, filter and copy-link in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    const s = await serveDist();
    server = s.server;
    base = s.url;
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 375, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  test('the skip link becomes visible on the first Tab and moves focus to main', async () => {
    await page.goto(base + strategy.url);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement;
      const r = a.getBoundingClientRect();
      return { text: a.textContent, top: r.top, bottom: r.bottom, width: r.width };
    });
    expect(skip.text).toBe('Hopp til hovedinnhold');
    expect(skip.top).toBeGreaterThanOrEqual(0);
    expect(skip.width).toBeGreaterThan(50);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('hovedinnhold');
    // the next Tab continues inside main, not back at the header
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
  });

  test('the filter on /tiltak/ narrows the list, announces the count and keeps the choice in the URL', async () => {
    await page.goto(base + '/tiltak/');
    const status = page.locator('[role="status"]#ov-status');
    const total = strategies.reduce((n, s) => n + s.actions.length, 0);
    expect(await status.textContent()).toMatch(new RegExp(`^${new Intl.NumberFormat('nb-NO').format(total)} tiltak`));
    await page.click('#ov-filter > summary');
    const chip = page.locator('a[data-facet="tema"]').last();
    const pick = (await chip.getAttribute('data-value'))!;
    const n = Number((await chip.locator('.ov-n').textContent())!.replace(/\D/g, ''));
    await chip.click();
    await expect.poll(() => status.textContent()).toBe(`Viser ${new Intl.NumberFormat('nb-NO').format(n)} av ${new Intl.NumberFormat('nb-NO').format(total)} tiltak`);
    expect(new URL(page.url()).searchParams.get('tema')).toBe(pick);

    // a linked filter is applied on load, and «Nullstill filter» brings the whole list back
    await page.goto(`${base}/tiltak/?tema=${pick}`);
    await expect.poll(() => status.textContent()).toMatch(/^Viser/);
    await page.click('#ov-filter > summary');
    await page.click('#ov-reset');
    await expect.poll(() => status.textContent()).toBe(`${new Intl.NumberFormat('nb-NO').format(total)} tiltak`);
  });

  test('copy-link puts the full URL of the action on the clipboard and says so politely', async () => {
    await page.goto(base + strategy.url);
    const anchor = strategy.actions[0].anchor;
    await page.click(`tr#${anchor} [data-copy-link]`);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}${strategy.url}#${anchor}`);
    await expect.poll(() => page.locator('#kopistatus').textContent()).toBe('Lenke kopiert');
    expect(await page.locator('#kopistatus').getAttribute('aria-live')).toBe('polite');
  });

  test('the citation can be copied with its button', async () => {
    await page.goto(base + strategy.url);
    const button = page.locator('[data-copy-text="kildehenvisning"]');
    expect(await button.isVisible()).toBe(true);
    await button.click();
    const text = (await page.locator('#kildehenvisning').textContent())!.trim();
    expect(text).toContain(strategy.url);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  });

  test('without JavaScript the first page of actions shows, the JavaScript-only filter stays hidden and copy links are plain anchors', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const p = await noJs.newPage();
    await p.goto(base + '/tiltak/');
    expect(await p.locator('select[data-facet-select]').isVisible()).toBe(false);
    expect(await p.locator('#ov-list > li:visible').count()).toBe(Math.min(25, strategies.reduce((n, s) => n + s.actions.length, 0)));
    await p.goto(base + strategy.url);
    expect(await p.locator('[data-copy-text]').isVisible()).toBe(false);
    const anchor = strategy.actions[0].anchor;
    await p.click(`tr#${anchor} [data-copy-link]`);
    expect(new URL(p.url()).hash).toBe(`#${anchor}`);
    await noJs.close();
  });
});
