import { describe, expect, test } from 'vitest';
import { loadFixtureDocument } from './helpers/fixture-documents.ts';

/**
 * A plan whose headings carry no numbers, each alone on a page-start line (the extraction indents it): an invented
 * bokmål plan (Indre Troms) read by hand, with a cover page, `Bakgrunn`, two `Satsingsområde n:` headings over
 * numbered-paragraph actions, and `Evaluering`.
 */
describe('plans with unnumbered headings at page starts', () => {
  test('each page-start heading after the cover opens a chapter, the cover joining the first', () => {
    const { processed, expected } = loadFixtureDocument('plan-unnummererte-overskrifter-sidestart');
    expect(processed.document.chapters.map((c) => c.title)).toEqual(expected.chapters);
    expect(processed.document.chapters.map((c) => c.number)).toEqual([undefined, undefined, undefined, undefined]);
    expect(processed.document.chapters[0].source.lines[0]).toBe(1);
  });

  test('a heading that is a strategy label still opens its strategy, with the actions under it', () => {
    const { processed, expected } = loadFixtureDocument('plan-unnummererte-overskrifter-sidestart');
    const got = processed.strategies.map((s) => ({ title: s.title, actions: s.actions.map((a) => ({ number: a.number, text: a.text, responsible: a.responsible })) }));
    expect(got).toEqual(expected.strategies);
  });

  test('the heading line is not repeated as a paragraph in its chapter', () => {
    const { processed } = loadFixtureDocument('plan-unnummererte-overskrifter-sidestart');
    const evaluering = processed.document.chapters[3];
    expect(JSON.stringify(evaluering.body)).not.toMatch(/"text":"Evaluering"/);
  });
});
