import { describe, expect, test } from 'vitest';
import { loadFixtureDocument } from './helpers/fixture-documents.ts';
import { actionNumber, followsOn } from '../src/pipeline/extract/action-bullets.ts';
import { actionFieldRole } from '../src/vocabulary/levels.ts';

/**
 * Actions written as numbered paragraphs (`1.1. Greie ut …`, `Tiltak 2.1: …`) with labelled lines under them,
 * packed in one block without blank lines between the actions. The fixture is an invented nynorsk plan
 * (Nordhordland) read by hand: a wrapped action text, a wrapped partner name, line-only labels
 * (`Involverte parter:`, `Ramme:`, `Medverkande:`, `Når:`), two responsible bodies joined by `og`, and a
 * number that skips one (1.1, then 1.3), which the reader keeps but marks uncertain.
 */
describe('actions written as numbered paragraphs with labelled lines', () => {
  test('reads every numbered action with its own number, cells and financing, in both strategies', () => {
    const { processed, expected } = loadFixtureDocument('plan-nummererte-tiltak-med-merkelinjer');
    const got = processed.strategies.map((s) => ({
      title: s.title,
      actions: s.actions.map((a) => ({
        number: a.number,
        text: a.text,
        responsible: a.responsible,
        partners: a.partners,
        timeframe: a.timeframe.text,
        ...(a.financing ? { financing: a.financing } : {}),
        uncertain: a.uncertain !== undefined,
      })),
    }));
    expect(got).toEqual(expected.strategies);
  });

  test('an action whose number skips one is kept as read and marked uncertain with its lines', () => {
    const { processed } = loadFixtureDocument('plan-nummererte-tiltak-med-merkelinjer');
    const skipped = processed.strategies[0].actions[1];
    expect(skipped.uncertain?.reason).toMatch(/1\.3.*1\.1/);
    expect(skipped.uncertain?.lines).toEqual(skipped.source.lines);
  });

  test('a dotted number or a number after «Tiltak» opens an action; an amount or a lower-case text does not', () => {
    expect(actionNumber('1.2 Etablere ei ordning')).toEqual({ number: '1.2', text: 'Etablere ei ordning' });
    expect(actionNumber('2.1. Bygge ut parkering')).toEqual({ number: '2.1', text: 'Bygge ut parkering' });
    expect(actionNumber('Tiltak 3: Kartleggje behovet')).toEqual({ number: '3', text: 'Kartleggje behovet' });
    expect(actionNumber('2.5 mill. kr')).toBeUndefined();
    expect(actionNumber('3 Innsatsområde')).toBeUndefined();
  });

  test('a number follows the one before it within its level, or opens the next level at 1', () => {
    expect(followsOn('1.1', '1.2')).toBe(true);
    expect(followsOn('1.3', '2.1')).toBe(true);
    expect(followsOn('1.1', '1.3')).toBe(false);
    expect(followsOn('2', '3')).toBe(true);
  });

  test('the label words of the four fields are read in bokmål and nynorsk', () => {
    const roles = (labels: string[]) => labels.map(actionFieldRole);
    expect(roles(['Ansvarlig', 'Ansvar', 'Ansvarleg', 'Hovudansvar', 'Hovedansvar'])).toEqual(Array(5).fill('responsible'));
    expect(roles(['Involverte', 'Involverte parter', 'Samarbeid', 'Samarbeidspartnere', 'Samarbeidspartnarar', 'Partnere', 'Medverkande'])).toEqual(Array(7).fill('partners'));
    expect(roles(['Tidsplan', 'Tid', 'Tidsrom', 'Tidsramme', 'Frist', 'Når'])).toEqual(Array(6).fill('timeframe'));
    expect(roles(['Kostnad', 'Budsjett', 'Finansiering', 'Ramme', 'Økonomisk ramme'])).toEqual(Array(5).fill('financing'));
    expect(actionFieldRole('Kontaktperson')).toBeUndefined();
  });
});
