import { spawnSync } from 'node:child_process';
import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Where the test build lives: the seeds plus the site-extra fixtures, built once per test run, in a
 * folder of its own so parallel runs don't trample each other. Tests find it through PLANVEV_TEST_ROOT.
 */
const TEST_ROOT = path.resolve(`tests/.tmp/site-${process.pid}`);

/**
 * Builds the site once for all tests that look at `dist/` (build, link, browser tests):
 * seeds/ plus tests/fixtures/site-extra/ (hostile and unknown-layout documents).
 */
export default async function setup(project: TestProject) {
  if (!needsSite()) {
    console.log('Ingen av de valgte testfilene ser på det bygde nettstedet; hopper over testbygget.');
    project.provide('buildLog', '');
    return;
  }
  const seeds = path.join(TEST_ROOT, 'seeds');
  await rm(TEST_ROOT, { recursive: true, force: true });
  await mkdir(seeds, { recursive: true });
  await cp('seeds', seeds, { recursive: true });
  for (const f of await readdir('tests/fixtures/site-extra')) await cp(path.join('tests/fixtures/site-extra', f), path.join(seeds, f));
  const r = spawnSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', '--seeds', seeds, '--content', path.join(TEST_ROOT, 'content'), '--dist', path.join(TEST_ROOT, 'dist'), '--quiet'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`Testbygget feilet:\n${r.stdout}\n${r.stderr}`);
  project.provide('buildLog', r.stdout);
  process.env.PLANVEV_TEST_ROOT = TEST_ROOT;
  return async () => {
    if (!process.env.PLANVEV_KEEP_TEST_SITE) await rm(TEST_ROOT, { recursive: true, force: true });
  };
}

/**
 * Whether the selected test files include one that reads the test build (it imports
 * `helpers/site.ts` or `helpers/browser.ts`). With no file filters on the command line every test
 * runs, so the site is built; `npx vitest run tests/corpus.test.ts` skips the ~20 s build.
 */
function needsSite(): boolean {
  const filters = process.argv.slice(2).filter((a) => !a.startsWith('-') && a !== 'run' && !a.endsWith('vitest') && !a.includes('vitest.mjs'));
  if (!filters.length) return true;
  const siteTests = readdirSync('tests').filter((f) => f.endsWith('.test.ts') && /helpers\/(site|browser)\.ts/.test(readFileSync(path.join('tests', f), 'utf8')));
  return siteTests.some((f) => filters.some((flt) => path.join('tests', f).includes(flt.replace(/^\.\//, ''))));
}

declare module 'vitest' {
  export interface ProvidedContext {
    buildLog: string;
  }
}
