import { readFileSync } from 'node:fs';
import path from 'node:path';
import { processDocument } from '../../src/pipeline/process.ts';

/**
 * Runs the pipeline on a fixture document (path relative to the repository) and gives its actions,
 * with `row('2.1.3')` returning the fields a reader checks against the source.
 */
export function loadPlanFixture(file: string) {
  const p = processDocument({ file, bytes: readFileSync(path.join(import.meta.dirname, '..', '..', file)) });
  const actions = p.strategies.flatMap((s) => s.actions);
  const row = (n: string) => {
    const a = actions.find((x) => x.number === n);
    if (!a) throw new Error(`fant ikke tiltak ${n}`);
    return { text: a.text, responsible: a.responsible, partners: a.partners, timeframe: a.timeframe, financing: a.financing };
  };
  return { p, actions, row };
}
