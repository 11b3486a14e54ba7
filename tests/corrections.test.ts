import { describe, expect, test } from 'vitest';
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runIngest } from '../src/pipeline/run.ts';

/** A small plan whose strategy title has a PDF artefact (`F oU`) and whose action lost its responsible. */
const PLAN = `1. Innledning
______________________________________

Planen gjelder Testregionen.

2. FoU og innovasjon
______________________________________

Strategi: Mer F oU i regionens næringsliv

Tiltak Hovedansvar Samarbeidspartnere Tidsbruk

Kartlegge behovet for FoU i bedriftene Næringsforeningen Innen mars 2026
`;

async function setup(corrections?: string) {
  const dir = await mkdtemp(path.join(tmpdir(), 'planvev-corr-'));
  await mkdir(path.join(dir, 'seeds'));
  await writeFile(path.join(dir, 'seeds/plan.txt'), PLAN);
  await writeFile(path.join(dir, 'seeds/plan.meta.yaml'), 'id: testplan\ntitle: Testplan\nkind: plan\nyear: 2025\n');
  if (corrections) await writeFile(path.join(dir, 'seeds/plan.corrections.yaml'), corrections);
  const result = await runIngest(path.join(dir, 'seeds'), path.join(dir, 'out'));
  const strategies = result.ok ? JSON.parse(await readFile(path.join(dir, 'out/data/strategies.json'), 'utf8')) : [];
  return { result, strategies, errors: result.errors.map((e) => e.replaceAll(dir + '/', '')) };
}

describe('corrections file', () => {
  test('line and field corrections are applied on every ingest', async () => {
    const corrections = [
      'lines:',
      '  - line: 9',
      '    was: "Strategi: Mer F oU i regionens næringsliv"',
      '    now: "Strategi: Mer FoU i regionens næringsliv"',
      'set:',
      '  - id: tiltak-2-1-1',
      '    field: partners',
      '    value: [Høgskolen]',
    ].join('\n');
    const { result, strategies } = await setup(corrections);
    expect(result.errors).toEqual([]);
    expect(strategies[0].title).toBe('Mer FoU i regionens næringsliv');
    expect(strategies[0].actions[0].partners).toEqual(['Høgskolen']);
  });

  test('a line correction that no longer matches the seed stops the ingest, naming both files', async () => {
    const { result, errors } = await setup('lines:\n  - line: 9\n    was: "Strategi: noe annet"\n    now: "x"\n');
    expect(result.ok).toBe(false);
    expect(errors).toMatchInlineSnapshot(`
      [
        "seeds/plan.corrections.yaml: retting for seeds/plan.txt:9 forventet «Strategi: noe annet», men linjen er «Strategi: Mer F oU i regionens næringsliv»",
      ]
    `);
  });

  test('a field correction for an id the document does not have is an error, not a silent skip', async () => {
    const { result, errors } = await setup('set:\n  - id: strategi-9-9\n    field: title\n    value: X\n');
    expect(result.ok).toBe(false);
    expect(errors[0]).toBe('seeds/plan.corrections.yaml: fant ingen del med id «strategi-9-9» i dokumentet testplan');
  });
});
