import { describe, expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { scoreCorpus, rates, exactCountDocuments, CORPUS, CORPUS_EXTRA } from './helpers/corpus-score.ts';

/**
 * The development corpus (`tests/corpus/`, 14 documents from other regions with hand-made
 * ground truth) scored field by field. The floors in `corpus-floors.json` only rise: a change
 * that lowers any of them is overfitting or a regression. `UPDATE=1` raises every floor to
 * today's score (never lowers one); review the diff before committing. The same holds for our own
 * further documents in `tests/corpus-extra/` (floors in `corpus-extra-floors.json`).
 */
interface Floors {
  familyRight: number;
  exactCountDocuments: number;
  fields: Record<string, { precision: number; recall: number }>;
}
const down = (x: number) => Math.floor(x * 1000) / 1000;

function corpusSuite(name: string, dir: string, floorsFile: string) {
  const FLOORS = path.join(import.meta.dirname, floorsFile);
  const floors: Floors = JSON.parse(readFileSync(FLOORS, 'utf8'));
  const score = scoreCorpus(dir);

  describe(name, () => {
    test('every floor field is still scored', () => {
      expect(Object.keys(floors.fields).filter((f) => !(f in score.fields))).toEqual([]);
    });

    test.each(Object.keys(floors.fields))('%s keeps its precision and recall floors', (field) => {
      const r = rates(score.fields[field]);
      expect(down(r.precision), `precision of ${field}`).toBeGreaterThanOrEqual(floors.fields[field].precision);
      expect(down(r.recall), `recall of ${field}`).toBeGreaterThanOrEqual(floors.fields[field].recall);
    });

    test('the family is right on at least as many documents as before', () => {
      const right = score.documents.filter((d) => d.family.expected === d.family.found).length;
      expect(right).toBeGreaterThanOrEqual(floors.familyRight);
    });

    test('every count is exact on at least as many documents as before', () => {
      expect(exactCountDocuments(score).exact).toBeGreaterThanOrEqual(floors.exactCountDocuments);
    });

    test.runIf(process.env.UPDATE === '1')('UPDATE=1 raises the floors to today\'s score', () => {
      const next: Floors = structuredClone(floors);
      next.familyRight = Math.max(floors.familyRight, score.documents.filter((d) => d.family.expected === d.family.found).length);
      next.exactCountDocuments = Math.max(floors.exactCountDocuments, exactCountDocuments(score).exact);
      for (const [field, t] of Object.entries(score.fields)) {
        const r = rates(t);
        const old = floors.fields[field] ?? { precision: 0, recall: 0 };
        next.fields[field] = { precision: Math.max(old.precision, down(r.precision)), recall: Math.max(old.recall, down(r.recall)) };
      }
      next.fields = Object.fromEntries(Object.entries(next.fields).sort(([a], [b]) => a.localeCompare(b)));
      writeFileSync(FLOORS, `${JSON.stringify(next, null, 2)}\n`);
    });
  });
}

corpusSuite('the development corpus', CORPUS, 'corpus-floors.json');
corpusSuite('our further documents (tests/corpus-extra)', CORPUS_EXTRA, 'corpus-extra-floors.json');
