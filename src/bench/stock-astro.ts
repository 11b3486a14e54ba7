/**
 * The side-by-side: the same generated text built by a stock Astro content site — one Markdown page
 * per document from a content collection (glob loader), a minimal layout, no integrations — using
 * the Astro from this project's node_modules (the npm registry's package), then Pagefind over its pages
 * as a docs site such as Starlight does. Timed like Planvev's build.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'stock-astro-bench', private: true, type: 'module' }),
  'astro.config.mjs': "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n",
  'src/content.config.ts': [
    "import { defineCollection } from 'astro:content';",
    "import { glob } from 'astro/loaders';",
    "import { z } from 'astro/zod';",
    "export const collections = { docs: defineCollection({ loader: glob({ pattern: '**/*.md', base: './docs' }), schema: z.object({ title: z.string() }) }) };",
  ].join('\n'),
  'src/pages/[...slug].astro': [
    '---',
    "import { getCollection, render } from 'astro:content';",
    "export async function getStaticPaths() { return (await getCollection('docs')).map((entry) => ({ params: { slug: entry.id }, props: { entry } })); }",
    'const { entry } = Astro.props;',
    'const { Content } = await render(entry);',
    '---',
    '<html lang="nb"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{entry.data.title}</title></head>',
    '<body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body></html>',
  ].join('\n'),
  'src/pages/index.astro': [
    '---',
    "import { getCollection } from 'astro:content';",
    "const docs = await getCollection('docs');",
    '---',
    '<html lang="nb"><head><meta charset="utf-8" /><title>Dokumenter</title></head><body><ul>{docs.map((d) => <li><a href={`/${d.id}/`}>{d.data.title}</a></li>)}</ul></body></html>',
  ].join('\n'),
};

/** Plain text as Markdown: paragraphs are runs of non-blank lines; characters Markdown would read as syntax are escaped. */
export function textToMarkdown(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.split('\n').map((l) => l.trim()).filter(Boolean).join(' '))
    .filter(Boolean)
    .map((p) => p.replace(/([\\`*_{}[\]<>#|])/g, '\\$1').replace(/^(\d+)\./, '$1\\.').replace(/^([-+])\s/, '\\$1 '))
    .join('\n\n');
}

/** Writes the stock site for the `.txt` + `.meta.yaml` documents in `seedsDir` into `dir`. */
export async function writeStockSite(dir: string, seedsDir: string, nodeModules: string): Promise<number> {
  for (const [rel, body] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), body);
  }
  if (!existsSync(path.join(dir, 'node_modules'))) await symlink(nodeModules, path.join(dir, 'node_modules'));
  await mkdir(path.join(dir, 'docs'), { recursive: true });
  let n = 0;
  for (const name of (await readdir(seedsDir)).filter((f) => f.endsWith('.txt'))) {
    const base = name.replace(/\.txt$/, '');
    const meta = await readFile(path.join(seedsDir, `${base}.meta.yaml`), 'utf8').catch(() => '');
    const title = /^title:\s*(.+)$/m.exec(meta)?.[1] ?? base;
    await writeFile(path.join(dir, 'docs', `${base}.md`), `---\ntitle: ${JSON.stringify(title)}\n---\n\n${textToMarkdown(await readFile(path.join(seedsDir, name), 'utf8'))}\n`);
    n++;
  }
  return n;
}

/** Runs a command in `dir` under GNU time when present; exit status, wall seconds, output and peak memory. */
async function timed(dir: string, command: string, args: string[]): Promise<{ ok: boolean; seconds: number; output: string; peakRssKb?: number }> {
  const useTime = existsSync('/usr/bin/time');
  const [cmd, ...rest] = useTime ? ['/usr/bin/time', '-v', command, ...args] : [command, ...args];
  const t0 = performance.now();
  const child = spawn(cmd, rest, { cwd: dir, env: { ...process.env, FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' } });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const code: number | null = await new Promise((r) => child.on('close', r));
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
  return { ok: code === 0, seconds: (performance.now() - t0) / 1000, output, peakRssKb: rss ? Number(rss[1]) : undefined };
}

/**
 * Builds the stock site as a docs site is built (Starlight runs Pagefind after `astro build`): `astro build`,
 * then `pagefind --site dist`. Wall seconds of each step, pages built, and the build's peak memory.
 */
export async function buildStockSite(dir: string): Promise<{ ok: boolean; seconds: number; astroSeconds: number; searchSeconds: number; pages: number; peakRssKb?: number; output: string }> {
  const bin = (name: string) => path.join(dir, 'node_modules', '.bin', name);
  const astro = await timed(dir, bin('astro'), ['build']);
  const search = astro.ok ? await timed(dir, bin('pagefind'), ['--site', 'dist']) : { ok: false, seconds: 0, output: '' };
  const pages = Number(/(\d+) page\(s\) built/.exec(astro.output)?.[1] ?? 0);
  return { ok: astro.ok && search.ok, seconds: astro.seconds + search.seconds, astroSeconds: astro.seconds, searchSeconds: search.seconds, pages, peakRssKb: astro.peakRssKb, output: astro.output + search.output };
}
