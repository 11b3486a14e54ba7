import { describe, expect, test } from 'vitest';
import { partsSpan } from '../src/search/prepare-html.ts';

describe('hidden compound parts', () => {
  test('a common compound gets its parts; a capitalised name gets only long tails', () => {
    expect(partsSpan('næringsutvikling')).toContain('utvikling');
    expect(partsSpan('Gjøvikregionen')).toContain('regionen');
    expect(partsSpan('Erik Lagethon')).not.toContain('thon');
  });
});
