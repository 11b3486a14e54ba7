/**
 * Lighthouse-style measures of one page per kind in Chromium, on a phone-sized screen: layout shift
 * (sum of `layout-shift` entries without recent input), total blocking time (long tasks' time over
 * 50 ms until a second after load, with the CPU slowed 4× as Lighthouse's mobile profile does),
 * elements in the DOM after scripts ran, and the page's height in screens.
 */
import type { Browser } from 'playwright-core';
import { CHROMIUM, launchBrowser, serveDist } from '../../tests/helpers/browser.ts';

export interface PageMetrics {
  url: string;
  kind: string;
  layoutShift: number;
  totalBlockingMs: number;
  domElements: number;
  screens: number;
}

const SCREEN = { width: 375, height: 800 };
/** Lighthouse's mobile profile slows the CPU four times. */
const CPU_SLOWDOWN = 4;

/** Registered before any page script: collects layout shifts and long tasks from the start. */
const OBSERVE = `(() => {
  const m = (window.__metrics = { shift: 0, blocking: 0 });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) m.shift += e.value; }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) m.blocking += Math.max(0, e.duration - 50); }).observe({ type: 'longtask', buffered: true });
})();`;

async function measureOne(browser: Browser, base: string, url: string, kind: string): Promise<PageMetrics> {
  const context = await browser.newContext({ viewport: SCREEN, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.goto(base + url, { waitUntil: 'load' });
  await page.waitForTimeout(1000);
  const m = await page.evaluate(() => {
    const w = window as unknown as { __metrics: { shift: number; blocking: number } };
    return { ...w.__metrics, dom: document.getElementsByTagName('*').length, height: document.documentElement.scrollHeight };
  });
  await context.close();
  return { url, kind, layoutShift: +m.shift.toFixed(4), totalBlockingMs: Math.round(m.blocking), domElements: m.dom, screens: +(m.height / SCREEN.height).toFixed(1) };
}

/** Measures the given pages (one per kind, usually the kind's largest) in `dist`; empty without Chromium. */
export async function measurePages(dist: string, pages: { kind: string; url: string }[]): Promise<PageMetrics[]> {
  if (!CHROMIUM) return [];
  const { url: base, server } = await serveDist(dist);
  const browser = await launchBrowser();
  try {
    const out: PageMetrics[] = [];
    for (const p of pages) out.push(await measureOne(browser, base, p.url, p.kind));
    return out;
  } finally {
    await browser.close();
    server.close();
  }
}
