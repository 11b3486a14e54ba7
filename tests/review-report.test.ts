import { describe, expect, test } from 'vitest';
import { buildReview, renderReviewHtml } from '../src/pipeline/render/review.ts';

const sourceLines = ['Strategi: Styrke reiselivet', 'Tiltak Ansvar Partnere Tidsrom', 'Kartlegge stier Visit Sogn AS Kommunane <b>2025</b>', ''];
const strategy = {
  id: 'plan-x--strategi-1-1',
  number: '1.1',
  title: 'Styrke reiselivet',
  source: { file: 'seeds/x.txt', lines: [1, 3] as [number, number] },
  actions: [
    { id: 'plan-x--tiltak-1-1-1', number: '1.1.1', text: 'Kartlegge stier', source: { file: 'seeds/x.txt', lines: [3, 3] as [number, number] }, uncertain: { reason: 'to måter å dele cellene på er like gode', confidence: 0.4 } },
    { id: 'plan-x--tiltak-1-1-2', number: '1.1.2', text: 'Sikker rad', source: { file: 'seeds/x.txt', lines: [3, 3] as [number, number] } },
  ],
};
const review = buildReview([{
  file: 'seeds/x.txt', id: 'plan-x', title: 'Plan X', family: 'plan', counts: { strategier: 1, tiltak: 2 }, guessed: ['title'],
  diagnostics: [
    { level: 'info', file: 'seeds/x.txt', message: 'gjenkjent som plan (sikkerhet 0.90)' },
    { level: 'warning', file: 'seeds/x.txt', line: 3, message: 'fant ikke tidsramme i raden' },
  ],
  records: { strategi: [strategy] },
  sourceLines,
}]);

describe('the editor\'s review report', () => {
  test('lists an uncertain action with its local id, reason and the source lines as written', () => {
    expect(review[0].uncertain).toEqual([{ what: 'tiltak 1.1.1', id: 'tiltak-1-1-1', reason: 'to måter å dele cellene på er like gode', confidence: 0.4, lines: [3, 3], excerpt: ['Kartlegge stier Visit Sogn AS Kommunane <b>2025</b>'] }]);
  });

  test('says why the family was chosen and keeps warnings with their line', () => {
    expect(review[0].familyReasons).toEqual(['gjenkjent som plan (sikkerhet 0.90)']);
    expect(review[0].warnings).toEqual([{ level: 'warning', file: 'seeds/x.txt', line: 3, message: 'fant ikke tidsramme i raden' }]);
  });

  test('renders source text as text, never as markup', () => {
    const html = renderReviewHtml(review);
    expect(html).toContain('&lt;b&gt;2025&lt;/b&gt;');
    expect(html).not.toContain('<b>2025</b>');
    expect(html).toContain('seeds/x.txt:3: fant ikke tidsramme i raden');
    expect(html).toContain('<html lang="nb">');
  });
});
