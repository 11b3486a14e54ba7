import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { processDocument } from '../../src/pipeline/process.ts';
import { documentFamilies, type DocumentFamily } from '../../src/schemas/document-kind.ts';

const ROOT = path.join(import.meta.dirname, '..', '..');

/**
 * A family's fixtures live beside its recogniser and generator, one folder each with `input.txt`
 * and a hand-written `expected.json`: `src/pipeline/families/<family>/fixtures/<name>/`. The name
 * starts with the family's short word (`plan-`, `report-`, `case-`, `agenda-`, `workshop-`), or
 * `action-table-` for the plan family's table-splitting fixtures.
 */
export const FIXTURE_PREFIX_FAMILY: Record<string, DocumentFamily> = {
  plan: 'plan',
  'action-table': 'plan',
  report: 'programme-report',
  case: 'case-document',
  agenda: 'meeting-agenda',
  workshop: 'workshop-notes',
};

/** The folder of a family's fixtures, relative to the repository. @example familyFixtureDir('plan') // 'src/pipeline/families/plan/fixtures' */
export function familyFixtureDir(family: DocumentFamily): string {
  return `src/pipeline/families/${family}/fixtures`;
}

/** The family a fixture belongs to, by the start of its name. */
function familyOfFixture(name: string): DocumentFamily {
  const prefix = Object.keys(FIXTURE_PREFIX_FAMILY).find((p) => name.startsWith(`${p}-`));
  if (!prefix) throw new Error(`fixture «${name}»: the name starts with none of ${Object.keys(FIXTURE_PREFIX_FAMILY).join(', ')}`);
  return FIXTURE_PREFIX_FAMILY[prefix];
}

/** A fixture's `input.txt`, relative to the repository (as `source.file` shows it). @example fixtureInput('plan-hallingdal') // 'src/pipeline/families/plan/fixtures/plan-hallingdal/input.txt' */
export function fixtureInput(name: string): string {
  return `${familyFixtureDir(familyOfFixture(name))}/${name}/input.txt`;
}

/** Absolute path of a file in a fixture's folder. */
export function fixtureFile(name: string, file: string): string {
  return path.join(ROOT, familyFixtureDir(familyOfFixture(name)), name, file);
}

/** Fixture folders whose name starts with `prefix` (`plan-`, `agenda-`, `case-`, `workshop-`, `action-table-`). */
export function fixtureNames(prefix: string): string[] {
  const dir = path.join(ROOT, familyFixtureDir(familyOfFixture(prefix)));
  return readdirSync(dir).filter((d) => d.startsWith(prefix)).sort();
}

/** Fixtures that hold one action table, not a whole document. */
const TABLE_FRAGMENT_PREFIX = 'action-table-';

/** Every family's whole-document fixtures (folders with an `input.txt`), with the family whose folder holds them. */
export function familyDocumentFixtures(): Array<{ family: DocumentFamily; name: string; input: string }> {
  return documentFamilies.flatMap((family) => {
    const dir = path.join(ROOT, familyFixtureDir(family));
    if (!existsSync(dir)) return [];
    const names = readdirSync(dir).sort().filter((name) => !name.startsWith(TABLE_FRAGMENT_PREFIX) && existsSync(path.join(dir, name, 'input.txt')));
    return names.map((name) => ({ family, name, input: `${familyFixtureDir(family)}/${name}/input.txt` }));
  });
}

/** Runs the pipeline on a fixture's `input.txt` and reads the hand-written `expected.json` beside it. */
export function loadFixtureDocument(name: string) {
  const input = fixtureInput(name);
  const processed = processDocument({ file: input, bytes: readFileSync(path.join(ROOT, input)) });
  const expected = JSON.parse(readFileSync(fixtureFile(name, 'expected.json'), 'utf8'));
  return { processed, expected };
}
