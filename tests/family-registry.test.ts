import { describe, expect, test } from 'vitest';
import { documentFamilies, documentFamilyLabels } from '../src/schemas/document-kind.ts';
import { familyRegistry, recogniserByFamily, type FamilyRegistry } from '../src/pipeline/families/index.ts';
import { generateDocument, GENERATED_FAMILIES } from '../src/bench/generate-corpus.ts';
import { processDocument } from '../src/pipeline/process.ts';

describe('the family registry', () => {
  test('every family has a recogniser of its own name and a Norwegian label', () => {
    for (const family of documentFamilies) {
      expect(recogniserByFamily[family].family).toBe(family);
      expect(familyRegistry[family].recogniser).toBe(recogniserByFamily[family]);
      expect(documentFamilyLabels[family].length).toBeGreaterThan(2);
    }
  });

  test('every family but plain text has a corpus generator, and the corpus cycles through all of them', () => {
    expect([...GENERATED_FAMILIES].sort()).toEqual(documentFamilies.filter((f) => f !== 'plain').sort());
    for (const family of GENERATED_FAMILIES) expect(typeof familyRegistry[family].generator.generate).toBe('function');
  });

  test('a generated document of each family is recognised as that family from its text alone', () => {
    GENERATED_FAMILIES.forEach((family, index) => {
      const doc = generateDocument(index);
      expect(doc.family).toBe(family);
      expect(doc.kind).toBe(familyRegistry[family].recogniser.kind);
      const processed = processDocument({ file: `gen/${doc.name}.txt`, bytes: new TextEncoder().encode(doc.text) });
      expect(processed.family, doc.name).toBe(family);
    });
  });

  test('the compiler refuses a registry where a family lacks its recogniser or generator (checked by tsc in npm test)', () => {
    const { plan, ...withoutPlan } = familyRegistry;
    // @ts-expect-error a family left out of the registry
    const missingFamily: FamilyRegistry = withoutPlan;
    // @ts-expect-error a family without a corpus generator
    const missingGenerator: FamilyRegistry = { ...familyRegistry, plan: { recogniser: plan.recogniser, generator: null } };
    // @ts-expect-error a family without a recogniser
    const missingRecogniser: FamilyRegistry = { ...familyRegistry, plan: { generator: plan.generator } };
    expect([missingFamily, missingGenerator, missingRecogniser]).toHaveLength(3);
  });
});
