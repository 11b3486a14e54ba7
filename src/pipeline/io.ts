import { mkdir, readdir, readFile, rename, rm, writeFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { readPdf } from './pdf/index.ts';
import path from 'node:path';
import { readSidecar } from './sidecar.ts';
import { readCorrections } from './corrections.ts';
import type { SeedInput } from './process.ts';
import { IngestError } from './errors.ts';
import type { OutputFiles } from './corpus.ts';
import { ACTOR_REGISTER_FILE, readActorRegister } from './actor-register.ts';
import type { ActorRegisterFile } from '../schemas/actor.ts';

/** Documents a seeds folder holds. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.pdf'] as const;
/** Spellings of a document's sidecar (`<name>.meta.yaml`) and corrections file; the first is the one the README names. */
export const SIDECAR_SUFFIXES = ['.meta.yaml', '.meta.yml', '.yaml', '.yml'] as const;
export const CORRECTIONS_SUFFIXES = ['.corrections.yaml', '.corrections.yml'] as const;
export const SIDECAR_SUFFIX = SIDECAR_SUFFIXES[0];
export const CORRECTIONS_SUFFIX = CORRECTIONS_SUFFIXES[0];
/**
 * Files a seeds folder may hold that are neither documents nor a document's companion: registers read
 * by other steps (actors) and housekeeping. Every other file gets a warning naming it.
 */
export const KNOWN_FOLDER_FILES: readonly string[] = [ACTOR_REGISTER_FILE, 'README.md', 'readme.md', '.gitkeep', '.gitignore', '.DS_Store'];

/** What a file in the seeds folder is: a document, a companion of the document `base`, or neither. */
export function classifySeedFile(name: string): { kind: 'document'; base: string; ext: string } | { kind: 'sidecar' | 'corrections'; base: string } | { kind: 'known' } | { kind: 'unknown' } {
  if (KNOWN_FOLDER_FILES.includes(name)) return { kind: 'known' };
  const lower = name.toLowerCase();
  const ext = DOCUMENT_EXTENSIONS.find((e) => lower.endsWith(e));
  if (ext) return { kind: 'document', base: name.slice(0, -ext.length), ext };
  const corr = CORRECTIONS_SUFFIXES.find((x) => lower.endsWith(x));
  if (corr) return { kind: 'corrections', base: name.slice(0, -corr.length) };
  const side = SIDECAR_SUFFIXES.find((x) => lower.endsWith(x));
  if (side) return { kind: 'sidecar', base: name.slice(0, -side.length) };
  return { kind: 'unknown' };
}

/** A document file and the companions found beside it. */
interface SeedFiles {
  name: string;
  ext: string;
  sidecar: string[];
  corrections: string[];
}

/** Sorts a folder listing into documents with their companions, and collects what belongs to none. */
function groupSeedFiles(names: string[], dir: string, root: string): { docs: Map<string, SeedFiles>; errors: IngestError[]; warnings: string[] } {
  const docs = new Map<string, SeedFiles>();
  const errors: IngestError[] = [];
  const warnings: string[] = [];
  const at = (n: string) => display(path.join(dir, n), root);
  for (const name of names) {
    const c = classifySeedFile(name);
    if (c.kind !== 'document') continue;
    const other = docs.get(c.base);
    if (other) errors.push(new IngestError(at(name), undefined, `${other.name} og ${name} er samme dokument to ganger; behold én av dem`));
    else docs.set(c.base, { name, ext: c.ext, sidecar: [], corrections: [] });
  }
  for (const name of names) {
    const c = classifySeedFile(name);
    if (c.kind === 'sidecar' || c.kind === 'corrections') {
      const doc = docs.get(c.base);
      if (doc) doc[c.kind].push(name);
      else if (c.kind === 'corrections' || name.toLowerCase().includes('.meta.')) errors.push(new IngestError(at(name), undefined, `fant ingen tekstfil ${c.base}.txt eller ${c.base}.pdf for denne sidefilen`));
      else warnings.push(`${at(name)}: ukjent fil i seeds-mappa (ingen ${c.base}.txt eller ${c.base}.pdf ved siden av); den blir ikke lest`);
    } else if (c.kind === 'unknown') warnings.push(`${at(name)}: ukjent fil i seeds-mappa – verken dokument (${DOCUMENT_EXTENSIONS.join(', ')}) eller sidefil (${SIDECAR_SUFFIX}, ${CORRECTIONS_SUFFIX}); den blir ikke lest`);
  }
  for (const doc of docs.values()) {
    for (const kind of ['sidecar', 'corrections'] as const) {
      if (doc[kind].length > 1) errors.push(new IngestError(at(doc[kind][1]), undefined, `${doc.name} har flere ${kind === 'sidecar' ? 'sidefiler' : 'rettelsesfiler'} (${doc[kind].join(', ')}); behold én`));
    }
  }
  return { docs, errors, warnings };
}

/**
 * Reads every document in a folder (`.txt`, or `.pdf` turned into the same text with page numbers)
 * with its sidecar and corrections. Problems with one seed are collected (file:line), not thrown, so
 * the run can report all of them; files that are neither documents nor companions give warnings.
 */
export async function readSeedFolder(dir: string, displayRoot = process.cwd()): Promise<{ seeds: SeedInput[]; errors: IngestError[]; warnings: string[]; actorRegister?: ActorRegisterFile }> {
  const names = (await readdir(dir)).sort();
  const files: string[] = [];
  const warnings: string[] = [];
  for (const n of names) {
    if ((await stat(path.join(dir, n))).isFile()) files.push(n);
    else warnings.push(`${display(path.join(dir, n), displayRoot)}: mappe i seeds-mappa blir ikke lest`);
  }
  const grouped = groupSeedFiles(files, dir, displayRoot);
  const seeds: SeedInput[] = [];
  const errors = grouped.errors;
  for (const doc of grouped.docs.values()) {
    const full = path.join(dir, doc.name);
    const file = display(full, displayRoot);
    try {
      const bytes = new Uint8Array(await readFile(full));
      const seed: SeedInput = doc.ext === '.pdf' ? await pdfSeed(file, bytes) : { file, bytes, original: { ext: 'txt', bytes } };
      const side = doc.sidecar[0];
      if (side) seed.sidecar = readSidecar(display(path.join(dir, side), displayRoot), await readFile(path.join(dir, side), 'utf8'));
      const corr = doc.corrections[0];
      if (corr) {
        const shown = display(path.join(dir, corr), displayRoot);
        seed.corrections = { file: shown, data: readCorrections(shown, await readFile(path.join(dir, corr), 'utf8')) };
      }
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
  seeds.sort((a, b) => a.file.localeCompare(b.file));
  return { seeds, errors, warnings: [...grouped.warnings, ...warnings], actorRegister };
}

/** A PDF seed: its text as the text path reads it, with the page of every line. */
export async function pdfSeed(file: string, bytes: Uint8Array): Promise<SeedInput> {
  const pdf = await readPdf(file, bytes);
  return { file, bytes: new TextEncoder().encode(pdf.text), layout: { pageOfLine: pdf.pageOfLine, dropped: pdf.dropped, pages: pdf.pages }, original: { ext: 'pdf', bytes } };
}

function display(p: string, root: string): string {
  const rel = path.relative(root, p);
  return (rel.startsWith('..') ? p : rel).split(path.sep).join('/');
}

/** Folders under the output folder that a run owns and replaces whole. */
export const OWNED_DIRS = ['collections', 'data', 'reports', 'filer'];

/**
 * Writes all output files into a staging folder, then swaps each owned folder into place, so a
 * failed run never leaves half-written output and other files in the folder are kept.
 */
export async function writeOutputAtomically(outDir: string, files: OutputFiles | Record<string, string | Uint8Array>): Promise<void> {
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
