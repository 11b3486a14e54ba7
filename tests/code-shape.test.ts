import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The source reads as small pieces (issue 10): no source file over 350 lines, no function over 60 lines,
 * anywhere in src/ — pipeline, site layer, browser scripts and bench alike. A function's length runs from
 * its first line to its last, nested functions counted in their parent too; an arrow function inside a
 * longer one is measured on its own as well. The function rule reads TypeScript (`.ts`); the file rule
 * also reads Astro pages and components (`.astro`) and plain modules (`.mjs`).
 */
const MAX_FILE_LINES = 350;
const MAX_FUNCTION_LINES = 60;
const ROOT = 'src';

/**
 * Left out of the file rule: tables of data, not code. `src/data/` holds reference tables (every
 * municipality with its number and region, one entry a line), whose length follows the country, not the
 * design; splitting them would only scatter one table. A `fixtures/` folder holds sample documents and
 * the output expected from them, as long as the text they copy. The function rule still reads any `.ts`
 * in both.
 */
const DATA_TABLES = [/^src\/data\//, /(^|\/)fixtures\//];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return [full.split(path.sep).join('/')];
  });
}

const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

/** Functions longer than the limit in one source text, as `file:line name (N lines)`. */
function longFunctions(file: string, text: string): string[] {
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n)) {
      const first = src.getLineAndCharacterOfPosition(n.getStart()).line;
      const last = src.getLineAndCharacterOfPosition(n.getEnd()).line;
      const name = n.name?.getText(src) ?? '(anonymous)';
      if (last - first + 1 > MAX_FUNCTION_LINES) found.push(`${file}:${first + 1} ${name} (${last - first + 1} lines)`);
    }
    ts.forEachChild(n, visit);
  };
  visit(src);
  return found;
}

const all = sourceFiles(ROOT);
const sizedFiles = all.filter((f) => /\.(ts|astro|mjs)$/.test(f) && !DATA_TABLES.some((re) => re.test(f)));
const tsFiles = all.filter((f) => f.endsWith('.ts'));

/** A function of `n` lines: a header, n − 2 statements, a closing brace. */
const functionOf = (n: number) => ['function f() {', ...Array.from({ length: n - 2 }, (_, i) => `  g(${i});`), '}'].join('\n');

describe('the shape of the source code', () => {
  test('the check sees the pipeline, the site layer, the pages, the browser scripts and the bench, and leaves out only data tables', () => {
    for (const f of ['src/pipeline/process.ts', 'src/lib/overview/filter.ts', 'src/components/overview/Overview.astro', 'src/scripts/overview.ts', 'src/bench/measure-dist.ts']) expect(sizedFiles).toContain(f);
    expect(tsFiles).toContain('src/scripts/chart-draw.ts');
    expect(sizedFiles).not.toContain('src/data/municipalities.ts');
    expect(tsFiles).toContain('src/data/municipalities.ts');
  });

  test(`the function check flags a function of ${MAX_FUNCTION_LINES + 1} lines and passes one of ${MAX_FUNCTION_LINES}`, () => {
    expect(longFunctions('long.ts', functionOf(MAX_FUNCTION_LINES + 1))).toEqual([`long.ts:1 f (${MAX_FUNCTION_LINES + 1} lines)`]);
    expect(longFunctions('short.ts', functionOf(MAX_FUNCTION_LINES))).toEqual([]);
    expect(longFunctions('arrow.ts', `const h = () => {\n${functionOf(MAX_FUNCTION_LINES + 1)}\n};`)).toHaveLength(2);
  });

  test(`no source file in src/ is over ${MAX_FILE_LINES} lines`, () => {
    const long = sizedFiles.map((f) => ({ f, n: lineCount(readFileSync(f, 'utf8')) })).filter(({ n }) => n > MAX_FILE_LINES).map(({ f, n }) => `${f} (${n} lines)`);
    expect(long).toEqual([]);
  });

  test(`no function in src/ is over ${MAX_FUNCTION_LINES} lines`, () => {
    expect(tsFiles.flatMap((f) => longFunctions(f, readFileSync(f, 'utf8')))).toEqual([]);
  });
});
