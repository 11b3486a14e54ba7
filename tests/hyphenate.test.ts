import { describe, expect, test } from 'vitest';
import { hyphenateHtml, softHyphens } from '../src/lib/hyphenate.ts';

const shown = (s: string) => s.replace(/\u00ad/g, '|');

describe('soft hyphens in long words', () => {
  test('a long compound gets a soft hyphen at each boundary, its letters as written', () => {
    expect(shown(softHyphens('Næringsutviklingsstrategi'))).toBe('Nærings|utviklings|strategi');
    expect(shown(softHyphens('arrangementskoordinator'))).toBe('arrangements|koordinator');
    expect(softHyphens('Næringsutviklingsstrategi').replace(/\u00ad/g, '')).toBe('Næringsutviklingsstrategi');
  });
  test('short words and words that are no compound stay as they are', () => {
    expect(softHyphens('Lillehammer')).toBe('Lillehammer');
    expect(softHyphens('Høgskolene')).toBe('Høgskolene');
  });
  test('only headings and table cells are hyphenated; attributes, ids and running text are left alone', () => {
    const html = '<h2 id="naeringsutviklingsstrategi" data-x="Næringsutviklingsstrategi">Næringsutviklingsstrategi</h2><p>Næringsutviklingsstrategi</p><td>Regionmarkedsføreren</td><script>const Næringsutviklingsstrategi = 1</script>';
    expect(shown(hyphenateHtml(html))).toBe('<h2 id="naeringsutviklingsstrategi" data-x="Næringsutviklingsstrategi">Nærings|utviklings|strategi</h2><p>Næringsutviklingsstrategi</p><td>Region|markeds|føreren</td><script>const Næringsutviklingsstrategi = 1</script>');
  });
});
