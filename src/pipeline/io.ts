import { mkdir, readdir, readFile, rename, rm, writeFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readSidecar } from './sidecar.ts';
import { readCorrections } from './corrections.ts';
import type { SeedInput } from './process.ts';
import { IngestError } from './errors.ts';
import type { OutputFiles } from './corpus.ts';
import { ACTOR_REGISTER_FILE, readActorRegister } from './actor-register.ts';
import type { ActorRegisterFile } from '../schemas/actor.ts';

/** Seed text files are `*.txt`; sidecars `<name>.meta.yaml`, corrections `<name>.corrections.yaml`. */
export const SIDECAR_SUFFIX = '.meta.yaml';
export const CORRECTIONS_SUFFIX = '.corrections.yaml';

/**
 * Reads every seed in a folder with its sidecar and corrections. Problems with one seed are
 * collected (file:line), not thrown, so the run can report all of them.
 */
export async function readSeedFolder(dir: string, displayRoot = process.cwd()): Promise<{ seeds: SeedInput[]; errors: IngestError[]; actorRegister?: ActorRegisterFile }> {
  const names = (await readdir(dir)).sort();
  const seeds: SeedInput[] = [];
  const errors: IngestError[] = [];
  const known = new Set(names.filter((n) => n.endsWith('.txt')).map((n) => n.slice(0, -4)));
  for (const name of names) {
    const base = name.replace(/\.(meta|corrections)\.yaml$/, '');
    if (name !== base && !known.has(base)) errors.push(new IngestError(display(path.join(dir, name), displayRoot), undefined, `fant ingen tekstfil ${base}.txt for denne sidefilen`));
  }
  for (const name of names.filter((n) => n.endsWith('.txt'))) {
    const full = path.join(dir, name);
    const file = display(full, displayRoot);
    if (!(await stat(full)).isFile()) continue;
    try {
      const bytes = new Uint8Array(await readFile(full));
      const seed: SeedInput = { file, bytes };
      const sidecarPath = full.slice(0, -4) + SIDECAR_SUFFIX;
      if (existsSync(sidecarPath)) seed.sidecar = readSidecar(display(sidecarPath, displayRoot), await readFile(sidecarPath, 'utf8'));
      const corrPath = full.slice(0, -4) + CORRECTIONS_SUFFIX;
      if (existsSync(corrPath)) seed.corrections = { file: display(corrPath, displayRoot), data: readCorrections(display(corrPath, displayRoot), await readFile(corrPath, 'utf8')) };
      seeds.push(seed);
    } catch (e) {
      if (e instanceof IngestError) errors.push(e);
      else throw e;
    }
  }
  // the actor register beside the documents: merges, splits, kinds (see README «Rette en feil i tolkningen»)
  let actorRegister: ActorRegisterFile | undefined;
  if (names.includes(ACTOR_REGISTER_FILE)) {
    const full = path.join(dir, ACTOR_REGISTER_FILE);
    try {
      actorRegister = readActorRegister(display(full, displayRoot), await readFile(full, 'utf8'));
    } catch (e) {
      if (e instanceof IngestError) errors.push(e);
      else throw e;
    }
  }
  return { seeds, errors, actorRegister };
}

function display(p: string, root: string): string {
  const rel = path.relative(root, p);
  return (rel.startsWith('..') ? p : rel).split(path.sep).join('/');
}

/** Folders under the output folder that a run owns and replaces whole. */
export const OWNED_DIRS = ['collections', 'data', 'reports'];

/**
 * Writes all output files into a staging folder, then swaps each owned folder into place, so a
 * failed run never leaves half-written output and other files in the folder are kept.
 */
export async function writeOutputAtomically(outDir: string, files: OutputFiles): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const staging = path.join(outDir, `.staging-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  for (const [rel, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const target = path.join(staging, rel);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  }
  for (const dir of OWNED_DIRS) {
    const fresh = path.join(staging, dir);
    const live = path.join(outDir, dir);
    const old = path.join(outDir, `.old-${dir}-${process.pid}`);
    if (!existsSync(fresh)) await mkdir(fresh, { recursive: true });
    if (existsSync(live)) await rename(live, old);
    await rename(fresh, live);
    await rm(old, { recursive: true, force: true });
  }
  await rm(staging, { recursive: true, force: true });
}
