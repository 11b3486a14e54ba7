import { describe, expect, test } from 'vitest';
import { documentFamilies, documentFamilyLabels } from '../src/schemas/document-kind.ts';
import { recogniserByFamily } from '../src/pipeline/families/index.ts';
import { generateDocument, generatorOfFamily, FAMILIES } from '../src/bench/generate-corpus.ts';
import { processDocument } from '../src/pipeline/process.ts';

describe('the family registry', () => {
  test('every family has a recogniser of its own name and a Norwegian label', () => {
    for (const family of documentFamilies) {
      expect(recogniserByFamily[family].family).toBe(family);
      expect(documentFamilyLabels[family].length).toBeGreaterThan(2);
    }
  });

  test('every family but plain text has a corpus generator, and each generator is used', () => {
    expect(Object.keys(generatorOfFamily).sort()).toEqual(documentFamilies.filter((f) => f !== 'plain').sort());
    expect(Object.values(generatorOfFamily).sort()).toEqual([...FAMILIES].sort());
  });

  test('a generated document of each family is recognised as that family from its text alone', () => {
    for (const [family, generated] of Object.entries(generatorOfFamily)) {
      const index = FAMILIES.indexOf(generated);
      const doc = generateDocument(index);
      expect(doc.family).toBe(generated);
      const processed = processDocument({ file: `gen/${doc.name}.txt`, bytes: new TextEncoder().encode(doc.text) });
      expect(processed.family, doc.name).toBe(family);
    }
  });
});
