import { describe, expect, test } from 'vitest';
import { browserAvailable } from './helpers/browser.ts';
import { openSiteInBrowser } from './helpers/browser-session.ts';
import { readJson } from './helpers/site.ts';

interface Strategy { url: string; actions: { anchor: string }[] }
const strategies = await readJson<Strategy[]>('data/strategies.json');
const strategy = strategies.find((s) => s.actions.length > 0)!;

describe.skipIf(!browserAvailable())('keyboard, filter and copy-link in Chromium', () => {
  const site = openSiteInBrowser({ viewport: { width: 375, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });

  test('the skip link becomes visible on the first Tab and moves focus to main', async () => {
    await site.page.goto(site.base + strategy.url);
    await site.page.keyboard.press('Tab');
    const skip = await site.page.evaluate(() => {
      const a = document.activeElement as HTMLElement;
      const r = a.getBoundingClientRect();
      return { text: a.textContent, top: r.top, bottom: r.bottom, width: r.width };
    });
    expect(skip.text).toBe('Hopp til hovedinnhold');
    expect(skip.top).toBeGreaterThanOrEqual(0);
    expect(skip.width).toBeGreaterThan(50);
    await site.page.keyboard.press('Enter');
    expect(await site.page.evaluate(() => document.activeElement?.id)).toBe('hovedinnhold');
    // the next Tab continues inside main, not back at the header
    await site.page.keyboard.press('Tab');
    expect(await site.page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
  });

  test('the filter on /tiltak/ narrows the list, announces the count and keeps the choice in the URL', async () => {
    await site.page.goto(site.base + '/tiltak/');
    const status = site.page.locator('[role="status"]#ov-status');
    const total = strategies.reduce((n, s) => n + s.actions.length, 0);
    expect(await status.textContent()).toMatch(new RegExp(`^${new Intl.NumberFormat('nb-NO').format(total)} tiltak`));
    await site.page.click('#ov-filter > summary');
    const chip = site.page.locator('a[data-facet="tema"]').last();
    const pick = (await chip.getAttribute('data-value'))!;
    const n = Number((await chip.locator('.ov-n').textContent())!.replace(/\D/g, ''));
    await chip.click();
    await expect.poll(() => status.textContent()).toBe(`Viser ${new Intl.NumberFormat('nb-NO').format(n)} av ${new Intl.NumberFormat('nb-NO').format(total)} tiltak`);
    expect(new URL(site.page.url()).searchParams.get('tema')).toBe(pick);

    // a linked filter is applied on load, and «Nullstill filter» brings the whole list back
    await site.page.goto(`${site.base}/tiltak/?tema=${pick}`);
    await expect.poll(() => status.textContent()).toMatch(/^Viser/);
    await site.page.click('#ov-filter > summary');
    await site.page.click('#ov-reset');
    await expect.poll(() => status.textContent()).toBe(`${new Intl.NumberFormat('nb-NO').format(total)} tiltak`);
  });

  test('copy-link puts the full URL of the action on the clipboard and says so politely', async () => {
    await site.page.goto(site.base + strategy.url);
    const anchor = strategy.actions[0].anchor;
    await site.page.click(`tr#${anchor} [data-copy-link]`);
    await expect.poll(() => site.page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.base}${strategy.url}#${anchor}`);
    await expect.poll(() => site.page.locator('#kopistatus').textContent()).toBe('Lenke kopiert');
    expect(await site.page.locator('#kopistatus').getAttribute('aria-live')).toBe('polite');
  });

  test('the citation can be copied with its button', async () => {
    await site.page.goto(site.base + strategy.url);
    const button = site.page.locator('[data-copy-text="kildehenvisning"]');
    expect(await button.isVisible()).toBe(true);
    await button.click();
    const text = (await site.page.locator('#kildehenvisning').textContent())!.trim();
    expect(text).toContain(strategy.url);
    await expect.poll(() => site.page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  });

  test('without JavaScript the first page of actions shows, the JavaScript-only filter stays hidden and copy links are plain anchors', async () => {
    const noJs = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const p = await noJs.newPage();
    await p.goto(site.base + '/tiltak/');
    expect(await p.locator('select[data-facet-select]').isVisible()).toBe(false);
    expect(await p.locator('#ov-list > li:visible').count()).toBe(Math.min(25, strategies.reduce((n, s) => n + s.actions.length, 0)));
    await p.goto(site.base + strategy.url);
    expect(await p.locator('[data-copy-text]').isVisible()).toBe(false);
    const anchor = strategy.actions[0].anchor;
    await p.click(`tr#${anchor} [data-copy-link]`);
    expect(new URL(p.url()).hash).toBe(`#${anchor}`);
    await noJs.close();
  });
});
