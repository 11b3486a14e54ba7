import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The pipeline reads as small pure stages (issue 10): no source file over 350 lines, no function over 60
 * lines. A function's length runs from its first line to its last, nested functions counted in their parent
 * too; an arrow function inside a longer one is measured on its own as well.
 */
const MAX_FILE_LINES = 350;
const MAX_FUNCTION_LINES = 60;
const ROOT = 'src/pipeline';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') ? [full.split(path.sep).join('/')] : [];
  });
}

/** Functions longer than the limit in one file, as `file:line name (N lines)`. */
function longFunctions(file: string): string[] {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
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

const files = sourceFiles(ROOT);

describe('the shape of the pipeline code', () => {
  test('the check sees the pipeline', () => {
    expect(files).toContain('src/pipeline/process.ts');
  });

  test(`no pipeline source file is over ${MAX_FILE_LINES} lines`, () => {
    const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    const long = files.map((f) => ({ f, n: lineCount(readFileSync(f, 'utf8')) })).filter(({ n }) => n > MAX_FILE_LINES).map(({ f, n }) => `${f} (${n} lines)`);
    expect(long).toEqual([]);
  });

  test(`no function in the pipeline is over ${MAX_FUNCTION_LINES} lines`, () => {
    expect(files.flatMap(longFunctions)).toEqual([]);
  });
});
