/**
 * Runs the real build (`scripts/build.ts`) as a child process and measures it: wall time, the
 * time of each step as the build prints it (`✓ astro build (12.34 s)`), and peak memory — both
 * the largest single process (GNU `/usr/bin/time -v`, exact) and the sum over the whole process
 * tree (sampled from /proc every 100 ms, so a short spike can be missed).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

export type StepName = 'ingest' | 'astro' | 'urls' | 'data' | 'pagefind';

export interface BuildRun {
  ok: boolean;
  exitCode: number | null;
  wallSeconds: number;
  steps: Partial<Record<StepName, number>>;
  /** Largest resident set of any one process in the build, in KiB (GNU time), if measurable. */
  peakProcessRssKb?: number;
  /** Largest sampled sum of resident sets over the build's process tree, in KiB. */
  peakTreeRssKb?: number;
  output: string;
}

const GNU_TIME = '/usr/bin/time';
const PAGE_KB = 4;

/** Maps the build's own step labels (Norwegian) to step names. */
function stepOf(label: string): StepName | undefined {
  if (/innlesing/i.test(label)) return 'ingest';
  if (/astro/i.test(label)) return 'astro';
  if (/pagefind|søkeindeks/i.test(label)) return 'pagefind';
  if (/adresse|url/i.test(label)) return 'urls';
  if (/data/i.test(label)) return 'data';
  return undefined;
}

/** Sum of RSS (KiB) of `root` and all its descendants, read from /proc. */
async function treeRssKb(root: number): Promise<number> {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = await readFile(`/proc/${name}/stat`, 'utf8');
      // the command name is in parentheses and may hold spaces; fields after it are fixed
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(rest[1]));
      rss.set(Number(name), Number(rest[21]) * PAGE_KB);
    } catch {
      // the process ended while we looked
    }
  }
  let sum = 0;
  for (const [pid, kb] of rss) {
    let p: number | undefined = pid;
    for (let depth = 0; p && depth < 50; depth++) {
      if (p === root) {
        sum += kb;
        break;
      }
      p = parent.get(p);
    }
  }
  return sum;
}

/** Builds `seeds` → `content` → `dist` in `cwd` (a Planvev tree with node_modules). */
export async function runBuild(opts: { cwd: string; seeds: string; content: string; dist: string }): Promise<BuildRun> {
  const tsx = path.join(opts.cwd, 'node_modules', '.bin', 'tsx');
  const buildArgs = [tsx, 'scripts/build.ts', '--seeds', opts.seeds, '--content', opts.content, '--dist', opts.dist, '--quiet'];
  const useTime = existsSync(GNU_TIME);
  const [cmd, ...args] = useTime ? [GNU_TIME, '-v', ...buildArgs] : buildArgs;
  const t0 = performance.now();
  const child = spawn(cmd, args, { cwd: opts.cwd, env: { ...process.env, FORCE_COLOR: '0' } });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let peakTree = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      if (child.pid) peakTree = Math.max(peakTree, await treeRssKb(child.pid));
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const exitCode: number | null = await new Promise((resolve) => child.on('close', (code) => resolve(code)));
  sampling = false;
  await sampler;
  const wallSeconds = (performance.now() - t0) / 1000;
  const steps: BuildRun['steps'] = {};
  for (const m of output.matchAll(/^✓ (.+) \(([\d.]+) s\)$/gm)) {
    const name = stepOf(m[1]);
    if (name) steps[name] = Number(m[2]);
  }
  const maxRss = output.match(/Maximum resident set size \(kbytes\): (\d+)/);
  return { ok: exitCode === 0, exitCode, wallSeconds, steps, peakProcessRssKb: maxRss ? Number(maxRss[1]) : undefined, peakTreeRssKb: peakTree || undefined, output };
}
