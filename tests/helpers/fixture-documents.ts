import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { processDocument } from '../../src/pipeline/process.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');

/** Fixture folders whose name starts with `prefix` (`agenda-`, `case-`, `workshop-`). */
export function fixtureNames(prefix: string): string[] {
  return readdirSync(FIXTURES).filter((d) => d.startsWith(prefix));
}

/** Runs the pipeline on `tests/fixtures/<name>/input.txt` and reads the hand-written `expected.json` beside it. */
export function loadFixtureDocument(name: string) {
  const input = `tests/fixtures/${name}/input.txt`;
  const processed = processDocument({ file: input, bytes: readFileSync(path.join(FIXTURES, name, 'input.txt')) });
  const expected = JSON.parse(readFileSync(path.join(FIXTURES, name, 'expected.json'), 'utf8'));
  return { processed, expected };
}
