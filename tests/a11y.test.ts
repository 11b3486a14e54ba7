import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { Server } from 'node:http';
import { browserAvailable, launchBrowser, serveDist } from './helpers/browser.ts';
import { pageOfEveryKind } from './helpers/page-kinds.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** The accessibility statement's «last checked» date: written here when every page kind passes (committed; the build never reads a clock for it). */
const CHECK_FILE = 'src/data/accessibility-check.json';

/** Records a passing run in CHECK_FILE; the file changes only when the date or the checked kinds do. */
function recordPassingRun(kinds: string[]) {
  const axeVersion = (createRequire(import.meta.url)('axe-core/package.json') as { version: string }).version;
  const record = { date: new Date().toISOString().slice(0, 10), tool: `axe-core ${axeVersion}`, rules: 'WCAG 2.0 og 2.1, nivå A og AA', widths: [...WIDTHS], pageKinds: kinds, violations: 0 };
  const text = JSON.stringify(record, null, 1) + '\n';
  if (readFileSync(CHECK_FILE, 'utf8') !== text) writeFileSync(CHECK_FILE, text);
}
const WIDTHS = [375, 1280] as const;
const kinds = await pageOfEveryKind();

interface Violation { id: string; help: string; nodes: { target: unknown[] }[] }

describe.skipIf(!browserAvailable())('every page kind in Chromium at phone and desktop width', () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  const pages = new Map<number, Page>();
  const checked = Object.entries(kinds).filter(([, url]) => url);
  let passed = 0;

  beforeAll(async () => {
    const s = await serveDist();
    server = s.server;
    base = s.url;
    browser = await launchBrowser();
    for (const w of WIDTHS) pages.set(w, await browser.newPage({ viewport: { width: w, height: 800 } }));
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
    if (passed === checked.length * WIDTHS.length) recordPassingRun(checked.map(([kind]) => kind));
  });

  for (const [kind, url] of Object.entries(kinds)) {
    for (const width of WIDTHS) {
      test.skipIf(!url)(`${kind} (${url ?? 'ingen slik side i bygget ennå'}) at ${width} px: no sideways scrolling, no axe violations`, async () => {
        const page = pages.get(width)!;
        const response = await page.goto(base + url!);
        expect(response?.status()).toBe(kind === '404' ? 404 : 200);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
        expect(scrollWidth, `vannrett rulling på ${url}`).toBeLessThanOrEqual(innerWidth);
        await page.addScriptTag({ path: AXE });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Violation[] }> } }).axe;
          const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
          return r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target) }));
        });
        expect(violations).toEqual([]);
        passed++;
      });
    }
  }
});
