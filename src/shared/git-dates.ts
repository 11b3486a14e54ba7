/**
 * Dates of last change from git history, so two builds of the same commit give the same dates
 * (the build clock would not). A folder or file outside a git work tree, or not committed, has none.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Date (YYYY-MM-DD) of the last commit that touched any of `paths`, or undefined. */
export function lastCommitDate(cwd: string, paths: string[]): string | undefined {
  const r = spawnSync('git', ['log', '-1', '--format=%cs', '--', ...paths], { cwd, encoding: 'utf8' });
  const date = r.status === 0 ? r.stdout.trim() : '';
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
}

/** Last change of anything in a folder. */
export function lastChangeOfFolder(dir: string): string | undefined {
  return lastCommitDate(dir, ['.']);
}

/**
 * Last change per seed file name in a folder, from one `git log` pass: the newest commit touching the
 * file itself or its sidecar and corrections (`x.txt`, `x.meta.yaml`, `x.corrections.yaml` share the key `x`).
 */
export function lastChangeBySeed(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const r = spawnSync('git', ['log', '--format=%x00%cs', '--name-only', '--relative', '--', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) return out;
  for (const entry of r.stdout.split('\0').slice(1)) {
    const [date, ...files] = entry.trim().split('\n');
    for (const f of files) {
      const key = path.basename(f).replace(/\.(meta|corrections)\.yaml$|\.(txt|pdf)$/, '');
      if (key && !out.has(key)) out.set(key, date); // log runs newest first
    }
  }
  return out;
}
