import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Imports run one way: vocabulary, data and schemas at the bottom, shared concepts (`src/shared/`:
 * name folding, actor names, git dates) above them, the pipeline above that, the site (pages,
 * components, layouts, site helpers, browser scripts) on top; the site reads shared concepts, never
 * the pipeline. Inside the pipeline,
 * the stages below the families (layout, extract, classify) never import a family. Each rule
 * names the files it governs and the folders they must not import from.
 */
const rules: Array<{ name: string; from: RegExp; forbidden: RegExp }> = [
  { name: 'vocabulary imports only vocabulary and schemas', from: /^src\/vocabulary\//, forbidden: /^src\/(?!(vocabulary|schemas)\/)/ },
  { name: 'schemas import only vocabulary, data and schemas', from: /^src\/schemas\//, forbidden: /^src\/(?!(schemas|vocabulary|data)\/)/ },
  { name: 'data imports only vocabulary, schemas and data', from: /^src\/data\//, forbidden: /^src\/(?!(schemas|vocabulary|data)\/)/ },
  { name: 'shared concepts import only vocabulary, schemas, data and shared', from: /^src\/shared\//, forbidden: /^src\/(?!(shared|schemas|vocabulary|data)\/)/ },
  { name: 'the pipeline never imports the site', from: /^src\/pipeline\//, forbidden: /^src\/(pages|components|layouts|scripts|search|bench|styles)\/|^src\/lib\/(?!(slug|urls)\.ts$)/ },
  { name: 'stages below the families never import a family', from: /^src\/pipeline\/(layout|extract|classify)\//, forbidden: /^src\/pipeline\/families\// },
  { name: 'the site never imports the pipeline', from: /^src\/(pages|components|layouts|lib|scripts|search)\//, forbidden: /^src\/pipeline\// },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|astro|mjs)$/.test(name) ? [full] : [];
  });
}

/** Relative imports of a file, resolved to repository paths. @example importsOf('src/lib/site-views.ts') // ['src/lib/format.ts', …] */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]);
  return specs.map((s) => path.relative('.', path.resolve(path.dirname(file), s)).split(path.sep).join('/'));
}

const files = sourceFiles('src').map((f) => f.split(path.sep).join('/'));

describe('import directions', () => {
  test('the rules see the source tree', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(importsOf('src/pipeline/process.ts')).toContain('src/pipeline/normalise.ts');
  });

  test.each(rules)('$name', ({ from, forbidden }) => {
    const wrong = files.filter((f) => from.test(f)).flatMap((f) => importsOf(f).filter((i) => forbidden.test(i)).map((i) => `${f} → ${i}`));
    expect(wrong).toEqual([]);
  });
});
