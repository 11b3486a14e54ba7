import { describe, expect, test } from 'vitest';
import { actionColumnLabels } from '../src/lib/action-columns.ts';

describe('action table headings on the page', () => {
  test('a number column and a budget before the time are placed by what they hold, not by position', () => {
    const l = actionColumnLabels(['Nr.', 'Tiltak', 'Ansvar', 'Partnere', 'Budsjett 2026 (kr)', 'Tidsramme']);
    expect([l.number, l.text, l.responsible, l.partners, l.timeframe, l.financing]).toEqual(['Nr.', 'Tiltak', 'Ansvar', 'Partnere', 'Tidsramme', 'Budsjett 2026 (kr)']);
    expect(l.named.has('financing')).toBe(true);
  });

  test('the time second, in nynorsk: each heading still goes to its own column', () => {
    const l = actionColumnLabels(['Tiltak', 'Tidsrom', 'Ansvarleg', 'Samarbeidspartar']);
    expect([l.text, l.responsible, l.partners, l.timeframe]).toEqual(['Tiltak', 'Ansvarleg', 'Samarbeidspartar', 'Tidsrom']);
    expect(l.named.has('financing')).toBe(false);
    expect(l.financing).toBe('Finansiering');
  });

  test('a table without a header gets our headings', () => {
    const l = actionColumnLabels([]);
    expect([l.number, l.text, l.responsible, l.partners, l.timeframe]).toEqual(['Nr.', 'Tiltak', 'Hovedansvar', 'Samarbeidspartnere', 'Tidsramme']);
  });
});
