import { describe, expect, test } from 'vitest';
import { loadFixtureDocument } from './helpers/fixture-documents.ts';

/**
 * Plans from other regions in the layouts the seeds do not show, each written for the test and read by hand:
 * a number column with the text and the responsible cell wrapped side by side under `Innsatsområde n:`
 * (Namdal), actions as nynorsk bullets with `Ansvarleg:` / `Partnarar:` / `Frist:` lines (Sunnmøre), and a
 * table whose timeframe comes before the actors, with `-` for an empty cell (Glåmdalen), and actions whose bullet
 * the PDF lost, read from the lines right before their `Ansvar:` lines (Helgeland), and a flattened table whose
 * rows wrap with text and cells side by side (Sogn).
 */
const readStrategies = (name: string) => {
  const { processed, expected } = loadFixtureDocument(name);
  const got = processed.strategies.map((s) => ({
    title: s.title,
    columns: s.columns,
    actions: s.actions.map((a) => ({ text: a.text, responsible: a.responsible, partners: a.partners, timeframe: a.timeframe.text })),
  }));
  return { processed, got, expected: expected.strategies };
};

describe('plans in other layouts', () => {
  test('reads numbered rows whose text and responsible cell wrap side by side, under Innsatsområde labels', () => {
    const { processed, got, expected } = readStrategies('plan-namdal-numbered-innsatsomrade');
    expect(processed.family).toBe('plan');
    expect(got).toEqual(expected);
  });

  test('reads actions written as bullets with nynorsk labelled lines, a label wrapping onto the next line', () => {
    const { got, expected } = readStrategies('plan-sunnmore-nynorsk-bullet-actions');
    expect(got).toEqual(expected);
  });

  test('reads a table whose timeframe comes first, with a dash for an empty cell', () => {
    const { got, expected } = readStrategies('plan-glamdal-time-first-columns');
    expect(got).toEqual(expected);
  });

  test('reads an action whose bullet was lost (indented, or flush and wrapped) from the lines right before its labelled lines', () => {
    const { got, expected } = readStrategies('plan-helgeland-unmarked-labelled-actions');
    expect(got).toEqual(expected);
  });

  test('reads a flattened table whose rows wrap with the cells side by side, past a Sum line and a header repeated after a page break', () => {
    const { processed, got, expected } = readStrategies('plan-sogn-interleaved-wrapped-rows');
    expect(got).toEqual(expected);
    // the cost column: a number, or `-` for an empty cell
    expect(processed.strategies.flatMap((s) => s.actions.map((a) => a.financing))).toEqual(['250', '100', '400', undefined]);
  });
});
